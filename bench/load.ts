import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { defaultPoolMax, loadConfig } from '../server/src/config.js';
import { createApp } from '../server/src/app.js';
import { Batch, FormTemplate } from '../server/src/db/entities/index.js';
import { distinctPerson } from './people.js';
import { freshDatabase, INVARIANTS, ServerProcess, TEST_KEYRING_JSON } from '../tests/helpers/scale.js';
import { postJson } from '../tests/helpers/http-post.js';
import { backendCpu, backendCpuSpent, cpuSeconds, peakRssMB, type Row } from './lib.js';

/**
 * Mixed load over loopback: `clients` concurrent clients (closed loop, no think time) for
 * `seconds`, spread over `instances` server processes on one PostgreSQL (to the one with the fewest
 * requests outstanding, as a load balancer would). 40% stations submit small keying batches (a new form's pass 1 and the pass 2
 * of the forms of their previous call, 1 in 5 forms disputed), 30% reviewers claim and resolve,
 * 30% readers alternate the consumer's record list, the tasks list and two reports. Latency is
 * measured per request, client side (fetch to last byte). Afterwards the database is checked
 * against what the clients were told: every acknowledged keying and resolution stored once,
 * nothing else, no half-written form.
 */
const SECRET = 'load-test-shared-secret-0123456789abcdef-xyz';
const PASSWORD = 'amber river compass 0123456789';
const FORMS_PER_CALL = 5;
const BATCHES = 20;

export type Op = 'submit' | 'claim' | 'resolve' | 'records' | 'tasks' | 'areaReport' | 'keyerReport';

export interface LoadResult {
  seconds: number;
  clients: number;
  instances: number;
  pool: number;
  requests: number;
  latencies: Record<Op, number[]>;
  errors: Record<string, number>;
  acceptedKeyings: number;
  resolutions: number;
  /** Acknowledged writes missing from the database / stored more than once / stored without acknowledgement. */
  lost: number;
  doubled: number;
  unacknowledged: number;
  invariantViolations: string[];
  peakServerMB: number;
  /** The machine's 1-minute load average when the run started (other work skews the figures). */
  loadAverage: number;
  /** CPU per request during the run, all server processes / this database's PostgreSQL backends (ms). */
  serverCpuMs: number;
  dbCpuMs: number;
  /** CPU per request of this process, the load generator: it shares the machine's cores with the servers. */
  clientCpuMs: number;
  /** With `ab`: this checkout's servers, then the other's. */
  builds?: [BuildShare, BuildShare];
}

const Q = {
  submit: `mutation($k:[KeyingInput!]!){ submitKeyings(keyings:$k){ idempotencyKey status code } }`,
  claim: `mutation{ claimNextTask { id discrepancies { id } } }`,
  resolve: `mutation($id:ID!,$r:[ResolutionInput!]!){ resolveTask(id:$id,resolutions:$r){ id status } }`,
  records: `query($p:Int!){ verifiedRecords(page:$p, perPage:25){ total items { id verifiedAt values { key value } } } }`,
  tasks: `query{ correctionTasks(filter:{ status: OPEN }, perPage:25){ total items { id status discrepancyCount } } }`,
  areaReport: `query{ areaReport(level: BATCH, perPage: 25){ total items { batchCode done autoVerified } } }`,
  keyerReport: `query{ keyerReport(perPage: 25){ total items { keyerCode errorRate } } }`,
};

export function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}


interface Accounts {
  stations: string[];
  reviewers: string[];
  consumers: string[];
  managers: string[];
}

