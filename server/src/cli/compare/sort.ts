/**
 * External sort of an input file by key, so that two unsorted files of any length can be
 * merge-joined in flat memory:
 *
 * 1. runs: records are read in chunks of `chunkRows` (default 100,000), each chunk is sorted by
 *    (key, line) in memory and written to a temp "run" file, one JSON array per line
 *    `[key, line, value1, …, valueN]`;
 * 2. merge: a k-way merge (binary heap) of the runs streams the records in key order. With more
 *    than `fanIn` runs, groups of runs are first merged into longer runs, so open files and read
 *    buffers stay bounded too.
 *
 * Memory: one chunk of records while writing runs, one read buffer per run while merging.
 * Duplicate keys end up adjacent, which is how they are found (with both line numbers).
 */
import { open, rm, type FileHandle } from 'node:fs/promises';
import { join } from 'node:path';
import { CompareError } from './errors.js';
import type { InputRecord } from './input.js';

export interface SortOptions {
  tmpDir: string;
  /** Records per sorted run (default 100,000)... */
  chunkRows?: number;
  /** ...unless their run lines take more bytes than this first (default 96 MiB). */
  chunkBytes?: number;
  /** A buffer to hold the chunk (reused across files); allocated when absent. */
  arena?: Buffer;
  /** Most runs merged at once (default 64). */
  fanIn?: number;
  /** Bytes read at a time from each run while merging (default 256 KiB). */
  readBytes?: number;
}

export interface SortedFile {
  role: string;
  path: string;
  runs: string[];
  records: number;
}

let runSeq = 0;

/**
 * One chunk of records before it is sorted: each record's run line is UTF-8 encoded into one
 * reused arena buffer, so the chunk costs ~700 bytes a DC01 record outside the JS heap plus its
 * key, instead of a long-lived two-byte JS string per record that the GC would have to keep
 * promoting and scanning.
 */
class Chunk {
  readonly keys: string[] = [];
  private lines: number[] = [];
  private starts: number[] = [];
  private ends: number[] = [];
  private used = 0;

  constructor(private readonly arena: Buffer) {}

  get length(): number {
    return this.keys.length;
  }

  /** Adds a record; false (and nothing added) when the arena is full. */
  add(r: InputRecord): boolean {
    const json = JSON.stringify(r) + '\n';
    // Worst case 3 bytes per UTF-16 unit; only check precisely near the end.
    if (this.used + json.length * 3 > this.arena.length && this.used + Buffer.byteLength(json) > this.arena.length) {
      if (this.keys.length === 0) throw new CompareError(`a record of ${Buffer.byteLength(json)} bytes is too large`);
      return false;
    }
    const n = this.arena.write(json, this.used);
    this.keys.push(r[0]);
    this.lines.push(r[1]);
    this.starts.push(this.used);
    this.ends.push(this.used + n);
    this.used += n;
    return true;
  }

  /** Sorts by (key, line) and writes the run; a key twice in the chunk is a duplicate. */
  async writeSorted(file: string, role: string, path: string): Promise<void> {
    const { keys, lines } = this;
    const order = Array.from(keys, (_k, i) => i);
    order.sort((x, y) => (keys[x]! < keys[y]! ? -1 : keys[x]! > keys[y]! ? 1 : lines[x]! - lines[y]!));
    for (let i = 1; i < order.length; i++) {
      const p = order[i - 1]!, q = order[i]!;
      if (keys[p] === keys[q]) throw duplicate(role, path, keys[q]!, lines[p]!, lines[q]!);
    }
    const fh = await open(file, 'w');
    try {
      const out = Buffer.allocUnsafe(1 << 20);
      let pos = 0;
      for (const i of order) {
        const len = this.ends[i]! - this.starts[i]!;
        if (pos + len > out.length) {
          await fh.write(out, 0, pos);
          pos = 0;
        }
        if (len > out.length) await fh.write(this.arena, this.starts[i]!, len);
        else pos += this.arena.copy(out, pos, this.starts[i]!, this.ends[i]!);
      }
      if (pos) await fh.write(out, 0, pos);
    } finally {
      await fh.close();
    }
  }

