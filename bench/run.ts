import 'reflect-metadata';
import { mkdirSync, writeFileSync } from 'node:fs';
import pg from 'pg';
import { benchIngest } from './ingest.js';
import { benchReview } from './review.js';
import { benchReports } from './reports.js';
import { benchComparator, benchCompareCli } from './compare.js';
import { benchScaling } from './scaling.js';
import { benchLoad } from './load.js';
import { machine, printTable, type Row } from './lib.js';

/**
 * `npm run bench [-- --forms N --only ingest]`: every benchmark row in one table, also written
 * to bench-results/<timestamp>.json so runs can be compared.
 */
async function main() {
  const args = process.argv.slice(2);
  const opt = (name: string, dflt: string) => {
    const i = args.indexOf(`--${name}`);
    return i >= 0 ? args[i + 1] : dflt;
  };
  const forms = Number(opt('forms', '50000'));
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
  const only = opt('only', '');
  const want = (suite: string) => !only || only.split(',').includes(suite);
  const rows: Row[] = [];
  if (want('ingest')) rows.push(...(await benchIngest({ forms, perRequest: 500, pgAdminUrl, sqlite: opt('sqlite', 'yes') !== 'no' })));
  if (want('comparator')) rows.push(...(await benchComparator(Number(opt('pairs', '1000000')))));
  if (want('compare')) rows.push(...(await benchCompareCli(Number(opt('compare-rows', '1000000')))));
  if (want('review') && pgAdminUrl) rows.push(...(await benchReview(pgAdminUrl, Number(opt('review-tasks', '2000')), 50)));
  if (want('reports') && pgAdminUrl) rows.push(...(await benchReports(Number(opt('report-forms', '1000000')), pgAdminUrl)));
  if (want('scaling') && pgAdminUrl) {
    const sizes = opt('scaling-sizes', '10000,100000,1000000').split(',').map(Number);
    if (sizes.some((n) => !Number.isInteger(n) || n < 1)) throw new Error('--scaling-sizes must be a comma-separated list of form counts');
    rows.push(...(await benchScaling(pgAdminUrl, sizes)));
  }
  if (want('load') && pgAdminUrl) {
    rows.push(...(await benchLoad(pgAdminUrl, Number(opt('load-seconds', '60')), Number(opt('load-clients', '200')), Number(opt('load-instances', '2')))));
  }
  printTable(rows);
  mkdirSync('bench-results', { recursive: true });
  const file = `bench-results/${new Date().toISOString().replace(/[:.]/g, '-')}.json`;
  writeFileSync(file, JSON.stringify({ at: new Date().toISOString(), machine: machine(), rows }, null, 2));
  console.log(`\nwritten to ${file}`);
}

main().then(
  () => process.exit(0),
  (e) => {
    console.error(e);
    process.exit(1);
  },
);
