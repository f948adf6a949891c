import { describe, expect, it } from 'vitest';
import { DC01, fieldMap, type FieldDef } from './template.js';
import { basicComparator, sameValue } from './compare.js';

/** The comparator on places and addresses (see place-key.ts); compare.spec.ts has the rest. */
const fields = fieldMap(DC01);
const F = (key: string): FieldDef => fields.get(key)!;
const diff = (key: string, a: string | null, b: string | null) => basicComparator.compare(DC01, { [key]: a }, { [key]: b });

describe('places and addresses: the ways administrative units are written', () => {
  const hometown = F('hometown');
  const address = F('permanentAddress');

  it('abbreviated and full type words, separators and padded ward numbers are the same value', () => {
    expect(sameValue(hometown, 'TP. Hà Nội', 'Thành phố Hà Nội')).toBe(true);
    expect(sameValue(hometown, 'X. Quỳnh Đôi, H. Quỳnh Lưu, T. Nghệ An', 'Xã Quỳnh Đôi, Huyện Quỳnh Lưu, Tỉnh Nghệ An')).toBe(true);
    expect(sameValue(address, 'Số 5, P.05, Q.3, TP.HCM', 'Số 5, Phường 5, Quận 3, Thành phố Hồ Chí Minh')).toBe(true);
    expect(sameValue(address, 'Thôn 3 - X. Ea Tu - TP. Buôn Ma Thuột', 'Thôn 3, Xã Ea Tu, Thành phố Buôn Ma Thuột')).toBe(true);
    expect(diff('permanentAddress', 'Số 12, TT. Trâu Quỳ, H. Gia Lâm, Hà Nội', 'số 12, thị trấn Trâu Quỳ, huyện Gia Lâm, Hà Nội')).toEqual([]);
  });

  it('a left-out type word below the province, a wrong letter or diacritic, another number stay differences', () => {
    expect(diff('hometown', 'Huyện Nghi Lộc, Tỉnh Nghệ An', 'Nghi Lộc, Tỉnh Nghệ An')).toMatchObject([{ kind: 'OMISSION_INSERTION' }]);
    // The province's own type word is left out as often as written: not a difference.
    expect(diff('hometown', 'Huyện Nghi Lộc, Tỉnh Nghệ An', 'Huyện Nghi Lộc, Nghệ An')).toEqual([]);
    expect(diff('hometown', 'Tỉnh Nghệ An', 'nghệ an')).toEqual([]);
    expect(diff('hometown', 'TP. Hà Nội', 'Thành phố Hà Nôi')).toMatchObject([{ kind: 'DIACRITIC', distance: 1 }]);
    expect(diff('permanentAddress', 'Số 5, Q.3, TP.HCM', 'Số 5, Quận 8, Thành phố Hồ Chí Minh')).toMatchObject([{ kind: 'SUBSTITUTION', distance: 1 }]);
    expect(sameValue(address, 'Số 12-14 Lê Lợi', 'Số 12, 14 Lê Lợi')).toBe(false);
  });

  it('stores the first value as typed: folding is for comparison only', () => {
    expect(basicComparator.canonical(hometown, 'TP. Hà Nội')).toBe('TP. Hà Nội');
  });
});
