import { describe, expect, it } from 'vitest';
import { DC01, type FieldDef } from '../domain/template.js';
import { checkValue } from '../domain/values.js';
import { createRng } from './rng.js';
import { iterateCampaign } from './campaign.js';
import { FOOL, findAmbiguities, foolChance, misreadValue } from './misreading.js';
import { keyPair, type Clerk } from './errors.js';
import { DEFAULT_HABITS, type VariantHabits } from './variants.js';

const field = (k: string): FieldDef => DC01.fields.find((f) => f.key === k)!;
const NO_VARIANTS = Object.fromEntries(Object.keys(DEFAULT_HABITS).map((k) => [k, 0])) as VariantHabits;
const clerk = (code: string, weakness: number): Clerk => ({ code, accuracy: 'good', fieldErrorRate: 0, secondsPerForm: 200, weakness, habits: NO_VARIANTS });
const TRUTHS = [...iterateCampaign(6, { forms: 2000, batchSize: 100 })].flatMap((b) => b.forms.map((f) => f.truth));

describe('misreadings', () => {
  it('confuse handwritten digits, vowel shapes, tones and letters, and the station accepts them', () => {
    const rng = createRng(1);
    const seen = (key: string, v: string) => new Set(Array.from({ length: 300 }, () => misreadValue(rng, field(key), v)?.value));
    const ids = seen('citizenId', '001090012345');
    expect(ids).toContain('007090012345'); // 1 read as 7
    expect(ids).toContain('001090012845'); // 3 read as 8
    const names = seen('fullName', 'Nguyễn Thị Thủy');
    expect(names).toContain('Nguyễn Thị Thũy'); // hỏi read as ngã
    const names2 = seen('fullName', 'Trần Văn Hùng');
    expect([...names2].some((n) => n === 'Trần Văn Húng' || n === 'Chần Văn Hùng' || n === 'Trần Văn Hưng')).toBe(true);
    for (const t of TRUTHS.slice(0, 300)) {
      for (const f of DC01.fields) {
        const v = t[f.key];
        if (v == null) continue;
        const m = misreadValue(rng, f, v);
        if (!m) continue;
        expect(m.value).not.toBe(v);
        expect(checkValue(f, m.value), `${f.key} ${m.value}`).toBeNull();
      }
    }
  });

  it('fool hard fields more than codes, and weak readers more than good ones', () => {
    expect(FOOL.PERSON_NAME).toBeGreaterThan(3 * FOOL.CODE);
    expect(FOOL.CITIZEN_ID).toBeGreaterThan(3 * FOOL.CODE);
    const a = { field: 'fullName', kind: 'MISREAD_TONE' as const, misread: 'x', fool: FOOL.PERSON_NAME };
    expect(foolChance(a, 2)).toBeGreaterThan(foolChance(a, 1));
    expect(foolChance(a, 100)).toBeLessThan(1);
  });

  it('give identical errors at about the same-error rate, nearly all misreadings, more often for weak clerks', () => {
    const rng = createRng(2);
    const count = (w: number) => {
      let same = 0, misread = 0, fields = 0;
      for (const t of TRUTHS) {
        const { sameErrors, pass1, pass2 } = keyPair(rng, t, clerk('KT0001', w), clerk('KT0002', w), { sameErrorRate: 0.01 });
        fields += Object.values(t).filter((v) => v !== null).length;
        same += sameErrors.length;
        misread += sameErrors.filter((e) => e.cause === 'MISREAD').length;
        for (const e of sameErrors) expect(pass1.values[e.field]).toBe(pass2.values[e.field]);
      }
      return { rate: same / fields, misread, same };
    };
    const avg = count(1);
    expect(avg.rate).toBeGreaterThan(0.006);
    expect(avg.rate).toBeLessThan(0.013);
    expect(avg.misread).toBe(avg.same); // no slips at rate 0
    expect(count(2).rate).toBeGreaterThan(2 * avg.rate);
  });

  it('are a property of the scan: found once per form, none at rate 0', () => {
    const rng = createRng(3);
    expect(findAmbiguities(rng, TRUTHS[0]!, { sameRate: 0 })).toEqual({});
    let n = 0;
    for (const t of TRUTHS.slice(0, 500)) {
      for (const a of Object.values(findAmbiguities(rng, t, { sameRate: 0.02 }))) {
        n++;
        expect(a.misread).not.toBe(t[a.field]);
        expect(a.fool).toBe(FOOL[field(a.field).type]);
      }
    }
    expect(n).toBeGreaterThan(100);
  });
});
