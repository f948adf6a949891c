/**
 * Error-rate and progress reports for managers, answered from the aggregate tables kept by
 * aggregates.ts (never by scanning keyings). No report carries personal data: keyer codes,
 * reviewer ids, field keys, batch codes, district names and province codes only, never values.
 *
 * The `*Raw` functions compute the per-keyer and per-field reports with plain GROUP BYs over the
 * raw rows instead; the benchmark times both, and the tests check that they agree.
 */
import type { SqlEntityManager } from '@mikro-orm/knex';
import { DISCREPANCY_KINDS } from '../domain/compare.js';
import { defuseFormula } from '../domain/csv.js';
import { DomainError, ValidationError, type FieldProblem } from '../domain/errors.js';
import { histogramQuantile, isDay, pChartLimits, rate, vnDayStart, wilson } from '../domain/stats.js';
import { foldPending, HISTOGRAM_COLUMNS, histogramSums, KIND_COLUMNS, MONTHLY, sqlDialect } from './aggregates.js';
import type { ServiceContext } from './context.js';
import { narrowReportArea, teamOf } from '../domain/team-scope.js';
import { toId } from './query.service.js';
import { exec, primaryEm, sqlDate } from './sql.js';
import { PENDING_TASK_STATUSES } from './task.service.js';
import type { TemplateCache } from './templates.js';

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

/** `?` placeholders for an id list; an empty list matches nothing. */
const inList = (ids: readonly number[]) => (ids.length ? ids.map(() => '?').join(', ') : 'null');

interface Scope {
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

export interface KindCount {
  kind: string;
  errors: number;
}

export interface KeyerRow {
  keyerCode: string;
  day: string | null;
  forms: number;
  keyings: number;
  fieldsKeyed: number;
  keystrokes: number;
  fieldErrors: number;
  errorRate: number | null;
  errorRateLow: number | null;
  errorRateHigh: number | null;
  errorsPerThousandKeystrokes: number | null;
  medianSecondsPerForm: number | null;
  errorKinds: KindCount[];
  populationRate: number | null;
  upperControlLimit: number | null;
  outOfControl: boolean;
  /** How many standard errors above the population rate: (rate − p̄) / sqrt(p̄(1−p̄)/n). */
  zScore: number | null;
}

export interface FieldRow {
  fieldKey: string;
  day: string | null;
  keyed: number;
  errors: number;
  errorRate: number | null;
  errorRateLow: number | null;
  errorRateHigh: number | null;
  compared: number;
  discrepancies: number;
  discrepancyRate: number | null;
}

export const AREA_LEVELS = ['BATCH', 'DISTRICT', 'PROVINCE', 'ALL'] as const;
export type AreaLevel = (typeof AREA_LEVELS)[number];

export interface AreaRow {
  level: AreaLevel;
  day: string | null;
  batchId: number | null;
  batchCode: string | null;
  batchStatus: string | null;
  district: string | null;
  provinceCode: string | null;
  forms: number;
  compared: number;
  autoVerified: number;
  toReview: number;
  reviewVerified: number;
  spotChecked: number;
  spotCorrected: number;
  rejected: number;
  done: number;
  progress: number | null;
  discrepancyRate: number | null;
  fieldsCompared: number;
  fieldDiscrepancyRate: number | null;
  agreementRate: number | null;
  fieldsKeyed: number;
  errors: number;
  errorRate: number | null;
  openTasks: number | null;
  oldestOpenTaskAt: Date | null;
  oldestOpenTaskAgeSeconds: number | null;
}

export interface ReviewerRow {
  reviewerId: number;
  day: string | null;
  tasksResolved: number;
  reviewTasks: number;
  spotChecks: number;
  spotCorrections: number;
  rejected: number;
  escalated: number;
  fieldsResolved: number;
  agreedFirst: number;
  agreedSecond: number;
  agreedBoth: number;
  agreedNeither: number;
  agreedFirstRate: number | null;
  agreedSecondRate: number | null;
  agreedNeitherRate: number | null;
  medianSecondsToResolve: number | null;
  p90SecondsToResolve: number | null;
}

export interface AgreementTotals {
  forms: number;
  fieldsCompared: number;
  fieldsAgreed: number;
  agreementRate: number | null;
}

export interface PairRow extends AgreementTotals {
  keyerA: string;
  keyerB: string;
  day: string | null;
}

export interface PageArgs {
  page: number;
  perPage: number;
  sortField: string;
  sortOrder: 'ASC' | 'DESC';
}

type Num = number | string | null;
const n = (v: unknown) => (v === null || v === undefined ? 0 : Number(v));
const sums = (cols: readonly string[], prefix = '') => cols.map((c) => `sum(${prefix}"${c}") as "${c}"`).join(', ');
const ZERO_HISTOGRAM = () => new Array<number>(HISTOGRAM_COLUMNS.length).fill(0);
/**
 * Many sums as one text column ('3,0,12,...'): node-pg spends more on parsing 40 columns of a
 * thousand rows than PostgreSQL on summing them.
 */
const packed = (cols: readonly string[], as: string) => `(${cols.map((c) => `sum(r."${c}")`).join(" || ',' || ")}) as "${as}"`;
const unpack = (v: unknown) => String(v).split(',').map(Number);
/** A row's histogram: packed by the aggregate queries, one column per bucket from the raw ones. */
const histogramOf = (r: Record<string, Num>) => (r.hist != null ? unpack(r.hist) : HISTOGRAM_COLUMNS.map((c) => n(r[c])));
const KIND_LIST = Object.values(KIND_COLUMNS);
const kindsOf = (r: Record<string, Num>) => (r.kinds != null ? unpack(r.kinds) : KIND_LIST.map((c) => n(r[c])));

/** 'YYYY-MM' moved by n months. */
function shiftMonth(month: string, n: number): string {
  const d = new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)) - 1 + n, 1));
  return d.toISOString().slice(0, 7);
}
const lastDayOf = (day: string) => new Date(Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)), 0)).toISOString().slice(0, 10);

