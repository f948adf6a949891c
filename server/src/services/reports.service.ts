/**
 * The reports as the API serves them: pages in the list grammar and CSV downloads, narrowed to
 * the caller's team. The rows come from report-queries.ts (aggregate tables); the raw
 * recomputation that benches and tests compare them with is reports-recompute.ts.
 */
import { paginate, type PageArgs } from '../domain/paginate.js';
import type { ReportFilter } from '../domain/report-filter.js';
import { narrowReportArea, teamOf } from '../domain/team-scope.js';
import { foldBeforeRead } from './aggregate-fold.js';
import type { ServiceContext } from './context.js';
import { toId } from './query.service.js';
import { CSV_COLUMNS, toCsv } from './report-csv.js';
import { ReportQueries } from './report-queries.js';
import type { AreaLevel, AreaRow, FieldRow, KeyerRow, PairRow, ReviewerRow } from './report-rows.js';
import { exec, primaryEm } from './sql.js';

// What the GraphQL layer and the benchmark import from here.
export type { ReportFilter } from '../domain/report-filter.js';
export { AREA_LEVELS, type AreaLevel, type AreaRow, type FieldRow, type KeyerRow, type PairRow, type ReviewerRow, type AgreementTotals, type KindCount } from './report-rows.js';
export { ReportQueries } from './report-queries.js';
export type { PageArgs } from '../domain/paginate.js';

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

/** Each page and download first waits for a fold of the pending aggregate deltas (on the primary, shared with concurrent reads), so it counts everything committed before. */
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

  /**
   * `withPending`: whether the caller reads `pendingFields` (not a sort key). It reads every
   * waiting task of the page's keyers (or fields), O(backlog): the most expensive statement of the
   * mixed load, for a column most callers do not ask for.
   */
  async keyerPage(ctx: ServiceContext, a: ReportArgs, withPending = true) {
    await foldBeforeRead(primaryEm(ctx.em));
    const f = await this.teamFilter(ctx, a.filter);
    const page = paginate(await this.keyers(ctx.em, f, !!a.byDay), a, keyerId);
    return a.byDay || !withPending ? page : { ...page, items: await this.withPending(ctx, f, page.items) };
  }

  /** The page's keyers with the fields still waiting in open tasks (one query for the page). */
  private async withPending(ctx: ServiceContext, f: ReportFilter, rows: KeyerRow[]): Promise<KeyerRow[]> {
    const pending = await this.pendingByKeyer(ctx.em, f, [...new Set(rows.map((r) => r.keyerCode))]);
    return rows.map((r) => ({ ...r, pendingFields: pending.get(r.keyerCode) ?? 0 }));
  }

  async fieldPage(ctx: ServiceContext, a: ReportArgs, withPending = true) {
    await foldBeforeRead(primaryEm(ctx.em));
    const f = await this.teamFilter(ctx, a.filter);
    const page = paginate(await this.fields(ctx.em, f, !!a.byDay), a, fieldId);
    if (a.byDay || !withPending) return page;
    const pending = await this.pendingByField(ctx.em, f, page.items.map((r) => r.fieldKey));
    return { ...page, items: page.items.map((r) => ({ ...r, pendingFields: pending.get(r.fieldKey) ?? 0 })) };
  }

  async areaPage(ctx: ServiceContext, a: ReportArgs & { level: AreaLevel }) {
    await foldBeforeRead(primaryEm(ctx.em));
    return paginate(await this.areas(ctx.em, await this.teamFilter(ctx, a.filter), a.level, !!a.byDay), a, areaId);
  }

  async reviewerPage(ctx: ServiceContext, a: ReportArgs) {
    await foldBeforeRead(primaryEm(ctx.em));
    return paginate(await this.reviewers(ctx.em, await this.teamFilter(ctx, a.filter), !!a.byDay), a, reviewerId);
  }

  async pairPage(ctx: ServiceContext, a: ReportArgs) {
    await foldBeforeRead(primaryEm(ctx.em));
    const { overall, pairs } = await this.agreement(ctx.em, await this.teamFilter(ctx, a.filter), !!a.byDay);
    return { ...paginate(pairs, a, pairId), overall };
  }

  async outOfControlPage(ctx: ServiceContext, a: ReportArgs, withPending = true) {
    await foldBeforeRead(primaryEm(ctx.em));
    const f = await this.teamFilter(ctx, a.filter);
    const r = await this.outOfControl(ctx.em, f);
    const page = paginate(r.rows, a, keyerId);
    return { ...page, items: withPending ? await this.withPending(ctx, f, page.items) : page.items, populationRate: r.populationRate, keyersChecked: r.keyersChecked };
  }

  /** A whole report as CSV, in its default order. */
  async csv(ctx: ServiceContext, report: ReportName, filter: ReportFilterInput | null | undefined, opts: { level?: AreaLevel | null; byDay?: boolean | null } = {}): Promise<string> {
    const f = await this.teamFilter(ctx, filter);
    const byDay = !!opts.byDay;
    await foldBeforeRead(primaryEm(ctx.em));
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
