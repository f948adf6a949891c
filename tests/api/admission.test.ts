import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import pg from 'pg';
import { startTestApp, TEST_PASSWORD, type TestApp } from '../helpers/test-app.js';
import { graphql } from '../gql/index.js';

const RECORDS = String(graphql(`query AdmissionRecords { verifiedRecords(perPage: 5) { total items { id } } }`));
const TRIVIAL = String(graphql(`query AdmissionTrivial { __typename }`));
const LOGIN = graphql(`mutation AdmissionLogin($u: String!, $p: String!) { login(username: $u, password: $p) { token } }`);

/**
 * MAX_CONCURRENT_REQUESTS: a process starts at most that many GraphQL requests at once, the rest
 * in arrival order; one that cannot start within QUEUE_WAIT_MS is refused, retryable. The one
 * place is held by a request stuck on a table lock taken here.
 */
describe.skipIf(!inject('pgAvailable'))('admission of GraphQL requests (PostgreSQL)', () => {
  let t: TestApp;
  let base: string;
  const post = (query: string, token: string, signal?: AbortSignal) =>
    fetch(t.url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify({ query }), signal });
  const gauge = async () => {
    const text = await (await fetch(`${base}/metrics`)).text();
    const read = (state: string) => Number(new RegExp(`^dualkey_requests\\{state="${state}"\\} (\\d+)`, 'm').exec(text)?.[1]);
    return { running: read('running'), waiting: read('waiting'), refused: Number(/^dualkey_requests_refused_busy_total (\d+)/m.exec(text)?.[1]) };
  };
  const until = async (want: { running: number; waiting: number }) => {
    for (let i = 0; i < 100; i++) {
      const g = await gauge();
      if (g.running === want.running && g.waiting === want.waiting) return g;
      await new Promise((r) => setTimeout(r, 20));
    }
    throw new Error(`requests never reached ${JSON.stringify(want)}: ${JSON.stringify(await gauge())}`);
  };

  /** The one signed-in place held by a request stuck on a table lock; `release` commits the lock. */
  const holdingThePlace = async (fn: (stuck: Promise<Response>, release: () => Promise<unknown>) => Promise<void>) => {
    const holder = new pg.Client({ connectionString: t.dbUrl });
    await holder.connect();
    try {
      await holder.query('begin');
      await holder.query('lock table verified_record in access exclusive mode');
      const stuck = post(RECORDS, t.tokens.consumer);
      await until({ running: 1, waiting: 0 });
      await fn(stuck, () => holder.query('commit'));
    } finally {
      await holder.query('rollback').catch(() => {});
      await holder.end();
    }
    await until({ running: 0, waiting: 0 });
  };

  beforeAll(async () => {
    t = await startTestApp('postgresql', { MAX_CONCURRENT_REQUESTS: '1', QUEUE_WAIT_MS: '300' });
    base = t.url.replace(/\/graphql$/, '');
  });
  afterAll(async () => t?.close());

  it('queues what it cannot start, refuses what waited too long, and forgets a client that hung up', async () => {
    await holdingThePlace(async (stuck, release) => {
      // A client that gives up while waiting leaves the queue at once.
      const gaveUp = new AbortController();
      const abandoned = post(TRIVIAL, t.tokens.manager, gaveUp.signal).catch((e: Error) => e.name);
      await until({ running: 1, waiting: 1 });
      gaveUp.abort();
      expect(await abandoned).toBe('AbortError');
      await until({ running: 1, waiting: 0 });

      // Needs no database, but waits its turn, and is refused when that does not come in time.
      const t0 = performance.now();
      const refused = await post(TRIVIAL, t.tokens.manager);
      const waited = performance.now() - t0;
      expect(refused.status).toBe(503);
      expect(refused.headers.get('retry-after')).toBe('1');
      expect(await refused.json()).toEqual({ errors: [{ message: expect.stringContaining('busy'), extensions: { code: 'SERVICE_UNAVAILABLE', retryable: true } }] });
      expect(waited).toBeGreaterThanOrEqual(290);
      expect(waited).toBeLessThan(3000);
      expect((await gauge()).refused).toBe(1);

      // The one waiting now is started as soon as the stuck one is answered.
      const next = post(TRIVIAL, t.tokens.manager);
      await until({ running: 1, waiting: 1 });
      await release();
      const [a, b] = await Promise.all([stuck, next]);
      expect(a.status).toBe(200);
      expect((await a.json()).data.verifiedRecords.items).toEqual([]);
      expect(b.status).toBe(200);
      expect(await b.json()).toEqual({ data: { __typename: 'Query' } });
    });
  });

  it('lets a sign-in through in its own lane while the signed-in place is held', async () => {
    await holdingThePlace(async (stuck, release) => {
      // A signed-in request waits behind the stuck one; a sign-in does not.
      const waiting = post(TRIVIAL, t.tokens.manager);
      await until({ running: 1, waiting: 1 });
      const login = await fetch(t.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: String(LOGIN), variables: { u: 'manager', p: TEST_PASSWORD } }),
      });
      expect(login.status).toBe(200);
      expect((await login.json()).data.login.token).toEqual(expect.any(String));
      expect(await gauge()).toMatchObject({ running: 1, waiting: 1 });
      await release();
      expect((await Promise.all([stuck, waiting])).map((r) => r.status)).toEqual([200, 200]);
    });
  });

  it('serves a burst one at a time, every request answered', async () => {
    const replies = await Promise.all(Array.from({ length: 20 }, (_, i) => post(i % 2 ? TRIVIAL : RECORDS, i % 2 ? t.tokens.manager : t.tokens.consumer)));
    expect(replies.map((r) => r.status)).toEqual(Array(20).fill(200));
    expect(await until({ running: 0, waiting: 0 })).toMatchObject({ refused: 1 });
  });
});

