/**
 * How often the syllable checker flags correct text (false flags per 1,000 forms, the budget being
 * 1) and how often it flags input-method leftovers, on seeded simulated forms: Kinh people from
 * the simulator, minorities in their census shares with real naming patterns, foreigners, mixed
 * names, urban address forms, and harmless variants (old tone placement, NFD, capitals).
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { checkText, clearTextCheckCache, textKindOf } from '../domain/syllables.js';
import { DC01 } from '../domain/template.js';
import { toOldToneStyle, vowelInfo } from '../domain/vietnamese.js';
import { createRng, type Rng } from './rng.js';
import { generatePerson, randomCommune } from './people.js';
import { PROVINCES } from './provinces.js';
import { makeName, type NameStyle } from './names.js';
import { GROUP_SHARE, corpusName, foreignName, highlandPlace, mixedName, urbanAddress, type Group } from './minority-names.js';
import { PLACE_WORDS } from './place-words.js';

const FORMS = 100_000;
const TEXT_FIELDS = DC01.fields.filter((f) => textKindOf(f.type) !== null);
const GROUPS = Object.entries(GROUP_SHARE) as [Group, number][];
const HIGHLAND: ReadonlySet<Group> = new Set(['ede', 'jarai', 'bahnar', 'sedang', 'koho', 'mnong', 'stieng', 'churu']);

type Form = Record<string, string | null>;

/** One form's text fields as the two clerks agreed them, and the population it stands for. */
function form(rng: Rng): { values: Form; group: string } {
  const prov = rng.pick(PROVINCES).code;
  const values = generatePerson(rng, { provinceCode: prov, ...randomCommune(rng, prov) }) as unknown as Form;
  let group = 'kinh';
  let r = rng.next() * 100;
  for (const [g, share] of GROUPS) {
    if (r < share) {
      group = g;
      break;
    }
    r -= share;
  }
  if (group !== 'kinh') {
    const g = group as Group;
    const sex = values.sex === 'Nam' ? 'Nam' : 'Nữ';
    values.fullName = corpusName(rng, g, sex);
    if (values.fatherName) values.fatherName = corpusName(rng, g, 'Nam');
    if (values.motherName) values.motherName = corpusName(rng, g, 'Nữ');
    if (values.spouseName) values.spouseName = corpusName(rng, g, sex === 'Nam' ? 'Nữ' : 'Nam');
    values.householdHeadName = rng.chance(0.5) ? (values.fatherName ?? values.fullName) : values.fullName;
    if (HIGHLAND.has(g)) {
      const home = highlandPlace(rng);
      values.birthRegistrationPlace = home.place;
      values.hometown = highlandPlace(rng).place;
      values.permanentAddress = values.currentAddress = home.address;
    }
  }
  // Foreigners and Vietnamese with foreign names, over-represented (real shares are lower).
  const f = rng.next();
  if (f < 0.001) [group, values.fullName] = ['foreign', foreignName(rng)];
  else if (f < 0.003) [group, values.fullName] = ['mixed', mixedName(rng, values.fullName!)];
  if (values.spouseName && rng.chance(0.003)) [group, values.spouseName] = [`${group}+foreign spouse`, foreignName(rng)];
  if (rng.chance(0.1)) values.currentAddress = urbanAddress(rng);
  // Harmless variants clerks produce: old tone placement, decomposed Unicode, names in capitals.
  for (const field of TEXT_FIELDS) {
    const v = values[field.key];
    if (!v) continue;
    if (rng.chance(0.01)) values[field.key] = toOldToneStyle(v);
    if (rng.chance(0.003)) values[field.key] = values[field.key]!.normalize('NFD');
    if (field.type === 'PERSON_NAME' && rng.chance(0.02)) values[field.key] = values[field.key]!.toUpperCase();
  }
  return { values, group };
}

/** Checks every text field of a form; returns the number of findings, words and time spent. */
function check(values: Form): { findings: number; words: number; ms: number } {
  let findings = 0;
  let words = 0;
  const t0 = performance.now();
  for (const field of TEXT_FIELDS) {
    const v = values[field.key];
    if (v) findings += checkText(v, { kind: textKindOf(field.type)!, field: field.key }).length;
  }
  const ms = performance.now() - t0;
  for (const field of TEXT_FIELDS) words += values[field.key]?.split(' ').length ?? 0;
  return { findings, words, ms };
}

const TELEX: Record<string, string> = { â: 'aa', ê: 'ee', ô: 'oo', ă: 'aw', ơ: 'ow', ư: 'uw' };
const TONE_KEYS = ['', 'f', 's', 'r', 'x', 'j'];
/** The keys of a Vietnamese text typed in Telex with the input method off. */
function telexOff(text: string): string {
  return text
    .normalize('NFC')
    .split(' ')
    .map((word) => {
      let out = '';
      let tone = 0;
      for (const c of word) {
        const low = c.toLowerCase();
        const v = vowelInfo(low);
        const keys = v ? (TELEX[v.v] ?? v.v) : low === 'đ' ? 'dd' : low;
        if (v) tone ||= v.tone;
        out += c === low ? keys : keys[0]!.toUpperCase() + keys.slice(1);
      }
      return out + TONE_KEYS[tone];
    })
    .join(' ');
}

