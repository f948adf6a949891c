import type { SqlEntityManager } from '@mikro-orm/knex';
import type { Actor } from '../services/context.js';
import type { Services } from '../services/index.js';
import type { Loaders } from './loaders.js';

export interface GqlContext {
  em: SqlEntityManager;
  actor: Actor | null;
  services: Services;
  loaders: Loaders;
  /** The client's address (behind TRUST_PROXY hops): keys the failed sign-in throttle. */
  clientIp?: string;
}
