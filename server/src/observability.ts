import cluster from 'node:cluster';
import { createHash, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { Express, NextFunction, Request, Response } from 'express';
import client from 'prom-client';
import type { Config } from './config.js';
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
  const busyRefusals = new client.Counter({ name: 'dualkey_requests_refused_busy_total', help: 'GraphQL requests answered 503 because they waited QUEUE_WAIT_MS without starting', registers: [registry] });
  return { registry, httpDuration, keyings, leaseExpiries, busyRefusals };
}
export type Metrics = ReturnType<typeof createMetrics>;

/** Gauges read at scrape time (`collect`), so every worker of a cluster reports fresh values. */
function databaseGauges(metrics: Metrics, orm: Orm): void {
  new client.Gauge({
    name: 'dualkey_tasks_waiting',
    help: 'Correction tasks waiting, by status',
    labelNames: ['status'],
    registers: [metrics.registry],
    // The same database count in every worker: one of them, not their sum.
    aggregator: 'first',
    async collect() {
      try {
        const rows = await exec<{ status: string; n: number | string }[]>(
          orm.em.fork(),
          `select status, count(*) as n from correction_task where status in ('OPEN', 'CLAIMED', 'ESCALATED', 'REKEY_REQUESTED') group by status`,
        );
        this.reset();
        for (const r of rows) this.set({ status: r.status }, Number(r.n));
      } catch {
        /* the gauge keeps its last value while the database is away */
      }
    },
  });
  new client.Gauge({
    name: 'dualkey_db_pool_connections',
    help: 'Database connections of this instance (all its workers) by pool (primary, replica-N) and state (used, free, pending = requests waiting for a connection)',
    labelNames: ['pool', 'state'],
    registers: [metrics.registry],
    collect() {
      recordPools(this, orm);
    },
  });
}

/** GraphQL requests running and waiting to start (MAX_CONCURRENT_REQUESTS), summed over workers. */
export function admissionGauges(metrics: Metrics, queue: { readonly inFlight: number; readonly queued: number }): void {
  new client.Gauge({
    name: 'dualkey_requests',
    help: 'GraphQL requests of this instance by state (running, waiting = queued for a turn to start)',
    labelNames: ['state'],
    registers: [metrics.registry],
    collect() {
      this.set({ state: 'running' }, queue.inFlight);
      this.set({ state: 'waiting' }, queue.queued);
    },
  });
}

/** Workers of a cluster answer the primary's metric requests from their own registry. */
let clusterRegistered = false;

/** The whole instance's metrics: from the primary, which sums every worker's, when clustered. */
function scrape(metrics: Metrics): Promise<string> {
  if (!cluster.isWorker) return metrics.registry.metrics();
  return new Promise((resolve, reject) => {
    const id = `${process.pid}:${Math.random()}`;
    const timer = setTimeout(() => {
      process.off('message', onMessage);
      reject(new Error('the primary did not answer the metrics request'));
    }, 5000);
    const onMessage = (m: { type?: string; id?: string; text?: string; error?: string }) => {
      if (m?.type !== 'dualkey:metrics' || m.id !== id) return;
      clearTimeout(timer);
      process.off('message', onMessage);
      if (m.error !== undefined) reject(new Error(m.error));
      else resolve(m.text ?? '');
    };
    process.on('message', onMessage);
    process.send!({ type: 'dualkey:metrics?', id });
  });
}

/** `Authorization: Bearer <METRICS_TOKEN>`, compared in constant time; anything goes when no token is set. */
function metricsAuthorized(headers: IncomingHttpHeaders, token: string | null): boolean {
  if (token === null) return true;
  const m = /^Bearer\s+(\S+)$/i.exec(headers.authorization ?? '');
  const digest = (x: string) => createHash('sha256').update(x).digest();
  return !!m && timingSafeEqual(digest(m[1]), digest(token));
}

/**
 * The METRICS_PORT listener: GET /metrics and nothing else. `text` is this process's registry, or
 * (the primary of a cluster) the sum over its workers.
 */
export function metricsServer(text: () => Promise<string>, token: string | null): Server {
  return createServer((req, res) => {
    if ((req.url ?? '').split('?')[0] !== '/metrics' || (req.method !== 'GET' && req.method !== 'HEAD')) {
      res.writeHead(404).end();
    } else if (!metricsAuthorized(req.headers, token)) {
      res.writeHead(401, { 'WWW-Authenticate': 'Bearer' }).end();
    } else {
      text().then(
        (body) => res.writeHead(200, { 'Content-Type': client.Registry.PROMETHEUS_CONTENT_TYPE }).end(body),
        () => res.writeHead(503).end('# metrics unavailable\n'),
      );
    }
  });
}

export function instrument(app: Express, metrics: Metrics, orm: Orm, config: Pick<Config, 'production' | 'metrics'>): void {
  databaseGauges(metrics, orm);
  if (cluster.isWorker && !clusterRegistered) {
    clusterRegistered = true;
    // main.ts made this worker answer the primary's requests at start; from now on with this registry.
    client.AggregatorRegistry.setRegistries([metrics.registry]);
  }
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
  // Metrics tell a lot about the workload: on the main port only when no METRICS_PORT is set, and in
  // production only with METRICS_TOKEN. Answered here (not left to the dashboard's catch-all) either way.
  const { port, token } = config.metrics;
  const onMainPort = port === null && (token !== null || !config.production);
  app.get('/metrics', async (req, res) => {
    if (!onMainPort) return void res.sendStatus(404);
    if (!metricsAuthorized(req.headers, token)) return void res.set('WWW-Authenticate', 'Bearer').sendStatus(401);
    try {
      const text = await scrape(metrics);
      res.set('Content-Type', metrics.registry.contentType);
      res.send(text);
    } catch {
      res.status(503).send('# metrics unavailable\n');
    }
  });
}

type TarnPool = { numUsed(): number; numFree(): number; numPendingAcquires(): number };

/** Pool usage of the primary and of each replica (knex/tarn pools), read at scrape time. */
function recordPools(gauge: client.Gauge<'pool' | 'state'>, orm: Orm): void {
  try {
    const driver = orm.em.getDriver() as unknown as { getConnection(t: 'write'): unknown; replicas?: unknown[] };
    const pools: [string, unknown][] = [['primary', driver.getConnection('write')], ...(driver.replicas ?? []).map((c, i) => [`replica-${i + 1}`, c] as [string, unknown])];
    for (const [name, conn] of pools) {
      const pool = (conn as { getKnex(): { client: { pool?: TarnPool } } }).getKnex().client.pool;
      if (!pool) continue;
      gauge.set({ pool: name, state: 'used' }, pool.numUsed());
      gauge.set({ pool: name, state: 'free' }, pool.numFree());
      gauge.set({ pool: name, state: 'pending' }, pool.numPendingAcquires());
    }
  } catch {
    /* a pool not created yet: nothing to report */
  }
}
