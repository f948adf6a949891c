import { describe, expect, it } from 'vitest';
import { DC01 } from '../../../server/src/domain/template.js';
import { codeSuggestions, fieldDef, plausibility, reasonMessage, refusal, templateOf, valuesToSave } from './fieldRules';

const api = DC01.fields.map((f) => ({ key: f.key, labelVi: f.labelVi, labelEn: f.labelEn, type: f.type, required: f.required, allowed: f.allowed ?? [] }));
const def = (key: string) => fieldDef(api.find((f) => f.key === key)!);

describe('refusal (the server rules)', () => {
  it('refuses what the server refuses, and nothing else', () => {
    expect(refusal(def('citizenId'), '00109001234', false)).toBe('a citizen ID has 12 digits, got 11');
    expect(refusal(def('citizenId'), '001 090 012 345', false)).toBeNull();
    expect(refusal(def('dateOfBirth'), '31/02/1990', false)).toMatch(/not a valid date/);
    expect(refusal(def('dateOfBirth'), '1990', false)).toBeNull();
    expect(refusal(def('fullName'), '', false)).toBe('is required');
    expect(refusal(def('fullName'), '', true)).toBeNull();
    expect(refusal(def('otherName'), '', false)).toBeNull();
    expect(refusal(def('ethnicity'), 'kinh', false)).toBeNull();
    expect(refusal(def('ethnicity'), 'Kin', false)).toMatch(/^unknown value/);
  });

  it('says the reasons in the reader’s language', () => {
    const t = (k: string, a?: Record<string, unknown>) => `${k}${a ? JSON.stringify(a) : ''}`;
    expect(reasonMessage('a citizen ID has 12 digits, got 11', t)).toBe('dk.keying.reasons.citizen_length{"n":"11"}');
    expect(reasonMessage('something new', t)).toBe('something new');
  });
});

describe('codeSuggestions', () => {
  it('offers allowed codes by prefix first, without caring for case or diacritics', () => {
    expect(codeSuggestions(def('ethnicity'), 'kin')[0]).toBe('Kinh');
    expect(codeSuggestions(def('ethnicity'), 'thai')).toContain('Thái');
    expect(codeSuggestions(def('religion'), 'phat')).toContain('Phật giáo');
    expect(codeSuggestions(def('ethnicity'), '')).toEqual([]);
  });
});

describe('valuesToSave', () => {
  it('keeps text NFC and trimmed, empty as null, illegible fields as marks', () => {
    const fields = [{ key: 'fullName' }, { key: 'otherName' }, { key: 'phone' }];
    const r = valuesToSave(fields, { fullName: ' Nguyễn Văn An '.normalize('NFD'), otherName: '', phone: '09' }, new Set(['phone']));
    expect(r.values).toEqual({ fullName: 'Nguyễn Văn An', otherName: null });
    expect(r.values.fullName).toBe('Nguyễn Văn An'.normalize('NFC'));
    expect(r.illegibleFields).toEqual(['phone']);
  });
});

describe('plausibility', () => {
  it('warns of the template rules and of text no Vietnamese syllable can be', async () => {
    const t = templateOf(api);
    expect(t.code).toBe(DC01.code);
    const w = await plausibility(t, { fullName: 'Nguyeenx Vawn An', citizenId: '001190012345', sex: 'Nam', dateOfBirth: '05/03/1990' });
    expect(w.get('fullName')?.join(' ')).toMatch(/word 1/);
    expect(w.get('citizenId')?.join(' ')).toMatch(/digit 4 does not match the sex/);
  });
});
