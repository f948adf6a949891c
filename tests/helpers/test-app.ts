import 'reflect-metadata';
import { inject } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { loadConfig, type Config } from '../../server/src/config.js';
import { freshDatabase } from './pg-database.js';
import { createApp, type App } from '../../server/src/app.js';
import type { Role } from '../../server/src/domain/roles.js';
import type { Actor } from '../../server/src/services/context.js';
import { graphql } from '../gql/index.js';
import type { KeyingInput } from '../gql/graphql.js';
import type { Doc, Gql, GqlAs, Reply } from './gql.js';

export type DbKind = 'sqlite' | 'postgresql';

/** The databases this run covers: SQLite always, PostgreSQL when reachable (see global-setup). */
export function dbKinds(): DbKind[] {
  return inject('pgAvailable') ? ['sqlite', 'postgresql'] : ['sqlite'];
}


export interface TestApp {
  kind: DbKind;
  app: App;
  url: string;
  dataDir: string;
  dbUrl: string;
  tokens: Record<string, string>;
  /** One GraphQL call with a bearer token (none: anonymous); typed by a graphql() document. */
  gql: Gql;
  /** One GraphQL call as a test user (see TEST_USERS). */
  as(user: string): GqlAs;
  /**
   * submitKeyings as a keying floor does it: each pass through its own station (pass 1 `station`,
   * pass 2 `station2`, pass 3 `station3`), since one credential may not supply two passes of a
   * form. Outcomes come back in the order given, as one call would answer.
   */
  submit(keyings: { pass: number }[]): Promise<Reply>;
  /** Registers more clerk codes (KEYER accounts without a password) for keyings to name. */
  registerClerks(codes: string[]): Promise<void>;
  /** The service-level actor behind a test user's sign-in, for tests that call services directly. */
  actorOf(user: string): Promise<Actor>;
  close(): Promise<void>;
}

export const TEST_PASSWORD = 'correct horse battery staple';

/**
 * Users every API test gets; reviewer2 is also a clerk (KT9001), to test the own-keying rule;
 * keyer and keyer2 are clerks who sign in (KT1, KT2).
 */
export const TEST_USERS: { username: string; role: Role; keyerCode?: string }[] = [
  { username: 'admin', role: 'ADMIN' },
  { username: 'manager', role: 'MANAGER' },
  { username: 'reviewer', role: 'REVIEWER' },
  { username: 'reviewer2', role: 'REVIEWER', keyerCode: 'KT9001' },
  { username: 'station', role: 'STATION' },
  { username: 'station2', role: 'STATION' },
  { username: 'station3', role: 'STATION' },
  { username: 'keyer', role: 'KEYER', keyerCode: 'KT1' },
  { username: 'keyer2', role: 'KEYER', keyerCode: 'KT2' },
  { username: 'consumer', role: 'CONSUMER' },
];

/** More clerk codes registered in every API test app (KEYER accounts without a password): KT1 to KT20 in all. */
export const TEST_CLERKS = Array.from({ length: 18 }, (_, i) => `KT${i + 3}`);

const SUBMIT_QUERY = graphql(`mutation SubmitKeyings($k:[KeyingInput!]!){ submitKeyings(keyings:$k){ index idempotencyKey status keyingId formId formStatus code message problems { field reason } } }`);
const STATION_OF_PASS: Record<number, string> = { 1: 'station', 2: 'station2', 3: 'station3' };

/** Pass N's keyings through station N; outcomes merged back into the order given. */
export async function submitByPass(
  gql: Gql,
  tokens: Record<string, string>,
  keyings: { pass: number }[],
): Promise<Reply> {
  const groups = new Map<string, number[]>();
  keyings.forEach((k, i) => {
    const who = STATION_OF_PASS[k.pass] ?? 'station';
    (groups.get(who) ?? groups.set(who, []).get(who)!).push(i);
  });
  const out: any[] = new Array(keyings.length);
  let status = 200;
  for (const [who, idx] of groups) {
    // Keyings are built as JSON by the tests (malformed ones on purpose): sent as they are.
    const r = await gql(SUBMIT_QUERY, { k: idx.map((i) => keyings[i]) as unknown as KeyingInput[] }, tokens[who]);
    if (r.errors || !r.data) return r;
    status = r.status;
    r.data.submitKeyings.forEach((o: any, j: number) => (out[idx[j]] = { ...o, index: idx[j] }));
  }
  // formStatus is the form's status after the whole call: after the last station's, here.
  const last = new Map<string, string>();
  for (const idx of groups.values()) for (const i of idx) if (out[i].formId != null) last.set(out[i].formId, out[i].formStatus);
  for (const o of out) if (o.formId != null) o.formStatus = last.get(o.formId);
  return { status, data: { submitKeyings: out } };
}

export async function createTestDatabase(kind: DbKind, dataDir: string): Promise<{ url: string; drop: () => Promise<void> }> {
  if (kind === 'sqlite') return { url: `sqlite:${join(dataDir, 'test.sqlite')}`, drop: async () => undefined };
  return freshDatabase(inject('pgAdminUrl'), 'dualkey_t');
}

export async function startTestApp(kind: DbKind, env: Record<string, string> = {}, opts: { users?: boolean } = {}): Promise<TestApp> {
  const dataDir = mkdtempSync(join(tmpdir(), 'dualkey-test-'));
  const db = await createTestDatabase(kind, dataDir);
  const config: Config = loadConfig({ DATA_DIR: dataDir, DATABASE_URL: db.url, SEED_DEMO: '0', ADMIN_DIST: join(dataDir, 'none'), ...env } as NodeJS.ProcessEnv);
  const app = await createApp(config);
  await new Promise<void>((r) => app.http.listen(0, '127.0.0.1', r));
  const url = `http://127.0.0.1:${(app.http.address() as AddressInfo).port}/graphql`;
  const tokens: Record<string, string> = {};
  const gql = (async (document: Doc, variables?: Record<string, unknown>, token?: string | null) => {
    const res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query: String(document), variables }),
    });
    const body = (await res.json()) as { data?: any; errors?: any[] };
    return { status: res.status, ...body };
  }) as Gql;
  if (opts.users !== false) {
    const em = app.orm.em.fork();
    for (const u of TEST_USERS) {
      await app.services.auth.createUser({ em, actor: null }, { username: u.username, password: TEST_PASSWORD, role: u.role, displayName: u.username, keyerCode: u.keyerCode });
      const r = await gql(graphql(`mutation Login($u:String!,$p:String!){ login(username:$u,password:$p){ token } }`), { u: u.username, p: TEST_PASSWORD });
      tokens[u.username] = r.data.login.token;
    }
    await app.services.auth.registerClerks({ em: app.orm.em.fork(), actor: null }, TEST_CLERKS.map((c) => ({ keyerCode: c, displayName: `Clerk ${c}` })));
  }
  return {
    kind,
    app,
    url,
    dataDir,
    dbUrl: db.url,
    tokens,
    gql,
    as: (user: string) => ((q: Doc, v?: Record<string, unknown>) => gql(q as string, v, tokens[user])) as GqlAs,
    submit: (keyings) => submitByPass(gql, tokens, keyings),
    async registerClerks(codes) {
      await app.services.auth.registerClerks({ em: app.orm.em.fork(), actor: null }, [...new Set(codes)].map((c) => ({ keyerCode: c, displayName: `Clerk ${c}` })));
    },
    actorOf: (user) => app.services.auth.authenticate({ em: app.orm.em.fork(), actor: null }, tokens[user]),
    async close() {
      await app.close();
      await db.drop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
