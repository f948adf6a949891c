/**
 * Edits between the forms of one household (census practice: one head, relation consistent with
 * sex, parents older than their children, the same facts repeated on every member's form). Pure:
 * the service finds the related forms through blind link keys and hands their facts in.
 */
import { comparisonKey } from './compare.js';
import type { FieldDef, TemplateDef } from './template.js';
import { ILLEGIBLE, type FieldValues } from './values.js';

export const HOUSEHOLD_FIELDS = [
  'fullName', 'citizenId', 'dateOfBirth', 'sex', 'relationToHead', 'householdHeadName', 'householdHeadCitizenId',
  'spouseName', 'spouseCitizenId', 'fatherName', 'fatherCitizenId', 'motherName', 'motherCitizenId', 'permanentAddress',
] as const;
export type HouseholdField = (typeof HOUSEHOLD_FIELDS)[number];
/** A form's household facts: canonical values, only those known (agreed or settled). */
export type Facts = Partial<Record<HouseholdField, string>>;

export const HEAD = 'Chủ hộ';
/** Relations that fix the person's sex. */
const SEX_OF_RELATION: Readonly<Record<string, string>> = {
  Vợ: 'Nữ', Chồng: 'Nam', Cha: 'Nam', Mẹ: 'Nữ', Ông: 'Nam', Bà: 'Nữ', Anh: 'Nam', Chị: 'Nữ', 'Con dâu': 'Nữ', 'Con rể': 'Nam',
};
/** A parent is at least this much older than a child; a grandparent twice that. */
export const MIN_PARENT_GAP_YEARS = 12;

/** Whether a template carries the household fields (DC01 does). */
export function hasHousehold(t: TemplateDef): boolean {
  const keys = new Set(t.fields.map((f) => f.key));
  return HOUSEHOLD_FIELDS.every((k) => keys.has(k));
}

/** The household facts of a record; `judged` leaves out what is still in dispute. */
export function factsOf(values: FieldValues, judged: (field: string) => boolean = () => true): Facts {
  const out: Facts = {};
  for (const k of HOUSEHOLD_FIELDS) {
    const v = values[k];
    if (v !== null && v !== undefined && v !== ILLEGIBLE && v !== '' && judged(k)) out[k] = v;
  }
  return out;
}

/**
 * The facts a settled record may be looked up by: each only when some clerk keyed that value
 * (pass 1, 2 or 3; compared as the comparison does). A value a reviewer typed that no clerk keyed
 * is still checked against the forms found, but never looked up by itself: looked up, any citizen
 * ID or name typed would say whether a form anywhere in the country names it.
 */
export function keyedFacts(defs: ReadonlyMap<string, FieldDef>, facts: Facts, keyed: readonly FieldValues[]): Facts {
  const out: Facts = {};
  for (const k of Object.keys(facts) as HouseholdField[]) {
    const v = key(defs, k, facts[k]);
    if (v !== undefined && keyed.some((x) => typeof x[k] === 'string' && key(defs, k, x[k] as string) === v)) out[k] = facts[k];
  }
  return out;
}

type Defs = ReadonlyMap<string, FieldDef>;
// The same names and addresses come up on every member's form: their comparison keys are kept.
const keys = new Map<string, string | undefined>();
function key(defs: Defs, field: HouseholdField, v: string | undefined): string | undefined {
  if (v === undefined) return undefined;
  const def = defs.get(field)!;
  const id = `${def.type}\u0000${v}`;
  let k = keys.get(id);
  if (k === undefined && !keys.has(id)) {
    if (keys.size >= 50_000) keys.clear();
    keys.set(id, (k = comparisonKey(def, v) ?? undefined));
  }
  return k;
}

/**
 * The keys that link a form to the others (clear text, to be blind-indexed by the caller): its own
 * citizen ID, the IDs it names (head, spouse, father, mother) and the head's name with the
 * household's address, for forms whose head ID is missing or misread. Two forms are related when
 * they share a key.
 */
export function linkKeysOf(defs: Defs, f: Facts): string[] {
  const out = new Set<string>();
  for (const id of [f.citizenId, f.householdHeadCitizenId, f.spouseCitizenId, f.fatherCitizenId, f.motherCitizenId]) if (id) out.add(`id:${id}`);
  const hh = householdKey(defs, f);
  if (hh) out.add(hh);
  return [...out];
}

