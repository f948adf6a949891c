import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { DC01, FIELD_TYPES, type FieldDef, type FieldType } from './template.js';
import { basicComparator, classify, createComparator, sameValue } from './compare.js';
import { canonical, ILLEGIBLE, type FieldValues } from './values.js';
import { toNewToneStyle } from './vietnamese.js';
import { F, nfd } from './values.fixtures.js';

const name = F('fullName');
const cid = F('citizenId');
const dob = F('dateOfBirth');

/** One DC01 field of each type (TEXT is not in DC01, so a synthetic one). */
const TEXT_FIELD: FieldDef = { key: 'note', labelVi: 'Ghi chú', labelEn: 'Note', type: 'TEXT', required: false, sensitive: false };
const FIELD_OF_TYPE: Record<FieldType, FieldDef> = {
  PERSON_NAME: name,
  TEXT: TEXT_FIELD,
  PLACE: F('hometown'),
  ADDRESS: F('permanentAddress'),
  DATE: dob,
  CODE: F('ethnicity'),
  CITIZEN_ID: cid,
  OLD_ID: F('oldIdNumber'),
  PHONE: F('phone'),
};

/** Compare one field of two otherwise empty records. */
const diff = (key: string, a: string | null, b: string | null) =>
  basicComparator.compare(DC01, { [key]: a }, { [key]: b });

describe('sameValue on DC01 values', () => {
  it('NFC and NFD spellings are equal', () => {
    expect(sameValue(name, 'Nguyễn Văn Đức', nfd('Nguyễn Văn Đức'))).toBe(true);
    expect(sameValue(F('permanentAddress'), 'Phường Bến Thành', nfd('Phường Bến Thành'))).toBe(true);
    expect(sameValue(F('sex'), 'Nữ', nfd('Nữ'))).toBe(true);
  });

  it('extra, trailing and lookalike spaces are equal', () => {
    expect(sameValue(name, 'Nguyễn Văn An', '  Nguyễn   Văn An ')).toBe(true);
    expect(sameValue(name, 'Nguyễn Văn An', 'Nguyễn\u00A0Văn\tAn')).toBe(true);
    expect(sameValue(F('hometown'), 'Hà Nội, Việt Nam', 'Hà Nội ,Việt Nam')).toBe(true);
  });

  it('case does not distinguish names, places, addresses and codes', () => {
    expect(sameValue(name, 'Nguyễn Văn An', 'NGUYỄN VĂN AN')).toBe(true);
    expect(sameValue(name, 'nguyễn văn an', 'Nguyễn Văn An')).toBe(true);
    expect(sameValue(F('hometown'), 'hà nội', 'Hà Nội')).toBe(true);
    expect(sameValue(F('sex'), 'male', 'Nam')).toBe(true);
    expect(sameValue(F('sex'), 'M', 'nam')).toBe(true);
  });

  it('a diacritic is never noise', () => {
    expect(sameValue(name, 'Nguyễn', 'Nguyen')).toBe(false);
    expect(sameValue(name, 'Lê', 'Lệ')).toBe(false);
    expect(sameValue(name, 'Hòa', 'Hóa')).toBe(false);
    expect(sameValue(name, 'Đức', 'Dức')).toBe(false);
    expect(sameValue(name, 'Nghĩa', 'Nghỉa')).toBe(false);
    expect(sameValue(F('sex'), 'Nam', 'Nữ')).toBe(false);
  });

  it('IDs and phones compare by digits', () => {
    expect(sameValue(cid, '001 090 012 345', '001090012345')).toBe(true);
    expect(sameValue(cid, '001.090.012.345', '001-090-012-345')).toBe(true);
    expect(sameValue(cid, '001090012345', '001090012354')).toBe(false);
    expect(sameValue(F('phone'), '+84 912 345 678', '0912.345.678')).toBe(true);
  });

  it('dates compare by their canonical form', () => {
    expect(sameValue(dob, '5/3/1990', '05/03/1990')).toBe(true);
    expect(sameValue(dob, '5.3.1990', '05-03-1990')).toBe(true);
    expect(sameValue(dob, '05/03/1990', '03/05/1990')).toBe(false);
    expect(sameValue(dob, '03/1975', '1975')).toBe(false);
    expect(sameValue(dob, '3/1975', '03/1975')).toBe(true);
  });

  it('null, blank and ILLEGIBLE', () => {
    expect(sameValue(name, null, null)).toBe(true);
    expect(sameValue(name, null, '   ')).toBe(true);
    expect(sameValue(name, null, 'An')).toBe(false);
    expect(sameValue(name, ILLEGIBLE, ILLEGIBLE)).toBe(true);
    expect(sameValue(name, ILLEGIBLE, null)).toBe(false);
    expect(sameValue(name, ILLEGIBLE, 'An')).toBe(false);
  });

  // BUG (reported): DOMAIN.md says the old and new tone placements (hoà/hòa, thuỷ/thủy, khoẻ/khỏe,
  // uỷ/ủy) are both correct spellings of the same word, yet they compare as different values
  // (classified DIACRITIC), so two correct keyings raise a discrepancy.
  it('old and new tone placement are the same word', () => {
    expect(sameValue(name, 'Nguyễn Thị Hoà', 'Nguyễn Thị Hòa')).toBe(true);
    expect(sameValue(name, 'Lê Thuỷ', 'Lê Thủy')).toBe(true);
  });
});

