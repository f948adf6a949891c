import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { loadConfig } from '../server/src/config.js';
import { createApp } from '../server/src/app.js';
import { freshDatabase } from '../tests/helpers/pg-database.js';
import { distinctPerson } from './people.js';
import { postJson } from '../tests/helpers/http-post.js';
import { PASSWORD, prepare, send, setup, STATIONS } from './ingest.js';
import { backendCpu, backendCpuSpent, cpuSeconds, startServer, stopServer, type Row } from './lib.js';

/**
 * One client alone, one request at a time, against one server process on PostgreSQL holding
 * `forms` forms (a simulated campaign, both passes, ingested over HTTP): p50/p99 per operation and
 * the CPU the server and PostgreSQL spent per request (from /proc, background work included).
 *
 * BENCH_KEEP_SEED=1 keeps the seeded database as a template (and its key ring) so later runs copy
 * it in seconds instead of ingesting again: A/B runs then measure two builds on the same data
 * (BENCH_SERVER_DIR runs the server of another checkout). BENCH_SERVER_NODE_ARGS='--cpu-prof ...'
 * with BENCH_LATENCY_OPS=<one group> profiles one operation.
 */
const REVIEW_BATCH = 'LAT-R';
const SUBMIT_BATCH = 'LAT-S';
const USERS = { reviewer: 'lat-reviewer', consumer: 'lat-consumer', manager: 'lat-manager' } as const;
const WARMUP = 100;
/**
 * Requests a new server process answers first, untimed: V8 is still optimizing the request pipeline
 * for its first few thousand requests (1.8-2.3 ms of CPU for `{ __typename }` at requests 100-400,
 * ~0.7 ms after 3,000), and a server in service has long passed them.
 */
const SERVER_WARMUP = 3000;
/** Review forms seeded (3 discrepancies each): fixed, so one kept seed serves runs of up to 1,000 calls. */
const REVIEW_FORMS = 1050;

const Q = {
  trivial: `{ __typename }`,
  claim: `mutation LatClaim{ claimNextTask { id discrepancies { id } } }`,
  resolve: `mutation LatResolve($id:ID!,$r:[ResolutionInput!]!){ resolveTask(id:$id,resolutions:$r){ id status } }`,
  records: `query LatRecords($p:Int!){ verifiedRecords(page:$p, perPage:50){ items { id verifiedAt values { key value } } } }`,
  keyerReport: `query LatKeyers{ keyerReport(perPage: 25){ total items { keyerCode errorRate } } }`,
  submit: `mutation LatSubmit($k:[KeyingInput!]!){ submitKeyings(keyings:$k){ idempotencyKey status code } }`,
};

/** Targets of issue 17 (p99, one client alone), printed beside each operation. */
const TARGET_MS: Record<string, number> = { trivial: 1, claim: 3, resolve: 5, records: 5, keyerReport: 5, submit: 5 };
const LABEL: Record<string, string> = {
  trivial: 'authenticated { __typename }',
  claim: 'claimNextTask',
  resolve: 'resolveTask (3 discrepancies)',
  records: 'verifiedRecords(perPage:50) with values (consumer)',
  keyerReport: 'keyerReport(perPage:25)',
  submit: 'submitKeyings, 10 keyings',
};

interface Seeded {
  dbUrl: string;
  dataDir: string;
  drop: () => Promise<void>;
  clerks: string[];
}

const pct = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];

async function admin(url: string, sql: string): Promise<void> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    await c.query(sql);
  } finally {
    await c.end();
  }
}

