import type { Exporter } from 'react-admin';

/**
 * The dashboard's one CSV writer: every file it offers (list exports, verified records, report
 * downloads, one-time passwords) is written by toCsv and saved by downloadCsv.
 */

/**
 * Spreadsheets run a cell starting with = + - @ (and, in some, tab or CR) as a formula, which can
 * fetch URLs or run commands (CSV injection): such text gets a leading ' so it shows as text.
 * A copy of server/src/domain/csv.ts `defuseFormula` (the dashboard bundle does not import server
 * code); like the server, numbers are written as they are, so -5 stays a number.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

export const defuseFormula = (s: string): string => (FORMULA_START.test(s) ? `'${s}` : s);

export interface CsvColumn<T = any> {
  header: string;
  value: (row: T) => unknown;
}

const cell = (v: unknown) => {
  const s = v == null ? '' : typeof v === 'number' ? String(v) : defuseFormula(String(v));
  return /[",\r\n;]/.test(s) || /^\s|\s$/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

export function toCsv(header: string[], rows: unknown[][]): string {
  return [header, ...rows].map((r) => r.map(cell).join(',')).join('\r\n');
}

/**
 * Saves CSV text as `<filename>.csv` through a Blob whose URL is revoked at once after the click
 * (exports can hold one-time passwords). The byte-order mark makes Excel read UTF-8, so Vietnamese
 * diacritics survive; text that has one already (the server's reports) keeps just that one.
 */
export function downloadCsv(text: string, filename: string) {
  const blob = new Blob([text.startsWith('\uFEFF') ? text : '\uFEFF' + text], { type: 'text/csv;charset=utf-8' });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = `${filename}.csv`;
  a.style.display = 'none';
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** An exporter with explicit columns; nested API fields become flat columns. */
export function csvExporter<T>(filename: string, columns: CsvColumn<T>[]): Exporter {
  return (rows) => downloadCsv(toCsv(columns.map((c) => c.header), (rows as T[]).map((r) => columns.map((c) => c.value(r)))), filename);
}

/** Columns read straight from properties: `cols('id', 'code', ['batch', (r) => r.batch.code])`. */
export function cols<T = any>(...specs: (string | [string, (row: T) => unknown])[]): CsvColumn<T>[] {
  return specs.map((s) => (typeof s === 'string' ? { header: s, value: (r: any) => r[s] } : { header: s[0], value: s[1] }));
}
