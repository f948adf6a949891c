import { createHash } from 'node:crypto';
import { pChartLimits } from './stats.js';

/** A uniform draw in [0, 1) from (seed, form id): the same form always gets the same draw. */
export function spotDraw(seed: number, formId: number): number {
  return createHash('sha256').update(`${seed}:${formId}`).digest().readUInt32BE(0) / 2 ** 32;
}

/**
 * UNIFORM: every verified form is drawn with the same probability (the target share).
 * RISK: the probability grows with the two clerks' measured error rates, since errors both clerks
 * make identically survive double entry and come from the weaker clerks.
 */
export const SPOT_CHECK_MODES = ['UNIFORM', 'RISK'] as const;
export type SpotCheckMode = (typeof SPOT_CHECK_MODES)[number];

/** A clerk's errors and keyed fields over the recent window (from the keyer aggregates). */
export interface ClerkErrors {
  errors: number;
  fields: number;
}

/** The RISK rule's constants; why each value, beside it. */
export const RISK_RULE = {
  /**
   * A clerk's rate is shrunk toward the population's as if they had keyed this many more fields
   * at the population rate (~100 DC01 forms): a new clerk counts as average, and two errors in
   * a clerk's first form do not make them the worst of the campaign.
   */
  priorFields: 2000,
  /** Share of a pair's weight that does not depend on the rates, so that no pair goes unchecked. */
  floor: 0.2,
  /**
   * In-control pairs keep at least this scale when out-of-control clerks' forms would use up the
   * whole target (a 3-sigma limit gets tight as clerks key more: at 40,000 fields a clerk 1.25
   * times the average is out of control): about a tenth of the target stays theirs.
   */
  minScale: 0.1,
  /** Clerks are grouped into this many rate bands to calibrate (exact enough, and fast for 20,000 clerks). */
  bands: 64,
} as const;

/** What the population says, computed once and reused for every form: see riskModel(). */
export interface RiskModel {
  /** Errors per field keyed over every clerk; null when nothing was measured yet (RISK then draws uniformly). */
  populationRate: number | null;
  /** Multiplies share × pair weight for pairs of clerks in control. */
  scale: number;
  /** The same for pairs with a clerk out of control; Infinity: every such form is drawn. */
  outScale: number;
}

/** A clerk's error rate, shrunk toward the population rate (RISK_RULE.priorFields). */
export function clerkRate(c: ClerkErrors | undefined, populationRate: number): number {
  const m = RISK_RULE.priorFields;
  return ((c?.errors ?? 0) + m * populationRate) / ((c?.fields ?? 0) + m);
}

/** Above the p-chart's upper control limit against the population: the test of the outOfControlKeyers report. */
export function isOutOfControl(c: ClerkErrors | undefined, populationRate: number): boolean {
  if (!c || c.fields <= 0) return false;
  const limits = pChartLimits(populationRate, c.fields);
  return !!limits && c.errors / c.fields > limits.upper;
}

/**
 * The weight of a pair: floor + (1 − floor)·r1·r2 / p̄² (p̄: the population rate). Identical
 * errors need both clerks wrong, hence the product; an average pair weighs 1, and under random
 * pairing the mean weight is 1.
 */
export function pairWeight(rate1: number, rate2: number, populationRate: number): number {
  const f = RISK_RULE.floor;
  return f + ((1 - f) * rate1 * rate2) / (populationRate * populationRate);
}

/**
 * The probability that a verified form is drawn for a spot check, given the policy's share (0..1]
 * and its two clerks' measured errors. UNIFORM: the share. RISK: share × scale × pair weight,
 * capped at 1, with the out-of-control scale when either clerk is out of control (every such
 * form while the target allows it); the share while nothing is measured.
 */
