/**
 * Report aggregates: daily counters that the events changing them (ingest, resolution, spot
 * check, rejection, rescan, escalation) record in their own transaction, so reports read a few
 * thousand small rows instead of scanning keyings.
 *
 * Every table is keyed by `day`, the calendar day in Vietnam (UTC+7) of what is counted:
 * - keyings, fields keyed, keystrokes, seconds per form and *errors*: the day the keying was
 *   submitted (an error charged today on last week's keying counts against last week's work,
 *   so a rate's numerator and denominator describe the same keyings);
 * - forms created, compared, verified automatically, sent to review, discrepancies: the day of
 *   the ingest call that did it;
 * - resolutions, spot checks, rejections, rescans, escalations: the day they happened.
 *
 * Keyer, field and reviewer tables also hold a national rollup row per (day, key, template):
 * batch_id = 0, province_code = ''; the keyer table also a monthly one (batch_id = MONTHLY, day
 * 'YYYY-MM'). Reports without a batch or province filter read only rollups (for keyers: whole
 * months from the monthly rows, the days of partial months from the daily ones); with a filter,
 * only per-batch rows. Never sum two kinds of rows over the same days.
 *
 * Hooks add their deltas to the transaction's `Deltas`; `commit` appends them (per-batch rows
 * only) to `agg_pending` as one row, the transaction's last statement. `foldPending` merges
 * pending rows, adds their rollups, and writes each table with ONE multi-row `insert ... on
 * conflict do update set c = c + excluded.c`: every second in the background, and before
 * anything reads the tables (reports, `readAggregates`), so a report still counts every
 * transaction committed before it. The rollup rows are shared by every concurrent transaction:
 * updated in those transactions they serialized ingest (each call waited for the others' row
 * locks); folded, they are written once per fold by one writer at a time.
 *
 * `recompute` derives every row from the raw tables with plain GROUP BYs: the property test
 * checks the incremental rows against it, and `rebuild` uses it to (re)fill the tables.
 */
import type { SqlEntityManager } from '@mikro-orm/knex';
import { Batch } from '../db/entities/index.js';
import { DISCREPANCY_KINDS } from '../domain/compare.js';
import { bucketOf, HISTOGRAM_BOUNDS, HISTOGRAM_BUCKETS, vnDay } from '../domain/stats.js';
import { keystrokes, type FieldValues } from '../domain/values.js';
import type { Actor } from './context.js';
import { exec, isPostgres, pgArray, sqlDate, sqlValue } from './sql.js';

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
    counters: ['forms', 'compared', 'fields_compared', 'auto_verified', 'to_review', 'discrepancies', 'disagreements', 'keyings', 'rekeyings', 'fields_keyed', 'errors', 'review_verified', 'spot_checked', 'spot_corrected', 'rejected', 'rescanned'],
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
/** The order rows are written in, by every transaction (see the deadlock note above). */
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
const NUMERIC = new Set(['batch_id', 'template_id', 'reviewer_id']);

/** Deltas of one transaction, summed per row before anything is written. */
export class Deltas {
  readonly rows = new Map<AggName, Map<string, AggRow>>(AGG_ORDER.map((n) => [n, new Map()]));
  private written = false;

  /**
   * The end of a transaction: flush the unit of work, then append this transaction's rows (without
   * their rollups) to agg_pending as one row. `foldPending` adds them to the tables later; no
   * aggregate row is locked by the transaction itself.
   */
  async commit(em: SqlEntityManager): Promise<void> {
    if (this.written) throw new Error('aggregate deltas written twice');
    await em.flush();
    this.written = true;
    const payload = this.serialize();
    if (payload) await exec(em, 'insert into agg_pending (payload, created_at) values (?, ?)', [payload, sqlDate(em, new Date())], 'run');
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
   * parameter limit).
   */
  async write(em: SqlEntityManager): Promise<void> {
    const pg = isPostgres(em);
    this.written = true;
    for (const name of AGG_ORDER) {
      const spec = AGG[name];
      const rows = [...this.rows.get(name)!.entries()]
        .filter(([, r]) => Object.values(r.counters).some((v) => v !== 0))
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([, r]) => r);
      if (!rows.length) continue;
      const counters = spec.counters.filter((c) => rows.some((r) => r.counters[c]));
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
        await exec(em, `insert into "${spec.table}" (${list}) select * from unnest(${types.map((t) => `?::${t}[]`).join(', ')}) ${conflict}`, arrays, 'run');
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
        await exec(em, `insert into "${spec.table}" (${list}) values ${chunk.map(() => one).join(', ')} ${conflict}`, params, 'run');
      }
    }
  }
}

