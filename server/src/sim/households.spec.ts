import { describe, expect, it } from 'vitest';
import { createRng } from './rng.js';
import { PROVINCES } from './provinces.js';
import { CitizenIdAllocator, generateHousehold, randomCommune, type PersonRecord } from './people.js';
import { citizenIdBirthYear } from './checks.js';
import { iterateCampaign } from './campaign.js';
import { placeIndex } from '../domain/places.js';

function households(seed: number, n: number): PersonRecord[][] {
  const rng = createRng(seed);
  const ids = new CitizenIdAllocator();
  const out: PersonRecord[][] = [];
  while (out.length < n) {
    const provinceCode = rng.pick(PROVINCES).code;
    out.push(generateHousehold(rng, { provinceCode, ...randomCommune(rng, provinceCode), ids }));
  }
  return out;
}
const HOUSEHOLDS = households(41, 1500);
const year = (p: PersonRecord) => Number(p.dateOfBirth!.slice(-4));
const FEMALE = ['Vợ', 'Mẹ', 'Bà', 'Chị', 'Con dâu'];
const MALE = ['Chồng', 'Cha', 'Ông', 'Anh', 'Con rể'];

/** What census edits between records check, as a list of broken edits (empty when consistent). */
function inconsistencies(hh: PersonRecord[]): string[] {
  const bad: string[] = [];
  const heads = hh.filter((m) => m.relationToHead === 'Chủ hộ');
  if (heads.length !== 1) return [`${heads.length} heads`];
  const head = heads[0]!;
  const byId = new Map(hh.map((m) => [m.citizenId!, m]));
  for (const m of hh) {
    if (m.householdHeadName !== head.fullName) bad.push('head name differs');
    if (m.householdHeadCitizenId !== null && m.householdHeadCitizenId !== head.citizenId) bad.push('head ID differs');
    if (m.permanentAddress !== head.permanentAddress) bad.push('permanent address differs');
    if (FEMALE.includes(m.relationToHead!) && m.sex !== 'Nữ') bad.push(`${m.relationToHead} not female`);
    if (MALE.includes(m.relationToHead!) && m.sex !== 'Nam') bad.push(`${m.relationToHead} not male`);
    const id = m.citizenId!;
    if (citizenIdBirthYear(id) !== year(m)) bad.push('ID year');
    if ((Number(id[3]) % 2 === 1) !== (m.sex === 'Nữ')) bad.push('ID sex');
    if ((m.relationToHead === 'Vợ' || m.relationToHead === 'Chồng') && m.sex === head.sex) bad.push('spouse of the same sex');
    if (m.relationToHead === 'Con' && year(m) - year(head) < 12) bad.push('child not 12 years younger than the head');
    // Parents and spouses named on a form who are members: the same person, plausible.
    for (const [name, idKey, sex] of [['fatherName', 'fatherCitizenId', 'Nam'], ['motherName', 'motherCitizenId', 'Nữ']] as const) {
      const pid = m[idKey];
      const p = pid ? byId.get(pid) : undefined;
      if (pid && !m[name]) bad.push(`${idKey} without ${name}`);
      if (!p) continue;
      if (p.fullName !== m[name]) bad.push(`${name} is not the member with that ID`);
      if (p.sex !== sex) bad.push(`${name} of the wrong sex`);
      if (year(m) - year(p) < 12) bad.push(`${name} less than 12 years older`);
    }
    const sid = m.spouseCitizenId;
    const sp = sid ? byId.get(sid) : undefined;
    if (sp) {
      if (sp.fullName !== m.spouseName) bad.push('spouse name is not the member with that ID');
      if (sp.sex === m.sex) bad.push('spouses of the same sex');
      if (sp.spouseName !== null && sp.spouseName !== m.fullName) bad.push('spouses do not name each other');
      if (sp.spouseCitizenId !== null && sp.spouseCitizenId !== m.citizenId) bad.push("spouses' IDs do not match");
    }
    if (m.spouseName !== null && m.maritalStatus !== 'Đã kết hôn') bad.push('spouse named but not married');
  }
  return bad;
}

describe('households', () => {
  it('are consistent: one head, the head and address repeated, parents and spouses linked and plausible', () => {
    const bad = HOUSEHOLDS.flatMap((hh, i) => inconsistencies(hh).map((b) => `household ${i}: ${b}`));
    expect(bad).toEqual([]);
  });

  it('have spouses, children, parents of the head and grandchildren in realistic shares', () => {
    const rel = (r: string) => HOUSEHOLDS.filter((hh) => hh.some((m) => m.relationToHead === r)).length / HOUSEHOLDS.length;
    expect(rel('Vợ') + rel('Chồng')).toBeGreaterThan(0.5);
    expect(rel('Con')).toBeGreaterThan(0.5);
    expect(rel('Cha') + rel('Mẹ')).toBeGreaterThan(0.03);
    expect(rel('Cháu')).toBeGreaterThan(0.02);
    // Children name the head as a parent, with the head's ID when they give one.
    let linked = 0;
    for (const hh of HOUSEHOLDS) {
      const head = hh[0]!;
      for (const c of hh.filter((m) => m.relationToHead === 'Con')) {
        const idKey = head.sex === 'Nam' ? 'fatherCitizenId' : 'motherCitizenId';
        if (c[idKey] === head.citizenId) linked++;
      }
    }
    expect(linked).toBeGreaterThan(300);
  });

  it("sometimes lack the head's citizen ID on every form (older household books)", () => {
    const none = HOUSEHOLDS.filter((hh) => hh.length >= 3 && hh.every((m) => m.householdHeadCitizenId === null)).length;
    const big = HOUSEHOLDS.filter((hh) => hh.length >= 3).length;
    expect(none / big).toBeGreaterThan(0.03);
    expect(none / big).toBeLessThan(0.15);
  });

  it('live at official communes, and their addresses end in the official unit names', () => {
    const communes = new Set(placeIndex().communes.map((c) => c.name));
    for (const hh of HOUSEHOLDS.slice(0, 300)) {
      const parts = hh[0]!.permanentAddress!.split(', ');
      expect(communes.has(parts.at(-3)!), parts.join(', ')).toBe(true);
      expect(parts.at(-1)).toMatch(/^(Tỉnh|Thành phố) /u);
    }
  });

  it('are keyed across batches: a household may straddle batches, every form is keyed once', () => {
    const where = new Map<string, Set<string>>();
    const ids = new Set<string>();
    for (const b of iterateCampaign(5, { forms: 3000, batchSize: 50, clerks: 6 })) {
      for (const f of b.forms) {
        where.set(f.household, (where.get(f.household) ?? new Set()).add(b.code));
        expect(ids.has(f.truth.citizenId!)).toBe(false);
        ids.add(f.truth.citizenId!);
      }
    }
    const split = [...where.values()].filter((s) => s.size > 1).length;
    expect(split).toBeGreaterThan(20);
    expect(split / where.size).toBeLessThan(0.5);
  });
});
