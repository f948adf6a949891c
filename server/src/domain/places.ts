import { distance as levenshtein } from 'fastest-levenshtein';
import { stripDiacritics } from './normalize.js';
import { keyParts, type KeyPart, type UnitType } from './place-key.js';
import { fullName, placeIndex, PLACE_LEVELS, type PlaceIndex, type PlaceLevel, type Unit } from './places-data.js';

export { placeKey, placeKeyOfClean, type UnitType } from './place-key.js';
export { fullName, placeIndex, provinceOfIdCode, type PlaceLevel, type Unit } from './places-data.js';

/**
 * Places and addresses against the official list of administrative units in force in 2021–2022
 * (places-data.ts). Post-2025 names (34 provinces, no districts) are not in the list: the DC01
 * forms predate them, so a post-2025 name is reported as unknown.
 */

/** PLACE fields (birth registration place, hometown) or ADDRESS fields (street address first). */
export type PlaceKind = 'place' | 'address';

/** One administrative part of a value, as it was read. */
export interface PlacePart {
  /** The part as typed, abbreviations written in full ("Thành phố Buôn Ma Thuột"). */
  text: string;
  /** Its type word, when one was written. */
  type: UnitType | null;
  /** The official units it can name given the parts above it (several when a name repeats); empty if none. */
  units: Unit[];
}

export interface ParsedPlace {
  /** What comes before the administrative parts (house number, lane, street, hamlet), or null. */
  street: string | null;
  commune: PlacePart | null;
  district: PlacePart | null;
  province: PlacePart | null;
}

export const PLACE_FINDING_CODES = [
  'UNKNOWN_PROVINCE',
  'UNKNOWN_DISTRICT',
  'UNKNOWN_COMMUNE',
  'NOT_IN_PARENT',
  'WRONG_TYPE',
  'MISSING_PART',
] as const;
export type PlaceFindingCode = (typeof PLACE_FINDING_CODES)[number];

export interface PlaceFinding {
  code: PlaceFindingCode;
  level: PlaceLevel;
  /** Never quotes the value (messages are shown to viewers who may not see it): prefix it with the field. */
  message: string;
}

const LEVEL_OF_TYPE: Record<UnitType, number> = { tinh: 0, 'thanh-pho': 0, quan: 1, huyen: 1, 'thi-xa': 1, phuong: 2, xa: 2, 'thi-tran': 2 };

/** Words that open the street part of an address, never an administrative unit. */
const STREET_START = /^(?:số|ngõ|ngách|hẻm|kiệt|kiệt|đường|phố|thôn|xóm|ấp|bản|buôn|plei|làng|sóc|tổ|khu|khóm|khối|cụm|lô|căn|chung cư|tầng|nhà|km|quốc lộ|tỉnh lộ|huyện lộ|đội|phum|tiểu khu)(?:\s|$)/;

interface Slot {
  part: KeyPart;
  units: Unit[];
}

interface Reading {
  street: KeyPart[];
  /** By level: province, district, commune. */
  slots: [Slot | null, Slot | null, Slot | null];
}

/** The trailing administrative parts of a place or address (commune, district, province). */
export function parseAddress(value: string, opts: { kind?: PlaceKind } = {}): ParsedPlace {
  const r = read(value, opts.kind ?? 'address');
  const out = (s: Slot | null): PlacePart | null => (s ? { text: s.part.text, type: s.part.type, units: s.units } : null);
  return {
    street: r.street.length ? r.street.map((p) => p.text).join(', ') : null,
    commune: out(r.slots[2]),
    district: out(r.slots[1]),
    province: out(r.slots[0]),
  };
}

/**
 * What is wrong with a place or an address: each part must name an official unit of its level,
 * inside the unit named above it. A place may stop at any level ("Tỉnh C"); an address needs all
 * three (a district without communes excepted). An empty list means the value checks out.
 */
export function checkPlace(value: string, opts: { kind: PlaceKind }): PlaceFinding[] {
  const { slots } = read(value, opts.kind);
  const findings: PlaceFinding[] = [];
  for (let level = 0; level < 3; level++) {
    const slot = slots[level];
    const name = PLACE_LEVELS[level]!;
    if (!slot) {
      const needed = level === 0 || (opts.kind === 'address' && (level === 1 || !slots[1]?.units.length || slots[1].units.some((d) => d.children.length)));
      if (needed) findings.push({ code: 'MISSING_PART', level: name, message: `the ${name} is missing` });
      continue;
    }
    if (!slot.units.length) {
      findings.push({ code: UNKNOWN[level]!, level: name, message: `the ${name} matches no official ${name}${level === 2 ? ', ward or township' : ''}` });
      continue;
    }
    const parent = nearestParent(slots, level);
    if (parent && !slot.units.some((u) => isUnder(u, parent.units))) {
      findings.push({ code: 'NOT_IN_PARENT', level: name, message: `the ${name} is not in the ${PLACE_LEVELS[parent.level]}` });
    }
    if (slot.part.type && !slot.units.some((u) => u.type === slot.part.type)) {
      // Not which type it officially is: even that narrows down where the person lives.
      findings.push({ code: 'WRONG_TYPE', level: name, message: `the ${name}'s type word is not its official one` });
    }
  }
  return findings;
}

