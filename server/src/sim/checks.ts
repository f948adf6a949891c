/**
 * Strict per-field validity as the simulator understands it. The keying-error simulator
 * uses these to never emit a value the keying station would have refused (field masks,
 * required fields, code lists), and the specs use them to check generated data.
 */
import type { FieldDef } from '../domain/template.js';
import { PROVINCE_CODES } from './provinces.js';

/** Latest plausible year of birth (the simulated campaign runs in 2025). */
export const MAX_BIRTH_YEAR = 2024;
export const MIN_BIRTH_YEAR = 1900;

export function daysInMonth(month: number, year: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

const FULL_DATE = /^(\d{2})\/(\d{2})\/(\d{4})$/;
const MONTH_YEAR = /^(\d{2})\/(\d{4})$/;
const YEAR_ONLY = /^(\d{4})$/;

/** `dd/mm/yyyy`, `mm/yyyy` or `yyyy`, a real calendar date, year within the birth range. */
export function isValidDate(s: string): boolean {
  let m = FULL_DATE.exec(s);
  if (m) {
    const day = Number(m[1]), month = Number(m[2]), year = Number(m[3]);
    return yearOk(year) && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(month, year);
  }
  m = MONTH_YEAR.exec(s);
  if (m) {
    const month = Number(m[1]);
    return yearOk(Number(m[2])) && month >= 1 && month <= 12;
  }
  m = YEAR_ONLY.exec(s);
  return m !== null && yearOk(Number(m[1]));
}

function yearOk(y: number): boolean {
  return y >= MIN_BIRTH_YEAR && y <= MAX_BIRTH_YEAR;
}

/** Birth year of a citizen ID from its century digit (4th) and year digits (5th-6th). */
export function citizenIdBirthYear(id: string): number {
  return 1900 + 100 * Math.floor(Number(id[3]) / 2) + Number(id.slice(4, 6));
}

/** 12 digits, a real province prefix, and a century/sex digit giving a birth year in range. */
export function isValidCitizenId(s: string): boolean {
  if (!/^\d{12}$/.test(s)) return false;
  if (!PROVINCE_CODES.has(s.slice(0, 3))) return false;
  const c = Number(s[3]);
  if (c > 3) return false;
  const y = citizenIdBirthYear(s);
  return y >= MIN_BIRTH_YEAR && y <= MAX_BIRTH_YEAR;
}

export function isValidOldId(s: string): boolean {
  return /^\d{9}$/.test(s);
}

/** Vietnamese mobile numbers: 10 digits, 03/05/07/08/09. */
export function isValidPhone(s: string): boolean {
  return /^0[35789]\d{8}$/.test(s);
}

/** Title-case words of letters (marks allowed, so NFD input passes too). */
const NAME_RE = /^\p{Lu}[\p{Ll}\p{M}]*(?: \p{Lu}[\p{Ll}\p{M}]*)*$/u;
const PLACE_RE = /^[\p{L}\p{M}\p{N}][\p{L}\p{M}\p{N} ,./'-]*$/u;

export function isValidFieldValue(field: FieldDef, value: string | null): boolean {
  if (value === null) return !field.required;
  if (value.length === 0) return false;
  if (field.maxLength !== undefined && value.length > field.maxLength) return false;
  switch (field.type) {
    case 'PERSON_NAME':
      return NAME_RE.test(value);
    case 'PLACE':
    case 'ADDRESS':
    case 'TEXT':
      return PLACE_RE.test(value) && value === value.trim() && !value.includes('  ');
    case 'DATE':
      return isValidDate(value);
    case 'CODE':
      return field.allowed === undefined || field.allowed.includes(value);
    case 'CITIZEN_ID':
      return isValidCitizenId(value);
    case 'OLD_ID':
      return isValidOldId(value);
    case 'PHONE':
      return isValidPhone(value);
  }
}
