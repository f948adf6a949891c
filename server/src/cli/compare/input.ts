import { open, stat } from 'node:fs/promises';
import { extname } from 'node:path';
import type { TemplateDef } from '../../domain/template.js';
import { CompareError } from './errors.js';
import { CsvParser, CsvSyntaxError } from './csv.js';
import { Utf8ChunkDecoder } from './utf8.js';

/**
 * One record of an input file: its key, the line it starts on, then the values in template field
 * order (null for an empty cell). Also the JSON written to the sort runs, as is.
 */
export type InputRecord = [key: string, line: number, ...values: (string | null)[]];
/** Index of the first field value in an InputRecord. */
export const FIRST_VALUE = 2;

export type InputFormat = 'csv' | 'ndjson';

export interface InputSpec {
  /** "first file" / "second file": how messages name the file. */
  role: string;
  path: string;
  template: TemplateDef;
  keyColumn: string;
}

/** Size in bytes of an input file, or a CompareError saying why it cannot be read. */
export async function inputSize(spec: Pick<InputSpec, 'role' | 'path'>): Promise<number> {
  try {
    const s = await stat(spec.path);
    if (s.isDirectory()) throw new CompareError(`${spec.role} ${spec.path} is a directory`);
    return s.size;
  } catch (e) {
    if (e instanceof CompareError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new CompareError(`${spec.role} not found: ${spec.path}`);
    throw new CompareError(`cannot read ${spec.role} ${spec.path}: ${(e as Error).message}`);
  }
}

/** Keys are compared after NFC and trimming: "A1" keyed as " A1" or in NFD is the same record. */
export function normalizeKey(raw: string): string {
  // A copy, not a slice: a V8 substring would keep the whole 1 MB input chunk it came from alive
  // for as long as the key lives (a whole sort chunk).
  return (' ' + raw.normalize('NFC').trim()).slice(1);
}

/**
 * Streams the records of a CSV or NDJSON file, a batch per input chunk, so memory holds one
 * chunk however long the file. `onBytes` reports bytes read (for a progress bar).
 */
export async function* readInput(spec: InputSpec, onBytes?: (bytes: number) => void): AsyncGenerator<InputRecord[]> {
  const label = `${spec.role} ${spec.path}`;
  const ext = extname(spec.path).toLowerCase();
  let format: InputFormat | null = ext === '.ndjson' || ext === '.jsonl' ? 'ndjson' : null;
  const decoder = new Utf8ChunkDecoder(label);
  let sink: Sink | null = null;
  let pending = '';
  // One reused read buffer: a fresh 1 MB Buffer per chunk would be garbage the GC frees late.
  const buf = Buffer.allocUnsafe(1 << 20);
  let fh;
  try {
    fh = await open(spec.path, 'r');
  } catch (e) {
    throw new CompareError(`cannot read ${label}: ${(e as Error).message}`);
  }
  try {
    for (;;) {
      const { bytesRead } = await fh.read(buf, 0, buf.length, null);
      if (bytesRead === 0) break;
      onBytes?.(bytesRead);
      let text = decoder.decode(buf.subarray(0, bytesRead));
      if (!sink) {
        // Sniff the format from the first character that is not white space.
        pending += text;
        const m = /\S/.exec(pending);
        if (!m) continue;
        format ??= m[0] === '{' ? 'ndjson' : m[0] === '[' ? null : 'csv';
        if (!format) throw new CompareError(`${label}: a JSON array is not supported; use NDJSON (one JSON object per line) or CSV`);
        sink = format === 'csv' ? new CsvSink(spec, label) : new NdjsonSink(spec, label);
        text = pending;
        pending = '';
      }
      sink.push(text);
      const out = sink.take();
      if (out.length) yield out;
    }
    const rest = decoder.end(); // '' unless it throws: text is decoded as it arrives
    if (!sink) throw new CompareError(`${label} is empty (a CSV file needs at least a header row)`);
    sink.push(rest);
    sink.end();
    const out = sink.take();
    if (out.length) yield out;
  } catch (e) {
    if (e instanceof CsvSyntaxError) throw new CompareError(`${label}: malformed CSV on line ${e.line}: ${e.reason}`);
    if (e instanceof CompareError) throw e;
    throw new CompareError(`cannot read ${label}: ${(e as Error).message}`);
  } finally {
    await fh.close();
  }
}

function newRecord(key: string, line: number, width: number): InputRecord {
  const rec = new Array<string | number | null>(FIRST_VALUE + width).fill(null) as InputRecord;
  rec[0] = key;
  rec[1] = line;
  return rec;
}

interface Sink {
  push(text: string): void;
  end(): void;
  /** The records completed since the last call. */
  take(): InputRecord[];
}

class CsvSink implements Sink {
  private readonly parser: CsvParser;
  private out: InputRecord[] = [];
  /** Input column -> template field index, or -1 for the key column. */
  private columns: Int32Array | null = null;
  private keyIndex = -1;
  private readonly width: number;

  constructor(
    private readonly spec: InputSpec,
    private readonly label: string,
  ) {
    this.width = spec.template.fields.length;
    this.parser = new CsvParser((fields, line) => (this.columns ? this.record(fields, line) : this.header(fields, line)));
  }

  push(text: string): void {
    this.parser.push(text);
  }

  end(): void {
    this.parser.end();
    if (!this.columns) throw new CompareError(`${this.label} is empty (a CSV file needs at least a header row)`);
  }

  take(): InputRecord[] {
    const out = this.out;
    this.out = [];
    return out;
  }

  private header(names: string[], line: number): void {
    if (!names.some((n) => n.trim() === this.spec.keyColumn)) {
      throw new CompareError(`${this.label}: no key column "${this.spec.keyColumn}" in the header (use --key to name another column)`);
    }
    const index = new Map(this.spec.template.fields.map((f, i) => [f.key, i]));
    const seen = new Map<string, number>();
    const columns = new Int32Array(names.length);
    for (let i = 0; i < names.length; i++) {
      const name = names[i]!.trim();
      if (name === '') throw new CompareError(`${this.label}: column ${i + 1} of the header (line ${line}) has no name`);
      if (seen.has(name)) throw new CompareError(`${this.label}: column "${name}" appears twice in the header (columns ${seen.get(name)! + 1} and ${i + 1})`);
      seen.set(name, i);
      if (name === this.spec.keyColumn) {
        columns[i] = -1;
        this.keyIndex = i;
        continue;
      }
      const f = index.get(name);
      if (f === undefined) {
        throw new CompareError(`${this.label}: column "${name}" is not a field of template ${this.spec.template.code} (nor the key column "${this.spec.keyColumn}")`);
      }
      columns[i] = f;
    }
    this.columns = columns;
  }

  private record(fields: string[], line: number): void {
    const columns = this.columns!;
    if (fields.length !== columns.length) {
      throw new CsvSyntaxError(`${fields.length} fields where the header has ${columns.length}`, line);
    }
    const key = normalizeKey(fields[this.keyIndex]!);
    if (key === '') throw new CompareError(`${this.label}: line ${line} has an empty key ("${this.spec.keyColumn}")`);
    const rec = newRecord(key, line, this.width);
    for (let i = 0; i < fields.length; i++) {
      const c = columns[i]!;
      if (c >= 0) {
        const v = fields[i]!;
        if (v !== '') rec[FIRST_VALUE + c] = v;
      }
    }
    this.out.push(rec);
  }
}

class NdjsonSink implements Sink {
  private buf = '';
  private line = 1;
  private out: InputRecord[] = [];
  private readonly index: Map<string, number>;
  private readonly width: number;

  constructor(
    private readonly spec: InputSpec,
    private readonly label: string,
  ) {
    this.index = new Map(spec.template.fields.map((f, i) => [f.key, i]));
    this.width = spec.template.fields.length;
  }

  push(text: string): void {
    const s = this.buf.length ? this.buf + text : text;
    let from = 0;
    for (let nl = s.indexOf('\n'); nl >= 0; nl = s.indexOf('\n', from)) {
      this.parseLine(s.slice(from, nl));
      from = nl + 1;
    }
    this.buf = s.slice(from);
    if (this.buf.length > 1 << 20) throw new CompareError(`${this.label}: line ${this.line} is longer than ${1 << 20} characters`);
  }

  end(): void {
    if (this.buf.length) this.parseLine(this.buf);
    this.buf = '';
  }

  take(): InputRecord[] {
    const out = this.out;
    this.out = [];
    return out;
  }

  private parseLine(text: string): void {
    const line = this.line++;
    if (!/\S/.test(text)) return;
    let obj: unknown;
    try {
      obj = JSON.parse(text);
    } catch (e) {
      throw new CompareError(`${this.label}: line ${line} is not valid JSON (${(e as Error).message})`);
    }
    if (typeof obj !== 'object' || obj === null || Array.isArray(obj)) {
      throw new CompareError(`${this.label}: line ${line} is not a JSON object`);
    }
    const rec = newRecord('', line, this.width);
    let key: string | null = null;
    for (const [name, v] of Object.entries(obj as Record<string, unknown>)) {
      if (name === this.spec.keyColumn) {
        if (typeof v === 'string') key = normalizeKey(v);
        else if (typeof v === 'number' && Number.isFinite(v)) key = String(v);
        else throw new CompareError(`${this.label}: line ${line}: the key "${name}" must be a string or a number`);
        continue;
      }
      const f = this.index.get(name);
      if (f === undefined) {
        throw new CompareError(`${this.label}: line ${line}: "${name}" is not a field of template ${this.spec.template.code} (nor the key "${this.spec.keyColumn}")`);
      }
      if (v === null || v === '') continue;
      if (typeof v !== 'string') throw new CompareError(`${this.label}: line ${line}: field "${name}" must be a string or null`);
      rec[FIRST_VALUE + f] = v;
    }
    if (key === null) throw new CompareError(`${this.label}: line ${line} has no key "${this.spec.keyColumn}" (use --key to name another property)`);
    if (key === '') throw new CompareError(`${this.label}: line ${line} has an empty key ("${this.spec.keyColumn}")`);
    rec[0] = key;
    this.out.push(rec);
  }
}