/** The head's name with the household's address: the same on every member's form. */
const keyCache = new WeakMap<Facts, string | null>();
export function householdKey(defs: Defs, f: Facts): string | null {
  const hit = keyCache.get(f);
  if (hit !== undefined) return hit;
  const k = householdKeyOf(defs, f);
  keyCache.set(f, k);
  return k;
}

function householdKeyOf(defs: Defs, f: Facts): string | null {
  const head = f.householdHeadName ?? (f.relationToHead === HEAD ? f.fullName : undefined);
  const name = key(defs, 'householdHeadName', head), addr = key(defs, 'permanentAddress', f.permanentAddress);
  return name && addr ? `hh:${name}|${addr}` : null;
}
export const headIdOf = (f: Facts): string | undefined => f.householdHeadCitizenId ?? (f.relationToHead === HEAD ? f.citizenId : undefined);

/**
 * One household: the same head ID, or the same head name and address where an ID is missing or
 * differs by a misread digit or two. Two heads of the same name in one village (an address
 * without a house number) with unrelated IDs are two households.
 */
function sameHousehold(defs: Defs, a: Facts, b: Facts, ambiguous: (key: string) => boolean): boolean {
  const ia = headIdOf(a), ib = headIdOf(b);
  if (ia && ib && ia === ib) return true;
  if (ia && ib && !misreadOf(ia, ib)) return false;
  const ka = householdKey(defs, a);
  return ka !== null && ka === householdKey(defs, b) && !ambiguous(ka);
}

/**
 * The name-and-address keys shared by two households (heads of one name in one village, with
 * unrelated IDs): no form is linked by such a key alone.
 */
export function ambiguousKeys(defs: Defs, members: Iterable<Facts>): Set<string> {
  const heads = new Map<string, string[]>();
  for (const f of members) {
    const k = householdKey(defs, f), id = headIdOf(f);
    if (!k || !id) continue;
    const ids = heads.get(k) ?? heads.set(k, []).get(k)!;
    if (!ids.includes(id)) ids.push(id);
  }
  const out = new Set<string>();
  for (const [k, ids] of heads) if (ids.some((x, i) => ids.slice(i + 1).some((y) => !misreadOf(x, y)))) out.add(k);
  return out;
}

/** Two IDs that differ in at most two digits, or by two swapped neighbours: one may be a misreading of the other. */
export function misreadOf(x: string, y: string): boolean {
  if (x.length !== y.length) return false;
  const diff: number[] = [];
  for (let i = 0; i < x.length && diff.length <= 2; i++) if (x[i] !== y[i]) diff.push(i);
  return diff.length <= 2;
}

/** Who the other form's person is to this one, in a finding's note. */
export type Role = 'household head' | 'household member' | 'spouse' | 'father' | 'mother' | 'child' | 'parent';
const INVERSE: Record<Role, Role> = { 'household head': 'household member', 'household member': 'household head', spouse: 'spouse', father: 'child', mother: 'child', child: 'parent', parent: 'child' };

/** One contradiction between two forms: a field on each side, and each side's note. */
export interface PairFinding {
  check: string;
  fieldA: HouseholdField;
  fieldB: HouseholdField;
  noteA: string;
  noteB: string;
}

const mismatch = (check: string, fieldA: HouseholdField, fieldB: HouseholdField, roleB: Role, verb = 'does not match'): PairFinding => ({
  check,
  fieldA,
  fieldB,
  noteA: `${fieldA}: ${verb} ${fieldB} on the ${roleB}'s form`,
  noteB: `${fieldB}: ${verb} ${fieldA} on the ${INVERSE[roleB]}'s form`,
});

const tooYoung = (check: string, roleB: Role, gap: number): PairFinding => {
  const note = (role: Role) => `dateOfBirth: the parent is less than ${gap} years older than the child (the ${role}'s form)`;
  return { check, fieldA: 'dateOfBirth', fieldB: 'dateOfBirth', noteA: note(roleB), noteB: note(INVERSE[roleB]) };
};

/**
 * What form `a` says about the person of form `b` that b's own form contradicts. Call it both
 * ways round for a pair; a finding may come out twice (the caller keeps one per form and field).
 * `ambiguous` names the name-and-address keys that do not link forms (ambiguousKeys).
 */
