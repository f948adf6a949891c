// First: MikroORM must load with its synchronous context store (db/sync-context.ts).
import './db/sync-context.js';
import 'reflect-metadata';
import cluster from 'node:cluster';
import type { Server } from 'node:http';
import client from 'prom-client';
import { ConfigError, loadConfig, type Config } from './config.js';
import { createApp } from './app.js';
import { logger } from './logger.js';
import { seedDemoIfEmpty } from './sim/demo.js';
import { metricsServer } from './observability.js';

function configOrExit(notices: string[]): Readonly<Config> {
  try {
    return loadConfig(process.env, notices);
  } catch (e) {
    if (e instanceof ConfigError) {
      console.error(`dualkey: configuration error: ${e.message}`);
      process.exit(2);
    }
    throw e;
  }
}

/** Migrations and the demo seed: once per start, before any request is served. */
async function prepare(config: Readonly<Config>) {
  const app = await createApp(config);
  if (config.seedDemo) {
    const accounts = await seedDemoIfEmpty(app, { forms: config.demoForms });
    if (accounts) {
      console.log('\nDemo accounts (development only; also in ' + accounts.file + '):');
      for (const a of accounts.users) console.log(`  ${a.role.padEnd(9)} ${a.username.padEnd(12)} ${a.password}`);
    }
  }
  return app;
}

function banner(config: Readonly<Config>, port: number): void {
  const base = `http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${port}`;
  const db = config.db.dialect === 'sqlite' ? `SQLite ${config.db.path}` : 'PostgreSQL';
  const workers = config.workers > 1 ? `, ${config.workers} worker processes` : '';
  console.log(`\ndualkey is running (${config.production ? 'production' : 'development'}, ${db}${workers})`);
  console.log(`  dashboard: ${base}/${config.adminDist ? '' : '  (not built: run npm run build:admin)'}`);
  console.log(`  GraphQL:   ${base}/graphql`);
  if (config.metrics.port !== null) console.log(`  metrics:   http://${config.metrics.host}:${config.metrics.port}/metrics`);
  console.log('');
}

function listenMetrics(server: Server, config: Readonly<Config>): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.metrics.port!, config.metrics.host, resolve);
  });
}

/** One server process: the whole product (WORKERS=1), or one worker of a cluster. */
async function serve(config: Readonly<Config>, worker: boolean): Promise<void> {
  // Answer the primary's metric requests from the start (empty until the app exists), so a
  // scrape while this worker starts does not wait for it and time out.
  if (worker) new client.AggregatorRegistry();
  const app = worker ? await createApp(config) : await prepare(config);
  // Expired leases also return to the queue on every claim; this sweep keeps lists truthful.
  // The UPDATE is idempotent, so any number of server processes may run it.
  const sweep = setInterval(() => {
    app.services.tasks.expireLeases(app.orm.em.fork()).catch((e) => logger.warn({ err: e?.name }, 'lease sweep failed'));
  }, 30_000);
  sweep.unref();

  await new Promise<void>((resolve) => app.http.listen(config.port, config.host, resolve));
  // A cluster's workers leave METRICS_PORT to the primary, which sums them.
  if (!worker && app.metricsHttp) await listenMetrics(app.metricsHttp, config);
  const addr = app.http.address();
  if (!worker) banner(config, typeof addr === 'object' && addr ? addr.port : config.port);

  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    clearInterval(sweep);
    // In-flight requests get a few seconds to finish; then we exit regardless.
    setTimeout(() => process.exit(0), 5000).unref();
    await app.close().catch(() => undefined);
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

/**
 * WORKERS > 1: this process migrates and seeds, then runs that many server processes sharing the
 * port (node:cluster), replaces any that die, answers their metric requests with the sum over all
 * of them, and stops them all on SIGTERM.
 */
async function supervise(config: Readonly<Config>): Promise<void> {
  const app = await prepare(config);
  await app.close();
  const aggregator = new client.AggregatorRegistry();
  if (config.metrics.port !== null) await listenMetrics(metricsServer(() => aggregator.clusterMetrics(), config.metrics.token), config);
  cluster.on('message', (worker, m: { type?: string; id?: string }) => {
    if (m?.type !== 'dualkey:metrics?') return;
    aggregator.clusterMetrics().then(
      (text) => worker.send({ type: 'dualkey:metrics', id: m.id, text }),
      (e: Error) => worker.send({ type: 'dualkey:metrics', id: m.id, error: e.message }),
    );
  });
  let stopping = false;
  // Workers must not seed or migrate again; a respawn waits a second so a crash loop cannot spin.
  const fork = () => cluster.fork({ SEED_DEMO: '0' });
  cluster.on('exit', (w, code, signal) => {
    if (stopping) return;
    logger.error({ pid: w.process.pid, code, signal }, 'a worker process died; starting another');
    setTimeout(fork, 1000).unref();
  });
  let listening = 0;
  cluster.on('listening', (_w, address) => {
    if (++listening === config.workers) banner(config, address.port);
  });
  for (let i = 0; i < config.workers; i++) fork();

  const stop = () => {
    if (stopping) return;
    stopping = true;
    const workers = Object.values(cluster.workers ?? {});
    let left = workers.length;
    if (!left) process.exit(0);
    for (const w of workers) {
      w!.once('exit', () => --left === 0 && process.exit(0));
      w!.process.kill('SIGTERM');
    }
    setTimeout(() => process.exit(0), 6000).unref();
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

async function main() {
  const notices: string[] = [];
  const config = configOrExit(notices);
  if (cluster.isWorker) return serve(config, true);
  for (const n of notices) logger.info(n);
  if (config.workers > 1) return supervise(config);
  return serve(config, false);
}

main().catch((e) => {
  logger.fatal({ err: { name: e?.name, message: e instanceof Error && !('sql' in e) ? e.message : undefined, stack: e?.stack } }, 'dualkey failed to start');
  process.exit(1);
});
