/**
 * `npm run cli -- compare FIRST SECOND [--key formId] [--template dc01] [--out report.csv|.json|.ndjson]`
 *
 * Offline comparison of two keyings of the same forms (what CSPro's Compare Data and EpiData's
 * Validate Double Entry do): records are matched by key, each pair is compared field by field
 * with the same comparator as the server, and one row per discrepancy is written. Files may be
 * unsorted and of any length: each is sorted externally (sorted temp runs, then a k-way merge)
 * and the two sorted streams are merge-joined, so memory stays flat.
 *
 * Exit code: 0 no discrepancies, 1 discrepancies or records in one file only, 2 error.
 */
import { createWriteStream } from 'node:fs';
import { mkdtemp, rename, rm, unlink } from 'node:fs/promises';
import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import cliProgress from 'cli-progress';
import { basicComparator, type Comparator } from '../domain/compare.js';
import { DC01, type TemplateDef } from '../domain/template.js';
import type { FieldValues } from '../domain/values.js';
import { parseCommand } from './args.js';
import { CompareError } from './compare/errors.js';
import { FIRST_VALUE, inputSize, readInput, type InputRecord } from './compare/input.js';
import {
  makeReportWriter,
  reportFormat,
  StreamWriter,
  summaryText,
  type ReportRow,
  type ReportWriter,
  type Summary,
} from './compare/report.js';
import { duplicate, openSorted, writeRuns, type MergeCursor, type SortOptions, type SortedRecord } from './compare/sort.js';

export interface CompareIo {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
  /** Whether stderr is a terminal: the progress bar is drawn only then. */
  isTTY: boolean;
}

/** Templates the command knows, by code. */
export const TEMPLATES: Record<string, TemplateDef> = { dc01: DC01 };

export const COMPARE_USAGE = `usage: npm run cli -- compare FIRST SECOND [options]

Compares two keyings of the same forms record by record (matched by key) and field by field.
FIRST and SECOND are CSV files with a header row (UTF-8; columns: the key and template field
keys) or NDJSON files (.ndjson/.jsonl, or content starting with "{"). Files need not be sorted.

Report: one row per discrepancy (key, field, value1, value2, kind, distance), sorted by key;
a record found in one file only is one row of kind ONLY_IN_FIRST or ONLY_IN_SECOND. Keys are
matched after trimming spaces and Unicode NFC normalization.

options:
  --key COLUMN       key column matching records of the two files (default formId)
  --template CODE    form template (default dc01; known: ${Object.keys(TEMPLATES).join(', ')})
  --out FILE         write the report to FILE (.csv, .json or .ndjson) and the summary to stdout;
                     without it the CSV report goes to stdout and the summary to stderr
  --tmp-dir DIR      where the sorted temp runs go (default: the system temp dir)
  --chunk-rows N     records per sorted run (default 100000)
  --fan-in N         sorted runs merged at once (default 64)

exit code: 0 no discrepancies, 1 discrepancies or records in one file only, 2 error
`;

interface Options {
  first: string;
  second: string;
  key: string;
  template: TemplateDef;
  out: string | null;
  tmpDir: string;
  chunkRows: number;
  fanIn: number;
}

function parseOptions(argv: string[]): Options | 'help' {
  let parsed;
  try {
    parsed = parseCommand(argv, {
      usage: COMPARE_USAGE,
      positionals: { max: 2 },
      options: {
        key: { type: 'string' },
        template: { type: 'string' },
        out: { type: 'string', short: 'o' },
        'tmp-dir': { type: 'string' },
        'chunk-rows': { type: 'string' },
        'fan-in': { type: 'string' },
      },
    });
  } catch (e) {
    throw new CompareError(`${(e as Error).message} (see --help)`);
  }
  if (parsed.help) return 'help';
  const { values: v, positionals } = parsed;
  if (positionals.length !== 2) {
    throw new CompareError(`expected two files, FIRST and SECOND, got ${positionals.length} (see --help)`);
  }
  const code = (v.template ?? 'dc01').toLowerCase();
  const template = TEMPLATES[code];
  if (!template) throw new CompareError(`unknown template "${v.template}"; known: ${Object.keys(TEMPLATES).join(', ')}`);
  const key = v.key ?? 'formId';
  if (key.trim() === '') throw new CompareError('--key must name a column');
  if (template.fields.some((f) => f.key === key)) {
    throw new CompareError(`--key ${key} is a field of template ${template.code}; the key must be a separate column`);
  }
  const int = (name: string, s: string | undefined, dflt: number, min: number) => {
    if (s === undefined) return dflt;
    const n = Number(s);
    if (!Number.isInteger(n) || n < min) throw new CompareError(`--${name} must be an integer >= ${min}`);
    return n;
  };
  const out = v.out ?? null;
  if (out !== null) reportFormat(out); // fail before reading anything
  return {
    first: positionals[0]!,
    second: positionals[1]!,
    key,
    template,
    out,
    tmpDir: v['tmp-dir'] ?? tmpdir(),
    chunkRows: int('chunk-rows', v['chunk-rows'], 100_000, 1),
    fanIn: int('fan-in', v['fan-in'], 64, 2),
  };
}

