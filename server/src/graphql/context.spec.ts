import { describe, expect, it } from 'vitest';
import type { SqlEntityManager } from '@mikro-orm/knex';
import type { Services } from '../services/index.js';
import { requestContext } from './context.js';

/** What Apollo Server does to the context before each operation (ApolloServer.js, `cloneObject`). */
const apolloCopy = <T extends object>(o: T): T => Object.assign(Object.create(Object.getPrototypeOf(o)), o);

function counted() {
  let n = 0;
  return {
    fork: () => ({ n: ++n }) as unknown as SqlEntityManager,
    forks: () => n,
  };
}

describe('a request context', () => {
  const parts = { actor: null, services: {} as Services, clientIp: '127.0.0.1' };

  it("forks no EntityManager when copied as Apollo copies it, nor until one is used", () => {
    const c = counted();
    const ctx = apolloCopy(requestContext(c.fork, parts));
    expect(c.forks()).toBe(0);
    expect(ctx.actor).toBeNull();
    expect(ctx.clientIp).toBe('127.0.0.1');
    expect(ctx.loaders).toBeDefined();
    expect(c.forks()).toBe(0);
  });

  it('forks one on first use, shared by the copy, the original and the loaders', () => {
    const c = counted();
    const original = requestContext(c.fork, parts);
    const ctx = apolloCopy(original);
    const em = ctx.em;
    expect(c.forks()).toBe(1);
    expect(ctx.em).toBe(em);
    expect(original.em).toBe(em);
    // A loader is made with the request's EntityManager, not a second fork.
    void ctx.loaders.batch;
    expect(c.forks()).toBe(1);
  });

  it("uses authentication's EntityManager when it made one, and forks none", () => {
    const c = counted();
    const auth = { auth: true } as unknown as SqlEntityManager;
    const ctx = apolloCopy(requestContext(c.fork, { ...parts, em: auth }));
    expect(ctx.em).toBe(auth);
    void ctx.loaders.form;
    expect(c.forks()).toBe(0);
  });
});