const seconds = (from: Date, to: Date) => Math.floor((to.getTime() - from.getTime()) / 1000);
const histogram = (s: number): Counters => ({ [HISTOGRAM_COLUMNS[bucketOf(s)]]: 1 });

async function batchOf(em: SqlEntityManager, b: BatchLike | { id: number }): Promise<BatchLike> {
  if ('provinceCode' in b && typeof b.provinceCode === 'string' && b.template?.id) return b;
  return em.findOneOrFail(Batch, b.id);
}

// ---- Hooks: called by the services inside their transactions ------------------------------------

/** The structural view of ingest's working state that the ingest hook reads. */
export interface IngestState {
  accepted: { p: { input: { keyerCode: string; pass: number; startedAt: Date; submittedAt: Date }; strokes: number; template: { fields: unknown[] } }; form: { batch: BatchLike } }[];
  forms: Iterable<{ id: number; touched: boolean; batch: BatchLike; template: { fields: unknown[] }; passes: Map<number, { keyerCode: string; prepared?: unknown }> }>;
  review: { form: { id: number }; diffs: { field: string; kind: string }[] }[];
}

/** Pass 1/2 keyings accepted, forms created, forms compared (and their discrepancies). */
export function onIngest(d: Deltas, s: IngestState, now: Date): void {
  for (const { p, form } of s.accepted) {
    const day = vnDay(p.input.submittedAt);
    const fields = p.template.fields.length;
    const secs = seconds(p.input.startedAt, p.input.submittedAt);
    d.batch(day, form.batch, { keyings: 1, fields_keyed: fields });
    d.keyer(day, p.input.keyerCode, form.batch, { keyings: 1, forms: 1, fields_keyed: fields, keystrokes: p.strokes, seconds: secs, ...histogram(secs) });
  }
  const today = vnDay(now);
  const diffsOf = new Map(s.review.map((r) => [r.form.id, r.diffs]));
  for (const f of s.forms) {
    if (!f.touched) continue;
    // A form this call created has no keying read from the database.
    if ([...f.passes.values()].every((x) => x.prepared)) d.batch(today, f.batch, { forms: 1 });
    const p1 = f.passes.get(1), p2 = f.passes.get(2);
    if (!p1 || !p2) continue;
    const diffs = diffsOf.get(f.id) ?? [];
    const nf = f.template.fields.length;
    const disagreements = diffs.filter((x) => x.kind !== 'RULE').length;
    d.batch(today, f.batch, { compared: 1, fields_compared: nf, auto_verified: diffs.length ? 0 : 1, to_review: diffs.length ? 1 : 0, discrepancies: diffs.length, disagreements });
    for (const x of diffs) d.field(today, x.field, f.batch, { discrepancies: 1, disagreements: x.kind === 'RULE' ? 0 : 1 });
    d.pair(today, p1.keyerCode, p2.keyerCode, f.batch, { forms: 1, fields_compared: nf, disagreements });
  }
}

/** A third clerk's keying of the disputed fields (its errors come with the settlement). */
export function onRekey(d: Deltas, k: { keyerCode: string; submittedAt: Date; values: FieldValues; strokes: number; batch: BatchLike }): void {
  const day = vnDay(k.submittedAt);
  const fields = Object.keys(k.values);
  d.batch(day, k.batch, { keyings: 1, rekeyings: 1, fields_keyed: fields.length });
  d.keyer(day, k.keyerCode, k.batch, { keyings: 1, fields_keyed: fields.length, keystrokes: k.strokes });
  for (const f of fields) d.field(day, f, k.batch, { rekeyed: 1 });
}

interface Charged {
  keying: number;
  keyerCode: string;
  fieldKey: string;
  kind: string;
}
type KeyingLike = { id: number; submittedAt: Date };

