import { describe, expect, it } from 'vitest';
import { illegibleOverReadable } from './review-checks.js';
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
