import { describe, expect, it } from 'vitest';
import { DC01, type FieldDef } from '../domain/template.js';
import { toNewToneStyle, toOldToneStyle } from '../domain/vietnamese.js';
import { createRng } from './rng.js';
import { PROVINCES } from './provinces.js';
import { CitizenIdAllocator, generateHousehold, randomCommune, type PersonRecord } from './people.js';
import { isValidDate, isValidFieldValue } from './checks.js';
import { keyForm, keyPair, keyValue, makeClerks, makeError, type Clerk, type ErrorKind } from './errors.js';
import { SLIP_KINDS } from './slips.js';
import { DEFAULT_HABITS, type VariantHabits } from './variants.js';

const NO_VARIANTS = Object.fromEntries(Object.keys(DEFAULT_HABITS).map((k) => [k, 0])) as VariantHabits;
const FIELD = new Map(DC01.fields.map((f) => [f.key, f]));
const field = (k: string): FieldDef => FIELD.get(k)!;

function people(seed: number, n: number): PersonRecord[] {
  const rng = createRng(seed);
  const ids = new CitizenIdAllocator();
  const out: PersonRecord[] = [];
  while (out.length < n) {
    const provinceCode = rng.pick(PROVINCES).code;
    out.push(...generateHousehold(rng, { provinceCode, ...randomCommune(rng, provinceCode), ids }));
  }
  return out.slice(0, n);
}
const PEOPLE = people(11, 3000);

const clerk = (rate: number, extra: Partial<Clerk> = {}): Clerk => ({
  code: 'KT9999',
  accuracy: 'poor',
  fieldErrorRate: rate,
  secondsPerForm: 200,
  habits: NO_VARIANTS,
  ...extra,
});

/** Same value up to Unicode form and tone placement style. */
const canon = (v: string | null): string | null => (v === null ? null : toNewToneStyle(v.normalize('NFC')));

