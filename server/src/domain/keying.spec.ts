import { describe, expect, it } from 'vitest';
import { credentialOf, envelopeProblems, signedInClerk, withClerkCode, type KeyingSubmission } from './keying.js';

const now = new Date('2026-11-02T09:00:00Z');
const k = (over: Partial<KeyingSubmission> = {}): KeyingSubmission => ({
  idempotencyKey: 'B1/F1/1',
  batchCode: 'B1',
  formNumber: '000001',
  pass: 1,
  keyerCode: 'KT1',
  stationCode: 'ST/01',
  startedAt: new Date('2026-11-02T08:00:00Z'),
  submittedAt: new Date('2026-11-02T08:03:00Z'),
  values: {},
  ...over,
});
const fields = (over: Partial<KeyingSubmission>) => envelopeProblems(k(over), now).map((p) => p.field);

describe('envelopeProblems', () => {
  it('passes a plain keying', () => expect(envelopeProblems(k(), now)).toEqual([]));

  it('names each bad field', () => {
    expect(fields({ idempotencyKey: 'a b' })).toEqual(['idempotencyKey']);
    expect(fields({ pass: 4 })).toEqual(['pass']);
    expect(fields({ keyerCode: '' })).toEqual(['keyerCode']);
    expect(fields({ stationCode: 'a b' })).toEqual(['stationCode']);
    expect(fields({ formNumber: 'a/b' })).toEqual(['formNumber']);
    expect(fields({ imageRef: '<img>' })).toEqual(['imageRef']);
    expect(fields({ values: [] as unknown as Record<string, unknown> })).toEqual(['values']);
  });

  it('bounds the keying times', () => {
    expect(fields({ startedAt: new Date('2026-11-02T08:04:00Z') })).toEqual(['startedAt']);
    expect(fields({ startedAt: new Date('2026-10-31T08:00:00Z') })).toEqual(['startedAt']);
    expect(fields({ submittedAt: new Date('2026-11-02T10:00:00Z') })).toEqual(['submittedAt']);
    expect(fields({ startedAt: new Date(NaN) })).toEqual(['startedAt']);
  });
});

describe('credentials and clerks', () => {
  const clerk = { userId: 7, role: 'KEYER', keyerCode: 'KT7' };
  it('names a credential per account or key', () => {
    expect(credentialOf(null)).toBe('system');
    expect(credentialOf(clerk)).toBe('user:7');
    expect(credentialOf({ ...clerk, kind: 'key', keyId: 3 })).toBe('key:3');
  });

  it('a signed-in clerk keys under their own code; keys and stations do not', () => {
    expect(signedInClerk(clerk)).toBe(clerk);
    expect(signedInClerk({ ...clerk, kind: 'key' })).toBeNull();
    expect(signedInClerk({ ...clerk, role: 'STATION' })).toBeNull();
    expect(withClerkCode([k({ keyerCode: '' }), k({ keyerCode: 'X' })], clerk).map((x) => x.keyerCode)).toEqual(['KT7', 'X']);
  });
});