/** Progress on stderr when it is a terminal; a no-op otherwise. */
class Progress {
  private bar: cliProgress.SingleBar | null = null;
  private value = 0;
  private total = 0;
  private lastDraw = 0;

  constructor(private readonly io: CompareIo) {}

  start(phase: string, total: number, unit: string): void {
    if (!this.io.isTTY) return;
    this.stop();
    this.bar = new cliProgress.SingleBar(
      {
        stream: this.io.stderr,
        format: `${phase.padEnd(16)} [{bar}] {percentage}% | {value}/{total} ${unit} | {duration_formatted}`,
        hideCursor: true,
        clearOnComplete: true,
        barsize: 30,
        formatValue: (v, _o, type) => (type === 'value' || type === 'total' ? Math.round(v).toLocaleString('en-US') : String(v)),
      },
      cliProgress.Presets.shades_classic,
    );
    this.value = 0;
    this.total = total;
    this.bar.start(total, 0);
  }

  add(n: number): void {
    if (!this.bar) return;
    this.value += n;
    // A total that was only an estimate (the keys of both files) grows rather than passing 100%.
    if (this.value > this.total) {
      this.total = this.value;
      this.bar.setTotal(this.total);
    }
    // cli-progress throttles drawing, but the update call itself is not free: every ~50 ms.
    const now = Date.now();
    if (now - this.lastDraw >= 50) {
      this.lastDraw = now;
      this.bar.update(this.value);
    }
  }

  stop(): void {
    if (!this.bar) return;
    this.bar.update(this.value);
    this.bar.stop();
    this.bar = null;
  }
}

export async function runCompare(argv: string[], io: CompareIo): Promise<number> {
  const progress = new Progress(io);
  let tmp: string | null = null;
  let partial: string | null = null;
  let fileStream: ReturnType<typeof createWriteStream> | null = null;
  const onSignal = () => {
    progress.stop();
    if (tmp) rmSync(tmp, { recursive: true, force: true });
    if (partial) rmSync(partial, { force: true });
    process.exit(130);
  };
  process.once('SIGINT', onSignal);
  try {
    const opts = parseOptions(argv);
    if (opts === 'help') {
      io.stdout.write(COMPARE_USAGE);
      return 0;
    }
    const first = { role: 'first file', path: opts.first, template: opts.template, keyColumn: opts.key };
    const second = { role: 'second file', path: opts.second, template: opts.template, keyColumn: opts.key };
    const sizes = [await inputSize(first), await inputSize(second)];
    tmp = await mkdtemp(join(opts.tmpDir, 'dualkey-compare-'));
    // The sort chunk's buffer, reused for both files: 96 MiB holds 100,000 DC01 records (~700 B
    // each as JSON); small files get a small one. A chunk that fills it early is simply shorter.
    const arenaBytes = Math.min(96 * 2 ** 20, Math.max(2 ** 20, 2 * Math.max(...sizes) + 2 ** 16));
    const sortOpts: SortOptions = { tmpDir: tmp, chunkRows: opts.chunkRows, fanIn: opts.fanIn, arena: Buffer.allocUnsafe(arenaBytes) };

    // 1. Sorted runs of each file (every input error surfaces here, before any output).
    const sorted = [];
    for (const [i, spec] of [first, second].entries()) {
      progress.start(`sorting ${i === 0 ? 'first' : 'second'}`, sizes[i]!, 'bytes');
      sorted.push(await writeRuns(spec.role, spec.path, readInput(spec, (b) => progress.add(b)), sortOpts));
      progress.stop();
    }

    // 2. Merge-join the two sorted streams into the report.
    let out: NodeJS.WritableStream = io.stdout;
    if (opts.out) {
      partial = join(dirname(opts.out), `.${basename(opts.out)}.${process.pid}.partial`);
      fileStream = createWriteStream(partial);
      await new Promise<void>((resolve, reject) => {
        fileStream!.once('open', () => resolve());
        fileStream!.once('error', (e) => reject(new CompareError(`cannot write ${opts.out}: ${e.message}`)));
      });
      out = fileStream;
    }
    const writer = new StreamWriter(out);
    const report = makeReportWriter(opts.out ? reportFormat(opts.out) : 'csv', writer, opts.key, {
      first: opts.first,
      second: opts.second,
      template: opts.template.code,
    });
    const summary: Summary = {
      template: opts.template,
      keyColumn: opts.key,
      first: { path: opts.first, records: sorted[0]!.records },
      second: { path: opts.second, records: sorted[1]!.records },
      recordsCompared: 0,
      onlyInFirst: 0,
      onlyInSecond: 0,
      recordsWithDiscrepancies: 0,
      discrepancies: 0,
      perField: new Map(opts.template.fields.map((f) => [f.key, 0])),
      perKind: new Map(),
    };
    // No bar over report rows going to the same terminal. It counts what the summary counts:
    // records by key (a pair is one record), so it ends on "Records compared" when the keys match;
    // the larger file is the least there can be.
    if (opts.out || (io.stdout as { isTTY?: boolean }).isTTY !== true) {
      progress.start('comparing', Math.max(sorted[0]!.records, sorted[1]!.records), 'records');
    }
    const a = await openSorted(sorted[0]!, sortOpts);
    let b: MergeCursor | null = null;
    try {
      b = await openSorted(sorted[1]!, sortOpts);
      await report.begin();
      await mergeJoin(opts.template, basicComparator, new Deduped(a, first), new Deduped(b, second), report, summary, progress);
      await report.end(summary);
      await writer.release();
    } finally {
      await a.close();
      await b?.close();
    }
    progress.stop();
    if (fileStream) {
      await new Promise<void>((resolve, reject) => {
        fileStream!.once('error', reject);
        fileStream!.end(() => resolve());
      });
      fileStream = null;
      await rename(partial!, opts.out!);
      partial = null;
    }
    // Say where the report went: a file (by its full path) or standard output.
    const rows = summary.discrepancies + summary.onlyInFirst + summary.onlyInSecond;
    const where = opts.out ? resolve(opts.out) : 'standard output';
    const text = `${summaryText(summary)}\nReport: ${where} (${rows.toLocaleString('en-US')} ${rows === 1 ? 'row' : 'rows'}, ${opts.out ? reportFormat(opts.out).toUpperCase() : 'CSV'})\n`;
    (opts.out ? io.stdout : io.stderr).write(text);
    return summary.discrepancies > 0 || summary.onlyInFirst > 0 || summary.onlyInSecond > 0 ? 1 : 0;
  } catch (e) {
    progress.stop();
    const msg = e instanceof CompareError ? e.message : `unexpected failure: ${e instanceof Error ? e.message : String(e)}`;
    io.stderr.write(`error: ${msg.replace(/\s*\n\s*/g, ' ')}\n`);
    return 2;
  } finally {
    process.off('SIGINT', onSignal);
    fileStream?.destroy();
    if (partial) await unlink(partial).catch(() => undefined);
    if (tmp) await rm(tmp, { recursive: true, force: true }).catch(() => undefined);
  }
}