/** 3-discrepancy review forms (oldest tasks, so claimed first), then the campaign, then analyze. */
async function seed(pgAdminUrl: string, forms: number, reviewForms: number): Promise<Seeded> {
  const db = await freshDatabase(pgAdminUrl, 'dualkey_bench_latency');
  const dataDir = mkdtempSync(join(tmpdir(), 'dualkey-latency-'));
  console.error(`latency: preparing ${forms.toLocaleString('en-US')} forms...`);
  const data = prepare(forms, 500, 11);
  const clerks = data.clerks.slice(0, 2);
  const extra = [
    { code: REVIEW_BATCH, provinceCode: '001', district: 'D', commune: 'C' },
    { code: SUBMIT_BATCH, provinceCode: '001', district: 'D', commune: 'C' },
  ];
  await setup(db.url, dataDir, [...extra, ...data.batches], data.clerks);
  await withApp(db.url, dataDir, async (app) => {
    const em = app.orm.em.fork();
    for (const [role, username] of [['REVIEWER', USERS.reviewer], ['CONSUMER', USERS.consumer], ['MANAGER', USERS.manager]] as const) {
      await app.services.auth.createUser({ em, actor: null }, { username, password: PASSWORD, role, displayName: username });
    }
  });
  const { child, url } = await startServer(serverEnv(db.url, dataDir, '2'));
  try {
    const [t1, t2] = await Promise.all(STATIONS.map((u) => login(url, u)));
    const at = new Date(Date.now() - 3600_000).toISOString();
    const review = (pass: number) => {
      const ks = Array.from({ length: reviewForms }, (_, i) => {
        const formNumber = `R${String(i).padStart(6, '0')}`;
        const values = pass === 1 ? distinctPerson(i) : distinctPerson(i, { phone: '0912345679', oldIdNumber: '012345679', bloodType: 'A' });
        return { idempotencyKey: `${REVIEW_BATCH}/${formNumber}/${pass}`, batchCode: REVIEW_BATCH, formNumber, pass, keyerCode: clerks[pass - 1], stationCode: 'LAT', startedAt: at, submittedAt: at, values };
      });
      const bodies: string[] = [];
      for (let i = 0; i < ks.length; i += 500) bodies.push(JSON.stringify({ query: Q.submit, variables: { k: ks.slice(i, i + 500) } }));
      return bodies;
    };
    await send(url, t1, review(1), 1);
    await send(url, t2, review(2), 1);
    const t0 = performance.now();
    const r1 = await send(url, t1, data.pass1, 8);
    const r2 = await send(url, t2, data.pass2, 8);
    if (r1.rejected + r2.rejected) console.error(`latency: warning: ${r1.rejected + r2.rejected} keyings rejected while seeding`);
    console.error(`latency: ${data.keyings.length.toLocaleString('en-US')} keyings ingested in ${((performance.now() - t0) / 1000).toFixed(0)} s`);
  } finally {
    await stopServer(child);
  }
  await admin(db.url, 'vacuum analyze');
  return { dbUrl: db.url, dataDir, drop: db.drop, clerks };
}

/** A seeded database: copied from the kept template (BENCH_KEEP_SEED=1), or seeded now. */
async function seeded(pgAdminUrl: string, forms: number, reviewForms: number): Promise<Seeded> {
  if (process.env.BENCH_KEEP_SEED !== '1') return seed(pgAdminUrl, forms, reviewForms);
  const name = `dualkey_latency_seed_${forms}_${reviewForms}`;
  const keptDir = join(tmpdir(), name);
  const u = new URL(pgAdminUrl);
  const c = new pg.Client({ connectionString: pgAdminUrl });
  await c.connect();
  const exists = (await c.query('select 1 from pg_database where datname = $1', [name])).rows.length > 0;
  await c.end();
  if (!exists || !existsSync(join(keptDir, 'clerks.json'))) {
    const s = await seed(pgAdminUrl, forms, reviewForms);
    await admin(pgAdminUrl, `drop database if exists ${name} with (force)`);
    await admin(pgAdminUrl, `alter database ${new URL(s.dbUrl).pathname.slice(1)} rename to ${name}`);
    rmSync(keptDir, { recursive: true, force: true });
    cpSync(s.dataDir, keptDir, { recursive: true });
    rmSync(s.dataDir, { recursive: true, force: true });
    writeFileSync(join(keptDir, 'clerks.json'), JSON.stringify(s.clerks));
  }
  const copy = `dualkey_latency_${process.pid}_${Date.now().toString(36)}`;
  await admin(pgAdminUrl, `create database ${copy} template ${name}`);
  u.pathname = `/${copy}`;
  const dataDir = mkdtempSync(join(tmpdir(), 'dualkey-latency-'));
  cpSync(keptDir, dataDir, { recursive: true });
  return {
    dbUrl: u.toString(),
    dataDir,
    clerks: JSON.parse(readFileSync(join(keptDir, 'clerks.json'), 'utf8')),
    drop: () => admin(pgAdminUrl, `drop database if exists ${copy} with (force)`),
  };
}

