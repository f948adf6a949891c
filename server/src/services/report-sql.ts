/**
 * What the report queries share: a filter resolved against the database (the scope), the WHERE
 * clauses over the aggregate tables, and the SQL fragments that sum and unpack their counters.
 */
import type { SqlEntityManager } from '@mikro-orm/knex';
import { DomainError, ValidationError } from '../domain/errors.js';
import { checkReportFilter, wholeMonths, type ReportFilter } from '../domain/report-filter.js';
import { HISTOGRAM_COLUMNS, KIND_COLUMNS, MONTHLY } from './aggregate-deltas.js';
import { exec } from './sql.js';

/** `?` placeholders for an id list; an empty list matches nothing. */
export const inList = (ids: readonly number[]) => (ids.length ? ids.map(() => '?').join(', ') : 'null');

export interface Scope {
  from: string | null;
  to: string | null;
  batchId: number | null;
  provinceCode: string | null;
  batchIds: number[] | null;
  /** null: every template. */
  templateIds: number[] | null;
  /** Per-batch rows (a batch or province filter) rather than the national rollup rows. */
  fine: boolean;
}

export type Num = number | string | null;
export const n = (v: unknown) => (v === null || v === undefined ? 0 : Number(v));
export const sums = (cols: readonly string[], prefix = '') => cols.map((c) => `sum(${prefix}"${c}") as "${c}"`).join(', ');
/**
 * Many sums as one text column ('3,0,12,...'): node-pg spends more on parsing 40 columns of a
 * thousand rows than PostgreSQL on summing them.
 */
export const packed = (cols: readonly string[], as: string) => `(${cols.map((c) => `sum(r."${c}")`).join(" || ',' || ")}) as "${as}"`;
const unpack = (v: unknown) => String(v).split(',').map(Number);
/** A row's histogram: packed by the aggregate queries, one column per bucket from the raw ones. */
export const histogramOf = (r: Record<string, Num>) => (r.hist != null ? unpack(r.hist) : HISTOGRAM_COLUMNS.map((c) => n(r[c])));
export const KIND_LIST = Object.values(KIND_COLUMNS);
export const kindsOf = (r: Record<string, Num>) => (r.kinds != null ? unpack(r.kinds) : KIND_LIST.map((c) => n(r[c])));

/** Checks a filter and resolves the template code; coded errors name the offending field. */
export async function resolveScope(em: SqlEntityManager, f: ReportFilter | null | undefined): Promise<Scope> {
  checkReportFilter(f);
  const from = f?.from ?? null, to = f?.to ?? null;
  const province = f?.provinceCode ?? null;
  const batchId = f?.batchId ?? null;
  let templateIds: number[] | null = null;
  if (f?.templateCode != null) {
    const rows = await exec<{ id: Num }[]>(em, 'select id from form_template where code = ?', [f.templateCode]);
    if (!rows.length) throw new ValidationError(`template "${f.templateCode}" does not exist`, [{ field: 'filter.templateCode', reason: 'unknown template' }]);
    templateIds = rows.map((r) => Number(r.id));
  }
  if (batchId !== null && !(await exec<unknown[]>(em, 'select 1 from batch where id = ?', [batchId])).length) {
    throw new DomainError('NOT_FOUND', `batch ${batchId} does not exist`);
  }
  const batchIds = f?.batchIds ?? null;
  return { from, to, batchId, provinceCode: province, batchIds, templateIds, fine: batchId !== null || province !== null || batchIds !== null };
}

/** WHERE clause over an aggregate table (alias `r`): rollup rows, per-batch rows, or a table without rollups. */
export function aggWhere(s: Scope, rows: 'rollup' | 'fine' | 'all'): { sql: string; params: unknown[] } {
  const w: string[] = [];
  const params: unknown[] = [];
  if (rows === 'rollup') w.push('r.batch_id = 0');
  if (rows === 'fine') w.push('r.batch_id > 0');
  if (s.batchId !== null) (w.push('r.batch_id = ?'), params.push(s.batchId));
  if (s.batchIds) (w.push(`r.batch_id in (${inList(s.batchIds)})`), params.push(...s.batchIds));
  if (s.provinceCode !== null) (w.push('r.province_code = ?'), params.push(s.provinceCode));
  if (s.templateIds) (w.push(`r.template_id in (${s.templateIds.map(() => '?').join(', ')})`), params.push(...s.templateIds));
  if (s.from) (w.push('r.day >= ?'), params.push(s.from));
  if (s.to) (w.push('r.day <= ?'), params.push(s.to));
  return { sql: w.length ? `where ${w.join(' and ')}` : '', params };
}

/**
 * National keyer rows of a period: the monthly rollup for the months it covers whole, the daily
 * rollup for the days of the months it covers in part.
 */
export function monthsAndDays(s: Scope): { sql: string; params: unknown[] } {
  const { first, last } = wholeMonths(s.from, s.to);
  const tpl = s.templateIds ? ` and r.template_id in (${s.templateIds.map(() => '?').join(', ')})` : '';
  const tplParams = s.templateIds ?? [];
  const days = `r.batch_id = 0 and r.day >= ? and r.day <= ?${tpl}`;
  const daysParams = [s.from ?? '0000-00-00', s.to ?? '9999-99-99', ...tplParams];
  if (first > last) return { sql: `where ${days}`, params: daysParams };
  const parts = [`(r.batch_id = ${MONTHLY} and r.day >= ? and r.day <= ?${tpl})`];
  const params: unknown[] = [first, last, ...tplParams];
  // Days before the first whole month and after the last one (none when the period is whole months).
  if (s.from && s.from.slice(0, 7) < first) (parts.push(`(${days} and r.day < ?)`), params.push(...daysParams, `${first}-01`));
  if (s.to && s.to.slice(0, 7) > last) (parts.push(`(${days} and r.day > ?)`), params.push(...daysParams, `${last}-99`));
  return { sql: `where ${parts.join(' or ')}`, params };
}
