import { TYPE_WORDS, type UnitType } from './place-key.js';
import { fullName, type Unit } from './places-data.js';
import { toOldToneStyle } from './vietnamese.js';

/**
 * Ways people write the type word of each administrative type (besides in full), for the specs
 * and the measurement script. '' = left out (only where the name alone is still unambiguous).
 */
export const TYPE_SPELLINGS: Readonly<Record<UnitType, readonly string[]>> = {
  tinh: ['Tỉnh ', 'tỉnh ', 'T. ', 'T.', ''],
  'thanh-pho': ['Thành phố ', 'thành phố ', 'TP. ', 'TP.', 'Tp ', 'T.P ', 'tp. ', 'TP '],
  quan: ['Quận ', 'quận ', 'Q. ', 'Q.'],
  huyen: ['Huyện ', 'huyện ', 'H. ', 'H.'],
  'thi-xa': ['Thị xã ', 'thị xã ', 'TX. ', 'TX ', 'T.X. '],
  phuong: ['Phường ', 'phường ', 'P. ', 'P.'],
  xa: ['Xã ', 'xã ', 'X. ', 'X.'],
  'thi-tran': ['Thị trấn ', 'thị trấn ', 'TT. ', 'TT ', 'T.T. '],
};

/** One writing style, chosen by numbers (so fast-check can shrink it and a loop can cycle it). */
export interface Style {
  spelling: number;
  separator: number;
  upper: boolean;
  nfd: boolean;
  oldTones: boolean;
  pad: boolean;
}

export const SEPARATORS = [', ', ',', ' , ', '; ', ' - '];

/** A unit's full name written in a style; the official full name with style 0. */
export function writeUnit(u: Unit, s: Style): string {
  const parts: string[] = [];
  for (let a: Unit | null = u, i = 0; a; a = a.parent, i++) {
    const spellings = TYPE_SPELLINGS[a.type];
    let spelling = spellings[(s.spelling + i) % spellings.length]!;
    // Leaving out "Tỉnh" is common; leaving out other type words would make a different value.
    if (spelling === '' && a.level !== 'province') spelling = spellings[0]!;
    let name = a.name.slice(TYPE_WORDS[a.type].length + 1);
    if (s.pad && /^\d$/.test(name)) name = '0' + name;
    parts.push(spelling + name);
  }
  let v = parts.join(SEPARATORS[s.separator % SEPARATORS.length]);
  if (s.oldTones) v = toOldToneStyle(v);
  if (s.upper) v = v.toUpperCase();
  if (s.nfd) v = v.normalize('NFD');
  return v;
}

const LETTERS = [...'abcdeghiklmnopqrstuvxyăâđêôơư'];

/**
 * The unit's full name with one letter of its own name (not the type word) replaced by another
 * letter; `pick` gives numbers in [0, 1). Null for a name without letters ("Phường 1").
 */
export function misreadOne(u: Unit, pick: () => number): string | null {
  const typeLen = TYPE_WORDS[u.type].length + 1;
  const chars = [...u.name];
  const at: number[] = [];
  for (let i = typeLen; i < chars.length; i++) if (/\p{L}/u.test(chars[i]!)) at.push(i);
  if (!at.length) return null;
  const i = at[Math.floor(pick() * at.length)]!;
  const was = chars[i]!;
  let c: string;
  do c = LETTERS[Math.floor(pick() * LETTERS.length)]!;
  while (c === was.toLowerCase());
  chars[i] = was === was.toLowerCase() ? c : c.toUpperCase();
  return chars.join('') + fullName(u).slice(u.name.length);
}

/** A small deterministic generator of numbers in [0, 1). */
export function seeded(seed: number): () => number {
  let x = seed >>> 0;
  return () => (x = (Math.imul(x, 1103515245) + 12345) >>> 0) / 2 ** 32;
}