describe('syllable checker on realistic forms', () => {
  it(`flags at most 1 in 1,000 correct forms (${FORMS.toLocaleString('en')} seeded forms)`, () => {
    const rng = createRng(20_250_616);
    clearTextCheckCache();
    const byGroup = new Map<string, { forms: number; flagged: number }>();
    let flagged = 0;
    let words = 0;
    let ms = 0;
    for (let i = 0; i < FORMS; i++) {
      const { values, group } = form(rng);
      const c = check(values);
      words += c.words;
      ms += c.ms;
      const g = byGroup.get(group) ?? { forms: 0, flagged: 0 };
      g.forms++;
      if (c.findings > 0) {
        g.flagged++;
        flagged++;
      }
      byGroup.set(group, g);
    }
    const perThousand = (flagged / FORMS) * 1000;
    const groups = [...byGroup].sort((a, b) => b[1].forms - a[1].forms).map(([g, { forms, flagged: f }]) => `${g} ${f}/${forms}`);
    console.log(`false flags: ${flagged} of ${FORMS} forms = ${perThousand.toFixed(3)} per 1,000 (${groups.join(', ')})`);
    console.log(`speed: ${words} words in ${ms.toFixed(0)} ms = ${Math.round(words / (ms / 1000)).toLocaleString('en')} words/s, ${Math.round(FORMS / (ms / 1000)).toLocaleString('en')} forms/s (cache starting empty)`);
    expect(perThousand).toBeLessThanOrEqual(1);
  });

  it('accepts every word of the official names of provinces, districts and communes', () => {
    const flagged = PLACE_WORDS.filter((w) => checkText(`Xã ${w}`, { kind: 'place' }).length > 0);
    console.log(`place words flagged: ${flagged.length} of ${PLACE_WORDS.length}`);
    expect(flagged).toEqual([]);
  });

  it('accepts every name the simulator generates, in every naming style', () => {
    const styles: NameStyle[] = ['kinh', 'tay', 'nung', 'thai', 'muong', 'dao', 'hmong', 'khmer', 'hoa', 'highland', 'cham'];
    fc.assert(
      fc.property(fc.integer(), fc.constantFrom(...styles), fc.boolean(), fc.integer({ min: 1930, max: 2024 }), (seed, style, male, year) => {
        const name = makeName(createRng(seed), style, male ? 'Nam' : 'Nữ', year, 'mekong');
        expect(checkText(name, { kind: 'name' }), name).toEqual([]);
      }),
      { numRuns: 5000 },
    );
  });

  it('flags names and addresses typed with the input method off, and look-alike letters', () => {
    const rng = createRng(99);
    const n = 5000;
    let telexNames = 0;
    let telexAddresses = 0;
    let marked = 0;
    let glitch = 0;
    let cyrillic = 0;
    for (let i = 0; i < n; i++) {
      const { values } = form(rng);
      const name = values.fullName!;
      const addr = values.permanentAddress!;
      if (name.normalize('NFD') === name) continue; // no marks: typed alike either way
      marked++;
      if (checkText(telexOff(name), { kind: 'name' }).some((f) => f.code === 'INPUT_METHOD_LEFTOVER')) telexNames++;
      if (checkText(telexOff(addr), { kind: 'address' }).some((f) => f.code === 'INPUT_METHOD_LEFTOVER')) telexAddresses++;
      // One word left as keys in an otherwise marked name (the input method skipped a word).
      const words = name.split(' ');
      const at = words.findIndex((w) => w.normalize('NFD') !== w);
      words[at] = telexOff(words[at]!);
      if (checkText(words.join(' '), { kind: 'name' }).some((f) => f.word === at + 1)) glitch++;
      if (checkText(name.replace(/[aoe]/, (c) => ({ a: '\u0430', o: '\u043e', e: '\u0435' })[c]!), { kind: 'name' }).length > 0 || !/[aoe]/.test(name)) cyrillic++;
    }
    const pct = (k: number) => ((100 * k) / marked).toFixed(1);
    console.log(`leftovers flagged (forms with a marked name: ${marked}): Telex name ${pct(telexNames)}%, Telex address ${pct(telexAddresses)}%, one word left as keys ${pct(glitch)}%, one Cyrillic letter ${pct(cyrillic)}%`);
    expect(telexNames / marked).toBeGreaterThan(0.95);
    expect(telexAddresses / marked).toBeGreaterThan(0.95);
    expect(cyrillic).toBe(marked);
  });
});
