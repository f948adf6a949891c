/**
 * Harmless variants: the same value keyed differently (letter case, spaces, invisible characters,
 * full-width digits, separators in IDs and phone numbers, unpadded dates, +84, code synonyms,
 * abbreviated administrative units, Unicode form, tone placement). Each is a variant the
 * comparator is meant to fold; one it does not fold becomes a *false discrepancy* in the
 * accuracy report, which is how the report measures the comparator instead of assuming it.
 *
 * Rates are per field where the variant applies; there are no published figures, so they are
 * estimates from how such forms are keyed (a few habits per clerk, rare accidents for everyone),
 * high enough that each variant occurs tens to hundreds of times in 10,000 forms.
 */
import { basicComparator } from '../domain/compare.js';
import { cleanText } from '../domain/normalize.js';
import type { FieldDef } from '../domain/template.js';
import { toOldToneStyle } from '../domain/vietnamese.js';
import { PROVINCE_NAME_BY_CODE } from '../domain/provinces.js';
import type { Rng } from './rng.js';

export const VARIANT_KINDS = [
  'CASE', 'SPACING', 'NBSP', 'ZERO_WIDTH', 'FULLWIDTH_DIGITS', 'SEPARATORS', 'DATE_FORMAT', 'PHONE_PREFIX',
  'CODE_SYNONYM', 'PLACE_ABBREVIATION', 'PROVINCE_TYPE_OMITTED', 'APOSTROPHE', 'ETH', 'OLD_TONE', 'NFD',
] as const;
export type VariantKind = (typeof VARIANT_KINDS)[number];

export interface KeyedVariant {
  field: string;
  kind: VariantKind;
  /** The comparator takes the value with and without this variant for the same. */
  folded: boolean;
}

/** Per-field chance of each variant for one clerk (NFD: per keying, the input method's setting). */
export type VariantHabits = Record<VariantKind, number>;

export const DEFAULT_HABITS: Readonly<VariantHabits> = {
  CASE: 0.01, // names in capitals as printed on the form, a place in lower case
  SPACING: 0.01, // a double space, a trailing space, no space after a comma
  NBSP: 0.003, // pasted from a word processor
  ZERO_WIDTH: 0.001,
  FULLWIDTH_DIGITS: 0.001, // an input method left in full-width mode
  SEPARATORS: 0.03, // 001 090 012 345, 0912.345.678
  DATE_FORMAT: 0.04, // 5/3/1990, 05-03-1990
  PHONE_PREFIX: 0.03, // +84 912 345 678
  CODE_SYNONYM: 0.03, // Mông for H'Mông, Không có for Không, VN for Việt Nam
  PLACE_ABBREVIATION: 0.02, // P. Láng Hạ, Q. Đống Đa, TP. Hà Nội
  PROVINCE_TYPE_OMITTED: 0.03, // "Nghệ An" for "Tỉnh Nghệ An"
  APOSTROPHE: 0.1, // H’Mông from a phone keyboard
  ETH: 0.001, // Ð (U+00D0) for Đ, from an old code page
  OLD_TONE: 0.01, // hoà, thuỷ
  NFD: 0.003,
};

/** A clerk's habits: most follow the defaults, a few always do one thing their way. */
export function drawHabits(rng: Rng): VariantHabits {
  const h = { ...DEFAULT_HABITS };
  if (rng.chance(0.08)) h.CASE = 0.5;
  if (rng.chance(0.03)) h.FULLWIDTH_DIGITS = 0.2;
  if (rng.chance(0.1)) h.SEPARATORS = 0.5;
  if (rng.chance(0.1)) h.PLACE_ABBREVIATION = 0.5;
  if (rng.chance(0.1)) h.OLD_TONE = 0.9;
  if (rng.chance(0.05)) h.NFD = 0.3;
  if (rng.chance(0.01)) h.ETH = 0.5;
  return h;
}

// ---------------------------------------------------------------- the variants

const FULLWIDTH = (s: string) => s.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));

/** Between two code points of an NFC string (never inside a letter's decomposition). */
function insertAt(rng: Rng, s: string, ins: string): string {
  const i = rng.int(1, Math.max(1, s.length - 1));
  return s.slice(0, i) + ins + s.slice(i);
}