  clear(): void {
    this.keys.length = 0;
    this.lines = [];
    this.starts = [];
    this.ends = [];
    this.used = 0;
  }
}

/** Reads `records` to the end and writes them as sorted runs in `opts.tmpDir`. */
export async function writeRuns(
  role: string,
  path: string,
  records: AsyncIterable<InputRecord[]>,
  opts: SortOptions,
): Promise<SortedFile> {
  const chunkRows = Math.max(1, opts.chunkRows ?? 100_000);
  const chunk = new Chunk(opts.arena ?? Buffer.allocUnsafe(opts.chunkBytes ?? 96 * 2 ** 20));
  const runs: string[] = [];
  let total = 0;
  const flush = async () => {
    if (!chunk.length) return;
    const file = join(opts.tmpDir, `run-${++runSeq}.ndjson`);
    await chunk.writeSorted(file, role, path);
    runs.push(file);
    chunk.clear();
  };
  for await (const batch of records) {
    for (const r of batch) {
      if (!chunk.add(r)) {
        await flush();
        chunk.add(r);
      }
      total++;
      if (chunk.length >= chunkRows) await flush();
    }
  }
  await flush();
  return { role, path, runs, records: total };
}

function byKeyThenLine(a: { key: string; line: number }, b: { key: string; line: number }): number {
  return a.key < b.key ? -1 : a.key > b.key ? 1 : a.line - b.line;
}

export function duplicate(role: string, path: string, key: string, line1: number, line2: number): CompareError {
  const [a, b] = line1 < line2 ? [line1, line2] : [line2, line1];
  return new CompareError(`${role} ${path}: duplicate key ${JSON.stringify(key)} on lines ${a} and ${b}`);
}

/** A record read back from a run. */
export interface SortedRecord {
  key: string;
  line: number;
  /** [key, line, values in template field order…] (values from index FIRST_VALUE of input.ts). */
  row: InputRecord;
  /** The run line it was parsed from (re-written as is by intermediate merges). */
  json: string;
}

/** Reads one run file line by line. `current` is the record under the cursor, null at the end. */
class RunCursor {
  current: SortedRecord | null = null;
  private fh: FileHandle | null = null;
  private readonly buf: Buffer;
  private readonly decoder = new TextDecoder('utf-8');
  private lines: string[] = [];
  private next = 0;
  private rest = '';
  private eof = false;

  constructor(
    private readonly file: string,
    readBytes: number,
  ) {
    this.buf = Buffer.allocUnsafe(readBytes);
  }

  async open(): Promise<void> {
    this.fh = await open(this.file, 'r');
    await this.advance();
  }

  /** Moves to the next record: synchronous unless a new block must be read. */
  advance(): void | Promise<void> {
    if (this.next < this.lines.length) {
      this.current = parseRunLine(this.lines[this.next++]!);
      return;
    }
    return this.fill();
  }

  private async fill(): Promise<void> {
    while (this.next >= this.lines.length) {
      if (this.eof) {
        this.current = null;
        await this.close();
        return;
      }
      const { bytesRead } = await this.fh!.read(this.buf, 0, this.buf.length, null);
      let text: string;
      if (bytesRead === 0) {
        this.eof = true;
        text = this.rest + this.decoder.decode();
        this.rest = '';
        this.lines = text.length ? text.split('\n').filter((l) => l.length > 0) : [];
      } else {
        text = this.rest + this.decoder.decode(this.buf.subarray(0, bytesRead), { stream: true });
        const lines = text.split('\n');
        this.rest = lines.pop()!;
        this.lines = lines;
      }
      this.next = 0;
    }
    this.current = parseRunLine(this.lines[this.next++]!);
  }

