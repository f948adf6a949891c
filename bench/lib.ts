import { spawn, type ChildProcess } from 'node:child_process';
import { cpus, totalmem } from 'node:os';
import { readdirSync, readFileSync } from 'node:fs';
import pg from 'pg';
import { serverArgv } from '../tests/helpers/server-args.js';

export interface Row {
  suite: string;
  metric: string;
  database: string;
  value: number;
  unit: string;
  ceiling?: number;
  ratio?: number;
  peakMemoryMB?: number;
  note?: string;
}

export function machine() {
  return { cores: cpus().length, cpu: cpus()[0]?.model ?? '?', memoryGB: Math.round(totalmem() / 2 ** 30), node: process.version };
}

export function printTable(rows: Row[]): void {
  const m = machine();
  console.log(`\nmachine: ${m.cores} cores (${m.cpu}), ${m.memoryGB} GB, Node ${m.node}\n`);
  const head = ['suite', 'metric', 'database', 'value', 'unit', 'ceiling', 'ratio', 'peak MB', 'note'];
  const body = rows.map((r) => [
    r.suite,
    r.metric,
    r.database,
    fmt(r.value),
    r.unit,
    r.ceiling !== undefined ? fmt(r.ceiling) : '',
    r.ratio !== undefined ? r.ratio.toFixed(2) : '',
    r.peakMemoryMB !== undefined ? String(Math.round(r.peakMemoryMB)) : '',
    r.note ?? '',
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => b[i].length)));
  const line = (cells: string[]) => '| ' + cells.map((c, i) => c.padEnd(widths[i])).join(' | ') + ' |';
  console.log(line(head));
  console.log('|' + widths.map((w) => '-'.repeat(w + 2)).join('|') + '|');
  for (const b of body) console.log(line(b));
}

function fmt(n: number): string {
  return n >= 100 ? Math.round(n).toLocaleString('en-US') : n.toFixed(2);
}

/** Child processes of a process (the workers of WORKERS > 1), from /proc; none on kernels without the file. */
function childPids(pid: number): number[] {
  try {
    return readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number);
  } catch {
    return [];
  }
}

/** A process's name and CPU clock ticks (user + system) from /proc/<pid>/stat, or null once it has exited. */
function procStat(pid: number | string): { comm: string; ticks: number } | null {
  try {
    const s = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const f = s.slice(s.lastIndexOf(')') + 2).split(' ');
    return { comm: s.slice(s.indexOf('(') + 1, s.lastIndexOf(')')), ticks: Number(f[11]) + Number(f[12]) };
  } catch {
    return null;
  }
}

/** USER_HZ: clock ticks per second in /proc on Linux. */
const TICKS_PER_SECOND = 100;

/**
 * Peak resident memory (VmHWM) of a process and its children (the workers of WORKERS > 1), in MB,
 * from /proc: the sum of each process's own peak, an upper bound of the peak of the whole.
 */
export function peakRssMB(pid: number): number {
  const s = readFileSync(`/proc/${pid}/status`, 'utf8');
  const m = /VmHWM:\s+(\d+) kB/.exec(s);
  if (!m) return NaN;
  return Number(m[1]) / 1024 + childPids(pid).reduce((n, c) => n + (peakRssMB(c) || 0), 0);
}

export async function startServer(env: Record<string, string>): Promise<{ child: ChildProcess; url: string }> {
  // A randomly chosen port can be taken (another test, a client socket): try a few.
  for (let attempt = 1; ; attempt++) {
    try {
      return await startServerOnce(env);
    } catch (e) {
      if (attempt >= 5 || !(e instanceof ServerExited)) throw e;
    }
  }
}

class ServerExited extends Error {}

async function startServerOnce(env: Record<string, string>): Promise<{ child: ChildProcess; url: string }> {
  // Below Linux's ephemeral range (32768+), so no outgoing connection holds it.
  const port = String(10000 + Math.floor(Math.random() * 22000));
  const child = spawn(process.execPath, serverArgv(), {
    // Benchmarks and load tests drive one account hard on purpose: no per-user rate limit.
    env: { ...process.env, PORT: port, LOG_LEVEL: 'warn', SEED_DEMO: '0', RATE_LIMIT_PER_MINUTE: '0', ...env },
    stdio: ['ignore', 'ignore', 'inherit'],
    // Another checkout's server (A/B runs of two builds from one bench): BENCH_SERVER_DIR.
    cwd: process.env.BENCH_SERVER_DIR || undefined,
  });
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 300; i++) {
    try {
      const r = await fetch(`${url}/healthz`);
      if (r.ok) return { child, url };
    } catch {
      /* not up yet */
    }
    if (child.exitCode !== null) throw new ServerExited(`server exited during start (port ${port})`);
    await new Promise((r) => setTimeout(r, 200));
  }
  child.kill('SIGKILL');
  throw new Error('server did not start');
}

export async function stopServer(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const done = new Promise((r) => child.once('exit', r));
  child.kill('SIGTERM');
  await done;
}

/** CPU seconds (user + system) a process and its children (the workers) have used so far, from /proc. */
export function cpuSeconds(pid: number): number {
  return [pid, ...childPids(pid)].reduce((n, p) => n + (procStat(p)?.ticks ?? 0), 0) / TICKS_PER_SECOND;
}

/**
 * CPU seconds used so far by the local PostgreSQL's processes (comm "postgres"), or NaN when the
 * server is not on this machine. Backends that exit in between are not counted: measure across
 * a span in which the server under test keeps its connections.
 */
export function postgresCpuSeconds(): number {
  let sum = 0;
  let found = false;
  for (const p of readdirSync('/proc')) {
    if (!/^\d+$/.test(p)) continue;
    const st = procStat(p);
    if (st?.comm !== 'postgres') continue;
    sum += st.ticks;
    found = true;
  }
  return found ? sum / TICKS_PER_SECOND : NaN;
}

/**
 * CPU seconds so far of each PostgreSQL backend serving the database of `dbUrl` (pg_stat_activity,
 * this snapshot's own connection left out): unlike postgresCpuSeconds, other databases' work on a
 * shared machine is not counted. Compare two snapshots with backendCpuSpent.
 */
export async function backendCpu(dbUrl: string): Promise<Map<number, number>> {
  const c = new pg.Client({ connectionString: dbUrl });
  await c.connect();
  try {
    const { rows } = await c.query<{ pid: number }>('select pid from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid()');
    const out = new Map<number, number>();
    for (const { pid } of rows) {
      const st = procStat(pid);
      if (st) out.set(pid, st.ticks / TICKS_PER_SECOND);
    }
    return out;
  } finally {
    await c.end();
  }
}

/** CPU seconds the backends spent between two snapshots (NaN when PostgreSQL is not on this machine). */
export function backendCpuSpent(before: Map<number, number>, after: Map<number, number>): number {
  if (!after.size) return NaN;
  let sum = 0;
  for (const [pid, s] of after) sum += s - (before.get(pid) ?? 0);
  return sum;
}
