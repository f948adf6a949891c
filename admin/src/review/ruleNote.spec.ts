import { describe, expect, it } from 'vitest';
import { translateNote } from './ruleNote';

const labels: Record<string, string> = { citizenId: 'Số định danh cá nhân', sex: 'Giới tính', dateOfBirth: 'Ngày sinh', fatherCitizenId: 'Số định danh của cha', householdHeadName: 'Tên chủ hộ', fullName: 'Họ tên', relationToHead: 'Quan hệ với chủ hộ' };
const name = (k: string) => labels[k];
/** Shows which message was picked and with what, instead of a real dictionary. */
const translate = (key: string, args?: Record<string, unknown>) => (args ? `${key}(${Object.entries(args).map(([k, v]) => `${k}=${v}`).join(',')})` : key);

describe('translateNote', () => {
  it('translates the known rule sentences with field labels', () => {
    expect(translateNote('citizenId: digit 4 (1) means female, but sex is Nam', name, translate)).toBe(
      'dk.notes.sex(field=Số định danh cá nhân,digit=1,sex=dk.notes.female,other=Giới tính,value=Nam)',
    );
    expect(translateNote("fatherCitizenId equals the person's own citizen ID", name, translate)).toBe('dk.notes.own_id(field=Số định danh của cha)');
    expect(translateNote('dateOfBirth: 03/2031 is in the future', name, translate)).toBe('dk.notes.future(field=Ngày sinh,value=03/2031)');
  });

  it('translates the valueless sentences rules write now', () => {
    expect(translateNote('citizenId: digit 4 does not match the sex; dateOfBirth is before 1900', name, translate)).toBe(
      'dk.notes.sex_digit(field=Số định danh cá nhân); dk.notes.before_year(field=Ngày sinh,year=1900)',
    );
    expect(translateNote('fatherCitizenId: digits 1-3 are not a province code', name, translate)).toBe('dk.notes.province_code(field=Số định danh của cha)');
  });

  it('translates each part of a joined note', () => {
    const note = 'citizenId: 999 (digits 1-3) is not a province code; citizenId: digits 5-6 (91) should be 90, the last two digits of the year of birth';
    expect(translateNote(note, name, translate)).toBe(
      'dk.notes.province(field=Số định danh cá nhân,code=999); dk.notes.year_digits(field=Số định danh cá nhân,digits=91,expected=90)',
    );
  });

  it('translates spot-check draws', () => {
    expect(translateNote('spot check: every 20th automatically verified form', name, translate)).toBe('dk.notes.spot_every(n=20)');
    expect(translateNote('spot check: random 2.5% (seed 42)', name, translate)).toBe('dk.notes.spot_percent(percent=2.5,seed=42)');
  });

  it("translates household checks, with the other form's field and whose form it is", () => {
    expect(translateNote("householdHeadName: does not match fullName on the household head's form", name, translate)).toBe(
      'dk.notes.household_mismatch(field=Tên chủ hộ,other=Họ tên,role=dk.notes.role_household_head)',
    );
    expect(translateNote("relationToHead: does not fit sex on the household head's form", name, translate)).toBe(
      'dk.notes.household_misfit(field=Quan hệ với chủ hộ,other=Giới tính,role=dk.notes.role_household_head)',
    );
    expect(translateNote("dateOfBirth: the parent is less than 12 years older than the child (the father's form)", name, translate)).toBe(
      'dk.notes.household_age(field=Ngày sinh,years=12,role=dk.notes.role_father)',
    );
    expect(translateNote('relationToHead: does not fit sex', name, translate)).toBe('dk.notes.household_fit(field=Quan hệ với chủ hộ,other=Giới tính)');
  });

  it('shows an unknown note as sent, with field keys replaced by labels', () => {
    expect(translateNote('sex and dateOfBirth disagree with something new', name, translate)).toBe('Giới tính and Ngày sinh disagree with something new');
    expect(translateNote(null, name, translate)).toBe('');
  });
});
