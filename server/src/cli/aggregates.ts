import type { Writable } from 'node:stream';
import { runCommand, UsageError } from './args.js';

const HELP = `usage: npm run cli -- aggregates <check|rebuild>

The report aggregates (agg_* tables) are derived from keyings, discrepancies, errors, tasks and
the audit trail, and kept up to date in the same transactions (DATABASE_URL / DATA_DIR as for the
server).
  check     recompute every aggregate row from the raw rows and compare; exit 1 when they differ
  rebuild   empty the tables and fill them again from the raw rows, in one transaction (for a
            database with data from before the aggregates existed, or after a repair of raw rows);
            concurrent writers wait for it on PostgreSQL
Both need an existing database and create nothing: without one, "no database at …", exit 2.
`;

/** `npm run cli -- aggregates check|rebuild`. */
export async function runAggregates(argv: string[], io: { stdout: Writable; stderr: Writable }, env: NodeJS.ProcessEnv = process.env): Promise<number> {
  return runCommand(argv, io, { usage: HELP, positionals: { min: 1, max: 1 } }, async (_v, [sub]) => {
    if (sub !== 'check' && sub !== 'rebuild') throw new UsageError(`unknown subcommand '${sub}': check or rebuild`);
    return aggregates(sub, io, env);
  });
}

async function aggregates(sub: 'check' | 'rebuild', io: { stdout: Writable; stderr: Writable }, env: NodeJS.ProcessEnv): Promise<number> {
  const { loadStorageConfig } = await import('../config.js');
  const { openExistingDb } = await import('./db.js');
  const { AGG, AGG_ORDER, readAggregates, rebuild, recompute } = await import('../services/aggregates.js');
  // Both work on an existing database and need no keys: nothing is created.
  const orm = await openExistingDb(loadStorageConfig(env).db);
  try {
    const em = orm.em.fork();
    if (sub === 'rebuild') {
      const t0 = performance.now();
      await em.transactional((tx) => rebuild(tx));
      const rows = await readAggregates(orm.em.fork());
      io.stdout.write(`aggregates rebuilt in ${((performance.now() - t0) / 1000).toFixed(1)} s: ${AGG_ORDER.map((n) => `${AGG[n].table} ${rows[n].length}`).join(', ')} rows\n`);
      return 0;
    }
    const [stored, derived] = await Promise.all([readAggregates(em), recompute(orm.em.fork())]);
    let differing = 0;
    for (const n of AGG_ORDER) {
      type Row = (typeof stored)[typeof n][number];
      const key = (r: Row) => JSON.stringify(r.key);
      // Counters in the table's column order (a recomputed row lists them in the order it met them).
      const value = (r: Row) => JSON.stringify([r.attrs, AGG[n].counters.map((c) => r.counters[c] ?? 0)]);
      const a = new Map(stored[n].map((r) => [key(r), value(r)]));
      const b = new Map(derived[n].map((r) => [key(r), value(r)]));
      let bad = 0;
      for (const k of new Set([...a.keys(), ...b.keys()])) if (a.get(k) !== b.get(k)) bad++;
      if (bad) io.stdout.write(`${AGG[n].table}: ${bad} of ${b.size} rows differ from the raw rows\n`);
      differing += bad;
    }
    if (differing) {
      io.stdout.write('run `npm run cli -- aggregates rebuild` to fill them again\n');
      return 1;
    }
    io.stdout.write(`aggregates match the raw rows: ${AGG_ORDER.map((n) => `${AGG[n].table} ${stored[n].length}`).join(', ')} rows\n`);
    return 0;
  } finally {
    await orm.close(true);
  }
}
