/**
 * Folding: pending deltas (one agg_pending row per committed transaction) added to the aggregate
 * tables by one writer at a time, before reads and every second in the background (aggregates.ts).
 */
import type { SqlEntityManager } from '@mikro-orm/knex';
import { Deltas } from './aggregate-deltas.js';
import { exec, isPostgres, pgArray, sqlTransaction, Writes } from './sql.js';

/** The advisory lock that lets one fold at a time run on a PostgreSQL database. */
export const FOLD_LOCK = 0x646b6167;
/** Pending rows folded per transaction. */
const FOLD_BATCH = 200;

/**
 * Adds pending deltas to the aggregate tables and deletes them, in transactions of at most
 * FOLD_BATCH rows, until none are left: merged first, so a national rollup row that 200 ingest
 * calls changed is written once. One fold at a time per database (an advisory lock on
 * PostgreSQL; SQLite has one writer); with `wait: false` a fold already running elsewhere is
 * left to do the work. Returns the number of pending rows folded.
 */
export async function foldPending(em: SqlEntityManager, opts: { wait?: boolean } = {}): Promise<number> {
  const wait = opts.wait ?? true;
  // Outside a transaction: the common case, nothing pending, costs one indexed read.
  if (!(await exec<unknown[]>(em.fork(), 'select id from agg_pending limit 1')).length) return 0;
  let total = 0;
  for (;;) {
    const n = await sqlTransaction(em.fork(), async (tx) => {
      if (isPostgres(tx)) {
        if (wait) await exec(tx, 'select pg_advisory_xact_lock(?)', [FOLD_LOCK], 'run');
        else if (!(await exec<{ ok: boolean }[]>(tx, 'select pg_try_advisory_xact_lock(?) as ok', [FOLD_LOCK]))[0].ok) return -1;
      }
      const rows = await exec<{ id: number | string; payload: string }[]>(tx, 'select id, payload from agg_pending order by id limit ?', [FOLD_BATCH]);
      if (!rows.length) return 0;
      const d = new Deltas();
      for (const r of rows) d.merge(r.payload);
      // On PostgreSQL the upserts of every table and the delete go as one statement: a fold runs
      // for nearly every report under load, and its round trips were a sixth of all statements.
      const pg = isPostgres(tx);
      const writes = new Writes(pg);
      d.write(tx, writes);
      // By id, not `id <= max`: a row with a smaller id may commit after this read. One array
      // parameter on PostgreSQL, so the statement's text does not change with the count.
      const ids = rows.map((r) => Number(r.id));
      if (pg) writes.run('delete from agg_pending where id = any(?::bigint[])', [pgArray(ids)]);
      else writes.run(`delete from agg_pending where id in (${ids.map(() => '?').join(',')})`, ids);
      await writes.flush(tx);
      return rows.length;
    });
    if (n < 0) return total;
    total += n;
    if (n < FOLD_BATCH) return total;
  }
}

/** Per database (the ORM's driver): the fold running for readers, and the one queued after it. */
const forReads = new WeakMap<object, { running: Promise<unknown> | null; next: Promise<unknown> | null }>();

/**
 * What a read of the aggregate tables waits for first: a fold that started after the read
 * arrived, so the tables count every transaction committed before it. Reads arriving together
 * share one fold (one running, at most one queued behind it), instead of each folding under the
 * lock in turn: under mixed load that queue was most of a report's latency.
 */
export function foldBeforeRead(em: SqlEntityManager): Promise<unknown> {
  const key = em.getDriver();
  let s = forReads.get(key);
  if (!s) forReads.set(key, (s = { running: null, next: null }));
  const state = s;
  const start = (): Promise<unknown> => {
    const run = foldPending(em.fork()).finally(() => {
      if (state.running === run) state.running = null;
    });
    state.running = run;
    return run;
  };
  if (!state.running) return start();
  // A run already under way may have read the pending rows before ours committed: queue one more.
  state.next ??= state.running.catch(() => undefined).then(() => {
    state.next = null;
    return start();
  });
  return state.next;
}

/** Folds in the background (every second) and on demand; one run at a time per process. */
export class AggregateFolder {
  private running: Promise<unknown> | null = null;

  constructor(
    private readonly em: SqlEntityManager,
    private readonly onError: (e: unknown) => void = () => undefined,
  ) {}

  /** A background run: skipped while this process or another one is folding. */
  tick(): void {
    if (this.running) return;
    this.running = foldPending(this.em, { wait: false })
      .catch((e) => this.onError(e))
      .finally(() => {
        this.running = null;
      });
  }

  /** Folds everything committed so far and waits for it (shutdown). */
  async flush(): Promise<void> {
    while (this.running) await this.running;
    await foldPending(this.em);
  }
}