const UNKNOWN: readonly PlaceFindingCode[] = ['UNKNOWN_PROVINCE', 'UNKNOWN_DISTRICT', 'UNKNOWN_COMMUNE'];

/** The closest filled level above `level` whose part names real units. */
function nearestParent(slots: Reading['slots'], level: number): { level: number; units: Unit[] } | null {
  for (let l = level - 1; l >= 0; l--) if (slots[l]?.units.length) return { level: l, units: slots[l]!.units };
  return null;
}

function isUnder(u: Unit, parents: readonly Unit[]): boolean {
  for (let p = u.parent; p; p = p.parent) if (parents.includes(p)) return true;
  return false;
}

// ---------------------------------------------------------------- reading a value

function read(value: string, kind: PlaceKind): Reading {
  const ix = placeIndex();
  const parts = splitGluedProvince(ix, keyParts(value));
  const slots: Reading['slots'] = [null, null, null];
  let level = 0;
  let i = parts.length - 1;
  while (i >= 0 && level <= 2) {
    const p = parts[i]!;
    // A name with a dash was split like two parts ("Tỉnh Bà Rịa - Vũng Tàu", "Phan Rang-Tháp Chàm").
    if (p.type === null && i > 0) {
      const joined = joinAt(ix, parts[i - 1]!, p, level);
      if (joined) {
        slots[joined.level] = resolve(ix, joined.level, joined.part, slots);
        level = joined.level + 1;
        i -= 2;
        continue;
      }
    }
    const at = p.type ? typedLevel(ix, p, level) : untypedLevel(ix, parts, i, level, slots, kind);
    if (at < level) break;
    slots[at] = resolve(ix, at, p, slots);
    level = at + 1;
    i--;
  }
  return { street: parts.slice(0, i + 1), slots };
}

function joinAt(ix: PlaceIndex, a: KeyPart, b: KeyPart, level: number): { level: number; part: KeyPart } | null {
  const name = `${a.name} ${b.name}`;
  const part: KeyPart = { text: `${a.text} - ${b.text}`, type: a.type, name };
  for (let l = level; l <= 2; l++) {
    if (a.type && LEVEL_OF_TYPE[a.type] !== l && !(a.type === 'thanh-pho' && l === 1)) continue;
    if (ix.byName[PLACE_LEVELS[l]!].has(name)) return { level: l, part };
  }
  return null;
}

/** "Thành phố" names a province (the five cities) or a district-level city (Vinh, Thủ Đức). */
function typedLevel(ix: PlaceIndex, p: KeyPart, level: number): number {
  if (p.type !== 'thanh-pho') return LEVEL_OF_TYPE[p.type!];
  if (level > 0) return 1;
  const provinces = ix.byName.province.get(p.name);
  if (provinces?.some((u) => u.type === 'thanh-pho')) return 0;
  if (ix.byName.district.get(p.name)?.some((u) => u.type === 'thanh-pho')) return 1;
  return 0;
}

function untypedLevel(ix: PlaceIndex, parts: KeyPart[], i: number, level: number, slots: Reading['slots'], kind: PlaceKind): number {
  const p = parts[i]!;
  const here = PLACE_LEVELS[level]!;
  const known = ix.byName[here].get(p.name);
  if (known && (level === 0 || inContext(known, slots, level).length)) return level;
  if (level === 0) {
    // "Quỳnh Lưu" alone: a district with the province left out.
    if (ix.byName.district.has(p.name)) return 1;
    return 0;
  }
  // A lower level written before this part means this part is the unit of this level.
  for (let j = 0; j < i; j++) if (parts[j]!.type && LEVEL_OF_TYPE[parts[j]!.type!] > level) return level;
  if (STREET_START.test(p.name) || (kind === 'address' && /\d/.test(p.name))) return -1;
  return level;
}

/** The units of `units` under the closest resolved parent, or all of them when none is resolved. */
function inContext(units: readonly Unit[], slots: Reading['slots'], level: number): Unit[] {
  const parent = nearestParent(slots, level);
  return parent ? units.filter((u) => isUnder(u, parent.units)) : [...units];
}

/** The official units a part names at a level: in its parent and of its type first. */
function resolve(ix: PlaceIndex, level: number, part: KeyPart, slots: Reading['slots']): Slot {
  const all = ix.byName[PLACE_LEVELS[level]!].get(part.name) ?? [];
  if (all.length <= 1) return { part, units: [...all] };
  const inside = inContext(all, slots, level);
  const pool = inside.length ? inside : [...all];
  const sameType = part.type ? pool.filter((u) => u.type === part.type) : pool;
  return { part, units: sameType.length ? sameType : pool };
}

