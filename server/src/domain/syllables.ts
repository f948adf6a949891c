/**
 * Plausibility of Vietnamese text (names, places, addresses): flags words no Vietnamese word can
 * be, which double entry cannot catch when both clerks type them alike. Each whitespace-separated
 * word is cut at punctuation (Nguyễn-Smith, TP.HCM, 12/3) and each part judged:
 * - another script among Latin letters (Cyrillic а, Greek ο) or full-width letters: FOREIGN_SCRIPT;
 * - Ð (eth) typed for Đ where the text is Vietnamese: ETH_FOR_D (normalize.ts maps it);
 * - a mark on a letter that cannot carry it in a word that is otherwise Vietnamese (Vǎn, Hüng), or
 *   a mark the letter cannot combine with: MISPLACED_MARK; two tones on one vowel group: TWO_TONES;
 * - a word with Vietnamese marks that is neither a syllable nor a minority or foreign word
 *   (Nguyễnn, Trầnh, Đừc): NOT_A_SYLLABLE (syllables-loose.ts draws that line);
 * - Telex or VNI keys left in the text (Nguyeenx, Vawn, Trafn, Nguye6n): INPUT_METHOD_LEFTOVER.
 * Words without marks that are not leftovers are accepted: foreign and minority names (John,
 * Ksor, H'Bia), abbreviations (TP, Q, P), house numbers and codes in addresses (12/3, A1, 45B).
 * Messages name the field and the word's position, never its letters: they are stored unsealed.
 */
import { mapEth } from './normalize.js';
import type { FieldType, TemplateDef } from './template.js';
import { ILLEGIBLE } from './values.js';
import { letterOf, parseSyllable, type SyllableFault } from './syllables-grammar.js';
import { looseVerdict, unitsOf } from './syllables-loose.js';
import { decodeTelex, decodeVni } from './syllables-leftovers.js';
import { KNOWN_WORDS } from './syllables-known.js';

export const TEXT_FINDING_CODES = [
  'NOT_A_SYLLABLE',
  'INPUT_METHOD_LEFTOVER',
  'FOREIGN_SCRIPT',
  'ETH_FOR_D',
  'MISPLACED_MARK',
  'TWO_TONES',
] as const;
export type TextFindingCode = (typeof TEXT_FINDING_CODES)[number];

export interface TextFinding {
  code: TextFindingCode;
  /** The field key given to checkText ("value" when none was given). */
  field: string;
  /** 1-based position of the whitespace-separated word. */
  word: number;
  /** "fullName: word 2 is not a Vietnamese syllable": never quotes the value. */
  message: string;
}

/** name: PERSON_NAME (digits are never part of a name); place and address: digits are numbers and codes. */
export type TextKind = 'name' | 'place' | 'address';

/** The kind checkText uses for a field type, or null for types it does not judge. */
export function textKindOf(type: FieldType): TextKind | null {
  switch (type) {
    case 'PERSON_NAME':
      return 'name';
    case 'PLACE':
      return 'place';
    case 'ADDRESS':
    case 'TEXT':
      return 'address';
    default:
      return null;
  }
}

/** What one part of a word is, independent of the value around it (cached). */
interface PartInfo {
  /** A fault of the part itself. */
  fault?: { code: Exclude<TextFindingCode, 'INPUT_METHOD_LEFTOVER' | 'ETH_FOR_D'>; detail?: SyllableFault | 'script' | 'lookalike' };
  leftover?: { keys: number; weak: boolean; via: 'telex' | 'vni' };
  /** A known foreign or minority word that reads as Telex keys (Lee): never flagged, but evidence for its neighbours. */
  known?: boolean;
  /** Letters and digits that spell nothing (45B, CT1): a code in an address, a fault in a name. */
  code: boolean;
  /** VNI-looking but a single letter or capitals with digits (A1, NO5): an address code. */
  codeLike: boolean;
}

const OK: PartInfo = { code: false, codeLike: false };

const CACHE_MAX = 50_000;
const wordCache = new Map<string, readonly PartInfo[]>();

/** The findings for every name, place, address and free-text field of a keying or record. */
export function checkTextFields(template: TemplateDef, values: Readonly<Record<string, string | null | undefined>>): TextFinding[] {
  const out: TextFinding[] = [];
  for (const field of template.fields) {
    const kind = textKindOf(field.type);
    const v = values[field.key];
    if (kind && v && v !== ILLEGIBLE) out.push(...checkText(v, { kind, field: field.key }));
  }
  return out;
}

