/**
 * A report filter's checks that need no database (days, their order, province code, batch id),
 * and the calendar arithmetic of a report period.
 */
import { ValidationError, type FieldProblem } from './errors.js';
import { isDay } from './stats.js';

export interface ReportFilter {
  /** First and last day (Vietnam calendar, 'YYYY-MM-DD'), both included. */
  from?: string | null;
  to?: string | null;
  batchId?: number | null;
  provinceCode?: string | null;
  templateCode?: string | null;
  /** Only these batches: what a batch-set team's reports cover (set by the service, not a client filter). */
  batchIds?: number[] | null;
}

/** Throws one ValidationError naming every offending field (`filter.from`, ...). */
export function checkReportFilter(f: ReportFilter | null | undefined): void {
  const problems: FieldProblem[] = [];
  const from = f?.from ?? null, to = f?.to ?? null;
  if (from !== null && !isDay(from)) problems.push({ field: 'filter.from', reason: 'must be a day written YYYY-MM-DD' });
  if (to !== null && !isDay(to)) problems.push({ field: 'filter.to', reason: 'must be a day written YYYY-MM-DD' });
  if (from && to && isDay(from) && isDay(to) && from > to) problems.push({ field: 'filter.to', reason: 'is before filter.from' });
  const province = f?.provinceCode ?? null;
  if (province !== null && !/^\d{3}$/.test(province)) problems.push({ field: 'filter.provinceCode', reason: 'must be a 3-digit province code' });
  const batchId = f?.batchId ?? null;
  if (batchId !== null && !(Number.isSafeInteger(batchId) && batchId > 0)) problems.push({ field: 'filter.batchId', reason: 'not an id' });
  if (problems.length) throw new ValidationError(problems.map((p) => `${p.field} ${p.reason}`).join('; '), problems);
}

/** 'YYYY-MM' moved by n months. */
export function shiftMonth(month: string, n: number): string {
  const d = new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)) - 1 + n, 1));
  return d.toISOString().slice(0, 7);
}

export const lastDayOf = (day: string) => new Date(Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)), 0)).toISOString().slice(0, 10);

/**
 * The first and last month ('YYYY-MM') a period covers whole; first > last when it covers none.
 * An open end reaches '0000-00' or '9999-99'.
 */
export function wholeMonths(from: string | null, to: string | null): { first: string; last: string } {
  const first = from && !from.endsWith('-01') ? shiftMonth(from.slice(0, 7), 1) : from?.slice(0, 7) ?? '0000-00';
  const last = to && to !== lastDayOf(to) ? shiftMonth(to.slice(0, 7), -1) : to?.slice(0, 7) ?? '9999-99';
  return { first, last };
}
