import { describe, expect, it } from 'vitest';
import { DC01, type FieldDef } from './template.js';
import { canonical, canonicalOfClean, checkValue, ILLEGIBLE, isNameText, isPlaceText, keystrokes, validateValues } from './values.js';
import { F, nfd, VALID } from './values.fixtures.js';

describe('canonical', () => {
  it('passes null and ILLEGIBLE through and turns blank into null', () => {
    for (const f of DC01.fields) {
      expect(canonical(f, null)).toBeNull();
      expect(canonical(f, ILLEGIBLE)).toBe(ILLEGIBLE);
      expect(canonical(f, ' \u00A0 ')).toBeNull();
    }
  });

  it('PERSON_NAME: cleaned, NFC, title case', () => {
    expect(canonical(F('fullName'), '  nguyễn   văn  đức ')).toBe('Nguyễn Văn Đức');
    expect(canonical(F('fullName'), nfd('NGUYỄN VĂN ĐỨC'))).toBe('Nguyễn Văn Đức');
    expect(canonical(F('fullName'), "h'mông a")).toBe("H'Mông A");
  });

  it('PLACE and ADDRESS: cleaned with tidy punctuation, case kept', () => {
    expect(canonical(F('hometown'), 'Hà Nội ,Việt Nam')).toBe('Hà Nội, Việt Nam');
    expect(canonical(F('permanentAddress'), ' Số 12 ,phố Lê Lợi ,  Bà Rịa -Vũng Tàu ')).toBe('Số 12, phố Lê Lợi, Bà Rịa - Vũng Tàu');
    expect(canonical(F('permanentAddress'), 'Số 12-14 Lê Lợi')).toBe('Số 12-14 Lê Lợi');
  });

  it('TEXT: cleaned only', () => {
    const text: FieldDef = { key: 'note', labelVi: 'Ghi chú', labelEn: 'Note', type: 'TEXT', required: false, sensitive: false };
    expect(canonical(text, nfd('  ghi   chú ,a '))).toBe('ghi chú ,a');
  });

  it('DATE: padded dd/mm/yyyy, mm/yyyy or yyyy; invalid dates returned cleaned', () => {
    expect(canonical(F('dateOfBirth'), '5/3/1990')).toBe('05/03/1990');
    expect(canonical(F('dateOfBirth'), '5.3.1990')).toBe('05/03/1990');
    expect(canonical(F('dateOfBirth'), '3/1975')).toBe('03/1975');
    expect(canonical(F('dateOfBirth'), ' 1975 ')).toBe('1975');
    expect(canonical(F('dateOfBirth'), ' 31/02/1990 ')).toBe('31/02/1990');
  });

  it('CODE: allowed value spelling, synonyms mapped, unknown returned cleaned', () => {
    expect(canonical(F('sex'), 'male')).toBe('Nam');
    expect(canonical(F('sex'), 'M')).toBe('Nam');
    expect(canonical(F('sex'), 'Female')).toBe('Nữ');
    expect(canonical(F('sex'), 'NỮ')).toBe('Nữ');
    expect(canonical(F('sex'), nfd('nữ'))).toBe('Nữ');
    expect(canonical(F('ethnicity'), 'hmong')).toBe("H'Mông");
    expect(canonical(F('ethnicity'), "h'mông")).toBe("H'Mông");
    expect(canonical(F('ethnicity'), 'ê đê')).toBe('Ê Đê');
    expect(canonical(F('nationality'), 'viet nam')).toBe('Việt Nam');
    expect(canonical(F('religion'), 'không có')).toBe('Không');
    expect(canonical(F('bloodType'), 'ab')).toBe('AB');
    expect(canonical(F('sex'), '  xyz ')).toBe('xyz');
  });

  it('stores Đ for an Ð (eth) typed for it, and validation hands out the mapped clean value', () => {
    expect(canonical(F('fullName'), '\u00D0INH VĂN \u00D0ỨC')).toBe('Đinh Văn Đức');
    expect(canonical(F('ethnicity'), '\u00CA \u00D0\u00EA')).toBe('Ê Đê');
    const v = validateValues(DC01, { ...VALID, fullName: '\u00D0ặng Thị Hà' });
    expect(v.problems).toEqual([]);
    expect(v.values.fullName).toBe('\u00D0ặng Thị Hà'); // the keying keeps what was typed
    expect(canonicalOfClean(F('fullName'), v.clean.fullName!)).toBe('Đặng Thị Hà');
  });

  it('CITIZEN_ID and OLD_ID: digits only', () => {
    expect(canonical(F('citizenId'), '001 090.012-345')).toBe('001090012345');
    expect(canonical(F('citizenId'), '００１０９００１２３４５')).toBe('001090012345');
    expect(canonical(F('oldIdNumber'), '123 456 789')).toBe('123456789');
  });

  it('PHONE: digits only, +84 becomes 0', () => {
    expect(canonical(F('phone'), '+84 912 345 678')).toBe('0912345678');
    expect(canonical(F('phone'), '0912.345.678')).toBe('0912345678');
  });

  it('is idempotent on valid values', () => {
    const samples: Record<string, string> = { ...VALID, dateOfBirth: '5/3/1990', sex: 'male', phone: '+84 912 345 678', ethnicity: 'hmong' };
    for (const [k, v] of Object.entries(samples)) {
      const once = canonical(F(k), v);
      expect(canonical(F(k), once), k).toBe(once);
      expect(checkValue(F(k), once), k).toBeNull();
    }
  });
});

