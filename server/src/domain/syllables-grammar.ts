/**
 * The written Vietnamese syllable: initial + medial + nucleus + final + tone, with the spelling
 * rules that tie them together. Pure tables and a parser; plausibility of whole words and values
 * (minority and foreign names, input-method leftovers) is in syllables.ts.
 */
import { toNewToneStyle, vowelInfo, withTone } from './vietnamese.js';

/** 0 ngang, 1 huyền, 2 sắc, 3 hỏi, 4 ngã, 5 nặng (the order of vietnamese.ts). */
export type Tone = 0 | 1 | 2 | 3 | 4 | 5;

export interface Syllable {
  /** '' or one of INITIALS; "qu" carries its medial u, "gi" may share its i with the rime (gì, giếng). */
  initial: string;
  medial: '' | 'o' | 'u';
  /** Vowel letters without tone, as spelled: "a", "iê", "yê", "ươ", "ưa", "oo". */
  nucleus: string;
  /** '' or c ch m n ng nh p t, or a semivowel i y o u. */
  final: string;
  tone: Tone;
}

/** Why a word is not a syllable (for tests and finer messages; never shown with the word). */
export type SyllableFault = 'letter' | 'noVowel' | 'twoTones' | 'rime' | 'spelling' | 'tone';

export type ParseResult = { ok: true; syllable: Syllable } | { ok: false; fault: SyllableFault };

export const INITIALS = [
  '', 'b', 'c', 'ch', 'd', 'đ', 'g', 'gh', 'gi', 'h', 'k', 'kh', 'l', 'm', 'n', 'ng', 'ngh', 'nh',
  'p', 'ph', 'qu', 'r', 's', 't', 'th', 'tr', 'v', 'x',
] as const;
const TWO_LETTER_INITIALS = new Set(['ch', 'gh', 'gi', 'kh', 'ng', 'nh', 'ph', 'qu', 'th', 'tr']);
export const CONSONANT_LETTERS = 'bcdđghklmnpqrstvx';
/** Finals after which only sắc and nặng are possible. */
export const STOP_FINALS: ReadonlySet<string> = new Set(['c', 'ch', 'p', 't']);
export const CONSONANT_FINALS: ReadonlySet<string> = new Set(['c', 'ch', 'm', 'n', 'ng', 'nh', 'p', 't']);

/**
 * Nucleus (no medial) -> the finals it takes ('-' = none). iê is spelled yê without an initial;
 * ia/ua/ưa are the open spellings of iê/uô/ươ; oo (xoong, boong) and eng/ec come from loanwords.
 */
export const PLAIN_RIMES: Readonly<Record<string, string>> = {
  a: '- c ch i m n ng nh o p t u y',
  ă: 'c m n ng p t',
  â: 'c m n ng p t u y',
  e: '- c m n ng o p t',
  ê: '- ch m n nh p t u',
  i: '- ch m n nh p t u',
  y: '-',
  o: '- c i m n ng p t',
  oo: 'c ng',
  ô: '- c i m n ng p t',
  ơ: '- i m n p t',
  u: '- c i m n ng p t',
  ư: '- c i m n ng t u',
  iê: 'c m n ng p t u',
  ia: '-',
  uô: 'c i m n ng t',
  ua: '-',
  ươ: 'c i m n ng p t u',
  ưa: '-',
};

/** Nucleus after the medial (written o before a ă e, u elsewhere and always after q) -> finals. */
export const MEDIAL_RIMES: Readonly<Record<string, string>> = {
  a: '- c ch i m n ng nh o p t u y',
  ă: 'c m n ng p t',
  e: '- n o t',
  â: 'c n ng t y',
  ê: '- ch n nh t u',
  y: '- ch n nh p t u',
  yê: 'n t',
  ya: '-',
  // huơ, thuở; quới and quơn are southern spellings in names and places (Phú Quới).
  ơ: '- i n',
};

export interface Rime {
  medial: '' | 'o' | 'u';
  nucleus: string;
  final: string;
}

