import { extname } from 'node:path';
import type { DiscrepancyKind } from '../../domain/compare.js';
import type { TemplateDef } from '../../domain/template.js';
import { CompareError } from './errors.js';

/** Kinds of output rows: the comparator's discrepancy kinds plus a record missing from one file. */
export type ReportKind = DiscrepancyKind | 'ONLY_IN_FIRST' | 'ONLY_IN_SECOND';

export interface ReportRow {
  key: string;
  /** null for a record present in one file only. */
  field: string | null;
  value1: string | null;
  value2: string | null;
  kind: ReportKind;
  /** Edit distance of the compared values; null for a record present in one file only. */
  distance: number | null;
}

export type ReportFormat = 'csv' | 'json' | 'ndjson';

export function reportFormat(path: string): ReportFormat {
  const ext = extname(path).toLowerCase();
  if (ext === '.csv') return 'csv';
  if (ext === '.json') return 'json';
  if (ext === '.ndjson' || ext === '.jsonl') return 'ndjson';
  throw new CompareError(`--out ${path}: unknown report format "${ext || '(no extension)'}"; use a .csv, .json or .ndjson file name`);
}

/**
 * Buffered writes to a stream that respect back-pressure (a million discrepancy rows must not
 * pile up in memory when the reader is slow). A stream error (EPIPE…) fails the next write.
 */
export class StreamWriter {
  private buf = '';
  private failed: Error | null = null;
  private readonly onError = (e: Error) => {
    this.failed = e;
  };

  constructor(private readonly stream: NodeJS.WritableStream) {
    stream.on('error', this.onError);
  }

  async write(s: string): Promise<void> {
    this.buf += s;
    if (this.buf.length >= 64 * 1024) await this.flush();
  }

  async flush(): Promise<void> {
    if (this.failed) throw new CompareError(`cannot write the report: ${this.failed.message}`);
    if (!this.buf) return;
    const chunk = this.buf;
    this.buf = '';
    if (!this.stream.write(chunk)) {
      await new Promise<void>((resolve) => {
        const done = () => {
          this.stream.off('drain', done);
          this.stream.off('error', done);
          this.stream.off('close', done);
          resolve();
        };
        this.stream.on('drain', done);
        this.stream.on('error', done);
        this.stream.on('close', done);
      });
      const failed = this.failed as Error | null; // set by the error listener meanwhile
      if (failed) throw new CompareError(`cannot write the report: ${failed.message}`);
    }
  }

  /** Flushes and stops listening for errors (the stream itself stays open). */
  async release(): Promise<void> {
    try {
      await this.flush();
    } finally {
      this.stream.off('error', this.onError);
    }
  }
}

export interface ReportWriter {
  begin(): Promise<void>;
  row(r: ReportRow): Promise<void>;
  end(summary: Summary): Promise<void>;
}

