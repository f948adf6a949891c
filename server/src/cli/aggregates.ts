import type { Writable } from 'node:stream';

const HELP = `usage: npm run cli -- aggregates <check|rebuild>

The report aggregates (agg_* tables) are derived from keyings, discrepancies, errors, tasks and
the audit trail, and kept up to date in the same transactions (DATABASE_URL / DATA_DIR as for the
server).
  check     recompute every aggregate row from the raw rows and compare; exit 1 when they differ
  rebuild   empty the tables and fill them again from the raw rows, in one transaction (for a
            database with data from before the aggregates existed, or after a repair of raw rows);
            concurrent writers wait for it on PostgreSQL
`;

/** `npm run cli -- aggregates check|rebuild`. */
export async function runAggregates(argv: string[], io: { stdout: Writable; stderr: Writable }, env: NodeJS.ProcessEnv = process.env): Promise<number> {
  const [sub, ...rest] = argv;
  if (sub === '--help' || sub === '-h') {
    io.stdout.write(HELP);
    return 0;
  }
  if ((sub !== 'check' && sub !== 'rebuild') || rest.length) {
    io.stderr.write(HELP);
    return 2;
  }
  const { loadConfig } = await import('../config.js');
  const { openOrm } = await import('../db/orm.js');
  const { AGG, AGG_ORDER, readAggregates, rebuild, recompute } = await import('../services/aggregates.js');
  const orm = await openOrm(loadConfig(env).db);
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
