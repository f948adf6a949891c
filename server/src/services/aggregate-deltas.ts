/**
 * The aggregate tables (what each holds) and `Deltas`, the counter changes of one transaction,
 * summed per row before anything is written. How the rows are keyed, rolled up and folded:
 * aggregates.ts.
 */
import type { SqlEntityManager } from '@mikro-orm/knex';
import { DISCREPANCY_KINDS } from '../domain/compare.js';
import { HISTOGRAM_BUCKETS } from '../domain/stats.js';
import { exec, isPostgres, pgArray, sqlDate, sqlValue, type Writes } from './sql.js';

export const KIND_COLUMNS: Record<string, string> = Object.fromEntries(DISCREPANCY_KINDS.map((k) => [k, `err_${k.toLowerCase()}`]));
export const HISTOGRAM_COLUMNS = Array.from({ length: HISTOGRAM_BUCKETS }, (_, i) => `h${String(i).padStart(2, '0')}`);

export type AggName = 'batch' | 'keyer' | 'field' | 'pair' | 'reviewer';

export interface AggSpec {
  table: string;
  /** The conflict key. */
  keys: readonly string[];
  /** Written when the row is created; functionally dependent on the key. */
  attrs: readonly string[];
  counters: readonly string[];
  /** National rollup rows: daily (batch_id = 0) and/or monthly (batch_id = MONTHLY). */
  rollups: readonly ('day' | 'month')[];
}

export const AGG: Record<AggName, AggSpec> = {
  batch: {
    table: 'agg_batch_day',
    keys: ['day', 'batch_id'],
    attrs: ['province_code', 'template_id'],
    counters: ['forms', 'compared', 'fields_compared', 'auto_verified', 'to_review', 'discrepancies', 'disagreements', 'keyings', 'rekeyings', 'fields_keyed', 'errors', 'review_verified', 'spot_checked', 'spot_corrected', 'rejected', 'rescanned', 'pending_tasks', 'pending_fields'],
    rollups: [],
  },
  keyer: {
    table: 'agg_keyer_day',
    keys: ['day', 'keyer_code', 'batch_id', 'template_id'],
    attrs: ['province_code'],
    counters: ['keyings', 'forms', 'fields_keyed', 'keystrokes', 'seconds', 'errors', ...Object.values(KIND_COLUMNS), ...HISTOGRAM_COLUMNS],
    rollups: ['day', 'month'],
  },
  field: {
    table: 'agg_field_day',
    keys: ['day', 'field_key', 'batch_id', 'template_id'],
    attrs: ['province_code'],
    counters: ['discrepancies', 'disagreements', 'errors', 'rekeyed'],
    rollups: ['day'],
  },
  pair: {
    table: 'agg_pair_day',
    keys: ['day', 'keyer_a', 'keyer_b', 'batch_id'],
    attrs: ['province_code', 'template_id'],
    counters: ['forms', 'fields_compared', 'disagreements'],
    rollups: [],
  },
  reviewer: {
    table: 'agg_reviewer_day',
    keys: ['day', 'reviewer_id', 'batch_id', 'template_id'],
    attrs: ['province_code'],
    counters: ['resolved', 'spot_checked', 'spot_corrected', 'rejected', 'escalated', 'fields', 'agreed_first', 'agreed_second', 'agreed_both', 'agreed_neither', 'seconds', ...HISTOGRAM_COLUMNS],
    rollups: ['day'],
  },
};
/** The order rows are written in, by every transaction (see the deadlock note in aggregates.ts). */
export const AGG_ORDER: readonly AggName[] = ['batch', 'keyer', 'field', 'pair', 'reviewer'];

export type Counters = Record<string, number>;
export interface AggRow {
  key: (string | number)[];
  attrs: (string | number)[];
  counters: Counters;
}

/** What the hooks need of a batch; a Batch entity with its template reference has it. */
export interface BatchLike {
  id: number;
  provinceCode: string;
  template: { id: number };
}

/**
 * batch_id of the keyer table's monthly national rollup rows, whose `day` is 'YYYY-MM': a report
 * over months of a thousand keyers reads a thousand rows per month instead of thirty thousand.
 */
export const MONTHLY = -1;

/** Key and attribute columns holding numbers; the others are text (a keyer code may be all digits). */
export const NUMERIC = new Set(['batch_id', 'template_id', 'reviewer_id']);

/** Deltas of one transaction, summed per row before anything is written. */
export class Deltas {
  readonly rows = new Map<AggName, Map<string, AggRow>>(AGG_ORDER.map((n) => [n, new Map()]));
  private written = false;

  /**
   * The end of a transaction: flush the unit of work, then append this transaction's rows (without
   * their rollups) to agg_pending as one row. `foldPending` adds them to the tables later; no
   * aggregate row is locked by the transaction itself.
   */
  async commit(em: SqlEntityManager, writes?: Writes): Promise<void> {
    await em.flush();
    const row = this.pendingInsert(em);
    if (!row) return;
    // With `writes`, sent with the caller's other writes (before its COMMIT).
    if (writes) writes.run(...row);
    else await exec(em, row[0], row[1], 'run');
  }

  /**
   * commit()'s INSERT, for a caller whose unit of work has nothing to flush and who sends it in
   * a statement of its own; null when there is nothing to append. Either way the deltas are written.
   */
  pendingInsert(em: SqlEntityManager): [string, unknown[]] | null {
    if (this.written) throw new Error('aggregate deltas written twice');
    this.written = true;
    const payload = this.serialize();
    return payload ? ['insert into agg_pending (payload, created_at) values (?, ?)', [payload, sqlDate(em, new Date())]] : null;
  }

