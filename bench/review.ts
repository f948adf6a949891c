import { rmSync } from 'node:fs';
import { freshDatabase } from '../tests/helpers/pg-database.js';
import { LOAD_SECRET, prepareReviewLoad, reviewLoop } from '../tests/helpers/review-load.js';
import { backendCpu, backendCpuSpent, cpuSeconds, peakRssMB, startServer, stopServer, type Row } from './lib.js';

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

/** Claim-and-resolve with many concurrent reviewers against one server on PostgreSQL. */
export async function benchReview(pgAdminUrl: string, tasks: number, reviewers: number): Promise<Row[]> {
  const db = await freshDatabase(pgAdminUrl, 'dualkey_bench_review');
  console.error(`preparing ${tasks} review tasks and ${reviewers} reviewers...`);
  const { dataDir, usernames } = await prepareReviewLoad(db.url, tasks, reviewers);
  const { child, url } = await startServer({ DATABASE_URL: db.url, DATA_DIR: dataDir, AUTH_SECRET: LOAD_SECRET });
  try {
    const cpu0 = cpuSeconds(child.pid!);
    const db0 = await backendCpu(db.url);
    const t0 = performance.now();
    const runs = await Promise.all(usernames.map((name, i) => reviewLoop([url], name, i)));
    const secs = (performance.now() - t0) / 1000;
    const serverCpu = cpuSeconds(child.pid!) - cpu0;
    const dbCpu = backendCpuSpent(db0, await backendCpu(db.url));
    const resolved = runs.reduce((n, r) => n + r.resolved.length, 0);
    const errors = runs.flatMap((r) => r.errors);
    if (errors.length) console.error(`warning: ${errors.length} errors, e.g. ${errors[0]}`);
    const claims = runs.flatMap((r) => r.claims.map((c) => c.ms)).sort((a, b) => a - b);
    const peak = peakRssMB(child.pid!);
    // Per task: a claim and a resolution (and the reviewers' sign-ins).
    const note = `${resolved.toLocaleString()} tasks, ${reviewers} reviewers, 1 server; CPU per task: server ${((serverCpu / resolved) * 1000).toFixed(2)} ms${Number.isFinite(dbCpu) ? `, PostgreSQL ${((dbCpu / resolved) * 1000).toFixed(2)} ms` : ''}`;
    return [
      { suite: 'review', metric: 'claim + resolve throughput', database: 'postgresql', value: resolved / secs, unit: 'tasks/s', peakMemoryMB: peak, note },
      { suite: 'review', metric: 'claim latency p50', database: 'postgresql', value: percentile(claims, 50), unit: 'ms', note },
      { suite: 'review', metric: 'claim latency p99', database: 'postgresql', value: percentile(claims, 99), unit: 'ms', note },
    ];
  } finally {
    await stopServer(child);
    rmSync(dataDir, { recursive: true, force: true });
    await db.drop();
  }
}
