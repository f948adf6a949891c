import { PROVINCES, PROVINCE_CODES, PROVINCE_NAME_BY_CODE, type Province } from '../domain/provinces.js';
import { provinceOfIdCode, type Unit } from '../domain/places.js';

export { PROVINCES, PROVINCE_CODES, PROVINCE_NAME_BY_CODE, type Province };

/**
 * The 63 provinces (pre-2025 codes, which citizen IDs keep) and their official districts and
 * communes as of the DC01 campaign (2021–2022, the statistics office's list in
 * domain/places-data.ts), so that every generated place is one a place check knows.
 */

export interface District {
  /** With its prefix: "Quận Hà Đông", "Huyện Quỳnh Lưu", "Thành phố Vinh", "Thị xã Cửa Lò". */
  name: string;
  /** Urban districts have wards (phường); rural ones communes (xã) and townships (thị trấn). */
  urban: boolean;
  /** With prefix: "Phường Hà Cầu", "Xã Bát Tràng", "Thị trấn Trâu Quỳ". */
  communes: readonly string[];
}

export type Region =
  | 'northMountain'
  | 'northDelta'
  | 'northCentral'
  | 'southCentral'
  | 'highlands'
  | 'southEast'
  | 'mekong';

/** Centrally-run cities: "Thành phố X" rather than "Tỉnh X". */
const CENTRAL_CITIES = new Set(['001', '031', '048', '079', '092']);

export function isCentralCity(code: string): boolean {
  return CENTRAL_CITIES.has(code);
}

/** "Thành phố Hà Nội", "Tỉnh Nghệ An": the official name. */
export function provinceTitle(code: string): string {
  const p = PROVINCE_CODES.has(code) ? provinceOfIdCode(code) : undefined;
  if (!p) throw new Error(`unknown province code ${code}`);
  return p.name;
}

/** Province as written at the end of a street address: "Hà Nội", "Thành phố Hồ Chí Minh", "tỉnh Nghệ An". */
export function provinceInAddress(code: string): string {
  const name = PROVINCE_NAME_BY_CODE[code];
  if (name === undefined) throw new Error(`unknown province code ${code}`);
  if (code === '079') return 'Thành phố Hồ Chí Minh';
  return CENTRAL_CITIES.has(code) ? name : 'tỉnh ' + name;
}

export function regionOf(code: string): Region {
  const n = Number(code);
  if (n === 1 || (n >= 22 && n !== 24 && n !== 25 && n <= 37)) return 'northDelta';
  if (n <= 25) return 'northMountain';
  if (n <= 46) return 'northCentral';
  if (n <= 60) return 'southCentral';
  if (n <= 68) return 'highlands';
  if (n <= 79) return 'southEast';
  return 'mekong';
}

/** Big provinces and cities first when a campaign covers only a few. */
export const DETAILED_PROVINCE_CODES: readonly string[] = ['001', '031', '038', '040', '048', '079', '092'];

const URBAN_DISTRICT = new Set(['quan', 'thanh-pho', 'thi-xa']);
const district = (u: Unit): District => ({
  name: u.name,
  urban: URBAN_DISTRICT.has(u.type),
  communes: u.children.map((c) => c.name),
});

const DISTRICTS = new Map<string, readonly District[]>();

/** The official districts of a province (its ID code), those with communes (a few islands have none). */
export function districtsOf(code: string): readonly District[] {
  let ds = DISTRICTS.get(code);
  if (!ds) {
    const p = PROVINCE_CODES.has(code) ? provinceOfIdCode(code) : undefined;
    if (!p) throw new Error(`unknown province code ${code}`);
    ds = p.children.filter((d) => d.children.length > 0).map(district);
    DISTRICTS.set(code, ds);
  }
  return ds;
}

/** The district's name without its administrative prefix: "Quận Hà Đông" -> "Hà Đông". */
export function stripAdminPrefix(name: string): string {
  return name.replace(/^(Thành phố|Thị xã|Thị trấn|Quận|Huyện|Phường|Xã|Tỉnh)\s+/u, '');
}

/** Initials for batch codes: "Quận Hoàn Kiếm" -> "HK", "Quận 1" -> "Q1", "Thành phố Đà Lạt" -> "DL". */
export function districtInitials(name: string): string {
  const bare = stripAdminPrefix(name);
  if (/^\d+$/.test(bare)) return 'Q' + bare;
  return bare
    .split(/[\s-]+/u)
    .filter((w) => w.length > 0)
    .map((w) => w[0]!.normalize('NFD')[0]!.replace('Đ', 'D').replace('đ', 'd').toUpperCase())
    .join('');
}
