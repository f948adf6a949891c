import 'reflect-metadata';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import pg from 'pg';
import { loadConfig } from '../../server/src/config.js';
import { createApp, type App } from '../../server/src/app.js';
import { submitByPass, TEST_CLERKS, TEST_PASSWORD, TEST_USERS } from './test-app.js';
import { freePort } from './pg-cluster.js';
import { serverArgv } from './server-args.js';
import { newKeyRing, parseKeyRing, serializeKeyRing } from '../../server/src/domain/crypto.js';
import { Vault } from '../../server/src/services/vault.js';
import { graphql } from '../gql/index.js';
import type { Doc, Gql, GqlAs } from './gql.js';

/**
 * Helpers for the scale-out and failure tests: an in-process app on a database we name (our own
 * clusters), real server processes we can SIGKILL and restart on the same port, and a snapshot of
 * the stored state by natural keys, so two runs (with a crash, and clean) can be compared.
 */


export async function gqlCall(url: string, query: Doc, variables?: Record<string, unknown>, token?: string | null, timeoutMs = 30_000) {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query: String(query), variables }),
    signal: AbortSignal.timeout(timeoutMs),
  });
  const text = await res.text();
  let body: { data?: any; errors?: any[] } = {};
  try {
    body = JSON.parse(text);
  } catch {
    body = { errors: [{ message: `not JSON: ${text.slice(0, 200)}`, extensions: { code: 'NOT_JSON' } }] };
  }
  return { status: res.status, ...body };
}

export async function login(url: string, username: string, password = TEST_PASSWORD): Promise<string> {
  const r = await gqlCall(url, graphql(`mutation Login($u:String!,$p:String!){ login(username:$u,password:$p){ token } }`), { u: username, p: password });
  if (!r.data?.login?.token) throw new Error(`login ${username} failed: ${JSON.stringify(r.errors)}`);
  return r.data.login.token;
}

export interface LocalApp {
  app: App;
  url: string;
  tokens: Record<string, string>;
  as(user: string): Gql;
  /** submitKeyings with each pass through its own station (see test-app.ts submitByPass). */
  submit(keyings: { pass: number }[]): Promise<{ status: number; data?: any; errors?: any }>;
  close(): Promise<void>;
}

