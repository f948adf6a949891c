/**
 * Checks of a reviewer's own choices, beside those of the final record (record-checks.ts): they
 * need the keyings, which the record does not keep. Shown as warnings before submitting; submitting
 * over one needs a reason, like a failed record check.
 */
import type { CheckFinding } from './record-checks.js';
import { isSyllable } from './syllables-grammar.js';
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

const wordsOf = (v: string) => v.normalize('NFC').toLowerCase().match(/[\p{L}\p{M}]+/gu) ?? [];

/**
 * A word of the final value that is no Kinh syllable where a clerk read one (Thùu for Thu, Nguễyn
 * for Nguyễn): a slip taken or typed by the reviewer. The record's own text check lets such words
 * pass, since minority and foreign names are written that way too; here a keying of the same form
 * says a Vietnamese syllable stood there. Words are compared by position, values of as many words.
 */
export function syllableAgainstKeyings(field: string, final: string | null, keyed: (string | null | undefined)[]): CheckFinding[] {
  if (!read(final)) return [];
  const mine = wordsOf(final!);
  const others = keyed.filter(read).map((v) => wordsOf(v!)).filter((w) => w.length === mine.length);
  const out: CheckFinding[] = [];
  mine.forEach((w, i) => {
    if (isSyllable(w) || !others.some((o) => o[i] !== w && isSyllable(o[i]!))) return;
    out.push({ kind: 'SPELLING', check: 'review.syllable', field, message: `${field}: word ${i + 1} is not a Vietnamese syllable, where a clerk read one` });
  });
  return out;
}

/** The reviewer-choice findings not already said by the record's own checks (one spelling warning per field is enough). */
export function withChoiceFindings(record: CheckFinding[], choice: CheckFinding[]): CheckFinding[] {
  return [...record, ...choice.filter((c) => !(c.kind === 'SPELLING' && record.some((r) => r.kind === 'SPELLING' && r.field === c.field)))];
}
