import { describe, expect, it } from 'vitest';
import { illegibleOverReadable, syllableAgainstKeyings, withChoiceFindings } from './review-checks.js';
import { ILLEGIBLE } from './values.js';

describe('illegibleOverReadable', () => {
  it('warns when both clerks read a value and the reviewer marks the field illegible', () => {
    expect(illegibleOverReadable('fullName', ILLEGIBLE, ['Nguyễn Văn An', 'Nguyen Van An'])).toEqual({
      kind: 'RULE', check: 'review.illegibleReadable', field: 'fullName', message: 'fullName: marked illegible although both clerks read a value',
    });
  });

  it('is quiet when a clerk could not read it, left it empty, or the reviewer chose a value', () => {
    expect(illegibleOverReadable('fullName', ILLEGIBLE, ['Nguyễn Văn An', ILLEGIBLE])).toBeNull();
    expect(illegibleOverReadable('fullName', ILLEGIBLE, ['Nguyễn Văn An', null])).toBeNull();
    expect(illegibleOverReadable('fullName', ILLEGIBLE, ['Nguyễn Văn An', ' '])).toBeNull();
    expect(illegibleOverReadable('fullName', 'Nguyễn Văn An', ['Nguyễn Văn An', 'Nguyen Van An'])).toBeNull();
    expect(illegibleOverReadable('fullName', null, ['a', 'b'])).toBeNull();
  });
});

describe('syllableAgainstKeyings', () => {
  it('warns about a word that is no Vietnamese syllable where a clerk read one', () => {
    expect(syllableAgainstKeyings('fullName', 'Lê Thùu Lành', ['Lê Thùu Lành', 'Lê Thu Lành'])).toEqual([
      { kind: 'SPELLING', check: 'review.syllable', field: 'fullName', message: 'fullName: word 2 is not a Vietnamese syllable, where a clerk read one' },
    ]);
    expect(syllableAgainstKeyings('fullName', 'Nguễyn Văn An', ['Nguyễn Văn An', 'Nguyễn Văn Ân']).map((f) => f.message)).toEqual(['fullName: word 1 is not a Vietnamese syllable, where a clerk read one']);
  });

  it('lets minority and foreign names pass when the clerks wrote them so too', () => {
    expect(syllableAgainstKeyings('fullName', 'Ksor H\'Bia', ['Ksor H\'Bia', 'Ksơr H\'Bia'])).toEqual([]);
    expect(syllableAgainstKeyings('fullName', 'Lê Thu Lành', ['Lê Thùu Lành', 'Lê Thu Lành'])).toEqual([]);
    // Words that do not line up are not compared.
    expect(syllableAgainstKeyings('fullName', 'Thùu Lành', ['Lê Thu Lành'])).toEqual([]);
    expect(syllableAgainstKeyings('fullName', null, ['Lê Thu Lành'])).toEqual([]);
  });

  it('adds nothing where the record check already warns about the field\'s spelling', () => {
    const rec = { kind: 'SPELLING' as const, check: 'text.NOT_A_SYLLABLE', field: 'fullName', message: 'x' };
    const mine = syllableAgainstKeyings('fullName', 'Lê Thùu Lành', ['Lê Thu Lành', 'Lê Thu Lành']);
    expect(withChoiceFindings([rec], mine)).toEqual([rec]);
    expect(withChoiceFindings([], mine)).toEqual(mine);
  });
});
