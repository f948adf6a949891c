import { describe, expect, it } from 'vitest';
import { checkOwnForm, checkPair, factsOf, HOUSEHOLD_NOTES, linkKeysOf, olderBy, type Facts } from './household.js';
import { redactNote } from './rules.js';
import { DC01, fieldMap } from './template.js';
import { ILLEGIBLE } from './values.js';

const defs = fieldMap(DC01);
const ADDRESS = 'Số 12, ngõ 45, phố Hàng Bạc, Phường Hàng Bạc, Quận Hoàn Kiếm, Thành phố Hà Nội';
const head: Facts = {
  fullName: 'Nguyễn Văn An', citizenId: '001090012345', dateOfBirth: '05/03/1960', sex: 'Nam', relationToHead: 'Chủ hộ',
  householdHeadName: 'Nguyễn Văn An', householdHeadCitizenId: '001090012345', spouseName: 'Lê Thị Thủy', spouseCitizenId: '001162011111', permanentAddress: ADDRESS,
};
const wife: Facts = {
  fullName: 'Lê Thị Thủy', citizenId: '001162011111', dateOfBirth: '01/01/1962', sex: 'Nữ', relationToHead: 'Vợ',
  householdHeadName: 'Nguyễn Văn An', householdHeadCitizenId: '001090012345', spouseName: 'Nguyễn Văn An', spouseCitizenId: '001090012345', permanentAddress: ADDRESS,
};
const child: Facts = {
  fullName: 'Nguyễn Văn Bình', citizenId: '001095054321', dateOfBirth: '14/02/1995', sex: 'Nam', relationToHead: 'Con',
  householdHeadName: 'Nguyễn Văn An', householdHeadCitizenId: '001090012345', fatherName: 'Nguyễn Văn An', fatherCitizenId: '001090012345',
  motherName: 'Lê Thị Thủy', motherCitizenId: '001162011111', permanentAddress: ADDRESS,
};
const both = (a: Facts, b: Facts) => [...checkPair(defs, a, b), ...checkPair(defs, b, a)].map((f) => f.check).sort();

describe('household checks between forms', () => {
  it('finds nothing in a consistent household, whichever way round', () => {
    for (const [a, b] of [[head, wife], [head, child], [wife, child]]) expect(both(a, b)).toEqual([]);
  });

  it('catches a member whose head name both clerks misread, on both forms', () => {
    const misread = { ...child, householdHeadName: 'Nguyễn Văn Ân' };
    const [f] = checkPair(defs, misread, head);
    expect(f).toMatchObject({ check: 'household.headName', fieldA: 'householdHeadName', fieldB: 'fullName' });
    expect(f.noteA).toBe("householdHeadName: does not match fullName on the household head's form");
    expect(f.noteB).toBe("fullName: does not match householdHeadName on the household member's form");
  });

  it('folds case, spacing and tone placement in names, and abbreviations in the address link', () => {
    expect(both({ ...child, householdHeadName: 'NGUYỄN  văn an', fatherName: 'nguyễn văn an' }, head)).toEqual([]);
    const abbreviated = { ...wife, householdHeadCitizenId: undefined, permanentAddress: 'Số 12, ngõ 45, phố Hàng Bạc, P. Hàng Bạc, Q. Hoàn Kiếm, TP. Hà Nội' };
    expect(linkKeysOf(defs, abbreviated)).toContain(linkKeysOf(defs, head).find((k) => k.startsWith('hh:')));
  });

  it('links by the head name and address when the head ID was misread, and flags the ID', () => {
    const wrongId = { ...wife, householdHeadCitizenId: '001090012845', spouseCitizenId: undefined };
    expect(both(wrongId, head)).toContain('household.headId');
  });

  it('allows one head per household', () => {
    const second = { ...wife, relationToHead: 'Chủ hộ', householdHeadName: 'Nguyễn Văn An' };
    expect(both(second, head)).toContain('household.oneHead');
  });

  it('checks that spouses name each other and that a Vợ has a male head', () => {
    expect(both({ ...wife, spouseName: 'Nguyễn Văn Ăn' }, head)).toContain('household.spouseName');
    expect(both(wife, { ...head, sex: 'Nữ' })).toContain('household.spouseSex');
  });

  it("checks a child's parents against the parents' own forms: name, sex and age", () => {
    expect(both({ ...child, fatherName: 'Nguyễn Văn Anh' }, head)).toContain('household.fatherName');
    expect(both(child, { ...head, sex: 'Nữ' })).toContain('household.fatherSex');
    expect(both({ ...child, dateOfBirth: '1965' }, head)).toEqual(expect.arrayContaining(['household.fatherAge', 'household.relationAge']));
    // A mother named by name within the household, with another citizen ID.
    expect(both({ ...child, motherCitizenId: '001162011118' }, wife)).toContain('household.motherId');
  });

  it('is no edit between records when both forms are the same person', () => {
    expect(both(head, { ...head, fullName: 'Nguyễn Văn Ân' })).toEqual([]);
  });

  it('judges partial dates by what they could be', () => {
    expect(olderBy('1960', '1972')).toBe(true);
    expect(olderBy('12/1960', '01/1972')).toBe(false);
    expect(olderBy('1960', '1971')).toBe(false);
    expect(olderBy(undefined, '1971')).toBeNull();
    expect(olderBy('1940', '1964', 2)).toBe(true);
  });
});

describe('household rules on one form', () => {
  it("requires the head's own form to name themselves as head", () => {
    expect(checkOwnForm(defs, head)).toEqual([]);
    expect(checkOwnForm(defs, { ...head, householdHeadCitizenId: '001090099999' }).map((f) => f.field)).toEqual(['householdHeadCitizenId']);
    expect(checkOwnForm(defs, { ...head, householdHeadName: 'Nguyễn Văn Ân' }).map((f) => f.field)).toEqual(['householdHeadName']);
    expect(checkOwnForm(defs, { ...child, householdHeadCitizenId: child.citizenId }).map((f) => f.field)).toEqual(['relationToHead']);
  });

  it('matches relation and sex, and flags both fields (either may be the misread one)', () => {
    expect(checkOwnForm(defs, { ...wife, sex: 'Nam' }).map((f) => f.field)).toEqual(['relationToHead', 'sex']);
    expect(checkOwnForm(defs, { ...child, sex: 'Nữ' })).toEqual([]);
  });

  it('leaves out what is in dispute or illegible', () => {
    const facts = factsOf({ fullName: 'A', citizenId: ILLEGIBLE, sex: 'Nam', relationToHead: null }, (k) => k !== 'sex');
    expect(facts).toEqual({ fullName: 'A' });
  });
});

describe('notes', () => {
  it('name fields and roles, never values, so masked viewers keep them', () => {
    const notes = [
      ...[[{ ...child, householdHeadName: 'X Y' }, head], [wife, { ...head, sex: 'Nữ' }], [{ ...child, dateOfBirth: '1965' }, head], [{ ...wife, relationToHead: 'Chủ hộ' }, head]].flatMap(([a, b]) => checkPair(defs, a, b).flatMap((f) => [f.noteA, f.noteB])),
      ...checkOwnForm(defs, { ...head, householdHeadCitizenId: '001090099999', relationToHead: 'Chủ hộ' }).map((f) => f.message),
      ...checkOwnForm(defs, { ...wife, sex: 'Nam' }).map((f) => f.message),
    ];
    expect(notes.length).toBeGreaterThan(6);
    for (const n of notes) {
      expect(HOUSEHOLD_NOTES.some((re) => re.test(n)), n).toBe(true);
      expect(redactNote(n)).toBe(n);
    }
  });
});
