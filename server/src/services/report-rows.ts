/**
 * The report rows, and the rates and p-chart verdicts computed from summed counters: shared by the
 * aggregate queries (report-queries.ts) and the raw recomputation (reports-recompute.ts).
 */
import type { SqlEntityManager } from '@mikro-orm/knex';
import { DISCREPANCY_KINDS } from '../domain/compare.js';
import { histogramQuantile, pChartLimits, rate, wilson } from '../domain/stats.js';
import { histogramOf, kindsOf, n, type Num } from './report-sql.js';
import type { TemplateCache } from './templates.js';

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
  /** Fields in open tasks of forms this keyer keyed (set on report pages, not per day). */
  pendingFields?: number | null;
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
  /** Its discrepancies in open tasks (set on report pages, not per day). */
  pendingFields?: number | null;
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
  /** Fields in the waiting tasks (their discrepancies): errors not charged yet. */
  pendingFields: number | null;
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

/** The p-chart verdict of one keyer (or keyer-day) against the population rate of its group. */
function control(row: KeyerRow, pBar: number | null): void {
  row.populationRate = pBar;
  const limits = pBar === null ? null : pChartLimits(pBar, row.fieldsKeyed);
  row.upperControlLimit = limits?.upper ?? null;
  row.outOfControl = !!limits && row.errorRate !== null && row.errorRate > limits.upper;
  const sigma = pBar === null || row.fieldsKeyed <= 0 ? 0 : Math.sqrt((pBar * (1 - pBar)) / row.fieldsKeyed);
  row.zScore = sigma > 0 && row.errorRate !== null ? (row.errorRate - pBar!) / sigma : null;
}

/** Keyer rows from summed counters, each with its p-chart verdict against the population in scope. */
export function keyerRows(rows: Record<string, Num>[], byDay: boolean): KeyerRow[] {
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

/** Field rows: numerators per field, denominators per template spread over its fields. */
export async function fieldRows(templates: TemplateCache, em: SqlEntityManager, numerators: Record<string, Num>[], denominators: Record<string, Num>[], byDay: boolean): Promise<FieldRow[]> {
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
    const t = await templates.get(em, Number(d.template_id));
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
