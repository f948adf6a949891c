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
  'OTHER',
] as const;
export type DiscrepancyKind = (typeof DISCREPANCY_KINDS)[number];

export interface FieldDiff {
  field: string;
  value1: string | null;
  value2: string | null;
  kind: DiscrepancyKind;
  distance: number;
}

/** Case never distinguishes names, places and addresses; for other types canonical() decides. */
function comparisonKey(field: FieldDef, v: string | null): string | null {
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
