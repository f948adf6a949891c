import { readFileSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import pg from 'pg';
import { createTestDatabase } from '../helpers/test-app.js';
import { LOAD_SECRET, prepareReviewLoad, reviewLoop } from '../helpers/review-load.js';
import { startServer, stopServer } from '../../bench/lib.js';

const TASKS = 200;
const REVIEWERS = 6;

/** Worker processes of the server started with WORKERS > 1 (children of its primary). */
function workerPids(pid: number): number[] {
  return readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number);
}

/** A GET on a fresh connection: the cluster hands each new connection to the next worker. */
function getFresh(url: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request(url, { agent: false, headers: { connection: 'close' }, timeout: 10_000 }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode ?? 0));
    });
    req.on('error', reject);
    req.on('timeout', () => req.destroy(new Error(`no answer from ${url}`)));
    req.end();
  });
}

const metric = (text: string, line: RegExp) => Number(line.exec(text)?.[1] ?? NaN);

/**
 * WORKERS=2: one primary (migrations, supervision, metric aggregation) and two server processes
 * sharing the port. The review flow stays exactly-once across them, /metrics reports the whole
 * instance (not whichever worker answered), and a worker that dies is replaced.
 */
describe.skipIf(!inject('pgAvailable'))('WORKERS=2 on PostgreSQL', () => {
  let db: Awaited<ReturnType<typeof createTestDatabase>>;
  let dataDir = '';
  let usernames: string[] = [];
  let server: Awaited<ReturnType<typeof startServer>>;

  beforeAll(async () => {
    db = await createTestDatabase('postgresql', '/tmp');
    ({ dataDir, usernames } = await prepareReviewLoad(db.url, TASKS, REVIEWERS));
    server = await startServer({ DATABASE_URL: db.url, DATA_DIR: dataDir, AUTH_SECRET: LOAD_SECRET, WORKERS: '2' });
  }, 180_000);

  afterAll(async () => {
    if (server) await stopServer(server.child);
    await db?.drop();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  it('runs two worker processes and reports metrics summed over both', async () => {
    expect(workerPids(server.child.pid!)).toHaveLength(2);
    // Both workers up: readiness on fresh connections, which alternate between them.
    for (let i = 0; i < 4; i++) expect(await getFresh(`${server.url}/readyz`)).toBe(200);
    const before = await (await fetch(`${server.url}/metrics`)).text();
    const healthz = /dualkey_http_request_duration_seconds_count\{method="GET",route="\/healthz",status="200"\} (\d+)/;
    const start = metric(before, healthz) || 0;
    for (let i = 0; i < 20; i++) expect(await getFresh(`${server.url}/healthz`)).toBe(200);
    const after = await (await fetch(`${server.url}/metrics`)).text();
    // Every one of the 20 requests, whichever worker served it.
    expect(metric(after, healthz) - start).toBe(20);
    // A database count is the same in every worker: reported once, not doubled.
    expect(metric(after, /dualkey_tasks_waiting\{status="OPEN"\} (\d+)/)).toBe(TASKS);
  });

  it(`resolves ${TASKS} tasks exactly once across the workers`, async () => {
    const runs = await Promise.all(usernames.map((u, i) => reviewLoop([server.url], u, i)));
    expect(runs.flatMap((r) => r.errors)).toEqual([]);
    const resolved = runs.flatMap((r) => r.resolved);
    expect(resolved.length).toBe(TASKS);
    expect(new Set(resolved).size).toBe(TASKS);
    const c = new pg.Client({ connectionString: db.url });
    await c.connect();
    try {
      const n = async (sql: string) => Number((await c.query(sql)).rows[0].n);
      expect(await n(`select count(*) as n from correction_task where status = 'RESOLVED'`)).toBe(TASKS);
      expect(await n(`select count(*) as n from verified_record`)).toBe(TASKS);
      expect(await n(`select count(*) as n from keying_error`)).toBe(TASKS);
    } finally {
      await c.end();
    }
  }, 120_000);

  it('replaces a worker that dies, and keeps serving', async () => {
    const [victim, other] = workerPids(server.child.pid!);
    process.kill(victim, 'SIGKILL');
    let pids: number[] = [];
    for (let i = 0; i < 100; i++) {
      pids = workerPids(server.child.pid!);
      if (pids.length === 2 && !pids.includes(victim)) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    expect(pids).toHaveLength(2);
    expect(pids).toContain(other);
    expect(pids).not.toContain(victim);
    // New connections go to both workers again (round robin), and both answer.
    for (let i = 0; i < 6; i++) expect(await getFresh(`${server.url}/readyz`)).toBe(200);
  }, 60_000);

  it('stops every worker on SIGTERM', async () => {
    const pids = workerPids(server.child.pid!);
    await stopServer(server.child);
    const alive = (pid: number) => {
      try {
        process.kill(pid, 0);
        return true;
      } catch {
        return false;
      }
    };
    for (let i = 0; i < 50 && pids.some(alive); i++) await new Promise((r) => setTimeout(r, 100));
    expect(pids.filter(alive)).toEqual([]);
  });
});
