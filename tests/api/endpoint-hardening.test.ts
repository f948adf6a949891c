import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chmodSync, existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { SignJWT } from 'jose';
import { ConfigError, loadConfig } from '../../server/src/config.js';
import { newKeyRing, serializeKeyRing } from '../../server/src/domain/crypto.js';
import { dbKinds, startTestApp, type TestApp } from '../helpers/test-app.js';
import { rawPost } from '../helpers/http.js';
import { graphql } from '../gql/index.js';

/**
 * The endpoint's edges: the query cost for every variable value, deep variables, tokens that are
 * signed but not ours, CORS, who may read /metrics, and the SQLite file's permissions.
 */

const post = rawPost;

/** JSON text nesting `n` objects (or arrays): built as text, since JSON.stringify itself overflows at 20,000. */
const deepObject = (n: number) => `${'{"a":'.repeat(n)}1${'}'.repeat(n)}`;
const deepArray = (n: number) => `${'['.repeat(n)}1${']'.repeat(n)}`;

const PAGE = `forms(perPage: 200) { items { id formNumber status batch { code district commune } keyings { pass keyerCode values { key value } } fields { value1 value2 } } }`;

describe.each(dbKinds())('endpoint hardening on %s', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(kind);
  });
  afterAll(async () => t?.close());

  it('computes the query cost for every value of the variables that switch fields on or size lists', async () => {
    const auth = { authorization: `Bearer ${t.tokens.admin}` };
    const costly = Array.from({ length: 8 }, (_, i) => `p${i}: ${PAGE}`).join(' ');
    // Same document: cheap with the costly part switched off, refused once it is switched on.
    for (const [decl, off, on] of [
      [`$b:Boolean!`, { b: false }, { b: true }],
      [`$s:Boolean!`, { s: true }, { s: false }],
    ] as const) {
      const directive = 'b' in off ? '@include(if: $b)' : '@skip(if: $s)';
      const q = `query(${decl}){ me { username } ... ${directive} { ${costly} } }`;
      const cheap = await post(t.url, { query: q, variables: off }, auth);
      expect([cheap.status, cheap.json.errors]).toEqual([200, undefined]);
      const dear = await post(t.url, { query: q, variables: on }, auth);
      expect([dear.status, dear.json.errors?.[0].extensions.code]).toEqual([400, 'QUERY_TOO_COMPLEX']);
    }
    // A directive on a field, and the page size from a variable, in one document.
    const paged = PAGE.replace('forms(perPage: 200)', 'forms(perPage: $n) @include(if: $b)');
    const q = `query($b:Boolean!, $n:Int!){ ${Array.from({ length: 8 }, (_, i) => `p${i}: ${paged}`).join(' ')} }`;
    expect((await post(t.url, { query: q, variables: { b: false, n: 200 } }, auth)).status).toBe(200);
    expect((await post(t.url, { query: q, variables: { b: true, n: 2 } }, auth)).status).toBe(200);
    expect((await post(t.url, { query: q, variables: { b: true, n: 200 } }, auth)).json.errors[0].extensions.code).toBe('QUERY_TOO_COMPLEX');
  });

  it('refuses deeply nested variables with a coded 400, anonymously and signed in', async () => {
    const q = graphql(`query EndpointHardeningForms($f:FormFilter){ forms(filter:$f){ total } }`);
    for (const token of [null, t.tokens.admin]) {
      const headers: Record<string, string> = token ? { authorization: `Bearer ${token}` } : {};
      for (const deep of [deepObject(20_000), deepArray(20_000), deepObject(66)]) {
        const r = await post(t.url, `{"query":${JSON.stringify(q)},"variables":{"f":${deep}}}`, headers);
        expect([r.status, r.json?.errors?.[0].extensions.code], r.text.slice(0, 200)).toEqual([400, 'VARIABLES_TOO_DEEP']);
      }
      // Extensions are measured too.
      const ext = await post(t.url, `{"query":"{ __typename }","extensions":${deepArray(20_000)}}`, headers);
      expect([ext.status, ext.json?.errors?.[0].extensions.code]).toEqual([400, 'VARIABLES_TOO_DEEP']);
    }
    // GET carries the variables as JSON text.
    const get = await fetch(`${t.url}?query=${encodeURIComponent(String(q))}&variables=${encodeURIComponent(`{"f":${deepObject(100)}}`)}`, { headers: { 'apollo-require-preflight': '1' } });
    expect([get.status, ((await get.json()) as any).errors[0].extensions.code]).toEqual([400, 'VARIABLES_TOO_DEEP']);
    // Ordinary nesting still passes (and is then refused or answered by the schema as usual).
    const ok = await post(t.url, { query: q, variables: { f: { batchId: '1' } } }, { authorization: `Bearer ${t.tokens.admin}` });
    expect([ok.status, ok.json.errors]).toEqual([200, undefined]);
    const shallow = await post(t.url, `{"query":${JSON.stringify(q)},"variables":{"f":${deepObject(10)}}}`, { authorization: `Bearer ${t.tokens.admin}` });
    expect([shallow.status, shallow.json.errors[0].extensions.code]).toEqual([400, 'BAD_USER_INPUT']);
  });

  it('accepts only tokens with an expiry and a user id for subject', async () => {
    const sign = (sub: string | null, exp: boolean) => {
      let jwt = new SignJWT({ role: 'ADMIN', usr: 'admin' }).setProtectedHeader({ alg: 'HS256' }).setIssuer('dualkey').setIssuedAt();
      if (sub !== null) jwt = jwt.setSubject(sub);
      if (exp) jwt = jwt.setExpirationTime('1h');
      return jwt.sign(t.app.config.authSecret);
    };
    const adminId = String((await t.as('admin')(graphql(`query Me { me { id } }`))).data.me.id);
    expect((await t.gql(graphql(`query Me2 { me { username } }`), {}, await sign(adminId, true))).data).toEqual({ me: { username: 'admin' } });
    const bad: [string, string | null, boolean][] = [
      ['no exp', adminId, false],
      ['no sub', null, true],
      ...['abc', '1e3', '-1', '', '0', '01', '1.0', ' 1', '0x1', '99999999999', '2147483648'].map((s): [string, string, boolean] => [`sub ${JSON.stringify(s)}`, s, true]),
    ];
    for (const [label, sub, exp] of bad) {
      const r = await t.gql(graphql(`query Me2 { me { username } }`), {}, await sign(sub, exp));
      expect([r.status, r.errors?.[0].extensions.code], label).toEqual([401, 'UNAUTHENTICATED']);
    }
  });
});