describe('basicComparator.compare on DC01 pairs', () => {
  it('returns nothing for identical or equivalent records', () => {
    const rec: FieldValues = { fullName: 'Nguyễn Văn An', citizenId: '001090012345', dateOfBirth: '05/03/1990', sex: 'Nam' };
    expect(basicComparator.compare(DC01, rec, { ...rec })).toEqual([]);
    expect(
      basicComparator.compare(DC01, rec, {
        fullName: nfd(' NGUYỄN  VĂN AN '),
        citizenId: '001 090 012 345',
        dateOfBirth: '5/3/1990',
        sex: 'male',
      }),
    ).toEqual([]);
    expect(basicComparator.compare(DC01, {}, {})).toEqual([]);
    expect(basicComparator.compare(DC01, { otherName: null }, {})).toEqual([]);
  });

  it('Nguyễn vs Nguyen: DIACRITIC, distance 1', () => {
    expect(diff('fullName', 'Nguyễn Văn An', 'Nguyen Văn An')).toEqual([
      { field: 'fullName', value1: 'Nguyễn Văn An', value2: 'Nguyen Văn An', kind: 'DIACRITIC', distance: 1 },
    ]);
  });

  it('Lê/Lệ, Hòa/Hóa, Đ/D and hỏi/ngã are DIACRITIC differences', () => {
    expect(diff('fullName', 'Lê Văn An', 'Lệ Văn An')).toMatchObject([{ kind: 'DIACRITIC', distance: 1 }]);
    expect(diff('fullName', 'Trần Thị Hòa', 'Trần Thị Hóa')).toMatchObject([{ kind: 'DIACRITIC', distance: 1 }]);
    expect(diff('fullName', 'Đặng Văn An', 'Dặng Văn An')).toMatchObject([{ kind: 'DIACRITIC', distance: 1 }]);
    expect(diff('fullName', 'Lê Trọng Nghĩa', 'Lê Trọng Nghỉa')).toMatchObject([{ kind: 'DIACRITIC', distance: 1 }]);
    expect(diff('hometown', 'Đà Nẵng', 'Da Nang')).toMatchObject([{ kind: 'DIACRITIC', distance: 3 }]);
  });

  it('citizen ID adjacent swap: TRANSPOSITION, distance 2', () => {
    expect(diff('citizenId', '001090012345', '001090012354')).toEqual([
      { field: 'citizenId', value1: '001090012345', value2: '001090012354', kind: 'TRANSPOSITION', distance: 2 },
    ]);
    expect(diff('citizenId', '001090012345', '010090012345')).toMatchObject([{ kind: 'TRANSPOSITION' }]);
    expect(diff('citizenId', '001 090 012 345', '001090012354')).toMatchObject([{ kind: 'TRANSPOSITION', distance: 2 }]);
  });

  it('day and month swapped: DAY_MONTH_SWAP', () => {
    expect(diff('dateOfBirth', '05/03/1990', '03/05/1990')).toEqual([
      { field: 'dateOfBirth', value1: '05/03/1990', value2: '03/05/1990', kind: 'DAY_MONTH_SWAP', distance: 2 },
    ]);
    expect(diff('dateOfBirth', '5/3/1990', '3/5/1990')).toMatchObject([{ kind: 'DAY_MONTH_SWAP' }]);
    expect(diff('dateOfBirth', '05/03/1990', '03/05/1991')[0].kind).not.toBe('DAY_MONTH_SWAP');
  });

  it('partial vs full date differ', () => {
    expect(diff('dateOfBirth', '03/1975', '1975')).toHaveLength(1);
    expect(diff('dateOfBirth', '05/03/1975', '03/1975')).toHaveLength(1);
  });

  it('value vs nothing: MISSING with the length of the value', () => {
    expect(diff('fullName', null, 'Nguyễn Văn An')).toEqual([
      { field: 'fullName', value1: null, value2: 'Nguyễn Văn An', kind: 'MISSING', distance: 13 },
    ]);
    expect(diff('phone', '0912 345 678', '  ')).toMatchObject([{ kind: 'MISSING', distance: 10 }]);
    expect(basicComparator.compare(DC01, { otherName: 'Tí' }, {})).toMatchObject([{ field: 'otherName', value2: null, kind: 'MISSING' }]);
  });

  it('ILLEGIBLE vs value: ILLEGIBLE', () => {
    expect(diff('citizenId', ILLEGIBLE, '001090012345')).toEqual([
      { field: 'citizenId', value1: ILLEGIBLE, value2: '001090012345', kind: 'ILLEGIBLE', distance: 12 },
    ]);
    expect(diff('fullName', 'An', ILLEGIBLE)).toMatchObject([{ kind: 'ILLEGIBLE' }]);
  });

  it('a dropped letter: OMISSION_INSERTION, distance 1 (both directions)', () => {
    expect(diff('fullName', 'Nguyễn Văn An', 'Nguyễn Vn An')).toEqual([
      { field: 'fullName', value1: 'Nguyễn Văn An', value2: 'Nguyễn Vn An', kind: 'OMISSION_INSERTION', distance: 1 },
    ]);
    expect(diff('fullName', 'Nguyễn Vn An', 'Nguyễn Văn An')).toMatchObject([{ kind: 'OMISSION_INSERTION', distance: 1 }]);
    expect(diff('citizenId', '001090012345', '00109001234')).toMatchObject([{ kind: 'OMISSION_INSERTION', distance: 1 }]);
    expect(diff('fullName', 'Trần An', 'Trần Anh Anh')).toMatchObject([{ kind: 'OMISSION_INSERTION', distance: 5 }]);
  });

  it('a wrong letter or digit: SUBSTITUTION with its distance', () => {
    expect(diff('fullName', 'Trần Văn An', 'Trầm Văn An')).toMatchObject([{ kind: 'SUBSTITUTION', distance: 1 }]);
    expect(diff('citizenId', '001090012345', '001090012845')).toMatchObject([{ kind: 'SUBSTITUTION', distance: 1 }]);
    expect(diff('citizenId', '001090012345', '001090019375')).toMatchObject([{ kind: 'SUBSTITUTION', distance: 2 }]);
  });

  it('anything else: OTHER with the edit distance', () => {
    expect(diff('citizenId', '001090012345', '001090987345')).toMatchObject([{ kind: 'OTHER', distance: 3 }]);
    expect(diff('fullName', 'Nguyễn Văn An', 'Trần Thị Bình')).toMatchObject([{ kind: 'OTHER' }]);
    expect(diff('fullName', 'Lê An', 'Lý Anh')).toMatchObject([{ kind: 'OTHER', distance: 2 }]);
  });

  it('edit distance is counted on the comparison form (case and spacing ignored, NFC)', () => {
    expect(classify(name, 'NGUYỄN VĂN AN', nfd('nguyễn vn an'))).toEqual({ kind: 'OMISSION_INSERTION', distance: 1 });
    expect(classify(cid, '001 090 012 345', '001.090.012.845')).toEqual({ kind: 'SUBSTITUTION', distance: 1 });
    expect(classify(dob, '5/3/1990', '5/3/1991')).toEqual({ kind: 'SUBSTITUTION', distance: 1 });
  });

  it('keeps raw values in the diff and lists fields in template order', () => {
    const first: FieldValues = { phone: '0912345678', fullName: 'Nguyễn Văn An', citizenId: '001090012345', sex: 'Nam' };
    const second: FieldValues = { sex: 'Nữ', citizenId: '001 090 012 354', fullName: 'Nguyen Văn An', phone: '0912345679' };
    const out = basicComparator.compare(DC01, first, second);
    expect(out.map((d) => d.field)).toEqual(['fullName', 'sex', 'citizenId', 'phone']);
    expect(out[2]).toMatchObject({ value1: '001090012345', value2: '001 090 012 354' });
    const order = DC01.fields.map((f) => f.key);
    const idx = out.map((d) => order.indexOf(d.field));
    expect([...idx].sort((a, b) => a - b)).toEqual(idx);
  });

  it('ignores keys that are not template fields', () => {
    expect(basicComparator.compare(DC01, { bogus: 'a' }, { bogus: 'b' })).toEqual([]);
  });

  it('exposes canonical and same', () => {
    expect(basicComparator.same(name, 'an', 'AN')).toBe(true);
    expect(basicComparator.canonical(name, 'an')).toBe(canonical(name, 'an'));
  });
});

