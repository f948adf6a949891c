/**
 * How a failed check on a final record is handled by the paths that set final values (review,
 * spot check): refused with the findings, or accepted with a person's reason, which is audited.
 */
import { ValidationError, type FieldProblem } from '../domain/errors.js';
import type { CheckFinding } from '../domain/record-checks.js';
import type { Vault } from './vault.js';

const MAX_REASON = 500;

/** A reason to accept values that fail checks: trimmed, non-empty, bounded. */
export function overrideReasonOf(raw: string | null | undefined): string | null {
  if (raw == null) return null;
  const reason = raw.normalize('NFC').trim();
  if (!reason) throw new ValidationError('overrideReason must not be empty: leave it out, or say why the values are right', [{ field: 'overrideReason', reason: 'is empty' }]);
  if (reason.length > MAX_REASON) throw new ValidationError(`overrideReason is longer than ${MAX_REASON} characters`, [{ field: 'overrideReason', reason: `is longer than ${MAX_REASON} characters` }]);
  return reason;
}

export function findingProblems(findings: readonly CheckFinding[]): FieldProblem[] {
  return findings.map((f) => ({ field: `values.${f.field}`, reason: f.message }));
}

/**
 * The audit's record of an override: which checks were overridden in clear (they name fields,
 * never values), the reason sealed (a reviewer may quote the value in it).
 */
export function overrideAudit(vault: Vault, taskId: number, findings: readonly CheckFinding[], reason: string | null): Record<string, unknown> {
  if (!findings.length || !reason) return {};
  return { overridden: findings.map((f) => ({ field: f.field, check: f.check, kind: f.kind })), sealedReason: vault.sealJson(`audit:task:${taskId}:override`, reason) };
}