/** RFC 4180 field: quoted when it contains a comma, quote, CR or LF. */
export function csvField(v: string): string {
  return /[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}

export function makeReportWriter(format: ReportFormat, w: StreamWriter, keyColumn: string, meta: ReportMeta): ReportWriter {
  switch (format) {
    case 'csv':
      return {
        begin: () => w.write(`${csvField(keyColumn)},field,value1,value2,kind,distance\n`),
        row: (r) =>
          w.write(
            `${csvField(r.key)},${r.field ?? ''},${r.value1 === null ? '' : csvField(r.value1)},${r.value2 === null ? '' : csvField(r.value2)},${r.kind},${r.distance ?? ''}\n`,
          ),
        end: () => Promise.resolve(),
      };
    case 'ndjson':
      return {
        begin: () => Promise.resolve(),
        row: (r) => w.write(jsonRow(keyColumn, r) + '\n'),
        end: () => Promise.resolve(),
      };
    case 'json': {
      let first = true;
      return {
        begin: () =>
          w.write(`{"first":${JSON.stringify(meta.first)},"second":${JSON.stringify(meta.second)},"key":${JSON.stringify(keyColumn)},"template":${JSON.stringify(meta.template)},"discrepancies":[`),
        row: (r) => {
          const s = (first ? '\n' : ',\n') + jsonRow(keyColumn, r);
          first = false;
          return w.write(s);
        },
        end: (summary) => w.write(`${first ? '' : '\n'}],\n"summary":${JSON.stringify(summaryJson(summary))}}\n`),
      };
    }
  }
}

function jsonRow(keyColumn: string, r: ReportRow): string {
  return JSON.stringify({ [keyColumn]: r.key, field: r.field, value1: r.value1, value2: r.value2, kind: r.kind, distance: r.distance });
}

export interface ReportMeta {
  first: string;
  second: string;
  template: string;
}

export interface Summary {
  template: TemplateDef;
  keyColumn: string;
  first: { path: string; records: number };
  second: { path: string; records: number };
  recordsCompared: number;
  onlyInFirst: number;
  onlyInSecond: number;
  recordsWithDiscrepancies: number;
  discrepancies: number;
  /** Per template field (template order). */
  perField: Map<string, number>;
  perKind: Map<string, number>;
}

export function fieldsCompared(s: Summary): number {
  return s.recordsCompared * s.template.fields.length;
}

const pct = (n: number, d: number) => (d > 0 ? (100 * n) / d : 0);
const round2 = (x: number) => Math.round(x * 100) / 100;

export function summaryJson(s: Summary) {
  return {
    template: s.template.code,
    templateVersion: s.template.version,
    recordsFirst: s.first.records,
    recordsSecond: s.second.records,
    recordsCompared: s.recordsCompared,
    onlyInFirst: s.onlyInFirst,
    onlyInSecond: s.onlyInSecond,
    recordsWithDiscrepancies: s.recordsWithDiscrepancies,
    fieldsCompared: fieldsCompared(s),
    discrepancies: s.discrepancies,
    perField: Object.fromEntries(
      [...s.perField].filter(([, n]) => n > 0).map(([k, n]) => [k, { count: n, percentOfRecords: round2(pct(n, s.recordsCompared)) }]),
    ),
    perKind: Object.fromEntries([...s.perKind].filter(([, n]) => n > 0)),
  };
}

/** The human summary, in the spirit of EpiData's "Validate Double Entry" report. */
export function summaryText(s: Summary): string {
  const n = (x: number) => x.toLocaleString('en-US');
  const p = (x: number, d: number) => `${pct(x, d).toFixed(2)}%`;
  const fc = fieldsCompared(s);
  const rows: [string, string, string?][] = [
    ['Records in first file', n(s.first.records)],
    ['Records in second file', n(s.second.records)],
    ['Records compared (key in both)', n(s.recordsCompared)],
    ['Records only in first file', n(s.onlyInFirst)],
    ['Records only in second file', n(s.onlyInSecond)],
    ['Records with discrepancies', n(s.recordsWithDiscrepancies), `${p(s.recordsWithDiscrepancies, s.recordsCompared)} of records compared`],
    ['Fields compared', n(fc), `${s.template.fields.length} per record`],
    ['Discrepancies', n(s.discrepancies), `${p(s.discrepancies, fc)} of fields compared`],
  ];
  const lw = Math.max(...rows.map((r) => r[0].length));
  const vw = Math.max(...rows.map((r) => r[1].length));
  const out: string[] = [];
  out.push(`Double-entry comparison (template ${s.template.code} v${s.template.version}, key ${s.keyColumn})`);
  out.push(`  first:  ${s.first.path}`);
  out.push(`  second: ${s.second.path}`);
  out.push('');
  for (const [label, value, note] of rows) out.push(`${label.padEnd(lw)}  ${value.padStart(vw)}${note ? `  (${note})` : ''}`);
  const fields = [...s.perField].filter(([, c]) => c > 0);
  if (fields.length) {
    out.push('');
    const fw = Math.max('Discrepancies per field'.length, ...fields.map(([k]) => k.length + 2));
    const cw = Math.max(5, ...fields.map(([, c]) => n(c).length));
    out.push(`${'Discrepancies per field'.padEnd(fw)}  ${'count'.padStart(cw)}  % of records compared`);
    for (const [k, c] of fields) out.push(`${('  ' + k).padEnd(fw)}  ${n(c).padStart(cw)}  ${p(c, s.recordsCompared).padStart(7)}`);
    const kinds = [...s.perKind].filter(([, c]) => c > 0);
    out.push('');
    out.push('Discrepancies per kind');
    const kw = Math.max(...kinds.map(([k]) => k.length + 2));
    for (const [k, c] of kinds) out.push(`${('  ' + k).padEnd(kw)}  ${n(c).padStart(cw)}`);
  }
  return out.join('\n') + '\n';
}