export function checkPair(defs: Defs, a: Facts, b: Facts, ambiguous: (key: string) => boolean = () => false): PairFinding[] {
  const out: PairFinding[] = [];
  const eqName = (fa: HouseholdField, fb: HouseholdField) => key(defs, fa, a[fa]) === key(defs, fb, b[fb]);
  const household = sameHousehold(defs, a, b, ambiguous);
  if (a.citizenId && b.citizenId && a.citizenId === b.citizenId) return out; // the same person twice: not an edit between records
  // The head a names.
  const headById = !!a.householdHeadCitizenId && a.householdHeadCitizenId === b.citizenId;
  if (headById && a.householdHeadName && b.fullName && !eqName('householdHeadName', 'fullName')) out.push(mismatch('household.headName', 'householdHeadName', 'fullName', 'household head'));
  if (headById && b.relationToHead && b.relationToHead !== HEAD) out.push(mismatch('household.headRelation', 'householdHeadCitizenId', 'relationToHead', 'household head'));
  if (household && b.relationToHead === HEAD && a.relationToHead !== HEAD && a.householdHeadCitizenId && b.citizenId && !headById) {
    out.push(mismatch('household.headId', 'householdHeadCitizenId', 'citizenId', 'household head'));
  }
  // One head per household: two people (both IDs known) who each say Chủ hộ.
  if (household && a.relationToHead === HEAD && b.relationToHead === HEAD && a.citizenId && b.citizenId) out.push(mismatch('household.oneHead', 'relationToHead', 'relationToHead', 'household member'));
  // Spouses name each other.
  const spouseRoles = household && ((a.relationToHead === HEAD && isSpouse(b)) || (isSpouse(a) && b.relationToHead === HEAD));
  const spouseById = !!a.spouseCitizenId && a.spouseCitizenId === b.citizenId;
  if (spouseById || spouseRoles) {
    if (a.spouseName && b.fullName && !eqName('spouseName', 'fullName')) out.push(mismatch('household.spouseName', 'spouseName', 'fullName', 'spouse'));
    if (!spouseById && a.spouseCitizenId && b.citizenId) out.push(mismatch('household.spouseId', 'spouseCitizenId', 'citizenId', 'spouse'));
  }
  // The head of a Vợ is a man, of a Chồng a woman.
  if (household && isSpouse(a) && b.relationToHead === HEAD && b.sex && b.sex !== (a.relationToHead === 'Vợ' ? 'Nam' : 'Nữ')) {
    out.push(mismatch('household.spouseSex', 'relationToHead', 'sex', 'household head', 'does not fit'));
  }
  // Parents: named by ID anywhere in the campaign, or by the relations to the head within the
  // household (the head's child names the head and the head's spouse; the head names Cha and Mẹ).
  // Never by name alone: a child named after a grandparent is common.
  for (const [nameF, idF, role, sex] of [['fatherName', 'fatherCitizenId', 'father', 'Nam'], ['motherName', 'motherCitizenId', 'mother', 'Nữ']] as const) {
    const byId = !!a[idF] && a[idF] === b.citizenId;
    const byRelation = household && b.sex === sex && parentByRelation(a, b);
    if (!byId && !byRelation) continue;
    if (a[nameF] && b.fullName && !eqName(nameF, 'fullName')) out.push(mismatch(`household.${role}Name`, nameF, 'fullName', role));
    if (!byId && a[idF] && b.citizenId) out.push(mismatch(`household.${role}Id`, idF, 'citizenId', role));
    if (byId && b.sex && b.sex !== sex) out.push(mismatch(`household.${role}Sex`, idF, 'sex', role, 'does not fit'));
    if (byId && olderBy(b.dateOfBirth, a.dateOfBirth) === false) out.push(tooYoung(`household.${role}Age`, role, MIN_PARENT_GAP_YEARS));
  }
  // Relation and age: the head's child, parent or grandparent.
  if (household && b.relationToHead === HEAD) {
    const gap = a.relationToHead === 'Con' ? olderBy(b.dateOfBirth, a.dateOfBirth) : a.relationToHead === 'Cha' || a.relationToHead === 'Mẹ' ? olderBy(a.dateOfBirth, b.dateOfBirth) : a.relationToHead === 'Ông' || a.relationToHead === 'Bà' ? olderBy(a.dateOfBirth, b.dateOfBirth, 2) : null;
    if (gap === false) out.push(tooYoung('household.relationAge', 'household head', a.relationToHead === 'Ông' || a.relationToHead === 'Bà' ? 2 * MIN_PARENT_GAP_YEARS : MIN_PARENT_GAP_YEARS));
  }
  return out;
}

