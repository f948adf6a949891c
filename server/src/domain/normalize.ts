import { toNewToneStyle } from './vietnamese.js';

/**
 * Text normalization shared by validation and comparison. Pure functions; identical input
 * always gives identical output, which is what makes the comparator's `===` fast path exact.
 */

// No-break, en/em/thin and other lookalike spaces, tabs, ideographic space.
const LOOKALIKE_SPACES = /[\t\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/g;
// Zero-width characters are invisible: removed, never turned into a space inside a word.
const ZERO_WIDTH = /[\u200B-\u200D\u2060\uFEFF]/g;
const MULTI_SPACE = / {2,}/g;
const NEEDS_CLEANING = /[\t\u00A0\u1680\u2000-\u200D\u202F\u205F\u2060\u3000\uFEFF\uFF10-\uFF19\u2018\u2019\u02BC]| {2}|^ | $/;
// Typographic apostrophes (H’Mông, from word processors and phones) are the ASCII one.
const APOSTROPHES = /[\u2018\u2019\u02BC]/g;
// Old-style tone placement always puts a tone on a/e/y after o/u: no such letter, nothing to move.
const OLD_TONE_HINT = /[àáảãạèéẻẽẹỳýỷỹỵÀÁẢÃẠÈÉẺẼẸỲÝỶỸỴ]/;
const FULLWIDTH_DIGITS = /[\uFF10-\uFF19]/g;

/**
 * NFC, zero-width characters removed, lookalike spaces to one ASCII space, trimmed, full-width
 * digits to ASCII, and the modern tone placement (hoà -> hòa): both placements spell one word.
 */
export function cleanText(raw: string): string {
  return cleanNfc(raw.normalize('NFC'));
}

/** cleanText of text already in NFC. */
export function cleanNfc(nfc: string): string {
  let s = nfc;
  // Most values need none of the replacements below; one scan decides.
  if (!NEEDS_CLEANING.test(s)) return OLD_TONE_HINT.test(s) ? toNewToneStyle(s) : s;
  s = s.replace(ZERO_WIDTH, '');
  s = s.replace(APOSTROPHES, "'");
  s = s.replace(LOOKALIKE_SPACES, ' ');
  s = s.replace(FULLWIDTH_DIGITS, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
  s = s.replace(MULTI_SPACE, ' ').trim();
  return toNewToneStyle(s);
}

/** Title case per word (after hyphens and apostrophes too), for person names. */
export function titleCase(s: string): string {
  return s
    .toLowerCase()
    .replace(/(^|[\s\-'’])(\p{L})/gu, (_m, sep: string, ch: string) => sep + ch.toUpperCase());
}

/**
 * Remove spaces before and normalize one space after , ; : so "a ,b" equals "a, b". A spaced
 * dash is one spaced dash; an unspaced one ("12-14") is left as typed.
 */
export function tidyPunctuation(s: string): string {
  return s
    .replace(/\s*([,;:])\s*/g, '$1 ')
    .replace(/\s+-\s*|\s*-\s+/g, ' - ')
    .replace(/ {2,}/g, ' ')
    .trim();
}

/** Digits only: spaces, dots and dashes in IDs and phones carry no meaning. */
export function digitsOnly(s: string): string {
  return withoutDigitSeparators(cleanText(s));
}

const DIGIT_SEPARATORS = /[\s.\-]/g;

/** digitsOnly of text cleanText already went over. */
export function withoutDigitSeparators(clean: string): string {
  return clean.replace(DIGIT_SEPARATORS, '');
}

/** Strip every combining mark (and đ→d): used only to *classify* differences, never to equate. */
export function stripDiacritics(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D');
}

/** Strip tone marks only (keep the vowel quality marks ă â ê ô ơ ư and đ). */
export function stripTones(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300\u0301\u0303\u0309\u0323]/g, '')
    .normalize('NFC');
}
