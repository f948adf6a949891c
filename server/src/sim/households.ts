/**
 * Households: who lives with whom. A head (Chủ hộ), often a spouse (Vợ/Chồng, the other sex),
 * children (Con) at least 19 years younger than their mother, sometimes the head's parents
 * (Cha/Mẹ), a married son with his wife (Con dâu) and their children (Cháu), a son-in-law,
 * a grandparent, a sibling or a lodger. Members are linked by reference, so the father, mother,
 * spouse and head named on one member's form are the very people of the other forms (same name,
 * same citizen ID), as census "edits between records" expect.
 */
import { WeightedTable, type Rng } from './rng.js';
import type { Region } from './provinces.js';
import { makeName, nameStyleOf, type NameStyle, type Sex } from './names.js';
import { daysInMonth } from './checks.js';
import { ETHNIC_BY_REGION, RELIGION } from './populations.js';
import { makeAddress, randomLoc, randomProvince, type Loc } from './addresses.js';
import { citizenIdPrefix, type CitizenIdAllocator } from './citizen-ids.js';

export const MIN_YEAR = 1930;
export const MAX_YEAR = 2024;

export interface Ctx {
  rng: Rng;
  loc: Loc;
  region: Region;
  ref: number;
  ids: CitizenIdAllocator | undefined;
  localBirth: number;
}

/** Someone a form refers to (parent, spouse) who may not be in the household. */
export interface Ref {
  name: string;
  id: string | null;
  sex: Sex;
  year: number;
  surname: string;
  hometown: string | null;
}

export interface Ident extends Ref {
  id: string;
  dob: string;
  birthPlace: string;
  hometown: string;
  style: NameStyle;
}

export interface Member {
  p: Ident;
  relation: string;
  father: Ref | null;
  mother: Ref | null;
  spouse: Ref | null;
  marital: string | null;
  ethnicity: string;
  religion: string;
  currentAddress: string;
}

export interface Household {
  head: Ident;
  members: Member[];
  permanentAddress: string;
  /** Older household books lack the head's citizen ID: then no member's form gives it. */
  headIdKnown: boolean;
}

const clampYear = (y: number): number => (y < MIN_YEAR ? MIN_YEAR : y > MAX_YEAR ? MAX_YEAR : y);
const pad2 = (n: number): string => (n < 10 ? '0' + n : String(n));

/** dd/mm/yyyy, with ~3% mm/yyyy and ~2% yyyy (people who do not know their exact birthday). */
function makeDob(rng: Rng, year: number): string {
  const r = rng.next();
  if (r < 0.02) return String(year);
  const month = rng.int(1, 12);
  if (r < 0.05) return `${pad2(month)}/${year}`;
  return `${pad2(rng.int(1, daysInMonth(month, year)))}/${pad2(month)}/${year}`;
}

function makeCitizenId(ctx: Ctx, province: string, sex: Sex, year: number): string {
  const prefix = citizenIdPrefix(province, sex, year);
  if (ctx.ids) return ctx.ids.allocate(ctx.rng, prefix);
  return prefix + String(ctx.rng.int(0, 999_999)).padStart(6, '0');
}

function newIdent(
  ctx: Ctx,
  style: NameStyle,
  sex: Sex,
  year: number,
  opts: { surname?: string; hometown?: string; local?: number } = {},
): Ident {
  const rng = ctx.rng;
  const local = opts.local ?? ctx.localBirth;
  const province = rng.chance(local) ? ctx.loc.province : randomProvince(rng);
  const birthLoc = province === ctx.loc.province && rng.chance(0.5) ? ctx.loc : randomLoc(rng, province);
  const name = makeName(rng, style, sex, year, ctx.region, opts.surname);
  let hometown = opts.hometown;
  if (hometown === undefined) {
    const r = rng.next();
    hometown = r < 0.6 ? birthLoc.place : r < 0.85 ? randomLoc(rng, province).place : randomLoc(rng, randomProvince(rng)).place;
  }
  return {
    name,
    surname: name.slice(0, name.indexOf(' ')),
    sex,
    year,
    dob: makeDob(rng, year),
    birthPlace: birthLoc.place,
    hometown,
    id: makeCitizenId(ctx, province, sex, year),
    style,
  };
}

/** A parent or spouse outside the household: name, and an ID only if born late enough to hold one. */
function extRef(ctx: Ctx, style: NameStyle, sex: Sex, year: number, surname?: string): Ref {
  const rng = ctx.rng;
  const name = makeName(rng, style, sex, year, ctx.region, surname);
  const province = rng.chance(0.8) ? ctx.loc.province : randomProvince(rng);
  return {
    name,
    surname: name.slice(0, name.indexOf(' ')),
    sex,
    year,
    id: year >= MIN_YEAR && year <= MAX_YEAR ? makeCitizenId(ctx, province, sex, year) : null,
    hometown: null,
  };
}

