/** Vietnamese letter anatomy (vowel shape + tone) on NFC text: tone-placement styles, and the simulator's diacritic errors. */

/** Tone index: 0 none (ngang), 1 huyền, 2 sắc, 3 hỏi, 4 ngã, 5 nặng. */
const TONE_MARKS = ['', '\u0300', '\u0301', '\u0309', '\u0303', '\u0323'] as const;
const VOWEL_FORMS = 'aăâeêioôơuưyAĂÂEÊIOÔƠUƯY';
const SHAPELESS: Record<string, string> = {
  ă: 'a', â: 'a', ê: 'e', ô: 'o', ơ: 'o', ư: 'u', Ă: 'A', Â: 'A', Ê: 'E', Ô: 'O', Ơ: 'O', Ư: 'U',
};

export interface VowelInfo {
  /** The vowel with its shape but no tone: "ơ" for "ợ". */
  v: string;
  tone: number;
}

const INFO = new Map<string, VowelInfo>();
const COMPOSE = new Map<string, string>();
for (const v of VOWEL_FORMS) {
  for (let t = 0; t < TONE_MARKS.length; t++) {
    const c = (v + TONE_MARKS[t]).normalize('NFC');
    INFO.set(c, { v, tone: t });
    COMPOSE.set(v + t, c);
  }
}

export function vowelInfo(c: string): VowelInfo | undefined {
  return INFO.get(c);
}

/** The vowel form `v` (e.g. "ơ") carrying tone `tone`. */
export function withTone(v: string, tone: number): string {
  return COMPOSE.get(v + tone) ?? v;
}

/** The vowel without its shape mark: "ơ" -> "o". */
export function shapeless(v: string): string {
  return SHAPELESS[v] ?? v;
}

/** True if the character carries any Vietnamese diacritic (shape, tone or đ). */
export function hasMark(c: string): boolean {
  if (c === 'đ' || c === 'Đ') return true;
  const i = INFO.get(c);
  return i !== undefined && (i.tone > 0 || SHAPELESS[i.v] !== undefined);
}

/** The character as typed with no Vietnamese input method: "ễ" -> "e", "Đ" -> "D". */
export function stripMarks(c: string): string {
  if (c === 'đ') return 'd';
  if (c === 'Đ') return 'D';
  const i = INFO.get(c);
  return i ? shapeless(i.v) : c;
}

export function isVowel(c: string): boolean {
  return INFO.has(c);
}

// oa/oe/uy ending a syllable: modern style puts the tone on the first vowel (hòa, khỏe, thủy),
// the old style on the second (hoà, khoẻ, thuỷ). "ua" (của, mùa) is a different diphthong.
const NEW_STYLE = /([òóỏõọÒÓỎÕỌ])([aeAE])(?![\p{L}\p{M}])|(?<![qQ])([ùúủũụÙÚỦŨỤ])([yY])(?![\p{L}\p{M}])/gu;
const OLD_STYLE = /([oO])([àáảãạèéẻẽẹÀÁẢÃẠÈÉẺẼẸ])(?![\p{L}\p{M}])|(?<![qQ])([uU])([ỳýỷỹỵỲÝỶỸỴ])(?![\p{L}\p{M}])/gu;

function moveTone(first: string, second: string, toSecond: boolean): string {
  const a = INFO.get(first)!;
  const b = INFO.get(second)!;
  return toSecond ? withTone(a.v, 0) + withTone(b.v, a.tone) : withTone(a.v, b.tone) + withTone(b.v, 0);
}

/** "Hòa Thủy Khỏe" -> "Hoà Thuỷ Khoẻ" (NFC in, NFC out). */
export function toOldToneStyle(s: string): string {
  return s.replace(NEW_STYLE, (_m, o?: string, a?: string, u?: string, y?: string) =>
    o !== undefined ? moveTone(o, a!, true) : moveTone(u!, y!, true),
  );
}

/** "Hoà Thuỷ Khoẻ" -> "Hòa Thủy Khỏe" (NFC in, NFC out). */
export function toNewToneStyle(s: string): string {
  return s.replace(OLD_STYLE, (_m, o?: string, a?: string, u?: string, y?: string) =>
    o !== undefined ? moveTone(o, a!, false) : moveTone(u!, y!, false),
  );
}