  async close(): Promise<void> {
    const fh = this.fh;
    this.fh = null;
    if (fh) await fh.close();
  }
}

function parseRunLine(json: string): SortedRecord {
  const row = JSON.parse(json) as InputRecord;
  return { key: row[0], line: row[1], row, json };
}

/**
 * The records of several sorted runs in (key, line) order. `current` is the record under the
 * cursor (null at the end); `advance()` moves on and may return a promise to await.
 */
export class MergeCursor {
  current: SortedRecord | null = null;
  private heap: RunCursor[] = [];

  private constructor() {}

  static async open(runs: string[], readBytes: number): Promise<MergeCursor> {
    const m = new MergeCursor();
    const cursors = runs.map((r) => new RunCursor(r, readBytes));
    try {
      for (const c of cursors) await c.open();
    } catch (e) {
      await Promise.all(cursors.map((c) => c.close().catch(() => undefined)));
      throw e;
    }
    m.heap = cursors.filter((c) => c.current !== null);
    for (let i = (m.heap.length >> 1) - 1; i >= 0; i--) m.siftDown(i);
    m.current = m.heap.length ? m.heap[0]!.current : null;
    return m;
  }

  advance(): void | Promise<void> {
    const top = this.heap[0];
    if (!top) {
      this.current = null;
      return;
    }
    const p = top.advance();
    if (p) return p.then(() => this.settle());
    this.settle();
  }

  async close(): Promise<void> {
    await Promise.all(this.heap.map((c) => c.close()));
    this.heap = [];
    this.current = null;
  }

  private settle(): void {
    const top = this.heap[0]!;
    if (top.current === null) {
      const last = this.heap.pop()!;
      if (this.heap.length) {
        this.heap[0] = last;
        this.siftDown(0);
      }
    } else {
      this.siftDown(0);
    }
    this.current = this.heap.length ? this.heap[0]!.current : null;
  }

  private siftDown(i: number): void {
    const h = this.heap;
    const n = h.length;
    const item = h[i]!;
    for (;;) {
      const l = 2 * i + 1;
      if (l >= n) break;
      const r = l + 1;
      const c = r < n && byKeyThenLine(h[r]!.current!, h[l]!.current!) < 0 ? r : l;
      if (byKeyThenLine(h[c]!.current!, item.current!) >= 0) break;
      h[i] = h[c]!;
      i = c;
    }
    h[i] = item;
  }
}

/**
 * A cursor over the whole sorted file: merges runs down to at most `fanIn` first (writing
 * longer runs to the temp dir), then merges those on the fly.
 */
export async function openSorted(file: SortedFile, opts: SortOptions): Promise<MergeCursor> {
  const fanIn = Math.max(2, opts.fanIn ?? 64);
  const readBytes = opts.readBytes ?? 256 * 1024;
  let runs = file.runs;
  while (runs.length > fanIn) {
    const next: string[] = [];
    for (let i = 0; i < runs.length; i += fanIn) {
      const group = runs.slice(i, i + fanIn);
      if (group.length === 1) {
        next.push(group[0]!);
        continue;
      }
      const out = join(opts.tmpDir, `run-${++runSeq}.ndjson`);
      await writeMerged(out, await MergeCursor.open(group, readBytes));
      await Promise.all(group.map((r) => rm(r, { force: true })));
      next.push(out);
    }
    runs = next;
  }
  return MergeCursor.open(runs, readBytes);
}

async function writeMerged(file: string, m: MergeCursor): Promise<void> {
  const fh = await open(file, 'w');
  try {
    let buf = '';
    while (m.current) {
      buf += m.current.json + '\n';
      if (buf.length >= 1 << 20) {
        await fh.write(buf);
        buf = '';
      }
      const p = m.advance();
      if (p) await p;
    }
    if (buf) await fh.write(buf);
  } finally {
    await m.close();
    await fh.close();
  }
}