const finalsOf = (s: string): string[] => s.split(' ').map((f) => (f === '-' ? '' : f));

/** Spelled rime after a consonant initial, spelled rime without an initial, remainder after "qu". */
const AFTER_CONSONANT = new Map<string, Rime>();
const NO_INITIAL = new Map<string, Rime>();
const AFTER_QU = new Map<string, Rime>();
for (const [nucleus, finals] of Object.entries(PLAIN_RIMES)) {
  for (const final of finalsOf(finals)) {
    const r: Rime = { medial: '', nucleus, final };
    if (nucleus === 'iê') {
      AFTER_CONSONANT.set('iê' + final, r);
      NO_INITIAL.set('yê' + final, { ...r, nucleus: 'yê' });
    } else {
      AFTER_CONSONANT.set(nucleus + final, r);
      NO_INITIAL.set(nucleus + final, r);
    }
  }
}
for (const [nucleus, finals] of Object.entries(MEDIAL_RIMES)) {
  const medial = 'aăe'.includes(nucleus[0]!) ? 'o' : 'u';
  for (const final of finalsOf(finals)) {
    const r: Rime = { medial, nucleus, final };
    AFTER_CONSONANT.set(medial + nucleus + final, r);
    NO_INITIAL.set(medial + nucleus + final, r);
    AFTER_QU.set(nucleus + final, { ...r, medial: 'u' });
  }
}
// quốc; quí and quít: common spellings of quý (also a name) and quýt.
AFTER_QU.set('ôc', { medial: 'u', nucleus: 'ô', final: 'c' });
AFTER_QU.set('i', { medial: 'u', nucleus: 'i', final: '' });
AFTER_QU.set('it', { medial: 'u', nucleus: 'i', final: 't' });

/** Every spelled rime (any context), e.g. for loose matching of minority words. */
export const ALL_RIMES: ReadonlySet<string> = new Set([...AFTER_CONSONANT.keys(), ...NO_INITIAL.keys(), ...[...AFTER_QU.keys()].map((k) => 'u' + k)]);

const FRONT = new Set(['i', 'y', 'e', 'ê']);

/** A lowercase letter split into its base (with shape: "ơ") and tone; undefined if not Vietnamese. */
export function letterOf(c: string): { base: string; tone: Tone; vowel: boolean } | undefined {
  const v = vowelInfo(c);
  if (v) return { base: v.v, tone: v.tone as Tone, vowel: true };
  if (CONSONANT_LETTERS.includes(c)) return { base: c, tone: 0, vowel: false };
  return undefined;
}

/**
 * Parses one word (NFC, any case) as a Vietnamese syllable. The tone may sit on any vowel, so old
 * and new placement (hoà, hòa) parse alike. `toneless`: judge the letters only (text typed with
 * no marks, where the missing tone is unknown).
 */
export function parseSyllable(word: string, opts: { toneless?: boolean } = {}): ParseResult {
  const w = word.toLowerCase();
  let base = '';
  let tone: Tone = 0;
  let vowels = 0;
  for (const c of w) {
    const l = letterOf(c);
    if (!l) return { ok: false, fault: 'letter' };
    if (l.tone !== 0) {
      if (tone !== 0) return { ok: false, fault: 'twoTones' };
      tone = l.tone;
    }
    if (l.vowel) vowels++;
    base += l.base;
  }
  if (vowels === 0) return { ok: false, fault: 'noVowel' };
  const split = splitBase(base);
  if (!split) return { ok: false, fault: 'rime' };
  const { initial, rime } = split;
  if (!spellingOk(initial, rime)) return { ok: false, fault: 'spelling' };
  if (!opts.toneless && STOP_FINALS.has(rime.final) && tone !== 2 && tone !== 5) return { ok: false, fault: 'tone' };
  return { ok: true, syllable: { initial, medial: rime.medial, nucleus: rime.nucleus, final: rime.final, tone } };
}

