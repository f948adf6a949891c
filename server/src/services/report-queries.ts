/**
 * The reports as row lists (no paging), answered from the aggregate tables kept by aggregates.ts
 * (never by scanning keyings): what the pages, the downloads, the tests and the benchmark use.
 * No report carries personal data: keyer codes, reviewer ids, field keys, batch codes, district
 * names and province codes only, never values.
 */
import type { SqlEntityManager } from '@mikro-orm/knex';
import type { ReportFilter } from '../domain/report-filter.js';
import { histogramQuantile, rate } from '../domain/stats.js';
import { HISTOGRAM_COLUMNS } from './aggregate-deltas.js';
import { fieldRows, keyerRows, type AgreementTotals, type AreaLevel, type AreaRow, type FieldRow, type KeyerRow, type PairRow, type ReviewerRow } from './report-rows.js';
import { aggWhere, histogramOf, inList, KIND_LIST, monthsAndDays, n, packed, resolveScope, sums, type Num } from './report-sql.js';
import { exec } from './sql.js';
import { PENDING_TASK_STATUSES } from './task.service.js';
import type { TemplateCache } from './templates.js';

/** The pending statuses as SQL literals (constants): the partial pending-task indexes match them at plan time. */
const PENDING_LITERALS = PENDING_TASK_STATUSES.map((x) => `'${x}'`).join(', ');

/** A pending-task query's scope: the batch join for templates, and the task filters for batch and province. */
function pendingScope(s: Awaited<ReturnType<typeof resolveScope>>): { join: string; joinParams: unknown[]; where: string; params: unknown[] } {
  const where: string[] = [];
  const params: unknown[] = [];
  if (s.batchId !== null) (where.push('t.batch_id = ?'), params.push(s.batchId));
  if (s.batchIds) (where.push(`t.batch_id in (${inList(s.batchIds)})`), params.push(...s.batchIds));
  if (s.provinceCode !== null) (where.push('t.province_code = ?'), params.push(s.provinceCode));
  const join = s.templateIds ? ` join batch b on b.id = t.batch_id and b.template_id in (${s.templateIds.map(() => '?').join(', ')})` : '';
  return { join, joinParams: s.templateIds ?? [], where: where.map((w) => ` and ${w}`).join(''), params };
}

export class ReportQueries {
  constructor(protected readonly templates: TemplateCache) {}

  // ---- Per keyer (and the p-chart) -------------------------------------------------------------

  async keyers(em: SqlEntityManager, f: ReportFilter | null | undefined, byDay = false): Promise<KeyerRow[]> {
    const s = await resolveScope(em, f);
    const w = s.fine ? aggWhere(s, 'fine') : byDay ? aggWhere(s, 'rollup') : monthsAndDays(s);
    const group = byDay ? 'r.keyer_code, r.day' : 'r.keyer_code';
    const rows = await exec<Record<string, Num>[]>(
      em,
      `select ${group}, ${sums(['keyings', 'forms', 'fields_keyed', 'keystrokes', 'errors'], 'r.')}, ${packed(KIND_LIST, 'kinds')}, ${packed(HISTOGRAM_COLUMNS, 'hist')}
       from agg_keyer_day r ${w.sql} group by ${group}`,
      w.params,
    );
    return keyerRows(rows, byDay);
  }

  /** Keyers above the p-chart's upper control limit over the whole period, worst first. */
  async outOfControl(em: SqlEntityManager, f: ReportFilter | null | undefined): Promise<{ populationRate: number | null; keyersChecked: number; rows: KeyerRow[] }> {
    const all = await this.keyers(em, f, false);
    return { populationRate: all[0]?.populationRate ?? null, keyersChecked: all.length, rows: all.filter((r) => r.outOfControl) };
  }