function spacing(rng: Rng, s: string): string {
  const r = rng.next();
  if (r < 0.4 && s.includes(' ')) return s.replace(' ', '  ');
  if (r < 0.6 && s.includes(', ')) return s.replace(', ', ',');
  return rng.chance(0.5) ? s + ' ' : ' ' + s;
}

function separators(rng: Rng, field: FieldDef, s: string): string {
  const sep = rng.pick([' ', ' ', '.', '-']);
  if (field.type === 'PHONE') {
    return rng.chance(0.6) ? [s.slice(0, 4), s.slice(4, 7), s.slice(7)].join(sep) : [s.slice(0, 3), s.slice(3, 6), s.slice(6)].join(sep);
  }
  if (s.length === 12) return rng.chance(0.7) ? (s.match(/.{3}/g) ?? [s]).join(sep) : `${s.slice(0, 6)}${sep}${s.slice(6)}`;
  return (s.match(/.{3}/g) ?? [s]).join(sep);
}

function dateFormat(rng: Rng, s: string): string {
  const unpadded = s.replace(/(^|\/)0(\d)/g, '$1$2');
  if (rng.chance(0.7) && unpadded !== s) return unpadded;
  return s.replace(/\//g, rng.pick(['-', '.']));
}

function phonePrefix(rng: Rng, s: string): string {
  return rng.chance(0.5) ? '+84' + s.slice(1) : `+84 ${s.slice(1, 4)} ${s.slice(4, 7)} ${s.slice(7)}`;
}

const synonymCache = new WeakMap<FieldDef, Map<string, string[]>>();
/** Synonyms of a code value as people write them ("Mông", "Không có", "VN"). */
function synonymsOf(field: FieldDef, value: string): string[] {
  let m = synonymCache.get(field);
  if (!m) {
    m = new Map();
    for (const [k, v] of Object.entries(field.synonyms ?? {})) {
      const written = k.length <= 2 ? k.toUpperCase() : k.charAt(0).toUpperCase() + k.slice(1);
      m.set(v, [...(m.get(v) ?? []), written]);
    }
    synonymCache.set(field, m);
  }
  return m.get(value) ?? [];
}

const UNIT = /^(thành phố|thị xã|thị trấn|quận|huyện|phường|xã|tỉnh) /iu;
const SHORT: Record<string, string[]> = {
  'thành phố': ['TP.', 'TP. ', 'Tp. '], 'thị xã': ['TX.', 'TX. '], 'thị trấn': ['TT.', 'TT. '], quận: ['Q.', 'Q. '],
  huyện: ['H.', 'H. '], phường: ['P.', 'P. '], xã: ['X.', 'X. '], tỉnh: ['T.', 'T. '],
};

function abbreviate(rng: Rng, s: string): string {
  return s
    .split(', ')
    .map((part) => {
      const m = UNIT.exec(part);
      if (!m || !rng.chance(0.85)) return part;
      const short = rng.pick(SHORT[m[1]!.toLowerCase()]!);
      return short + part.slice(m[0].length);
    })
    .join(', ');
}

const PROVINCE_NAMES = new Set(Object.values(PROVINCE_NAME_BY_CODE).map((n) => n.toLowerCase()));

function omitProvinceType(s: string): string {
  const i = s.lastIndexOf(', ');
  const last = s.slice(i + 2);
  const m = /^(tỉnh|thành phố) (.+)$/iu.exec(last);
  return m && PROVINCE_NAMES.has(m[2]!.toLowerCase()) ? s.slice(0, i + 2) + m[2] : s;
}

function caseVariant(rng: Rng, field: FieldDef, s: string): string {
  if (field.type === 'PERSON_NAME') return rng.chance(0.85) ? s.toUpperCase() : s.toLowerCase();
  return rng.chance(0.8) ? s.toLowerCase() : s.toUpperCase();
}

const TEXTUAL = new Set(['PERSON_NAME', 'PLACE', 'ADDRESS', 'TEXT']);
const DIGITAL = new Set(['CITIZEN_ID', 'OLD_ID', 'PHONE', 'DATE']);

/**
 * `value` as one clerk with these habits keys it: possibly one or more harmless variants, each
 * recorded. `nfd` is the input method's setting for the whole keying.
 */
export function keyedVariants(rng: Rng, field: FieldDef, value: string, habits: VariantHabits, nfd: boolean): { value: string; kinds: { kind: VariantKind; folded: boolean }[] } {
  const kinds: { kind: VariantKind; folded: boolean }[] = [];
  let v = value;
  const record = (kind: VariantKind, w: string) => {
    kinds.push({ kind, folded: basicComparator.same(field, v, w) });
    v = w;
  };
  const apply = (kind: VariantKind, ok: boolean, f: (s: string) => string) => {
    if (!ok || !rng.chance(habits[kind])) return;
    const w = f(v);
    if (w !== v) record(kind, w);
  };
  const t = field.type;
  const place = t === 'PLACE' || t === 'ADDRESS';
  apply('CODE_SYNONYM', t === 'CODE', (s) => {
    const syn = synonymsOf(field, s);
    return syn.length ? rng.pick(syn) : s;
  });
  apply('PLACE_ABBREVIATION', place, (s) => abbreviate(rng, s));
  apply('PROVINCE_TYPE_OMITTED', place, omitProvinceType);
  apply('SEPARATORS', t === 'CITIZEN_ID' || t === 'OLD_ID' || t === 'PHONE', (s) => separators(rng, field, s));
  apply('PHONE_PREFIX', t === 'PHONE', (s) => (s.startsWith('0') ? phonePrefix(rng, s) : s));
  apply('DATE_FORMAT', t === 'DATE', (s) => dateFormat(rng, s));
  apply('CASE', TEXTUAL.has(t) || t === 'CODE', (s) => caseVariant(rng, field, s));
  apply('OLD_TONE', TEXTUAL.has(t) || t === 'CODE', toOldToneStyle);
  apply('APOSTROPHE', TEXTUAL.has(t) || t === 'CODE', (s) => s.replace(/'/g, '\u2019'));
  apply('ETH', TEXTUAL.has(t), (s) => s.replace(/Đ/g, '\u00D0'));
  apply('FULLWIDTH_DIGITS', DIGITAL.has(t) || t === 'ADDRESS', FULLWIDTH);
  apply('NBSP', TEXTUAL.has(t), (s) => s.replace(' ', '\u00A0'));
  apply('ZERO_WIDTH', true, (s) => insertAt(rng, s, '\u200B'));
  apply('SPACING', true, (s) => spacing(rng, s));
  if (nfd && TEXTUAL.has(t)) {
    const d = v.normalize('NFD');
    if (d !== v) record('NFD', d);
  }
  return { value: v, kinds };
}

// ---------------------------------------------------------------- what a value means

const EXPAND: Record<string, string> = { tp: 'Thành phố', tx: 'Thị xã', tt: 'Thị trấn', q: 'Quận', p: 'Phường', h: 'Huyện', x: 'Xã', t: 'Tỉnh' };
const ABBREVIATED = /^(tp|tx|tt|q|p|h|x|t)\.\s*/iu;

/** A place or address with its units written in full and no type word before the province. */
function placeMeaning(v: string): string {
  const parts = cleanText(v).split(/\s*,\s*/);
  const out = parts.map((p) => p.replace(ABBREVIATED, (_m, a: string) => EXPAND[a.toLowerCase()]! + ' '));
  const last = out.length - 1;
  const m = /^(tỉnh|thành phố) (.+)$/iu.exec(out[last]!);
  if (m && PROVINCE_NAMES.has(m[2]!.toLowerCase())) out[last] = m[2]!;
  return out.join(', ');
}

/**
 * Whether two values mean the same for the simulation's ground truth: the comparator's
 * equality, plus the variants it may not fold yet (abbreviated units, Ð). Errors are judged with
 * this, so a variant the comparator does not fold is a false discrepancy, never an error.
 */
export function sameMeaning(field: FieldDef, a: string | null, b: string | null): boolean {
  if (a === b) return true;
  if (basicComparator.same(field, a, b)) return true;
  return basicComparator.same(field, meaning(field, a), meaning(field, b));
}

function meaning(field: FieldDef, v: string | null): string | null {
  if (v === null) return v;
  const s = v.includes('\u00D0') ? v.replace(/\u00D0/g, 'Đ') : v;
  return field.type === 'PLACE' || field.type === 'ADDRESS' ? placeMeaning(s) : s;
}
