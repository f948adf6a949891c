import { describe, expect, it } from 'vitest';
import { chargedPasses, OUTCOMES, outcomeOf, type Outcome } from './attribution.js';
import { basicComparator } from './compare.js';
import { DC01, fieldMap, type FieldDef } from './template.js';
import { ILLEGIBLE } from './values.js';

const fields = fieldMap(DC01);
const F = (key: string): FieldDef => {
  const f = fields.get(key);
  if (!f) throw new Error(`no DC01 field ${key}`);
  return f;
};
const nfd = (s: string) => s.normalize('NFD');
const outcome = (key: string, v1: string | null, v2: string | null, final: string | null) =>
  outcomeOf(basicComparator, F(key), v1, v2, final);

describe('outcomeOf', () => {
  it('FIRST_CORRECT when only the first keying matches the final value', () => {
    expect(outcome('fullName', 'Nguyễn Văn An', 'Nguyen Văn An', 'Nguyễn Văn An')).toBe('FIRST_CORRECT');
    expect(outcome('citizenId', '001090012345', '001090012354', '001090012345')).toBe('FIRST_CORRECT');
    expect(outcome('otherName', null, 'Tí', null)).toBe('FIRST_CORRECT');
  });

  it('FIRST_CORRECT when the final differs from the first keying only by NFD, spaces or case', () => {
    expect(outcome('fullName', nfd('Nguyễn Văn An'), 'Nguyen Văn An', 'Nguyễn Văn An')).toBe('FIRST_CORRECT');
    expect(outcome('fullName', '  Nguyễn  Văn\u00A0An ', 'Nguyen Văn An', 'Nguyễn Văn An')).toBe('FIRST_CORRECT');
    expect(outcome('fullName', 'NGUYỄN VĂN AN', 'Nguyen Văn An', 'Nguyễn Văn An')).toBe('FIRST_CORRECT');
    expect(outcome('citizenId', '001 090 012 345', '001090012354', '001090012345')).toBe('FIRST_CORRECT');
    expect(outcome('dateOfBirth', '5/3/1990', '03/05/1990', '05/03/1990')).toBe('FIRST_CORRECT');
    expect(outcome('sex', 'male', 'Nữ', 'Nam')).toBe('FIRST_CORRECT');
  });

  it('SECOND_CORRECT when only the second keying matches', () => {
    expect(outcome('fullName', 'Lê Thị Lê', 'Lê Thị Lệ', 'Lê Thị Lệ')).toBe('SECOND_CORRECT');
    expect(outcome('dateOfBirth', '03/05/1990', nfd(' 5/3/1990 '), '05/03/1990')).toBe('SECOND_CORRECT');
    expect(outcome('phone', ILLEGIBLE, '+84 912 345 678', '0912345678')).toBe('SECOND_CORRECT');
  });

  it('BOTH_WRONG when neither matches', () => {
    expect(outcome('fullName', 'Trần Văn Hòa', 'Trần Văn Hoa', 'Trần Văn Hóa')).toBe('BOTH_WRONG');
    expect(outcome('citizenId', '001090012354', '001090012344', '001090012345')).toBe('BOTH_WRONG');
    expect(outcome('otherName', ILLEGIBLE, null, 'Tí')).toBe('BOTH_WRONG');
  });

  it('EQUIVALENT when both match the final value under the comparator', () => {
    expect(outcome('fullName', 'Nguyễn Văn An', nfd('NGUYỄN  VĂN AN'), 'Nguyễn Văn An')).toBe('EQUIVALENT');
    expect(outcome('citizenId', '001 090 012 345', '001.090.012.345', '001090012345')).toBe('EQUIVALENT');
    expect(outcome('otherName', null, '   ', null)).toBe('EQUIVALENT');
    expect(outcome('fullName', ILLEGIBLE, ILLEGIBLE, ILLEGIBLE)).toBe('EQUIVALENT');
  });

  it('asks the given comparator, not raw equality', () => {
    const never = { ...basicComparator, same: () => false };
    const always = { ...basicComparator, same: () => true };
    expect(outcomeOf(never, F('fullName'), 'An', 'An', 'An')).toBe('BOTH_WRONG');
    expect(outcomeOf(always, F('fullName'), 'An', 'Bình', 'Chi')).toBe('EQUIVALENT');
  });
});

describe('chargedPasses', () => {
  it('charges the pass(es) whose value differs from the final value', () => {
    expect(chargedPasses('FIRST_CORRECT')).toEqual([2]);
    expect(chargedPasses('SECOND_CORRECT')).toEqual([1]);
    expect(chargedPasses('BOTH_WRONG')).toEqual([1, 2]);
    expect(chargedPasses('EQUIVALENT')).toEqual([]);
  });

  it('covers every outcome', () => {
    const charged = Object.fromEntries(OUTCOMES.map((o: Outcome) => [o, chargedPasses(o)]));
    expect(Object.keys(charged).sort()).toEqual(['BOTH_WRONG', 'EQUIVALENT', 'FIRST_CORRECT', 'SECOND_CORRECT']);
    for (const o of OUTCOMES) expect(Array.isArray(charged[o]), o).toBe(true);
  });
});
