/**
 * The simulated reviewer and spot checker. Neither sees the truth: they read the scan, which is
 * the truth except where the handwriting is ambiguous, and there they are fooled by the same
 * misreading as the clerks, less often (REVIEWER_FOOL_FACTOR). On top of that a reviewer keeps a
 * wrong keying, and a spot checker overlooks a wrong value, with their own error rate.
 *
 * Every draw is fixed by (seed, form, field, stream), so the outcome does not depend on the order
 * in which concurrent reviewers meet the tasks, and the exact-string model (b) of the accuracy
 * report meets the same reviewer as the real process (c).
 */
import type { FieldDef, TemplateDef } from '../domain/template.js';
import type { FieldValues } from '../domain/values.js';
import { REVIEWER_FOOL_FACTOR, type Ambiguity } from './misreading.js';
import { sameMeaning } from './variants.js';

export interface ReviewerModel {
  seed: number;
  /** Chance a reviewer keeps a wrong keying (or a spot checker overlooks a wrong value). */
  errorRate: number;
  /** Chance of being fooled by an ambiguity, relative to an average clerk. Default REVIEWER_FOOL_FACTOR. */
  foolFactor?: number;
}

/** A form's scan as the simulation knows it: the truth and its ambiguous spots. */
export interface Scan {
  truth: FieldValues;
  ambiguities: Readonly<Record<string, Ambiguity>>;
}

function fnv1a(s: string, h = 0x811c9dc5): number {
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** A uniform draw in [0, 1) fixed by (seed, form, field, stream). */
export function reviewerDraw(seed: number, formKey: string, field: string, stream = 'review'): number {
  let h = fnv1a(`${stream}\u0000${formKey}\u0000${field}`, (0x811c9dc5 ^ Math.imul(seed | 0, 0x9e3779b1)) >>> 0);
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return ((h ^ (h >>> 16)) >>> 0) / 4294967296;
}

/** What a reviewer (stream 'review') or spot checker ('spot') reads on the scan for one field. */
export function scanReading(m: ReviewerModel, scan: Scan, formKey: string, field: string, stream = 'review'): string | null {
  const amb = scan.ambiguities[field];
  if (amb && reviewerDraw(m.seed, formKey, field, `${stream}/fooled`) < amb.fool * (m.foolFactor ?? REVIEWER_FOOL_FACTOR)) return amb.misread;
  return scan.truth[field] ?? null;
}

export type ReviewChoice = { choice: 'FIRST' } | { choice: 'SECOND' } | { choice: 'VALUE'; value: string | null };

/**
 * A reviewer on one discrepancy: the keying that says what they read, else what they read typed
 * in; when `slip`, a keying that does not say it instead (if there is one).
 */
export function reviewDecision(field: FieldDef, value1: string | null, value2: string | null, reading: string | null, slip: boolean): ReviewChoice {
  const ok1 = sameMeaning(field, value1, reading);
  const ok2 = sameMeaning(field, value2, reading);
  if (slip) {
    if (!ok1) return { choice: 'FIRST' };
    if (!ok2) return { choice: 'SECOND' };
  }
  if (ok1) return { choice: 'FIRST' };
  if (ok2) return { choice: 'SECOND' };
  return { choice: 'VALUE', value: reading };
}

/** One discrepancy resolved by the simulated reviewer. */
export function reviewField(m: ReviewerModel, scan: Scan, formKey: string, field: FieldDef, value1: string | null, value2: string | null, stream?: string): ReviewChoice {
  const slip = reviewerDraw(m.seed, formKey, field.key, stream) < m.errorRate;
  return reviewDecision(field, value1, value2, scanReading(m, scan, formKey, field.key, stream), slip);
}

/** The value a choice keeps. */
export function chosen(d: ReviewChoice, value1: string | null, value2: string | null): string | null {
  return d.choice === 'FIRST' ? value1 : d.choice === 'SECOND' ? value2 : d.value;
}

/**
 * A spot check: the checker reads every field of the scan against the verified record and
 * corrects what differs, overlooking a difference with the error rate. Fooled by an ambiguity,
 * they "correct" a right value into the misreading.
 */
export function spotCheck(m: ReviewerModel, scan: Scan, formKey: string, template: TemplateDef, record: FieldValues, stream = 'spot'): { fieldKey: string; value: string | null }[] {
  const out: { fieldKey: string; value: string | null }[] = [];
  for (const f of template.fields) {
    const reading = scanReading(m, scan, formKey, f.key, stream);
    if (sameMeaning(f, record[f.key] ?? null, reading)) continue;
    if (reviewerDraw(m.seed, formKey, f.key, `${stream}-miss`) < m.errorRate) continue;
    out.push({ fieldKey: f.key, value: reading });
  }
  return out;
}