function charge(d: Deltas, b: BatchLike, keyings: KeyingLike[], errors: Charged[]): void {
  const submitted = new Map(keyings.map((k) => [k.id, k.submittedAt]));
  for (const e of errors) {
    const day = vnDay(submitted.get(e.keying)!);
    d.batch(day, b, { errors: 1 });
    d.keyer(day, e.keyerCode, b, { errors: 1, [KIND_COLUMNS[e.kind] ?? KIND_COLUMNS.OTHER]: 1 });
    d.field(day, e.fieldKey, b, { errors: 1 });
  }
}

function reviewTime(claimedAt: Date | null | undefined, now: Date): Counters {
  if (!claimedAt) return {};
  const s = seconds(claimedAt, now);
  return { seconds: s, ...histogram(s) };
}

/** A review task settled (by a reviewer, or by a third keying when `by` is null). */
export function onSettled(
  d: Deltas,
  a: { batch: BatchLike; keyings: KeyingLike[]; errors: Charged[]; finals: { d: { outcome?: string | null } }[]; by: Actor | null; claimedAt?: Date | null; now: Date },
): void {
  const day = vnDay(a.now);
  charge(d, a.batch, a.keyings, a.errors);
  d.batch(day, a.batch, { review_verified: 1 });
  if (a.by) {
    const n = (o: string) => a.finals.filter((f) => f.d.outcome === o).length;
    d.reviewer(day, a.by.userId, a.batch, {
      resolved: 1,
      fields: a.finals.length,
      agreed_first: n('FIRST_CORRECT'),
      agreed_second: n('SECOND_CORRECT'),
      agreed_both: n('EQUIVALENT'),
      agreed_neither: n('BOTH_WRONG'),
      ...reviewTime(a.claimedAt, a.now),
    });
  }
}

/** A spot check confirmed or corrected (both clerks are charged for each corrected field). */
export function onSpotChecked(
  d: Deltas,
  a: { batch: BatchLike; keyings: KeyingLike[]; errors: Charged[]; corrected: boolean; by: Actor; claimedAt?: Date | null; now: Date },
): void {
  const day = vnDay(a.now);
  charge(d, a.batch, a.keyings, a.errors);
  const c = { spot_checked: 1, spot_corrected: a.corrected ? 1 : 0 };
  d.batch(day, a.batch, c);
  d.reviewer(day, a.by.userId, a.batch, { ...c, ...reviewTime(a.claimedAt, a.now) });
}

/** A form rejected as unreadable (by a reviewer) or brought back by a rescan (reviewer null). */
export async function onRejectedOrRescanned(em: SqlEntityManager, d: Deltas, a: { batch: BatchLike | { id: number }; rescan: boolean; by: Actor | null; now: Date }): Promise<void> {
  const b = await batchOf(em, a.batch);
  const day = vnDay(a.now);
  d.batch(day, b, a.rescan ? { rescanned: 1 } : { rejected: 1 });
  if (!a.rescan && a.by) d.reviewer(day, a.by.userId, b, { rejected: 1 });
}

export async function onEscalated(em: SqlEntityManager, d: Deltas, a: { batch: BatchLike | { id: number }; by: Actor; now: Date }): Promise<void> {
  d.reviewer(vnDay(a.now), a.by.userId, await batchOf(em, a.batch), { escalated: 1 });
}

// ---- Recomputation from the raw rows ----------------------------------------------------------

/** SQL spellings that differ between the dialects. */
export function sqlDialect(em: SqlEntityManager) {
  const pg = isPostgres(em);
  return {
    pg,
    /** The Vietnamese calendar day of a datetime column (SQLite stores epoch milliseconds). */
    day: (c: string) => (pg ? `to_char((${c} at time zone 'UTC') + interval '7 hours', 'YYYY-MM-DD')` : `strftime('%Y-%m-%d', ${c} / 1000 + 25200, 'unixepoch')`),
    /** Whole seconds from a to b (b ≥ a), truncated like Math.floor. */
    seconds: (a: string, b: string) => (pg ? `floor(extract(epoch from (${b} - ${a})))` : `((${b} - ${a}) / 1000)`),
    /** Fields of a template (`form_template.fields`). */
    fieldCount: (c: string) => (pg ? `jsonb_array_length(${c})` : `json_array_length(${c})`),
    /** Code-point order, as JavaScript's `<` on these codes. */
    less: (a: string, b: string) => (pg ? `${a} collate "C" < ${b} collate "C"` : `${a} < ${b}`),
  };
}

