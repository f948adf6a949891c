/**
 * Generator of realistic DC01 records: one form per member of a household (households.ts), so
 * that the father/mother, spouse and household-head fields of the forms reference each other
 * consistently, as on real forms. Some fields are left empty as people leave them empty.
 */
import { DC01, ETHNIC_GROUPS, NATIONALITIES, RELIGIONS } from '../domain/template.js';
import { WeightedTable, type Rng } from './rng.js';
import { districtsOf, isCentralCity } from './provinces.js';
import { makeName } from './names.js';
import { locOf } from './addresses.js';
import type { CitizenIdAllocator } from './citizen-ids.js';
import { planHousehold, type Ctx, type Household, type Member, type Ref } from './households.js';
import { ETHNIC_BY_REGION, RELIGION } from './populations.js';

export type { Sex } from './names.js';
export { CitizenIdAllocator, citizenIdPrefix } from './citizen-ids.js';
export type PersonRecord = Record<string, string | null>;

/** Ages are computed relative to this year unless told otherwise. */
export const DEFAULT_REFERENCE_YEAR = 2025;

export interface PersonOptions {
  provinceCode: string;
  /** District with its prefix, e.g. "Quận Hà Đông" (see provinces.ts). */
  district: string;
  /** Commune/ward with its prefix, e.g. "Phường Hà Cầu". */
  commune: string;
  /** Year the form is filled in (ages, minors). Default 2025. */
  referenceYear?: number;
  /** Share one allocator to get citizen IDs unique across everything generated with it. */
  ids?: CitizenIdAllocator;
}

const wt = (s: string): WeightedTable<string> =>
  new WeightedTable(
    s.split(',').map((e) => {
      const i = e.lastIndexOf(':');
      return [e.slice(0, i).trim(), Number(e.slice(i + 1))] as const;
    }),
  );

const FOREIGN_NATIONALITIES = NATIONALITIES.filter((n) => n !== 'Việt Nam');
const BLOOD = wt('O:42,B:31,A:21,AB:6');
const PHONE_PREFIXES = (
  '032,033,034,035,036,037,038,039,056,058,059,070,076,077,078,079,081,082,083,084,085,086,088,089,' +
  '090,091,092,093,094,096,097,098,099'
).split(',');


const MARITAL = DC01.fields.find((x) => x.key === 'maritalStatus')!.allowed!;
const RELATIONS = DC01.fields.find((x) => x.key === 'relationToHead')!.allowed!;
{
  // Fail fast if the template's code lists and the tables here drift apart.
  const need: [readonly string[], Iterable<string>][] = [
    [ETHNIC_GROUPS, Object.values(ETHNIC_BY_REGION).flatMap((t) => t.items)],
    [RELIGIONS, Object.values(RELIGION).flatMap((t) => t.items)],
    [MARITAL, ['Chưa kết hôn', 'Đã kết hôn', 'Ly hôn', 'Góa']],
    [RELATIONS, ['Chủ hộ', 'Vợ', 'Chồng', 'Con', 'Cha', 'Mẹ', 'Ông', 'Bà', 'Cháu', 'Anh', 'Chị', 'Em', 'Con dâu', 'Con rể', 'Khác']],
  ];
  for (const [allowed, used] of need) {
    for (const v of used) if (!allowed.includes(v)) throw new Error(`sim: "${v}" not in the DC01 code list`);
  }
}
export function makeCtx(rng: Rng, opts: PersonOptions): Ctx {
  const loc = locOf(opts.provinceCode, opts.district, opts.commune);
  return {
    rng,
    loc,
    region: loc.region,
    ref: opts.referenceYear ?? DEFAULT_REFERENCE_YEAR,
    ids: opts.ids,
    // Big cities have many residents born and registered elsewhere.
    localBirth: isCentralCity(opts.provinceCode) ? 0.55 : 0.8,
  };
}

function phoneFor(rng: Rng, age: number): string | null {
  const p = age < 14 ? 0.05 : age < 18 ? 0.5 : age < 65 ? 0.75 : 0.4;
  if (!rng.chance(p)) return null;
  return rng.pick(PHONE_PREFIXES) + String(rng.int(0, 9_999_999)).padStart(7, '0');
}

function buildRecord(ctx: Ctx, hh: Household, m: Member): PersonRecord {
  const rng = ctx.rng;
  const p = m.p;
  const age = ctx.ref - p.year;
  const pParent = age < 60 ? 0.92 : 0.75;
  const father = m.father && rng.chance(pParent) ? m.father : null;
  const mother = m.mother && rng.chance(pParent + 0.03) ? m.mother : null;
  const idOf = (r: Ref | null, p: number): string | null =>
    r && r.id !== null && r.id !== m.p.id && rng.chance(p) ? r.id : null;
  const spouse = m.marital === 'Đã kết hôn' && m.spouse && rng.chance(0.95) ? m.spouse : null;
  const rep = age < 14 && rng.chance(0.95) ? (father ?? mother) : null;
  let otherName: string | null = null;
  if (rng.chance(0.02)) {
    const alt = makeName(rng, p.style, p.sex, p.year, ctx.region, p.surname);
    if (alt !== p.name) otherName = alt;
  }
  // Keys in DC01 order: one object shape for every record.
  return {
    fullName: p.name,
    otherName,
    dateOfBirth: p.dob,
    sex: p.sex,
    citizenId: p.id,
    oldIdNumber: p.year < 2000 && rng.chance(0.4) ? String(rng.int(10_000_000, 389_999_999)).padStart(9, '0') : null,
    birthRegistrationPlace: p.birthPlace,
    hometown: p.hometown,
    ethnicity: m.ethnicity,
    religion: m.religion,
    nationality: rng.chance(0.999) ? 'Việt Nam' : rng.pick(FOREIGN_NATIONALITIES),
    maritalStatus: m.marital,
    bloodType: rng.chance(0.3) ? BLOOD.pick(rng) : null,
    permanentAddress: hh.permanentAddress,
    currentAddress: m.currentAddress,
    fatherName: father?.name ?? null,
    fatherCitizenId: idOf(father, 0.6),
    motherName: mother?.name ?? null,
    motherCitizenId: idOf(mother, 0.6),
    spouseName: spouse?.name ?? null,
    spouseCitizenId: idOf(spouse, 0.6),
    representativeName: rep?.name ?? null,
    representativeCitizenId: idOf(rep, 0.8),
    householdHeadName: hh.head.name,
    householdHeadCitizenId: hh.headIdKnown && rng.chance(0.97) ? hh.head.id : null,
    relationToHead: m.relation,
    phone: phoneFor(rng, age),
  };
}

/** All members of one household living at the given commune, head first. */
export function generateHousehold(rng: Rng, opts: PersonOptions): PersonRecord[] {
  const ctx = makeCtx(rng, opts);
  const hh = planHousehold(ctx);
  return hh.members.map((m) => buildRecord(ctx, hh, m));
}

/** One person (a random member of a freshly generated household): a value for every DC01 field. */
export function generatePerson(rng: Rng, opts: PersonOptions): PersonRecord {
  const ctx = makeCtx(rng, opts);
  const hh = planHousehold(ctx);
  return buildRecord(ctx, hh, rng.pick(hh.members));
}

/** Uniformly random district and commune of a province (for callers choosing where to generate). */
export function randomCommune(rng: Rng, provinceCode: string): { district: string; commune: string } {
  const dist = rng.pick(districtsOf(provinceCode));
  return { district: dist.name, commune: rng.pick(dist.communes) };
}