import type { FieldDef, TemplateDef } from './template.js';
import type { FieldProblem } from './errors.js';
import { cleanNfc, cleanText, titleCase, tidyPunctuation, withoutDigitSeparators } from './normalize.js';

/**
 * Marker stored for a field the clerk marked illegible. It is a character no DC01 value can
 * contain, so it can never be confused with a typed value.
 */
export const ILLEGIBLE = '\u2047';

export type FieldValues = Record<string, string | null>;

const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;
const NAME_CHARS = /^[\p{L}\p{M}' ’.\-]+$/u;
/** What Vietnamese place names and addresses are written with: no markup or template syntax (< > { } $ = * \ and the like). */
const PLACE_TEXT = /^[\p{L}\p{M}\p{N}\p{Zs},.;:/()'’"&#+–—-]+$/u;
/**
 * The same classes cut down to Latin letters (× and ÷ left out) and combining marks, which is all
 * Vietnamese uses: plain ranges, ~8x faster than Unicode properties. A value they refuse gets the
 * full test, so the answer is the same.
 */
const LATIN_RANGES = 'A-Za-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F\u0300-\u036F\u1E00-\u1EFF';
const LATIN_NAME = new RegExp(`^[${LATIN_RANGES}' ’.\\-]+$`);
const LATIN_PLACE = new RegExp(`^[${LATIN_RANGES}0-9 ,.;:/()'’"&#+–—-]+$`);

export const isNameText = (s: string): boolean => LATIN_NAME.test(s) || NAME_CHARS.test(s);
export const isPlaceText = (s: string): boolean => LATIN_PLACE.test(s) || PLACE_TEXT.test(s);

export interface ParsedDate {
  day?: number;
  month?: number;
  year: number;
}

export function parseDate(raw: string): ParsedDate | null {
  return parseCleanDate(cleanText(raw));
}

/** parseDate of text that cleanText already went over. */
function parseCleanDate(s: string): ParsedDate | null {
  let m = /^(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4})$/.exec(s);
  if (m) {
    const day = +m[1], month = +m[2], year = +m[3];
    if (month < 1 || month > 12 || day < 1) return null;
    const dim = new Date(Date.UTC(year, month, 0)).getUTCDate();
    if (day > dim) return null;
    return { day, month, year };
  }
  m = /^(\d{1,2})[/.\-](\d{4})$/.exec(s);
  if (m) {
    const month = +m[1], year = +m[2];
    if (month < 1 || month > 12) return null;
    return { month, year };
  }
  m = /^(\d{4})$/.exec(s);
  if (m) return { year: +m[1] };
  return null;
}

export function formatDate(d: ParsedDate): string {
  const p = (n: number) => String(n).padStart(2, '0');
  const y = String(d.year).padStart(4, '0');
  if (d.day !== undefined && d.month !== undefined) return `${p(d.day)}/${p(d.month)}/${y}`;
  if (d.month !== undefined) return `${p(d.month)}/${y}`;
  return y;
}

function codeIndex(field: FieldDef): Map<string, string> {
  let idx = codeCache.get(field);
  if (!idx) {
    idx = new Map();
    for (const a of field.allowed ?? []) idx.set(cleanText(a).toLowerCase(), a);
    for (const [k, v] of Object.entries(field.synonyms ?? {})) idx.set(cleanText(k).toLowerCase(), v);
    codeCache.set(field, idx);
  }
  return idx;
}
const codeCache = new WeakMap<FieldDef, Map<string, string>>();

/**
 * The canonical form of a *valid* value: what a verified record stores and what the comparator
 * compares. Throws nothing; invalid values are returned cleaned so reviewers can still see them.
 */
export function canonical(field: FieldDef, raw: string | null): string | null {
  if (raw === null || raw === ILLEGIBLE) return raw;
  return canonicalOfClean(field, cleanText(raw));
}

/** canonical() of a value cleanText already went over (validateValues hands these out). */
export function canonicalOfClean(field: FieldDef, s: string | null): string | null {
  if (s === null || s === ILLEGIBLE || s === '') return s || null;
  switch (field.type) {
    case 'PERSON_NAME':
      return titleCase(s);
    case 'ADDRESS':
    case 'PLACE':
      return tidyPunctuation(s);
    case 'TEXT':
      return s;
    case 'DATE': {
      const d = parseCleanDate(s);
      return d ? formatDate(d) : s;
    }
    case 'CODE':
      return codeIndex(field).get(s.toLowerCase()) ?? s;
    case 'CITIZEN_ID':
    case 'OLD_ID':
      return withoutDigitSeparators(s);
    case 'PHONE': {
      const d = withoutDigitSeparators(s);
      return d.startsWith('+84') ? '0' + d.slice(3) : d;
    }
  }
}

/** Why a value is not acceptable for its field, or null when it is. */
export function checkValue(field: FieldDef, raw: unknown): string | null {
  const v = verdict(field, raw);
  return typeof v === 'string' ? v : null;
}

/** What verdict() leaves behind for an accepted value with content. */
interface Scratch {
  /** Keystrokes so far: the value's NFC form is at hand in verdict(). */
  strokes: number;
  /** The value after cleanText. */
  clean: string;
}

/**
 * The reason a value is refused, or whether an acceptable value has content (true) or is empty
 * (false).
 */
function verdict(field: FieldDef, raw: unknown, scratch?: Scratch): string | boolean {
  if (raw === null || raw === undefined) return field.required ? 'is required' : false;
  if (typeof raw !== 'string') return 'must be a string or null';
  if (raw === ILLEGIBLE) {
    if (scratch) scratch.clean = ILLEGIBLE;
    return true;
  }
  if (raw.length > 1000) return 'is longer than 1000 characters';
  if (CONTROL.test(raw)) return 'contains control characters';
  if (raw.includes(ILLEGIBLE)) return 'contains the reserved illegible marker; mark the field illegible instead';
  const nfc = raw.normalize('NFC');
  const s = cleanNfc(nfc);
  if (s === '') return field.required ? 'is required' : false;
  const why = checkClean(field, s);
  if (why !== null) return why;
  if (scratch) {
    scratch.strokes += nfc.length;
    scratch.clean = s;
  }
  return true;
}

/** checkValue of non-empty cleaned text. */
function checkClean(field: FieldDef, s: string): string | null {
  switch (field.type) {
    case 'PERSON_NAME':
      if (s.length > (field.maxLength ?? 100)) return `is longer than ${field.maxLength ?? 100} characters`;
      if (/\d/.test(s)) return 'a name cannot contain digits';
      if (!isNameText(s)) return 'a name may contain only letters, spaces, apostrophes, dots and hyphens';
      return null;
    case 'TEXT':
    case 'PLACE':
    case 'ADDRESS':
      if (s.length > (field.maxLength ?? 300)) return `is longer than ${field.maxLength ?? 300} characters`;
      if (field.type !== 'TEXT' && !isPlaceText(s)) return "a place or address may contain only letters, digits, spaces and , . ; : / ( ) ' \" & # + -";
      return null;
    case 'DATE':
      return parseCleanDate(s)
        ? null
        : 'is not a valid date: use dd/mm/yyyy, or mm/yyyy or yyyy when only part is known';
    case 'CODE': {
      if (codeIndex(field).has(s.toLowerCase())) return null;
      const allowed = field.allowed ?? [];
      const list = allowed.length > 12 ? `${allowed.slice(0, 12).join(', ')}, …` : allowed.join(', ');
      return `unknown value "${shorten(s)}"; allowed: ${list}`;
    }
    case 'CITIZEN_ID': {
      const d = withoutDigitSeparators(s);
      if (!/^\d+$/.test(d)) return 'a citizen ID contains only digits';
      return d.length === 12 ? null : `a citizen ID has 12 digits, got ${d.length}`;
    }
    case 'OLD_ID': {
      const d = withoutDigitSeparators(s);
      if (!/^\d+$/.test(d)) return 'an ID card number contains only digits';
      return d.length === 9 ? null : `an old ID card number has 9 digits, got ${d.length}`;
    }
    case 'PHONE': {
      let d = withoutDigitSeparators(s);
      if (d.startsWith('+84')) d = '0' + d.slice(3);
      if (!/^\d+$/.test(d)) return 'a phone number contains only digits (and optionally a leading +84)';
      return /^0\d{9,10}$/.test(d) ? null : 'a phone number has 10 or 11 digits starting with 0';
    }
  }
}

/**
 * Validates one keying's values against the template. Unknown keys are errors (a station keying
 * against the wrong template must not silently lose data); missing keys count as empty.
 * `values` are the values as keyed (what a keying stores); `clean` the same after cleanText, for
 * canonicalOfClean.
 */
export function validateValues(
  template: TemplateDef,
  values: Record<string, unknown>,
  illegible: readonly string[] = [],
  /** Only the fields given are validated and returned (a third keying of disputed fields). */
  partial = false,
): { values: FieldValues; clean: FieldValues; problems: FieldProblem[]; strokes: number } {
  const problems: FieldProblem[] = [];
  const scratch: Scratch = { strokes: 0, clean: '' };
  const out: FieldValues = {};
  const clean: FieldValues = {};
  const keys = fieldKeys(template);
  let unknown: string[] | undefined;
  for (const k in values) if (!keys.has(k)) (unknown ??= []).push(k);
  for (const k of illegible) if (!keys.has(k)) (unknown ??= []).push(k);
  if (unknown) {
    // Unknown keys are echoed shortened and at most ten of them: an error must stay readable.
    for (const k of unknown.slice(0, 10)) problems.push({ field: shorten(String(k)), reason: `is not a field of template ${template.code}` });
    if (unknown.length > 10) problems.push({ field: '…', reason: `and ${unknown.length - 10} more unknown fields` });
  }
  const ill = illegible.length ? new Set(illegible) : null;
  for (const field of template.fields) {
    if (partial && !ill?.has(field.key) && !(field.key in values)) continue;
    if (ill?.has(field.key)) {
      const v = values[field.key];
      if (v !== undefined && v !== null && v !== '') {
        problems.push({ field: field.key, reason: 'is marked illegible but also has a value' });
      }
      out[field.key] = clean[field.key] = ILLEGIBLE;
      continue;
    }
    const v = values[field.key];
    const why = verdict(field, v, scratch);
    if (typeof why === 'string') {
      problems.push({ field: field.key, reason: why });
      continue;
    }
    out[field.key] = why ? (v as string) : null;
    clean[field.key] = why ? scratch.clean : null;
  }
  return { values: out, clean, problems, strokes: scratch.strokes };
}

const keyCache = new WeakMap<TemplateDef, Set<string>>();
function fieldKeys(t: TemplateDef): Set<string> {
  let keys = keyCache.get(t);
  if (!keys) keyCache.set(t, (keys = new Set(t.fields.map((f) => f.key))));
  return keys;
}

function shorten(s: string): string {
  return [...s].length > 60 ? [...s].slice(0, 57).join('') + '…' : s;
}

/** Characters keyed, the denominator of "errors per 1,000 keystrokes" (validateValues counts them too). */
export function keystrokes(values: FieldValues): number {
  let n = 0;
  // NFC length, so the count does not depend on the clerk's input method.
  for (const v of Object.values(values)) if (v && v !== ILLEGIBLE) n += v.normalize('NFC').length;
  return n;
}
