import '../server/src/db/sync-context.js';
import 'reflect-metadata';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { availableParallelism } from 'node:os';
import pg from 'pg';
import { benchIngest } from './ingest.js';
import { benchReview } from './review.js';
import { benchReports } from './reports.js';
import { benchComparator, benchCompareCli } from './compare.js';
import { benchScaling } from './scaling.js';
import { benchLoad } from './load.js';
import { benchLatency } from './latency.js';
import { benchSync } from './sync.js';
import { benchKeying } from './keying.js';
import { machine, printTable, type Row } from './lib.js';
import { intOption, runCommand, UsageError } from '../server/src/cli/args.js';
import { defaultPoolMax } from '../server/src/config.js';

const SUITES = ['ingest', 'comparator', 'compare', 'review', 'reports', 'scaling', 'load', 'latency', 'sync', 'keying'] as const;
const USAGE = `usage: npm run bench [-- options]

Runs the benchmarks and prints one table; also written to bench-results/<time>.json. PostgreSQL
rows use BENCH_PG_URL or TEST_PG_URL (default postgresql://postgres@127.0.0.1:5432/postgres).

options:
  --only LIST            comma-separated suites: ${SUITES.join(', ')} (default all)
  --forms N              ingest: forms (each keyed twice), default 50000
  --sqlite yes|no        ingest: include SQLite (default yes)
  --pairs N              comparator: form pairs, default 1000000
  --compare-rows N       compare CLI: rows, default 1000000
  --review-tasks N       review: tasks, default 2000
  --report-forms N       reports: forms, default 1000000
  --scaling-sizes LIST   scaling: comma-separated form counts, default 10000,100000,1000000
  --load-seconds N       load: seconds measured, default 60
  --load-warmup N        load: seconds of the same load first, not measured, default 45 (0: none)
  --load-clients N       load: clients, default 200
  --load-instances N     load: server processes, default one per core (as WORKERS=auto)
  --load-pool N          load: connections per server process, default what each worker of
                         WORKERS=<instances> takes (server/src/config.ts defaultPoolMax)
  --load-trace FILE      load: also write each measured request to FILE, one line each:
                         operation, start (Unix seconds), latency (ms), server index
  --load-ab DIR          load: every other server process runs from the checkout DIR (a git
                         worktree with node_modules), side by side with this one under the same
                         clients; prints each build's requests/s, p50/p99 and server CPU per
                         request (the machine's phase then falls on both builds alike);
                         run an A/A control too (DIR at this commit): the first process has
                         served ~4% more requests at ~4% less CPU each with identical code
  --latency-forms N      latency: forms in the database, default 100000
  --latency-calls N      latency: timed calls per operation, default 300
  --sync-records N       sync: verified records read by cursor, default 1000000
  --keying-forms N       keying: scanned forms to key (each twice), default 1000
  --keying-clerks N      keying: clerks keying at once, default 50
  --keying-think-ms N    keying: average time a clerk spends on a form, default 2000
  -h, --help             this text (runs nothing)
`;

const OPTIONS = {
  only: { type: 'string' },
  forms: { type: 'string' },
  sqlite: { type: 'string' },
  pairs: { type: 'string' },
  'compare-rows': { type: 'string' },
  'review-tasks': { type: 'string' },
  'report-forms': { type: 'string' },
  'scaling-sizes': { type: 'string' },
  'load-seconds': { type: 'string' },
  'load-warmup': { type: 'string' },
  'load-clients': { type: 'string' },
  'load-instances': { type: 'string' },
  'load-pool': { type: 'string' },
  'load-trace': { type: 'string' },
  'load-ab': { type: 'string' },
  'latency-forms': { type: 'string' },
  'latency-calls': { type: 'string' },
  'sync-records': { type: 'string' },
  'keying-forms': { type: 'string' },
  'keying-clerks': { type: 'string' },
  'keying-think-ms': { type: 'string' },
} as const;

/**
 * `npm run bench [-- --forms N --only ingest]`: every benchmark row in one table, also written
 * to bench-results/<timestamp>.json so runs can be compared.
 */
async function main(): Promise<number> {
  const io = { stdout: process.stdout, stderr: process.stderr };
  return runCommand(process.argv.slice(2), io, { usage: USAGE, options: OPTIONS }, (v) => run(v));
}

