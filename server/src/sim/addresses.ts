/**
 * Places and addresses of the simulated people: a commune of a province (provinces.ts) as a
 * PLACE value ("Phường Hà Cầu, Quận Hà Đông, Thành phố Hà Nội", official names) and street or
 * hamlet addresses ending in it ("Số 12, ngõ 45, đường Trần Phú, Phường Hà Cầu, ...").
 */
import type { Rng } from './rng.js';
import { PROVINCES, districtsOf, provinceTitle, regionOf, type Region } from './provinces.js';

export interface Loc {
  province: string;
  region: Region;
  urban: boolean;
  /** "Phường Hà Cầu, Quận Hà Đông, Thành phố Hà Nội" (PLACE fields). */
  place: string;
  /** The end of an ADDRESS: the same as `place` (people abbreviate it: variants.ts). */
  tail: string;
}

function makeLoc(province: string, district: string, commune: string, urban: boolean): Loc {
  return {
    province,
    region: regionOf(province),
    urban,
    place: `${commune}, ${district}, ${provinceTitle(province)}`,
    tail: `${commune}, ${district}, ${provinceTitle(province)}`,
  };
}

const LOCS: ReadonlyMap<string, readonly Loc[]> = new Map(
  PROVINCES.map((p) => [
    p.code,
    districtsOf(p.code).flatMap((dist) =>
      dist.communes.map((c) => makeLoc(p.code, dist.name, c, dist.urban && !c.startsWith('Xã '))),
    ),
  ]),
);

export function locOf(province: string, district: string, commune: string): Loc {
  const found = LOCS.get(province)?.find((l) => l.place.startsWith(`${commune}, ${district}, `));
  if (found) return found;
  if (!LOCS.has(province)) throw new Error(`unknown province code ${province}`);
  const urban = /^(Phường|Thị trấn)\b/u.test(commune) || /^(Quận|Thành phố|Thị xã)\b/u.test(district);
  return makeLoc(province, district, commune, urban);
}

export function randomLoc(rng: Rng, province: string): Loc {
  return rng.pick(LOCS.get(province)!);
}

export function randomProvince(rng: Rng): string {
  return rng.pick(PROVINCES).code;
}

const STREETS = (
  'Trần Phú,Lê Lợi,Nguyễn Trãi,Quang Trung,Hai Bà Trưng,Lý Thường Kiệt,Trần Hưng Đạo,Nguyễn Huệ,Lê Duẩn,' +
  'Phan Bội Châu,Hoàng Hoa Thám,Ngô Quyền,Điện Biên Phủ,Nguyễn Du,Phan Đình Phùng,Hùng Vương,Trường Chinh,' +
  'Nguyễn Văn Cừ,Võ Thị Sáu,Nguyễn Thị Minh Khai,Lê Hồng Phong,Bà Triệu,Nguyễn Chí Thanh,Tôn Đức Thắng,' +
  'Lạc Long Quân,Âu Cơ,Hoàng Diệu,Nguyễn Khuyến,Chu Văn An,Lê Thánh Tông,Xuân Thủy,Trần Quốc Toản'
).split(',');
const CITY_STREETS: Record<string, string[]> = {
  '001': 'Kim Mã,Láng Hạ,Hoàng Quốc Việt,Giải Phóng,Đội Cấn,Cầu Giấy,Hàng Bông,Tràng Thi,Quang Trung'.split(','),
  '079': 'Cách Mạng Tháng Tám,Phan Xích Long,Xô Viết Nghệ Tĩnh,Nguyễn Oanh,Võ Văn Ngân,Cộng Hòa,Nam Kỳ Khởi Nghĩa'.split(','),
  '048': 'Bạch Đằng,Nguyễn Văn Linh,Hoàng Sa,Ông Ích Khiêm,Lê Đình Lý,Núi Thành'.split(','),
  '092': 'Mậu Thân,Ba Tháng Hai,Nguyễn Văn Linh,Trần Hưng Đạo,Cách Mạng Tháng Tám'.split(','),
};
const STREETS_BY_PROVINCE = new Map(
  PROVINCES.map((p) => [p.code, [...STREETS, ...(CITY_STREETS[p.code] ?? [])]] as const),
);

