import type { SqlEntityManager } from '@mikro-orm/knex';
import type { Batch } from '../db/entities/index.js';
import { isDrawn, isOutOfControl, riskModel, spotProbability, type ClerkErrors, type RiskModel, type SpotCheckMode } from '../domain/spot-check.js';
import { vnDay } from '../domain/stats.js';
import { MONTHLY } from './aggregate-deltas.js';
import { exec } from './sql.js';

/**
 * The draw of a percentage spot-check policy (domain/spot-check.ts) with what RISK needs: the
 * clerks' errors per field keyed over the current and the previous month (Vietnam time), read
 * from the keyer aggregates' monthly national rows (`batch_id` = MONTHLY, `day` = 'YYYY-MM'), so
 * every lookup is a primary-key seek: (batch_id, day, keyer_code, ...). Errors count once a
 * review or spot check finds them, and the aggregates lag the raw rows by the fold (about 1 s).
 */

/** A percentage policy: what its draw needs. Every-Nth policies do not draw (ingest/spot-checks.ts counts). */
export interface DrawPolicy {
  mode: SpotCheckMode;
  /** The target share, 0..1 (the batch's percentage / 100). */
  share: number;
  seed: number;
  percent: number;
}

export function drawPolicyOf(b: Batch): DrawPolicy | null {
  if (!b.spotCheckPercent || b.spotCheckEvery) return null;
  return { mode: b.spotCheckMode ?? 'UNIFORM', share: b.spotCheckPercent / 100, seed: b.spotCheckSeed ?? 0, percent: b.spotCheckPercent };
}

/** The months whose rows make the window: this one and the one before. */
export function windowMonths(now: Date): [string, string] {
  const month = vnDay(now).slice(0, 7);
  const [y, m] = month.split('-').map(Number);
  const prev = m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`;
  return [month, prev];
}

type Sums = { keyer_code: string; fields: number | string | null; errors: number | string | null }[];
const toErrors = (r: Sums[number]): ClerkErrors => ({ errors: Number(r.errors ?? 0), fields: Number(r.fields ?? 0) });

/** The given clerks' errors over the window: one indexed query, whatever the number of forms. */
export async function clerkErrors(em: SqlEntityManager, codes: Iterable<string>, now: Date): Promise<Map<string, ClerkErrors>> {
  const list = [...new Set(codes)];
  if (!list.length) return new Map();
  const rows = await exec<Sums>(
    em,
    `select keyer_code, sum(fields_keyed) as fields, sum(errors) as errors from agg_keyer_day
      where batch_id = ? and day in (?, ?) and keyer_code in (${list.map(() => '?').join(', ')}) group by keyer_code`,
    [MONTHLY, ...windowMonths(now), ...list],
  );
  return new Map(rows.map((r) => [String(r.keyer_code), toErrors(r)]));
}

/** The population's calibration is a scan of every clerk's monthly rows: redone at most once a minute. */
const POPULATION_TTL_MS = 60_000;
interface Population {
  at: number;
  clerks: ClerkErrors[];
  models: Map<number, RiskModel>;
}
/** Per database (keyed by the ORM's driver): test processes hold several apps at once. */
const populations = new WeakMap<object, Population>();

/** The RISK calibration for a target share (cached with the population it was computed from). */
export async function riskModelFor(em: SqlEntityManager, share: number, now: Date): Promise<RiskModel> {
  const key = em.getDriver();
  let pop = populations.get(key);
  if (!pop || now.getTime() - pop.at > POPULATION_TTL_MS || now.getTime() < pop.at) {
    const rows = await exec<Sums>(
      em,
      'select keyer_code, sum(fields_keyed) as fields, sum(errors) as errors from agg_keyer_day where batch_id = ? and day in (?, ?) group by keyer_code',
      [MONTHLY, ...windowMonths(now)],
    );
    pop = { at: now.getTime(), clerks: rows.map(toErrors), models: new Map() };
    populations.set(key, pop);
  }
  let model = pop.models.get(share);
  if (!model) pop.models.set(share, (model = riskModel(pop.clerks, share)));
  return model;
}

/** Why a form was drawn, for the task's note (shown to the reviewer; no clerk codes, no values). */
export function drawNote(p: DrawPolicy, probability: number, outOfControl: boolean): string {
  if (p.mode === 'UNIFORM') return `spot check: random ${p.percent}% (seed ${p.seed})`;
  const why = outOfControl ? 'a clerk is out of control' : `probability ${+(probability * 100).toPrecision(3)}% for this pair of clerks`;
  return `spot check: risk-weighted ${p.percent}% (seed ${p.seed}): ${why}`;
}

/**
 * Decides the draw of each form; RISK reads the clerks' errors once for all of them (the caller
 * passes every form of the call, so one query per ingest call) and the cached calibration.
 */
export async function drawForms<F extends { id: number; keyer1: string; keyer2: string }>(
  em: SqlEntityManager,
  policy: DrawPolicy,
  forms: F[],
  now: Date,
  errors?: Map<string, ClerkErrors>,
): Promise<{ form: F; note: string }[]> {
  if (policy.mode === 'UNIFORM') {
    return forms.filter((f) => isDrawn(policy.seed, f.id, policy.share)).map((form) => ({ form, note: drawNote(policy, policy.share, false) }));
  }
  const rates = errors ?? (await clerkErrors(em, forms.flatMap((f) => [f.keyer1, f.keyer2]), now));
  const model = await riskModelFor(em, policy.share, now);
  const out: { form: F; note: string }[] = [];
  for (const f of forms) {
    const [c1, c2] = [rates.get(f.keyer1), rates.get(f.keyer2)];
    const p = spotProbability('RISK', policy.share, model, c1, c2);
    if (!isDrawn(policy.seed, f.id, p)) continue;
    const pBar = model.populationRate;
    out.push({ form: f, note: drawNote(policy, p, pBar !== null && (isOutOfControl(c1, pBar) || isOutOfControl(c2, pBar))) });
  }
  return out;
}