describe('CORS (sqlite)', () => {
  const ALLOWED = 'https://register.example.gov.vn';
  const FOREIGN = 'https://evil.example.com';
  let plain: TestApp;
  let listed: TestApp;
  beforeAll(async () => {
    plain = await startTestApp('sqlite', {}, { users: false });
    listed = await startTestApp('sqlite', { CORS_ORIGINS: ` ${ALLOWED}, http://localhost:5173` }, { users: false });
  });
  afterAll(async () => {
    await plain?.close();
    await listed?.close();
  });

  const preflight = (url: string, origin: string) =>
    fetch(url, { method: 'OPTIONS', headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type,authorization' } });

  it('is same-origin by default: a foreign page gets no Access-Control-Allow-Origin', async () => {
    for (const t of [plain, listed]) {
      const r = await post(t.url, { query: graphql(`query Typename { __typename }`) }, { origin: FOREIGN });
      expect(r.status).toBe(200);
      expect(r.headers.get('access-control-allow-origin')).toBeNull();
      const p = await preflight(t.url, FOREIGN);
      expect(p.headers.get('access-control-allow-origin')).toBeNull();
    }
    expect((await post(plain.url, { query: graphql(`query Typename { __typename }`) })).headers.get('access-control-allow-origin')).toBeNull();
  });

  it('echoes an origin of CORS_ORIGINS, with Vary: Origin, on answers and preflights', async () => {
    const r = await post(listed.url, { query: graphql(`query Typename { __typename }`) }, { origin: ALLOWED });
    expect(r.headers.get('access-control-allow-origin')).toBe(ALLOWED);
    expect(r.headers.get('vary')).toMatch(/origin/i);
    expect(r.headers.get('access-control-allow-credentials')).toBeNull();
    const p = await preflight(listed.url, ALLOWED);
    expect(p.status).toBe(204);
    expect(p.headers.get('access-control-allow-origin')).toBe(ALLOWED);
    expect(p.headers.get('vary')).toMatch(/origin/i);
    expect(p.headers.get('access-control-allow-methods')).toBe('GET,POST');
    expect(p.headers.get('access-control-allow-headers')).toContain('authorization');
    // Exact origins only: another scheme or port is another origin.
    expect((await preflight(listed.url, 'http://register.example.gov.vn')).headers.get('access-control-allow-origin')).toBeNull();
    expect((await preflight(listed.url, 'http://localhost:5173')).headers.get('access-control-allow-origin')).toBe('http://localhost:5173');
  });

  it('reads CORS_ORIGINS as exact origins and refuses anything else', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dualkey-config-'));
    try {
      const load = (v: string) => loadConfig({ DATA_DIR: dir, CORS_ORIGINS: v } as NodeJS.ProcessEnv);
      expect(loadConfig({ DATA_DIR: dir } as NodeJS.ProcessEnv).corsOrigins).toEqual([]);
      expect(load('https://a.gov.vn, http://10.0.0.5:8080').corsOrigins).toEqual(['https://a.gov.vn', 'http://10.0.0.5:8080']);
      for (const bad of ['*', 'https://a.gov.vn/', 'https://a.gov.vn/app', 'a.gov.vn', 'ftp://a.gov.vn', 'https://A.gov.vn', 'null']) {
        expect(() => load(bad), bad).toThrow(ConfigError);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('/metrics access (sqlite)', () => {
  const TOKEN = 'm'.repeat(40);
  const production = { NODE_ENV: 'production', AUTH_SECRET: 'x'.repeat(40), DUALKEY_KEYRING: serializeKeyRing(newKeyRing()) };
  const apps: TestApp[] = [];
  const start = async (env: Record<string, string>) => {
    const t = await startTestApp('sqlite', env, { users: false });
    apps.push(t);
    return { t, base: t.url.replace(/\/graphql$/, '') };
  };
  const metricsPort = async (t: TestApp) => {
    await new Promise<void>((r) => t.app.metricsHttp!.listen(0, '127.0.0.1', r));
    return `http://127.0.0.1:${(t.app.metricsHttp!.address() as AddressInfo).port}`;
  };
  afterAll(async () => {
    for (const t of apps) await t.close();
  });

  it('is not served on the main port in production without METRICS_TOKEN', async () => {
    const { base } = await start(production);
    expect((await fetch(`${base}/metrics`)).status).toBe(404);
    expect((await fetch(`${base}/metrics`, { headers: { authorization: `Bearer ${TOKEN}` } })).status).toBe(404);
    expect((await fetch(`${base}/healthz`)).status).toBe(200);
  });

  it('needs the bearer METRICS_TOKEN on the main port when one is set', async () => {
    const { base } = await start({ ...production, METRICS_TOKEN: TOKEN });
    expect((await fetch(`${base}/metrics`)).status).toBe(401);
    expect((await fetch(`${base}/metrics`, { headers: { authorization: `Bearer ${'n'.repeat(40)}` } })).status).toBe(401);
    expect((await fetch(`${base}/metrics`, { headers: { authorization: TOKEN } })).status).toBe(401);
    const ok = await fetch(`${base}/metrics`, { headers: { authorization: `Bearer ${TOKEN}` } });
    expect(ok.status).toBe(200);
    expect(await ok.text()).toMatch(/dualkey_http_request_duration_seconds/);
  });

  it('with METRICS_PORT serves metrics only on that listener, in production and in development', async () => {
    for (const env of [{ ...production, METRICS_PORT: '0' }, { METRICS_PORT: '0' }]) {
      const { t, base } = await start(env);
      expect((await fetch(`${base}/metrics`)).status).toBe(404);
      const m = await metricsPort(t);
      const res = await fetch(`${m}/metrics`);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toMatch(/^text\/plain/);
      expect(await res.text()).toMatch(/dualkey_keyings_total|process_cpu_seconds_total/);
      // Nothing else there.
      expect((await fetch(`${m}/graphql`, { method: 'POST' })).status).toBe(404);
      expect((await fetch(`${m}/healthz`)).status).toBe(404);
    }
    // The token, when set, is required there too.
    const { t } = await start({ ...production, METRICS_PORT: '0', METRICS_TOKEN: TOKEN });
    const m = await metricsPort(t);
    expect((await fetch(`${m}/metrics`)).status).toBe(401);
    expect((await fetch(`${m}/metrics`, { headers: { authorization: `Bearer ${TOKEN}` } })).status).toBe(200);
  });

  it('reads the metrics settings and refuses nonsense', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dualkey-config-'));
    try {
      const load = (env: Record<string, string>) => loadConfig({ DATA_DIR: dir, ...env } as NodeJS.ProcessEnv);
      expect(load({}).metrics).toEqual({ port: null, host: '127.0.0.1', token: null });
      expect(load({ METRICS_PORT: '9464', METRICS_HOST: '10.0.0.2', METRICS_TOKEN: TOKEN }).metrics).toEqual({ port: 9464, host: '10.0.0.2', token: TOKEN });
      expect(() => load({ METRICS_PORT: 'x' })).toThrow(/METRICS_PORT/);
      expect(() => load({ METRICS_PORT: '4000', PORT: '4000' })).toThrow(/METRICS_PORT/);
      expect(() => load({ METRICS_TOKEN: 'short' })).toThrow(/METRICS_TOKEN/);
      expect(() => load({ METRICS_TOKEN: `${'a'.repeat(40)} b` })).toThrow(/METRICS_TOKEN/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('SQLite file permissions', () => {
  const ownerOnly = (f: string) => (statSync(f).mode & 0o077) === 0;
  let umask = 0;
  beforeAll(() => {
    // The usual umask: without the fix the files come out world-readable.
    umask = process.umask(0o022);
  });
  afterAll(() => {
    process.umask(umask);
  });

  it('creates the database and its WAL and shared-memory files owner-only', async () => {
    const t = await startTestApp('sqlite', {}, { users: false });
    try {
      const db = join(t.dataDir, 'test.sqlite');
      await t.gql(graphql(`query Typename { __typename }`));
      for (const f of [db, `${db}-wal`, `${db}-shm`]) {
        expect(existsSync(f), f).toBe(true);
        expect(ownerOnly(f), `${f} is ${(statSync(f).mode & 0o777).toString(8)}`).toBe(true);
      }
    } finally {
      await t.close();
    }
  });

  it('tightens an existing world-readable database file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dualkey-perm-'));
    const db = join(dir, 'old.sqlite');
    writeFileSync(db, '');
    chmodSync(db, 0o644);
    const t = await startTestApp('sqlite', { DATABASE_URL: `sqlite:${db}` }, { users: false });
    try {
      for (const f of [db, `${db}-wal`, `${db}-shm`]) expect(ownerOnly(f), `${f} is ${(statSync(f).mode & 0o777).toString(8)}`).toBe(true);
    } finally {
      await t.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
