/**
 * Character diff of two keyed values, for the review screen. Both strings are compared in NFC,
 * one code point per Vietnamese letter, so "á" against "à" is one changed letter rather than a
 * change in an invisible combining mark. A changed letter whose base letter is the same
 * (a/á/â/ấ, d/đ, o/ơ…) is reported as a diacritic or tone difference.
 */

export type SegKind = 'same' | 'diff' | 'mark';

export interface Segment {
  text: string;
  kind: SegKind;
  /** For `mark` segments: the letters on the other side, to explain the difference */
  other?: string;
}

export interface CharDiff {
  a: Segment[];
  b: Segment[];
}

/** Past this many DP cells the values are not "one form field" any more: mark all as different. */
const MAX_CELLS = 400_000;

const COMBINING = /[\u0300-\u036f]/g;

/** "ấ" -> "a", "Đ" -> "D"; case is kept, so a case change stays a plain difference. */
export function baseLetter(ch: string): string {
  if (ch === 'đ') return 'd';
  if (ch === 'Đ') return 'D';
  return ch.normalize('NFD').replace(COMBINING, '');
}

/** Combining marks of one letter, by name: tone marks first, then vowel diacritics. */
const MARK_NAMES: Record<string, string> = {
  '\u0301': 'acute',
  '\u0300': 'grave',
  '\u0309': 'hook',
  '\u0303': 'tilde',
  '\u0323': 'dot',
  '\u0302': 'circumflex',
  '\u0306': 'breve',
  '\u031b': 'horn',
};

export function marksOf(ch: string): string[] {
  if (ch === 'đ' || ch === 'Đ') return ['stroke'];
  return [...ch.normalize('NFD')].map((c) => MARK_NAMES[c]).filter((x): x is string => Boolean(x));
}

type Op = { op: 'eq' | 'del' | 'ins'; ch: string };

function lcsOps(a: string[], b: string[]): Op[] {
  const n = a.length;
  const m = b.length;
  if (n * m > MAX_CELLS) return [...a.map((ch) => ({ op: 'del' as const, ch })), ...b.map((ch) => ({ op: 'ins' as const, ch }))];
  // dp[i][j] = LCS length of a[i..] and b[j..]
  const w = m + 1;
  const dp = new Uint32Array((n + 1) * w);
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      dp[i * w + j] = a[i] === b[j] ? dp[(i + 1) * w + j + 1] + 1 : Math.max(dp[(i + 1) * w + j], dp[i * w + j + 1]);
    }
  }
  const ops: Op[] = [];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (a[i] === b[j]) {
      ops.push({ op: 'eq', ch: a[i] });
      i++;
      j++;
    } else if (dp[(i + 1) * w + j] >= dp[i * w + j + 1]) {
      ops.push({ op: 'del', ch: a[i++] });
    } else {
      ops.push({ op: 'ins', ch: b[j++] });
    }
  }
  while (i < n) ops.push({ op: 'del', ch: a[i++] });
  while (j < m) ops.push({ op: 'ins', ch: b[j++] });
  return ops;
}

function push(segs: Segment[], text: string, kind: SegKind, other?: string) {
  const last = segs[segs.length - 1];
  if (last && last.kind === kind && kind !== 'mark') last.text += text;
  else segs.push(other === undefined ? { text, kind } : { text, kind, other });
}

export function charDiff(first: string | null | undefined, second: string | null | undefined): CharDiff {
  const a = [...(first ?? '').normalize('NFC')];
  const b = [...(second ?? '').normalize('NFC')];
  // Common prefix and suffix need no DP.
  let pre = 0;
  while (pre < a.length && pre < b.length && a[pre] === b[pre]) pre++;
  let suf = 0;
  while (suf < a.length - pre && suf < b.length - pre && a[a.length - 1 - suf] === b[b.length - 1 - suf]) suf++;
  const ops: Op[] = [
    ...a.slice(0, pre).map((ch) => ({ op: 'eq' as const, ch })),
    ...lcsOps(a.slice(pre, a.length - suf), b.slice(pre, b.length - suf)),
    ...a.slice(a.length - suf).map((ch) => ({ op: 'eq' as const, ch })),
  ];

  const out: CharDiff = { a: [], b: [] };
  let k = 0;
  while (k < ops.length) {
    if (ops[k].op === 'eq') {
      push(out.a, ops[k].ch, 'same');
      push(out.b, ops[k].ch, 'same');
      k++;
      continue;
    }
    // A run of changes between two equal stretches: pair deletions with insertions in order.
    const dels: string[] = [];
    const ins: string[] = [];
    while (k < ops.length && ops[k].op !== 'eq') {
      if (ops[k].op === 'del') dels.push(ops[k].ch);
      else ins.push(ops[k].ch);
      k++;
    }
    const paired = dels.length === ins.length ? dels.length : 0;
    for (let x = 0; x < dels.length; x++) {
      const other = x < paired ? ins[x] : undefined;
      if (other !== undefined && baseLetter(dels[x]) === baseLetter(other)) push(out.a, dels[x], 'mark', other);
      else push(out.a, dels[x], 'diff');
    }
    for (let x = 0; x < ins.length; x++) {
      const other = x < paired ? dels[x] : undefined;
      if (other !== undefined && baseLetter(ins[x]) === baseLetter(other)) push(out.b, ins[x], 'mark', other);
      else push(out.b, ins[x], 'diff');
    }
  }
  return out;
}
