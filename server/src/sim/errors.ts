/**
 * What a clerk types for each field of a form: the truth, unless the handwriting fooled them
 * (a misreading, misreading.ts) or their fingers slipped (slips.ts), and in either case maybe in
 * a harmless variant spelling (variants.ts). Two clerks key the same scan, so they share its
 * ambiguities: identical errors come from both being fooled by the same one, while slips stay
 * independent.
 */
import { DC01, type FieldDef, type TemplateDef } from '../domain/template.js';
import type { Rng } from './rng.js';
import { FIELD_TYPE_WEIGHT, SLIP_KINDS, makeSlip, type SlipKind } from './slips.js';
import { MISREAD_KINDS, findAmbiguities, foolChance, type Ambiguity, type MisreadKind } from './misreading.js';
import { DEFAULT_HABITS, drawHabits, keyedVariants, sameMeaning, type KeyedVariant, type VariantHabits } from './variants.js';

export { DEFAULT_SAME_ERROR_RATE } from './misreading.js';
export { FIELD_TYPE_WEIGHT } from './slips.js';
export type { Ambiguity } from './misreading.js';
export type { KeyedVariant } from './variants.js';

export type ErrorKind = SlipKind | MisreadKind;
export const ERROR_KINDS: readonly ErrorKind[] = [...SLIP_KINDS, ...MISREAD_KINDS];
/** A misreading of the scan, or a typing slip. */
export type ErrorCause = 'MISREAD' | 'SLIP';

export interface Clerk {
  code: string;
  accuracy: 'good' | 'average' | 'poor';
  /** Expected share of keyed (non-empty) fields this clerk mistypes (slips; misreadings come on top). */
  fieldErrorRate: number;
  secondsPerForm: number;
  /** How easily ambiguous handwriting fools this clerk, relative to an average clerk (1). Default 1. */
  weakness?: number;
  /** Harmless variants this clerk keys (default DEFAULT_HABITS). */
  habits?: Partial<VariantHabits>;
}

export interface KeyingError {
  field: string;
  kind: ErrorKind;
  cause: ErrorCause;
}

export interface Keying {
  values: Record<string, string | null>;
  errors: KeyingError[];
  /** Harmless variants keyed (different bytes, same value). */
  variants: KeyedVariant[];
  seconds: number;
}

/** Single-entry per-field error rate from the literature (Garza et al. 2025: 0.29%). */
export const DEFAULT_FIELD_ERROR_RATE = 0.003;

/** One typing slip on `value` (kept under its old name for callers). */
export const makeError = makeSlip;

/**
 * What `clerk` keys for one field, slips only. `rate` is the probability of a slip on this field;
 * it defaults to the clerk's rate weighted by field type (keyForm normalises it per form).
 */
export function keyValue(
  rng: Rng,
  field: FieldDef,
  value: string | null,
  clerk: Clerk,
  rate: number = clerk.fieldErrorRate * FIELD_TYPE_WEIGHT[field.type],
): { value: string | null; error?: SlipKind } {
  if (value === null || !rng.chance(rate)) return { value };
  const e = makeSlip(rng, field, value);
  return e ? { value: e.value, error: e.kind } : { value };
}

/** Typical count of filled fields on a DC01 form, for scaling keying time. */
const TYPICAL_FILLED = 18;

/**
 * One keying of a form. Slip weights are normalised over the form's non-empty fields so that the
 * expected number of slips is exactly fieldErrorRate x (non-empty fields); `scan` holds the
 * form's ambiguous spots, each fooling this clerk with foolChance(weakness).
 */