/** "Thành phố Buôn Ma Thuột Đắk Lắk": a province written after the last part without a comma. */
function splitGluedProvince(ix: PlaceIndex, parts: KeyPart[]): KeyPart[] {
  const last = parts[parts.length - 1];
  if (!last) return parts;
  if (ix.byName.province.has(last.name) || ix.byName.district.has(last.name) || ix.byName.commune.has(last.name)) return parts;
  const words = last.name.split(' ');
  const textWords = last.text.split(' ');
  for (let k = Math.min(4, words.length - 1); k >= 1; k--) {
    const tail = words.slice(-k).join(' ');
    if (!ix.byName.province.has(tail)) continue;
    const head: KeyPart = { ...last, name: words.slice(0, -k).join(' '), text: textWords.slice(0, -k).join(' ') };
    if (head.type && head.name === '') continue;
    return [...parts.slice(0, -1), head, { text: textWords.slice(-k).join(' '), type: null, name: tail }];
  }
  return parts;
}

// ---------------------------------------------------------------- suggestions

/**
 * The n official full names closest to a value, e.g. "Phường Láng Hạ, Quận Đống Đa, Thành phố
 * Hà Nội", from its lowest written level up. Ranked by edit distance over the written levels
 * (a letter counts more than a diacritic, a parent's name half as much as the unit's), among the units under the parts that did match, so a
 * misread commune in a known district suggests that district's communes. A value that checks out
 * gets its own official name first.
 */
export function suggestPlaces(value: string, n = 5, opts: { kind?: PlaceKind } = {}): string[] {
  if (n <= 0) return [];
  const ix = placeIndex();
  const { slots } = read(value, opts.kind ?? 'place');
  let lowest = -1;
  for (let l = 0; l < 3; l++) if (slots[l]) lowest = l;
  if (lowest < 0) return [];
  const best: { score: number; unit: Unit }[] = [];
  const memo = new Map<Unit, number>();
  const bare = slots.map((s) => (s ? stripDiacritics(s.part.name) : ''));
  const partScore = (l: number, u: Unit): number => {
    let s = memo.get(u);
    // Upper levels weigh half: a written name that exists is more likely right than its parent.
    if (s === undefined) memo.set(u, (s = nameDistance(slots[l]!.part, bare[l]!, u) / 2));
    return s;
  };
  for (const u of candidates(ix, slots, lowest)) {
    const given = slots[lowest]!.part;
    // Lower bound first (edit distance >= length difference): most of a full scan stops here.
    let score = 3 * Math.abs(given.name.length - u.key.length);
    for (let a = u.parent, l = lowest - 1; a && l >= 0; a = a.parent, l--) if (slots[l]) score += partScore(l, a);
    if (best.length === n && score >= best[n - 1]!.score) continue;
    score += nameDistance(given, bare[lowest]!, u) - 3 * Math.abs(given.name.length - u.key.length);
    if (best.length === n && score >= best[n - 1]!.score) continue;
    let at = best.length;
    while (at > 0 && best[at - 1]!.score > score) at--;
    best.splice(at, 0, { score, unit: u });
    if (best.length > n) best.pop();
  }
  return best.map((b) => fullName(b.unit));
}

/** 2 per letter edit plus 1 per diacritic edit, plus 1 for a type word that is not the official one. */
function nameDistance(p: KeyPart, bare: string, u: Unit): number {
  return 2 * levenshtein(bare, u.bare) + levenshtein(p.name, u.key) + (p.type && p.type !== u.type ? 1 : 0);
}

/**
 * The units of level `lowest` worth ranking: those of the written name (wherever they are: the
 * parent may be the misread part) and those under the closest part above that names real units.
 * Only when neither exists: the whole level (63, 705 or 10,599 units, bounded in suggestPlaces).
 */
function candidates(ix: PlaceIndex, slots: Reading['slots'], lowest: number): Iterable<Unit> {
  if (lowest === 0) return ix.provinces;
  const out = new Set<Unit>(ix.byName[PLACE_LEVELS[lowest]!].get(slots[lowest]!.part.name) ?? []);
  const parent = nearestParent(slots, lowest);
  if (parent) for (const a of parent.units) for (const u of descendants(a, lowest)) out.add(u);
  if (out.size) return out;
  return lowest === 1 ? ix.districts : ix.communes;
}

function descendants(a: Unit, level: number): Unit[] {
  const depth = PLACE_LEVELS.indexOf(a.level);
  if (depth === level) return [a];
  if (depth + 1 === level) return a.children;
  return a.children.flatMap((c) => c.children);
}