/** Findings for one value of a name, place or address field (empty when it reads as plausible). */
export function checkText(value: string, opts: { kind: TextKind; field?: string }): TextFinding[] {
  const label = opts.field ?? 'value';
  const text = value.normalize('NFC');
  let words = splitWords(text);
  let ethWords: Set<number> | undefined;
  if (words.eth) {
    const mapped = mapEth(text);
    if (mapped !== text) {
      ethWords = new Set();
      words.forEach((w, i) => ETH.test(w) && ethWords!.add(i));
      words = splitWords(mapped);
    }
  }
  const infos = words.map(partsOf);
  // A weak key (Bar, Ana) counts only beside a stronger leftover: the input method was off for
  // the whole value.
  let strong = 0;
  for (const parts of infos) for (const p of parts) if (p.leftover && !p.codeLike && !p.leftover.weak) strong++;
  const out: TextFinding[] = [];
  const add = (code: TextFindingCode, i: number, what: string) => {
    if (!out.some((f) => f.word === i + 1 && f.code === code)) out.push({ code, field: label, word: i + 1, message: `${label}: word ${i + 1} ${what}` });
  };
  infos.forEach((parts, i) => {
    if (ethWords?.has(i)) add('ETH_FOR_D', i, 'has Ð (eth, U+00D0) where Đ (U+0110) is meant');
    for (const p of parts) {
      if (p.fault) add(p.fault.code, i, faultText(p.fault.code, p.fault.detail));
      else if (p.code && opts.kind === 'name') add('NOT_A_SYLLABLE', i, 'mixes digits and letters');
      else if (p.leftover && isLeftover(p, opts.kind, strong)) {
        add('INPUT_METHOD_LEFTOVER', i, `looks like ${p.leftover.via === 'vni' ? 'VNI' : 'Telex'} keys typed with the input method off`);
      }
    }
  });
  return out;
}

/**
 * A key that spells a syllable is enough (Vawn, Nguyeenx); a weak one (Bar, Ana) needs another
 * leftover in the value that is not weak. Known words are never flagged.
 */
function isLeftover(p: PartInfo, kind: TextKind, strong: number): boolean {
  const l = p.leftover!;
  if (p.known) return false;
  if (p.codeLike) return kind === 'name';
  return !l.weak || strong > 0;
}

function faultText(code: TextFindingCode, detail?: string): string {
  switch (code) {
    case 'FOREIGN_SCRIPT':
      return detail === 'lookalike' ? 'has full-width letters' : 'has letters of another script (Cyrillic, Greek, …) among Latin ones';
    case 'MISPLACED_MARK':
      return 'has a mark on a letter that cannot carry it in Vietnamese';
    case 'TWO_TONES':
      return 'has two tone marks in one syllable';
    default:
      return detail === 'tone'
        ? 'is not a Vietnamese syllable (after c, ch, p or t only the sắc or nặng tone)'
        : 'is not a Vietnamese syllable';
  }
}

