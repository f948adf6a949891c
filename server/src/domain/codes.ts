/**
 * The shape of every code and identifier callers send, each with the reason a refusal gives: one
 * home, so ingest, the account rules, createBatch, teams and scan paths agree. No imports, so any
 * bundle (the dashboard too) can take it as it is.
 */

/**
 * Batch codes name folders (DATA_DIR/exports/<code>/) and appear in file names and CSV cells, so
 * they are plain words: 1 to 50 letters, digits, '-', '_' or '.', starting with a letter or digit
 * and not ending with '.'. So never '.', '..', a path separator or a hidden file name; and no
 * trailing dot, which Windows drops (A. and A would be one folder there).
 */
const BATCH_CODE_RE = /^[\p{L}\p{N}](?:[\p{L}\p{N}._-]{0,48}[\p{L}\p{N}_-])?$/u;
export const BATCH_CODE_RULE = "1 to 50 letters, digits, '-', '_' or '.', starting with a letter or digit and not ending with '.'";
export const isBatchCode = (s: string): boolean => BATCH_CODE_RE.test(s);

/** One file name in a folder we own (scans): no separator, no hidden or dots-only name. */
const FILE_NAME_RE = /^(?!\.)[\p{L}\p{N}._-]{1,50}$/u;
export const isFileName = (s: string): boolean => FILE_NAME_RE.test(s);

/** A form number names its scan (/scans/<batch>/<form>.svg), so it is a file name. */
export const isFormNumber = isFileName;
export const FORM_NUMBER_REASON = 'must be 1 to 50 letters, digits, dots, dashes or underscores, not starting with a dot';

/** Keyer codes, as accounts register them and keyings carry them. */
export const KEYER_CODE_RE = /^[\p{L}\p{N}._\-/]{1,50}$/u;
export const KEYER_CODE_REASON = 'must be 1 to 50 letters, digits, dots, dashes, slashes or underscores';
export const isKeyerCode = (s: string): boolean => KEYER_CODE_RE.test(s);

/** Station codes: the keyer codes' shape (stations are named like their clerks). */
export const isStationCode = isKeyerCode;
export const STATION_CODE_REASON = KEYER_CODE_REASON;

const TEAM_CODE_RE = /^[\p{L}\p{N}._-]{1,50}$/u;
export const TEAM_CODE_REASON = 'must be 1 to 50 letters, digits, dots, dashes or underscores';
export const isTeamCode = (s: string): boolean => TEAM_CODE_RE.test(s);

/** Opaque client tokens (UUIDs, "batch/form/pass" paths): no spaces, quotes, markup or template syntax. */
const IDEMPOTENCY_KEY_RE = /^[\p{L}\p{N}._:/#@+-]+$/u;
export const MAX_IDEMPOTENCY_KEY = 200;
export const IDEMPOTENCY_KEY_LENGTH_REASON = `must be 1 to ${MAX_IDEMPOTENCY_KEY} characters`;
export const IDEMPOTENCY_KEY_REASON = 'may contain only letters, digits and . _ : / # @ + -';
export const isIdempotencyKey = (s: string): boolean => s.length >= 1 && s.length <= MAX_IDEMPOTENCY_KEY && IDEMPOTENCY_KEY_RE.test(s);

/** A path or URL of the scan. */
const IMAGE_REF_RE = /^[\p{L}\p{N}._:/#?&=%~+@-]+$/u;
export const MAX_IMAGE_REF = 1000;
export const IMAGE_REF_LENGTH_REASON = `must be at most ${MAX_IMAGE_REF} characters`;
export const IMAGE_REF_REASON = 'must be a path or URL (letters, digits and . _ : / # ? & = % ~ + @ -)';
export const isImageRef = (s: string): boolean => s.length <= MAX_IMAGE_REF && IMAGE_REF_RE.test(s);
