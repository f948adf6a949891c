/**
 * Every check of one form's values that does not need the two keyings: the template's cross-field
 * rules, plausible Vietnamese text and official place names. The same function judges the agreed
 * values at ingest and the final record after a reviewer, a third clerk or a spot check set it, so
 * a value is never verified by a path that skipped a check. Household checks need other forms and
 * live in household.ts.
 */
import type { CheckKind } from './compare.js';
import { checkRules, ruleFields } from './rules.js';
import type { TemplateDef } from './template.js';
import type { FieldValues } from './values.js';

export interface CheckFinding {
  kind: CheckKind;
  /** Stable id of the check, e.g. `citizenId.structure`. */
  check: string;
  field: string;
  /** Names the field and the check, never the value (stored unsealed, shown to masked viewers). */
  message: string;
}

export interface RecordCheckOptions {
  now?: Date;
  /** Which fields may be judged: at ingest only those both keyings agreed on. Default: all. */
  judged?: (field: string) => boolean;
}

export function checkRecord(template: TemplateDef, values: FieldValues, opts: RecordCheckOptions = {}): CheckFinding[] {
  const judged = opts.judged ?? (() => true);
  const rules = (template.rules ?? []).filter((r) => ruleFields(r, template).every(judged));
  const out: CheckFinding[] = [];
  for (const v of checkRules({ ...template, rules }, values, opts.now)) {
    out.push({ kind: 'RULE', check: v.rule, field: v.field, message: v.message });
  }
  return out;
}

/** One entry per field: the first finding's kind, every message joined (one discrepancy per field). */
export function findingsByField(findings: readonly CheckFinding[]): Map<string, { kind: CheckKind; note: string; checks: string[] }> {
  const out = new Map<string, { kind: CheckKind; note: string; checks: string[] }>();
  for (const f of findings) {
    const prev = out.get(f.field);
    if (!prev) out.set(f.field, { kind: f.kind, note: f.message, checks: [f.check] });
    else {
      if (!prev.note.split('; ').includes(f.message)) prev.note += `; ${f.message}`;
      if (!prev.checks.includes(f.check)) prev.checks.push(f.check);
    }
  }
  return out;
}
