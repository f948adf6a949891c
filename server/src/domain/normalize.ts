import { toNewToneStyle, vowelInfo } from './vietnamese.js';

/**
 * Text normalization shared by validation and comparison. Pure functions; identical input
 * always gives identical output, which is what makes the comparator's `===` fast path exact.
 */

// No-break, en/em/thin and other lookalike spaces, tabs, ideographic space.
const LOOKALIKE_SPACES = /[\t\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/g;
// Zero-width characters are invisible: removed, never turned into a space inside a word.
const ZERO_WIDTH = /[\u200B-\u200D\u2060\uFEFF]/g;
const MULTI_SPACE = / {2,}/g;
const NEEDS_CLEANING = /[\t\u00A0\u00D0\u00F0\u1680\u2000-\u200D\u202F\u205F\u2060\u3000\uFEFF\uFF10-\uFF19\u2018\u2019\u02BC]| {2}|^ | $/;
// Typographic apostrophes (H’Mông, from word processors and phones) are the ASCII one.
const APOSTROPHES = /[\u2018\u2019\u02BC]/g;
// Old-style tone placement always puts a tone on a/e/y after o/u: no such letter, nothing to move.
const OLD_TONE_HINT = /[àáảãạèéẻẽẹỳýỷỹỵÀÁẢÃẠÈÉẺẼẸỲÝỶỸỴ]/;
const FULLWIDTH_DIGITS = /[\uFF10-\uFF19]/g;

/**
 * NFC, zero-width characters removed, lookalike spaces to one ASCII space, trimmed, full-width
 * digits to ASCII, Ð (eth) typed for Đ mapped (see mapEth), and the modern tone placement
 * (hoà -> hòa): both placements spell one word.
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
  return toNewToneStyle(mapEth(s));
}

const ETH = /[\u00D0\u00F0]/;
const ETH_AT_WORD_START = /(^|[^\p{L}\p{M}])([\u00D0\u00F0])/gu;

/**
 * Ð (U+00D0, the Icelandic eth) and ð look like Đ/đ (U+0110/U+0111) and some keyboards and fonts
 * offer them. Where one starts a word and every other letter of the text is in the Vietnamese
 * alphabet, Đ/đ is meant: mapped, so two keyings compare equal and the record stores Đ.
 * Icelandic never starts a word with ð, and a text with other foreign letters is left alone
 * (Guðrún, Þórður).
 */
export function mapEth(s: string): string {
  if (!ETH.test(s)) return s;
  for (const ch of s) {
    const c = ch.charCodeAt(0);
    if (c < 0x80 || c === 0xd0 || c === 0xf0 || c === 0x110 || c === 0x111 || vowelInfo(ch)) continue;
    if (LETTER.test(ch)) return s;
  }
  return s.replace(ETH_AT_WORD_START, (_m, before: string, eth: string) => before + (eth === '\u00D0' ? '\u0110' : '\u0111'));
}
const LETTER = /\p{L}/u;

/** Title case per word (after hyphens and apostrophes too), for person names. */
export function titleCase(s: string): string {
  // The regex below with its per-match callback was ~1.5% of ingest; this loop gives the same
  // text for the Latin letters Vietnamese names use, and hands anything else to the regex.
  const lower = s.toLowerCase();
  let out = '';
  let from = 0;
  let boundary = true;
  for (let i = 0; i < lower.length; i++) {
    const c = lower.charCodeAt(i);
    if (!(c < 0x250 || (c >= 0x300 && c < 0x370) || (c >= 0x1e00 && c < 0x1f00) || c === 0x2019)) return titleCaseByRegex(lower);
    if (boundary && isLatinLetter(c)) {
      out += lower.slice(from, i) + lower[i].toUpperCase();
      from = i + 1;
    }
    // The separators of the regex: \s (within these ranges), hyphen, straight and curly apostrophe.
    boundary = c === 0x20 || c === 0x2d || c === 0x27 || c === 0x2019 || (c >= 9 && c <= 13) || c === 0xa0;
  }
  return from === 0 ? lower : out + lower.slice(from);
}

/** \p{L} below U+0250 and in Latin Extended Additional (every code point there is a letter). */
function isLatinLetter(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || c === 0xaa || c === 0xb5 || c === 0xba ||
    (c >= 0xc0 && c < 0x250 && c !== 0xd7 && c !== 0xf7) || (c >= 0x1e00 && c < 0x1f00);
}

const WORD_START = /(^|[\s\-'’])(\p{L})/gu;
/** The definition titleCase follows (exported for its spec). */
export function titleCaseByRegex(s: string): string {
  return s.toLowerCase().replace(WORD_START, (_m, sep: string, ch: string) => sep + ch.toUpperCase());
}

/**
 * Remove spaces before and normalize one space after , ; : so "a ,b" equals "a, b". A spaced
 * dash is one spaced dash; an unspaced one ("12-14") is left as typed.
 */
export function tidyPunctuation(s: string): string {
  // Most addresses are tidy already; a scan proves it without the three regex passes.
  return isTidy(s) ? s : tidyByRegex(s);
}

/** The definition tidyPunctuation follows (exported for its spec). */
export function tidyByRegex(s: string): string {
  return s
    .replace(/\s*([,;:])\s*/g, '$1 ')
    .replace(/\s+-\s*|\s*-\s+/g, ' - ')
    .replace(/ {2,}/g, ' ')
    .trim();
}

/**
 * True only when tidyByRegex would return `s` unchanged: single inner spaces only, no other
 * whitespace, nothing before , ; : and one space after (or the end), no space beside a dash.
 */
function isTidy(s: string): boolean {
  const n = s.length;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x20) {
      if (i === 0 || i === n - 1 || s.charCodeAt(i + 1) === 0x20) return false;
    } else if (c === 0x2c || c === 0x3b || c === 0x3a) {
      if (i > 0 && s.charCodeAt(i - 1) === 0x20) return false;
      if (i < n - 1 && s.charCodeAt(i + 1) !== 0x20) return false;
    } else if (c === 0x2d) {
      if ((i > 0 && s.charCodeAt(i - 1) === 0x20) || (i < n - 1 && s.charCodeAt(i + 1) === 0x20)) return false;
    } else if ((c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff) {
      return false;
    }
  }
  return true;
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
