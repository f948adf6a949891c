import { CompareError } from './errors.js';

const LF = 0x0a;

/**
 * Strict streaming UTF-8 decoding of one file, chunk by chunk: a byte sequence that is not UTF-8
 * is an error naming the file and the line it is on (the decoder itself only says "invalid").
 * A leading BOM is dropped.
 */
export class Utf8ChunkDecoder {
  private readonly decoder = new TextDecoder('utf-8', { fatal: true });
  /** Line feeds in the chunks already decoded. */
  private newlines = 0;
  /** Bytes at the end of the previous chunk that start a character continued in the next. */
  private tail: Uint8Array = new Uint8Array(0);

  constructor(private readonly label: string) {}

  decode(chunk: Uint8Array): string {
    let text: string;
    try {
      text = this.decoder.decode(chunk, { stream: true });
    } catch {
      const joined = concat(this.tail, chunk);
      const at = firstInvalidUtf8(joined);
      const line = this.newlines + 1 + (at < 0 ? 0 : countLf(joined, 0, at));
      throw new CompareError(`${this.label}: invalid UTF-8 byte sequence on line ${line} (the file must be UTF-8 encoded)`);
    }
    this.newlines += countLf(chunk, 0, chunk.length);
    this.tail = incompleteTail(concat(this.tail, chunk.subarray(Math.max(0, chunk.length - 3))));
    return text;
  }

  end(): string {
    try {
      return this.decoder.decode();
    } catch {
      throw new CompareError(`${this.label}: truncated UTF-8 character at the end of the file (line ${this.newlines + 1})`);
    }
  }
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  if (a.length === 0) return b;
  const out = new Uint8Array(a.length + b.length);
  out.set(a, 0);
  out.set(b, a.length);
  return out;
}

function countLf(b: Uint8Array, from: number, to: number): number {
  let n = 0;
  let i = b.indexOf(LF, from);
  while (i >= 0 && i < to) {
    n++;
    i = b.indexOf(LF, i + 1);
  }
  return n;
}

/** Length of the UTF-8 sequence a lead byte announces (0 for a byte that cannot start one). */
function seqLength(b: number): number {
  if (b < 0x80) return 1;
  if (b >= 0xc2 && b <= 0xdf) return 2;
  if (b >= 0xe0 && b <= 0xef) return 3;
  if (b >= 0xf0 && b <= 0xf4) return 4;
  return 0;
}

/** The trailing bytes of `b` that begin a character not yet complete (at most 3). */
function incompleteTail(b: Uint8Array): Uint8Array {
  for (let back = 1; back <= Math.min(3, b.length); back++) {
    const x = b[b.length - back]!;
    if ((x & 0xc0) === 0x80) continue; // continuation byte: look further back
    const len = seqLength(x);
    return len > back ? b.slice(b.length - back) : new Uint8Array(0);
  }
  return new Uint8Array(0);
}

/**
 * Offset of the first byte that is not part of a well-formed UTF-8 sequence (overlongs and
 * surrogates included), or -1. A sequence cut off by the end of `b` is not reported.
 */
export function firstInvalidUtf8(b: Uint8Array): number {
  let i = 0;
  const n = b.length;
  while (i < n) {
    const x = b[i]!;
    if (x < 0x80) {
      i++;
      continue;
    }
    const len = seqLength(x);
    if (len === 0) return i;
    let lo = 0x80, hi = 0xbf;
    if (x === 0xe0) lo = 0xa0;
    else if (x === 0xed) hi = 0x9f;
    else if (x === 0xf0) lo = 0x90;
    else if (x === 0xf4) hi = 0x8f;
    for (let k = 1; k < len; k++) {
      if (i + k >= n) return -1;
      const c = b[i + k]!;
      if (k === 1 ? c < lo || c > hi : (c & 0xc0) !== 0x80) return i;
    }
    i += len;
  }
  return -1;
}
