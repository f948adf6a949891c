import type { FieldProblem } from '../../domain/errors.js';
import type { KeyingSubmission } from '../../domain/keying.js';
import type { FormStatus } from '../../domain/state-machine.js';
import type { KeyingOutcome, OutcomeStatus } from './types.js';

export function rejected(index: number, input: KeyingSubmission, code: string, message: string, problems: FieldProblem[] = []): KeyingOutcome {
  // Messages quote the offending value (a 10,000-character batch code): bounded, like formatError's.
  if (message.length > 500) message = `${message.slice(0, 500)}…`;
  return { index, idempotencyKey: input.idempotencyKey, status: 'REJECTED', keyingId: null, formId: null, formStatus: null, code, message, problems };
}

export function stored(index: number, idempotencyKey: string, status: Exclude<OutcomeStatus, 'REJECTED'>, keyingId: number | null, formId: number, formStatus: FormStatus | null): KeyingOutcome {
  return { index, idempotencyKey, status, keyingId, formId, formStatus, code: null, message: null, problems: [] };
}

export const keyReused = (index: number, input: KeyingSubmission): KeyingOutcome =>
  rejected(index, input, 'CONFLICT', `idempotency key "${input.idempotencyKey}" was already used for a different keying`, [{ field: 'idempotencyKey', reason: 'reused with different content' }]);

export const sameCredential = (index: number, input: KeyingSubmission, other: number): KeyingOutcome =>
  rejected(index, input, 'SAME_CREDENTIAL', `pass ${input.pass} of form ${input.formNumber} must come from another sign-in or key than pass ${other}: one credential may not supply two passes of a form`, [
    { field: 'pass', reason: `pass ${other} of this form was submitted with the same credential` },
  ]);