/** The app in this process on the database(s) `env` names, with the standard test users. */
export async function startAppOn(env: Record<string, string>, opts: { users?: boolean } = {}): Promise<LocalApp> {
  const dataDir = mkdtempSync(join(tmpdir(), 'dualkey-scale-'));
  const app = await createApp(loadConfig({ DATA_DIR: dataDir, SEED_DEMO: '0', ADMIN_DIST: join(dataDir, 'none'), RATE_LIMIT_PER_MINUTE: '0', DUALKEY_KEYRING: TEST_KEYRING_JSON, ...env } as NodeJS.ProcessEnv));
  await new Promise<void>((r) => app.http.listen(0, '127.0.0.1', r));
  const url = `http://127.0.0.1:${(app.http.address() as AddressInfo).port}/graphql`;
  const tokens: Record<string, string> = {};
  if (opts.users !== false) {
    for (const u of TEST_USERS) {
      await app.services.auth.createUser({ em: app.orm.em.fork(), actor: null }, { username: u.username, password: TEST_PASSWORD, role: u.role, displayName: u.username, keyerCode: u.keyerCode });
      tokens[u.username] = await login(url, u.username);
    }
    await app.services.auth.registerClerks({ em: app.orm.em.fork(), actor: null }, TEST_CLERKS.map((c) => ({ keyerCode: c, displayName: `Clerk ${c}` })));
  }
  return {
    app,
    url,
    tokens,
    as: (user) => ((q: Doc, v?: Record<string, unknown>) => gqlCall(url, q, v, tokens[user])) as GqlAs,
    submit: (keyings) => submitByPass(((q: Doc, v?: Record<string, unknown>, tk?: string | null) => gqlCall(url, q, v, tk)) as Gql, tokens, keyings),
    async close() {
      await app.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

const children = new Set<ChildProcess>();
process.once('exit', () => {
  // No server process outlives the test process that started it, whatever happened to the test.
  for (const c of children) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
});

/** A real server process (`node server/src/main.ts`) on a fixed port, so it can be killed and restarted in place. */
export class ServerProcess {
  child: ChildProcess | null = null;
  stderr = '';
  private ownDataDir: string | null = null;
  private constructor(
    readonly port: number,
    readonly env: Record<string, string>,
    /** The checkout it runs from (default: BENCH_SERVER_DIR, else this one). */
    readonly cwd?: string,
  ) {}

  static async start(env: Record<string, string>, port?: number, cwd?: string): Promise<ServerProcess> {
    const s = new ServerProcess(port ?? (await freePort()), { ...env }, cwd);
    await s.start();
    return s;
  }

  get base(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  get url(): string {
    return `${this.base}/graphql`;
  }

  async start(): Promise<void> {
    // Never the default ./data of the checkout: each server process set gets its own directory.
    if (!this.env.DATA_DIR) this.env.DATA_DIR = this.ownDataDir = mkdtempSync(join(tmpdir(), 'dualkey-proc-'));
    const child = spawn(process.execPath, serverArgv(), {
      env: { ...process.env, PORT: String(this.port), HOST: '127.0.0.1', LOG_LEVEL: 'warn', SEED_DEMO: '0', RATE_LIMIT_PER_MINUTE: '0', DUALKEY_KEYRING: TEST_KEYRING_JSON, ...this.env },
      stdio: ['ignore', 'pipe', 'pipe'],
      // Another checkout's server (A/B runs of two builds from one bench), as bench/lib.ts.
      cwd: this.cwd ?? (process.env.BENCH_SERVER_DIR || undefined),
    });
    // The log (pino writes to stdout) and stderr, the last 20 kB, for failure messages.
    const keep = (d: Buffer) => {
      this.stderr = (this.stderr + d).slice(-20_000);
    };
    child.stdout!.on('data', keep);
    child.stderr!.on('data', keep);
    this.child = child;
    children.add(child);
    child.once('exit', () => children.delete(child));
    for (let i = 0; i < 600; i++) {
      if (child.exitCode !== null) throw new Error(`server exited during start (${child.exitCode}):\n${this.stderr}`);
      try {
        const r = await fetch(`${this.base}/readyz`, { signal: AbortSignal.timeout(2000) });
        if (r.ok) return;
      } catch {
        /* not up yet */
      }
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error(`server did not become ready:\n${this.stderr}`);
  }

  /** SIGKILL: no shutdown hook runs, in-flight requests die with the process. */
  async kill(signal: NodeJS.Signals = 'SIGKILL'): Promise<void> {
    const c = this.child;
    if (!c || c.exitCode !== null || c.signalCode !== null) return;
    const done = new Promise((r) => c.once('exit', r));
    c.kill(signal);
    await done;
  }

  async stop(): Promise<void> {
    await this.kill('SIGTERM');
    if (this.ownDataDir) rmSync(this.ownDataDir, { recursive: true, force: true });
  }

  get alive(): boolean {
    return !!this.child && this.child.exitCode === null && this.child.signalCode === null;
  }
}

/** A fixed key ring for server processes and snapshots of their databases (DUALKEY_KEYRING). */
export const TEST_KEYRING_JSON = serializeKeyRing(newKeyRing());

const sorted = (o: Record<string, unknown>) => JSON.stringify(Object.fromEntries(Object.entries(o).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))));

/**
 * Everything stored that a client can cause, by natural keys (no generated ids), with sealed
 * personal data opened (ciphertexts differ run to run): equal snapshots mean equal states.
 */
export async function snapshot(dbUrl: string, keyRingJson = TEST_KEYRING_JSON): Promise<Record<string, unknown>> {
  const vault = new Vault(parseKeyRing(keyRingJson));
  const c = new pg.Client({ connectionString: dbUrl });
  await c.connect();
  try {
    const q = async (sql: string) => (await c.query(sql)).rows;
    const records = (await q(`select b.code, f.form_number, f.id as form_id, r.values, r.sources, r.automatic from verified_record r join form f on f.id = r.form_id join batch b on b.id = f.batch_id order by 1, 2`)).map(
      (r) => ({ code: r.code, form: r.form_number, values: sorted(vault.openRecord(Number(r.form_id), typeof r.values === 'string' ? JSON.parse(r.values) : r.values)), sources: sorted(typeof r.sources === 'string' ? JSON.parse(r.sources) : r.sources), automatic: r.automatic }),
    );
    const discrepancies = (
      await q(`select b.code, f.form_number, f.id as form_id, d.field_key, d.value1, d.value2, d.value3, d.kind, d.final_value, d.outcome from discrepancy d join form f on f.id = d.form_id join batch b on b.id = f.batch_id order by 1, 2, 4`)
    ).map((d) => {
      const open = (v: string | null) => vault.openField(Number(d.form_id), d.field_key, v);
      return { code: d.code, form: d.form_number, field: d.field_key, value1: open(d.value1), value2: open(d.value2), value3: open(d.value3), kind: d.kind, final: open(d.final_value), outcome: d.outcome };
    });
    return {
      forms: await q(`select b.code, f.form_number, f.status, f.image_ref from form f join batch b on b.id = f.batch_id order by 1, 2`),
      keyings: await q(`select k.idempotency_key, k.pass, k.keyer_code, k.content_hash, k.error_count, b.code, f.form_number from keying k join form f on f.id = k.form_id join batch b on b.id = f.batch_id order by 1`),
      tasks: await q(`select b.code, f.form_number, t.kind, t.status, t.discrepancy_count, t.claimed_by_id is not null as claimed from correction_task t join form f on f.id = t.form_id join batch b on b.id = f.batch_id order by 1, 2`),
      discrepancies,
      records,
      keyingErrors: await q(`select e.keyer_code, e.field_key, e.kind, f.form_number from keying_error e join form f on f.id = e.form_id order by 1, 2, 3, 4`),
      batches: await q(`select code, status from batch order by 1`),
      // Claims are not compared: a reviewer cut off by a crash may claim again.
      auditActions: await q(`select action, count(*)::int as n from audit_event where action not in ('task.claim', 'user.login', 'auth.login') group by action order by action`),
    };
  } finally {
    await c.end();
  }
}

/** States that must never exist, whatever crashed when: each a query returning offending rows. */
export const INVARIANTS: Record<string, string> = {
  'form with both passes still ONE_PASS_KEYED': `select f.id from form f where f.status in ('AWAITING_KEYINGS', 'ONE_PASS_KEYED') and (select count(*) from keying k where k.form_id = f.id and k.pass in (1, 2)) = 2`,
  'form without a keying': `select f.id from form f where not exists (select 1 from keying k where k.form_id = f.id)`,
  'form in review without a task': `select f.id from form f where f.status = 'IN_REVIEW' and not exists (select 1 from correction_task t where t.form_id = f.id)`,
  'review task without discrepancies': `select t.id from correction_task t where t.kind = 'REVIEW' and not exists (select 1 from discrepancy d where d.task_id = t.id)`,
  'task whose discrepancy count is wrong': `select t.id from correction_task t where t.kind = 'REVIEW' and t.discrepancy_count <> (select count(*) from discrepancy d where d.task_id = t.id)`,
  'record without a verified form': `select r.id from verified_record r join form f on f.id = r.form_id where f.status not in ('VERIFIED', 'AUTO_VERIFIED')`,
  'verified form without a record': `select f.id from form f where f.status in ('VERIFIED', 'AUTO_VERIFIED') and not exists (select 1 from verified_record r where r.form_id = f.id)`,
  'resolved task with an unresolved discrepancy': `select t.id from correction_task t join discrepancy d on d.task_id = t.id where t.status = 'RESOLVED' and d.outcome is null`,
  'resolved task whose form is not verified': `select t.id from correction_task t join form f on f.id = t.form_id where t.kind = 'REVIEW' and t.status = 'RESOLVED' and f.status <> 'VERIFIED'`,
  'claimed task without a lease': `select t.id from correction_task t where t.status = 'CLAIMED' and (t.claimed_by_id is null or t.lease_until is null)`,
};

export async function invariantViolations(dbUrl: string): Promise<string[]> {
  const c = new pg.Client({ connectionString: dbUrl });
  await c.connect();
  try {
    const out: string[] = [];
    for (const [name, sql] of Object.entries(INVARIANTS)) {
      const rows = (await c.query(sql)).rows;
      if (rows.length) out.push(`${name}: ${rows.length} (e.g. id ${rows[0].id})`);
    }
    return out;
  } finally {
    await c.end();
  }
}

/** Creates a database on a PostgreSQL server (admin URL) and returns its URL and a drop function. */
export { freshDatabase } from './pg-database.js';
