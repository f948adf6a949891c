/**
 * Where and how two keyings differ, for someone who sees the values masked (mask.ts).
 *
 * Two masks often read the same (`078*****04` both sides) although the keyings differ in a hidden
 * character. This describes the difference from the clear values but returns only masked text:
 * each side is the exact characters of its mask, cut into cells, each cell flagged with how it
 * differs from the other side (a different character, a tone or diacritic only, letter case only,
 * or a gap where the other side has characters this one lacks).
 *
 * Why this reveals no more than the masks, the discrepancy kind and the positions:
 * - Cell texts concatenate to maskValue() of the value (the spec checks it), so no character the
 *   mask hides is ever sent; a flag says *that* a hidden character differs, never what it is.
 * - A hidden character gets its own cell only where the mask already shows one `*` per character
 *   (ID and phone digits, the letters of names): there positions and gaps tell nothing about
 *   lengths the mask does not show already. Where the mask hides the length (dates, addresses,
 *   places, other text: `**`, `***`), the whole hidden part is one cell, flagged as a whole.
 * - Names: a given name of one letter is masked `A*` like one of two letters. Its `*` is flagged
 *   (DIFF, never MARK or CASE) when anything after the first letter of that word changed on either
 *   side, and no gap is drawn in or right after it: otherwise "flagged on one side only" or "a tone
 *   mark on the second letter" would tell which has one letter.
 * - Positions are counted in the masked text (1-based), not in the value.
 * - The edit distance is withheld (maskedEditDistance) where it would give a length the mask hides.
 */
import type { FieldDef } from './template.js';
import { ILLEGIBLE, parseDate } from './values.js';

export const CELL_CHANGES = ['SAME', 'DIFF', 'MARK', 'CASE', 'GAP'] as const;
export type CellChange = (typeof CELL_CHANGES)[number];

export interface MaskedCell {
  /** Masked text ('' for a GAP: the other side has characters here that this one lacks). */
  text: string;
  change: CellChange;
}

export interface MaskedSide {
  cells: MaskedCell[];
  /** 1-based positions in the masked text where this side differs (a gap: the character after it). */
  changedAt: number[];
}

export interface MaskedDifference {
  /** The discrepancy's kind (classified from the clear values when it was raised). */
  kind: string;
  first: MaskedSide;
  second: MaskedSide;
  editDistance: number | null;
}

const ID_TYPES = new Set(['CITIZEN_ID', 'OLD_ID', 'PHONE']);

/** Masks that show one `*` per hidden character (so their length is visible anyway). */
const showsLength = (f: FieldDef) => ID_TYPES.has(f.type) || f.type === 'PERSON_NAME';

/**
 * The edit distance as a masked viewer may see it. Missing or illegible: the distance is the other
 * value's length, withheld. Masks that hide the length: a distance above 2 bounds the length from
 * below, withheld too (1 or 2 says nothing a two-character value would not).
 */
export function maskedEditDistance(field: FieldDef, kind: string, distance: number): number | null {
  if (!field.sensitive) return distance;
  if (kind === 'MISSING' || kind === 'ILLEGIBLE') return null;
  if (!showsLength(field) && distance > 2) return null;
  return distance;
}

// ---- Character alignment --------------------------------------------------------------------

type Flag = Exclude<CellChange, 'GAP'>;
interface Alignment {
  /** Per character of each side. */
  a: Flag[];
  b: Flag[];
  /** gapA[i]: the other side has characters before a[i] (i = a.length: at the end) that a lacks. */
  gapA: boolean[];
  gapB: boolean[];
}

/** Past this many DP cells the values are not one form field: everything differs. */
const MAX_CELLS = 250_000;

const baseLower = (ch: string) => (ch === 'đ' || ch === 'Đ' ? 'd' : ch.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase());

/** How one character (or chunk) differs from another: equal, case only, marks only, or not at all alike. */
function compareChunk(x: string, y: string): Flag {
  if (x === y) return 'SAME';
  if (x.toLowerCase() === y.toLowerCase()) return 'CASE';
  if ([...x].map(baseLower).join('') === [...y].map(baseLower).join('')) return 'MARK';
  return 'DIFF';
}

