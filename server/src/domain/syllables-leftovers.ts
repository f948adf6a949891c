/**
 * Input-method leftovers: the keys of Telex (aa ee oo dd, w, tone letters s f r x j) or VNI
 * (digits 1-9) left in the text when the input method was off or in the wrong mode. A word is a
 * leftover when replaying its keys gives a Vietnamese syllable with marks (Nguyeenx -> nguyễn,
 * Vawn -> văn, Trafn -> trần, Nguye6n -> nguyên).
 */
import { parseSyllable, spell, letterOf, type Tone } from './syllables-grammar.js';

export interface Decoded {
  /** The syllable the keys spell (lowercase, NFC). Personal data: never log or store it. */
  word: string;
  /** Keys replayed (tone, shape or đ). */
  keys: number;
  /**
   * The only key is a final r or s (Bar -> bả, Chais -> chái) or a vowel repeated after the final
   * (Ana -> ân): minority and foreign words are spelled so too (Ea Bar, Krông Ana, Ama, Hana), so
   * alone it is weak evidence.
   */
  weak: boolean;
}

const TELEX_TONES: Readonly<Record<string, Tone>> = { f: 1, s: 2, r: 3, x: 4, j: 5 };
/** VNI digit -> tone: 1 sắc, 2 huyền, 3 hỏi, 4 ngã, 5 nặng. */
const VNI_TONES: readonly Tone[] = [0, 2, 1, 3, 4, 5];
const CIRCUMFLEX: Readonly<Record<string, string>> = { a: 'â', e: 'ê', o: 'ô' };
const HORN: Readonly<Record<string, string>> = { a: 'ă', o: 'ơ', u: 'ư' };

/** Letters decoded so far, the tone, and how many keys were used. */
class Replay {
  out: string[] = [];
  tone: Tone = 0;
  keys = 0;
  /** A consonant came after a vowel: we are in the final. */
  inFinal = false;
  toneKeyed = false;

  hasVowel(): boolean {
    return this.out.some((c) => letterOf(c)?.vowel);
  }

  /** Index of the last plain `v` among the vowels (the cluster), or -1. */
  lastVowel(v: string): number {
    for (let i = this.out.length - 1; i >= 0; i--) if (this.out[i] === v) return i;
    return -1;
  }

  setTone(t: Tone): boolean {
    if (this.tone !== 0) return false;
    this.tone = t;
    this.keys++;
    this.toneKeyed = true;
    return true;
  }

  /** A letter as typed; false when it cannot belong to one syllable. */
  push(c: string): boolean {
    const l = letterOf(c);
    if (!l) return false;
    if (l.vowel) {
      // A vowel after the final or after the tone key starts another syllable (Mary, Lisa).
      if (this.inFinal || this.toneKeyed) return false;
      if (l.tone !== 0) {
        if (this.tone !== 0) return false;
        this.tone = l.tone;
      }
      this.out.push(l.base);
    } else {
      if (this.hasVowel()) this.inFinal = true;
      this.out.push(c);
    }
    return true;
  }

  /** ư ơ ă / ươ on the cluster (uo -> ươ, else the last of `on`: vanw -> văn). */
  horn(on: string): boolean {
    const uo = this.out.findIndex((c, i) => c === 'u' && this.out[i + 1] === 'o');
    if (uo >= 0) {
      this.out[uo] = 'ư';
      this.out[uo + 1] = 'ơ';
    } else {
      let i = this.out.length - 1;
      while (i >= 0 && !on.includes(this.out[i]!)) i--;
      if (i < 0) return false;
      this.out[i] = HORN[this.out[i]!]!;
    }
    this.keys++;
    return true;
  }

  /** A vowel repeated after the final was taken as a circumflex (Ana -> ân). */
  deferredCircumflex = false;

  result(weakTail: boolean): Decoded | null {
    if (this.keys === 0) return null;
    // uo + horn key is ươ (người), or uơ where nothing else fits (thuở).
    const text = this.out.join('');
    let p = parseSyllable(text, { toneless: true });
    if (!p.ok && text.includes('ươ')) p = parseSyllable(text.replace('ươ', 'uơ'), { toneless: true });
    if (!p.ok) return null;
    const word = spell({ ...p.syllable, tone: this.tone });
    // Stop finals take only sắc or nặng: the replayed tone must fit.
    if (!parseSyllable(word).ok) return null;
    return { word, keys: this.keys, weak: this.keys === 1 && (weakTail || this.deferredCircumflex) };
  }
}

/** Replays Telex keys in a lowercase NFC word; null when they spell no syllable. */
export function decodeTelex(w: string): Decoded | null {
  const r = new Replay();
  const chars = [...w];
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i]!;
    if (c in CIRCUMFLEX) {
      // aa ee oo as typed (not across a tone key: Hasan), or the letter again after the final (nguyenex).
      if (chars[i - 1] === c && r.out[r.out.length - 1] === c && !r.inFinal) {
        r.out[r.out.length - 1] = CIRCUMFLEX[c]!;
        r.keys++;
        continue;
      }
      const j = r.inFinal ? r.lastVowel(c) : -1;
      if (j >= 0) {
        r.out[j] = CIRCUMFLEX[c]!;
        r.keys++;
        r.deferredCircumflex = true;
        continue;
      }
    }
    if (c === 'w') {
      if (r.hasVowel()) {
        if (!r.horn('aou')) return null;
        continue;
      }
      // A lone w is ư (tw, nhwng); before a vowel it is a foreign or minority w (Wang, Wa).
      const next = chars[i + 1];
      if (next !== undefined && letterOf(next)?.vowel) return null;
      r.out.push('ư');
      r.keys++;
      continue;
    }
    if (c in TELEX_TONES && r.hasVowel()) {
      if (!r.setTone(TELEX_TONES[c]!)) return null;
      continue;
    }
    if (c === 'd' && r.out[0] === 'd' && (r.out.length === 1 || r.hasVowel())) {
      r.out[0] = 'đ';
      r.keys++;
      continue;
    }
    if (!r.push(c)) return null;
  }
  const last = chars[chars.length - 1];
  return r.result(last === 'r' || last === 's');
}

/** Replays VNI keys (1-5 tones, 6 â ê ô, 7 ơ ư, 8 ă, 9 đ) in a lowercase NFC word. */
export function decodeVni(w: string): Decoded | null {
  const r = new Replay();
  for (const c of w) {
    if (c >= '0' && c <= '9') {
      if (c === '9') {
        if (r.out[0] !== 'd') return null;
        r.out[0] = 'đ';
        r.keys++;
        continue;
      }
      if (!r.hasVowel()) return null;
      if (c >= '1' && c <= '5') {
        if (!r.setTone(VNI_TONES[Number(c)]!)) return null;
      } else if (c === '6') {
        let i = r.out.length - 1;
        while (i >= 0 && !(r.out[i]! in CIRCUMFLEX)) i--;
        if (i < 0) return null;
        r.out[i] = CIRCUMFLEX[r.out[i]!]!;
        r.keys++;
      } else if (c === '7') {
        if (!r.horn('ou')) return null;
      } else if (c === '8') {
        const i = r.lastVowel('a');
        if (i < 0) return null;
        r.out[i] = 'ă';
        r.keys++;
      } else return null;
      continue;
    }
    if (!r.push(c)) return null;
  }
  return r.result(false);
}
