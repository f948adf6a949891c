/**
 * Typing slips: what a clerk's fingers do wrong, independently of the other clerk (dropped
 * diacritics, hỏi/ngã confusion, transposed/omitted/doubled characters, neighbouring keys,
 * day/month swaps, skipped optional fields, the wrong entry of a drop-down). A slip never produces
 * a value the keying station would refuse (field masks, required fields, code lists), since such a
 * value could not reach the server. Misreadings of the handwriting are in misreading.ts.
 */
import type { FieldDef, FieldType } from '../domain/template.js';
import { WeightedTable, type Rng } from './rng.js';
import { isValidFieldValue } from './checks.js';
import { hasMark, isVowel, shapeless, stripMarks, vowelInfo, withTone } from '../domain/vietnamese.js';

export type SlipKind =
  | 'DIACRITIC'
  | 'TONE'
  | 'TRANSPOSITION'
  | 'OMISSION'
  | 'INSERTION'
  | 'SUBSTITUTION'
  | 'DAY_MONTH_SWAP'
  | 'SKIPPED'
  | 'WRONG_CODE';

export const SLIP_KINDS: readonly SlipKind[] = [
  'DIACRITIC', 'TONE', 'TRANSPOSITION', 'OMISSION', 'INSERTION', 'SUBSTITUTION', 'DAY_MONTH_SWAP', 'SKIPPED', 'WRONG_CODE',
];

/** Relative slip-proneness: free text is keyed letter by letter, codes are picked from a list. */
export const FIELD_TYPE_WEIGHT: Readonly<Record<FieldType, number>> = {
  PERSON_NAME: 1.6,
  PLACE: 1.6,
  ADDRESS: 2.0,
  TEXT: 1.2,
  DATE: 0.8,
  CITIZEN_ID: 1.0,
  OLD_ID: 1.0,
  PHONE: 1.0,
  CODE: 0.3,
};

const TEXT_KINDS: [SlipKind, number][] = [
  ['DIACRITIC', 25], ['TONE', 20], ['TRANSPOSITION', 12], ['OMISSION', 15], ['INSERTION', 8], ['SUBSTITUTION', 15], ['SKIPPED', 5],
];
const DIGIT_KINDS: [SlipKind, number][] = [['SUBSTITUTION', 70], ['TRANSPOSITION', 25], ['SKIPPED', 5]];
const KINDS: Record<FieldType, [SlipKind, number][]> = {
  PERSON_NAME: [
    ['DIACRITIC', 30], ['TONE', 25], ['TRANSPOSITION', 12], ['OMISSION', 12], ['INSERTION', 8], ['SUBSTITUTION', 10], ['SKIPPED', 3],
  ],
  PLACE: TEXT_KINDS,
  ADDRESS: TEXT_KINDS,
  TEXT: TEXT_KINDS,
  DATE: [['DAY_MONTH_SWAP', 35], ['SUBSTITUTION', 45], ['TRANSPOSITION', 20]],
  CITIZEN_ID: DIGIT_KINDS,
  OLD_ID: DIGIT_KINDS,
  PHONE: DIGIT_KINDS,
  CODE: [['WRONG_CODE', 85], ['SKIPPED', 15]],
};
/** [required, optional]: a required field cannot be skipped, the station refuses to move on. */
const KIND_TABLES = Object.fromEntries(
  Object.entries(KINDS).map(([t, ks]) => [
    t,
    [new WeightedTable(ks.filter(([k]) => k !== 'SKIPPED')), new WeightedTable(ks)] as const,
  ]),
) as Record<FieldType, readonly [WeightedTable<SlipKind>, WeightedTable<SlipKind>]>;

// ---------------------------------------------------------------- string mutations

const QWERTY_ROWS = ['qwertyuiop', 'asdfghjkl', 'zxcvbnm'];
const KEY_NEIGHBOURS = new Map<string, string>();
QWERTY_ROWS.forEach((row, r) => {
  for (let i = 0; i < row.length; i++) {
    let n = (row[i - 1] ?? '') + (row[i + 1] ?? '');
    const up = QWERTY_ROWS[r - 1], down = QWERTY_ROWS[r + 1];
    if (up) n += (up[i] ?? '') + (up[i + 1] ?? '');
    if (down) n += (down[i - 1] ?? '') + (down[i] ?? '');
    KEY_NEIGHBOURS.set(row[i]!, n);
  }
});
// Numeric keypad: 7 8 9 / 4 5 6 / 1 2 3 / 0.
const PAD_NEIGHBOURS: Record<string, string> = {
  '0': '12', '1': '024', '2': '0135', '3': '26', '4': '157', '5': '2468', '6': '359', '7': '48', '8': '579', '9': '68',
};