/** Sorts by one field (nulls last either way, then the row's identity) and cuts one page. */
export function paginate<T extends object>(rows: T[], args: PageArgs, identity: (r: T) => string) {
  const dir = args.sortOrder === 'ASC' ? 1 : -1;
  const key = args.sortField as keyof T;
  const sorted = [...rows].sort((a, b) => {
    const x = a[key] as unknown, y = b[key] as unknown;
    if (x !== y) {
      if (x === null || x === undefined) return 1;
      if (y === null || y === undefined) return -1;
      if ((x as number | string) < (y as number | string)) return -dir;
      if ((x as number | string) > (y as number | string)) return dir;
    }
    const i = identity(a), j = identity(b);
    return i < j ? -1 : i > j ? 1 : 0;
  });
  const start = (args.page - 1) * args.perPage;
  return { items: sorted.slice(start, start + args.perPage), total: rows.length, page: args.page, perPage: args.perPage };
}

/** The p-chart verdict of one keyer (or keyer-day) against the population rate of its group. */
function control(row: KeyerRow, pBar: number | null): void {
  row.populationRate = pBar;
  const limits = pBar === null ? null : pChartLimits(pBar, row.fieldsKeyed);
  row.upperControlLimit = limits?.upper ?? null;
  row.outOfControl = !!limits && row.errorRate !== null && row.errorRate > limits.upper;
  const sigma = pBar === null || row.fieldsKeyed <= 0 ? 0 : Math.sqrt((pBar * (1 - pBar)) / row.fieldsKeyed);
  row.zScore = sigma > 0 && row.errorRate !== null ? (row.errorRate - pBar!) / sigma : null;
}

/** The reports as row lists (no paging): what the pages, the downloads, the tests and the benchmark use. */
export class ReportQueries {
  constructor(private readonly templates: TemplateCache) {}

