import { describe, expect, it } from 'vitest';
import { OUTCOMES } from '../domain/attribution.js';
import { passesToCharge } from './error-charging.js';

describe('passesToCharge', () => {
  it('charges the clerks the outcome names wrong, and a third clerk only when their value was not the final one', () => {
    expect(passesToCharge('FIRST_CORRECT', false)).toEqual([2]);
    expect(passesToCharge('SECOND_CORRECT', false)).toEqual([1]);
    expect(passesToCharge('BOTH_WRONG', false)).toEqual([1, 2]);
    expect(passesToCharge('EQUIVALENT', false)).toEqual([]);
    for (const o of OUTCOMES) expect(passesToCharge(o, true)).toEqual([...passesToCharge(o, false), 3]);
  });
});
