/** Coded domain errors. The GraphQL layer maps `code` to `extensions.code` in one place. */
export type ErrorCode =
  | 'BAD_USER_INPUT'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'INVALID_TRANSITION'
  | 'LEASE_EXPIRED'
  | 'NOT_LEASE_HOLDER'
  | 'ALREADY_RESOLVED'
  | 'OWN_KEYING'
  | 'SAME_KEYER'
  | 'SAME_CREDENTIAL'
  | 'UNKNOWN_KEYER'
  | 'KEYER_MISMATCH'
  | 'OUT_OF_TEAM'
  | 'TOO_MANY_ITEMS'
  | 'TOO_MANY_REQUESTS'
  /** changePassword: the current password given is wrong (not UNAUTHENTICATED: the session itself is valid). */
  | 'WRONG_PASSWORD'
  /** A session opened with a one-time password may only change it. */
  | 'PASSWORD_CHANGE_REQUIRED'
  /** The right one-time password, past its lifetime (ONE_TIME_PASSWORD_TTL_HOURS): an admin resets it. */
  | 'ONE_TIME_PASSWORD_EXPIRED'
  /** The batch was handed over: its forms and tasks are locked until an admin reopens it. */
  | 'BATCH_HANDED_OVER'
  /** A reviewer's final record fails a check; submitting anyway needs a reason (`overrideReason`). */
  | 'CHECKS_FAILED';

export interface FieldProblem {
  field: string;
  reason: string;
}

export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

export class ValidationError extends DomainError {
  constructor(
    message: string,
    readonly problems: FieldProblem[],
  ) {
    super('BAD_USER_INPUT', message, { problems });
    this.name = 'ValidationError';
  }
}

/** The final values fail checks and no reason to override them was given; nothing was stored. */
export class ChecksFailedError extends DomainError {
  constructor(readonly problems: FieldProblem[]) {
    super('CHECKS_FAILED', `the final values fail ${problems.length === 1 ? 'a check' : `${problems.length} checks`}: ${problems.map((p) => p.reason).join('; ')}; correct them or give overrideReason`, { problems });
    this.name = 'ChecksFailedError';
  }
}
