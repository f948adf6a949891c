import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { checkPlace, fullName, parseAddress, placeIndex, placeKey, provinceOfIdCode, suggestPlaces, type PlaceKind, type Unit } from './places.js';
import { PROVINCES } from './provinces.js';
import { misreadOne, seeded, SEPARATORS, TYPE_SPELLINGS, writeUnit, type Style } from './places.fixtures.js';

const ix = placeIndex();
const ALL: readonly Unit[] = [...ix.provinces, ...ix.districts, ...ix.communes];
/** Every message there is: none quotes the value. */
const MESSAGE = /^the (province|district|commune)( is missing| matches no official (province|district|commune, ward or township)| is not in the (province|district)|'s type word is not its official one)$/;
const codes = (v: string, kind: PlaceKind = 'address') =>
  checkPlace(v, { kind }).map((f) => {
    expect(f.message).toMatch(MESSAGE);
    return `${f.code}:${f.level}`;
  });

const style: fc.Arbitrary<Style> = fc.record({
  spelling: fc.nat(40),
  separator: fc.nat(SEPARATORS.length - 1),
  upper: fc.boolean(),
  nfd: fc.boolean(),
  oldTones: fc.boolean(),
  pad: fc.boolean(),
});
const unit = fc.nat(ALL.length - 1).map((i) => ALL[i]!);
const commune = fc.nat(ix.communes.length - 1).map((i) => ix.communes[i]!);

describe('the official list', () => {
  it('has the units of 2021–2022: 63 provinces, 705 districts, 10,599 communes', () => {
    expect([ix.provinces.length, ix.districts.length, ix.communes.length]).toEqual([63, 705, 10599]);
    expect(ix.provinces.filter((p) => p.type === 'thanh-pho').map((p) => p.name).sort()).toEqual(
      ['Thành phố Cần Thơ', 'Thành phố Hà Nội', 'Thành phố Hải Phòng', 'Thành phố Hồ Chí Minh', 'Thành phố Đà Nẵng'],
    );
  });

  it('writes names in the project style: new tone placement, unpadded ward numbers', () => {
    expect(ix.provinces.find((p) => p.code === '17')!.name).toBe('Tỉnh Hòa Bình');
    const q3 = ix.districts.find((d) => d.name === 'Quận 3' && d.parent!.code === '79')!;
    expect(q3.children.map((c) => c.name)).toContain('Phường 5');
  });

  it('has every province of the citizen-ID list under the same number', () => {
    for (const p of PROVINCES) expect(provinceOfIdCode(p.code)?.name.endsWith(p.name), p.code).toBe(true);
    expect(provinceOfIdCode('1')).toBeUndefined();
  });

  it('includes the units created just before the campaign (Thành phố Thủ Đức, 2021)', () => {
    expect(codes('Phường Thảo Điền, Thành phố Thủ Đức, Thành phố Hồ Chí Minh')).toEqual([]);
  });
});

describe('checkPlace on official names', () => {
  it('accepts every unit written in full', () => {
    for (const u of ALL) {
      const parsed = parseAddress(fullName(u), { kind: 'place' });
      if (checkPlace(fullName(u), { kind: 'place' }).length || !parsed[u.level]?.units.includes(u)) expect.fail(`${u.code} not accepted`);
    }
  });

  it('accepts every unit in one writing style or another: abbreviations, case, NFD, old tones, separators, padding', () => {
    ALL.forEach((u, i) => {
      const v = writeUnit(u, { spelling: i, separator: i >> 1, upper: i % 7 === 0, nfd: i % 5 === 0, oldTones: i % 3 === 0, pad: i % 2 === 0 });
      if (checkPlace(v, { kind: 'place' }).length || !parseAddress(v, { kind: 'place' })[u.level]?.units.includes(u)) expect.fail(`${u.code} not accepted in style ${i}`);
    });
  });

  it('property: any unit in any style checks out, names that unit, and keys like its full name unless "Tỉnh" was left out', () => {
    fc.assert(
      fc.property(unit, style, (u, s) => {
        const v = writeUnit(u, s);
        expect(checkPlace(v, { kind: 'place' })).toEqual([]);
        expect(parseAddress(v, { kind: 'place' })[u.level]?.units).toContain(u);
        expect(suggestPlaces(v, 1)).toEqual([fullName(u)]);
        // Leaving out "Tỉnh" is the one style that changes the key (see placeKey).
        const sepNeutral = (x: string) => placeKey(x).replace(/^(tỉnh )/, '').replace(/, tỉnh /, ', ');
        expect(sepNeutral(v)).toBe(sepNeutral(fullName(u)));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('checkPlace findings', () => {
  it.each([
    ['Phường Láng Hạ, Quận Đống Đa, Thành phố Hà Nội', []],
    ['Phường Láng Hà, Quận Đống Đa, Thành phố Hà Nội', ['UNKNOWN_COMMUNE:commune']],
    ['Phường Láng Hạ, Quận Đống Đà, Thành phố Hà Nội', ['UNKNOWN_DISTRICT:district']],
    ['Phường Láng Hạ, Quận Đống Đa, Thành phố Hà Nộ', ['UNKNOWN_PROVINCE:province']],
    ['Phường Láng Hạ, Quận Ba Đình, Thành phố Hà Nội', ['NOT_IN_PARENT:commune']],
    ['Phường Láng Hạ, Quận Đống Đa, Tỉnh Nghệ An', ['NOT_IN_PARENT:district']],
    ['Phường Láng Hạ, Huyện Đống Đa, Thành phố Hà Nội', ['WRONG_TYPE:district']],
    ['Xã Láng Hạ, Quận Đống Đa, Thành phố Hà Nội', ['WRONG_TYPE:commune']],
    ['Phường Láng Hạ, Quận Đống Đa', ['MISSING_PART:province']],
    ['Số 12, Quận Đống Đa, Hà Nội', ['MISSING_PART:commune']],
    ['Số 12, Phường Láng Hạ, Hà Nội', ['MISSING_PART:district']],
  ])('address %s', (v, expected) => {
    expect(codes(v)).toEqual(expected);
  });

  it.each([
    ['Tỉnh Nghệ An', []],
    ['Nghệ An', []],
    ['Huyện Quỳnh Lưu, Nghệ An', []],
    ['Quỳnh Lưu, Nghệ An', []],
    ['Xã Quỳnh Đôi, Quỳnh Lưu, Nghệ An', []],
    ['Huyện Quỳnh Lưu', ['MISSING_PART:province']],
    ['Hà Tây', ['UNKNOWN_PROVINCE:province']],
  ])('place %s', (v, expected) => {
    expect(codes(v, 'place')).toEqual(expected);
  });

  it('does not need a commune in a district that has none', () => {
    expect(codes('Khu 1, Huyện Côn Đảo, Tỉnh Bà Rịa - Vũng Tàu')).toEqual([]);
  });

  it('reports post-2025 names as unknown: the forms predate them', () => {
    expect(codes('Phường Sài Gòn, Thành phố Hồ Chí Minh')).toContain('UNKNOWN_COMMUNE:commune');
  });

  it('property: messages never quote the value', () => {
    fc.assert(
      fc.property(commune, fc.nat(), fc.boolean(), (u, seed, drop) => {
        const v = misreadOne(u, seeded(seed)) ?? fullName(u);
        for (const f of checkPlace(drop ? v.split(', ').slice(0, 2).join(', ') : v, { kind: 'address' })) expect(f.message).toMatch(MESSAGE);
      }),
    );
  });
});

describe('parseAddress', () => {
  it.each([
    ['Số 12 ngõ 34, Phường Láng Hạ, Quận Đống Đa, Thành phố Hà Nội', 'Số 12 ngõ 34', 'Phường Láng Hạ', 'Quận Đống Đa', 'Thành phố Hà Nội'],
    ['Thôn 3, X. Ea Tu, TP. Buôn Ma Thuột, T. Đắk Lắk', 'Thôn 3', 'Xã Ea Tu', 'Thành phố Buôn Ma Thuột', 'Tỉnh Đắk Lắk'],
    ['Thôn 3 xã Ea Tu TP Buôn Ma Thuột Đắk Lắk', 'Thôn 3', 'xã Ea Tu', 'Thành phố Buôn Ma Thuột', 'Đắk Lắk'],
    ['Thôn Đông, Ea Tu, Buôn Ma Thuột, Đắk Lắk', 'Thôn Đông', 'Ea Tu', 'Buôn Ma Thuột', 'Đắk Lắk'],
    ['Số 12-14 đường Lê Lợi - P. Bến Thành - Q1 - TPHCM', 'Số 12-14 đường Lê Lợi', 'Phường Bến Thành', 'Quận 1', 'TPHCM'],
    ['Xã Long Sơn, TP Vũng Tàu, Tỉnh Bà Rịa-Vũng Tàu', null, 'Xã Long Sơn', 'Thành phố Vũng Tàu', 'Tỉnh Bà Rịa - Vũng Tàu'],
    ['Số 5, Phường Phường Đúc, TP Huế, Thừa Thiên Huế, Việt Nam', 'Số 5', 'Phường Phường Đúc', 'Thành phố Huế', 'Thừa Thiên Huế'],
    ['Tổ 5, Phường Minh Khai, Hà Giang, Hà Giang', 'Tổ 5', 'Phường Minh Khai', 'Hà Giang', 'Hà Giang'],
  ])('%s', (v, street, c, d, p) => {
    const r = parseAddress(v);
    expect([r.street, r.commune?.text, r.district?.text, r.province?.text]).toEqual([street, c, d, p]);
    expect(checkPlace(v, { kind: 'address' })).toEqual([]);
  });

  const streetPart = fc.oneof(
    fc.tuple(fc.integer({ min: 1, max: 400 }), fc.constantFrom('', 'A', 'B'), fc.constantFrom('Trần Phú', 'Lê Lợi', 'Nguyễn Trãi', 'Hùng Vương')).map(([n, s, st]) => `Số ${n}${s} đường ${st}`),
    fc.tuple(fc.integer({ min: 1, max: 400 }), fc.integer({ min: 1, max: 200 }), fc.constantFrom('ngõ', 'hẻm', 'kiệt', 'ngách')).map(([n, m, l]) => `Số ${n}, ${l} ${m}`),
    fc.tuple(fc.integer({ min: 1, max: 99 }), fc.integer({ min: 1, max: 99 })).map(([n, m]) => `${n}/${m} Hai Bà Trưng`),
    fc.tuple(fc.constantFrom('Thôn', 'Xóm', 'Ấp', 'Bản', 'Buôn', 'Tổ', 'Khu phố', 'Tổ dân phố', 'Khóm', 'Làng'), fc.oneof(fc.integer({ min: 1, max: 30 }).map(String), fc.constantFrom('Đông', 'Na Hối', 'Tân Lập', 'Kó Êmông'))).map(([k, n]) => `${k} ${n}`),
  );

  it('property: realistic addresses (house numbers, lanes, hamlets, streets) parse to their street and unit', () => {
    fc.assert(
      fc.property(commune, style, streetPart, (u, s, street) => {
        const v = `${street}${SEPARATORS[s.separator]}${writeUnit(u, s)}`;
        const r = parseAddress(v);
        expect(r.commune?.units).toContain(u);
        expect(placeKey(r.street ?? '')).toBe(placeKey(street));
        expect(checkPlace(v, { kind: 'address' })).toEqual([]);
      }),
      { numRuns: 1500 },
    );
  });
});

describe('suggestPlaces', () => {
  it('offers the communes of the district when the commune is misread', () => {
    expect(suggestPlaces('Phường Lánh Hạ, Quận Đống Đa, Hà Nội')[0]).toBe('Phường Láng Hạ, Quận Đống Đa, Thành phố Hà Nội');
    expect(suggestPlaces('Phường Lánh Hạ, Quận Đống Đa, Hà Nội').every((s) => s.endsWith('Quận Đống Đa, Thành phố Hà Nội'))).toBe(true);
  });

  it('offers both readings of a commune written under the wrong district', () => {
    const s = suggestPlaces('Phường Láng Hạ, Quận Ba Đình, Hà Nội', 3);
    expect(s[0]).toBe('Phường Láng Hạ, Quận Đống Đa, Thành phố Hà Nội');
    expect(s.slice(1).every((x) => x.endsWith('Quận Ba Đình, Thành phố Hà Nội'))).toBe(true);
  });

  it('works from the written levels down to the lowest one', () => {
    expect(suggestPlaces('Nghệ Ann', 1)).toEqual(['Tỉnh Nghệ An']);
    expect(suggestPlaces('Huyện Quỳnh Lưuu, Nghệ An', 1)).toEqual(['Huyện Quỳnh Lưu, Tỉnh Nghệ An']);
    expect(suggestPlaces('Xa Quynh Doi, Huyen Quynh Luu, Nghe An', 1)).toEqual(['Xã Quỳnh Đôi, Huyện Quỳnh Lưu, Tỉnh Nghệ An']);
    expect(suggestPlaces('Huyện Quỳnh Lưu', 1)).toEqual(['Huyện Quỳnh Lưu, Tỉnh Nghệ An']);
    expect(suggestPlaces('Huyện Đống Đa, Hà Nội', 1)).toEqual(['Quận Đống Đa, Thành phố Hà Nội']);
  });

  it('returns at most n names, none for nothing', () => {
    expect(suggestPlaces('Hà Nội', 3)).toHaveLength(3);
    expect(suggestPlaces('', 5)).toEqual([]);
    expect(suggestPlaces('Hà Nội', 0)).toEqual([]);
  });

  it('property: a commune with one letter misread is flagged, and its true name is among the first five', () => {
    fc.assert(
      fc.property(commune, fc.nat(), fc.nat(40), (u, seed, sp) => {
        const v = misreadOne(u, seeded(seed));
        fc.pre(v !== null);
        const findings = checkPlace(v!, { kind: 'place' });
        // A misreading that yields another real unit of the district is no error of form.
        fc.pre(!parseAddress(v!, { kind: 'place' }).commune?.units.some((c) => c.parent === u.parent));
        expect(findings.length).toBeGreaterThan(0);
        const written = writeUnit({ ...u, name: v!.split(', ')[0]!, key: '' }, { spelling: sp, separator: 0, upper: false, nfd: false, oldTones: false, pad: false });
        expect(suggestPlaces(written, 5)).toContain(fullName(u));
      }),
      { numRuns: 500 },
    );
  });
});
