import type { SqlEntityManager } from '@mikro-orm/knex';
import type { Actor } from '../services/context.js';
import type { Services } from '../services/index.js';
import { createLoaders, type Loaders } from './loaders.js';

export interface GqlContext {
  em: SqlEntityManager;
  actor: Actor | null;
  services: Services;
  loaders: Loaders;
  /** The client's address (behind TRUST_PROXY hops): keys the failed sign-in throttle. */
  clientIp?: string;
}

/**
 * A request's context. Its EntityManager is forked on first use (authentication may have forked
 * one already, `em`): `{ __typename }` needs none. The getter sits on the context's prototype:
 * Apollo copies the context's own properties into a fresh object for each operation
 * (`Object.assign`), which would call an own getter, and so fork, on every request; the copy
 * keeps the prototype, so it, the resolvers and the loaders share one lazy EntityManager.
 */
export function requestContext(fork: () => SqlEntityManager, parts: { em?: SqlEntityManager; actor: Actor | null; services: Services; clientIp?: string }): GqlContext {
  let em = parts.em;
  const lazy = Object.defineProperty({}, 'em', { get: () => (em ??= fork()) }) as Pick<GqlContext, 'em'>;
  return Object.assign(Object.create(lazy) as GqlContext, {
    actor: parts.actor,
    services: parts.services,
    loaders: createLoaders(() => lazy.em),
    clientIp: parts.clientIp,
  });
}