// --- properties -----------------------------------------------------------------------------

const BASE_VOWELS = ['a', 'ă', 'â', 'e', 'ê', 'i', 'o', 'ô', 'ơ', 'u', 'ư', 'y'];
const TONES = ['', '\u0300', '\u0301', '\u0303', '\u0309', '\u0323'];
const VOWELS = BASE_VOWELS.flatMap((v) => TONES.map((t) => (v + t).normalize('NFC')));
const CONSONANTS = ['b', 'c', 'ch', 'd', 'đ', 'g', 'gh', 'gi', 'h', 'k', 'kh', 'l', 'm', 'n', 'ng', 'ngh', 'nh', 'p', 'ph', 'qu', 'r', 's', 't', 'th', 'tr', 'v', 'x'];
const FINALS = ['', 'c', 'ch', 'm', 'n', 'ng', 'nh', 'p', 't'];

const upperFirst = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const syllable = fc
  .tuple(fc.constantFrom('', ...CONSONANTS), fc.array(fc.constantFrom(...VOWELS), { minLength: 1, maxLength: 2 }), fc.constantFrom(...FINALS), fc.integer({ min: 0, max: 2 }))
  .map(([c, v, f, casing]) => {
    const s = c + v.join('') + f;
    return casing === 0 ? s : casing === 1 ? upperFirst(s) : s.toUpperCase();
  });
