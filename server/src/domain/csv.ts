/**
 * Spreadsheets run a cell starting with = + - @ (and, in some, tab or CR) as a formula, which can
 * fetch URLs or run commands (CSV injection): such text is prefixed with ' so it shows as text.
 * Every CSV we write for people to open goes through this one guard.
 */
export const CSV_FORMULA_GUARD = "cells starting with = + - @ tab or CR are prefixed with '";

const FORMULA_START = /^[=+\-@\t\r]/;

export const defuseFormula = (s: string): string => (FORMULA_START.test(s) ? `'${s}` : s);