  /**
   * Per keyer: fields in the review tasks still waiting on forms they keyed (pass 1 or 2), i.e.
   * errors not charged yet. The queue as it stands now, whatever the period, like an area's
   * backlog; only for the keyers asked (a page). A task names its two clerks (keyer1, keyer2), so
   * this reads the partial pending-task indexes on those columns, never the keyings: joining the
   * keyings cost a scan of every keying of the page's clerks (130 ms at 100,000 forms).
   */
  async pendingByKeyer(em: SqlEntityManager, f: ReportFilter | null | undefined, keyerCodes: readonly string[]): Promise<Map<string, number>> {
    const out = new Map<string, number>();
    if (!keyerCodes.length) return out;
    const scope = pendingScope(await resolveScope(em, f));
    const side = (col: 'keyer1' | 'keyer2') => ({
      sql: `select t.${col} as k, t.discrepancy_count as c from correction_task t${scope.join} where t.status in (${PENDING_LITERALS}) and t.${col} in (${keyerCodes.map(() => '?').join(', ')})${scope.where}`,
      params: [...scope.joinParams, ...keyerCodes, ...scope.params],
    });
    const [a, b] = [side('keyer1'), side('keyer2')];
    const rows = await exec<{ k: string; pending: Num }[]>(em, `select k, sum(c) as pending from (${a.sql} union all ${b.sql}) x group by k`, [...a.params, ...b.params]);
    for (const r of rows) out.set(String(r.k), n(r.pending));
    return out;
  }

  /** Per field: its discrepancies in the review tasks still waiting (through the discrepancy task index). */
  async pendingByField(em: SqlEntityManager, f: ReportFilter | null | undefined, fieldKeys: readonly string[]): Promise<Map<string, number>> {
    return this.pending(em, f, fieldKeys, 'd.field_key', 'count(*)', ' join discrepancy d on d.task_id = t.id');
  }

  /** A count over the pending tasks in scope, grouped by `key` (one of `keys`), the tasks joined to `join`. */
  private async pending(em: SqlEntityManager, f: ReportFilter | null | undefined, keys: readonly string[], key: string, count: string, join: string): Promise<Map<string, number>> {
    const out = new Map<string, number>();
    if (!keys.length) return out;
    const scope = pendingScope(await resolveScope(em, f));
    const rows = await exec<{ k: string; pending: Num }[]>(
      em,
      `select ${key} as k, ${count} as pending from correction_task t${scope.join}${join} where t.status in (${PENDING_LITERALS}) and ${key} in (${keys.map(() => '?').join(', ')})${scope.where} group by ${key}`,
      [...scope.joinParams, ...keys, ...scope.params],
    );
    for (const r of rows) out.set(String(r.k), n(r.pending));
    return out;
  }

  // ---- Per field -------------------------------------------------------------------------------

  async fields(em: SqlEntityManager, f: ReportFilter | null | undefined, byDay = false): Promise<FieldRow[]> {
    const s = await resolveScope(em, f);
    const wf = aggWhere(s, s.fine ? 'fine' : 'rollup');
    const day = byDay ? ', r.day' : '';
    const numerators = await exec<Record<string, Num>[]>(
      em,
      `select r.field_key, r.template_id${day}, ${sums(['discrepancies', 'errors', 'rekeyed'], 'r.')} from agg_field_day r ${wf.sql} group by r.field_key, r.template_id${day}`,
      wf.params,
    );
    // Every pass-1/2 keying keys, and every comparison compares, all fields of the template.
    const wb = aggWhere(s, 'all');
    const denominators = await exec<Record<string, Num>[]>(
      em,
      `select r.template_id${day}, sum(r.keyings) - sum(r.rekeyings) as keyed, sum(r.compared) as compared from agg_batch_day r ${wb.sql} group by r.template_id${day}`,
      wb.params,
    );
    return fieldRows(this.templates, em, numerators, denominators, byDay);
  }

  // ---- Per batch, district, province, or everything ------------------------------------------

