/**
 * Misreadings: the handwriting on a form is sometimes ambiguous (a 1 that may be a 7, a ư whose
 * horn is faint, a hỏi that looks like a ngã), and a reader who is fooled types what the scribble
 * looks like. Two clerks keying the same form face the same scan, so when both are fooled by the
 * same ambiguity they make the *identical* error, which double entry cannot see: this, not two
 * typing slips that happen to coincide, is where the errors that survive double entry come from
 * (Barchard et al. 2020; Paulsen et al. 2012).
 *
 * Per form and field the scan has an ambiguity with probability `scale x AMBIGUITY[type]`; each
 * reader is fooled independently with probability `FOOL[type] x weakness` (clerks: 0.7–2.5,
 * reviewers and spot checkers: REVIEWER_FOOL_FACTOR). `scale` is set per form from the
 * campaign's same-error rate so that two average clerks would make identical misreadings on that
 * share of the form's filled fields (`--same-rate`; default DEFAULT_SAME_ERROR_RATE); a code
 * with no lookalike in its list cannot be misread, so the measured rate is a little lower.
 */
import { DC01, type FieldDef, type FieldType, type TemplateDef } from '../domain/template.js';
import { checkValue } from '../domain/values.js';
import { vowelInfo, withTone } from '../domain/vietnamese.js';
import { distance } from 'fastest-levenshtein';
import { stripDiacritics } from '../domain/normalize.js';
import type { Rng } from './rng.js';
import { isValidFieldValue } from './checks.js';
import { knownWords } from './vocabulary.js';

export type MisreadKind = 'MISREAD_DIGIT' | 'MISREAD_LETTER' | 'MISREAD_VOWEL' | 'MISREAD_TONE' | 'MISREAD_CODE';
export const MISREAD_KINDS: readonly MisreadKind[] = ['MISREAD_DIGIT', 'MISREAD_LETTER', 'MISREAD_VOWEL', 'MISREAD_TONE', 'MISREAD_CODE'];

/** An ambiguous spot in the handwriting of one field of one form. */
export interface Ambiguity {
  field: string;
  kind: MisreadKind;
  /** The value as a fooled reader reads it (acceptable to the keying station). */
  misread: string;
  /** Chance that an average clerk (weakness 1) is fooled. */
  fool: number;
}

/**
 * Identical misreadings per keyed field for two average clerks. Paulsen et al. (2012) measured
 * 0.046 errors per 1,000 fields after double entry of typed questionnaires; handwritten
 * Vietnamese names, places and 12-digit IDs are harder to read, so twice that.
 */
export const DEFAULT_SAME_ERROR_RATE = 0.0001;

/**
 * Relative chance that a field's handwriting holds an ambiguous glyph (longer values, more
 * glyphs) and chance that an average clerk is fooled by it: no context helps with a digit of an
 * ID, a familiar place name helps a little, a code is ticked or written in a known word.
 */
export const AMBIGUITY: Readonly<Record<FieldType, number>> = {
  PERSON_NAME: 1.0, PLACE: 1.0, ADDRESS: 1.3, TEXT: 1.0, CITIZEN_ID: 1.0, OLD_ID: 0.8, PHONE: 0.8, DATE: 0.6, CODE: 0.2,
};
export const FOOL: Readonly<Record<FieldType, number>> = {
  PERSON_NAME: 0.35, PLACE: 0.2, ADDRESS: 0.25, TEXT: 0.3, CITIZEN_ID: 0.35, OLD_ID: 0.35, PHONE: 0.3, DATE: 0.25, CODE: 0.08,
};
/** Reviewers and spot checkers look at the scan knowing a field is in doubt: fooled this much less often than an average clerk. */
export const REVIEWER_FOOL_FACTOR = 0.3;
/** Share of misreadings that give a word the reader knows (readers see words, not strokes). */
const KNOWN_WORD_SHARE = 0.85;

