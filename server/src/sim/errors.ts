/**
 * Keying-error simulator: what a clerk types for each field of a form. Errors are the ones seen
 * in practice (dropped diacritics, hỏi/ngã confusion, transposed/omitted/doubled characters, wrong
 * digits, day/month swaps, skipped optional fields, wrong code) and never produce a value the
 * keying station would refuse (field masks, required fields, code lists), since such values could
 * not reach the server.
 */
import { DC01, type FieldDef, type FieldType, type TemplateDef } from '../domain/template.js';
import { WeightedTable, type Rng } from './rng.js';
import { isValidFieldValue } from './checks.js';
import { hasMark, isVowel, shapeless, stripMarks, toOldToneStyle, vowelInfo, withTone } from '../domain/vietnamese.js';

export type ErrorKind =
  | 'DIACRITIC'
  | 'TONE'
  | 'TRANSPOSITION'
  | 'OMISSION'
  | 'INSERTION'
  | 'SUBSTITUTION'
  | 'DAY_MONTH_SWAP'
  | 'SKIPPED'
  | 'WRONG_CODE';

export const ERROR_KINDS: readonly ErrorKind[] = [
  'DIACRITIC', 'TONE', 'TRANSPOSITION', 'OMISSION', 'INSERTION', 'SUBSTITUTION', 'DAY_MONTH_SWAP', 'SKIPPED', 'WRONG_CODE',
];

export interface Clerk {
  code: string;
  accuracy: 'good' | 'average' | 'poor';
  /** Expected share of keyed (non-empty) fields this clerk gets wrong. */
  fieldErrorRate: number;
  secondsPerForm: number;
  /** Per text field: chance of typing old-style tone placement (hoà, thuỷ); not an error. */
  oldToneRate?: number;
  /** Per keying: chance the input method emits decomposed Unicode (NFD); not an error. */
  nfdRate?: number;
}

export interface KeyingError {
  field: string;
  kind: ErrorKind;
}

export interface Keying {
  values: Record<string, string | null>;
  errors: KeyingError[];
  /** Fields keyed in NFD or old-style tone placement: different bytes, same value. */
  variants: string[];
  seconds: number;
}

/** Single-entry per-field error rate from the literature (Garza et al. 2025: 0.29%). */
export const DEFAULT_FIELD_ERROR_RATE = 0.003;
/** Both clerks making the identical error on a field (what double entry cannot catch). */
export const DEFAULT_SAME_ERROR_RATE = 0.0005;
const DEFAULT_OLD_TONE_RATE = 0.01;
const DEFAULT_NFD_RATE = 0.003;

/** Relative error-proneness: free text is keyed letter by letter, codes are picked from a list. */
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

const TEXTUAL: ReadonlySet<FieldType> = new Set(['PERSON_NAME', 'PLACE', 'ADDRESS', 'TEXT']);