async function withApp<T>(dbUrl: string, dataDir: string, fn: (app: Awaited<ReturnType<typeof createApp>>) => Promise<T>): Promise<T> {
  const app = await createApp(loadConfig({ DATA_DIR: dataDir, DATABASE_URL: dbUrl, SEED_DEMO: '0' } as NodeJS.ProcessEnv));
  try {
    return await fn(app);
  } finally {
    await app.close();
  }
}

function serverEnv(dbUrl: string, dataDir: string, workers: string): Record<string, string> {
  return { DATABASE_URL: dbUrl, DATA_DIR: dataDir, WORKERS: workers, NODE_ENV: 'production', KEYRING_FILE: join(dataDir, 'keyring.json'), AUTH_SECRET: readFileSync(join(dataDir, 'auth-secret'), 'utf8').trim() };
}

async function login(url: string, username: string): Promise<string> {
  const r = await post(url, null, `mutation($u:String!,$p:String!){ login(username:$u,password:$p){ token } }`, { u: username, p: PASSWORD });
  return r.login.token;
}

async function post(url: string, token: string | null, query: string, variables?: Record<string, unknown>): Promise<any> {
  const res = await postJson(`${url}/graphql`, { query, variables }, token);
  const body = res.body as { data?: any; errors?: { message: string; extensions?: { code?: string } }[] };
  if (body.errors) throw new Error(`latency: ${query.slice(0, 40)}: ${body.errors[0].extensions?.code ?? ''} ${body.errors[0].message}`);
  return body.data;
}

/** Waits until the background fold and sealer have nothing left (the seed's backlog is not the requests' cost). */
async function quiet(dbUrl: string): Promise<void> {
  const c = new pg.Client({ connectionString: dbUrl });
  await c.connect();
  try {
    for (let i = 0; i < 600; i++) {
      const { rows } = await c.query(`select (select count(*) from agg_pending)::int as a, (select count(*) from audit_event where seq is null)::int as s`);
      if (!rows[0].a && !rows[0].s) return;
      await new Promise((r) => setTimeout(r, 500));
    }
  } finally {
    await c.end();
  }
}

