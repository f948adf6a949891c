import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { keyParts, placeKey, placeKeyBySegments, placeKeyOfClean, placeSegments } from './place-key.js';
import { cleanText } from './normalize.js';
import { toOldToneStyle } from './vietnamese.js';

describe('placeKey', () => {
  it.each([
    ['TP. Hà Nội', 'Thành phố Hà Nội'],
    ['Tp Hà Nội', 'thành phố hà nội'],
    ['T.P Hà Nội', 'Thành phố Hà Nội'],
    ['TP.Hà Nội', 'Thành phố Hà Nội'],
    ['Q.1', 'Quận 1'],
    ['Q1', 'Quận 1'],
    ['Q 1', 'Quận 1'],
    ['P. 5', 'Phường 05'],
    ['P5', 'Phường 5'],
    ['TX. Sơn Tây', 'Thị xã Sơn Tây'],
    ['T.X. Sơn Tây', 'Thị xã Sơn Tây'],
    ['TT Trâu Quỳ', 'Thị trấn Trâu Quỳ'],
    ['T.T. Trâu Quỳ', 'Thị trấn Trâu Quỳ'],
    ['H. Gia Lâm', 'Huyện Gia Lâm'],
    ['X. Bát Tràng', 'Xã Bát Tràng'],
    ['T. Đắk Lắk', 'Tỉnh Đắk Lắk'],
    ['TP.HCM', 'Thành phố Hồ Chí Minh'],
    ['TPHCM', 'Thành phố Hồ Chí Minh'],
    ['tp hcm', 'Thành phố Hồ Chí Minh'],
    ['HCM', 'Hồ Chí Minh'],
    ['Thôn 3, X. Ea Tu, TP. Buôn Ma Thuột, T. Đắk Lắk', 'Thôn 3, Xã Ea Tu, Thành phố Buôn Ma Thuột, Tỉnh Đắk Lắk'],
    ['Số 12 - P.Bến Thành - Q.1 - TP.HCM', 'Số 12, Phường Bến Thành, Quận 1, Thành phố Hồ Chí Minh'],
    ['Phường Láng Hạ;Quận Đống Đa;Hà Nội.', 'Phường Láng Hạ, Quận Đống Đa, Hà Nội'],
    ['Xã Hoà Bình, huyện Hoà Vang', 'Xã Hòa Bình, Huyện Hòa Vang'],
    ['Xã Ea M’ Doal', "Xã Ea M'Doal"],
    ['Bà Rịa-Vũng Tàu', 'Bà Rịa - Vũng Tàu'],
    ['Hà Nội, Việt Nam', 'Hà Nội ,Việt Nam'],
    // A number's padding is never meaningful, in a ward or a house number.
    ['Số 05, Ngõ 007', 'Số 5, Ngõ 7'],
    ['Hà Nội', 'Thành phố Hà Nội'],
    ['Quận Đống Đa, Tỉnh Hà Nội', 'Quận Đống Đa, Hà Nội'],
    ['Huyện Nghi Lộc, Nghệ An', 'H. Nghi Lộc, T. Nghệ An'],
    ['Thành phố Vinh', 'Vinh'],
  ])('%s = %s', (a, b) => {
    expect(placeKey(a)).toBe(placeKey(b));
  });

  it.each([
    ['Quận Đống Đa, Hà Nội', 'Đống Đa, Hà Nội'],
    ['Hà Nội', 'Hà Nôi'],
    ['Phường Láng Hạ', 'Phường Lang Ha'],
    ['Quận 1', 'Quận 12'],
    ['Số 12-14 Lê Lợi', 'Số 12, 14 Lê Lợi'],
  ])('%s ≠ %s', (a, b) => {
    expect(placeKey(a)).not.toBe(placeKey(b));
  });

  it('leaves words that merely start like an abbreviation alone', () => {
    expect(placeKey('Xóm Tân Phú, Quảng Hà')).toBe('xóm tân phú, quảng hà');
    expect(placeKey('Thị trấn N.T Phong Hải')).toBe('thị trấn n.t phong hải');
    expect(placeKey('Phố Huế, Hà Nội')).toBe('phố huế, hà nội');
    expect(placeKey('Tổ 5 Phường Quang Trung')).toBe('tổ 5 phường quang trung');
  });

  it('is invariant under case, NFD, old tone placement and spacing', () => {
    const text = fc.constantFrom(
      'Thôn Hoà Bình, xã Thuỷ An, huyện Thuỷ Nguyên, thành phố Hải Phòng',
      'Số 12/3 hẻm 45, P.05, Q.3, TP.HCM',
      'Bản Pá Khoang, Xã Mường Phăng, TP. Điện Biên Phủ, T. Điện Biên',
    );
    fc.assert(
      fc.property(text, fc.boolean(), fc.boolean(), fc.boolean(), fc.constantFrom(' ', '  ', '\u00A0'), (s, upper, nfd, old, sp) => {
        let v = s.replace(/ /g, sp);
        if (upper) v = v.toUpperCase();
        if (old) v = toOldToneStyle(v.normalize('NFC'));
        if (nfd) v = v.normalize('NFD');
        expect(placeKey(v)).toBe(placeKey(s));
      }),
    );
  });
});