const TEXT_KINDS: [ErrorKind, number][] = [
  ['DIACRITIC', 25], ['TONE', 20], ['TRANSPOSITION', 12], ['OMISSION', 15], ['INSERTION', 8], ['SUBSTITUTION', 15], ['SKIPPED', 5],
];
const DIGIT_KINDS: [ErrorKind, number][] = [['SUBSTITUTION', 70], ['TRANSPOSITION', 25], ['SKIPPED', 5]];
const KINDS: Record<FieldType, [ErrorKind, number][]> = {
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
) as Record<FieldType, readonly [WeightedTable<ErrorKind>, WeightedTable<ErrorKind>]>;

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
function applyKind(rng: Rng, field: FieldDef, value: string, kind: ErrorKind): string | null | undefined {
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
export function makeError(
  rng: Rng,
  field: FieldDef,
  value: string | null,
): { value: string | null; kind: ErrorKind } | null {
  if (value === null) return null;
  const table = KIND_TABLES[field.type][field.required ? 0 : 1];
  const attempt = (kind: ErrorKind): { value: string | null; kind: ErrorKind } | null => {
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

/**
 * What `clerk` keys for one field. `rate` is the probability of an error on this field; it
 * defaults to the clerk's rate weighted by field type (keyForm normalises it per form).
 */
export function keyValue(
  rng: Rng,
  field: FieldDef,
  value: string | null,
  clerk: Clerk,
  rate: number = clerk.fieldErrorRate * FIELD_TYPE_WEIGHT[field.type],
): { value: string | null; error?: ErrorKind } {
  if (value === null || !rng.chance(rate)) return { value };
  const e = makeError(rng, field, value);
  return e ? { value: e.value, error: e.kind } : { value };
}

/** Typical count of filled fields on a DC01 form, for scaling keying time. */
const TYPICAL_FILLED = 18;

/**
 * One keying of a form. Type weights are normalised over the form's non-empty fields so that
 * the expected number of errors is exactly fieldErrorRate x (non-empty fields).
 */
export function keyForm(
  rng: Rng,
  truth: Record<string, string | null>,
  clerk: Clerk,
  template: TemplateDef = DC01,
): Keying {
  const fields = template.fields;
  let wsum = 0;
  let filled = 0;
  for (const f of fields) {
    if (truth[f.key] != null) {
      wsum += FIELD_TYPE_WEIGHT[f.type];
      filled++;
    }
  }
  const scale = filled > 0 ? (clerk.fieldErrorRate * filled) / wsum : 0;
  const nfd = rng.chance(clerk.nfdRate ?? DEFAULT_NFD_RATE);
  const oldRate = clerk.oldToneRate ?? DEFAULT_OLD_TONE_RATE;
  const values: Record<string, string | null> = {};
  const errors: KeyingError[] = [];
  const variants: string[] = [];
  for (const f of fields) {
    const r = keyValue(rng, f, truth[f.key] ?? null, clerk, FIELD_TYPE_WEIGHT[f.type] * scale);
    let v = r.value;
    if (r.error) errors.push({ field: f.key, kind: r.error });
    if (v !== null && TEXTUAL.has(f.type)) {
      let variant = false;
      if (rng.chance(oldRate)) {
        const o = toOldToneStyle(v);
        if (o !== v) {
          v = o;
          variant = true;
        }
      }
      if (nfd) {
        const d = v.normalize('NFD');
        if (d !== v) {
          v = d;
          variant = true;
        }
      }
      if (variant) variants.push(f.key);
    }
    values[f.key] = v;
  }
  const jitter = 0.75 + 0.3 * (rng.next() + rng.next());
  const seconds = Math.max(20, Math.round(clerk.secondsPerForm * (0.4 + (0.6 * filled) / TYPICAL_FILLED) * jitter + 3 * errors.length));
  return { values, errors, variants, seconds };
}

/**
 * Both blind keyings of a form by two clerks. With probability `sameErrorRate` per non-empty
 * field both clerks make the identical error (e.g. both misread the handwriting), which double
 * entry cannot detect: what spot checks are for.
 */
export function keyPair(
  rng: Rng,
  truth: Record<string, string | null>,
  clerkA: Clerk,
  clerkB: Clerk,
  opts: { sameErrorRate?: number; template?: TemplateDef } = {},
): { pass1: Keying; pass2: Keying; sameErrors: KeyingError[] } {
  const template = opts.template ?? DC01;
  const pass1 = keyForm(rng, truth, clerkA, template);
  const pass2 = keyForm(rng, truth, clerkB, template);
  const rate = opts.sameErrorRate ?? DEFAULT_SAME_ERROR_RATE;
  const sameErrors: KeyingError[] = [];
  if (rate > 0) {
    for (const f of template.fields) {
      const tv = truth[f.key] ?? null;
      if (tv === null || !rng.chance(rate)) continue;
      const e = makeError(rng, f, tv);
      if (!e) continue;
      for (const p of [pass1, pass2]) {
        p.values[f.key] = e.value;
        p.errors = p.errors.filter((x) => x.field !== f.key);
        p.errors.push({ field: f.key, kind: e.kind });
        p.variants = p.variants.filter((x) => x !== f.key);
      }
      sameErrors.push({ field: f.key, kind: e.kind });
    }
  }
  return { pass1, pass2, sameErrors };
}

/**
 * `n` clerks KT0001.. with the mix seen in large keying operations: most near the literature's
 * single-entry rate, ~15% twice that, ~5% five to ten times. Tiers are shuffled over the codes.
 */
export function makeClerks(rng: Rng, n: number, opts: { baseRate?: number } = {}): Clerk[] {
  const base = opts.baseRate ?? DEFAULT_FIELD_ERROR_RATE;
  const nPoor = Math.round(n * 0.05);
  const nAvg = Math.round(n * 0.15);
  const tiers: Clerk['accuracy'][] = [];
  for (let i = 0; i < n; i++) tiers.push(i < nPoor ? 'poor' : i < nPoor + nAvg ? 'average' : 'good');
  rng.shuffle(tiers);
  return tiers.map((accuracy, i) => {
    const r = rng.next();
    const fieldErrorRate =
      accuracy === 'good' ? base * (0.6 + 0.8 * r) : accuracy === 'average' ? base * (1.7 + 0.6 * r) : base * (5 + 5 * r);
    const secondsPerForm =
      accuracy === 'good' ? rng.int(150, 240) : accuracy === 'average' ? rng.int(180, 300) : rng.int(200, 360);
    return {
      code: 'KT' + String(i + 1).padStart(4, '0'),
      accuracy,
      fieldErrorRate,
      secondsPerForm,
      // Input-method habits are per person: a few always type old-style tones or emit NFD.
      oldToneRate: rng.chance(0.1) ? 0.9 : DEFAULT_OLD_TONE_RATE,
      nfdRate: rng.chance(0.05) ? 0.3 : DEFAULT_NFD_RATE,
    };
  });
}