export async function benchLatency(pgAdminUrl: string, forms = 100_000, calls = 300): Promise<Row[]> {
  const s = await seeded(pgAdminUrl, forms, Math.max(REVIEW_FORMS, calls + WARMUP + 10));
  const { child, url } = await startServer(serverEnv(s.dbUrl, s.dataDir, '1'));
  const rows: Row[] = [];
  try {
    await quiet(s.dbUrl);
    const tok = { reviewer: await login(url, USERS.reviewer), consumer: await login(url, USERS.consumer), manager: await login(url, USERS.manager), s1: await login(url, STATIONS[0]), s2: await login(url, STATIONS[1]) };
    const at = new Date(Date.now() - 600_000).toISOString();
    let held: { id: string; discrepancies: { id: string }[] } | null = null;
    let submits = 0;
    let pending2: Record<string, unknown>[] = [];
    const submitCall = async () => {
      const n = submits++;
      const fresh = Array.from({ length: 5 }, (_, j) => {
        const formNumber = `S${n}-${j}`;
        return { idempotencyKey: `${SUBMIT_BATCH}/${formNumber}/1`, batchCode: SUBMIT_BATCH, formNumber, pass: 1, keyerCode: s.clerks[0], stationCode: 'LAT', startedAt: at, submittedAt: at, values: distinctPerson(50_000 + 5 * n + j) };
      });
      // Pass 2 of the previous call's forms through the other station; 1 in 5 disputed, as in the load bench.
      const keyings = [...fresh, ...pending2];
      pending2 = fresh.map((k, j) => ({ ...k, pass: 2, keyerCode: s.clerks[1], idempotencyKey: `${SUBMIT_BATCH}/${k.formNumber}/2`, values: { ...k.values, ...(j === 0 ? { phone: '0987654321' } : {}) } }));
      // Stations alternate by call, so a form's two passes always come through different accounts.
      const out = (await post(url, n % 2 ? tok.s2 : tok.s1, Q.submit, { k: keyings })).submitKeyings as { status: string; code: string | null }[];
      const bad = out.find((o) => o.status !== 'ACCEPTED');
      if (bad) throw new Error(`latency: a keying was ${bad.status} ${bad.code ?? ''}`);
    };
    const ops: [string, () => Promise<unknown>][] = [
      ['trivial', () => post(url, tok.consumer, Q.trivial)],
      [
        'claim',
        async () => {
          held = (await post(url, tok.reviewer, Q.claim)).claimNextTask;
          if (!held || held.discrepancies.length !== 3) throw new Error(`latency: claimed ${held ? `a task with ${held.discrepancies.length} discrepancies` : 'nothing'}`);
        },
      ],
      ['resolve', () => post(url, tok.reviewer, Q.resolve, { id: held!.id, r: held!.discrepancies.map((d) => ({ discrepancyId: d.id, choice: 'FIRST' })) })],
      ['records', () => post(url, tok.consumer, Q.records, { p: 1 + (Math.floor(Math.random() * 1000) % 20) })],
      ['keyerReport', () => post(url, tok.manager, Q.keyerReport)],
      ['submit', submitCall],
    ];
    // claim and resolve alternate (a reviewer's loop), timed separately.
    const samples: Record<string, number[]> = {};
    const cpu: Record<string, { server: number; db: number }> = {};
    const phase = async (names: string[], n: number, record: boolean) => {
      const c0 = cpuSeconds(child.pid!);
      const d0 = await backendCpu(s.dbUrl);
      for (let i = 0; i < n; i++) {
        for (const name of names) {
          const fn = ops.find(([k]) => k === name)![1];
          const t = performance.now();
          await fn();
          if (record) (samples[name] ??= []).push(performance.now() - t);
        }
      }
      if (record) {
        const server = ((cpuSeconds(child.pid!) - c0) / (n * names.length)) * 1000;
        const db = (backendCpuSpent(d0, await backendCpu(s.dbUrl)) / (n * names.length)) * 1000;
        for (const name of names) cpu[name] = { server, db };
      }
    };
    console.error(`latency: ${calls} calls per operation, one client...`);
    // BENCH_LATENCY_OPS=claim,submit runs only those groups (one profile per operation).
    const only = process.env.BENCH_LATENCY_OPS ? process.env.BENCH_LATENCY_OPS.split(',') : null;
    const groups = [['trivial'], ['claim', 'resolve'], ['records'], ['keyerReport'], ['submit']].filter((g) => !only || g.some((n) => only.includes(n)));
    await phase(['trivial'], SERVER_WARMUP, false);
    for (const group of groups) {
      await phase(group, WARMUP, false);
      await quiet(s.dbUrl);
      await phase(group, calls, true);
    }
    for (const [name] of ops) {
      if (!samples[name]) continue;
      const list = [...samples[name]].sort((a, b) => a - b);
      const c = cpu[name];
      const shared = name === 'claim' || name === 'resolve' ? ' (claim+resolve pairs: CPU is their mean)' : '';
      const note = `${list.length} calls; p99 target ${TARGET_MS[name]} ms; CPU per request: server ${c.server.toFixed(2)} ms${Number.isFinite(c.db) ? `, PostgreSQL ${c.db.toFixed(2)} ms` : ''}${shared}`;
      rows.push({ suite: 'latency', metric: `${LABEL[name]} p50`, database: 'postgresql', value: pct(list, 50), unit: 'ms', note });
      rows.push({ suite: 'latency', metric: `${LABEL[name]} p99`, database: 'postgresql', value: pct(list, 99), unit: 'ms', note: `${forms.toLocaleString('en-US')} forms in the database` });
    }
    return rows;
  } finally {
    await stopServer(child);
    rmSync(s.dataDir, { recursive: true, force: true });
    await s.drop();
  }
}