describe.skipIf(!inject('pgAvailable'))('admission and the rate limit (PostgreSQL)', () => {
  let t: TestApp;
  let token: string;
  beforeAll(async () => {
    // Signed in through the service: three requests a minute would not cover the test users' sign-ins.
    t = await startTestApp('postgresql', { MAX_CONCURRENT_REQUESTS: '1', QUEUE_WAIT_MS: '5000', RATE_LIMIT_PER_MINUTE: '3' }, { users: false });
    const password = 'admission rate limit 0123456789';
    await t.app.services.auth.createUser({ em: t.app.orm.em.fork(), actor: null }, { username: 'consumer', password, role: 'CONSUMER', displayName: 'consumer' });
    token = (await t.app.services.auth.login({ em: t.app.orm.em.fork(), actor: null }, 'consumer', password)).token;
  });
  afterAll(async () => t?.close());

  it('refuses a caller over its rate at once, without taking a place in the queue', async () => {
    const post = (query: string, token: string) =>
      fetch(t.url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify({ query }) });
    const holder = new pg.Client({ connectionString: t.dbUrl });
    await holder.connect();
    try {
      await holder.query('begin');
      await holder.query('lock table verified_record in access exclusive mode');
      // The consumer's three requests of the minute: one stuck on the lock, two waiting behind it.
      const stuck = [post(RECORDS, token), post(TRIVIAL, token), post(TRIVIAL, token)];
      await new Promise((r) => setTimeout(r, 300));
      const t0 = performance.now();
      const over = await post(TRIVIAL, token);
      expect(over.status).toBe(429);
      expect((await over.json()).errors[0].extensions.code).toBe('TOO_MANY_REQUESTS');
      expect(performance.now() - t0).toBeLessThan(1000);
      await holder.query('commit');
      expect((await Promise.all(stuck)).map((r) => r.status)).toEqual([200, 200, 200]);
    } finally {
      await holder.query('rollback').catch(() => {});
      await holder.end();
    }
  });
});