/** `sum(case when <cond> and s in bucket i ...)` for every histogram column. */
export function histogramSums(s: string, cond = 'true'): string {
  return HISTOGRAM_COLUMNS.map((col, i) => {
    const lo = i === 0 ? '' : ` and ${s} >= ${HISTOGRAM_BOUNDS[i]}`;
    const hi = i === HISTOGRAM_BUCKETS - 1 ? '' : ` and ${s} < ${HISTOGRAM_BOUNDS[i + 1]}`;
    return `sum(case when ${cond} and ${s} is not null${lo}${hi} then 1 else 0 end) as ${col}`;
  }).join(', ');
}

/** One source of per-batch rows: a GROUP BY over raw tables. */
export interface RawQuery {
  agg: AggName;
  /** Selects the key, attribute and some counter columns, named as in the table, per-batch rows only. */
  sql: string;
}

/** The per-batch rows of every table as GROUP BYs over the raw tables, one query per source. */
export function partials(em: SqlEntityManager): RawQuery[] {
  const q = sqlDialect(em);
  const kinds = DISCREPANCY_KINDS.map((k) => `sum(case when kind = '${k}' then 1 else 0 end) as ${KIND_COLUMNS[k]}`).join(', ');
  const compared = `(select k.form_id, max(k.created_at) as at, max(case when k.pass = 1 then k.keyer_code end) as k1, max(case when k.pass = 2 then k.keyer_code end) as k2
      from keying k where k.pass in (1, 2) group by k.form_id having count(*) = 2)`;
  const reviewDiscrepancies = `(select d.form_id, count(*) as n, sum(case when d.kind <> 'RULE' then 1 else 0 end) as nd
      from discrepancy d join correction_task t on t.id = d.task_id where t.kind = 'REVIEW' group by d.form_id)`;
  const comparedRows = `select ${q.day('c.at')} as day, f.batch_id, b.province_code, b.template_id, ${q.fieldCount('ft.fields')} as nf, c.k1, c.k2,
        coalesce(x.n, 0) as n, coalesce(x.nd, 0) as nd, case when x.form_id is null then 1 else 0 end as auto
      from ${compared} c join form f on f.id = c.form_id join batch b on b.id = f.batch_id join form_template ft on ft.id = b.template_id
      left join ${reviewDiscrepancies} x on x.form_id = c.form_id`;
  const errorRows = `select ${q.day('k.submitted_at')} as day, e.keyer_code, e.field_key, e.kind, e.batch_id, b.province_code, b.template_id
      from keying_error e join keying k on k.id = e.keying_id join batch b on b.id = e.batch_id`;
  const claimed = `(select max(a.at) from audit_event a where a.entity_type = 'task' and a.entity_id = t.id and a.action = 'task.claim' and a.at <= t.resolved_at)`;
  const resolvedRows = `select ${q.day('t.resolved_at')} as day, t.resolved_by_id as reviewer_id, t.batch_id, b.province_code, b.template_id, t.kind, t.discrepancy_count,
        ${q.seconds(claimed, 't.resolved_at')} as s
      from correction_task t join batch b on b.id = t.batch_id where t.status = 'RESOLVED' and t.resolved_by_id is not null`;
  return [
    // agg_batch_day
    { agg: 'batch', sql: `select day, batch_id, province_code, template_id, count(*) as forms from (select ${q.day('f.created_at')} as day, f.batch_id, b.province_code, b.template_id from form f join batch b on b.id = f.batch_id) x group by day, batch_id, province_code, template_id` },
    {
      agg: 'batch',
      sql: `select day, batch_id, province_code, template_id, count(*) as compared, sum(nf) as fields_compared, sum(auto) as auto_verified, sum(1 - auto) as to_review,
        sum(n) as discrepancies, sum(nd) as disagreements from (${comparedRows}) x group by day, batch_id, province_code, template_id`,
    },
    {
      agg: 'batch',
      sql: `select day, batch_id, province_code, template_id, count(*) as keyings, sum(case when pass = 3 then 1 else 0 end) as rekeyings, sum(fields_keyed) as fields_keyed
        from (select ${q.day('k.submitted_at')} as day, f.batch_id, b.province_code, b.template_id, k.pass, k.fields_keyed from keying k join form f on f.id = k.form_id join batch b on b.id = f.batch_id) x
        group by day, batch_id, province_code, template_id`,
    },
    { agg: 'batch', sql: `select day, batch_id, province_code, template_id, count(*) as errors from (${errorRows}) x group by day, batch_id, province_code, template_id` },
    {
      agg: 'batch',
      sql: `select day, batch_id, province_code, template_id, sum(case when kind = 'REVIEW' then 1 else 0 end) as review_verified, sum(case when kind = 'SPOT_CHECK' then 1 else 0 end) as spot_checked,
        sum(case when kind = 'SPOT_CHECK' and discrepancy_count > 0 then 1 else 0 end) as spot_corrected
        from (select ${q.day('t.resolved_at')} as day, t.batch_id, b.province_code, b.template_id, t.kind, t.discrepancy_count from correction_task t join batch b on b.id = t.batch_id where t.status = 'RESOLVED') x
        group by day, batch_id, province_code, template_id`,
    },
    {
      agg: 'batch',
      sql: `select day, batch_id, province_code, template_id, sum(case when action = 'form.reject' then 1 else 0 end) as rejected, sum(case when action = 'form.rescan' then 1 else 0 end) as rescanned
        from (select ${q.day('a.at')} as day, f.batch_id, b.province_code, b.template_id, a.action from audit_event a join form f on f.id = a.entity_id join batch b on b.id = f.batch_id
          where a.entity_type = 'form' and a.action in ('form.reject', 'form.rescan')) x
        group by day, batch_id, province_code, template_id`,
    },
    // agg_keyer_day
    {
      agg: 'keyer',
      sql: `select day, keyer_code, batch_id, template_id, province_code, count(*) as keyings, sum(case when pass < 3 then 1 else 0 end) as forms, sum(fields_keyed) as fields_keyed,
        sum(keystrokes) as keystrokes, sum(case when pass < 3 then s else 0 end) as seconds, ${histogramSums('s', 'pass < 3')}
        from (select ${q.day('k.submitted_at')} as day, k.keyer_code, f.batch_id, b.template_id, b.province_code, k.pass, k.fields_keyed, k.keystrokes, ${q.seconds('k.started_at', 'k.submitted_at')} as s
          from keying k join form f on f.id = k.form_id join batch b on b.id = f.batch_id) x
        group by day, keyer_code, batch_id, template_id, province_code`,
    },
    { agg: 'keyer', sql: `select day, keyer_code, batch_id, template_id, province_code, count(*) as errors, ${kinds} from (${errorRows}) x group by day, keyer_code, batch_id, template_id, province_code` },
    // agg_field_day
    {
      agg: 'field',
      sql: `select day, field_key, batch_id, template_id, province_code, count(*) as discrepancies, sum(case when kind <> 'RULE' then 1 else 0 end) as disagreements
        from (select ${q.day('d.created_at')} as day, d.field_key, d.batch_id, b.template_id, b.province_code, d.kind from discrepancy d join correction_task t on t.id = d.task_id join batch b on b.id = d.batch_id where t.kind = 'REVIEW') x
        group by day, field_key, batch_id, template_id, province_code`,
    },
    { agg: 'field', sql: `select day, field_key, batch_id, template_id, province_code, count(*) as errors from (${errorRows}) x group by day, field_key, batch_id, template_id, province_code` },
    {
      // A third keying covers exactly the disputed fields, i.e. the discrepancies of the form's review task.
      agg: 'field',
      sql: `select day, field_key, batch_id, template_id, province_code, count(*) as rekeyed
        from (select ${q.day('k.submitted_at')} as day, d.field_key, f.batch_id, b.template_id, b.province_code from keying k join discrepancy d on d.form_id = k.form_id
          join form f on f.id = k.form_id join batch b on b.id = f.batch_id where k.pass = 3) x
        group by day, field_key, batch_id, template_id, province_code`,
    },
    // agg_pair_day
    {
      agg: 'pair',
      sql: `select day, keyer_a, keyer_b, batch_id, province_code, template_id, count(*) as forms, sum(nf) as fields_compared, sum(nd) as disagreements
        from (select day, case when ${q.less('k1', 'k2')} then k1 else k2 end as keyer_a, case when ${q.less('k1', 'k2')} then k2 else k1 end as keyer_b, batch_id, province_code, template_id, nf, nd
          from (${comparedRows}) y) x
        group by day, keyer_a, keyer_b, batch_id, province_code, template_id`,
    },
    // agg_reviewer_day
    {
      agg: 'reviewer',
      sql: `select day, reviewer_id, batch_id, template_id, province_code, sum(case when kind = 'REVIEW' then 1 else 0 end) as resolved, sum(case when kind = 'SPOT_CHECK' then 1 else 0 end) as spot_checked,
        sum(case when kind = 'SPOT_CHECK' and discrepancy_count > 0 then 1 else 0 end) as spot_corrected, sum(coalesce(s, 0)) as seconds, ${histogramSums('s')}
        from (${resolvedRows}) x group by day, reviewer_id, batch_id, template_id, province_code`,
    },
    {
      agg: 'reviewer',
      sql: `select day, reviewer_id, batch_id, template_id, province_code, count(*) as fields, sum(case when outcome = 'FIRST_CORRECT' then 1 else 0 end) as agreed_first,
        sum(case when outcome = 'SECOND_CORRECT' then 1 else 0 end) as agreed_second, sum(case when outcome = 'EQUIVALENT' then 1 else 0 end) as agreed_both,
        sum(case when outcome = 'BOTH_WRONG' then 1 else 0 end) as agreed_neither
        from (select ${q.day('t.resolved_at')} as day, t.resolved_by_id as reviewer_id, t.batch_id, b.template_id, b.province_code, d.outcome
          from discrepancy d join correction_task t on t.id = d.task_id join batch b on b.id = t.batch_id where t.kind = 'REVIEW' and t.status = 'RESOLVED' and t.resolved_by_id is not null) x
        group by day, reviewer_id, batch_id, template_id, province_code`,
    },
    {
      agg: 'reviewer',
      sql: `select day, reviewer_id, batch_id, template_id, province_code, sum(case when action = 'task.reject' then 1 else 0 end) as rejected, sum(case when action = 'task.escalate' then 1 else 0 end) as escalated
        from (select ${q.day('a.at')} as day, a.actor_id as reviewer_id, t.batch_id, b.template_id, b.province_code, a.action from audit_event a join correction_task t on t.id = a.entity_id
          join batch b on b.id = t.batch_id where a.entity_type = 'task' and a.action in ('task.reject', 'task.escalate') and a.actor_id is not null) x
        group by day, reviewer_id, batch_id, template_id, province_code`,
    },
  ];
}

