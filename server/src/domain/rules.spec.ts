import { describe, expect, it } from 'vitest';
import { checkRules, redactNote, ruleFields } from './rules.js';
import { DC01 } from './template.js';
import { ILLEGIBLE } from './values.js';

const base = {
  fullName: 'Nguyễn Văn An',
  dateOfBirth: '05/03/1990',
  sex: 'Nam',
  citizenId: '001090012345',
  fatherCitizenId: '001060054321',
  motherCitizenId: '001162098765',
  spouseCitizenId: null,
  householdHeadName: 'Nguyễn Văn An',
  householdHeadCitizenId: '001090012345',
  relationToHead: 'Chủ hộ',
  birthRegistrationPlace: 'Hà Nội',
  hometown: 'Hà Nội',
  ethnicity: 'Kinh',
  religion: 'Không',
  nationality: 'Việt Nam',
  permanentAddress: 'Số 1, Hàng Bạc, Hà Nội',
  currentAddress: 'Số 1, Hàng Bạc, Hà Nội',
};
const NOW = new Date('2026-11-27T12:00:00Z');
const check = (over: Record<string, string | null>) => checkRules(DC01, { ...base, ...over }, NOW).map((v) => [v.rule, v.message]);

describe('DC01 cross-field rules', () => {
  it('accept a consistent record (the head of household may carry the own ID)', () => {
    expect(check({})).toEqual([]);
  });

  it('check the citizen ID against province codes, sex, century and year of birth', () => {
    expect(check({ citizenId: '003090012345' })).toEqual([['citizenId.structure', 'citizenId: digits 1-3 are not a province code']]);
    // Raised on the ID and on the field it contradicts: either may be the one keyed wrong.
    expect(checkRules(DC01, { ...base, sex: 'Nữ' }, NOW).map((v) => v.field)).toEqual(['citizenId', 'sex']);
    expect(check({ sex: 'Nữ' })).toEqual([
      ['citizenId.structure', 'citizenId: digit 4 does not match the sex'],
      ['citizenId.structure', 'citizenId: digit 4 does not match the sex'],
    ]);
    expect(checkRules(DC01, { ...base, dateOfBirth: '05/03/2005' }, NOW).map((v) => [v.field, v.message])).toEqual([
      ['citizenId', 'citizenId: digit 4 does not match the century of birth'],
      ['dateOfBirth', 'citizenId: digit 4 does not match the century of birth'],
      ['citizenId', 'citizenId: digits 5-6 do not match the year of birth'],
      ['dateOfBirth', 'citizenId: digits 5-6 do not match the year of birth'],
    ]);
    expect(check({ citizenId: '001305012345', sex: 'Nữ', dateOfBirth: '2005' })).toEqual([]);
    expect(check({ fatherCitizenId: '099060054321' })).toEqual([['fatherCitizenId.structure', 'fatherCitizenId: digits 1-3 are not a province code']]);
  });

  it('keep dates of birth between 1900 and today, at the precision given', () => {
    const range = (dob: string) => check({ dateOfBirth: dob }).filter(([rule]) => rule === 'dateOfBirth.range');
    expect(range('1899')).toEqual([['dateOfBirth.range', 'dateOfBirth is before 1900']]);
    expect(range('28/11/2026')).toEqual([['dateOfBirth.range', 'dateOfBirth is in the future']]);
    expect(range('27/11/2026')).toEqual([]);
    expect(range('11/2026')).toEqual([]);
    expect(range('2027')).toEqual([['dateOfBirth.range', 'dateOfBirth is in the future']]);
  });

  it("never let a parent's or spouse's ID equal the person's own", () => {
    expect(check({ motherCitizenId: '001090012345' })).toContainEqual(['motherCitizenId.notOwn', "motherCitizenId equals the person's own citizen ID"]);
  });

  it('flag required fields both clerks marked illegible', () => {
    expect(check({ hometown: ILLEGIBLE })).toEqual([['required.legible', 'hometown is required but illegible']]);
  });

  it('declare which fields each rule reads', () => {
    const r = DC01.rules!.find((x) => x.id === 'citizenId.structure')!;
    expect(ruleFields(r, DC01)).toEqual(['citizenId', 'sex', 'dateOfBirth']);
  });

  // Notes are stored unsealed and shown to callers who see values masked.
  it('never quote a value in a note, whatever the values', () => {
    const ids = ['001090012345', '079190054321', '003090012345', '099305112233', '001162098765', '048203099999'];
    const dates = ['05/03/1990', '17/08/1899', '1899', '28/11/2026', '2027', '03/2031', '12/12/2005', '01/01/2105'];
    const notes: string[] = [];
    const values: string[] = [];
    for (const citizenId of ids) {
      for (const dateOfBirth of dates) {
        for (const sex of ['Nam', 'Nữ']) {
          const v = { ...base, citizenId, dateOfBirth, sex, fatherCitizenId: ids[(ids.indexOf(citizenId) + 1) % ids.length], motherCitizenId: citizenId, hometown: ILLEGIBLE };
          values.push(citizenId, dateOfBirth);
          notes.push(...checkRules(DC01, v, NOW).map((x) => x.message));
        }
      }
    }
    expect(new Set(notes).size).toBeGreaterThanOrEqual(7);
    // The rules' own constants (1900) are not values.
    const digits = notes.map((n) => n.replace(/\b1900\b/g, '')).join('\n');
    for (const v of values) for (const run of v.match(/\d{3,}/g) ?? []) {
      for (let i = 0; i + 3 <= run.length; i++) expect(digits, `${v} in a note`).not.toContain(run.slice(i, i + 3));
    }
  });

  it('redact the values quoted by notes written before, and withhold unknown sentences', () => {
    const old = 'citizenId: 099 (digits 1-3) is not a province code; citizenId: digit 4 (0) means male, but sex is Nữ';
    expect(redactNote(old)).toBe('citizenId: digits 1-3 are not a province code; citizenId: digit 4 does not match the sex');
    expect(redactNote('citizenId: digit 4 (0) means born 1900-1999, but dateOfBirth is 2005')).toBe('citizenId: digit 4 does not match the century of birth');
    expect(redactNote('citizenId: digits 5-6 (90) should be 05, the last two digits of the year of birth')).toBe('citizenId: digits 5-6 do not match the year of birth');
    expect(redactNote('dateOfBirth: 17/08/1899 is before 1900')).toBe('dateOfBirth is before 1900');
    expect(redactNote('dateOfBirth: 03/2031 is in the future')).toBe('dateOfBirth is in the future');
    expect(redactNote('fullName: Nguyễn Văn An looks odd')).not.toContain('Nguyễn');
    expect(redactNote(null)).toBeNull();
    // What rules write today passes unchanged.
    const now = checkRules(DC01, { ...base, citizenId: '003005012345', dateOfBirth: '1899', motherCitizenId: '003005012345', hometown: null }, NOW).map((x) => x.message);
    expect(now.length).toBeGreaterThanOrEqual(4);
    for (const m of now) expect(redactNote(m)).toBe(m);
  });
});
