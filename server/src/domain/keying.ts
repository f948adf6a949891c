import type { FieldProblem } from './errors.js';
import type { KeyingEnvelope } from './fingerprint.js';
import {
  FORM_NUMBER_REASON,
  IDEMPOTENCY_KEY_LENGTH_REASON,
  IDEMPOTENCY_KEY_REASON,
  IMAGE_REF_LENGTH_REASON,
  IMAGE_REF_REASON,
  isFormNumber,
  isIdempotencyKey,
  isImageRef,
  isKeyerCode,
  isStationCode,
  KEYER_CODE_REASON,
  MAX_IDEMPOTENCY_KEY,
  MAX_IMAGE_REF,
  STATION_CODE_REASON,
} from './codes.js';

/** A keying as submitted: the envelope its fingerprint covers, plus key, values and illegible marks. */
export interface KeyingSubmission extends KeyingEnvelope {
  idempotencyKey: string;
  values: Record<string, unknown>;
  illegibleFields?: string[] | null;
}

/** What is wrong with a keying's envelope (everything but its values); empty when nothing is. */
export function envelopeProblems(i: KeyingSubmission, now: Date): FieldProblem[] {
  const p: FieldProblem[] = [];
  if (typeof i.idempotencyKey !== 'string' || i.idempotencyKey.length < 1 || i.idempotencyKey.length > MAX_IDEMPOTENCY_KEY) {
    p.push({ field: 'idempotencyKey', reason: IDEMPOTENCY_KEY_LENGTH_REASON });
  } else if (!isIdempotencyKey(i.idempotencyKey)) {
    p.push({ field: 'idempotencyKey', reason: IDEMPOTENCY_KEY_REASON });
  }
  if (i.pass !== 1 && i.pass !== 2 && i.pass !== 3) p.push({ field: 'pass', reason: 'must be 1, 2 or 3 (3: re-key of disputed fields)' });
  if (i.keyerCode == null || i.keyerCode === '') p.push({ field: 'keyerCode', reason: 'is required (the registered code of the clerk who keyed it)' });
  else if (!isKeyerCode(i.keyerCode)) p.push({ field: 'keyerCode', reason: KEYER_CODE_REASON });
  if (!isStationCode(i.stationCode ?? '')) p.push({ field: 'stationCode', reason: STATION_CODE_REASON });
  if (!isFormNumber(i.formNumber ?? '')) p.push({ field: 'formNumber', reason: FORM_NUMBER_REASON });
  const started = i.startedAt?.getTime(), submitted = i.submittedAt?.getTime();
  if (!Number.isFinite(started)) p.push({ field: 'startedAt', reason: 'is not a valid time' });
  if (!Number.isFinite(submitted)) p.push({ field: 'submittedAt', reason: 'is not a valid time' });
  if (Number.isFinite(started) && Number.isFinite(submitted)) {
    if (started > submitted) p.push({ field: 'startedAt', reason: 'is after submittedAt' });
    // One form is keyed in minutes; a day is generous, and keeps durations within report counters.
    else if (submitted - started > 24 * 3600_000) p.push({ field: 'startedAt', reason: 'is more than 24 hours before submittedAt' });
    if (submitted < Date.UTC(2000, 0, 1)) p.push({ field: 'submittedAt', reason: 'is before the year 2000' });
    if (submitted > now.getTime() + 5 * 60_000) p.push({ field: 'submittedAt', reason: 'is in the future' });
  }
  if (i.imageRef != null && (typeof i.imageRef !== 'string' || i.imageRef.length > MAX_IMAGE_REF)) {
    p.push({ field: 'imageRef', reason: IMAGE_REF_LENGTH_REASON });
  } else if (i.imageRef != null && !isImageRef(i.imageRef)) {
    p.push({ field: 'imageRef', reason: IMAGE_REF_REASON });
  }
  if (i.values === null || typeof i.values !== 'object' || Array.isArray(i.values)) {
    p.push({ field: 'values', reason: 'must be an object of field key to value' });
  }
  return p;
}

/** Who submits keyings, as far as these rules care (services/context.ts `Actor` fits). */
export interface Submitter {
  userId: number;
  role: string;
  keyerCode: string | null;
  kind?: 'user' | 'key';
  keyId?: number;
}

/**
 * The credential behind a call, as keyings record it: a person's account or an API key. Two
 * passes of one form must come from two credentials, whatever keyer codes they name.
 */
export function credentialOf(actor: Submitter | null): string {
  if (!actor) return 'system';
  return actor.kind === 'key' ? `key:${actor.keyId}` : `user:${actor.userId}`;
}

/**
 * A clerk signed in keys as themselves: the keyer code comes from the sign-in, never the payload.
 * Anyone else (a station, an API key) imports keyings made elsewhere, under registered codes.
 */
export function signedInClerk<A extends Submitter>(actor: A | null): A | null {
  return actor && actor.kind !== 'key' && actor.role === 'KEYER' ? actor : null;
}

/** A clerk's keyings without a keyer code carry the clerk's own. */
export function withClerkCode<K extends KeyingSubmission>(inputs: K[], clerk: Submitter): K[] {
  return inputs.map((i) => (i.keyerCode == null || i.keyerCode === '' ? { ...i, keyerCode: clerk.keyerCode ?? '' } : i));
}