const value = (c: string, v: unknown) => (NUMERIC.has(c) ? Number(v) : String(v));

function toRow(spec: AggSpec, r: Record<string, unknown>): AggRow {
  const counters: Counters = {};
  for (const c of spec.counters) if (r[c] !== undefined && r[c] !== null && Number(r[c]) !== 0) counters[c] = Number(r[c]);
  return { key: spec.keys.map((k) => value(k, r[k])), attrs: spec.attrs.map((a) => value(a, r[a])), counters };
}

/** Every aggregate row recomputed from the raw tables (per-batch rows and their rollups). */
export async function recompute(em: SqlEntityManager): Promise<Record<AggName, AggRow[]>> {
  const d = new Deltas();
  for (const p of partials(em)) {
    const spec = AGG[p.agg];
    for (const r of await exec<Record<string, unknown>[]>(em, p.sql)) {
      const row = toRow(spec, r);
      d.addWithRollups(p.agg, row.key, row.attrs, row.counters);
    }
  }
  return collect(d);
}

// ---- Folding ---------------------------------------------------------------------------------------

/** The advisory lock that lets one fold at a time run on a PostgreSQL database. */
const FOLD_LOCK = 0x646b6167;
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
    const n = await em.fork().transactional(async (tx) => {
      if (isPostgres(tx)) {
        if (wait) await exec(tx, 'select pg_advisory_xact_lock(?)', [FOLD_LOCK], 'run');
        else if (!(await exec<{ ok: boolean }[]>(tx, 'select pg_try_advisory_xact_lock(?) as ok', [FOLD_LOCK]))[0].ok) return -1;
      }
      const rows = await exec<{ id: number | string; payload: string }[]>(tx, 'select id, payload from agg_pending order by id limit ?', [FOLD_BATCH]);
      if (!rows.length) return 0;
      const d = new Deltas();
      for (const r of rows) d.merge(r.payload);
      await d.write(tx);
      // By id, not `id <= max`: a row with a smaller id may commit after this read.
      await exec(tx, `delete from agg_pending where id in (${rows.map(() => '?').join(',')})`, rows.map((r) => Number(r.id)), 'run');
      return rows.length;
    });
    if (n < 0) return total;
    total += n;
    if (n < FOLD_BATCH) return total;
  }
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