/** True when `word` is a Vietnamese syllable (see parseSyllable). */
export function isSyllable(word: string, opts: { toneless?: boolean } = {}): boolean {
  return parseSyllable(word, opts).ok;
}

/** The initial and the rime of a toneless lowercase base, or null when no rime fits. */
function splitBase(base: string): { initial: string; rime: Rime & { spelled: string } } | null {
  let initial = '';
  if (base.startsWith('ngh')) initial = 'ngh';
  else if (TWO_LETTER_INITIALS.has(base.slice(0, 2))) initial = base.slice(0, 2);
  else if (CONSONANT_LETTERS.includes(base[0]!)) initial = base[0]!;
  let rest = base.slice(initial.length);
  if (initial === 'q') return null; // q only as qu
  if (initial === 'qu') {
    const r = AFTER_QU.get(rest);
    return r ? { initial, rime: { ...r, spelled: rest } } : null;
  }
  if (initial === 'gi') {
    // gi shares its i with a rime that starts with i (gì, gìn) or iê (giếng, giết: written gi + ê);
    // giê, giềnh are gi + ê.
    const next = rest[0];
    if (next === undefined || CONSONANT_LETTERS.includes(next) || (next === 'ê' && AFTER_CONSONANT.has('i' + rest))) rest = 'i' + rest;
  }
  const r = (initial === '' ? NO_INITIAL : AFTER_CONSONANT).get(rest);
  return r ? { initial, rime: { ...r, spelled: rest } } : null;
}

/** c/k, g/gh, ng/ngh by the following vowel; no medial after c k gh ngh gi. */
function spellingOk(initial: string, rime: Rime & { spelled: string }): boolean {
  const front = FRONT.has(rime.spelled[0]!);
  switch (initial) {
    case 'c':
      return !front && rime.medial === '';
    case 'k':
    case 'gh':
    case 'ngh':
      return front && rime.medial === '';
    case 'g':
    case 'ng':
      return !front;
    case 'gi':
      return rime.medial === '';
    default:
      return true;
  }
}

/** Writes a syllable out (lowercase, NFC, modern tone placement: hòa, thủy). */
export function spell(s: Syllable): string {
  const medial = s.initial === 'qu' ? '' : s.medial;
  // gi + i / gi + iê: the initial's i is the rime's (gì, giếng).
  const merged = s.initial === 'gi' && (s.nucleus === 'i' || s.nucleus === 'iê');
  const chars = [...(s.initial + medial + (merged ? s.nucleus.slice(1) : s.nucleus) + s.final)];
  const open = s.nucleus === 'ia' || s.nucleus === 'ya' || s.nucleus === 'ua' || s.nucleus === 'ưa';
  const at = s.initial.length + medial.length - (merged ? 1 : 0) + (s.nucleus.length > 1 && !open ? 1 : 0);
  chars[at] = withTone(chars[at]!, s.tone);
  return toNewToneStyle(chars.join(''));
}

/** Every syllable the grammar accepts, each with every tone its final allows (for tests and tools). */
export function enumerateSyllables(): Syllable[] {
  const out: Syllable[] = [];
  const seen = new Set<string>();
  const rimes = [...new Set([...AFTER_CONSONANT.keys(), ...NO_INITIAL.keys()])];
  for (const initial of INITIALS) {
    const tails = initial === 'qu' ? [...AFTER_QU.keys()] : initial === 'gi' ? rimes.flatMap((r) => [r, r.replace(/^i/, '')]) : rimes;
    for (const tail of tails) {
      const p = parseSyllable(initial + tail, { toneless: true });
      if (!p.ok) continue;
      const tones: Tone[] = STOP_FINALS.has(p.syllable.final) ? [2, 5] : [0, 1, 2, 3, 4, 5];
      for (const tone of tones) {
        const s = { ...p.syllable, tone };
        const key = spell(s);
        if (!seen.has(key)) {
          seen.add(key);
          out.push(s);
        }
      }
    }
  }
  return out;
}