describe('keystrokes', () => {
  it('sums the length of typed values, skipping null and ILLEGIBLE', () => {
    expect(keystrokes({})).toBe(0);
    expect(keystrokes({ a: null, b: ILLEGIBLE })).toBe(0);
    expect(keystrokes({ a: 'abc', b: null, c: ILLEGIBLE, d: 'Nguyễn', e: '' })).toBe(9);
    expect(keystrokes({ citizenId: '001090012345', sex: 'Nam' })).toBe(15);
  });

  it('is what validateValues counts while it validates (NFC length of each accepted value)', () => {
    const input = { ...VALID, fullName: nfd('  Nguyễn  Văn An '), otherName: '   ', hometown: nfd('Thừa Thiên Huế'), fatherName: 'Lê Văn Hoà' };
    const r = validateValues(DC01, input, ['spouseName']);
    expect(r.problems).toEqual([]);
    expect(r.strokes).toBe(keystrokes(r.values));
    expect(r.strokes).toBeGreaterThan(100);
  });
});

describe('isNameText / isPlaceText', () => {
  // The Unicode-property classes they answer for; the plain-range fast path must never widen them.
  const NAME = /^[\p{L}\p{M}' ’.\-]+$/u;
  const PLACE = /^[\p{L}\p{M}\p{N}\p{Zs},.;:/()'’"&#+–—-]+$/u;

  it('agree with the Unicode-property classes on every character of the Basic Multilingual Plane', () => {
    const differ: string[] = [];
    for (let cp = 1; cp <= 0xffff; cp++) {
      if (cp >= 0xd800 && cp <= 0xdfff) continue;
      const c = String.fromCharCode(cp);
      if (isNameText(c) !== NAME.test(c) || isPlaceText(c) !== PLACE.test(c)) differ.push(cp.toString(16));
    }
    expect(differ).toEqual([]);
  });

  it('accept Vietnamese in NFC and NFD, and refuse markup', () => {
    for (const s of ['Nguyễn Thị Hoà', nfd('Đặng Văn Ưởng'), "H'Hen Niê", 'Lê-Thị']) expect(isNameText(s)).toBe(true);
    for (const s of ['Số 12/3, ngõ 4 - phố Huế, Hà Nội', nfd('Thôn Phú Mỹ, xã Hoà Bình'), 'Bản Pá Khoang (cũ)']) expect(isPlaceText(s)).toBe(true);
    for (const s of ['An<b>', 'Nguyễn×Văn', 'a{{b}}']) expect(isNameText(s)).toBe(false);
    for (const s of ['<script>', 'Số 1 ${x}', 'a*b', 'x÷y']) expect(isPlaceText(s)).toBe(false);
  });
});
