import { distance as levenshtein } from 'fastest-levenshtein';
import type { FieldDef, TemplateDef } from './template.js';
import { canonical, canonicalOfClean, ILLEGIBLE, parseDate, type FieldValues } from './values.js';
import { stripDiacritics } from './normalize.js';
import { placeKeyOfClean } from './place-key.js';
import { toNewToneStyle, toOldToneStyle } from './vietnamese.js';

export const DISCREPANCY_KINDS = [
  'DIACRITIC',
  'CASE_SPACING',
  'TRANSPOSITION',
  'OMISSION_INSERTION',
  'SUBSTITUTION',
  'DAY_MONTH_SWAP',
  'MISSING',
  'ILLEGIBLE',
  'RULE',
  'REFERENCE',
  'SPELLING',
  'CONSISTENCY',
  'OTHER',
] as const;
export type DiscrepancyKind = (typeof DISCREPANCY_KINDS)[number];

/**
 * Kinds raised by a check on an agreed value rather than by two keyings that differ: they are
 * discrepancies (a reviewer looks) but not disagreements (no clerk is known to have erred yet).
 */
export const CHECK_KINDS = ['RULE', 'REFERENCE', 'SPELLING', 'CONSISTENCY'] as const satisfies readonly DiscrepancyKind[];
export type CheckKind = (typeof CHECK_KINDS)[number];
const CHECKS = new Set<string>(CHECK_KINDS);
export const isCheckKind = (kind: string): kind is CheckKind => CHECKS.has(kind);

/** What each kind means, for the schema's enum and the dashboard's help. */
export const DISCREPANCY_KIND_INFO: Record<DiscrepancyKind, string> = {
  DIACRITIC: 'The keyings differ only in diacritics or tone marks',
  CASE_SPACING: 'A strict field: the keyings differ only in letter case or spacing',
  TRANSPOSITION: 'Two adjacent characters swapped',
  OMISSION_INSERTION: 'A character left out or added',
  SUBSTITUTION: 'One or two characters replaced, same length',
  DAY_MONTH_SWAP: 'A date with day and month swapped',
  MISSING: 'One keying left the field empty',
  ILLEGIBLE: 'One keying marked the field illegible',
  RULE: 'Both keyings agree, but the value breaks a cross-field rule of the template (the note says which)',
  REFERENCE: 'Both keyings agree, but the place matches no official administrative unit (closest official names are suggested)',
  SPELLING: 'Both keyings agree, but a word is not a Vietnamese syllable (input-method leftover, letter from another script, …)',
  CONSISTENCY: "Both keyings agree, but the value contradicts another form of the same household (the other form's value is shown)",
  OTHER: 'Any other difference',
};

export interface FieldDiff {
  field: string;
  value1: string | null;
  value2: string | null;
  kind: DiscrepancyKind;
  distance: number;
}

/** Case never distinguishes names, places and addresses; for other types canonical() decides. */
export function comparisonKey(field: FieldDef, v: string | null): string | null {
  if (field.strict) return strictKey(v);
  return foldedKey(field, v);
}

/** Strict fields: the value as typed, only NFC and tone placement unified. */
function strictKey(v: string | null): string | null {
  if (v === null || v === ILLEGIBLE) return v;
  const s = toNewToneStyle(v.normalize('NFC'));
  return s === '' ? null : s;
}

function foldedKey(field: FieldDef, v: string | null): string | null {
  const c = canonical(field, v);
  if (c === null || c === ILLEGIBLE) return c;
  switch (field.type) {
    case 'PLACE':
    case 'ADDRESS':
      // Abbreviated types (TP., Q.1, P.05) and separators (, ; -) fold too: see place-key.ts.
      return placeKeyOfClean(c);
    case 'PERSON_NAME':
    case 'TEXT':
    case 'CODE':
      // Spacing around a dash is never meaningful in names and places ("Lê-Thị" = "Lê - Thị").
      return c.toLowerCase().replace(/\s*-\s*/g, '-');
    default:
      return c;
  }
}

export function sameValue(field: FieldDef, a: string | null, b: string | null): boolean {
  // Fast path: identical raw values normalize identically (normalization is pure).
  if (a === b) return true;
  return comparisonKey(field, a) === comparisonKey(field, b);
}

function isAdjacentTransposition(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  if (i >= a.length - 1) return false;
  if (a[i] !== b[i + 1] || a[i + 1] !== b[i]) return false;
  return a.slice(i + 2) === b.slice(i + 2);
}

export function classify(field: FieldDef, a: string | null, b: string | null): { kind: DiscrepancyKind; distance: number } {
  const ka = comparisonKey(field, a);
  const kb = comparisonKey(field, b);
  if (ka === ILLEGIBLE || kb === ILLEGIBLE) return { kind: 'ILLEGIBLE', distance: Math.max(ka?.length ?? 0, kb?.length ?? 0) };
  if (ka === null || kb === null) return { kind: 'MISSING', distance: (ka ?? kb ?? '').length };
  const distance = levenshtein(ka, kb);
  if (field.strict && foldedKey(field, a) === foldedKey(field, b)) return { kind: 'CASE_SPACING', distance };
  if (field.type === 'DATE') {
    const da = parseDate(ka), db = parseDate(kb);
    if (da && db && da.day !== undefined && db.day !== undefined && da.year === db.year && da.day === db.month && da.month === db.day) {
      return { kind: 'DAY_MONTH_SWAP', distance };
    }
  }
  if (stripDiacritics(ka) === stripDiacritics(kb)) return { kind: 'DIACRITIC', distance };
  if (isAdjacentTransposition(ka, kb)) return { kind: 'TRANSPOSITION', distance };
  if (ka.length !== kb.length && distance === Math.abs(ka.length - kb.length)) {
    return { kind: 'OMISSION_INSERTION', distance };
  }
  if (ka.length === kb.length && distance <= 2) return { kind: 'SUBSTITUTION', distance };
  return { kind: 'OTHER', distance };
}

/** The pipeline depends only on this interface, so a smarter engine can replace it. */
export interface Comparator {
  same(field: FieldDef, a: string | null, b: string | null): boolean;
  compare(template: TemplateDef, first: FieldValues, second: FieldValues): FieldDiff[];
  canonical(field: FieldDef, v: string | null): string | null;
  /** canonical() of a value already through cleanText (validateValues' `clean`). */
  canonicalOfClean(field: FieldDef, clean: string | null): string | null;
}

export type ToneStyle = 'new' | 'old';

/**
 * The field-aware comparator. `toneStyle` only chooses how canonical values are *stored*
 * (hòa or hoà); comparison treats both placements as the same word either way.
 */
export function createComparator(opts: { toneStyle?: ToneStyle } = {}): Comparator {
  if (opts.toneStyle !== 'old') return basicComparator;
  return {
    ...basicComparator,
    canonical: (field, v) => oldStyle(canonical(field, v)),
    canonicalOfClean: (field, v) => oldStyle(canonicalOfClean(field, v)),
  };
}

const oldStyle = (c: string | null) => (c === null || c === ILLEGIBLE ? c : toOldToneStyle(c));

export const basicComparator: Comparator = {
  same: sameValue,
  canonical,
  canonicalOfClean,
  compare(template, first, second) {
    const out: FieldDiff[] = [];
    for (const field of template.fields) {
      const a = first[field.key] ?? null;
      const b = second[field.key] ?? null;
      if (a === b || sameValue(field, a, b)) continue;
      const { kind, distance } = classify(field, a, b);
      out.push({ field: field.key, value1: a, value2: b, kind, distance });
    }
    return out;
  },
};