function align(a: string[], b: string[]): Alignment {
  const out: Alignment = { a: a.map((): Flag => 'SAME'), b: b.map((): Flag => 'SAME'), gapA: Array(a.length + 1).fill(false), gapB: Array(b.length + 1).fill(false) };
  let pre = 0;
  while (pre < a.length && pre < b.length && a[pre] === b[pre]) pre++;
  let suf = 0;
  while (suf < a.length - pre && suf < b.length - pre && a[a.length - 1 - suf] === b[b.length - 1 - suf]) suf++;
  const ma = a.slice(pre, a.length - suf);
  const mb = b.slice(pre, b.length - suf);
  type Op = 'eq' | 'del' | 'ins';
  let ops: Op[];
  const n = ma.length, m = mb.length;
  if (n === m && n <= 2) {
    // One or two characters replaced or swapped in place: position by position, so a transposition
    // reads as two flagged characters rather than one deleted and one inserted.
    for (let x = 0; x < n; x++) {
      out.a[pre + x] = compareChunk(ma[x], mb[x]);
      out.b[pre + x] = compareChunk(mb[x], ma[x]);
    }
    return out;
  }
  if (n * m > MAX_CELLS) {
    ops = [...ma.map((): Op => 'del'), ...mb.map((): Op => 'ins')];
  } else {
    const w = m + 1;
    const dp = new Uint32Array((n + 1) * w);
    for (let i = n - 1; i >= 0; i--) for (let j = m - 1; j >= 0; j--) dp[i * w + j] = ma[i] === mb[j] ? dp[(i + 1) * w + j + 1] + 1 : Math.max(dp[(i + 1) * w + j], dp[i * w + j + 1]);
    ops = [];
    let i = 0, j = 0;
    while (i < n && j < m) {
      if (ma[i] === mb[j]) (ops.push('eq'), i++, j++);
      else if (dp[(i + 1) * w + j] >= dp[i * w + j + 1]) (ops.push('del'), i++);
      else (ops.push('ins'), j++);
    }
    while (i++ < n) ops.push('del');
    while (j++ < m) ops.push('ins');
  }
  let i = pre, j = pre, k = 0;
  while (k < ops.length) {
    if (ops[k] === 'eq') (i++, j++, k++);
    else {
      // A run of changes: deletions paired with insertions in order, the rest unpaired.
      const dels: number[] = [], ins: number[] = [];
      while (k < ops.length && ops[k] !== 'eq') (ops[k++] === 'del' ? dels.push(i++) : ins.push(j++));
      const paired = Math.min(dels.length, ins.length);
      for (let x = 0; x < dels.length; x++) out.a[dels[x]] = x < paired ? compareChunk(a[dels[x]], b[ins[x]]) : 'DIFF';
      for (let x = 0; x < ins.length; x++) out.b[ins[x]] = x < paired ? compareChunk(b[ins[x]], a[dels[x]]) : 'DIFF';
      // Characters on one side only: a gap on the other, where they would be.
      if (!ins.length) out.gapB[j] = true;
      if (!dels.length) out.gapA[i] = true;
    }
  }
  return out;
}

// ---- Masked cells of one value --------------------------------------------------------------

/** A cell and the characters of the compared text it stands for. */
interface Slot {
  text: string;
  chars: number[];
  /** May a gap be drawn before this cell? */
  gapOk: boolean;
  /** The cell's flag, decided by the caller instead of the alignment. */
  fixed?: Flag;
}

const merge = (flags: Flag[]): Flag => (flags.includes('DIFF') ? 'DIFF' : flags.includes('MARK') ? 'MARK' : flags.includes('CASE') ? 'CASE' : 'SAME');

/** Cells flagged from a per-character alignment of the texts the slots index into. */
function flagged(slots: Slot[], flags: Flag[], gaps: boolean[], textLength: number, endGapOk = true): MaskedCell[] {
  const cells: MaskedCell[] = [];
  for (const s of slots) {
    if (s.gapOk && s.chars.length && gaps[s.chars[0]]) cells.push({ text: '', change: 'GAP' });
    cells.push({ text: s.text, change: s.fixed ?? merge(s.chars.map((c) => flags[c])) });
  }
  if (gaps[textLength] && endGapOk) cells.push({ text: '', change: 'GAP' });
  return cells;
}

const plainSlots = (chars: string[], shown: (i: number) => boolean = () => true): Slot[] => chars.map((c, i) => ({ text: shown(i) ? c : '*', chars: [i], gapOk: true }));