async function run(v: { [K in keyof typeof OPTIONS]?: string }): Promise<number> {
  const int = (name: keyof typeof OPTIONS, dflt: number, min = 1) => intOption(name, v[name], dflt, min);
  const only = v.only ?? '';
  for (const s of only ? only.split(',') : []) if (!(SUITES as readonly string[]).includes(s)) throw new UsageError(`--only: unknown suite '${s}'; the suites are ${SUITES.join(', ')}`);
  if (v.sqlite !== undefined && v.sqlite !== 'yes' && v.sqlite !== 'no') throw new UsageError('--sqlite must be yes or no');
  const sizes = (v['scaling-sizes'] ?? '10000,100000,1000000').split(',').map(Number);
  if (sizes.some((n) => !Number.isInteger(n) || n < 1)) throw new UsageError('--scaling-sizes must be a comma-separated list of form counts');
  const forms = int('forms', 50000);
  const pairs = int('pairs', 1_000_000), compareRows = int('compare-rows', 1_000_000), reviewTasks = int('review-tasks', 2000), reportForms = int('report-forms', 1_000_000);
  const loadSeconds = int('load-seconds', 60), loadClients = int('load-clients', 200), loadInstances = int('load-instances', availableParallelism());
  const loadPool = int('load-pool', defaultPoolMax(loadInstances));
  const loadWarmup = int('load-warmup', 45, 0);
  const loadAb = v['load-ab'];
  if (loadAb !== undefined && !existsSync(join(loadAb, 'server', 'src', 'main.ts'))) throw new UsageError(`--load-ab: ${loadAb} is not a dualkey checkout (no server/src/main.ts)`);
  if (loadAb !== undefined && loadInstances < 2) throw new UsageError('--load-ab needs --load-instances of at least 2 (one server process per build)');
  const latencyForms = int('latency-forms', 100_000), latencyCalls = int('latency-calls', 300);
  const pgUrl = process.env.BENCH_PG_URL || process.env.TEST_PG_URL || 'postgresql://postgres@127.0.0.1:5432/postgres';
  let pgAdminUrl: string | null = pgUrl;
  try {
    const c = new pg.Client({ connectionString: pgUrl, connectionTimeoutMillis: 3000 });
    await c.connect();
    await c.end();
  } catch {
    console.error(`PostgreSQL unreachable at ${pgUrl}: PostgreSQL rows skipped`);
    pgAdminUrl = null;
  }
  const want = (suite: string) => !only || only.split(',').includes(suite);
  const rows: Row[] = [];
  if (want('ingest')) rows.push(...(await benchIngest({ forms, perRequest: 500, pgAdminUrl, sqlite: v.sqlite !== 'no' })));
  if (want('comparator')) rows.push(...(await benchComparator(pairs)));
  if (want('compare')) rows.push(...(await benchCompareCli(compareRows)));
  if (want('review') && pgAdminUrl) rows.push(...(await benchReview(pgAdminUrl, reviewTasks, 50)));
  if (want('reports') && pgAdminUrl) rows.push(...(await benchReports(reportForms, pgAdminUrl)));
  if (want('scaling') && pgAdminUrl) rows.push(...(await benchScaling(pgAdminUrl, sizes)));
  if (want('load') && pgAdminUrl) rows.push(...(await benchLoad(pgAdminUrl, { seconds: loadSeconds, clients: loadClients, instances: loadInstances, pool: loadPool, warmup: loadWarmup, trace: v['load-trace'], ab: loadAb })));
  if (want('latency') && pgAdminUrl) rows.push(...(await benchLatency(pgAdminUrl, latencyForms, latencyCalls)));
  if (want('sync') && pgAdminUrl) rows.push(...(await benchSync(pgAdminUrl, int('sync-records', 1_000_000))));
  if (want('keying') && pgAdminUrl) rows.push(...(await benchKeying(pgAdminUrl, int('keying-forms', 1000), int('keying-clerks', 50), int('keying-think-ms', 2000, 0))));
  printTable(rows);
  mkdirSync('bench-results', { recursive: true });
  const file = `bench-results/${new Date().toISOString().replace(/[:.]/g, '-')}.json`;
  writeFileSync(file, JSON.stringify({ at: new Date().toISOString(), machine: machine(), rows }, null, 2));
  console.log(`\nwritten to ${file}`);
  return 0;
}

main().then(
  (code) => process.exit(code),
  (e) => {
    console.error(e);
    process.exit(1);
  },
);
