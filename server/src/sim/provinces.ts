import { PROVINCES, PROVINCE_CODES, PROVINCE_NAME_BY_CODE, type Province } from '../domain/provinces.js';

export { PROVINCES, PROVINCE_CODES, PROVINCE_NAME_BY_CODE, type Province };

/**
 * The 63 provinces (pre-2025 codes, which citizen IDs keep) and their districts/communes.
 * A few provinces carry real district and commune names; the others get plausible ones
 * built deterministically from shared lists, so the same code always yields the same places.
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

/** "Thành phố Hà Nội", "Tỉnh Nghệ An". */
export function provinceTitle(code: string): string {
  const name = PROVINCE_NAME_BY_CODE[code];
  if (name === undefined) throw new Error(`unknown province code ${code}`);
  return (CENTRAL_CITIES.has(code) ? 'Thành phố ' : 'Tỉnh ') + name;
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

const ward = (names: string[]): string[] => names.map((n) => 'Phường ' + n);
const rural = (township: string | null, communes: string[]): string[] => [
  ...(township ? ['Thị trấn ' + township] : []),
  ...communes.map((n) => 'Xã ' + n),
];
const d = (name: string, communes: string[]): District => ({
  name,
  urban: !name.startsWith('Huyện '),
  communes,
});

/** Real districts and communes (a sample, not the full lists). */
const DETAILED: Record<string, District[]> = {
  '001': [
    d('Quận Ba Đình', ward(['Điện Biên', 'Đội Cấn', 'Kim Mã', 'Ngọc Hà', 'Liễu Giai', 'Phúc Xá'])),
    d('Quận Hoàn Kiếm', ward(['Hàng Bạc', 'Hàng Đào', 'Tràng Tiền', 'Lý Thái Tổ', 'Hàng Trống', 'Cửa Đông'])),
    d('Quận Đống Đa', ward(['Láng Hạ', 'Ô Chợ Dừa', 'Văn Miếu', 'Quốc Tử Giám', 'Khâm Thiên', 'Trung Liệt'])),
    d('Quận Cầu Giấy', ward(['Dịch Vọng', 'Nghĩa Đô', 'Quan Hoa', 'Yên Hòa', 'Trung Hòa', 'Mai Dịch'])),
    d('Quận Hà Đông', ward(['Hà Cầu', 'Mộ Lao', 'Văn Quán', 'Quang Trung', 'Yết Kiêu', 'Phúc La'])),
    d('Huyện Gia Lâm', rural('Trâu Quỳ', ['Bát Tràng', 'Đa Tốn', 'Kiêu Kỵ', 'Ninh Hiệp', 'Dương Xá'])),
    d('Huyện Sóc Sơn', rural('Sóc Sơn', ['Phù Linh', 'Mai Đình', 'Minh Phú', 'Tiên Dược'])),
    d('Huyện Ba Vì', rural('Tây Đằng', ['Ba Trại', 'Tản Lĩnh', 'Vân Hòa', 'Thụy An'])),
  ],
  '031': [
    d('Quận Hồng Bàng', ward(['Hoàng Văn Thụ', 'Minh Khai', 'Quang Trung', 'Sở Dầu', 'Thượng Lý'])),
    d('Quận Lê Chân', ward(['An Biên', 'Cát Dài', 'Dư Hàng', 'Hồ Nam', 'Trại Cau'])),
    d('Quận Ngô Quyền', ward(['Cầu Đất', 'Lạch Tray', 'Máy Tơ', 'Lê Lợi', 'Đằng Giang'])),
    d('Huyện An Dương', rural('An Dương', ['An Đồng', 'Hồng Phong', 'Lê Thiện', 'Nam Sơn'])),
    d('Huyện Vĩnh Bảo', rural('Vĩnh Bảo', ['Cổ Am', 'Dũng Tiến', 'Tam Cường', 'Vĩnh An'])),
  ],
  '038': [
    d('Thành phố Thanh Hóa', ward(['Điện Biên', 'Lam Sơn', 'Ba Đình', 'Đông Thọ', 'Trường Thi', 'Quảng Thắng'])),
    d('Thành phố Sầm Sơn', ward(['Trung Sơn', 'Bắc Sơn', 'Quảng Tiến', 'Quảng Cư'])),
    d('Thị xã Nghi Sơn', [...ward(['Hải Hòa', 'Hải Thanh', 'Trúc Lâm']), 'Xã Tân Trường']),
    d('Huyện Hoằng Hóa', rural('Bút Sơn', ['Hoằng Đạo', 'Hoằng Lộc', 'Hoằng Thanh', 'Hoằng Phong'])),
    d('Huyện Thọ Xuân', rural('Thọ Xuân', ['Xuân Hòa', 'Thọ Diên', 'Xuân Lập', 'Xuân Tín'])),
    d('Huyện Quảng Xương', rural('Tân Phong', ['Quảng Ngọc', 'Quảng Nhân', 'Quảng Lưu', 'Quảng Hòa'])),
  ],
  '040': [
    d('Thành phố Vinh', ward(['Hưng Bình', 'Lê Lợi', 'Quang Trung', 'Bến Thủy', 'Trường Thi', 'Hà Huy Tập'])),
    d('Thị xã Cửa Lò', ward(['Nghi Thủy', 'Nghi Tân', 'Thu Thủy', 'Nghi Hòa'])),
    d('Huyện Quỳnh Lưu', rural('Cầu Giát', ['Quỳnh Hồng', 'Quỳnh Đôi', 'Quỳnh Thạch', 'Quỳnh Văn'])),
    d('Huyện Diễn Châu', rural('Diễn Châu', ['Diễn Hồng', 'Diễn Kỷ', 'Diễn Ngọc', 'Diễn Thành'])),
    d('Huyện Nam Đàn', rural('Nam Đàn', ['Kim Liên', 'Nam Cát', 'Nam Giang', 'Xuân Hòa'])),
    d('Huyện Đô Lương', rural('Đô Lương', ['Đà Sơn', 'Lạc Sơn', 'Thuận Sơn', 'Yên Sơn'])),
  ],
  '048': [
    d('Quận Hải Châu', ward(['Thạch Thang', 'Hải Châu I', 'Hải Châu II', 'Phước Ninh', 'Hòa Thuận Tây', 'Bình Hiên'])),
    d('Quận Thanh Khê', ward(['Tam Thuận', 'Thanh Khê Đông', 'Thanh Khê Tây', 'Xuân Hà', 'Chính Gián', 'An Khê'])),
    d('Quận Sơn Trà', ward(['An Hải Bắc', 'An Hải Đông', 'Mân Thái', 'Phước Mỹ', 'Thọ Quang', 'Nại Hiên Đông'])),
    d('Quận Ngũ Hành Sơn', ward(['Mỹ An', 'Khuê Mỹ', 'Hòa Hải', 'Hòa Quý'])),
    d('Quận Liên Chiểu', ward(['Hòa Khánh Bắc', 'Hòa Khánh Nam', 'Hòa Minh', 'Hòa Hiệp Bắc'])),
    d('Huyện Hòa Vang', rural(null, ['Hòa Bắc', 'Hòa Ninh', 'Hòa Phong', 'Hòa Tiến', 'Hòa Châu'])),
  ],
  '079': [
    d('Quận 1', ward(['Bến Nghé', 'Bến Thành', 'Đa Kao', 'Tân Định', 'Cầu Ông Lãnh', 'Nguyễn Thái Bình'])),
    d('Quận 3', ward(['Võ Thị Sáu', '1', '2', '4', '5', '9'])),
    d('Quận Bình Thạnh', ward(['1', '2', '3', '13', '17', '25'])),
    d('Quận Gò Vấp', ward(['1', '3', '5', '10', '16', '17'])),
    d('Quận Tân Bình', ward(['2', '4', '9', '12', '13', '15'])),
    d('Thành phố Thủ Đức', ward(['Linh Trung', 'Linh Xuân', 'Hiệp Bình Chánh', 'Thảo Điền', 'An Phú', 'Bình Thọ'])),
    d('Huyện Củ Chi', rural('Củ Chi', ['Tân Thạnh Đông', 'Phước Vĩnh An', 'Trung An', 'An Nhơn Tây'])),
    d('Huyện Bình Chánh', rural('Tân Túc', ['Vĩnh Lộc A', 'Bình Hưng', 'Phong Phú', 'Tân Kiên'])),
  ],
  '092': [
    d('Quận Ninh Kiều', ward(['Tân An', 'An Hòa', 'Xuân Khánh', 'Hưng Lợi', 'An Khánh', 'Cái Khế'])),
    d('Quận Bình Thủy', ward(['Bình Thủy', 'Trà An', 'Trà Nóc', 'An Thới', 'Long Hòa', 'Bùi Hữu Nghĩa'])),
    d('Quận Cái Răng', ward(['Lê Bình', 'Hưng Phú', 'Ba Láng', 'Thường Thạnh'])),
    d('Quận Ô Môn', ward(['Châu Văn Liêm', 'Phước Thới', 'Trường Lạc', 'Thới An'])),
    d('Huyện Phong Điền', rural('Phong Điền', ['Nhơn Ái', 'Giai Xuân', 'Mỹ Khánh', 'Tân Thới'])),
    d('Huyện Cờ Đỏ', rural('Cờ Đỏ', ['Thới Hưng', 'Đông Hiệp', 'Trung An'])),
  ],
};

/** Provinces with real district/commune names above. */
export const DETAILED_PROVINCE_CODES: readonly string[] = Object.keys(DETAILED);

/** Provincial capitals (cities), used as the urban district of generated provinces. */
const CAPITALS: Record<string, string> = {
  '011': 'Điện Biên Phủ', '022': 'Hạ Long', '025': 'Việt Trì', '026': 'Vĩnh Yên', '035': 'Phủ Lý',
  '044': 'Đồng Hới', '045': 'Đông Hà', '046': 'Huế', '049': 'Tam Kỳ', '052': 'Quy Nhơn', '054': 'Tuy Hòa',
  '056': 'Nha Trang', '058': 'Phan Rang - Tháp Chàm', '060': 'Phan Thiết', '064': 'Pleiku',
  '066': 'Buôn Ma Thuột', '067': 'Gia Nghĩa', '068': 'Đà Lạt', '070': 'Đồng Xoài', '074': 'Thủ Dầu Một',
  '075': 'Biên Hòa', '077': 'Vũng Tàu', '080': 'Tân An', '082': 'Mỹ Tho', '087': 'Cao Lãnh',
  '089': 'Long Xuyên', '091': 'Rạch Giá', '093': 'Vị Thanh',
};

const SHARED_DISTRICT_NAMES = [
  'Yên Lạc', 'Tiên Yên', 'Phú Bình', 'Đông Hưng', 'Kim Sơn', 'Vĩnh Lợi', 'Hòa An', 'Thuận Thành',
  'Đức Hòa', 'Châu Thành', 'Tân Phú', 'Bình Sơn', 'Quảng Điền', 'Hương Khê', 'Mỹ Xuyên', 'Phú Lương',
  'Lục Yên', 'Văn Chấn', 'Như Xuân', 'Cẩm Thủy', 'Thạch Hà', 'Lệ Thủy', 'Hải Lăng', 'Tuy Phước',
  'Diên Khánh', 'Đức Trọng', 'Chợ Mới', 'Tam Nông', 'Long Hồ', 'Càng Long', 'Cái Nước', 'Phước Long',
  'Gò Quao', 'Tân Hiệp', 'Thoại Sơn', 'Mỹ Tú', 'Vĩnh Thạnh', 'Hòa Thành', 'Yên Thủy', 'Kỳ Anh',
];

const SHARED_COMMUNE_NAMES = [
  'Tân Lập', 'Đông Hòa', 'Hòa Bình', 'Quang Trung', 'Thanh Xuân', 'Phú Lộc', 'Bình An', 'Tân Tiến',
  'Minh Khai', 'Hưng Đạo', 'Yên Thịnh', 'Kim Liên', 'Trung Hòa', 'Đồng Tâm', 'An Phú', 'Vĩnh Thủy',
  'Thủy An', 'Hòa Khánh', 'Nghĩa Hưng', 'Xuân Thủy', 'Tân Hòa', 'Phước Thạnh', 'Long Thủy', 'Mỹ Hòa',
  'Hiệp Hòa', 'Thạnh Phú', 'Quỳnh Lâm', 'Thụy Hương', 'Nghĩa Thuận', 'Hợp Thành', 'Tiến Thủy',
  'Đại Đồng', 'Hồng Phong', 'Cẩm Bình', 'Tân Thủy', 'Hải Hòa', 'Sơn Thủy', 'Phú Xuân', 'Tam Hiệp', 'Lộc Hòa',
];

const SHARED_WARD_NAMES = [
  'Trần Phú', 'Lê Lợi', 'Quang Trung', 'Hồng Hà', 'Minh Khai', 'Tân Thịnh', 'Phan Đình Phùng',
  'Hòa Thuận', 'Lê Hồng Phong', 'Thủy Châu', 'Ngọc Trạo', 'Bắc Sơn', 'Đông Vĩnh', 'Nam Hà', 'Tân An',
  'Hiệp Thành', 'Phú Hòa', 'An Lạc',
];

/** Deterministic pick of k distinct items, seeded by the province code (no shared RNG state). */
function pickDistinct<T>(list: readonly T[], k: number, seed: number): T[] {
  const out: T[] = [];
  const used = new Set<number>();
  let x = (seed * 2654435761) >>> 0;
  while (out.length < k && used.size < list.length) {
    x = (Math.imul(x ^ (x >>> 15), 0x2c1b3c6d) + 0x6b43a9b5) >>> 0;
    const i = x % list.length;
    if (!used.has(i)) {
      used.add(i);
      out.push(list[i]!);
    }
  }
  return out;
}

function generatedDistricts(code: string): District[] {
  const n = Number(code);
  const name = PROVINCE_NAME_BY_CODE[code]!;
  const south = n >= 70;
  const capital = CAPITALS[code] ?? name;
  const wardNames = south
    ? ['1', '2', '3', '4', '5', '7']
    : pickDistinct(SHARED_WARD_NAMES, 6, n);
  const out: District[] = [d('Thành phố ' + capital, ward(wardNames))];
  const names = pickDistinct(SHARED_DISTRICT_NAMES, 4, n + 101);
  names.forEach((dn, i) => {
    const communes = pickDistinct(SHARED_COMMUNE_NAMES, 4, n * 7 + i);
    out.push(d('Huyện ' + dn, rural(dn, communes)));
  });
  return out;
}

const DISTRICTS: ReadonlyMap<string, readonly District[]> = new Map(
  PROVINCES.map((p) => [p.code, DETAILED[p.code] ?? generatedDistricts(p.code)]),
);

export function districtsOf(code: string): readonly District[] {
  const ds = DISTRICTS.get(code);
  if (!ds) throw new Error(`unknown province code ${code}`);
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
