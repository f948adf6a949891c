import { cleanText } from './normalize.js';

/**
 * Folding of Vietnamese place names and addresses for comparison and lookup: case, spacing,
 * Unicode form, tone placement, the usual abbreviations of administrative types (TP., Q., P., …),
 * zero-padded ward numbers and the separators people use between the parts. Diacritics are kept:
 * a missing or wrong one is still a difference. Pure and data-free (the official list is in
 * places-data.ts).
 */

/** Administrative types, as the statistics office codes them. */
export const UNIT_TYPES = ['tinh', 'thanh-pho', 'quan', 'huyen', 'thi-xa', 'phuong', 'xa', 'thi-tran'] as const;
export type UnitType = (typeof UNIT_TYPES)[number];

/** How each type is written in full (the form the key uses). */
export const TYPE_WORDS: Readonly<Record<UnitType, string>> = {
  tinh: 'Tỉnh',
  'thanh-pho': 'Thành phố',
  quan: 'Quận',
  huyen: 'Huyện',
  'thi-xa': 'Thị xã',
  phuong: 'Phường',
  xa: 'Xã',
  'thi-tran': 'Thị trấn',
};

const TYPE_BY_WORD = new Map<string, UnitType>(UNIT_TYPES.map((t) => [TYPE_WORDS[t].toLowerCase(), t]));
/** Two-word types first, so "thị xã" is not read as "xã" after a stray "thị". */
const TYPE_PREFIX = /^(thành phố|thị xã|thị trấn|quận|huyện|phường|xã|tỉnh)(?: |$)/;

/**
 * Abbreviations at the start of a word. Bare letters (Q, P) only before a number ("Q1", "P 5"),
 * since "Q" or "P" alone could start anything; with a dot they always abbreviate. "T." is taken
 * as Tỉnh: the other T-types have two letters (TP, TX, TT).
 */