  /** Checks a filter and resolves the template code; coded errors name the offending field. */
  async scope(em: SqlEntityManager, f: ReportFilter | null | undefined): Promise<Scope> {
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
  private where(s: Scope, rows: 'rollup' | 'fine' | 'all'): { sql: string; params: unknown[] } {
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
  private monthsAndDays(s: Scope): { sql: string; params: unknown[] } {
    const first = s.from && !s.from.endsWith('-01') ? shiftMonth(s.from.slice(0, 7), 1) : s.from?.slice(0, 7) ?? '0000-00';
    const last = s.to && s.to !== lastDayOf(s.to) ? shiftMonth(s.to.slice(0, 7), -1) : s.to?.slice(0, 7) ?? '9999-99';
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

  // ---- Per keyer (and the p-chart) -------------------------------------------------------------

  async keyers(em: SqlEntityManager, f: ReportFilter | null | undefined, byDay = false): Promise<KeyerRow[]> {
    const s = await this.scope(em, f);
    const w = s.fine ? this.where(s, 'fine') : byDay ? this.where(s, 'rollup') : this.monthsAndDays(s);
    const group = byDay ? 'r.keyer_code, r.day' : 'r.keyer_code';
    const rows = await exec<Record<string, Num>[]>(
      em,
      `select ${group}, ${sums(['keyings', 'forms', 'fields_keyed', 'keystrokes', 'errors'], 'r.')}, ${packed(KIND_LIST, 'kinds')}, ${packed(HISTOGRAM_COLUMNS, 'hist')}
       from agg_keyer_day r ${w.sql} group by ${group}`,
      w.params,
    );
    return this.keyerRows(rows, byDay);
  }

  private keyerRows(rows: Record<string, Num>[], byDay: boolean): KeyerRow[] {
    const out = rows.map((r): KeyerRow => {
      const fields = n(r.fields_keyed), errors = n(r.errors), keystrokes = n(r.keystrokes);
      const kinds = kindsOf(r);
      const ci = wilson(errors, fields);
      return {
        keyerCode: String(r.keyer_code),
        day: byDay ? String(r.day) : null,
        forms: n(r.forms),
        keyings: n(r.keyings),
        fieldsKeyed: fields,
        keystrokes,
        fieldErrors: errors,
        errorRate: rate(errors, fields),
        errorRateLow: ci?.low ?? null,
        errorRateHigh: ci?.high ?? null,
        errorsPerThousandKeystrokes: keystrokes > 0 ? (1000 * errors) / keystrokes : null,
        medianSecondsPerForm: histogramQuantile(histogramOf(r), 0.5),
        errorKinds: DISCREPANCY_KINDS.map((kind, i) => ({ kind, errors: kinds[i] })).filter((k) => k.errors > 0),
        populationRate: null,
        upperControlLimit: null,
        outOfControl: false,
        zScore: null,
      };
    });
    // The population: every keyer in scope (per day when the rows are per day).
    const totals = new Map<string, { e: number; f: number }>();
    for (const r of out) {
      const t = totals.get(r.day ?? '') ?? totals.set(r.day ?? '', { e: 0, f: 0 }).get(r.day ?? '')!;
      t.e += r.fieldErrors;
      t.f += r.fieldsKeyed;
    }
    for (const r of out) {
      const t = totals.get(r.day ?? '')!;
      control(r, rate(t.e, t.f));
    }
    return out;
  }

  /** Keyers above the p-chart's upper control limit over the whole period, worst first. */
  async outOfControl(em: SqlEntityManager, f: ReportFilter | null | undefined): Promise<{ populationRate: number | null; keyersChecked: number; rows: KeyerRow[] }> {
    const all = await this.keyers(em, f, false);
    return { populationRate: all[0]?.populationRate ?? null, keyersChecked: all.length, rows: all.filter((r) => r.outOfControl) };
  }

  // ---- Per field -------------------------------------------------------------------------------

  async fields(em: SqlEntityManager, f: ReportFilter | null | undefined, byDay = false): Promise<FieldRow[]> {
    const s = await this.scope(em, f);
    const wf = this.where(s, s.fine ? 'fine' : 'rollup');
    const day = byDay ? ', r.day' : '';
    const numerators = await exec<Record<string, Num>[]>(
      em,
      `select r.field_key, r.template_id${day}, ${sums(['discrepancies', 'errors', 'rekeyed'], 'r.')} from agg_field_day r ${wf.sql} group by r.field_key, r.template_id${day}`,
      wf.params,
    );
    // Every pass-1/2 keying keys, and every comparison compares, all fields of the template.
    const wb = this.where(s, 'all');
    const denominators = await exec<Record<string, Num>[]>(
      em,
      `select r.template_id${day}, sum(r.keyings) - sum(r.rekeyings) as keyed, sum(r.compared) as compared from agg_batch_day r ${wb.sql} group by r.template_id${day}`,
      wb.params,
    );
    return this.fieldRows(em, numerators, denominators, byDay);
  }

  private async fieldRows(em: SqlEntityManager, numerators: Record<string, Num>[], denominators: Record<string, Num>[], byDay: boolean): Promise<FieldRow[]> {
    const rows = new Map<string, FieldRow>();
    const row = (field: string, day: string | null) => {
      const id = `${day ?? ''}\u0000${field}`;
      let r = rows.get(id);
      if (!r) {
        r = { fieldKey: field, day, keyed: 0, errors: 0, errorRate: null, errorRateLow: null, errorRateHigh: null, compared: 0, discrepancies: 0, discrepancyRate: null };
        rows.set(id, r);
      }
      return r;
    };
    for (const d of denominators) {
      const t = await this.templates.get(em, Number(d.template_id));
      for (const field of t.fields) {
        const r = row(field.key, byDay ? String(d.day) : null);
        r.keyed += n(d.keyed);
        r.compared += n(d.compared);
      }
    }
    for (const x of numerators) {
      const r = row(String(x.field_key), byDay ? String(x.day) : null);
      r.keyed += n(x.rekeyed);
      r.errors += n(x.errors);
      r.discrepancies += n(x.discrepancies);
    }
    for (const r of rows.values()) {
      const ci = wilson(r.errors, r.keyed);
      r.errorRate = rate(r.errors, r.keyed);
      r.errorRateLow = ci?.low ?? null;
      r.errorRateHigh = ci?.high ?? null;
      r.discrepancyRate = rate(r.discrepancies, r.compared);
    }
    return [...rows.values()];
  }

  // ---- Per batch, district, province, or everything ------------------------------------------

  async areas(em: SqlEntityManager, f: ReportFilter | null | undefined, level: AreaLevel, byDay = false): Promise<AreaRow[]> {
    const s = await this.scope(em, f);
    const groupCols: Record<AreaLevel, string[]> = {
      BATCH: ['b.id', 'b.code', 'b.status', 'b.district', 'b.province_code'],
      DISTRICT: ['b.province_code', 'b.district'],
      PROVINCE: ['b.province_code'],
      ALL: [],
    };
    const cols = groupCols[level];
    const select = cols.map((c) => `${c} as "${c.slice(2)}"`);
    const group = [...cols, ...(byDay ? ['r.day'] : [])];
    const w = this.where(s, 'all');
    const counters = ['forms', 'compared', 'fields_compared', 'auto_verified', 'to_review', 'discrepancies', 'disagreements', 'fields_keyed', 'errors', 'review_verified', 'spot_checked', 'spot_corrected', 'rejected', 'rescanned'];
    const agg = await exec<Record<string, Num>[]>(
      em,
      `select ${[...select, ...(byDay ? ['r.day as "day"'] : []), sums(counters, 'r.')].join(', ')} from agg_batch_day r join batch b on b.id = r.batch_id ${w.sql}${group.length ? ` group by ${group.join(', ')}` : ''}`,
      w.params,
    );
    const id = (r: Record<string, unknown>) => cols.map((c) => String(r[c.slice(2)])).join('\u0000');
    const backlog = new Map<string, { open: number; oldest: Date | null }>();
    if (!byDay) {
      // The queue as it stands now (not a daily counter): pending tasks, read by status index.
      const where = [`t.status in (${PENDING_TASK_STATUSES.map(() => '?').join(', ')})`];
      const params: unknown[] = [...PENDING_TASK_STATUSES];
      if (s.batchId !== null) (where.push('t.batch_id = ?'), params.push(s.batchId));
      if (s.batchIds) (where.push(`t.batch_id in (${inList(s.batchIds)})`), params.push(...s.batchIds));
      if (s.provinceCode !== null) (where.push('b.province_code = ?'), params.push(s.provinceCode));
      if (s.templateIds) (where.push(`b.template_id in (${s.templateIds.map(() => '?').join(', ')})`), params.push(...s.templateIds));
      const rows = await exec<Record<string, Num | Date>[]>(
        em,
        `select ${[...select, 'count(*) as open_tasks', 'min(t.created_at) as oldest'].join(', ')} from correction_task t join batch b on b.id = t.batch_id where ${where.join(' and ')}${cols.length ? ` group by ${cols.join(', ')}` : ''}`,
        params,
      );
      for (const r of rows) {
        if (!n(r.open_tasks as Num)) continue;
        const o = r.oldest as Date | number | string | null;
        backlog.set(id(r), { open: n(r.open_tasks as Num), oldest: o === null ? null : new Date(typeof o === 'string' && /^\d+$/.test(o) ? Number(o) : o) });
        // A batch with pending work but no activity in the period still shows up.
        if (!agg.some((a) => id(a) === id(r))) agg.push({ ...(r as Record<string, Num>), open_tasks: null, oldest: null });
      }
    }
    const now = Date.now();
    return agg.map((r): AreaRow => {
      const forms = n(r.forms), compared = n(r.compared), fc = n(r.fields_compared), keyed = n(r.fields_keyed);
      const done = n(r.auto_verified) + n(r.review_verified) + n(r.rejected) - n(r.rescanned);
      const b = byDay ? null : backlog.get(id(r)) ?? { open: 0, oldest: null };
      return {
        level,
        day: byDay ? String(r.day) : null,
        batchId: level === 'BATCH' ? n(r.id) : null,
        batchCode: level === 'BATCH' ? String(r.code) : null,
        batchStatus: level === 'BATCH' ? String(r.status) : null,
        district: level === 'BATCH' || level === 'DISTRICT' ? String(r.district) : null,
        provinceCode: level === 'ALL' ? null : String(r.province_code),
        forms,
        compared,
        autoVerified: n(r.auto_verified),
        toReview: n(r.to_review),
        reviewVerified: n(r.review_verified),
        spotChecked: n(r.spot_checked),
        spotCorrected: n(r.spot_corrected),
        rejected: n(r.rejected) - n(r.rescanned),
        done,
        progress: rate(done, forms),
        discrepancyRate: rate(n(r.to_review), compared),
        fieldsCompared: fc,
        fieldDiscrepancyRate: rate(n(r.discrepancies), fc),
        agreementRate: fc > 0 ? 1 - n(r.disagreements) / fc : null,
        fieldsKeyed: keyed,
        errors: n(r.errors),
        errorRate: rate(n(r.errors), keyed),
        openTasks: b ? b.open : null,
        oldestOpenTaskAt: b?.oldest ?? null,
        oldestOpenTaskAgeSeconds: b?.oldest ? Math.max(0, Math.floor((now - b.oldest.getTime()) / 1000)) : null,
      };
    });
  }

  // ---- Reviewers ------------------------------------------------------------------------------

  async reviewers(em: SqlEntityManager, f: ReportFilter | null | undefined, byDay = false): Promise<ReviewerRow[]> {
    const s = await this.scope(em, f);
    const w = this.where(s, s.fine ? 'fine' : 'rollup');
    const group = byDay ? 'r.reviewer_id, r.day' : 'r.reviewer_id';
    const counters = ['resolved', 'spot_checked', 'spot_corrected', 'rejected', 'escalated', 'fields', 'agreed_first', 'agreed_second', 'agreed_both', 'agreed_neither'];
    const rows = await exec<Record<string, Num>[]>(em, `select ${group}, ${sums(counters, 'r.')}, ${packed(HISTOGRAM_COLUMNS, 'hist')} from agg_reviewer_day r ${w.sql} group by ${group}`, w.params);
    return rows.map((r) => {
      const fields = n(r.fields), first = n(r.agreed_first), second = n(r.agreed_second), both = n(r.agreed_both), neither = n(r.agreed_neither);
      const h = histogramOf(r);
      return {
        reviewerId: n(r.reviewer_id),
        day: byDay ? String(r.day) : null,
        tasksResolved: n(r.resolved) + n(r.spot_checked),
        reviewTasks: n(r.resolved),
        spotChecks: n(r.spot_checked),
        spotCorrections: n(r.spot_corrected),
        rejected: n(r.rejected),
        escalated: n(r.escalated),
        fieldsResolved: fields,
        agreedFirst: first,
        agreedSecond: second,
        agreedBoth: both,
        agreedNeither: neither,
        agreedFirstRate: rate(first + both, fields),
        agreedSecondRate: rate(second + both, fields),
        agreedNeitherRate: rate(neither, fields),
        medianSecondsToResolve: histogramQuantile(h, 0.5),
        p90SecondsToResolve: histogramQuantile(h, 0.9),
      };
    });
  }

  // ---- Agreement between the two keyings -----------------------------------------------------

  async agreement(em: SqlEntityManager, f: ReportFilter | null | undefined, byDay = false): Promise<{ overall: AgreementTotals; pairs: PairRow[] }> {
    const s = await this.scope(em, f);
    const w = this.where(s, 'all');
    const [o] = await exec<Record<string, Num>[]>(em, `select sum(r.compared) as forms, sum(r.fields_compared) as fc, sum(r.disagreements) as nd from agg_batch_day r ${w.sql}`, w.params);
    const totals = (forms: number, fc: number, nd: number): AgreementTotals => ({ forms, fieldsCompared: fc, fieldsAgreed: fc - nd, agreementRate: fc > 0 ? (fc - nd) / fc : null });
    const group = byDay ? 'r.keyer_a, r.keyer_b, r.day' : 'r.keyer_a, r.keyer_b';
    const rows = await exec<Record<string, Num>[]>(
      em,
      `select ${group}, sum(r.forms) as forms, sum(r.fields_compared) as fc, sum(r.disagreements) as nd from agg_pair_day r ${w.sql} group by ${group}`,
      w.params,
    );
    return {
      overall: totals(n(o?.forms), n(o?.fc), n(o?.nd)),
      pairs: rows.map((r) => ({ keyerA: String(r.keyer_a), keyerB: String(r.keyer_b), day: byDay ? String(r.day) : null, ...totals(n(r.forms), n(r.fc), n(r.nd)) })),
    };
  }

  // ---- The same per-keyer and per-field reports from the raw rows (benchmark, tests) -----------

  private rawWhere(em: SqlEntityManager, s: Scope, time: string, batch: string): { sql: string; params: unknown[]; joinBatch: boolean } {
    const w: string[] = [];
    const params: unknown[] = [];
    if (s.from) (w.push(`${time} >= ?`), params.push(sqlDate(em, vnDayStart(s.from))));
    if (s.to) (w.push(`${time} < ?`), params.push(sqlDate(em, new Date(vnDayStart(s.to).getTime() + 86_400_000))));
    if (s.batchId !== null) (w.push(`${batch} = ?`), params.push(s.batchId));
    if (s.batchIds) (w.push(`${batch} in (${inList(s.batchIds)})`), params.push(...s.batchIds));
    if (s.provinceCode !== null) (w.push('b.province_code = ?'), params.push(s.provinceCode));
    if (s.templateIds) (w.push(`b.template_id in (${s.templateIds.map(() => '?').join(', ')})`), params.push(...s.templateIds));
    return { sql: w.length ? `where ${w.join(' and ')}` : '', params, joinBatch: s.provinceCode !== null || s.templateIds !== null };
  }

  async keyersRaw(em: SqlEntityManager, f: ReportFilter | null | undefined, byDay = false): Promise<KeyerRow[]> {
    const s = await this.scope(em, f);
    const q = sqlDialect(em);
    const w = this.rawWhere(em, s, 'k.submitted_at', 'f.batch_id');
    const join = s.batchId !== null || s.batchIds !== null || w.joinBatch ? ` join form f on f.id = k.form_id${w.joinBatch ? ' join batch b on b.id = f.batch_id' : ''}` : '';
    const day = byDay ? `, ${q.day('k.submitted_at')} as day` : '';
    const group = byDay ? 'keyer_code, day' : 'keyer_code';
    const volume = await exec<Record<string, Num>[]>(
      em,
      `select ${group}, count(*) as keyings, sum(case when pass < 3 then 1 else 0 end) as forms, sum(fields_keyed) as fields_keyed, sum(keystrokes) as keystrokes,
         sum(error_count) as errors, ${histogramSums('s', 'pass < 3')}
       from (select k.keyer_code${day}, k.pass, k.fields_keyed, k.keystrokes, k.error_count, ${q.seconds('k.started_at', 'k.submitted_at')} as s from keying k${join} ${w.sql}) x
       group by ${group}`,
      w.params,
    );
    const kinds = await exec<Record<string, Num>[]>(
      em,
      `select e.keyer_code${day}, e.kind, count(*) as n from keying_error e join keying k on k.id = e.keying_id${w.joinBatch ? ' join batch b on b.id = e.batch_id' : ''} ${this.rawWhere(em, s, 'k.submitted_at', 'e.batch_id').sql}
       group by e.keyer_code${byDay ? `, ${q.day('k.submitted_at')}` : ''}, e.kind`,
      w.params,
    );
    const byKey = new Map(volume.map((r) => [`${r.keyer_code}\u0000${byDay ? r.day : ''}`, r]));
    for (const k of kinds) {
      const r = byKey.get(`${k.keyer_code}\u0000${byDay ? k.day : ''}`);
      if (r) r[KIND_COLUMNS[String(k.kind)] ?? KIND_COLUMNS.OTHER] = n(r[KIND_COLUMNS[String(k.kind)] ?? KIND_COLUMNS.OTHER]) + n(k.n);
    }
    return this.keyerRows(volume, byDay);
  }

  async fieldsRaw(em: SqlEntityManager, f: ReportFilter | null | undefined, byDay = false): Promise<FieldRow[]> {
    const s = await this.scope(em, f);
    const q = sqlDialect(em);
    const day = (c: string) => (byDay ? `, ${q.day(c)} as day` : '');
    const dayGroup = byDay ? ', day' : '';
    // Numerators: errors by keying day, discrepancies of review tasks by creation day, third keyings' fields.
    const we = this.rawWhere(em, s, 'k.submitted_at', 'e.batch_id');
    const errors = await exec<Record<string, Num>[]>(
      em,
      `select field_key, template_id${dayGroup}, count(*) as errors from (select e.field_key, b.template_id${day('k.submitted_at')} from keying_error e join keying k on k.id = e.keying_id join batch b on b.id = e.batch_id ${we.sql}) x group by field_key, template_id${dayGroup}`,
      we.params,
    );
    const wd = this.rawWhere(em, s, 'd.created_at', 'd.batch_id');
    const discrepancies = await exec<Record<string, Num>[]>(
      em,
      `select field_key, template_id${dayGroup}, count(*) as discrepancies from (select d.field_key, b.template_id${day('d.created_at')} from discrepancy d join correction_task t on t.id = d.task_id join batch b on b.id = d.batch_id
         ${wd.sql ? `${wd.sql} and` : 'where'} t.kind = 'REVIEW') x group by field_key, template_id${dayGroup}`,
      wd.params,
    );
    const wk = this.rawWhere(em, s, 'k.submitted_at', 'f.batch_id');
    const rekeyed = await exec<Record<string, Num>[]>(
      em,
      `select field_key, template_id${dayGroup}, count(*) as rekeyed from (select d.field_key, b.template_id${day('k.submitted_at')} from keying k join discrepancy d on d.form_id = k.form_id join form f on f.id = k.form_id join batch b on b.id = f.batch_id
         ${wk.sql ? `${wk.sql} and` : 'where'} k.pass = 3) x group by field_key, template_id${dayGroup}`,
      wk.params,
    );
    // Denominators per template: pass-1/2 keyings, and forms compared (both passes in).
    const keyed = await exec<Record<string, Num>[]>(
      em,
      `select template_id${dayGroup}, count(*) as keyed from (select b.template_id${day('k.submitted_at')} from keying k join form f on f.id = k.form_id join batch b on b.id = f.batch_id
         ${wk.sql ? `${wk.sql} and` : 'where'} k.pass < 3) x group by template_id${dayGroup}`,
      wk.params,
    );
    const wc = this.rawWhere(em, s, 'c.at', 'f.batch_id');
    const compared = await exec<Record<string, Num>[]>(
      em,
      `select template_id${dayGroup}, count(*) as compared from (select b.template_id${day('c.at')}
         from (select k1.form_id, case when k1.created_at > k2.created_at then k1.created_at else k2.created_at end as at
               from keying k1 join keying k2 on k2.form_id = k1.form_id and k2.pass = 2 where k1.pass = 1) c
         join form f on f.id = c.form_id join batch b on b.id = f.batch_id ${wc.sql}) x
       group by template_id${dayGroup}`,
      wc.params,
    );
    const denominators = new Map<string, Record<string, Num>>();
    for (const r of [...keyed, ...compared]) {
      const id = `${r.template_id}\u0000${byDay ? r.day : ''}`;
      denominators.set(id, { ...denominators.get(id), ...r });
    }
    return this.fieldRows(em, [...errors, ...discrepancies, ...rekeyed], [...denominators.values()], byDay);
  }
}

// ---- CSV ----------------------------------------------------------------------------------------

/** One CSV cell: RFC 4180 quoting; text that a spreadsheet would run as a formula is defused. */
export function csvCell(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (v instanceof Date) return v.toISOString();
  if (typeof v === 'number') return Number.isFinite(v) ? String(v) : '';
  const s = defuseFormula(String(v));
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function toCsv<T>(columns: [string, (r: T) => unknown][], rows: T[]): string {
  const lines = [columns.map(([h]) => csvCell(h)).join(',')];
  for (const r of rows) lines.push(columns.map(([, get]) => csvCell(get(r))).join(','));
  return lines.join('\r\n') + '\r\n';
}

const pick = <T>(names: (keyof T & string)[]): [string, (r: T) => unknown][] => names.map((k) => [k, (r: T) => r[k]]);

export const CSV_COLUMNS = {
  keyers: [
    ...pick<KeyerRow>(['day', 'keyerCode', 'forms', 'keyings', 'fieldsKeyed', 'keystrokes', 'fieldErrors', 'errorRate', 'errorRateLow', 'errorRateHigh', 'errorsPerThousandKeystrokes', 'medianSecondsPerForm']),
    ...DISCREPANCY_KINDS.map((kind): [string, (r: KeyerRow) => unknown] => [`errors${kind}`, (r) => r.errorKinds.find((k) => k.kind === kind)?.errors ?? 0]),
    ...pick<KeyerRow>(['populationRate', 'upperControlLimit', 'outOfControl', 'zScore']),
  ],
  fields: pick<FieldRow>(['day', 'fieldKey', 'keyed', 'errors', 'errorRate', 'errorRateLow', 'errorRateHigh', 'compared', 'discrepancies', 'discrepancyRate']),
  areas: pick<AreaRow>([
    'level', 'day', 'batchId', 'batchCode', 'batchStatus', 'district', 'provinceCode', 'forms', 'compared', 'autoVerified', 'toReview', 'reviewVerified', 'spotChecked', 'spotCorrected',
    'rejected', 'done', 'progress', 'discrepancyRate', 'fieldsCompared', 'fieldDiscrepancyRate', 'agreementRate', 'fieldsKeyed', 'errors', 'errorRate', 'openTasks', 'oldestOpenTaskAt', 'oldestOpenTaskAgeSeconds',
  ]),
  reviewers: pick<ReviewerRow>([
    'day', 'reviewerId', 'tasksResolved', 'reviewTasks', 'spotChecks', 'spotCorrections', 'rejected', 'escalated', 'fieldsResolved', 'agreedFirst', 'agreedSecond', 'agreedBoth', 'agreedNeither',
    'agreedFirstRate', 'agreedSecondRate', 'agreedNeitherRate', 'medianSecondsToResolve', 'p90SecondsToResolve',
  ]),
  pairs: pick<PairRow>(['day', 'keyerA', 'keyerB', 'forms', 'fieldsCompared', 'fieldsAgreed', 'agreementRate']),
};

// ---- Pages and downloads (what the API calls) -----------------------------------------------------

export interface ReportFilterInput extends Omit<ReportFilter, 'batchId'> {
  batchId?: string | number | null;
}

export interface ReportArgs extends PageArgs {
  filter?: ReportFilterInput | null;
  byDay?: boolean | null;
}

export const REPORT_NAMES = ['KEYERS', 'FIELDS', 'AREAS', 'REVIEWERS', 'PAIRS', 'OUT_OF_CONTROL'] as const;
export type ReportName = (typeof REPORT_NAMES)[number];

/** The order rows come in when nobody asks for another: the worst or the biggest first. */
export const DEFAULT_SORT: Record<ReportName, string> = {
  KEYERS: 'errorRate',
  FIELDS: 'errorRate',
  AREAS: 'forms',
  REVIEWERS: 'tasksResolved',
  PAIRS: 'forms',
  OUT_OF_CONTROL: 'zScore',
};

const filterOf = (f: ReportFilterInput | null | undefined): ReportFilter => ({ ...f, batchIds: null, batchId: f?.batchId == null ? null : toId(f.batchId, 'filter.batchId') });
const keyerId = (r: KeyerRow) => `${r.day ?? ''}\u0000${r.keyerCode}`;
const fieldId = (r: FieldRow) => `${r.day ?? ''}\u0000${r.fieldKey}`;
const areaId = (r: AreaRow) => `${r.day ?? ''}\u0000${r.provinceCode ?? ''}\u0000${r.district ?? ''}\u0000${r.batchCode ?? ''}`;
const reviewerId = (r: ReviewerRow) => `${r.day ?? ''}\u0000${String(r.reviewerId).padStart(12, '0')}`;
const pairId = (r: PairRow) => `${r.day ?? ''}\u0000${r.keyerA}\u0000${r.keyerB}`;

/**
 * The reports as the API serves them: pages in the list grammar, and CSV downloads. Each first
 * folds the pending aggregate deltas (on the primary), so it counts everything committed before.
 */
export class ReportsService extends ReportQueries {
  /** The filter as asked, narrowed to the caller's team (domain/team-scope.ts); national callers get it unchanged. */
  private async teamFilter(ctx: ServiceContext, input: ReportFilterInput | null | undefined): Promise<ReportFilter> {
    const f = filterOf(input);
    const team = teamOf(ctx.actor);
    if (!team) return f;
    let batchProvince: string | null = null;
    if (f.batchId != null && team.provinceCode !== null) {
      const [b] = await exec<{ province_code: string }[]>(ctx.em, 'select province_code from batch where id = ?', [f.batchId]);
      batchProvince = b?.province_code ?? null;
    }
    return { ...f, ...narrowReportArea(team, { provinceCode: f.provinceCode ?? null, batchId: f.batchId ?? null }, batchProvince) };
  }

  async keyerPage(ctx: ServiceContext, a: ReportArgs) {
    await foldPending(primaryEm(ctx.em));
    return paginate(await this.keyers(ctx.em, await this.teamFilter(ctx, a.filter), !!a.byDay), a, keyerId);
  }

  async fieldPage(ctx: ServiceContext, a: ReportArgs) {
    await foldPending(primaryEm(ctx.em));
    return paginate(await this.fields(ctx.em, await this.teamFilter(ctx, a.filter), !!a.byDay), a, fieldId);
  }

  async areaPage(ctx: ServiceContext, a: ReportArgs & { level: AreaLevel }) {
    await foldPending(primaryEm(ctx.em));
    return paginate(await this.areas(ctx.em, await this.teamFilter(ctx, a.filter), a.level, !!a.byDay), a, areaId);
  }

  async reviewerPage(ctx: ServiceContext, a: ReportArgs) {
    await foldPending(primaryEm(ctx.em));
    return paginate(await this.reviewers(ctx.em, await this.teamFilter(ctx, a.filter), !!a.byDay), a, reviewerId);
  }

  async pairPage(ctx: ServiceContext, a: ReportArgs) {
    await foldPending(primaryEm(ctx.em));
    const { overall, pairs } = await this.agreement(ctx.em, await this.teamFilter(ctx, a.filter), !!a.byDay);
    return { ...paginate(pairs, a, pairId), overall };
  }

  async outOfControlPage(ctx: ServiceContext, a: ReportArgs) {
    await foldPending(primaryEm(ctx.em));
    const r = await this.outOfControl(ctx.em, await this.teamFilter(ctx, a.filter));
    return { ...paginate(r.rows, a, keyerId), populationRate: r.populationRate, keyersChecked: r.keyersChecked };
  }

  /** A whole report as CSV, in its default order. */
  async csv(ctx: ServiceContext, report: ReportName, filter: ReportFilterInput | null | undefined, opts: { level?: AreaLevel | null; byDay?: boolean | null } = {}): Promise<string> {
    const f = await this.teamFilter(ctx, filter);
    const byDay = !!opts.byDay;
    await foldPending(primaryEm(ctx.em));
    const all = <T extends object>(rows: T[], id: (r: T) => string) => paginate(rows, { page: 1, perPage: rows.length || 1, sortField: DEFAULT_SORT[report], sortOrder: 'DESC' }, id).items;
    switch (report) {
      case 'KEYERS':
        return toCsv(CSV_COLUMNS.keyers, all(await this.keyers(ctx.em, f, byDay), keyerId));
      case 'OUT_OF_CONTROL':
        return toCsv(CSV_COLUMNS.keyers, all((await this.outOfControl(ctx.em, f)).rows, keyerId));
      case 'FIELDS':
        return toCsv(CSV_COLUMNS.fields, all(await this.fields(ctx.em, f, byDay), fieldId));
      case 'AREAS':
        return toCsv(CSV_COLUMNS.areas, all(await this.areas(ctx.em, f, opts.level ?? 'BATCH', byDay), areaId));
      case 'REVIEWERS':
        return toCsv(CSV_COLUMNS.reviewers, all(await this.reviewers(ctx.em, f, byDay), reviewerId));
      case 'PAIRS':
        return toCsv(CSV_COLUMNS.pairs, all((await this.agreement(ctx.em, f, byDay)).pairs, pairId));
    }
  }
}
