/**
 * The aggregate rows derived from the raw tables with plain GROUP BYs: `recompute` (what the
 * property tests compare the incremental rows with), `readAggregates` (what the tables hold now)
 * and `rebuild` (empties the tables and fills them again).
 */
import type { SqlEntityManager } from '@mikro-orm/knex';
import { CHECK_KINDS, DISCREPANCY_KINDS } from '../domain/compare.js';
import { HISTOGRAM_BOUNDS, HISTOGRAM_BUCKETS } from '../domain/stats.js';
import { AGG, AGG_ORDER, Deltas, HISTOGRAM_COLUMNS, KIND_COLUMNS, MONTHLY, NUMERIC, type AggName, type AggRow, type AggSpec, type Counters } from './aggregate-deltas.js';
import { FOLD_LOCK, foldPending } from './aggregate-fold.js';
import { exec, isPostgres } from './sql.js';
import { PENDING_TASK_STATUSES } from './task-state.js';

/** Check kinds are discrepancies but not disagreements. */
const CHECK_LIST = CHECK_KINDS.map((k) => `'${k}'`).join(', ');

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
  const reviewDiscrepancies = `(select d.form_id, count(*) as n, sum(case when d.kind not in (${CHECK_LIST}) then 1 else 0 end) as nd
      from discrepancy d join correction_task t on t.id = d.task_id where t.kind = 'REVIEW' group by d.form_id)`;
  const comparedRows = `select ${q.day('c.at')} as day, f.batch_id, b.province_code, b.template_id, ${q.fieldCount('ft.fields')} as nf, c.k1, c.k2,
        coalesce(x.n, 0) as n, coalesce(x.nd, 0) as nd, case when x.form_id is null then 1 else 0 end as auto
      from ${compared} c join form f on f.id = c.form_id join batch b on b.id = f.batch_id join form_template ft on ft.id = b.template_id
      left join ${reviewDiscrepancies} x on x.form_id = c.form_id`;
  const errorRows = `select ${q.day('k.submitted_at')} as day, e.keyer_code, e.field_key, e.kind, e.batch_id, b.province_code, b.template_id
      from keying_error e join keying k on k.id = e.keying_id join batch b on b.id = e.batch_id`;
  // A reopened resolution comes back claimed by whoever reopened it: that counts as its claim.
  const claimed = `(select max(a.at) from audit_event a where a.entity_type = 'task' and a.entity_id = t.id and a.action in ('task.claim', 'task.reopen') and a.at <= t.resolved_at)`;
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
    {
      // The backlog: the tasks waiting now, on the day each was created.
      agg: 'batch',
      sql: `select day, batch_id, province_code, template_id, count(*) as pending_tasks, sum(discrepancy_count) as pending_fields
        from (select ${q.day('t.created_at')} as day, t.batch_id, b.province_code, b.template_id, t.discrepancy_count from correction_task t join batch b on b.id = t.batch_id
          where t.status in (${PENDING_TASK_STATUSES.map((s) => `'${s}'`).join(', ')})) x
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
      sql: `select day, field_key, batch_id, template_id, province_code, count(*) as discrepancies, sum(case when kind not in (${CHECK_LIST}) then 1 else 0 end) as disagreements
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