/**
 * Ambiguities per field (times AMBIGUITY[type]) so that two average clerks make `sameRate`
 * identical misreadings per keyed field of this form: sum of scale x AMBIGUITY x FOOL^2 over
 * the filled fields = sameRate x filled fields.
 */
export function ambiguityScale(sameRate: number, fields: readonly FieldDef[]): number {
  let m = 0;
  for (const f of fields) m += AMBIGUITY[f.type] * FOOL[f.type] ** 2;
  return m > 0 ? (sameRate * fields.length) / m : 0;
}

/** The chance a reader of the given weakness is fooled by `a`. */
export function foolChance(a: Ambiguity, weakness: number): number {
  return Math.min(0.95, a.fool * weakness);
}

/** The ambiguous spots of one form's scan, by field. */
export function findAmbiguities(
  rng: Rng,
  truth: Record<string, string | null>,
  opts: { sameRate?: number; template?: TemplateDef } = {},
): Record<string, Ambiguity> {
  const template = opts.template ?? DC01;
  const filled = template.fields.filter((f) => truth[f.key] != null);
  const scale = ambiguityScale(opts.sameRate ?? DEFAULT_SAME_ERROR_RATE, filled);
  const out: Record<string, Ambiguity> = {};
  if (scale <= 0) return out;
  for (const f of filled) {
    if (!rng.chance(Math.min(1, scale * AMBIGUITY[f.type]))) continue;
    const m = misreadValue(rng, f, truth[f.key]!);
    if (m) out[f.key] = { field: f.key, kind: m.kind, misread: m.value, fool: FOOL[f.type] };
  }
  return out;
}

// ---------------------------------------------------------------- what looks like what

/** Handwritten digits that look alike, with weights. */
const DIGITS: Record<string, [string, number][]> = {
  '0': [['6', 2], ['8', 1]], '1': [['7', 3], ['4', 1]], '2': [['7', 1]], '3': [['8', 2], ['5', 1]], '4': [['9', 3], ['1', 1]],
  '5': [['6', 3], ['3', 1]], '6': [['5', 2], ['0', 2]], '7': [['1', 3], ['2', 1]], '8': [['3', 2], ['0', 1]], '9': [['4', 3], ['7', 1]],
};
/** Vowel shapes (the tone kept): a faint horn, breve or circumflex. */
const SHAPES: Record<string, string[]> = {
  ư: ['u'], u: ['ư'], ơ: ['o'], o: ['ơ', 'ô'], ô: ['o', 'ơ'], ă: ['â', 'a'], â: ['ă', 'a'], a: ['ă', 'â'], ê: ['e'], e: ['ê'],
};
/** Tones: hỏi/ngã, huyền/sắc, a nặng dot missed or a speck read as one. */
const TONES: Record<number, [number, number][]> = { 0: [[5, 1]], 1: [[2, 3]], 2: [[1, 3]], 3: [[4, 4]], 4: [[3, 4]], 5: [[0, 3]] };
/** Letters whose strokes look alike in cursive; đ without its bar. */
const LETTERS: Record<string, string[]> = {
  n: ['u', 'm'], u: ['n'], m: ['n'], l: ['t'], t: ['l'], đ: ['d'], N: ['M'], M: ['N'], L: ['T'], T: ['L'], Đ: ['D'],
};

interface Candidate {
  value: string;
  kind: MisreadKind;
  weight: number;
  /** [start, end) of the word changed, when the change is in a word. */
  word?: [number, number];
}

const isLetter = (c: string | undefined) => c !== undefined && /[\p{L}\p{M}]/u.test(c);

function wordAt(s: string, i: number): [number, number] {
  let a = i, b = i + 1;
  while (a > 0 && isLetter(s[a - 1])) a--;
  while (b < s.length && isLetter(s[b])) b++;
  return [a, b];
}

const splice = (s: string, i: number, del: number, ins: string) => s.slice(0, i) + ins + s.slice(i + del);

