import { availableParallelism } from 'node:os';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { getIntrospectionQuery } from 'graphql';
import { ConfigError, loadConfig } from '../../server/src/config.js';
import { exec } from '../../server/src/services/sql.js';
import { LoginThrottle } from '../../server/src/services/auth.service.js';
import { dbKinds, startTestApp, TEST_PASSWORD, type TestApp } from '../helpers/test-app.js';
import { CREATE_BATCH, keying, person, SUBMIT } from '../helpers/fixtures.js';
import { rawPost } from '../helpers/http.js';
import { graphql } from '../gql/index.js';
import type { ApiKeyScope } from '../gql/graphql.js';

/** A raw POST, for headers and statuses the gql() helper does not show. */
const post = (t: TestApp, body: unknown, headers: Record<string, string> = {}) => rawPost(t.url, body, headers);

const CREATE_KEY = graphql(`mutation SecurityCreateApiKey($i:CreateApiKeyInput!){ createApiKey(input:$i){ key apiKey { id name prefix scopes role createdAt revokedAt lastUsedAt createdBy { username } } } }`);
const LOGIN = graphql(`mutation Login($u:String!,$p:String!){ login(username:$u,password:$p){ token } }`);

describe('configuration', () => {
  it('refuses to start in production without AUTH_SECRET, or with a short one', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dualkey-config-'));
    try {
      // Development creates the other secrets production needs (the encryption key ring) in DATA_DIR.
      loadConfig({ DATA_DIR: dir } as NodeJS.ProcessEnv);
      const base = { NODE_ENV: 'production', DATA_DIR: dir, KEYRING_FILE: join(dir, 'keyring.json') } as NodeJS.ProcessEnv;
      expect(() => loadConfig(base)).toThrow(ConfigError);
      expect(() => loadConfig(base)).toThrow(/AUTH_SECRET is required/);
      expect(() => loadConfig({ ...base, AUTH_SECRET: 'too short' })).toThrow(/at least 32 characters/);
      const ok = loadConfig({ ...base, AUTH_SECRET: 'x'.repeat(40) });
      expect(ok.production).toBe(true);
      expect(ok.seedDemo).toBe(false);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('reads the security settings with safe defaults and refuses nonsense', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dualkey-config-'));
    try {
      const c = loadConfig({ DATA_DIR: dir } as NodeJS.ProcessEnv);
      expect(c.maxBodyBytes).toBe(8 * 1024 * 1024);
      expect(c.queryLimits).toEqual({ depth: 12, cost: 20_000, aliases: 30, rootFields: 20, tokens: 15_000 });
      expect(c.rateLimitPerMinute).toBe(600);
      expect([c.loginMaxFailures, c.loginWindowSeconds]).toEqual([5, 60]);
      expect(c.trustProxy).toBe(false);
      expect(c.tokenTtlSeconds).toBe(8 * 3600);
      expect(loadConfig({ DATA_DIR: dir, TRUST_PROXY: '1' } as NodeJS.ProcessEnv).trustProxy).toBe(1);
      expect(() => loadConfig({ DATA_DIR: dir, MAX_QUERY_DEPTH: 'deep' } as NodeJS.ProcessEnv)).toThrow(/MAX_QUERY_DEPTH/);
      expect(() => loadConfig({ DATA_DIR: dir, RATE_LIMIT_PER_MINUTE: '-1' } as NodeJS.ProcessEnv)).toThrow(/RATE_LIMIT_PER_MINUTE/);
      expect(() => loadConfig({ DATA_DIR: dir, TRUST_PROXY: '$(rm -rf)' } as NodeJS.ProcessEnv)).toThrow(/TRUST_PROXY/);
      // Several server processes need PostgreSQL: SQLite has one writer.
      expect(c.workers).toBe(1);
      expect(() => loadConfig({ DATA_DIR: dir, WORKERS: '2' } as NodeJS.ProcessEnv)).toThrow(/WORKERS above 1 needs PostgreSQL/);
      expect(() => loadConfig({ DATA_DIR: dir, WORKERS: 'many' } as NodeJS.ProcessEnv)).toThrow(/WORKERS must be "auto"/);
      const pgEnv = { DATA_DIR: dir, DATABASE_URL: 'postgresql://u@127.0.0.1:5432/x' } as NodeJS.ProcessEnv;
      expect(loadConfig({ ...pgEnv, WORKERS: 'auto' }).workers).toBe(availableParallelism());
      expect(loadConfig({ ...pgEnv, WORKERS: '3' }).workers).toBe(3);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe.each(dbKinds())('API keys on %s', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(kind);
    await t.as('admin')(CREATE_BATCH, { i: { code: 'K1', provinceCode: '001', district: 'Hoàn Kiếm', commune: 'Hàng Bạc' } });
  });
  afterAll(async () => t?.close());

  it('shows the key once, keeps only its hash, and lets a station system submit with it', async () => {
    const r = await t.as('admin')(CREATE_KEY, { i: { name: 'Trạm nhập liệu 07', scopes: ['KEYINGS_SUBMIT'] } });
    expect(r.errors).toBeUndefined();
    const { key, apiKey } = r.data.createApiKey;
    expect(key).toMatch(/^dk_[0-9a-f]{12}_[A-Za-z0-9_-]{43}$/);
    expect(apiKey).toMatchObject({ name: 'Trạm nhập liệu 07', scopes: ['KEYINGS_SUBMIT'], role: 'STATION', revokedAt: null, lastUsedAt: null, createdBy: { username: 'admin' } });
    expect(key.startsWith(`dk_${apiKey.prefix}_`)).toBe(true);
    const secret = key.slice(`dk_${apiKey.prefix}_`.length);
    // Neither the list nor the database holds the secret.
    const list = await t.as('admin')(graphql(`query SecurityApiKeys { apiKeys(filter:{ revoked: false }){ total items { id prefix scopes role lastUsedAt } } }`));
    expect(list.data.apiKeys.items.map((k: any) => k.prefix)).toContain(apiKey.prefix);
    expect(JSON.stringify(list)).not.toContain(secret);
    const [row] = await exec<any[]>(t.app.orm.em.fork(), 'select * from api_key where prefix = ?', [apiKey.prefix]);
    expect(JSON.stringify(row)).not.toContain(secret);
    expect(row.secret_hash).toMatch(/^[0-9a-f]{64}$/);

    const viaBearer = await t.gql(SUBMIT, { k: [keying('K1', '0001', 1, 'KT1', person())] }, key);
    expect(viaBearer.errors, JSON.stringify(viaBearer.errors)).toBeUndefined();
    expect(viaBearer.data.submitKeyings[0].status).toBe('ACCEPTED');
    // X-API-Key works too; a form's second pass comes from another credential (one key never keys both).
    const viaHeader = await post(t, { query: SUBMIT, variables: { k: [keying('K1', '0002', 1, 'KT1', person())] } }, { 'x-api-key': key });
    expect(viaHeader.json.data.submitKeyings[0]).toMatchObject({ status: 'ACCEPTED', formStatus: 'ONE_PASS_KEYED' });
    const second = await t.as('station2')(SUBMIT, { k: [keying('K1', '0001', 2, 'KT2', person())] });
    expect(second.data.submitKeyings[0]).toMatchObject({ status: 'ACCEPTED', formStatus: 'AUTO_VERIFIED' });

    // The audit trail names the key, not the admin who made it.
    const events = await exec<any[]>(t.app.orm.em.fork(), `select actor, actor_id from audit_event where action = 'keyings.ingest'`);
    expect(events.length).toBeGreaterThan(0);
    const byKey = events.filter((e) => e.actor !== 'station2');
    expect(byKey.length).toBe(2);
    for (const e of byKey) expect(e).toMatchObject({ actor: `key:${apiKey.prefix}`, actor_id: null });

    // lastUsedAt: written on first use, then at most once a minute.
    const used = async () => (await t.as('admin')(graphql(`query SecurityApiKeys2($id:ID!){ apiKeys(filter:{ ids: [$id] }){ items { lastUsedAt } } }`), { id: apiKey.id })).data.apiKeys.items[0].lastUsedAt;
    const first = await used();
    expect(first).not.toBeNull();
    await t.gql(graphql(`query Batches { batches { total } }`), {}, key);
    expect(await used()).toBe(first);

    // A station key reads batches and templates but nothing personal, and cannot act as a person.
    expect((await t.gql(graphql(`query SecurityBatches { batches { items { code } } templates { code } }`), {}, key)).errors).toBeUndefined();
    expect((await t.gql(graphql(`query VerifiedRecords2 { verifiedRecords { total } }`), {}, key)).errors[0].extensions.code).toBe('FORBIDDEN');
    expect((await t.gql(graphql(`query Me2 { me { username } }`), {}, key)).errors[0].extensions.code).toBe('FORBIDDEN');
  });

  it('refuses unknown, malformed, doubled and mixed credentials with 401', async () => {
    const r = await t.as('admin')(CREATE_KEY, { i: { name: 'reports', scopes: ['REPORTS_READ'] } });
    const key: string = r.data.createApiKey.key;
    const forged = key.slice(0, -4) + (key.endsWith('AAAA') ? 'BBBB' : 'AAAA');
    const cases: Record<string, string>[] = [
      { authorization: `Bearer ${forged}` },
      { authorization: 'Bearer dk_000000000000_' + 'A'.repeat(43) },
      { 'x-api-key': 'dk_short' },
      { 'x-api-key': t.tokens.admin },
      { authorization: `Bearer ${t.tokens.admin}`, 'x-api-key': key },
      { authorization: `Basic ${Buffer.from('admin:x').toString('base64')}` },
    ];
    for (const headers of cases) {
      const res = await post(t, { query: graphql(`query Batches { batches { total } }`) }, headers);
      expect(res.status, JSON.stringify(headers)).toBe(401);
      expect(res.json.errors[0].extensions.code).toBe('UNAUTHENTICATED');
    }
    expect((await post(t, { query: graphql(`query Batches { batches { total } }`) }, { 'x-api-key': key })).json.data.batches.total).toBe(1);
  });

  it('refuses scopes that do not fit together', async () => {
    for (const scopes of [[], ['KEYINGS_SUBMIT', 'RECORDS_READ']] as ApiKeyScope[][]) {
      const r = await t.as('admin')(CREATE_KEY, { i: { name: 'mixed', scopes } });
      expect(r.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    }
    const r = await t.as('admin')(CREATE_KEY, { i: { name: 'reader', scopes: ['RECORDS_READ', 'REPORTS_READ', 'RECORDS_READ'] } });
    expect(r.data.createApiKey.apiKey).toMatchObject({ scopes: ['RECORDS_READ', 'REPORTS_READ'], role: 'CONSUMER' });
    expect((await t.as('manager')(CREATE_KEY, { i: { name: 'x', scopes: ['REPORTS_READ'] } })).errors[0].extensions.code).toBe('FORBIDDEN');
  });
});

describe('sign-in and endpoint limits (sqlite)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp('sqlite');
  });
  afterAll(async () => t?.close());

  it('throttles failed sign-ins per username and address, with one generic message', async () => {
    const wrong = { u: 'manager', p: 'not the password at all' };
    for (let i = 0; i < 5; i++) {
      const r = await t.gql(LOGIN, wrong);
      expect(r.errors[0]).toMatchObject({ message: 'wrong username or password', extensions: { code: 'UNAUTHENTICATED' } });
    }
    const blocked = await post(t, { query: LOGIN, variables: wrong });
    expect(blocked.status).toBe(429);
    expect(blocked.json.errors[0].extensions.code).toBe('TOO_MANY_REQUESTS');
    expect(Number(blocked.headers.get('retry-after'))).toBeGreaterThan(0);
    // Even the right password waits: guessing stops, whatever the guess.
    expect((await t.gql(LOGIN, { u: 'manager', p: TEST_PASSWORD })).errors[0].extensions.code).toBe('TOO_MANY_REQUESTS');
    // Other accounts are not affected; unknown accounts get the same treatment as known ones.
    expect((await t.gql(LOGIN, { u: 'reviewer', p: TEST_PASSWORD })).data.login.token).toBeTruthy();
    const nobody = await t.gql(LOGIN, { u: 'nobody-at-all', p: 'whatever it is' });
    expect(nobody.errors[0].message).toBe('wrong username or password');
  });

  it('lets sign-ins through again once the window has passed (the throttle on its own clock)', () => {
    const th = new LoginThrottle(3, 60_000);
    const key = 'manager\n10.0.0.1';
    for (let i = 0; i < 3; i++) {
      expect(th.blockedFor(key, 1000 + i)).toBe(0);
      th.fail(key, 1000 + i);
    }
    expect(th.blockedFor(key, 1003)).toBe(60);
    expect(th.blockedFor('manager\n10.0.0.2', 1003)).toBe(0);
    expect(th.blockedFor(key, 1000 + 60_000)).toBe(0); // the first failure has aged out
    th.succeed(key);
    expect(th.blockedFor(key, 1003)).toBe(0);
  });

  it('refuses over-deep, alias-flooded, too-wide and too-costly queries with coded 400s', async () => {
    const admin = t.tokens.admin;
    const deep = graphql(`query SecurityForms { forms { items { batch { template { fields { key } } } } } }`);
    expect((await t.gql(deep, {}, admin)).errors).toBeUndefined();
    let nest = 'id';
    for (let i = 0; i < 7; i++) nest = `form { batch { id } keyings { ${nest} } }`;
    const tooDeep = await post(t, { query: `{ keyings { items { ${nest} } } }` }, { authorization: `Bearer ${admin}` });
    expect([tooDeep.status, tooDeep.json.errors[0].extensions.code]).toEqual([400, 'QUERY_TOO_DEEP']);

    const aliases = (n: number) => `{ me { ${Array.from({ length: n }, (_, i) => `a${i}: id`).join(' ')} } }`;
    expect((await t.gql(aliases(20), {}, admin)).errors).toBeUndefined();
    const flood = await post(t, { query: aliases(31) }, { authorization: `Bearer ${admin}` });
    expect([flood.status, flood.json.errors[0].extensions.code]).toEqual([400, 'TOO_MANY_ALIASES']);

    const wide = await post(t, { query: `{ me { id } ${Array.from({ length: 20 }, () => 'templates { code }').join(' ')} }` }, { authorization: `Bearer ${admin}` });
    expect([wide.status, wide.json.errors.map((e: any) => e.extensions.code)]).toEqual([400, ['TOO_MANY_ROOT_FIELDS']]);

    const page = `forms(perPage: 200) { items { id formNumber status batch { code district commune } keyings { pass keyerCode values { key value } } fields { value1 value2 } } }`;
    expect((await t.gql(`{ ${page} }`, {}, admin)).errors).toBeUndefined();
    const costly = await post(t, { query: `{ ${Array.from({ length: 8 }, (_, i) => `p${i}: ${page}`).join(' ')} }` }, { authorization: `Bearer ${admin}` });
    expect([costly.status, costly.json.errors[0].extensions.code]).toEqual([400, 'QUERY_TOO_COMPLEX']);
    // The cost counts variables too.
    const q = `query($n:Int!){ ${Array.from({ length: 8 }, (_, i) => `p${i}: ${page.replace('perPage: 200', 'perPage: $n')}`).join(' ')} }`;
    expect((await t.gql(q, { n: 10 }, admin)).errors).toBeUndefined();
    expect((await post(t, { query: q, variables: { n: 200 } }, { authorization: `Bearer ${admin}` })).json.errors[0].extensions.code).toBe('QUERY_TOO_COMPLEX');
    // Lists without a page argument are weighed by what they hold: a form's fields and discrepancies.
    const sideBySide = (n: number) => `{ forms(first: ${n}) { items { id fields { value1 value2 finalValue } discrepancies { value1 value2 kind } } } }`;
    expect((await t.gql(sideBySide(25), {}, admin)).errors).toBeUndefined();
    const wholeFloor = await post(t, { query: sideBySide(1000) }, { authorization: `Bearer ${admin}` });
    expect([wholeFloor.status, wholeFloor.json.errors[0].extensions.code]).toEqual([400, 'QUERY_TOO_COMPLEX']);
  });

  it('lets only signed-in callers introspect, and exempts introspection from the limits', async () => {
    const anon = await post(t, { query: getIntrospectionQuery() });
    expect([anon.status, anon.json.errors[0].extensions.code]).toEqual([401, 'UNAUTHENTICATED']);
    const typeQuery = await post(t, { query: graphql(`query SecurityUserType { __type(name: "User") { fields { name } } }`) });
    expect(typeQuery.status).toBe(401);
    // __typename alone is not introspection.
    expect((await post(t, { query: graphql(`query Typename { __typename }`) })).json.data).toEqual({ __typename: 'Query' });
    const authed = await t.gql(getIntrospectionQuery(), {}, t.tokens.consumer);
    expect(authed.errors).toBeUndefined();
    expect(authed.data.__schema.types.length).toBeGreaterThan(50);
    // No schema hints in error messages for anyone.
    const typo = await post(t, { query: `{ batchez { total } }` });
    expect(typo.status).toBe(400);
    expect(typo.text).not.toMatch(/Did you mean/);
  });

  it('sets security headers on API, health and error responses', async () => {
    const res = await post(t, { query: graphql(`query Typename { __typename }`) });
    const csp = res.headers.get('content-security-policy')!;
    expect(csp).toContain("default-src 'self'");
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(res.headers.get('x-powered-by')).toBeNull();
    const health = await fetch(new URL('/healthz', t.url));
    expect(health.headers.get('content-security-policy')).toBe(csp);
    expect(health.headers.get('strict-transport-security')).toContain('max-age=');
  });
});

describe('dashboard, rate limits and production errors (sqlite)', () => {
  let t: TestApp;
  let dist: string;
  beforeAll(async () => {
    dist = mkdtempSync(join(tmpdir(), 'dualkey-dist-'));
    mkdirSync(join(dist, 'assets'));
    writeFileSync(join(dist, 'index.html'), '<!doctype html><html><head><script type="module" src="/assets/app.js"></script></head><body><div id="root"></div></body></html>');
    writeFileSync(join(dist, 'assets', 'app.js'), 'console.log(1)');
    // Production also wants the encryption key ring: the one a development start creates will do.
    const keys = mkdtempSync(join(tmpdir(), 'dualkey-keys-'));
    loadConfig({ DATA_DIR: keys } as NodeJS.ProcessEnv);
    t = await startTestApp('sqlite', {
      NODE_ENV: 'production',
      AUTH_SECRET: 'a-test-secret-that-is-long-enough-for-production',
      KEYRING_FILE: join(keys, 'keyring.json'),
      ADMIN_DIST: dist,
      RATE_LIMIT_PER_MINUTE: '25',
    });
  });
  afterAll(async () => {
    await t?.close();
    rmSync(dist, { recursive: true, force: true });
  });

  it('serves the dashboard with a CSP that allows only our own origin', async () => {
    for (const path of ['/', '/review', '/assets/app.js']) {
      const res = await fetch(new URL(path, t.url));
      expect(res.status, path).toBe(200);
      const csp = res.headers.get('content-security-policy')!;
      expect(csp).toContain("script-src 'self'");
      expect(csp).toContain("style-src 'self' 'unsafe-inline'");
      expect(csp).toContain("img-src 'self' data: blob:");
      expect(csp).toContain("connect-src 'self'");
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).not.toMatch(/https?:|upgrade-insecure-requests|unsafe-eval/);
    }
  });

  it('limits requests per user and per key, each in its own bucket, with a coded 429', async () => {
    const key = (await t.as('admin')(CREATE_KEY, { i: { name: 'reports', scopes: ['REPORTS_READ'] } })).data.createApiKey.key;
    let last: Awaited<ReturnType<typeof post>> | undefined;
    for (let i = 0; i < 30 && last?.status !== 429; i++) last = await post(t, { query: graphql(`query SecurityTemplates { templates { code } }`) }, { authorization: `Bearer ${t.tokens.manager}` });
    expect(last!.status).toBe(429);
    expect(last!.json.errors[0].extensions.code).toBe('TOO_MANY_REQUESTS');
    expect(Number(last!.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(last!.headers.get('ratelimit-policy')).toContain('25');
    // Other users and keys are unaffected.
    expect((await post(t, { query: graphql(`query SecurityTemplates { templates { code } }`) }, { authorization: `Bearer ${t.tokens.reviewer}` })).status).toBe(200);
    expect((await post(t, { query: graphql(`query SecurityTemplates { templates { code } }`) }, { 'x-api-key': key })).status).toBe(200);
  });

  it('never shows internal messages or stack traces in production', async () => {
    const original = t.app.services.query.list;
    t.app.services.query.list = async () => {
      throw new Error('connection to db-internal.example:5432 failed for user "secret"');
    };
    try {
      const r = await post(t, { query: graphql(`query Batches { batches { total } }`) }, { authorization: `Bearer ${t.tokens.admin}` });
      expect(r.json.errors[0]).toEqual({ message: 'internal error', path: ['batches'], extensions: { code: 'INTERNAL_SERVER_ERROR' } });
      expect(r.text).not.toMatch(/db-internal|secret|stack|at .*\.ts/);
    } finally {
      t.app.services.query.list = original;
    }
    const broken = await post(t, '{"query": "{ batches { total } }"', { authorization: `Bearer ${t.tokens.admin}` });
    expect([broken.status, broken.json.errors[0].extensions.code]).toEqual([400, 'BAD_REQUEST']);
    expect(broken.text).not.toMatch(/SyntaxError|at JSON|node_modules/);
  });
});