  add(name: AggName, key: (string | number)[], attrs: (string | number)[], counters: Counters): void {
    if (this.written) throw new Error('aggregate deltas added after they were written');
    const table = this.rows.get(name)!;
    const id = JSON.stringify(key);
    let row = table.get(id);
    if (!row) table.set(id, (row = { key, attrs, counters: {} }));
    for (const c in counters) {
      const v = counters[c];
      if (v) row.counters[c] = (row.counters[c] ?? 0) + v;
    }
  }

  /** A per-batch row and the national rollup rows its table keeps (see the note at the top). */
  addWithRollups(name: AggName, key: (string | number)[], attrs: (string | number)[], counters: Counters): void {
    this.add(name, key, attrs, counters);
    const spec = AGG[name];
    if (spec.rollups.includes('day')) this.add(name, [key[0], key[1], 0, key[3]], [''], counters);
    if (spec.rollups.includes('month')) this.add(name, [String(key[0]).slice(0, 7), key[1], MONTHLY, key[3]], [''], counters);
  }

  /** `{ agg: [[key, attrs, counters], ...] }`, or null when nothing changed. */
  serialize(): string | null {
    const out: Record<string, [(string | number)[], (string | number)[], Counters][]> = {};
    let any = false;
    for (const name of AGG_ORDER) {
      const list: [(string | number)[], (string | number)[], Counters][] = [];
      for (const r of this.rows.get(name)!.values()) if (Object.keys(r.counters).length) list.push([r.key, r.attrs, r.counters]);
      if (list.length) {
        out[name] = list;
        any = true;
      }
    }
    return any ? JSON.stringify(out) : null;
  }

  /** Adds a serialized transaction's rows and their rollups. */
  merge(payload: string): void {
    const data = JSON.parse(payload) as Partial<Record<AggName, [(string | number)[], (string | number)[], Counters][]>>;
    for (const name of AGG_ORDER) for (const [key, attrs, counters] of data[name] ?? []) this.addWithRollups(name, key, attrs, counters);
  }

  batch(day: string, b: BatchLike, c: Counters): void {
    this.add('batch', [day, b.id], [b.provinceCode, b.template.id], c);
  }

  keyer(day: string, keyer: string, b: BatchLike, c: Counters): void {
    this.add('keyer', [day, keyer, b.id, b.template.id], [b.provinceCode], c);
  }

  field(day: string, field: string, b: BatchLike, c: Counters): void {
    this.add('field', [day, field, b.id, b.template.id], [b.provinceCode], c);
  }

  pair(day: string, k1: string, k2: string, b: BatchLike, c: Counters): void {
    const [a, z] = k1 < k2 ? [k1, k2] : [k2, k1];
    this.add('pair', [day, a, z, b.id], [b.provinceCode, b.template.id], c);
  }

  reviewer(day: string, reviewerId: number, b: BatchLike, c: Counters): void {
    this.add('reviewer', [day, reviewerId, b.id, b.template.id], [b.provinceCode], c);
  }

  /**
   * One upsert statement per table that has rows. PostgreSQL gets one array parameter per
   * column (`select * from unnest(...)`): ~3x cheaper than a VALUES list of thousands of
   * parameters for these narrow integer rows. SQLite gets the VALUES list (chunked under its
   * parameter limit). The upserts are left in `writes` for the caller to send with its own (on
   * PostgreSQL, one statement for all tables).
   */
  write(em: SqlEntityManager, writes: Writes): void {
    const pg = isPostgres(em);
    this.written = true;
    for (const name of AGG_ORDER) {
      const spec = AGG[name];
      const rows = [...this.rows.get(name)!.entries()]
        .filter(([, r]) => Object.values(r.counters).some((v) => v !== 0))
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([, r]) => r);
      if (!rows.length) continue;
      // PostgreSQL: every counter, zeros included, so each table's upsert has one text (one
      // prepared statement) whatever the rows changed; a statement per mix could fill the
      // process's named-statement slots (db/pg-statements.ts).
      const counters = pg ? spec.counters : spec.counters.filter((c) => rows.some((r) => r.counters[c]));
      const cols = [...spec.keys, ...spec.attrs, ...counters];
      const conflict = `on conflict (${spec.keys.map((k) => `"${k}"`).join(', ')}) do update set ${counters.map((c) => `"${c}" = "${spec.table}"."${c}" + excluded."${c}"`).join(', ')}`;
      const list = cols.map((c) => `"${c}"`).join(', ');
      if (pg) {
        const fixed = [...spec.keys, ...spec.attrs];
        const arrays = [
          ...fixed.map((_c, j) => pgArray(rows.map((r) => (j < spec.keys.length ? r.key[j] : r.attrs[j - spec.keys.length])))),
          ...counters.map((c) => pgArray(rows.map((r) => r.counters[c] ?? 0))),
        ];
        const types = cols.map((c) => (NUMERIC.has(c) || counters.includes(c) ? 'int' : 'text'));
        // The unnest'ed rows come out in array order: the sorted order above, so locks are taken in it.
        writes.run(`insert into "${spec.table}" (${list}) select * from unnest(${types.map((t) => `?::${t}[]`).join(', ')}) ${conflict}`, arrays);
        continue;
      }
      const perChunk = Math.max(1, Math.floor(30000 / cols.length));
      const one = `(${cols.map(() => '?').join(', ')})`;
      for (let i = 0; i < rows.length; i += perChunk) {
        const chunk = rows.slice(i, i + perChunk);
        const params: unknown[] = [];
        for (const r of chunk) {
          for (const v of r.key) params.push(sqlValue(em, v));
          for (const v of r.attrs) params.push(sqlValue(em, v));
          for (const c of counters) params.push(r.counters[c] ?? 0);
        }
        writes.run(`insert into "${spec.table}" (${list}) values ${chunk.map(() => one).join(', ')} ${conflict}`, params);
      }
    }
  }
}