const ABBREVIATION = /(^|[\s,(])(t\.?\s?p(?:\.|(?=\s)|(?=\d))|t\.?x(?:\.|(?=\s))|t\.?t(?:\.|(?=\s))|q(?:\.|(?=\s?\d))|p(?:\.|(?=\s?\d))|h\.|x\.|t\.)\s*/giu;
const EXPANSION: Record<string, string> = { tp: 'Thành phố', tx: 'Thị xã', tt: 'Thị trấn', q: 'Quận', p: 'Phường', h: 'Huyện', x: 'Xã', t: 'Tỉnh' };
/** A cheap test that spares the abbreviation pass most values (already written in full). */
const MAY_ABBREVIATE = /(?:^|[\s,(])(?:[tqphx]\.|t\.?[pxt][\s.\d]|[qp]\s?\d)/i;

const ZERO_PADDED = /(^|\s)0+(\d)/g;
const SPACED_APOSTROPHE = /'\s+/g;
const SEPARATOR = /\s*[,;–—-]\s*/g;
/** "TP.HCM", "TPHCM", "HCM": the one city everybody abbreviates. */
const HCM = /(^|\s)(thành phố |tp\.?\s?)?hcm$/;
/** A trailing country adds nothing to an address in Vietnam. */
const COUNTRY = /^(?:việt nam|vn|nước chxhcn việt nam|cộng hòa xã hội chủ nghĩa việt nam)$/;

/**
 * The parts of a cleaned value split at , ; and dashes (a dash between two digits is a range,
 * "12-14", and stays), each with its abbreviations written in full, case kept.
 */
export function placeSegments(clean: string): string[] {
  const out: string[] = [];
  const joined = clean.includes('-') || clean.includes('–') || clean.includes('—')
    ? clean.replace(SEPARATOR, (m, offset: number, s: string) => {
        const before = s.charCodeAt(offset - 1), after = s.charCodeAt(offset + m.length);
        return isDigit(before) && isDigit(after) && !/[,;]/.test(m) ? '-' : ',';
      })
    : clean;
  for (let seg of joined.split(/[,;]/)) {
    seg = seg.trim().replace(/^[.\s]+|\.+$/g, '');
    if (seg === '') continue;
    if (MAY_ABBREVIATE.test(seg)) seg = seg.replace(ABBREVIATION, expand).trim();
    if (seg.includes("'")) seg = seg.replace(SPACED_APOSTROPHE, "'");
    out.push(seg);
  }
  return out;
}

const isDigit = (c: number) => c >= 0x30 && c <= 0x39;

function expand(_m: string, before: string, abbr: string): string {
  const letters = abbr.toLowerCase().replace(/[.\s]/g, '');
  return `${before}${EXPANSION[letters] ?? abbr} `;
}

/** The comparison key of one segment: lower case, numbers unpadded ("Phường 05"), HCMC spelled out. */
export function segmentKey(segment: string): string {
  let k = segment.toLowerCase();
  if (/\d/.test(k)) k = k.replace(ZERO_PADDED, '$1$2');
  if (k.endsWith('hcm')) k = k.replace(HCM, (_m, b: string, city?: string) => `${b}${city ? 'thành phố ' : ''}hồ chí minh`);
  return k;
}

/**
 * The comparison key of a place or address: two values with the same key name the same place
 * as far as the letters go ("TP. Hà Nội" = "Thành phố Hà Nội" = "Hà Nội", "Q.1" = "Quận 1",
 * "P. 05" = "Phường 5", "hoà" = "hòa"). A left-out type word below the province ("Đống Đa" for
 * "Quận Đống Đa") still differs: it is a different transcription of the form, however harmless.
 */
export function placeKey(value: string): string {
  return placeKeyOfClean(cleanText(value));
}

/**
 * Anything the slow path would change besides case: dashes, semicolons, apostrophes, dots, a
 * zero, HCM, untidy commas, or an abbreviation without a dot (Q1, P 5, TP X, TP1, TX X, TT X).
 * The last covers every dotless start MAY_ABBREVIATE lets through, so the two cannot drift.
 */
const NOT_PLAIN = /[-–—;'.0]|hcm|\s,|,(?! )|,\s*$|^\s*,|(?:^|[\s,(])(?:[qp]\s?\d|t[pxt][\s\d])/i;

/** placeKey of text cleanText already went over. */
export function placeKeyOfClean(clean: string): string {
  // Most values are written in full: lower case is then the whole key (the comparator's hot path).
  return NOT_PLAIN.test(clean) ? placeKeyBySegments(clean) : provinceUntyped(clean.toLowerCase());
}

/**
 * The province's type word is left out as often as written ("…, Nghệ An" for "…, Tỉnh Nghệ
 * An"), and no two provinces differ by it: the key drops it from the last part, the province's
 * place. Lower levels keep theirs.
 */
function provinceUntyped(key: string): string {
  const i = key.lastIndexOf(', ');
  const last = i < 0 ? key : key.slice(i + 2);
  const m = PROVINCE_TYPED.exec(last);
  if (!m) return key;
  return (i < 0 ? '' : key.slice(0, i + 2)) + m[2];
}
// Not only known provinces: a misspelt one must still differ from the right one by one letter.
const PROVINCE_TYPED = /^(tỉnh|thành phố) (.+)$/;

/** The definition placeKeyOfClean follows (exported for its spec). */
export function placeKeyBySegments(clean: string): string {
  const segs = placeSegments(clean);
  let key = '';
  for (let i = 0; i < segs.length; i++) key += (i ? ', ' : '') + segmentKey(segs[i]!);
  return provinceUntyped(key);
}

/** One part of a place, folded: its type word (if written) and the name after it. */
export interface KeyPart {
  /** The part with abbreviations written in full, as typed otherwise. */
  text: string;
  type: UnitType | null;
  /** The name without its type word, folded like unitNameKey(): what lookups use. */
  name: string;
}

/** Fold an official or typed name for lookup: key rules, dashes as spaces ("Bà Rịa - Vũng Tàu"). */
export function unitNameKey(name: string): string {
  return segmentKey(cleanText(name)).replace(/\s*[-–—]\s*/g, ' ').replace(SPACED_APOSTROPHE, "'");
}

function typed(text: string, key: string): KeyPart {
  const m = TYPE_PREFIX.exec(key);
  if (!m) return { text, type: null, name: key };
  return { text, type: TYPE_BY_WORD.get(m[1]!)!, name: key.slice(m[0].length) };
}

/**
 * A type word inside a segment starts a new part ("Thôn 3 xã Ea Tu TP Buôn Ma Thuột"), except in
 * road names (tỉnh lộ, huyện lộ) and "thị xã".
 */
const INNER_TYPE = / (?=(?:thành phố|thị xã|thị trấn|quận|huyện|phường|(?<!thị )xã|tỉnh) (?!lộ(?:\s|$))\S)/g;

/** The parts of a place or address, in writing order, the trailing country left out. */
export function keyParts(value: string): KeyPart[] {
  const parts: KeyPart[] = [];
  for (const seg of placeSegments(cleanText(value))) {
    const key = segmentKey(seg);
    if (!INNER_TYPE.test(key)) {
      parts.push(typed(seg, key));
      continue;
    }
    INNER_TYPE.lastIndex = 0;
    // Cut the lower-cased text at the same places, then fold each piece on its own (a padded
    // number or the HCM alias would shift positions in the key).
    const lower = seg.toLowerCase();
    const aligned = lower.length === seg.length;
    const cuts = [0];
    for (const m of lower.matchAll(INNER_TYPE)) cuts.push(m.index! + 1);
    const pieces = cuts.map((c, i) => segmentKey(lower.slice(c, cuts[i + 1]).trim()));
    const texts = cuts.map((c, i) => (aligned ? seg.slice(c, cuts[i + 1]).trim() : pieces[i]!));
    for (let i = 0; i < pieces.length; i++) {
      const p = typed(texts[i]!, pieces[i]!);
      // A type word alone ("Xã Thượng Quận", "Phường Phường Đúc") belongs to a name.
      if (p.type && p.name === '') {
        if (i + 1 < pieces.length && i === 0) {
          pieces[i + 1] = `${pieces[i]} ${pieces[i + 1]}`;
          texts[i + 1] = `${texts[i]} ${texts[i + 1]}`;
        } else if (parts.length) {
          const last = parts.pop()!;
          parts.push(typed(`${last.text} ${p.text}`, `${keyOf(last)} ${pieces[i]}`));
        }
        continue;
      }
      parts.push(p);
    }
  }
  while (parts.length && parts[parts.length - 1]!.type === null && COUNTRY.test(parts[parts.length - 1]!.name)) parts.pop();
  for (const p of parts) p.name = p.name.replace(SPACED_APOSTROPHE, "'");
  return parts;
}

const keyOf = (p: KeyPart): string => (p.type ? `${TYPE_WORDS[p.type].toLowerCase()} ${p.name}` : p.name);