export function spotProbability(mode: SpotCheckMode, share: number, model: RiskModel | null, clerk1: ClerkErrors | undefined, clerk2: ClerkErrors | undefined): number {
  const pBar = model?.populationRate;
  if (mode === 'UNIFORM' || !model || !pBar) return share;
  const out = isOutOfControl(clerk1, pBar) || isOutOfControl(clerk2, pBar);
  return Math.min(1, share * (out ? model.outScale : model.scale) * pairWeight(clerkRate(clerk1, pBar), clerkRate(clerk2, pBar), pBar));
}

/** Whether a form is drawn: the seeded draw below its probability (UNIFORM: exactly the draw of before RISK existed). */
export function isDrawn(seed: number, formId: number, probability: number): boolean {
  return spotDraw(seed, formId) < probability;
}

type Band = { w: number; r: number };

/**
 * Calibrates RISK for a target share over the clerks measured, each weighted by the fields they
 * keyed and paired at random: out-of-control clerks first (every form of theirs is drawn while
 * that leaves the others at least RISK_RULE.minScale; otherwise their forms take what remains of
 * the target, still by pair weight), the others scaled so that the expected share of drawn forms
 * is the target, counting the caps at 1.
 */
export function riskModel(clerks: readonly ClerkErrors[], share: number): RiskModel {
  const errors = clerks.reduce((a, c) => a + c.errors, 0);
  const fields = clerks.reduce((a, c) => a + c.fields, 0);
  if (fields <= 0 || errors <= 0) return { populationRate: null, scale: 1, outScale: Infinity };
  const pBar = errors / fields;
  const inside: Band[] = [];
  const outside: Band[] = [];
  for (const c of clerks) {
    if (c.fields > 0) (isOutOfControl(c, pBar) ? outside : inside).push({ w: c.fields / fields, r: clerkRate(c, pBar) });
  }
  const ins = toBands(inside, RISK_RULE.bands);
  const outs = toBands(outside, RISK_RULE.bands);
  const all = [...ins, ...outs];
  const sum = (pairs: [Band[], Band[]][], scale: number) => {
    let e = 0;
    for (const [xs, ys] of pairs) for (const a of xs) for (const b of ys) e += a.w * b.w * Math.min(1, share * scale * pairWeight(a.r, b.r, pBar));
    return e;
  };
  const expectedIn = (scale: number) => sum([[ins, ins]], scale);
  const expectedOut = (scale: number) => sum([[outs, all], [ins, outs]], scale);
  // Every pair weighs at least `floor`: from this scale on, every form is drawn.
  const full = 1 / (share * RISK_RULE.floor);
  const reserve = expectedIn(RISK_RULE.minScale);
  const allOut = expectedOut(full);
  // (With a tolerance: the pair weights sum to 1 only up to rounding.)
  if (allOut + reserve <= share + 1e-9) {
    return { populationRate: pBar, scale: solve(expectedIn, share - allOut, RISK_RULE.minScale, full), outScale: Infinity };
  }
  return { populationRate: pBar, scale: RISK_RULE.minScale, outScale: solve(expectedOut, share - reserve, 0, full) };
}

/** The scale in [lo, hi] at which an increasing expectation reaches the target (the ends when it never does). */
function solve(expected: (scale: number) => number, target: number, lo: number, hi: number): number {
  if (expected(lo) >= target) return lo;
  if (expected(hi) <= target + 1e-9) return hi;
  for (let i = 0; i < 40; i++) {
    const mid = (lo + hi) / 2;
    if (expected(mid) < target) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}

/** Clerks sorted by rate, merged into about n bands of equal weight (weighted mean rate each). */
function toBands(clerks: Band[], n: number): Band[] {
  const sorted = [...clerks].sort((a, b) => a.r - b.r);
  const total = sorted.reduce((a, c) => a + c.w, 0);
  const out: Band[] = [];
  let w = 0, wr = 0;
  for (const c of sorted) {
    w += c.w;
    wr += c.w * c.r;
    if (w >= total / n) {
      out.push({ w, r: wr / w });
      w = 0;
      wr = 0;
    }
  }
  if (w > 0) out.push({ w, r: wr / w });
  return out;
}
