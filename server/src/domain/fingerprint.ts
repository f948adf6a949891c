import { hash } from 'node:crypto';

export interface KeyingEnvelope {
  batchCode: string;
  formNumber: string;
  pass: number;
  keyerCode: string;
  stationCode: string;
  startedAt: Date;
  submittedAt: Date;
  imageRef?: string | null;
}

/**
 * Fingerprint of everything that defines a keying: a retry must match it to count as the same.
 * `valuesJson` is JSON.stringify of the validated values (template order, so no sorting needed);
 * ingest makes it once and seals the same text. The hashed text is exactly
 * `JSON.stringify([batchCode, formNumber, pass, keyerCode, stationCode, startedMs, submittedMs, values, imageRef])`,
 * the form stored since the first release: retries of keyings stored before keep matching.
 */
export function keyingFingerprint(k: KeyingEnvelope, valuesJson: string): string {
  const head = JSON.stringify([k.batchCode, k.formNumber, k.pass, k.keyerCode, k.stationCode, k.startedAt.getTime(), k.submittedAt.getTime()]);
  // crypto.hash: one-shot, without a Hash object per keying.
  return hash('sha256', `${head.slice(0, -1)},${valuesJson},${JSON.stringify(k.imageRef ?? null)}]`, 'hex');
}