export function keyForm(
  rng: Rng,
  truth: Record<string, string | null>,
  clerk: Clerk,
  template: TemplateDef = DC01,
  scan: Readonly<Record<string, Ambiguity>> = {},
): Keying {
  const fields = template.fields;
  let wsum = 0;
  let filled = 0;
  for (const f of fields) {
    if (truth[f.key] != null) {
      wsum += FIELD_TYPE_WEIGHT[f.type];
      filled++;
    }
  }
  const scale = filled > 0 ? (clerk.fieldErrorRate * filled) / wsum : 0;
  const habits: VariantHabits = { ...DEFAULT_HABITS, ...clerk.habits };
  const nfd = rng.chance(habits.NFD);
  const weakness = clerk.weakness ?? 1;
  const values: Record<string, string | null> = {};
  const errors: KeyingError[] = [];
  const variants: KeyedVariant[] = [];
  for (const f of fields) {
    const t = truth[f.key] ?? null;
    const amb = scan[f.key];
    let v: string | null;
    if (amb && rng.chance(foolChance(amb, weakness))) {
      v = amb.misread;
      errors.push({ field: f.key, kind: amb.kind, cause: 'MISREAD' });
    } else {
      const r = keyValue(rng, f, t, clerk, FIELD_TYPE_WEIGHT[f.type] * scale);
      v = r.value;
      if (r.error) errors.push({ field: f.key, kind: r.error, cause: 'SLIP' });
    }
    if (v !== null) {
      const k = keyedVariants(rng, f, v, habits, nfd);
      v = k.value;
      for (const x of k.kinds) variants.push({ field: f.key, ...x });
    }
    values[f.key] = v;
  }
  const jitter = 0.75 + 0.3 * (rng.next() + rng.next());
  const seconds = Math.max(20, Math.round(clerk.secondsPerForm * (0.4 + (0.6 * filled) / TYPICAL_FILLED) * jitter + 3 * errors.length));
  return { values, errors, variants, seconds };
}

/**
 * Both blind keyings of one scanned form by two clerks. The scan's ambiguities are drawn once
 * (`sameErrorRate`: identical misreadings per field for two average clerks, see misreading.ts)
 * and each clerk is fooled independently; `sameErrors` are the fields both got wrong with the
 * same value, what double entry cannot see.
 */
export function keyPair(
  rng: Rng,
  truth: Record<string, string | null>,
  clerkA: Clerk,
  clerkB: Clerk,
  opts: { sameErrorRate?: number; template?: TemplateDef } = {},
): { pass1: Keying; pass2: Keying; sameErrors: KeyingError[]; ambiguities: Record<string, Ambiguity> } {
  const template = opts.template ?? DC01;
  const ambiguities = findAmbiguities(rng, truth, { sameRate: opts.sameErrorRate, template });
  const pass1 = keyForm(rng, truth, clerkA, template, ambiguities);
  const pass2 = keyForm(rng, truth, clerkB, template, ambiguities);
  return { pass1, pass2, sameErrors: identicalErrors(template, pass1, pass2), ambiguities };
}

/** Fields both keyings got wrong with the same value; a misreading when both were fooled. */
export function identicalErrors(template: TemplateDef, a: Keying, b: Keying): KeyingError[] {
  const out: KeyingError[] = [];
  for (const e of a.errors) {
    const other = b.errors.find((x) => x.field === e.field);
    if (!other) continue;
    const f = template.fields.find((x) => x.key === e.field)!;
    if (!sameMeaning(f, a.values[e.field] ?? null, b.values[e.field] ?? null)) continue;
    out.push({ field: e.field, kind: e.kind, cause: e.cause === 'MISREAD' && other.cause === 'MISREAD' ? 'MISREAD' : 'SLIP' });
  }
  return out;
}

/**
 * `n` clerks KT0001.. with the mix seen in large keying operations: most near the literature's
 * single-entry rate, ~15% twice that, ~5% five to ten times. Weaker clerks are also more easily
 * fooled by handwriting. Tiers are shuffled over the codes.
 */
export function makeClerks(rng: Rng, n: number, opts: { baseRate?: number } = {}): Clerk[] {
  const base = opts.baseRate ?? DEFAULT_FIELD_ERROR_RATE;
  const nPoor = Math.round(n * 0.05);
  const nAvg = Math.round(n * 0.15);
  const tiers: Clerk['accuracy'][] = [];
  for (let i = 0; i < n; i++) tiers.push(i < nPoor ? 'poor' : i < nPoor + nAvg ? 'average' : 'good');
  rng.shuffle(tiers);
  return tiers.map((accuracy, i) => {
    const r = rng.next();
    const fieldErrorRate =
      accuracy === 'good' ? base * (0.6 + 0.8 * r) : accuracy === 'average' ? base * (1.7 + 0.6 * r) : base * (5 + 5 * r);
    const secondsPerForm =
      accuracy === 'good' ? rng.int(150, 240) : accuracy === 'average' ? rng.int(180, 300) : rng.int(200, 360);
    const weakness = accuracy === 'good' ? 0.7 + 0.3 * r : accuracy === 'average' ? 1.2 + 0.3 * r : 1.8 + 0.7 * r;
    // Input-method and typing habits are per person.
    return { code: 'KT' + String(i + 1).padStart(4, '0'), accuracy, fieldErrorRate, secondsPerForm, weakness, habits: drawHabits(rng) };
  });
}
