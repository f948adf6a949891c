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
  gql<T = any>(query: string, variables?: Record<string, unknown>, token?: string | null): Promise<{ status: number; data?: T; errors?: any }>;
  as(user: string): <T = any>(query: string, variables?: Record<string, unknown>) => Promise<{ status: number; data?: T; errors?: any }>;
  close(): Promise<void>;
}

export const TEST_PASSWORD = 'correct horse battery staple';

/** Users every API test gets; reviewer2 is also a clerk (KT9001), to test the own-keying rule. */
export const TEST_USERS: { username: string; role: Role; keyerCode?: string }[] = [
  { username: 'admin', role: 'ADMIN' },
  { username: 'manager', role: 'MANAGER' },
  { username: 'reviewer', role: 'REVIEWER' },
  { username: 'reviewer2', role: 'REVIEWER', keyerCode: 'KT9001' },
  { username: 'station', role: 'STATION' },
  { username: 'consumer', role: 'CONSUMER' },
];

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
  const gql = async (query: string, variables?: Record<string, unknown>, token?: string | null) => {
    const res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await res.json()) as { data?: any; errors?: any[] };
    return { status: res.status, ...body };
  };
  if (opts.users !== false) {
    const em = app.orm.em.fork();
    for (const u of TEST_USERS) {
      await app.services.auth.createUser({ em, actor: null }, { username: u.username, password: TEST_PASSWORD, role: u.role, displayName: u.username, keyerCode: u.keyerCode });
      const r = await gql(`mutation($u:String!,$p:String!){ login(username:$u,password:$p){ token } }`, { u: u.username, p: TEST_PASSWORD });
      tokens[u.username] = r.data.login.token;
    }
  }
  return {
    kind,
    app,
    url,
    dataDir,
    dbUrl: db.url,
    tokens,
    gql,
    as: (user: string) => (q, v) => gql(q, v, tokens[user]),
    async close() {
      await app.close();
      await db.drop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
