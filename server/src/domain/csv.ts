/**
 * Spreadsheets run a cell starting with = + - @ (and, in some, tab or CR) as a formula, which can
 * fetch URLs or run commands (CSV injection): such text is prefixed with ' so it shows as text.
 * Every CSV we write for people to open goes through this one guard.
 */
import { stringify } from 'csv-stringify/sync';

export const CSV_FORMULA_GUARD = "cells starting with = + - @ tab or CR are prefixed with '";

const FORMULA_START = /^[=+\-@\t\r]/;

export const defuseFormula = (s: string): string => (FORMULA_START.test(s) ? `'${s}` : s);

export interface CsvOptions {
  /** Defuse formulas in text cells (numbers are never prefixed: -0.5 stays a number). */
  guard: boolean;
  /** Record separator: CRLF as RFC 4180 says, or LF (the handover's records.csv). */
  eol: '\r\n' | '\n';
}

/**
 * The server's one CSV writer: csv-stringify (RFC 4180 quoting), with text through the formula
 * guard. Dates as ISO 8601, booleans as true/false, null and non-finite numbers as empty cells.
 */
export function csvText(records: unknown[][], opts: CsvOptions): string {
  return stringify(records, {
    record_delimiter: opts.eol,
    // Quote a field holding CR or LF whichever separator is used (csv-stringify stops when one is given).
    quote_record_delimiter: true,
    cast: {
      string: opts.guard ? defuseFormula : (s) => s,
      number: (v) => (Number.isFinite(v) ? String(v) : ''),
      boolean: (v) => String(v),
      date: (v) => v.toISOString(),
    },
  });
}