/** Accounts, batches, and a backlog of review tasks and records so every client has work from the first second. */
async function prepare(dbUrl: string, dataDir: string, clients: number): Promise<{ accounts: Accounts; tokens: Record<string, string>; backlog: number }> {
  const app = await createApp(loadConfig({ DATA_DIR: dataDir, DATABASE_URL: dbUrl, SEED_DEMO: '0', AUTH_SECRET: SECRET, DUALKEY_KEYRING: TEST_KEYRING_JSON } as NodeJS.ProcessEnv));
  try {
    const nStations = Math.max(1, Math.round(clients * 0.4));
    const nReviewers = Math.max(1, Math.round(clients * 0.3));
    const nReaders = Math.max(2, clients - nStations - nReviewers);
    const accounts: Accounts = {
      // Stations and readers share a few accounts (rate limiting is off for the run); reviewers each
      // need their own (a reviewer holds one task at a time).
      // At least two: a form's second pass comes through another station than its first.
      stations: Array.from({ length: Math.max(2, Math.min(nStations, 10)) }, (_, i) => `load-station-${i}`),
      reviewers: Array.from({ length: nReviewers }, (_, i) => `load-reviewer-${i}`),
      consumers: Array.from({ length: Math.min(Math.ceil(nReaders / 2), 5) }, (_, i) => `load-consumer-${i}`),
      managers: Array.from({ length: Math.min(Math.floor(nReaders / 2) || 1, 5) }, (_, i) => `load-manager-${i}`),
    };
    const em = app.orm.em.fork();
    const roles: [string[], 'STATION' | 'REVIEWER' | 'CONSUMER' | 'MANAGER'][] = [
      [accounts.stations, 'STATION'],
      [accounts.reviewers, 'REVIEWER'],
      [accounts.consumers, 'CONSUMER'],
      [accounts.managers, 'MANAGER'],
    ];
    const tokens: Record<string, string> = {};
    for (const [names, role] of roles) {
      for (const username of names) {
        await app.services.auth.createUser({ em, actor: null }, { username, password: PASSWORD, role, displayName: username });
        tokens[username] = (await app.services.auth.login({ em: app.orm.em.fork(), actor: null }, username, PASSWORD)).token;
      }
    }
    // The clerk codes the stations name are registered, as they must be.
    const codes = ['KT1', 'KT2', ...Array.from({ length: 50 }, (_, i) => [`KA${i}`, `KB${i}`]).flat()];
    await app.services.auth.registerClerks({ em, actor: null }, codes.map((c) => ({ keyerCode: c, displayName: `Clerk ${c}` })));
    const template = await em.findOneOrFail(FormTemplate, { code: 'dc01' });
    for (let b = 0; b < BATCHES; b++) em.create(Batch, { code: `LD${b}`, template, provinceCode: String(1 + (b % 5)).padStart(3, '0'), district: `D${b % 4}`, commune: `C${b}`, status: 'OPEN', createdAt: new Date() });
    await em.flush();
    // Backlog: two review tasks per reviewer and as many auto-verified records.
    const backlog = nReviewers * 2;
    const at = new Date(Date.now() - 3600_000);
    const ks = [];
    for (let i = 0; i < backlog * 2; i++) {
      const base = { batchCode: `LD${i % BATCHES}`, formNumber: `P${i}`, stationCode: 'ST', startedAt: at, submittedAt: at };
      ks.push({ ...base, idempotencyKey: `pre/${i}/1`, pass: 1, keyerCode: 'KT1', values: distinctPerson(i) });
      ks.push({ ...base, idempotencyKey: `pre/${i}/2`, pass: 2, keyerCode: 'KT2', values: i % 2 ? distinctPerson(i) : distinctPerson(i, { phone: '0912345679' }) });
    }
    const stationActors = await Promise.all(accounts.stations.slice(0, 2).map((u) => app.services.auth.authenticate({ em: app.orm.em.fork(), actor: null }, tokens[u])));
    for (const pass of [1, 2]) {
      const mine = ks.filter((k) => k.pass === pass);
      for (let i = 0; i < mine.length; i += 500) {
        const out = await app.services.ingest.submit({ em: app.orm.em.fork(), actor: stationActors[pass - 1] }, mine.slice(i, i + 500));
        if (out.some((o) => o.status !== 'ACCEPTED')) throw new Error('load setup: a keying was not accepted');
      }
    }
    return { accounts, tokens, backlog };
  } finally {
    await app.close();
  }
}

export interface LoadOptions {
  seconds: number;
  clients: number;
  /** Server processes (default 2). */
  instances?: number;
  /** Connections per server process (default: what each worker of WORKERS=<instances> takes, config.ts defaultPoolMax). */
  pool?: number;
  /** Seconds of the same load first, not measured (default 0). */
  warmup?: number;
  /** A file for one line per measured request: operation, start (Unix s), latency (ms), server index. */
  trace?: string;
  /**
   * A second checkout: the odd-numbered server processes run from it. Both builds then serve the
   * same clients on the same machine at the same moments, so its phase (which moved whole runs by
   * a third here) falls on both alike; each build's CPU per request is the figure to compare.
   */
  ab?: string;
}