function digitCandidates(s: string, out: Candidate[]): void {
  for (let i = 0; i < s.length; i++) {
    for (const [d, w] of DIGITS[s[i]!] ?? []) out.push({ value: splice(s, i, 1, d), kind: 'MISREAD_DIGIT', weight: w });
  }
}

function letterCandidates(s: string, out: Candidate[]): void {
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    const word = isLetter(c) ? wordAt(s, i) : undefined;
    const info = vowelInfo(c);
    if (info) {
      const lower = info.v.toLowerCase();
      const upper = info.v !== lower;
      for (const p of SHAPES[lower] ?? []) {
        out.push({ value: splice(s, i, 1, withTone(upper ? p.toUpperCase() : p, info.tone)), kind: 'MISREAD_VOWEL', weight: 3, word });
      }
      for (const [t, w] of TONES[info.tone] ?? []) out.push({ value: splice(s, i, 1, withTone(info.v, t)), kind: 'MISREAD_TONE', weight: w, word });
    }
    for (const p of LETTERS[c] ?? []) out.push({ value: splice(s, i, 1, p), kind: 'MISREAD_LETTER', weight: 2, word });
    // Tr/Ch at the start of a word.
    if (word && word[0] === i) {
      const two = s.slice(i, i + 2);
      const swap: Record<string, string> = { Tr: 'Ch', Ch: 'Tr', tr: 'ch', ch: 'tr' };
      if (swap[two]) out.push({ value: splice(s, i, 2, swap[two]!), kind: 'MISREAD_LETTER', weight: 1, word });
    }
  }
}

/** Codes written as words: another allowed value that looks alike ("Tày"/"Thái", "Góa"/"Ly hôn" do not). */
function codeCandidates(field: FieldDef, s: string, out: Candidate[]): void {
  const bare = (x: string) => stripDiacritics(x).toLowerCase();
  for (const other of field.allowed ?? []) {
    if (other !== s && distance(bare(other), bare(s)) <= 2) out.push({ value: other, kind: 'MISREAD_CODE', weight: 1 });
  }
}

/** A misreading of `value` a reader could make, acceptable to the station; null when none. */
export function misreadValue(rng: Rng, field: FieldDef, value: string): { value: string; kind: MisreadKind } | null {
  const cands: Candidate[] = [];
  switch (field.type) {
    case 'CODE':
      codeCandidates(field, value, cands);
      break;
    case 'CITIZEN_ID':
    case 'OLD_ID':
    case 'PHONE':
    case 'DATE':
      digitCandidates(value, cands);
      break;
    default:
      letterCandidates(value, cands);
      digitCandidates(value, cands); // house numbers, numbered hamlets
  }
  const needKnown = rng.chance(KNOWN_WORD_SHARE);
  const words = knownWords();
  while (cands.length) {
    let total = 0;
    for (const c of cands) total += c.weight;
    let x = rng.next() * total;
    let i = 0;
    while (i < cands.length - 1 && (x -= cands[i]!.weight) >= 0) i++;
    const c = cands.splice(i, 1)[0]!;
    if (c.value === value || !acceptable(field, c.value)) continue;
    if (needKnown && c.word) {
      const w = c.value.slice(c.word[0], c.word[1] + (c.value.length - value.length)).toLowerCase();
      if (!words.has(w)) continue;
    }
    return { value: c.value, kind: c.kind };
  }
  return null;
}

/**
 * What the station takes: the server's own check, and title-case names (the station's name
 * mask). A misread digit may well give an ID with an unknown province or a date in the future:
 * the rules are there for those.
 */
function acceptable(field: FieldDef, v: string): boolean {
  if (checkValue(field, v) !== null) return false;
  if (field.type === 'PERSON_NAME' || field.type === 'CODE') return isValidFieldValue(field, v);
  if (field.type === 'DATE') return /^\d{2}\/\d{2}\/\d{4}$|^\d{2}\/\d{4}$|^\d{4}$/.test(v);
  return true;
}