/** Every row the aggregate tables hold now (pending deltas folded first). */
export async function readAggregates(em: SqlEntityManager): Promise<Record<AggName, AggRow[]>> {
  await foldPending(em);
  const d = new Deltas();
  for (const name of AGG_ORDER) {
    const spec = AGG[name];
    for (const r of await exec<Record<string, unknown>[]>(em, `select * from "${spec.table}"`)) {
      const row = toRow(spec, r);
      d.add(name, row.key, row.attrs, row.counters);
    }
  }
  return collect(d);
}

function collect(d: Deltas): Record<AggName, AggRow[]> {
  const out = {} as Record<AggName, AggRow[]>;
  for (const name of AGG_ORDER) {
    out[name] = [...d.rows.get(name)!.entries()]
      .filter(([, r]) => Object.keys(r.counters).length)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([, r]) => r);
  }
  return out;
}

/**
 * Empties the aggregate tables and fills them again from the raw rows, in the caller's
 * transaction: for databases that had data before the aggregates existed, after a repair of raw
 * rows, and for the benchmark's bulk-loaded data. Concurrent writers wait on the table locks.
 */
export async function rebuild(em: SqlEntityManager): Promise<void> {
  if (isPostgres(em)) {
    // Writers append to agg_pending as their last statement: they wait here until the rebuild
    // commits (their rows are then not in it, and their deltas are folded after it), and a writer
    // that appended before is waited for (its rows are in the rebuild; its deltas are dropped).
    await exec(em, 'select pg_advisory_xact_lock(?)', [FOLD_LOCK], 'run');
    await exec(em, `lock table agg_pending, ${AGG_ORDER.map((n) => `"${AGG[n].table}"`).join(', ')} in exclusive mode`, [], 'run');
  }
  await exec(em, 'delete from agg_pending', [], 'run');
  for (const name of AGG_ORDER) await exec(em, `delete from "${AGG[name].table}"`, [], 'run');
  for (const p of partials(em)) {
    const spec = AGG[p.agg];
    const counters = spec.counters.filter((c) => new RegExp(`\\bas ${c}\\b`).test(p.sql));
    const cols = [...spec.keys, ...spec.attrs, ...counters];
    const list = cols.map((c) => `"${c}"`).join(', ');
    // `where true`: SQLite would otherwise read `on conflict` as a join constraint.
    await exec(
      em,
      `insert into "${spec.table}" (${list}) select ${list} from (${p.sql}) p where true on conflict (${spec.keys.map((k) => `"${k}"`).join(', ')}) do update set ${counters.map((c) => `"${c}" = "${spec.table}"."${c}" + excluded."${c}"`).join(', ')}`,
      [],
      'run',
    );
  }
  for (const name of AGG_ORDER) {
    const spec = AGG[name];
    for (const grain of spec.rollups) {
      const [k0, k1, , k3] = spec.keys;
      const day = grain === 'day' ? `"${k0}"` : `substr("${k0}", 1, 7)`;
      await exec(
        em,
        `insert into "${spec.table}" ("${k0}", "${k1}", "batch_id", "${k3}", "province_code", ${spec.counters.map((c) => `"${c}"`).join(', ')})
         select ${day}, "${k1}", ${grain === 'day' ? 0 : MONTHLY}, "${k3}", '', ${spec.counters.map((c) => `sum("${c}")`).join(', ')} from "${spec.table}" where batch_id > 0 group by ${day}, "${k1}", "${k3}"`,
        [],
        'run',
      );
    }
  }
}
