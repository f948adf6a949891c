import { downloadCSV, type Exporter } from 'react-admin';

export interface CsvColumn<T = any> {
  header: string;
  value: (row: T) => unknown;
}

const cell = (v: unknown) => {
  const s = v == null ? '' : String(v);
  return /[",\r\n;]/.test(s) || /^\s|\s$/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

export function toCsv(header: string[], rows: unknown[][]): string {
  // The byte-order mark makes Excel read UTF-8, so Vietnamese diacritics survive.
  return '\uFEFF' + [header, ...rows].map((r) => r.map(cell).join(',')).join('\r\n');
}

/** An exporter with explicit columns, UTF-8 with BOM; nested API fields become flat columns. */
export function csvExporter<T>(filename: string, columns: CsvColumn<T>[]): Exporter {
  return (rows) => downloadCSV(toCsv(columns.map((c) => c.header), (rows as T[]).map((r) => columns.map((c) => c.value(r)))), filename);
}

/** Columns read straight from properties: `cols('id', 'code', ['batch', (r) => r.batch.code])`. */
export function cols<T = any>(...specs: (string | [string, (row: T) => unknown])[]): CsvColumn<T>[] {
  return specs.map((s) => (typeof s === 'string' ? { header: s, value: (r: any) => r[s] } : { header: s[0], value: s[1] }));
}