const isSpouse = (f: Facts) => f.relationToHead === 'Vợ' || f.relationToHead === 'Chồng';
/** Whether b is a's parent by their relations to the same head (b's sex picks father or mother). */
const parentByRelation = (a: Facts, b: Facts) =>
  (a.relationToHead === 'Con' && (b.relationToHead === HEAD || isSpouse(b))) || (a.relationToHead === HEAD && (b.relationToHead === 'Cha' || b.relationToHead === 'Mẹ'));

/** Date bounds of a canonical date (dd/mm/yyyy, mm/yyyy or yyyy): earliest and latest day it can be. */
function bounds(d: string | undefined): [number, number] | null {
  if (!d) return null;
  const parts = d.split('/').map(Number);
  if (parts.some((n) => !Number.isFinite(n))) return null;
  const [y, m, day] = parts.length === 3 ? [parts[2], parts[1], parts[0]] : parts.length === 2 ? [parts[1], parts[0], undefined] : [parts[0], undefined, undefined];
  const lo = Date.UTC(y, (m ?? 1) - 1, day ?? 1);
  const hi = day !== undefined ? lo : Date.UTC(y, m ?? 12, 0);
  return [lo, hi];
}

/**
 * Whether `elder` is at least `generations` × the parent gap older than `younger`: false only when
 * no reading of partial dates allows it; null when a date is unknown.
 */
export function olderBy(elder: string | undefined, younger: string | undefined, generations = 1): boolean | null {
  const e = bounds(elder), y = bounds(younger);
  if (!e || !y) return null;
  const latestYounger = new Date(y[1]);
  latestYounger.setUTCFullYear(latestYounger.getUTCFullYear() - generations * MIN_PARENT_GAP_YEARS);
  return e[0] <= latestYounger.getTime();
}

/** A finding on one form alone (the head's own form, relation and sex): names fields, never values. */
export interface OwnFinding {
  check: string;
  field: HouseholdField;
  message: string;
}

/** Household rules one form can break by itself. */
export function checkOwnForm(defs: Defs, f: Facts): OwnFinding[] {
  const out: OwnFinding[] = [];
  if (f.relationToHead === HEAD) {
    if (f.householdHeadCitizenId && f.citizenId && f.householdHeadCitizenId !== f.citizenId) {
      out.push({ check: 'household.ownHeadId', field: 'householdHeadCitizenId', message: "householdHeadCitizenId: the household head's own form names another citizen ID as head" });
    }
    if (f.householdHeadName && f.fullName && key(defs, 'householdHeadName', f.householdHeadName) !== key(defs, 'fullName', f.fullName)) {
      out.push({ check: 'household.ownHeadName', field: 'householdHeadName', message: "householdHeadName: the household head's own form names another name as head" });
    }
  } else if (f.relationToHead && f.householdHeadCitizenId && f.householdHeadCitizenId === f.citizenId) {
    out.push({ check: 'household.ownRelation', field: 'relationToHead', message: "relationToHead: the citizen ID is the household head's, but the relation is not Chủ hộ" });
  }
  const sex = f.relationToHead ? SEX_OF_RELATION[f.relationToHead] : undefined;
  if (sex && f.sex && f.sex !== sex) {
    out.push({ check: 'household.relationSex', field: 'relationToHead', message: 'relationToHead: does not fit sex' });
    out.push({ check: 'household.relationSex', field: 'sex', message: 'sex: does not fit relationToHead' });
  }
  return out;
}

const K = '[A-Za-z]+';
/** The notes above, for redactNote: fixed sentences naming fields and roles, never a value. */
export const HOUSEHOLD_NOTES: readonly RegExp[] = [
  new RegExp(`^${K}: (does not match|does not fit) ${K} on the (household head|household member|spouse|father|mother|child|parent)'s form$`),
  /^dateOfBirth: the parent is less than \d+ years older than the child \(the (household head|household member|father|mother|child|parent)'s form\)$/,
  new RegExp(`^${K}: the household head's own form names another (citizen ID|name) as head$`),
  /^relationToHead: the citizen ID is the household head's, but the relation is not Chủ hộ$/,
  new RegExp(`^${K}: does not fit ${K}$`),
];
