import type { SqlEntityManager } from '@mikro-orm/knex';
import type { Role } from '../domain/roles.js';

export interface Actor {
  userId: number;
  username: string;
  role: Role;
  keyerCode: string | null;
}

/** What every service call receives first: who is asking, and the request's own EntityManager. */
export interface ServiceContext {
  em: SqlEntityManager;
  actor: Actor | null;
}