const WORD_CHAR = /[\p{L}\p{N}]/u;
const isWordChar = (c: string | undefined): boolean => c !== undefined && WORD_CHAR.test(c);
const isDigit = (c: string | undefined): boolean => c !== undefined && c >= '0' && c <= '9';
const isWordStart = (s: string, i: number): boolean => i === 0 || !isWordChar(s[i - 1]);

function pickIndex(rng: Rng, s: string, ok: (i: number) => boolean): number {
  const c: number[] = [];
  for (let i = 0; i < s.length; i++) if (ok(i)) c.push(i);
  return c.length === 0 ? -1 : c[rng.int(0, c.length - 1)]!;
}

function wordBounds(s: string, i: number): [number, number] {
  let a = i, b = i + 1;
  while (a > 0 && isWordChar(s[a - 1])) a--;
  while (b < s.length && isWordChar(s[b])) b++;
  return [a, b];
}

const splice = (s: string, i: number, del: number, ins: string): string => s.slice(0, i) + ins + s.slice(i + del);

function wrongDigit(rng: Rng, d: string): string {
  if (rng.chance(0.6)) return rng.pick([...PAD_NEIGHBOURS[d]!]);
  let x = String(rng.int(0, 8));
  if (x >= d) x = String(Number(x) + 1);
  return x;
}

/** Typed without the Vietnamese input method for one word, or one mark lost. */
function dropDiacritic(rng: Rng, s: string): string | undefined {
  const i = pickIndex(rng, s, (k) => hasMark(s[k]!));
  if (i < 0) return undefined;
  if (rng.chance(0.5)) {
    const [a, b] = wordBounds(s, i);
    let w = '';
    for (let k = a; k < b; k++) w += stripMarks(s[k]!);
    return splice(s, a, b - a, w);
  }
  const c = s[i]!;
  const info = vowelInfo(c);
  if (!info) return splice(s, i, 1, stripMarks(c)); // đ -> d
  const shaped = shapeless(info.v) !== info.v;
  let r: string;
  if (shaped && info.tone > 0) r = rng.chance(0.5) ? withTone(shapeless(info.v), info.tone) : info.v;
  else if (shaped) r = shapeless(info.v);
  else r = info.v;
  return splice(s, i, 1, r);
}

/** Wrong tone, mostly hỏi/ngã confusion (ả <-> ã), sometimes a tone added to an unmarked vowel. */
function wrongTone(rng: Rng, s: string): string | undefined {
  let i = pickIndex(rng, s, (k) => (vowelInfo(s[k]!)?.tone ?? 0) > 0);
  if (i >= 0) {
    const { v, tone } = vowelInfo(s[i]!)!;
    let t: number;
    if ((tone === 3 || tone === 4) && rng.chance(0.75)) t = 7 - tone;
    else {
      t = rng.int(1, 4);
      if (t >= tone) t++;
    }
    return splice(s, i, 1, withTone(v, t));
  }
  i = pickIndex(rng, s, (k) => isVowel(s[k]!));
  if (i < 0) return undefined;
  return splice(s, i, 1, withTone(vowelInfo(s[i]!)!.v, rng.int(1, 5)));
}

// Positions inside a word (never its first character) so names keep their capitals.
function transpose(rng: Rng, s: string): string | undefined {
  const i = pickIndex(
    rng,
    s,
    (k) => !isWordStart(s, k) && isWordChar(s[k]) && isWordChar(s[k + 1]) && s[k] !== s[k + 1] && isDigit(s[k]) === isDigit(s[k + 1]),
  );
  return i < 0 ? undefined : splice(s, i, 2, s[i + 1]! + s[i]!);
}

function omit(rng: Rng, s: string): string | undefined {
  const i = pickIndex(rng, s, (k) => {
    if (isWordStart(s, k) || !isWordChar(s[k])) return false;
    const [a, b] = wordBounds(s, k);
    return b - a >= 3;
  });
  return i < 0 ? undefined : splice(s, i, 1, '');
}