/** Letters of the Ê Đê and Jarai alphabets that Vietnamese does not use (ñ is Spanish too). */
const MINORITY_LETTERS = 'ĕĭŏŭƀčñ';
const ETH = /[\u00D0\u00F0]/;
/** Between parts of a word: anything but letters, marks, digits and apostrophes. */
const SEPARATORS = /[^\p{L}\p{M}\p{N}'’ʼ‘]+/u;
const APOSTROPHES = /['’ʼ‘]/u;

function partsOf(word: string): readonly PartInfo[] {
  let parts = wordCache.get(word);
  if (parts) return parts;
  parts = word.split(SEPARATORS).filter((p) => p !== '').map((p) => analyzePart(p));
  if (wordCache.size >= CACHE_MAX) wordCache.delete(wordCache.keys().next().value!);
  wordCache.set(word, parts);
  return parts;
}

function analyzePart(part: string): PartInfo {
  const lower = part.toLowerCase();
  if (KNOWN_WORDS.has(lower)) {
    const d = decodeTelex(lower);
    return d ? { ...OK, known: true, leftover: { keys: d.keys, weak: d.weak, via: 'telex' } } : OK;
  }
  const script = scriptFault(part);
  if (script) return { ...OK, fault: { code: 'FOREIGN_SCRIPT', detail: script } };
  const residue = residueFault(part);
  if (residue) return { ...OK, fault: { code: residue } };
  if (APOSTROPHES.test(part)) {
    // H'Bia, M'Đrắk, O'Brien: each piece a minority or foreign word, none a leftover.
    const pieces = part.split(APOSTROPHES).filter((s) => s !== '').map((s) => analyzeLetters(s.toLowerCase(), true));
    return pieces.find((p) => p.fault) ?? OK;
  }
  return analyzeLetters(lower, false, part);
}

/** A part without apostrophes, lowercase; `asTyped` keeps the case for address codes. */
function analyzeLetters(w: string, inApostrophe: boolean, asTyped = w): PartInfo {
  let letters = 0;
  let digits = 0;
  let vowels = 0;
  let markedLetters = 0;
  let foreign = false;
  let minority = false;
  for (const c of w) {
    if (c >= '0' && c <= '9') {
      digits++;
      continue;
    }
    letters++;
    const l = letterOf(c);
    if (!l) {
      if (MINORITY_LETTERS.includes(c)) minority = true;
      else if (!'fjwz'.includes(c)) foreign = true;
      continue;
    }
    if (l.vowel) vowels++;
    if (l.tone !== 0 || c !== l.base || c === 'đ' || 'ăâêôơư'.includes(l.base)) markedLetters++;
  }
  if (letters === 0) return OK;
  if (digits > 0) return digitsPart(w, letters, asTyped);
  // Ê Đê and Jarai letters (Ayŭn, Akŏ, ƀuôn): a minority word, whatever its shape.
  if (minority && !foreign) return OK;
  if (foreign) {
    // Müller, Nuñez, Wiśniewski are foreign; Vǎn (a pinyin caron for the breve), Hüng or Nguyễǹ
    // are Vietnamese words with a mark on a letter that cannot carry it.
    const bare = [...w].map((c) => (letterOf(c) ? c : c.normalize('NFD').replace(MARKS, ''))).join('');
    const stripped = w.normalize('NFD').replace(MARKS, '').replace(/đ/g, 'd');
    const vietnamese = parseSyllable(bare).ok || parseSyllable(stripped, { toneless: true }).ok;
    return vietnamese ? { ...OK, fault: { code: 'MISPLACED_MARK' } } : OK;
  }
  if (vowels === 0) return OK; // abbreviations: TP, HCM, Đ., Ng.
  if (markedLetters === 0) {
    if (inApostrophe) return OK;
    // A word as typed is no leftover; but oong/ooc (xoong, and long vowels of minority names:
    // Hơ Moong, Choong) read as Telex's công, bông beside a clear leftover (Lee Coong Khoa).
    const raw = parseSyllable(w, { toneless: true });
    if (raw.ok && raw.syllable.nucleus !== 'oo') return OK;
    const d = decodeTelex(w);
    return d ? { ...OK, leftover: { keys: d.keys, weak: d.weak || raw.ok, via: 'telex' } } : OK;
  }
  const strict = parseSyllable(w);
  if (strict.ok) return OK;
  const units = unitsOf(w);
  const loose = units ? looseVerdict(units) : 'no';
  if (loose === 'ok') return OK;
  if (loose === 'twoTones' || strict.fault === 'twoTones') return { ...OK, fault: { code: 'TWO_TONES' } };
  // Keys typed on top of marks (Vănw, Nguyễnx would be two tones): a leftover, not a new word.
  if (!inApostrophe) {
    const d = decodeTelex(w);
    if (d) return { ...OK, leftover: { keys: Math.max(2, d.keys), weak: false, via: 'telex' } };
  }
  return { ...OK, fault: { code: 'NOT_A_SYLLABLE', detail: strict.fault } };
}

/** Letters with digits: VNI keys (Nguye6n, Ha2) or an address code (12A, A1, CT1). */
function digitsPart(w: string, letters: number, asTyped: string): PartInfo {
  const d = decodeVni(w);
  if (!d) return { ...OK, code: true };
  const codeLike = letters === 1 || asTyped === asTyped.toUpperCase();
  return { ...OK, codeLike, leftover: { keys: d.keys, weak: false, via: 'vni' } };
}

/** Letters outside the Latin script (Cyrillic а, Greek ο, …) or full-width Latin letters. */
function scriptFault(part: string): 'script' | 'lookalike' | undefined {
  for (const ch of part) {
    const c = ch.codePointAt(0)!;
    if (c < 0x250 || (c >= 0x1e00 && c < 0x1f00) || (c >= 0x300 && c < 0x370)) continue;
    if (c >= 0xff21 && c <= 0xff5a) return 'lookalike';
    if (LETTER.test(ch) && !LATIN.test(ch)) return 'script';
  }
  return undefined;
}
const LETTER = /\p{L}/u;
const LATIN = /\p{Script=Latin}/u;

/** A combining mark NFC could not attach: a second tone on a toned vowel, or a mark on the wrong letter. */
function residueFault(part: string): 'TWO_TONES' | 'MISPLACED_MARK' | undefined {
  if (!COMBINING.test(part)) return undefined;
  const chars = [...part];
  for (let i = 1; i < chars.length; i++) {
    if (!COMBINING.test(chars[i]!)) continue;
    const prev = letterOf(chars[i - 1]!.toLowerCase());
    if (prev?.vowel && prev.tone !== 0 && TONE_MARKS.test(chars[i]!)) return 'TWO_TONES';
    return 'MISPLACED_MARK';
  }
  return 'MISPLACED_MARK';
}
const COMBINING = /[\u0300-\u036f]/;
const MARKS = /\p{M}/gu;
const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/;

/** Clears the per-word cache (tests measuring cold speed). */
export function clearTextCheckCache(): void {
  wordCache.clear();
}

/** The whitespace-separated words, and whether any has an eth (one pass: this runs on every value). */
function splitWords(text: string): string[] & { eth?: boolean } {
  const out: string[] & { eth?: boolean } = [];
  let from = -1;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : 32;
    if (c === 0xd0 || c === 0xf0) out.eth = true;
    const space = c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000;
    if (space) {
      if (from >= 0) out.push(text.slice(from, i));
      from = -1;
    } else if (from < 0) from = i;
  }
  return out;
}