  async areas(em: SqlEntityManager, f: ReportFilter | null | undefined, level: AreaLevel, byDay = false): Promise<AreaRow[]> {
    const s = await resolveScope(em, f);
    const groupCols: Record<AreaLevel, string[]> = {
      BATCH: ['b.id', 'b.code', 'b.status', 'b.district', 'b.province_code'],
      DISTRICT: ['b.province_code', 'b.district'],
      PROVINCE: ['b.province_code'],
      ALL: [],
    };
    const cols = groupCols[level];
    const select = cols.map((c) => `${c} as "${c.slice(2)}"`);
    const group = [...cols, ...(byDay ? ['r.day'] : [])];
    const w = aggWhere(s, 'all');
    const counters = ['forms', 'compared', 'fields_compared', 'auto_verified', 'to_review', 'discrepancies', 'disagreements', 'fields_keyed', 'errors', 'review_verified', 'spot_checked', 'spot_corrected', 'rejected', 'rescanned'];
    const agg = await exec<Record<string, Num>[]>(
      em,
      `select ${[...select, ...(byDay ? ['r.day as "day"'] : []), sums(counters, 'r.')].join(', ')} from agg_batch_day r join batch b on b.id = r.batch_id ${w.sql}${group.length ? ` group by ${group.join(', ')}` : ''}`,
      w.params,
    );
    // An area's key, built once per row and lookup (a thousand batches make thousands of them).
    const names = cols.map((c) => c.slice(2));
    const id = (r: Record<string, unknown>) => {
      let k = '';
      for (const c of names) k += `${String(r[c])}\u0000`;
      return k;
    };
    const backlog = new Map<string, { open: number; pending: number; oldest: Date | null }>();
    if (!byDay) {
      // The queue as it stands now (not a daily counter, whatever the period): the waiting tasks
      // counted per batch in the aggregate rows (a task counts itself in and out, aggregates.ts),
      // and each batch's oldest one probe of the waiting tasks' index. O(batches), not O(tasks).
      const w = aggWhere({ ...s, from: null, to: null }, 'all');
      const perBatch = `select r.batch_id, sum(r.pending_tasks) as n, sum(r.pending_fields) as fields from agg_batch_day r ${w.sql} group by r.batch_id having sum(r.pending_tasks) > 0`;
      const oldest = `(select o.created_at from correction_task o where o.batch_id = x.batch_id and o.status in (${PENDING_LITERALS}) order by o.created_at limit 1)`;
      const rows = await exec<Record<string, Num | Date>[]>(
        em,
        `select ${[...select, 'sum(t.n) as open_tasks', 'sum(t.fields) as pending_fields', 'min(t.oldest) as oldest'].join(', ')}` +
          ` from (select x.batch_id, x.n, x.fields, ${oldest} as oldest from (${perBatch}) x) t join batch b on b.id = t.batch_id${cols.length ? ` group by ${cols.join(', ')}` : ''}`,
        w.params,
      );
      const seen = new Set(agg.map(id));
      for (const r of rows) {
        if (!n(r.open_tasks as Num)) continue;
        const o = r.oldest as Date | number | string | null;
        backlog.set(id(r), { open: n(r.open_tasks as Num), pending: n(r.pending_fields as Num), oldest: o === null ? null : new Date(typeof o === 'string' && /^\d+$/.test(o) ? Number(o) : o) });
        // A batch with pending work but no activity in the period still shows up.
        if (!seen.has(id(r))) agg.push({ ...(r as Record<string, Num>), open_tasks: null, pending_fields: null, oldest: null });
      }
    }
    const now = Date.now();
    return agg.map((r): AreaRow => {
      const forms = n(r.forms), compared = n(r.compared), fc = n(r.fields_compared), keyed = n(r.fields_keyed);
      const done = n(r.auto_verified) + n(r.review_verified) + n(r.rejected) - n(r.rescanned);
      const b = byDay ? null : backlog.get(id(r)) ?? { open: 0, pending: 0, oldest: null };
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
        pendingFields: b ? b.pending : null,
        oldestOpenTaskAt: b?.oldest ?? null,
        oldestOpenTaskAgeSeconds: b?.oldest ? Math.max(0, Math.floor((now - b.oldest.getTime()) / 1000)) : null,
      };
    });
  }

  // ---- Reviewers ------------------------------------------------------------------------------

  async reviewers(em: SqlEntityManager, f: ReportFilter | null | undefined, byDay = false): Promise<ReviewerRow[]> {
    const s = await resolveScope(em, f);
    const w = aggWhere(s, s.fine ? 'fine' : 'rollup');
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
    const s = await resolveScope(em, f);
    const w = aggWhere(s, 'all');
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
}