/** Vietnamese-looking text in NFC, with ordinary and lookalike separators. */
const vietnamese = fc
  .tuple(fc.array(syllable, { minLength: 1, maxLength: 5 }), fc.constantFrom(' ', '  ', '\u00A0', ' , ', '-'))
  .map(([words, sep]) => words.join(sep));

const anyField = fc.constantFrom(...FIELD_TYPES.map((t) => FIELD_OF_TYPE[t]), ...DC01.fields);
const anyString = fc.oneof(
  fc.string(),
  fc.string({ unit: 'binary' }),
  vietnamese,
  vietnamese.map(nfd),
  fc.constantFrom(ILLEGIBLE, '', '  ', '05/03/1990', '5/3/1990', '001 090 012 345', '+84 912 345 678', 'male', 'Nam'),
);
/** Pairs that are often equivalent, so symmetry is exercised on both outcomes. */
const variant = (s: string, how: number) =>
  [s, nfd(s), s.toUpperCase(), ` ${s}  `, s.replace(/ /g, '\u00A0'), s.toLowerCase()][how % 6];
const anyPair = fc.oneof(
  fc.tuple(anyString, anyString),
  fc.tuple(anyString, fc.nat()).map(([s, how]) => [s, variant(s, how)] as [string, string]),
);
const nullable = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: null, freq: 8 });