function double(rng: Rng, s: string): string | undefined {
  const i = pickIndex(rng, s, (k) => !isWordStart(s, k) && isWordChar(s[k]));
  return i < 0 ? undefined : splice(s, i, 0, s[i]!);
}

function substitute(rng: Rng, s: string): string | undefined {
  const i = pickIndex(rng, s, (k) => !isWordStart(s, k) && (KEY_NEIGHBOURS.has(s[k]!) || isDigit(s[k])));
  if (i < 0) return undefined;
  const c = s[i]!;
  return splice(s, i, 1, isDigit(c) ? wrongDigit(rng, c) : rng.pick([...KEY_NEIGHBOURS.get(c)!]));
}

function digitSubstitute(rng: Rng, s: string): string | undefined {
  const i = pickIndex(rng, s, (k) => isDigit(s[k]));
  return i < 0 ? undefined : splice(s, i, 1, wrongDigit(rng, s[i]!));
}

function digitTranspose(rng: Rng, s: string): string | undefined {
  const i = pickIndex(rng, s, (k) => isDigit(s[k]) && isDigit(s[k + 1]) && s[k] !== s[k + 1]);
  return i < 0 ? undefined : splice(s, i, 2, s[i + 1]! + s[i]!);
}

function swapDayMonth(s: string): string | undefined {
  const m = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(s);
  if (!m || m[1] === m[2] || Number(m[1]) > 12) return undefined;
  return `${m[2]}/${m[1]}/${m[3]}`;
}

const COMMON_ETHNIC = 12; // confusions happen among the groups clerks see daily

/** A slip to the neighbouring entry of the drop-down, or another common value. */
function wrongCode(rng: Rng, field: FieldDef, value: string): string | undefined {
  const allowed = field.allowed;
  if (!allowed || allowed.length < 2) return undefined;
  const i = allowed.indexOf(value);
  if (i >= 0 && rng.chance(0.5)) {
    const j = i === 0 ? 1 : i === allowed.length - 1 ? i - 1 : rng.chance(0.5) ? i - 1 : i + 1;
    return allowed[j];
  }
  const pool = field.key === 'ethnicity' ? allowed.slice(0, COMMON_ETHNIC) : allowed;
  let v = rng.pick(pool);
  if (v === value) v = allowed[(allowed.indexOf(v) + 1) % allowed.length]!;
  return v;
}

/** `undefined`: this kind cannot apply to this value. `null`: the field left empty. */
function applyKind(rng: Rng, field: FieldDef, value: string, kind: SlipKind): string | null | undefined {
  const digits = field.type === 'CITIZEN_ID' || field.type === 'OLD_ID' || field.type === 'PHONE' || field.type === 'DATE';
  switch (kind) {
    case 'SKIPPED':
      return field.required ? undefined : null;
    case 'WRONG_CODE':
      return wrongCode(rng, field, value);
    case 'DAY_MONTH_SWAP':
      return swapDayMonth(value);
    case 'SUBSTITUTION':
      return digits ? digitSubstitute(rng, value) : substitute(rng, value);
    case 'TRANSPOSITION':
      return digits ? digitTranspose(rng, value) : transpose(rng, value);
    case 'DIACRITIC':
      return dropDiacritic(rng, value);
    case 'TONE':
      return wrongTone(rng, value);
    case 'OMISSION':
      return omit(rng, value);
    case 'INSERTION':
      return double(rng, value);
  }
}

/**
 * One realistic error on `value`, valid for the field (or null when no error kind can apply,
 * e.g. a 1-character code with nothing to confuse it with).
 */
export function makeSlip(
  rng: Rng,
  field: FieldDef,
  value: string | null,
): { value: string | null; kind: SlipKind } | null {
  if (value === null) return null;
  const table = KIND_TABLES[field.type][field.required ? 0 : 1];
  const attempt = (kind: SlipKind): { value: string | null; kind: SlipKind } | null => {
    const v = applyKind(rng, field, value, kind);
    return v !== undefined && v !== value && isValidFieldValue(field, v) ? { value: v, kind } : null;
  };
  for (let i = 0; i < 12; i++) {
    const r = attempt(table.pick(rng));
    if (r) return r;
  }
  for (const kind of table.items) {
    for (let i = 0; i < 4; i++) {
      const r = attempt(kind);
      if (r) return r;
    }
  }
  return null;
}