const THON = 'Đông,Đoài,Trung,Thượng,Hạ,Phú Thủy,Tân Lập,Yên Khê,An Hòa,Đồng Tâm,Bắc,Nam,Văn Khê,Hòa Bình'.split(',');
const BAN = 'Na Hối,Nà Tấu,Phiêng Lơi,Pá Khoang,Nà Sản,Lếch,Cốc Phát,Nà Phày,Tả Van,Hua Pe'.split(',');
const BUON = 'Ky,Đôn,Trí,Kó Êmông,Tơ Lơ,Ea Tung,Jun,Kdun'.split(',');
const AP = 'Tân Hòa,Phú Thạnh,Mỹ An,Bình Thạnh,Long Hòa,Thạnh Lợi,Vĩnh Phước,An Thới,Tân Thủy,Hòa Lợi'.split(',');

function hamlet(rng: Rng, region: Region): string {
  const r = rng.next();
  switch (region) {
    case 'northMountain':
      return r < 0.5 ? 'Bản ' + rng.pick(BAN) : r < 0.8 ? 'Thôn ' + rng.pick(THON) : `Thôn ${rng.int(1, 12)}`;
    case 'highlands':
      return r < 0.4 ? 'Buôn ' + rng.pick(BUON) : `Thôn ${rng.int(1, 15)}`;
    case 'southEast':
    case 'mekong':
      return r < 0.6 ? 'Ấp ' + rng.pick(AP) : `Ấp ${rng.int(1, 9)}`;
    case 'southCentral':
      return r < 0.5 ? 'Thôn ' + rng.pick(THON) : `Thôn ${rng.int(1, 12)}`;
    default:
      return r < 0.45 ? 'Thôn ' + rng.pick(THON) : r < 0.8 ? `Xóm ${rng.int(1, 15)}` : `Thôn ${rng.int(1, 12)}`;
  }
}

/** "Số 12, ngõ 45, đường Trần Phú, Phường Hà Cầu, Quận Hà Đông, Thành phố Hà Nội", "Thôn 3, Xã Ea Tu, Thành phố Buôn Ma Thuột, Tỉnh Đắk Lắk". */
export function makeAddress(rng: Rng, loc: Loc): string {
  if (!loc.urban) return `${hamlet(rng, loc.region)}, ${loc.tail}`;
  const south = loc.region === 'southEast' || loc.region === 'mekong' || loc.region === 'southCentral';
  const lane = loc.province === '046' || loc.province === '048' ? 'kiệt' : south ? 'hẻm' : 'ngõ';
  const no = rng.chance(0.06) ? `${rng.int(1, 200)}A` : String(rng.int(1, 350));
  const street = rng.pick(STREETS_BY_PROVINCE.get(loc.province)!);
  const r = rng.next();
  if (r < 0.4) return `Số ${no}, ${lane} ${rng.int(1, 200)}, đường ${street}, ${loc.tail}`;
  if (r < 0.7) return `Số ${no}, đường ${street}, ${loc.tail}`;
  if (r < 0.82 && lane === 'ngõ') return `Số ${no}, ngách ${rng.int(1, 80)}, ngõ ${rng.int(1, 200)}, đường ${street}, ${loc.tail}`;
  return `${south ? 'Khu phố' : 'Tổ dân phố'} ${rng.int(1, 30)}, ${loc.tail}`;
}


/** Words of street, hamlet and village names (what a reader expects in an address). */
export function addressWords(): string[] {
  return [...STREETS, ...Object.values(CITY_STREETS).flat(), ...THON, ...BAN, ...BUON, ...AP].flatMap((s) => s.split(' '));
}
