import type { Express, NextFunction, Request, Response } from 'express';
import client from 'prom-client';
import type { Orm } from './db/orm.js';
import { exec } from './services/sql.js';

/**
 * Prometheus metrics (one registry per app, so tests can run several apps in one process) and
 * the health endpoints a load balancer and an orchestrator need.
 */
export function createMetrics() {
  const registry = new client.Registry();
  client.collectDefaultMetrics({ register: registry });
  const httpDuration = new client.Histogram({
    name: 'dualkey_http_request_duration_seconds',
    help: 'HTTP request latency by route and status',
    labelNames: ['route', 'method', 'status'],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [registry],
  });
  const keyings = new client.Counter({ name: 'dualkey_keyings_total', help: 'Submitted keyings by outcome', labelNames: ['status'], registers: [registry] });
  const leaseExpiries = new client.Counter({ name: 'dualkey_lease_expiries_total', help: 'Claimed tasks returned to the queue because their lease ran out', registers: [registry] });
  const queueDepth = new client.Gauge({ name: 'dualkey_tasks_waiting', help: 'Correction tasks waiting, by status', labelNames: ['status'], registers: [registry] });
  const dbPool = new client.Gauge({
    name: 'dualkey_db_pool_connections',
    help: 'Database connections of this instance by pool (primary, replica-N) and state (used, free, pending = requests waiting for a connection)',
    labelNames: ['pool', 'state'],
    registers: [registry],
  });
  return { registry, httpDuration, keyings, leaseExpiries, queueDepth, dbPool };
}
export type Metrics = ReturnType<typeof createMetrics>;

export function instrument(app: Express, metrics: Metrics, orm: Orm): void {
  app.use((req: Request, res: Response, next: NextFunction) => {
    const end = metrics.httpDuration.startTimer({ method: req.method });
    res.on('finish', () => {
      // Route templates only: paths may carry ids, never values, but keep the label set small.
      const path = req.originalUrl.split('?')[0];
      const route = ['/graphql', '/metrics', '/readyz', '/healthz'].find((r) => path === r || path.startsWith(`${r}/`)) ?? (path.startsWith('/scans/') ? '/scans' : 'static');
      end({ route, status: String(res.statusCode) });
    });
    next();
  });
  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  // Ready = the database answers. A load balancer stops sending traffic while it does not.
  app.get('/readyz', async (_req, res) => {
    try {
      await exec(orm.em.fork(), 'select 1 as ok');
      res.json({ status: 'ready' });
    } catch {
      res.status(503).json({ status: 'database unavailable' });
    }
  });
  app.get('/metrics', async (_req, res) => {
    try {
      const rows = await exec<{ status: string; n: number | string }[]>(
        orm.em.fork(),
        `select status, count(*) as n from correction_task where status in ('OPEN', 'CLAIMED', 'ESCALATED', 'REKEY_REQUESTED') group by status`,
      );
      metrics.queueDepth.reset();
      for (const r of rows) metrics.queueDepth.set({ status: r.status }, Number(r.n));
    } catch {
      /* the gauge keeps its last value while the database is away */
    }
    recordPools(metrics, orm);
    res.set('Content-Type', metrics.registry.contentType);
    res.send(await metrics.registry.metrics());
  });
}

type TarnPool = { numUsed(): number; numFree(): number; numPendingAcquires(): number };

/** Pool usage of the primary and of each replica (knex/tarn pools), read at scrape time. */
function recordPools(metrics: Metrics, orm: Orm): void {
  try {
    const driver = orm.em.getDriver() as unknown as { getConnection(t: 'write'): unknown; replicas?: unknown[] };
    const pools: [string, unknown][] = [['primary', driver.getConnection('write')], ...(driver.replicas ?? []).map((c, i) => [`replica-${i + 1}`, c] as [string, unknown])];
    for (const [name, conn] of pools) {
      const pool = (conn as { getKnex(): { client: { pool?: TarnPool } } }).getKnex().client.pool;
      if (!pool) continue;
      metrics.dbPool.set({ pool: name, state: 'used' }, pool.numUsed());
      metrics.dbPool.set({ pool: name, state: 'free' }, pool.numFree());
      metrics.dbPool.set({ pool: name, state: 'pending' }, pool.numPendingAcquires());
    }
  } catch {
    /* a pool not created yet: nothing to report */
  }
}
