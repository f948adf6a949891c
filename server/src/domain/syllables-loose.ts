/**
 * The allowance for words with Vietnamese marks that are not Kinh syllables: names and places of
 * the Central Highlands and other minority languages written in the Vietnamese alphabet (Niê,
 * Êban, Kpă, Rơ Châm, Ksor, Đắk Lắk, Krông Búk, Srônh, Tẻh, Piơr, Khươl) and foreign names with
 * é/è (José, Hélène). Such a word is one or more loose syllables: consonants + at most three
 * vowels + an optional coda. What stays flagged is what no language writes that way: a Kinh
 * initial with a coda no language here uses (Nguyễnn), nh/ch after a vowel that never takes them
 * (Trầnh), huyền/hỏi/ngã on a stop, or two tones on one vowel group (Hòá).
 */
import { CONSONANT_FINALS, INITIALS, letterOf, type Tone } from './syllables-grammar.js';

export type LooseVerdict = 'ok' | 'twoTones' | 'no';

/** A letter with its shape (ơ) and tone, as the checker splits a word. */
export interface Unit {
  base: string;
  tone: Tone;
  vowel: boolean;
}

const KINH_INITIALS: ReadonlySet<string> = new Set<string>([...INITIALS, 'k']);
/**
 * Codas beyond Kinh's, after any initial: minority finals (Đắk, Tẻh, Păl, Piơr) and those of
 * foreign names written with é/á/í (Pérez, González, Félix, Gérard's d).
 */
const OTHER_CODAS: ReadonlySet<string> = new Set(['k', 'l', 'h', 'r', 's', 'z', 'd', 'b', 'g', 'v', 'x']);
const STOPS: ReadonlySet<string> = new Set(['c', 'ch', 'p', 't', 'k']);
/** Letters of minority orthographies and foreign names beyond Kinh's consonants. */
const EXTRA_CONSONANTS = 'fjwzñ';
const MAX_ONSET = 4;
const MAX_VOWELS = 3;
const MAX_CODA = 2;

/** Splits a lowercase NFC word into units; undefined when a letter is not one Vietnamese writing uses. */
export function unitsOf(word: string): Unit[] | undefined {
  const out: Unit[] = [];
  for (const c of word) {
    const l = letterOf(c);
    if (l) out.push(l);
    else if (EXTRA_CONSONANTS.includes(c)) out.push({ base: c, tone: 0, vowel: false });
    else return undefined;
  }
  return out;
}

/** Judges a word as loose syllables; `units` from unitsOf. */
export function looseVerdict(units: readonly Unit[]): LooseVerdict {
  const plain = judge(units, false);
  if (plain !== 'no') return plain;
  // Ê Đê and Jarai write a glide y before a vowel (Byă, Yiêng): try it as a consonant.
  return units.some((u, i) => isGlide(units, i)) ? judge(units, true) : 'no';
}

/** y before a vowel at the start of a word or after a consonant (Byă, Yiêng); not uy of Nguyễn. */
function isGlide(units: readonly Unit[], i: number): boolean {
  const u = units[i]!;
  return u.base === 'y' && u.tone === 0 && units[i + 1]?.vowel === true && (i === 0 || !units[i - 1]!.vowel);
}

interface Run {
  text: string;
  vowel: boolean;
  tones: number;
  tone: Tone;
}

function runsOf(units: readonly Unit[], glideY: boolean): Run[] {
  const runs: Run[] = [];
  for (let i = 0; i < units.length; i++) {
    const u = units[i]!;
    const vowel = u.vowel && !(glideY && isGlide(units, i));
    const last = runs[runs.length - 1];
    if (last && last.vowel === vowel) {
      last.text += u.base;
      if (u.tone) {
        last.tones++;
        last.tone = u.tone;
      }
    } else runs.push({ text: u.base, vowel, tones: u.tone ? 1 : 0, tone: u.tone });
  }
  return runs;
}

function judge(units: readonly Unit[], glideY: boolean): LooseVerdict {
  const runs = runsOf(units, glideY);
  // Runs alternate consonants and vowels: [C0] V1 C1 V2 … Vn [Cn]; each vowel run is one syllable's core.
  const first = runs[0]!.vowel ? 0 : 1;
  const onset = first === 1 ? runs[0]!.text : '';
  if ([...onset].length > MAX_ONSET || first >= runs.length) return 'no';
  let twoTones = false;
  for (let i = first; i < runs.length; i += 2) {
    const r = runs[i]!;
    if ([...r.text].length > MAX_VOWELS) return 'no';
    if (r.tones > 1) twoTones = true;
  }
  if (!fits(runs, first, onset)) return 'no';
  return twoTones ? 'twoTones' : 'ok';
}

/**
 * Whether the syllables from vowel run `i` on can be cut: the consonants after the last vowel run
 * are its coda; between two vowel runs they split into a coda and a non-empty onset (no syllable
 * inside a word starts with a vowel).
 */
function fits(runs: readonly Run[], i: number, onset: string): boolean {
  const r = runs[i]!;
  const cons = runs[i + 1];
  if (!cons) return true;
  if (i + 2 >= runs.length) return codaOk(r, onset, cons.text);
  const letters = [...cons.text];
  for (let k = 0; k < letters.length && k <= MAX_CODA; k++) {
    const next = letters.slice(k);
    if (next.length > MAX_ONSET || !codaOk(r, onset, letters.slice(0, k).join(''))) continue;
    if (fits(runs, i + 2, next.join(''))) return true;
  }
  return false;
}

function codaOk(r: Run, onset: string, coda: string): boolean {
  if (coda === '') return true;
  if (STOPS.has(coda) && (r.tone === 1 || r.tone === 3 || r.tone === 4)) return false;
  // A minority cluster (Kr, Bl, Sr) marks a minority syllable: its codas are its own (Srônh).
  if (!KINH_INITIALS.has(onset)) return [...coda].length <= MAX_CODA;
  if (OTHER_CODAS.has(coda)) return true;
  if (!CONSONANT_FINALS.has(coda)) return false;
  // nh and ch follow only a ê i y (Trầnh is no word); ng after i is common in minority words (Đing, Kring).
  const last = [...r.text].pop()!;
  return !((coda === 'nh' || coda === 'ch') && !'aêiy'.includes(last));
}