describe('sameValue properties', () => {
  it('is reflexive for every field and any string or null', () => {
    fc.assert(
      fc.property(anyField, nullable(anyString), (field, s) => {
        expect(sameValue(field, s, s)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('is symmetric for every field', () => {
    fc.assert(
      fc.property(anyField, anyPair, (field, [a, b]) => {
        expect(sameValue(field, a, b)).toBe(sameValue(field, b, a));
        expect(sameValue(field, null, b)).toBe(sameValue(field, b, null));
      }),
      { numRuns: 1000 },
    );
  });

  it('does not depend on NFC vs NFD for Vietnamese text, whatever the field type', () => {
    fc.assert(
      fc.property(anyField, vietnamese, vietnamese, (field, a, b) => {
        expect(sameValue(field, a, nfd(a))).toBe(true);
        expect(sameValue(field, nfd(a), b)).toBe(sameValue(field, a, b));
        expect(sameValue(field, a, nfd(b))).toBe(sameValue(field, a, b));
      }),
      { numRuns: 500 },
    );
  });

  it('a value is equivalent to its own canonical form (Vietnamese text)', () => {
    fc.assert(
      fc.property(anyField, fc.oneof(vietnamese, vietnamese.map(nfd)), (field, s) => {
        expect(sameValue(field, s, canonical(field, s))).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('two different digit strings of the same length are never equal as citizen IDs', () => {
    const digits = (n: number) => fc.array(fc.integer({ min: 0, max: 9 }), { minLength: n, maxLength: n }).map((d) => d.join(''));
    const citizenFields = DC01.fields.filter((f) => f.type === 'CITIZEN_ID');
    const mutated = fc
      .tuple(digits(12), fc.nat({ max: 11 }), fc.integer({ min: 1, max: 9 }))
      .map(([d, i, k]) => [d, d.slice(0, i) + String((+d[i] + k) % 10) + d.slice(i + 1)] as [string, string]);
    fc.assert(
      fc.property(
        fc.constantFrom(...citizenFields),
        fc.oneof(mutated, fc.integer({ min: 1, max: 14 }).chain((n) => fc.tuple(digits(n), digits(n)))),
        fc.boolean(),
        (field, [a, b], grouped) => {
          fc.pre(a !== b);
          const show = (s: string) => (grouped ? s.replace(/(\d{3})(?=\d)/g, '$1 ') : s);
          expect(sameValue(field, show(a), b)).toBe(false);
          expect(sameValue(field, a, show(b))).toBe(false);
          expect(sameValue(field, show(a), a)).toBe(true);
        },
      ),
      { numRuns: 1000 },
    );
  });
});

describe('strict fields and the stored tone style', () => {
  const strictName = { ...DC01.fields.find((f) => f.key === 'fullName')!, strict: true };
  it('make case and spacing differences discrepancies of kind CASE_SPACING, but never NFC/NFD or tone placement', () => {
    expect(sameValue(strictName, 'Nguyễn Văn An', 'nguyễn văn an')).toBe(false);
    expect(classify(strictName, 'Nguyễn Văn An', 'nguyễn văn an').kind).toBe('CASE_SPACING');
    expect(classify(strictName, 'Nguyễn Văn  An', 'Nguyễn Văn An').kind).toBe('CASE_SPACING');
    expect(sameValue(strictName, 'Nguyễn Thị Hoà', 'Nguyễn Thị Hòa'.normalize('NFD'))).toBe(true);
    expect(classify(strictName, 'Nguyễn Văn An', 'Nguyen Văn An').kind).toBe('DIACRITIC');
  });
  it('store canonical values in the configured tone style', () => {
    const name = DC01.fields.find((f) => f.key === 'fullName')!;
    expect(createComparator({ toneStyle: 'old' }).canonical(name, 'nguyễn thị hòa')).toBe('Nguyễn Thị Hoà');
    expect(createComparator({ toneStyle: 'new' }).canonical(name, 'nguyễn thị hoà')).toBe('Nguyễn Thị Hòa');
    expect(createComparator({ toneStyle: 'old' }).same(name, 'Hoà', 'Hòa')).toBe(true);
  });
});

describe('punctuation that never changes a value', () => {
  const f = (k: string) => DC01.fields.find((x) => x.key === k)!;
  it('treats typographic apostrophes and dash spacing as the same', () => {
    expect(sameValue(f('ethnicity'), "H’Mông", "H'Mông")).toBe(true);
    expect(sameValue(f('fullName'), 'Lê-Thị Hoa', 'Lê - Thị Hoa')).toBe(true);
    expect(sameValue(f('permanentAddress'), 'Số 12-14 Lê Lợi', 'Số 12 - 14 Lê Lợi')).toBe(true);
    expect(sameValue(f('permanentAddress'), 'Số 12-14 Lê Lợi', 'Số 12-15 Lê Lợi')).toBe(false);
  });
  it('reports an illegible mark against an empty value as ILLEGIBLE, not MISSING', () => {
    expect(classify(f('phone'), ILLEGIBLE, null).kind).toBe('ILLEGIBLE');
  });
});

describe('Ð (eth, U+00D0) typed for Đ (U+0110)', () => {
  const f = (k: string) => DC01.fields.find((x) => x.key === k)!;
  it('compares equal to Đ in names, places, addresses and codes, and is stored as Đ', () => {
    expect(sameValue(f('fullName'), '\u00D0ặng Văn \u00D0ức', 'Đặng Văn Đức')).toBe(true);
    expect(sameValue(f('hometown'), 'Xã \u00D0ông Hòa, Tỉnh Thái Bình', 'Xã Đông Hòa, Tỉnh Thái Bình')).toBe(true);
    expect(sameValue(f('permanentAddress'), 'Số 5, \u00F0ường Lê Lợi', 'Số 5, đường Lê Lợi')).toBe(true);
    expect(sameValue(f('maritalStatus'), '\u00D0ã kết hôn', 'Đã kết hôn')).toBe(true);
    expect(basicComparator.compare(DC01, { fullName: '\u00D0ỗ Thị Hà' }, { fullName: 'Đỗ Thị Hà' })).toEqual([]);
    expect(basicComparator.canonical(f('fullName'), '\u00D0ỗ thị hà')).toBe('Đỗ Thị Hà');
    expect(createComparator({ toneStyle: 'old' }).canonical(f('fullName'), '\u00D0ỗ Thị Hòa')).toBe('Đỗ Thị Hoà');
  });
  it('is still a difference from D', () => {
    expect(sameValue(f('fullName'), '\u00D0ặng Văn An', 'Dặng Văn An')).toBe(false);
    expect(classify(f('fullName'), '\u00D0ặng Văn An', 'Dặng Văn An').kind).toBe('DIACRITIC');
  });
});

describe('sameValue properties: Vietnamese words', () => {
  const textFields = DC01.fields.filter((f) => ['PERSON_NAME', 'PLACE', 'ADDRESS'].includes(f.type));
  // Syllables ending in oa/oe/uy (no final consonant), where the two tone placements differ.
  const OLD_NEW: [string, string][] = [
    ['hoà', 'hòa'], ['hoá', 'hóa'], ['hoả', 'hỏa'], ['hoã', 'hõa'], ['hoạ', 'họa'],
    ['khoẻ', 'khỏe'], ['khoè', 'khòe'], ['thuỷ', 'thủy'], ['thuý', 'thúy'], ['uỷ', 'ủy'], ['tuỳ', 'tùy'], ['luỹ', 'lũy'], ['thuỵ', 'thụy'],
  ];
  const words = fc.array(syllable, { minLength: 0, maxLength: 3 });

  it('is invariant under old/new tone placement (hoà = hòa, thuỷ = thủy) in names, places and addresses', () => {
    fc.assert(
      fc.property(fc.constantFrom(...textFields), words, fc.constantFrom(...OLD_NEW), words, (field, before, [oldStyle, newStyle], after) => {
        const a = [...before, oldStyle, ...after].join(' ');
        const b = [...before, newStyle, ...after].join(' ');
        expect(sameValue(field, a, b)).toBe(true);
        expect(sameValue(field, nfd(a), b)).toBe(true);
      }),
    );
  });

  it('never equates words that differ in one base letter or one tone', () => {
    const letters = ['a', 'ă', 'â', 'e', 'ê', 'o', 'ô', 'ơ', 'u', 'ư', 'i', 'y', 'd', 'đ', 'n', 'm', 't'];
    let checked = 0;
    fc.assert(
      fc.property(
        fc.constantFrom(...textFields),
        fc.array(syllable, { minLength: 1, maxLength: 4 }),
        fc.nat(),
        fc.nat(),
        fc.boolean(),
        (field, ws, at, pick, changeTone) => {
          const text = ws.join(' ');
          const chars = [...text];
          const i = at % chars.length;
          const ch = chars[i];
          const base = ch.normalize('NFD')[0];
          if (!/\p{L}/u.test(base)) return;
          let changed: string;
          if (changeTone && /[aăâeêioôơuưy]/i.test(ch.normalize('NFD').normalize('NFC').replace(/[\u0300-\u036f]/g, '').normalize('NFC'))) {
            // Replace the tone of this vowel with a different one (or none).
            const bare = ch.normalize('NFD').replace(/[\u0300\u0301\u0303\u0309\u0323]/g, '');
            const tones = ['', '\u0300', '\u0301', '\u0303', '\u0309', '\u0323'];
            const current = tones.find((t) => t && ch.normalize('NFD').includes(t)) ?? '';
            const other = tones.filter((t) => t !== current)[pick % 5];
            changed = (bare + other).normalize('NFC');
          } else {
            const other = letters.filter((l) => l !== base.toLowerCase() && l !== ch.toLowerCase())[pick % (letters.length - 1)];
            if (!other) return;
            changed = ch === ch.toUpperCase() ? other.toUpperCase() : other;
          }
          if (changed.toLowerCase() === ch.toLowerCase()) return;
          chars[i] = changed;
          const mutated = chars.join('');
          // Moving a tone between o/a, o/e, u/y is a placement style, not a different word.
          if (toNewToneStyle(mutated.toLowerCase()) === toNewToneStyle(text.toLowerCase())) return;
          checked++;
          expect(sameValue(field, text, mutated)).toBe(false);
        },
      ),
      { numRuns: 500 },
    );
    // The generator must really exercise the property, not skip most cases.
    expect(checked).toBeGreaterThan(300);
  });
});
