/**
 * An aggregate table as the reports read it: its rows, plus the deltas still queued in
 * agg_pending expanded into rows the way foldPending would add them (with the national rollup
 * rows of Deltas.addWithRollups), in one statement. One statement reads one snapshot, and a fold
 * deletes its pending rows in the transaction that adds them to the table, so every committed
 * transaction counts exactly once whether it has been folded or not. Reports therefore no longer
 * wait for a fold under the fold lock: under mixed load that wait made them the slowest requests.
 */
import type { SqlEntityManager } from '@mikro-orm/knex';
import { AGG, MONTHLY, NUMERIC, type AggName } from './aggregate-deltas.js';
import { isPostgres } from './sql.js';

/** Which rows one queued delta stands for: itself, its daily and its monthly national rollup. */
const BASE = 0;
const DAY_ROLLUP = 1;
const MONTH_ROLLUP = 2;

const cache = new Map<string, string>();

/** `(select ... from <table> union all <queued deltas>)`, to be aliased by the caller (`from ${aggSource(em, 'keyer')} r`). */
export function aggSource(em: SqlEntityManager, name: AggName): string {
  const pg = isPostgres(em);
  const id = `${pg ? 'pg' : 'sqlite'}:${name}`;
  let sql = cache.get(id);
  if (!sql) cache.set(id, (sql = build(pg, name)));
  return sql;
}

function build(pg: boolean, name: AggName): string {
  const spec = AGG[name];
  // A queued row is [key, attrs, counters] (Deltas.serialize); `e` is one of them.
  const at = (i: number, j: number, numeric: boolean) => (pg ? (numeric ? `(e.value->${i}->>${j})::int` : `(e.value->${i}->>${j})`) : `json_extract(e.value, '$[${i}][${j}]')`);
  const counter = (c: string) => `coalesce(${pg ? `(e.value->2->>'${c}')::int` : `json_extract(e.value, '$[2].${c}')`}, 0)`;
  const kinds = [BASE, ...(spec.rollups.includes('day') ? [DAY_ROLLUP] : []), ...(spec.rollups.includes('month') ? [MONTH_ROLLUP] : [])];
  const keyCols = spec.keys.map((col, j) => {
    const v = at(0, j, NUMERIC.has(col));
    if (kinds.length === 1) return v;
    // What addWithRollups changes: the batch (0 for the day's rollup, MONTHLY for the month's), the month's day.
    if (col === 'batch_id') return `case v.k when ${BASE} then ${v} when ${DAY_ROLLUP} then 0 else ${MONTHLY} end`;
    if (col === 'day') return `case v.k when ${MONTH_ROLLUP} then substr(${v}, 1, 7) else ${v} end`;
    return v;
  });
  const attrCols = spec.attrs.map((col, j) => (kinds.length === 1 ? at(1, j, NUMERIC.has(col)) : `case v.k when ${BASE} then ${at(1, j, NUMERIC.has(col))} else '' end`));
  const cols = [...spec.keys, ...spec.attrs, ...spec.counters];
  const exprs = [...keyCols, ...attrCols, ...spec.counters.map(counter)];
  const elements = pg ? `cross join lateral json_array_elements(p.payload::json -> '${name}') e` : `cross join json_each(p.payload, '$.${name}') e`;
  const multiply = kinds.length === 1 ? '' : pg ? ` cross join (values ${kinds.map((k) => `(${k})`).join(', ')}) v(k)` : ` cross join (${kinds.map((k) => `select ${k} as k`).join(' union all ')}) v`;
  const list = cols.map((c) => `"${c}"`).join(', ');
  return `(select ${list} from "${spec.table}" union all select ${exprs.map((x, i) => `${x} as "${cols[i]}"`).join(', ')} from agg_pending p ${elements}${multiply})`;
}