/** ID and phone masks: the digits, the first three and last two shown when there are more than five. */
const idSlots = (digits: string[]): Slot[] => plainSlots(digits, (i) => digits.length > 5 && (i < 3 || i >= digits.length - 2));

// ---- Names ------------------------------------------------------------------------------------

interface NameText {
  text: string[];
  /** Start of each word in text, and its length. */
  words: { start: number; len: number }[];
}

function nameText(v: string): NameText {
  const text: string[] = [];
  const words: NameText['words'] = [];
  v.trim().split(/\s+/).forEach((w, i) => {
    if (i > 0) text.push(' ');
    const chars = [...w];
    words.push({ start: text.length, len: chars.length });
    text.push(...chars);
  });
  return { text, words };
}

/**
 * A given name of one or two letters is masked `A*` either way. Its `*` must not tell which: it
 * is flagged when anything after the first letter of that word changed, on either side (T_a or T_b),
 * and no gap is drawn inside or right after it.
 */
const short = (w: NameText['words'][number], k: number) => k > 0 && w.len <= 2;

function touchedAfterFirst(n: NameText, k: number, flags: Flag[], gaps: boolean[]): boolean {
  const w = n.words[k];
  if (!w) return false;
  for (let i = w.start + 1; i < w.start + w.len; i++) if (flags[i] !== 'SAME') return true;
  for (let i = w.start + 1; i <= w.start + w.len; i++) if (gaps[i]) return true;
  return false;
}

function nameCells(n: NameText, flags: Flag[], gaps: boolean[], eitherTouched: (k: number) => boolean): MaskedCell[] {
  const slots: Slot[] = [];
  n.words.forEach((w, k) => {
    if (k > 0) slots.push({ text: ' ', chars: [w.start - 1], gapOk: !short(n.words[k - 1], k - 1) });
    for (let i = 0; i < w.len; i++) slots.push({ text: k === 0 || i === 0 ? n.text[w.start + i] : '*', chars: [w.start + i], gapOk: !(short(w, k) && i > 0) });
    if (short(w, k)) {
      // DIFF only: a MARK or CASE could only be on a second letter, so it would tell there is one.
      const star: Slot = { text: '*', chars: [], gapOk: false, fixed: eitherTouched(k) ? 'DIFF' : 'SAME' };
      if (w.len === 2) slots[slots.length - 1] = star;
      else slots.push(star);
    }
  });
  const last = n.words.length - 1;
  return flagged(slots, flags, gaps, n.text.length, !short(n.words[last], last));
}

/** Positions (1-based, in the masked text) of the changed cells; a gap counts at the cell after it. */
function changedAt(cells: MaskedCell[]): number[] {
  const out: number[] = [];
  let pos = 1;
  for (const c of cells) {
    if (c.change !== 'SAME' && !out.includes(pos)) out.push(pos);
    pos += [...c.text].length;
  }
  return out;
}

const side = (cells: MaskedCell[]): MaskedSide => ({ cells, changedAt: changedAt(cells) });
const whole = (text: string, change: Flag): MaskedCell[] => [{ text, change }];

/** One side missing (null) or illegible: nothing to align, the other side differs as a whole. */
function oneSided(v: string | null, mask: (v: string) => MaskedCell[]): MaskedCell[] {
  if (v === null) return [];
  if (v === ILLEGIBLE) return whole(ILLEGIBLE, 'DIFF');
  return mask(v).map((c) => ({ ...c, change: 'DIFF' }));
}

/** Date masks: `**` `/` `**` `/` and the year (shown), or `****` without a year. */
function dateCells(a: string, b: string): [MaskedCell[], MaskedCell[]] {
  const year = (v: string) => /(\d{4})$/.exec(v)?.[1] ?? null;
  const ya = year(a), yb = year(b);
  if (ya === null || yb === null) {
    const cell = (y: string | null) => (y === null ? whole('****', 'DIFF') : [...whole('**', 'DIFF'), ...whole('/', 'SAME'), ...whole('**', 'DIFF'), ...whole('/', 'SAME'), ...whole(y, 'DIFF')]);
    return [cell(ya), cell(yb)];
  }
  const pa = parseDate(a), pb = parseDate(b);
  let day: Flag, month: Flag;
  if (pa && pb) {
    day = pa.day === pb.day ? 'SAME' : 'DIFF';
    month = pa.month === pb.month ? 'SAME' : 'DIFF';
  } else {
    // Not both dates the parser reads: the hidden part differs or not, as a whole.
    day = month = compareChunk(a.slice(0, -4), b.slice(0, -4));
  }
  const al = align([...ya], [...yb]);
  const cells = (y: string, flags: Flag[], gaps: boolean[]) => [
    ...whole('**', day),
    ...whole('/', 'SAME'),
    ...whole('**', month),
    ...whole('/', 'SAME'),
    ...flagged(plainSlots([...y]), flags, gaps, y.length),
  ];
  return [cells(ya, al.a, al.gapA), cells(yb, al.b, al.gapB)];
}