/** A sorted stream that fails on a key seen twice, naming both lines. */
class Deduped {
  constructor(
    private readonly m: MergeCursor,
    private readonly spec: { role: string; path: string },
  ) {}

  get current(): SortedRecord | null {
    return this.m.current;
  }

  /** Moves on; throws when the next record has the same key as the one just left. */
  async advance(): Promise<void> {
    const prev = this.m.current!;
    const p = this.m.advance();
    if (p) await p;
    const cur = this.m.current;
    if (cur && cur.key === prev.key) throw duplicate(this.spec.role, this.spec.path, cur.key, prev.line, cur.line);
  }
}

async function mergeJoin(
  template: TemplateDef,
  comparator: Comparator,
  a: Deduped,
  b: Deduped,
  report: ReportWriter,
  summary: Summary,
  progress: Progress,
): Promise<void> {
  const keys = template.fields.map((f) => f.key);
  // Two objects reused for every pair (the comparator only reads them, and each pair's rows are
  // written before the next pair is loaded): building 2 x 27-property objects per pair cost more
  // than the comparison of an agreeing pair.
  const first: FieldValues = Object.fromEntries(keys.map((k) => [k, null]));
  const second: FieldValues = Object.fromEntries(keys.map((k) => [k, null]));
  const load = (o: FieldValues, row: InputRecord): FieldValues => {
    for (let i = 0; i < keys.length; i++) o[keys[i]!] = (row[FIRST_VALUE + i] as string | null | undefined) ?? null;
    return o;
  };
  const bump = (m: Map<string, number>, k: string) => m.set(k, (m.get(k) ?? 0) + 1);
  let ra = a.current;
  let rb = b.current;
  let done = 0;
  while (ra || rb) {
    if (rb === null || (ra !== null && ra.key < rb.key)) {
      summary.onlyInFirst++;
      await report.row(onlyRow(ra!.key, 'ONLY_IN_FIRST'));
      await a.advance();
      ra = a.current;
      done++;
    } else if (ra === null || rb.key < ra.key) {
      summary.onlyInSecond++;
      await report.row(onlyRow(rb.key, 'ONLY_IN_SECOND'));
      await b.advance();
      rb = b.current;
      done++;
    } else {
      summary.recordsCompared++;
      const diffs = comparator.compare(template, load(first, ra.row), load(second, rb.row));
      if (diffs.length) {
        summary.recordsWithDiscrepancies++;
        summary.discrepancies += diffs.length;
        for (const d of diffs) {
          bump(summary.perField, d.field);
          bump(summary.perKind, d.kind);
          await report.row({ key: ra.key, field: d.field, value1: d.value1, value2: d.value2, kind: d.kind, distance: d.distance });
        }
      }
      await a.advance();
      await b.advance();
      ra = a.current;
      rb = b.current;
      done++;
    }
    if (done >= 4096) {
      progress.add(done);
      done = 0;
    }
  }
  progress.add(done);
}

function onlyRow(key: string, kind: 'ONLY_IN_FIRST' | 'ONLY_IN_SECOND'): ReportRow {
  return { key, field: null, value1: null, value2: null, kind, distance: null };
}
