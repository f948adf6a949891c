import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { keyingFingerprint, type KeyingEnvelope } from './fingerprint.js';

/** The formula of earlier releases, whose fingerprints are stored. */
const stored = (k: KeyingEnvelope, values: Record<string, string | null>) =>
  createHash('sha256')
    .update(JSON.stringify([k.batchCode, k.formNumber, k.pass, k.keyerCode, k.stationCode, k.startedAt.getTime(), k.submittedAt.getTime(), values, k.imageRef ?? null]))
    .digest('hex');

describe('keyingFingerprint', () => {
  const k: KeyingEnvelope = { batchCode: '01-HK-0001', formNumber: '000001', pass: 1, keyerCode: 'K"01\\', stationCode: 'ST-1', startedAt: new Date('2025-03-03T01:00:00Z'), submittedAt: new Date('2025-03-03T01:07:30.5Z') };
  const values = { fullName: 'Nguyễn Văn "An"', dateOfBirth: '05/03/1990', otherName: null, currentAddress: 'Số 1\nngõ 2' };

  it('hashes the same text as the fingerprints already stored', () => {
    expect(keyingFingerprint(k, JSON.stringify(values))).toBe(stored(k, values));
    expect(keyingFingerprint({ ...k, imageRef: 'scans/01/000001.png' }, JSON.stringify(values))).toBe(stored({ ...k, imageRef: 'scans/01/000001.png' }, values));
    expect(keyingFingerprint(k, '{}')).toBe(stored(k, {}));
  });

  it('changes with any part of the keying', () => {
    const base = keyingFingerprint(k, JSON.stringify(values));
    expect(keyingFingerprint({ ...k, pass: 2 }, JSON.stringify(values))).not.toBe(base);
    expect(keyingFingerprint({ ...k, submittedAt: new Date(k.submittedAt.getTime() + 1) }, JSON.stringify(values))).not.toBe(base);
    expect(keyingFingerprint(k, JSON.stringify({ ...values, otherName: 'Tý' }))).not.toBe(base);
    expect(keyingFingerprint({ ...k, imageRef: 'x' }, JSON.stringify(values))).not.toBe(base);
  });
});