describe('placeKeyOfClean', () => {
  it('property: its shortcut for plain values gives what the full definition gives', () => {
    const piece = fc.constantFrom('Thành phố', 'TP', 'Tp.', 'tp', 'Q', 'q.', 'P', 'p', 'TX', 'TT', 'T.', 'X.', 'H.', 'Hà Nội', 'hcm', 'HCM', 'Quận', '1', '05', '0', 'Số', 'ngõ', 'Việt Nam', 'Ea', "M'", 'Lê Lợi');
    const sep = fc.constantFrom(' ', ', ', ',', ' ,', ' - ', '-', '; ', '.', '. ', '');
    const value = fc.array(fc.tuple(piece, sep), { maxLength: 8 }).map((xs) => cleanText(xs.map(([p, s]) => p + s).join('')));
    fc.assert(
      fc.property(value, (v) => {
        expect(placeKeyOfClean(v)).toBe(placeKeyBySegments(v));
      }),
      { numRuns: 5000 },
    );
  });

  it('agrees with the full definition on every value of up to two pieces (TP before a digit once slipped past it)', () => {
    const pieces = ['Thành phố', 'TP', 'Tp.', 'tp', 'tx', 'TT', 'Q', 'q.', 'P', 'p', 'T.', 'X.', 'H.', 'Hà Nội', 'hcm', 'Quận', '1', '05', '0', "M'", 'Lê Lợi', 'x'];
    const seps = [' ', ', ', ',', ' ,', ' - ', '-', '; ', '.', '. ', '', '('];
    for (const a of pieces) for (const s1 of seps) for (const b of pieces) for (const s2 of ['', ' ', ', ']) {
      const v = cleanText(a + s1 + b + s2 + '3');
      expect(placeKeyOfClean(v), v).toBe(placeKeyBySegments(v));
    }
    expect(placeKeyOfClean('tp1')).toBe(placeKeyBySegments('tp1'));
  });
});

describe('placeSegments and keyParts', () => {
  it('splits at commas, semicolons and dashes but not inside a number range', () => {
    expect(placeSegments('Số 12-14 đường Lê Lợi - P. Bến Thành; Q1')).toEqual(['Số 12-14 đường Lê Lợi', 'Phường Bến Thành', 'Quận 1']);
  });

  it('reads the type word of each part and cuts a part at an inner type word', () => {
    expect(keyParts('Thôn 3 xã Ea Tu TP Buôn Ma Thuột').map((p) => [p.type, p.name, p.text])).toEqual([
      [null, 'thôn 3', 'Thôn 3'],
      ['xa', 'ea tu', 'xã Ea Tu'],
      ['thanh-pho', 'buôn ma thuột', 'Thành phố Buôn Ma Thuột'],
    ]);
  });

  it('keeps type words that belong to a name, road names and the word pair thị xã', () => {
    const names = (v: string) => keyParts(v).map((p) => p.name);
    expect(names('Xã Thượng Quận Huyện Kinh Môn')).toEqual(['thượng quận', 'kinh môn']);
    expect(names('Phường Phường Đúc')).toEqual(['phường đúc']);
    expect(names('Km 5 Tỉnh lộ 10 Thị xã Sơn Tây')).toEqual(['km 5 tỉnh lộ 10', 'sơn tây']);
  });

  it('drops a trailing country', () => {
    expect(keyParts('Hà Nội, Việt Nam').map((p) => p.name)).toEqual(['hà nội']);
  });
});