/** One build's share of an A/B run (`ab`). */
export interface BuildShare {
  label: string;
  requests: number;
  latencies: number[];
  serverCpuMs: number;
}

export async function runLoad(pgAdminUrl: string, { seconds, clients, instances = 2, pool = defaultPoolMax(instances), warmup = 0, trace, ab }: LoadOptions): Promise<LoadResult> {
  if (ab && instances < 2) throw new Error('an A/B run needs at least two server processes (one per build)');
  const db = await freshDatabase(pgAdminUrl, 'dualkey_load');
  const dataDir = mkdtempSync(join(tmpdir(), 'dualkey-load-'));
  const servers: ServerProcess[] = [];
  try {
    console.error(`load: preparing ${clients} clients...`);
    const { accounts, tokens, backlog } = await prepare(db.url, dataDir, clients);
    // Each process is one worker of WORKERS=<instances>: its pool is that worker's share. In
    // production mode, as deployed (graphql-js drops its development checks).
    const env = { NODE_ENV: 'production', DATABASE_URL: db.url, DATA_DIR: dataDir, AUTH_SECRET: SECRET, RATE_LIMIT_PER_MINUTE: '0', DATABASE_POOL_MAX: String(pool) };
    const buildOf = (i: number) => (ab ? i % 2 : 0);
    for (let i = 0; i < instances; i++) servers.push(await ServerProcess.start(env, undefined, buildOf(i) === 1 ? ab : undefined));
    const urls = servers.map((s) => s.url);

    const latencies: Record<Op, number[]> = { submit: [], claim: [], resolve: [], records: [], tasks: [], areaReport: [], keyerReport: [] };
    const errors: Record<string, number> = {};
    const acked = new Set<string>();
    const sentUnanswered = new Set<string>();
    const resolvedIds = new Set<string>();
    let requests = 0;
    const byServer = servers.map(() => [] as number[]);
    let rr = 0;
    const traced: string[] = [];
    // The first `warmup` seconds run the same load unmeasured: a new process spends them compiling
    // its hot paths (V8's optimizing compiler was ~15% of the servers' CPU in the first 20 s; 137-144
    // requests/s measured after 15 s, 155-163 after 40-45 s), and a server in service has long
    // passed them. Writes of the warm-up are checked like the rest.
    let measuring = warmup === 0;
    const deadline = performance.now() + (warmup + seconds) * 1000;
    const live = () => performance.now() < deadline;

    // Least outstanding requests, ties in turn (a load balancer's least_conn): with strict turns,
    // a closed loop splits its clients between saturated servers by chance, not by their speed,
    // and the run measured whichever server had drifted to the longer queue.
    const outstanding = urls.map(() => 0);
    const pick = () => {
      let best = rr++ % urls.length;
      for (let j = 0; j < urls.length; j++) if (outstanding[j] < outstanding[best]) best = j;
      return best;
    };
    const call = async (op: Op, token: string, variables?: Record<string, unknown>): Promise<any | null> => {
      const server = pick();
      const url = urls[server];
      outstanding[server]++;
      const t0 = performance.now();
      try {
        const res = await postJson(url, { query: Q[op], variables }, token).finally(() => outstanding[server]--);
        const body = res.body as { data?: any; errors?: { extensions?: { code?: string } }[] };
        if (measuring) {
          const ms = performance.now() - t0;
          if (trace) traced.push(`${op} ${((t0 + performance.timeOrigin) / 1000).toFixed(3)} ${ms.toFixed(1)} ${server}`);
          latencies[op].push(ms);
          byServer[server].push(ms);
          requests++;
        }
        if (res.status !== 200 || body.errors) {
          const key = `${op}: ${res.status} ${body.errors?.[0]?.extensions?.code ?? ''}`.trim();
          errors[key] = (errors[key] ?? 0) + 1;
          return null;
        }
        return body.data;
      } catch (e) {
        const key = `${op}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).name}${measuring ? '' : ' (warm-up)'}`;
        errors[key] = (errors[key] ?? 0) + 1;
        return null;
      }
    };

    // Second passes wait for a client of the next station account: one credential never keys both passes.
    const pass2Queues: Record<string, unknown>[][] = accounts.stations.map(() => []);
    // People after the backlog's: no form of the run shares a household with another.
    let nextPerson = backlog * 2;
    const station = async (i: number) => {
      const account = i % accounts.stations.length;
      const token = tokens[accounts.stations[account]];
      const at = new Date(Date.now() - 600_000).toISOString();
      let n = 0;
      while (live()) {
        const pass2 = pass2Queues[account].splice(0, FORMS_PER_CALL);
        const batchCode = `LD${(i + n) % BATCHES}`;
        // Each form its own person and household, as on a real floor (identical forms would all share household keys).
        const first = nextPerson;
        nextPerson += FORMS_PER_CALL;
        const fresh = Array.from({ length: FORMS_PER_CALL }, (_, j) => {
          const formNumber = `S${i}-${n}-${j}`;
          const k = { batchCode, formNumber, stationCode: `ST${i}`, startedAt: at, submittedAt: at, pass: 1, keyerCode: `KA${i % 50}`, idempotencyKey: `${formNumber}/1`, values: distinctPerson(first + j) };
          return k;
        });
        const keyings = [...fresh, ...pass2];
        const data = await call('submit', token, { k: keyings });
        if (data) {
          for (const o of data.submitKeyings as { idempotencyKey: string; status: string; code: string | null }[]) {
            if (o.status === 'ACCEPTED') acked.add(o.idempotencyKey);
            else errors[`submit outcome: ${o.status} ${o.code ?? ''}`] = (errors[`submit outcome: ${o.status} ${o.code ?? ''}`] ?? 0) + 1;
          }
        } else for (const k of keyings) sentUnanswered.add(k.idempotencyKey as string);
        // The second pass of these forms, 1 in 5 with a different phone number, through the next station account.
        pass2Queues[(account + 1) % accounts.stations.length].push(...fresh.map((k, j) => ({ ...k, pass: 2, keyerCode: `KB${i % 50}`, idempotencyKey: `${k.formNumber}/2`, values: (n + j) % 5 === 0 ? distinctPerson(first + j, { phone: '0987654321' }) : k.values })));
        n++;
      }
    };

    const reviewer = async (i: number) => {
      const token = tokens[accounts.reviewers[i]];
      while (live()) {
        const c = await call('claim', token);
        const task = c?.claimNextTask;
        if (!task) {
          // Queue empty for the moment: stations will fill it.
          await new Promise((r) => setTimeout(r, 20));
          continue;
        }
        const r = await call('resolve', token, { id: task.id, r: task.discrepancies.map((d: { id: string }) => ({ discrepancyId: d.id, choice: 'FIRST' })) });
        if (r?.resolveTask?.status === 'RESOLVED') resolvedIds.add(task.id);
      }
    };

    const reader = async (i: number) => {
      const consumer = tokens[accounts.consumers[i % accounts.consumers.length]];
      const manager = tokens[accounts.managers[i % accounts.managers.length]];
      for (let n = i; live(); n++) {
        const op = (['records', 'tasks', 'areaReport', 'keyerReport'] as const)[n % 4];
        if (op === 'records') await call('records', consumer, { p: 1 + (n % 3) });
        else await call(op, manager);
      }
    };

    const nStations = Math.max(1, Math.round(clients * 0.4));
    const nReviewers = accounts.reviewers.length;
    const nReaders = Math.max(0, clients - nStations - nReviewers);
    console.error(`load: ${clients} clients (${nStations} stations, ${nReviewers} reviewers, ${nReaders} readers) on ${instances} server process(es) for ${warmup ? `${warmup} s of warm-up, then ` : ''}${seconds} s...`);
    const loadAverage = loadavg()[0];
    // CPU seconds of each server process so far (the A/B shares add up some of them).
    const eachCpu = () => servers.map((x) => cpuSeconds(x.child!.pid!));
    const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
    let each0 = eachCpu();
    let db0 = await backendCpu(db.url);
    let client0 = process.cpuUsage();
    let t0 = performance.now();
    const measured = new Promise<void>((resolve) =>
      setTimeout(async () => {
        each0 = eachCpu();
        client0 = process.cpuUsage();
        t0 = performance.now();
        measuring = true;
        db0 = await backendCpu(db.url);
        resolve();
      }, warmup * 1000),
    );
    await Promise.all([
      measured,
      ...Array.from({ length: nStations }, (_, i) => station(i)),
      ...Array.from({ length: nReviewers }, (_, i) => reviewer(i)),
      ...Array.from({ length: nReaders }, (_, i) => reader(i)),
    ]);
    const elapsed = (performance.now() - t0) / 1000;
    const clientUsage = process.cpuUsage(client0);
    const clientCpuMs = (clientUsage.user + clientUsage.system) / 1000 / Math.max(1, requests);
    const each1 = eachCpu();
    const serverCpuMs = ((sum(each1) - sum(each0)) / Math.max(1, requests)) * 1000;
    const share = (build: number, label: string): BuildShare => {
      const idx = servers.map((_, i) => i).filter((i) => buildOf(i) === build);
      const n = sum(idx.map((i) => byServer[i].length));
      const cpu = sum(idx.map((i) => each1[i] - each0[i]));
      return { label, requests: n, latencies: idx.flatMap((i) => byServer[i]), serverCpuMs: (cpu / Math.max(1, n)) * 1000 };
    };
    const builds: [BuildShare, BuildShare] | undefined = ab ? [share(0, process.env.BENCH_SERVER_DIR || 'this checkout'), share(1, ab)] : undefined;
    const dbCpuMs = (backendCpuSpent(db0, await backendCpu(db.url)) / Math.max(1, requests)) * 1000;
    const peakServerMB = Math.max(...servers.map((s) => peakRssMB(s.child!.pid!)));

    // What the database holds against what the clients were told.
    const c = new pg.Client({ connectionString: db.url });
    await c.connect();
    let lost = 0;
    let doubled = 0;
    let unacknowledged = 0;
    const invariantViolations: string[] = [];
    try {
      const stored = (await c.query(`select idempotency_key, count(*)::int as n from keying where idempotency_key not like 'pre/%' group by idempotency_key`)).rows as { idempotency_key: string; n: number }[];
      const storedKeys = new Map(stored.map((r) => [r.idempotency_key, r.n]));
      for (const k of acked) if (!storedKeys.has(k)) lost++;
      for (const [k, n] of storedKeys) {
        if (n > 1) doubled++;
        // Stored without an acknowledgement is only acceptable for a request whose answer never came.
        if (!acked.has(k) && !sentUnanswered.has(k)) unacknowledged++;
      }
      const resolved = (await c.query(`select t.id::text as id, (select count(*)::int from verified_record r where r.form_id = t.form_id) as records, (select count(*)::int from audit_event a where a.action = 'task.resolve' and a.entity_id = t.id) as audits from correction_task t where t.status = 'RESOLVED'`)).rows as { id: string; records: number; audits: number }[];
      const resolvedInDb = new Set(resolved.map((r) => r.id));
      for (const id of resolvedIds) if (!resolvedInDb.has(id)) lost++;
      for (const r of resolved) {
        if (r.records !== 1 || r.audits !== 1) doubled++;
        if (!resolvedIds.has(r.id)) unacknowledged++;
      }
      for (const [name, sql] of Object.entries(INVARIANTS)) {
        const rows = (await c.query(sql)).rows;
        if (rows.length) invariantViolations.push(`${name}: ${rows.length}`);
      }
    } finally {
      await c.end();
    }
    if (trace) writeFileSync(trace, traced.join('\n') + '\n');
    console.error(`load: backlog ${backlog} tasks; done in ${elapsed.toFixed(1)} s`);
    return { seconds: elapsed, clients, instances, pool, requests, latencies, errors, acceptedKeyings: acked.size, resolutions: resolvedIds.size, lost, doubled, unacknowledged, invariantViolations, peakServerMB, loadAverage, serverCpuMs, dbCpuMs, clientCpuMs, builds };
  } finally {
    for (const s of servers) await s.stop();
    await db.drop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/** `npm run bench -- --only load`: the mixed-load rows (bench/run.ts: 60 s, 200 clients, a server process per core). */
export async function benchLoad(pgAdminUrl: string, opts: LoadOptions & { warmup: number }): Promise<Row[]> {
  const warmup = opts.warmup;
  const r = await runLoad(pgAdminUrl, opts);
  const all = Object.values(r.latencies).flat().sort((a, b) => a - b);
  const errors = Object.values(r.errors).reduce((a, b) => a + b, 0);
  if (errors) console.error(`load: errors ${JSON.stringify(r.errors)}`);
  if (r.lost || r.doubled || r.unacknowledged || r.invariantViolations.length) {
    console.error(`load: WRONG STATE lost=${r.lost} doubled=${r.doubled} unacknowledged=${r.unacknowledged} ${r.invariantViolations.join('; ')}`);
  }
  const note = `${r.clients} clients, ${r.instances} servers x ${r.pool} connections, ${Math.round(r.seconds)} s after ${warmup} s of warm-up, loopback, load avg ${r.loadAverage.toFixed(1)} at start`;
  const rows: Row[] = [
    { suite: 'load', metric: 'requests (mixed)', database: 'postgresql', value: r.requests / r.seconds, unit: 'req/s', peakMemoryMB: r.peakServerMB, note },
    // Mixed requests run at once, so CPU cannot be split by operation here: the latency suite does that.
    { suite: 'load', metric: 'CPU per request (mixed)', database: 'postgresql', value: r.serverCpuMs, unit: 'ms', note: `server processes; PostgreSQL backends ${Number.isFinite(r.dbCpuMs) ? `${r.dbCpuMs.toFixed(2)} ms` : 'not on this machine'}; load generator ${r.clientCpuMs.toFixed(2)} ms; per operation: npm run bench -- --only latency` },
    { suite: 'load', metric: 'keyings accepted', database: 'postgresql', value: r.acceptedKeyings / r.seconds, unit: 'keyings/s', note: `${r.acceptedKeyings.toLocaleString('en-US')} keyings, ${FORMS_PER_CALL * 2}/call` },
    { suite: 'load', metric: 'tasks resolved', database: 'postgresql', value: r.resolutions / r.seconds, unit: 'tasks/s', note: `${r.resolutions.toLocaleString('en-US')} resolutions` },
    { suite: 'load', metric: 'latency p50, all requests', database: 'postgresql', value: percentile(all, 50), unit: 'ms', note },
    { suite: 'load', metric: 'latency p99, all requests', database: 'postgresql', value: percentile(all, 99), unit: 'ms', note },
  ];
  for (const [op, list] of Object.entries(r.latencies)) {
    const s = [...list].sort((a, b) => a - b);
    rows.push({ suite: 'load', metric: `latency p99, ${op}`, database: 'postgresql', value: percentile(s, 99), unit: 'ms', note: `p50 ${percentile(s, 50).toFixed(1)} ms, max ${s.length ? s[s.length - 1].toFixed(0) : '-'} ms, ${s.length.toLocaleString('en-US')} requests` });
  }
  for (const b of r.builds ?? []) {
    const s = [...b.latencies].sort((x, y) => x - y);
    const where = `A/B, ${b.label}`;
    rows.push({ suite: 'load', metric: `${where}: requests`, database: 'postgresql', value: b.requests / r.seconds, unit: 'req/s', note: `${b.requests.toLocaleString('en-US')} requests; p50 ${percentile(s, 50).toFixed(0)} ms, p99 ${percentile(s, 99).toFixed(0)} ms` });
    rows.push({ suite: 'load', metric: `${where}: server CPU per request`, database: 'postgresql', value: b.serverCpuMs, unit: 'ms', note: 'the two builds ran side by side: compare these, not whole runs' });
  }
  rows.push({ suite: 'load', metric: 'errors', database: 'postgresql', value: errors, unit: 'requests', note: errors ? JSON.stringify(r.errors).slice(0, 120) : 'none' });
  rows.push({ suite: 'load', metric: 'lost + doubled writes', database: 'postgresql', value: r.lost + r.doubled + r.unacknowledged, unit: 'writes', note: `lost ${r.lost}, doubled ${r.doubled}, unacknowledged ${r.unacknowledged}; invariants ${r.invariantViolations.length ? r.invariantViolations.join('; ') : 'hold'}` });
  return rows;
}
