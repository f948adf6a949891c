import 'reflect-metadata';
import { ConfigError, loadConfig } from './config.js';
import { createApp } from './app.js';
import { logger } from './logger.js';
import { seedDemoIfEmpty } from './db/demo.js';

async function main() {
  const notices: string[] = [];
  let config;
  try {
    config = loadConfig(process.env, notices);
  } catch (e) {
    if (e instanceof ConfigError) {
      console.error(`dualkey: configuration error: ${e.message}`);
      process.exit(2);
    }
    throw e;
  }
  for (const n of notices) logger.info(n);
  const app = await createApp(config);
  if (config.seedDemo) {
    const accounts = await seedDemoIfEmpty(app, { forms: config.demoForms });
    if (accounts) {
      console.log('\nDemo accounts (development only; also in ' + accounts.file + '):');
      for (const a of accounts.users) console.log(`  ${a.role.padEnd(9)} ${a.username.padEnd(12)} ${a.password}`);
    }
  }
  // Expired leases also return to the queue on every claim; this sweep keeps lists truthful.
  // The UPDATE is idempotent, so any number of server instances may run it.
  const sweep = setInterval(() => {
    app.services.tasks.expireLeases(app.orm.em.fork()).catch((e) => logger.warn({ err: e?.name }, 'lease sweep failed'));
  }, 30_000);
  sweep.unref();

  await new Promise<void>((resolve) => app.http.listen(config.port, config.host, resolve));
  const addr = app.http.address();
  const port = typeof addr === 'object' && addr ? addr.port : config.port;
  const base = `http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${port}`;
  const db = config.db.dialect === 'sqlite' ? `SQLite ${config.db.path}` : 'PostgreSQL';
  console.log(`\ndualkey is running (${config.production ? 'production' : 'development'}, ${db})`);
  console.log(`  dashboard: ${base}/${config.adminDist ? '' : '  (not built: run npm run build:admin)'}`);
  console.log(`  GraphQL:   ${base}/graphql\n`);

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

main().catch((e) => {
  logger.fatal({ err: { name: e?.name, message: e instanceof Error && !('sql' in e) ? e.message : undefined, stack: e?.stack } }, 'dualkey failed to start');
  process.exit(1);
});