/** Address and place masks: `***`, then `, ` and the last part (the province) when there are several parts. */
function placeCells(a: string, b: string): [MaskedCell[], MaskedCell[]] {
  const parts = (v: string) => v.split(',').map((p) => p.trim());
  const pa = parts(a), pb = parts(b);
  if (pa.length < 2 || pb.length < 2) {
    const hidden = compareChunk(a, b);
    const cell = (p: string[]) => (p.length < 2 ? whole('***', hidden) : [...whole('***', hidden), ...whole(', ', 'SAME'), ...whole(p[p.length - 1], hidden)]);
    return [cell(pa), cell(pb)];
  }
  const hidden = compareChunk(pa.slice(0, -1).join(','), pb.slice(0, -1).join(','));
  const la = [...pa[pa.length - 1]], lb = [...pb[pb.length - 1]];
  const al = align(la, lb);
  const cells = (l: string[], flags: Flag[], gaps: boolean[]) => [
    ...whole('***', hidden),
    ...whole(', ', 'SAME'),
    ...flagged(plainSlots(l), flags, gaps, l.length),
  ];
  return [cells(la, al.a, al.gapA), cells(lb, al.b, al.gapB)];
}

/** The masked cells of one value alone (every cell SAME), as maskValue shows it. */
const cellsAlone = (field: FieldDef, v: string): MaskedCell[] => pair(field, v, v)[0];

function pair(field: FieldDef, a: string, b: string): [MaskedCell[], MaskedCell[]] {
  if (ID_TYPES.has(field.type)) {
    const da = [...a.replace(/\D/g, '')], db = [...b.replace(/\D/g, '')];
    const al = align(da, db);
    return [flagged(idSlots(da), al.a, al.gapA, da.length), flagged(idSlots(db), al.b, al.gapB, db.length)];
  }
  if (field.type === 'PERSON_NAME') {
    const na = nameText(a), nb = nameText(b);
    const al = align(na.text, nb.text);
    const either = (k: number) => touchedAfterFirst(na, k, al.a, al.gapA) || touchedAfterFirst(nb, k, al.b, al.gapB);
    return [nameCells(na, al.a, al.gapA, either), nameCells(nb, al.b, al.gapB, either)];
  }
  if (field.type === 'DATE') return dateCells(a, b);
  if (field.type === 'ADDRESS' || field.type === 'PLACE') return placeCells(a, b);
  const c = compareChunk(a, b);
  return [whole('***', c), whole('***', c)];
}

/**
 * The difference of two keyings of a sensitive field as masked cells, or null when there is
 * nothing to mask (a field that is not sensitive is shown in clear anyway).
 */
export function describeMaskedDifference(field: FieldDef, a: string | null, b: string | null, stored: { kind: string; distance: number }): MaskedDifference | null {
  if (!field.sensitive) return null;
  const nfc = (v: string | null) => (v === null || v === ILLEGIBLE ? v : v.normalize('NFC'));
  const va = nfc(a), vb = nfc(b);
  let first: MaskedCell[], second: MaskedCell[];
  if (va === null || vb === null || va === ILLEGIBLE || vb === ILLEGIBLE) {
    const alone = (v: string) => cellsAlone(field, v);
    if (va === vb) [first, second] = [va === null ? [] : whole(ILLEGIBLE, 'SAME'), vb === null ? [] : whole(ILLEGIBLE, 'SAME')];
    else [first, second] = [oneSided(va, alone), oneSided(vb, alone)];
  } else {
    [first, second] = pair(field, va, vb);
  }
  return { kind: stored.kind, first: side(first), second: side(second), editDistance: maskedEditDistance(field, stored.kind, stored.distance) };
}
