/**
 * The words a reader of these forms knows (every name, place, street and hamlet word the
 * generator uses): a fooled reader mostly reads a scribble as a word they know (misreading.ts).
 */
import { nameWords } from './names.js';
import { addressWords } from './addresses.js';
import { PROVINCES, districtsOf } from './provinces.js';

let words: ReadonlySet<string> | null = null;

export function knownWords(): ReadonlySet<string> {
  if (!words) {
    const all = [...nameWords(), ...addressWords()];
    for (const p of PROVINCES) {
      all.push(...p.name.split(' '));
      for (const d of districtsOf(p.code)) {
        all.push(...d.name.split(' '));
        for (const c of d.communes) all.push(...c.split(' '));
      }
    }
    words = new Set(all.map((w) => w.toLowerCase()).filter((w) => /\p{L}/u.test(w)));
  }
  return words;
}