describe('keying errors', () => {
  const forms = PEOPLE.slice(0, 3000);

  it('measures a per-field error rate close to the clerk rate', () => {
    const r = createRng(21);
    const c = clerk(0.01);
    let fields = 0, errors = 0;
    for (const t of forms) {
      const k = keyForm(r, t, c);
      fields += Object.values(t).filter((v) => v !== null).length;
      errors += k.errors.length;
    }
    expect(fields).toBeGreaterThan(20000);
    const rate = errors / fields;
    expect(rate).toBeGreaterThan(0.0085);
    expect(rate).toBeLessThan(0.0115);
  });

  it('errs more on names and addresses than on codes', () => {
    const r = createRng(22);
    const c = clerk(0.02);
    const byType = new Map<string, [number, number]>();
    for (const t of forms) {
      const k = keyForm(r, t, c);
      for (const f of DC01.fields) {
        if (t[f.key] === null) continue;
        const e = byType.get(f.type) ?? [0, 0];
        e[0]++;
        if (k.errors.some((x) => x.field === f.key)) e[1]++;
        byType.set(f.type, e);
      }
    }
    const rate = (t: string) => byType.get(t)![1] / byType.get(t)![0];
    expect(rate('ADDRESS')).toBeGreaterThan(2 * rate('CODE'));
    expect(rate('PERSON_NAME')).toBeGreaterThan(2 * rate('CODE'));
  });

  it('produces every declared kind, each a real change, and only valid values', () => {
    const r = createRng(23);
    const c = clerk(0.3);
    const kinds = new Set<ErrorKind>();
    for (const t of forms.slice(0, 1500)) {
      const k = keyForm(r, t, c);
      const errored = new Set(k.errors.map((e) => e.field));
      for (const e of k.errors) kinds.add(e.kind);
      for (const f of DC01.fields) {
        const tv = t[f.key] ?? null;
        const kv = k.values[f.key] ?? null;
        expect(isValidFieldValue(f, kv), `${f.key}: ${tv} -> ${kv}`).toBe(true);
        expect(canon(kv) !== tv, `${f.key}: ${tv} -> ${kv}`).toBe(errored.has(f.key));
        if (f.required) expect(kv).not.toBeNull();
        if (tv === null) expect(kv).toBeNull();
        if (kv !== null && ['CITIZEN_ID', 'OLD_ID', 'PHONE'].includes(f.type)) expect(kv.length).toBe(tv!.length);
        if (f.type === 'DATE') expect(isValidDate(kv!)).toBe(true);
      }
      for (const e of k.errors.filter((x) => x.kind === 'DAY_MONTH_SWAP')) {
        const [d, m, y] = t[e.field]!.split('/');
        expect(k.values[e.field]).toBe(`${m}/${d}/${y}`);
      }
    }
    expect([...kinds].sort()).toEqual([...SLIP_KINDS].sort());
  });

  it('makes typical Vietnamese errors on names', () => {
    const r = createRng(24);
    const name = field('fullName');
    const seen = new Map<ErrorKind, string[]>();
    for (let i = 0; i < 400; i++) {
      const e = makeError(r, name, 'Nguyễn Thị Nghĩa')!;
      expect(e).not.toBeNull();
      seen.set(e.kind, [...(seen.get(e.kind) ?? []), e.value!]);
    }
    expect(seen.get('TONE')).toContain('Nguyễn Thị Nghỉa');
    expect(seen.get('DIACRITIC')).toContain('Nguyen Thị Nghĩa');
    expect(seen.has('SKIPPED')).toBe(false);
    const sex = makeError(r, field('sex'), 'Nam')!;
    expect(sex).toEqual({ value: 'Nữ', kind: 'WRONG_CODE' });
    expect(makeError(r, field('dateOfBirth'), '2024')).not.toBeNull();
  });

  it('keyValue leaves values alone at rate 0 and never fills empty fields', () => {
    const r = createRng(25);
    const c = clerk(0);
    expect(keyValue(r, field('fullName'), 'Lê Văn Hòa', c)).toEqual({ value: 'Lê Văn Hòa' });
    expect(keyValue(r, field('otherName'), null, clerk(1))).toEqual({ value: null });
  });

  it('marks NFD and old-style keyings as variants, not errors', () => {
    const r = createRng(26);
    const c = clerk(0, { habits: { ...NO_VARIANTS, NFD: 1, OLD_TONE: 1 } });
    for (const t of forms.slice(0, 200)) {
      const k = keyForm(r, t, c);
      expect(k.errors).toEqual([]);
      for (const f of DC01.fields) expect(canon(k.values[f.key] ?? null)).toBe(t[f.key]);
      const named = k.variants.filter((v) => v.field === 'fullName');
      if (/[^\x00-\x7f]/.test(t.fullName!)) expect(named.map((v) => v.kind)).toContain('NFD');
      else expect(named).toEqual([]);
      for (const v of k.variants) expect(v.folded).toBe(true);
      expect(k.values.fullName).toBe(toOldToneStyle(t.fullName!).normalize('NFD'));
      expect(k.seconds).toBeGreaterThan(0);
    }
  });

  it('keyPair makes identical misreadings in both passes at about the same-error rate', () => {
    const r = createRng(27);
    let same = 0, fields = 0;
    for (const t of forms.slice(0, 1000)) {
      const { pass1, pass2, sameErrors } = keyPair(r, t, clerk(0), clerk(0, { code: 'KT9998' }), { sameErrorRate: 0.02 });
      fields += Object.values(t).filter((v) => v !== null).length;
      same += sameErrors.length;
      for (const e of sameErrors) {
        expect(pass1.values[e.field]).toBe(pass2.values[e.field]);
        expect(pass1.values[e.field]).not.toBe(t[e.field]);
        expect(pass1.errors).toContainEqual(e);
        expect(pass2.errors).toContainEqual(e);
      }
    }
    expect(same / fields).toBeGreaterThan(0.012);
    expect(same / fields).toBeLessThan(0.025);
  });

  it('makeClerks mixes good, average and poor clerks', () => {
    const cs = makeClerks(createRng(28), 20);
    expect(cs.map((c) => c.code)).toEqual(Array.from({ length: 20 }, (_, i) => `KT${String(i + 1).padStart(4, '0')}`));
    const tier = (a: Clerk['accuracy']) => cs.filter((c) => c.accuracy === a);
    expect(tier('poor')).toHaveLength(1);
    expect(tier('average')).toHaveLength(3);
    expect(tier('good')).toHaveLength(16);
    for (const c of tier('good')) expect(c.fieldErrorRate).toBeLessThan(0.0045);
    for (const c of tier('average')) expect(c.fieldErrorRate / 0.003).toBeGreaterThan(1.6);
    for (const c of tier('poor')) expect(c.fieldErrorRate / 0.003).toBeGreaterThanOrEqual(5);
    // Weaker clerks are also more easily fooled by ambiguous handwriting.
    for (const c of tier('poor')) for (const g of tier('good')) expect(c.weakness!).toBeGreaterThan(g.weakness!);
    expect(makeClerks(createRng(28), 20)).toEqual(cs);
  });
});
