import type { SqlEntityManager } from '@mikro-orm/knex';
import type { Role } from '../domain/roles.js';
import type { TeamScope } from '../domain/team-scope.js';

export interface Actor {
  /** For an API key: the admin who created it (audit rows of keys carry no user id). */
  userId: number;
  /** For an API key: `key:<prefix>`, which is what audit rows name. */
  username: string;
  role: Role;
  keyerCode: string | null;
  /** A person signed in with a token, or a system with an API key. Absent means a person. */
  kind?: 'user' | 'key';
  /** API keys only: what the key may do; the auth checker requires one of an operation's scopes. */
  scopes?: string[];
  /** API keys only. */
  keyId?: number;
  /** Signed in with a one-time password: may only change it, read `me` and sign out. */
  mustChangePassword?: boolean;
  /** The account's team (domain/team-scope.ts `teamOf` decides where it applies); absent or null: national. */
  team?: TeamScope | null;
}

/** What every service call receives first: who is asking, and the request's own EntityManager. */
export interface ServiceContext {
  em: SqlEntityManager;
  actor: Actor | null;
}
