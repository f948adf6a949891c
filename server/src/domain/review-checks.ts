/**
 * Checks of a reviewer's own choices, beside those of the final record (record-checks.ts): they
 * need the keyings, which the record does not keep. Shown as warnings before submitting; submitting
 * over one needs a reason, like a failed record check.
 */
import type { CheckFinding } from './record-checks.js';
import { ILLEGIBLE } from './values.js';

const read = (v: string | null | undefined) => v != null && v !== ILLEGIBLE && v.trim() !== '';

/**
 * A field marked illegible although every clerk read a value from the scan (two who disagree
 * still both read something): more often a slip of the I key than an unreadable field.
 */
export function illegibleOverReadable(field: string, final: string | null, keyed: (string | null | undefined)[]): CheckFinding | null {
  if (final !== ILLEGIBLE || keyed.length < 2 || !keyed.every(read)) return null;
  return { kind: 'RULE', check: 'review.illegibleReadable', field, message: `${field}: marked illegible although both clerks read a value` };
}