const HEAD_AGE_BAND = new WeightedTable<number>([
  [20, 10], [30, 22], [40, 24], [50, 20], [60, 14], [70, 7], [80, 3],
]);
const CHILD_COUNT = new WeightedTable<number>([[0, 10], [1, 25], [2, 38], [3, 17], [4, 7], [5, 3]]);

function maritalForAdult(rng: Rng, age: number): string {
  const r = rng.next();
  if (age < 18) return 'Chưa kết hôn';
  if (age < 25) return r < 0.9 ? 'Chưa kết hôn' : r < 0.98 ? 'Đã kết hôn' : 'Ly hôn';
  if (age < 35) return r < 0.65 ? 'Chưa kết hôn' : r < 0.95 ? 'Đã kết hôn' : 'Ly hôn';
  return r < 0.5 ? 'Chưa kết hôn' : r < 0.85 ? 'Đã kết hôn' : 'Ly hôn';
}

const other = (s: Sex): Sex => (s === 'Nam' ? 'Nữ' : 'Nam');

export function planHousehold(ctx: Ctx): Household {
  const rng = ctx.rng;
  const ref = ctx.ref;
  const ethnicity = ETHNIC_BY_REGION[ctx.region].pick(rng);
  const style = nameStyleOf(ethnicity);
  const south = ctx.region === 'southEast' || ctx.region === 'mekong';
  const relTable =
    style === 'khmer' ? RELIGION.khmer
    : style === 'cham' ? RELIGION.cham
    : style === 'highland' ? RELIGION.highland
    : style === 'hoa' ? RELIGION.hoa
    : south ? RELIGION.south
    : RELIGION.default;
  const religion = relTable.pick(rng);
  const permanentAddress = makeAddress(rng, ctx.loc);
  const members: Member[] = [];
  const curAddr = (pSame: number): string => {
    if (rng.chance(pSame)) return permanentAddress;
    const prov = rng.chance(0.7) ? ctx.loc.province : randomProvince(rng);
    return makeAddress(rng, randomLoc(rng, prov));
  };
  const add = (p: Ident, relation: string, marital: string | null, father: Ref | null, mother: Ref | null, spouse: Ref | null): Member => {
    const age = ref - p.year;
    const m: Member = {
      p,
      relation,
      father,
      mother,
      spouse,
      marital,
      ethnicity,
      religion: rng.chance(0.93) ? religion : relTable.pick(rng),
      currentAddress: curAddr(age < 18 ? 0.95 : 0.8),
    };
    members.push(m);
    return m;
  };

  // Head of household.
  const headAge = HEAD_AGE_BAND.pick(rng) + rng.int(0, 9);
  const headSex: Sex = rng.chance(0.72) ? 'Nam' : 'Nữ';
  const headYear = clampYear(Math.min(ref - headAge, ref - 18));
  const head = newIdent(ctx, style, headSex, headYear);
  const age = ref - headYear;
  const headFather = extRef(ctx, style, 'Nam', headYear - rng.int(22, 40), head.surname);
  const headMother = extRef(ctx, style, 'Nữ', headYear - rng.int(18, 36));
  const headM = add(head, 'Chủ hộ', null, headFather, headMother, null);

  // Spouse.
  const pSpouse = age < 25 ? 0.35 : age < 70 ? (headSex === 'Nam' ? 0.88 : 0.45) : 0.5;
  let spouse: Ident | null = null;
  if (rng.chance(pSpouse)) {
    const sy = clampYear(Math.min(headSex === 'Nam' ? headYear + rng.int(0, 7) : headYear - rng.int(0, 5), ref - 18));
    spouse = newIdent(ctx, style, other(headSex), sy);
    headM.marital = 'Đã kết hôn';
    headM.spouse = spouse;
    add(
      spouse,
      headSex === 'Nam' ? 'Vợ' : 'Chồng',
      'Đã kết hôn',
      extRef(ctx, style, 'Nam', sy - rng.int(22, 40), spouse.surname),
      extRef(ctx, style, 'Nữ', sy - rng.int(18, 36)),
      head,
    );
  } else {
    const r = rng.next();
    headM.marital =
      age < 30 ? (r < 0.85 ? 'Chưa kết hôn' : r < 0.95 ? 'Ly hôn' : 'Đã kết hôn')
      : age < 55 ? (r < 0.35 ? 'Chưa kết hôn' : r < 0.65 ? 'Ly hôn' : r < 0.75 ? 'Góa' : 'Đã kết hôn')
      : r < 0.6 ? 'Góa' : r < 0.7 ? 'Ly hôn' : r < 0.9 ? 'Đã kết hôn' : 'Chưa kết hôn';
    if (headM.marital === 'Đã kết hôn') {
      // Married, spouse registered elsewhere (working away).
      headM.spouse = extRef(ctx, style, other(headSex), clampYear(headYear + (headSex === 'Nam' ? 3 : -3)));
    }
  }

  // Children of the head.
  const unmarried = headM.marital === 'Chưa kết hôn';
  const fatherOfKids: Ref | null =
    headSex === 'Nam' ? head : spouse ?? (unmarried && rng.chance(0.5) ? null : headM.spouse ?? extRef(ctx, style, 'Nam', headYear - 3));
  const motherOfKids: Ref | null =
    headSex === 'Nữ' ? head : spouse ?? headM.spouse ?? (unmarried ? null : extRef(ctx, style, 'Nữ', headYear + 3));
  const kids: Member[] = [];
  if (motherOfKids && (!unmarried || (headSex === 'Nữ' && rng.chance(0.3)))) {
    let n = CHILD_COUNT.pick(rng);
    if (motherOfKids.year < 1965 && rng.chance(0.5)) n++;
    let y = motherOfKids.year + rng.int(19, 27);
    const last = Math.min(motherOfKids.year + 42, MAX_YEAR);
    const surname = fatherOfKids?.surname ?? motherOfKids.surname;
    const hometown = (fatherOfKids ?? motherOfKids).hometown ?? undefined;
    for (let i = 0; i < n && y <= last; i++, y += rng.int(1, 5)) {
      const a = ref - y;
      const stays = a < 18 ? true : a < 25 ? rng.chance(0.9) : a < 35 ? rng.chance(0.5) : rng.chance(0.15);
      const sex: Sex = rng.chance(0.51) ? 'Nam' : 'Nữ';
      const child = newIdent(ctx, style, sex, y, { surname, hometown, local: 0.9 });
      const marital = a < 14 ? (rng.chance(0.7) ? 'Chưa kết hôn' : null) : maritalForAdult(rng, a);
      const m: Member = {
        p: child,
        relation: 'Con',
        father: fatherOfKids,
        mother: motherOfKids,
        spouse: null,
        marital,
        ethnicity,
        religion,
        currentAddress: permanentAddress,
      };
      if (stays) {
        m.currentAddress = curAddr(a < 18 ? 0.95 : 0.8);
        members.push(m);
        kids.push(m);
      }
    }
  }
  for (const k of kids) {
    if (k.marital === 'Đã kết hôn' && k.spouse === null) {
      k.spouse = extRef(ctx, style, other(k.p.sex), clampYear(k.p.year + (k.p.sex === 'Nam' ? 2 : -2)));
    }
  }

  // A married son with his wife and children, or a son-in-law.
  if (age >= 48 && rng.chance(0.3)) {
    const son = kids.find((k) => k.p.sex === 'Nam' && ref - k.p.year >= 22);
    if (son) {
      const wy = clampYear(Math.min(son.p.year + rng.int(0, 5), ref - 18));
      const wife = newIdent(ctx, rng.chance(0.9) ? style : 'kinh', 'Nữ', wy, { local: 0.7 });
      son.marital = 'Đã kết hôn';
      son.spouse = wife;
      add(wife, 'Con dâu', 'Đã kết hôn', extRef(ctx, style, 'Nam', wy - rng.int(22, 40), wife.surname), extRef(ctx, style, 'Nữ', wy - rng.int(18, 36)), son.p);
      let gy = wy + rng.int(20, 28);
      const n = rng.int(0, 2);
      for (let i = 0; i < n && gy <= MAX_YEAR; i++, gy += rng.int(2, 5)) {
        const g = newIdent(ctx, style, rng.chance(0.51) ? 'Nam' : 'Nữ', gy, { surname: son.p.surname, hometown: son.p.hometown, local: 0.95 });
        add(g, 'Cháu', ref - gy < 14 ? null : 'Chưa kết hôn', son.p, wife, null);
      }
    } else {
      const daughter = kids.find((k) => k.p.sex === 'Nữ' && ref - k.p.year >= 22);
      if (daughter && rng.chance(0.4)) {
        const hy = clampYear(daughter.p.year - rng.int(0, 5));
        const husband = newIdent(ctx, style, 'Nam', hy, { local: 0.7 });
        daughter.marital = 'Đã kết hôn';
        daughter.spouse = husband;
        add(husband, 'Con rể', 'Đã kết hôn', extRef(ctx, style, 'Nam', hy - rng.int(22, 40), husband.surname), extRef(ctx, style, 'Nữ', hy - rng.int(18, 36)), daughter.p);
      }
    }
  }

  // The head's parent(s) living with them.
  if (age >= 25 && age <= 62 && rng.chance(0.14)) {
    const both = rng.chance(0.3);
    const withMother = both || rng.chance(0.7);
    const withFather = both || !withMother;
    let fatherM: Member | null = null;
    let motherM: Member | null = null;
    if (withFather && headFather.year >= MIN_YEAR) {
      const p = newIdent(ctx, style, 'Nam', headFather.year, { surname: head.surname, hometown: head.hometown, local: 0.85 });
      fatherM = add(p, 'Cha', null, extRef(ctx, style, 'Nam', p.year - 25, p.surname), extRef(ctx, style, 'Nữ', p.year - 22), null);
      headM.father = p;
    }
    if (withMother && headMother.year >= MIN_YEAR) {
      const p = newIdent(ctx, style, 'Nữ', headMother.year, { local: 0.85 });
      motherM = add(p, 'Mẹ', null, extRef(ctx, style, 'Nam', p.year - 25, p.surname), extRef(ctx, style, 'Nữ', p.year - 22), null);
      headM.mother = p;
    }
    for (const pm of [fatherM, motherM]) {
      if (!pm) continue;
      const partner = pm === fatherM ? (motherM?.p ?? headMother) : (fatherM?.p ?? headFather);
      if (fatherM && motherM) {
        pm.marital = 'Đã kết hôn';
        pm.spouse = partner;
      } else {
        const r = rng.next();
        pm.marital = r < 0.7 ? 'Góa' : r < 0.95 ? 'Đã kết hôn' : 'Ly hôn';
        pm.spouse = pm.marital === 'Đã kết hôn' ? partner : null;
      }
    }
  }

  // A grandparent living with a young single head.
  if (age <= 35 && unmarried && rng.chance(0.1)) {
    const sex: Sex = rng.chance(0.75) ? 'Nữ' : 'Nam';
    const gy = headYear - rng.int(45, 62);
    if (gy >= MIN_YEAR) {
      const p = newIdent(ctx, style, sex, gy, sex === 'Nam' ? { surname: head.surname, hometown: head.hometown } : {});
      add(p, sex === 'Nam' ? 'Ông' : 'Bà', rng.chance(0.8) ? 'Góa' : 'Đã kết hôn', extRef(ctx, style, 'Nam', gy - 25, p.surname), extRef(ctx, style, 'Nữ', gy - 22), null);
      const g = members[members.length - 1]!;
      if (g.marital === 'Đã kết hôn') g.spouse = extRef(ctx, style, other(sex), gy);
    }
  }

  // A sibling of the head.
  if (age < 55 && rng.chance(0.05)) {
    const sy = clampYear(Math.min(headYear + (rng.chance(0.5) ? -rng.int(1, 8) : rng.int(1, 8)), MAX_YEAR));
    if (sy !== headYear) {
      const sex: Sex = rng.chance(0.5) ? 'Nam' : 'Nữ';
      const p = newIdent(ctx, style, sex, sy, { surname: head.surname, hometown: head.hometown, local: 0.85 });
      const rel = sy > headYear ? 'Em' : sex === 'Nam' ? 'Anh' : 'Chị';
      add(p, rel, maritalForAdult(rng, ref - sy), headM.father, headM.mother, null);
      const s = members[members.length - 1]!;
      if (s.marital === 'Đã kết hôn') s.spouse = extRef(ctx, style, other(sex), sy);
    }
  }

  // An unrelated lodger.
  if (rng.chance(0.02)) {
    const y = clampYear(ref - rng.int(18, 60));
    const sex: Sex = rng.chance(0.5) ? 'Nam' : 'Nữ';
    const p = newIdent(ctx, 'kinh', sex, y, { local: 0.4 });
    add(p, 'Khác', maritalForAdult(rng, ref - y), extRef(ctx, 'kinh', 'Nam', y - 25, p.surname), extRef(ctx, 'kinh', 'Nữ', y - 22), null);
    const s = members[members.length - 1]!;
    if (s.marital === 'Đã kết hôn') s.spouse = extRef(ctx, 'kinh', other(sex), y);
  }

  return { head, members, permanentAddress, headIdKnown: rng.chance(0.92) };
}
