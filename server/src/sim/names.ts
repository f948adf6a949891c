/**
 * Vietnamese personal names. Lists are hand-made (faker has no Vietnamese locale worth the name)
 * and written with the modern tone placement (Hòa, Thủy, Khỏe), NFC, as the truth values use.
 */
import { WeightedTable, type Rng } from './rng.js';
import type { Region } from './provinces.js';

export type Sex = 'Nam' | 'Nữ';

/** How names are formed; many minority groups use Kinh-style names with their own surnames. */
export type NameStyle =
  | 'kinh'
  | 'tay'
  | 'nung'
  | 'thai'
  | 'muong'
  | 'dao'
  | 'hmong'
  | 'khmer'
  | 'hoa'
  | 'highland'
  | 'cham';

const STYLE_BY_ETHNICITY: Record<string, NameStyle> = {
  Tày: 'tay', Giáy: 'tay', 'Sán Chay': 'tay', Nùng: 'nung', Thái: 'thai', Lào: 'thai', Lự: 'thai',
  Mường: 'muong', Thổ: 'muong', Dao: 'dao', 'Sán Dìu': 'dao', "H'Mông": 'hmong', Khmer: 'khmer',
  Hoa: 'hoa', Ngái: 'hoa', Chăm: 'cham', 'Gia Rai': 'highland', 'Ê Đê': 'highland', 'Ba Na': 'highland',
  'Xơ Đăng': 'highland', 'Cơ Ho': 'highland', Mnông: 'highland', Hrê: 'highland', 'Ra Glai': 'highland',
  Xtiêng: 'highland', 'Cơ Tu': 'highland', 'Tà Ôi': 'highland', Mạ: 'highland', 'Giẻ - Triêng': 'highland',
  Co: 'highland', 'Chơ Ro': 'highland', 'Chu Ru': 'highland', 'Rơ Măm': 'highland', Brâu: 'highland',
};

export function nameStyleOf(ethnicity: string): NameStyle {
  return STYLE_BY_ETHNICITY[ethnicity] ?? 'kinh';
}

const table = (s: string): WeightedTable<string> =>
  new WeightedTable(
    s.split(',').map((e) => {
      const [name, w] = e.split(':');
      return [name!.trim(), Number(w)] as const;
    }),
  );

// Surname shares roughly as in national surveys; south replaces Hoàng/Vũ with Huỳnh/Võ (historic taboo).
const KINH_COMMON =
  'Nguyễn:38,Trần:11,Lê:9.5,Phạm:7,Phan:4.5,Đặng:2.1,Bùi:2,Đỗ:1.4,Hồ:1.3,Ngô:1.3,Dương:1,Lý:0.5,' +
  'Trương:0.6,Đinh:0.6,Lâm:0.4,Mai:0.4,Đoàn:0.4,Trịnh:0.4,Đào:0.4,Cao:0.3,Lương:0.3,Hà:0.3,Tô:0.2,' +
  'Tạ:0.2,Lưu:0.2,Châu:0.2,Kiều:0.1,Quách:0.1,Thái:0.1,Vương:0.1,Triệu:0.1,Từ:0.1,Chu:0.1,Khổng:0.05,La:0.05';
const SURNAMES: Record<NameStyle | 'kinhSouth', WeightedTable<string>> = {
  kinh: table(KINH_COMMON + ',Hoàng:4.5,Huỳnh:0.6,Vũ:3.2,Võ:0.8'),
  kinhSouth: table(KINH_COMMON + ',Hoàng:1.2,Huỳnh:3.9,Vũ:0.8,Võ:3.2'),
  tay: table('Hoàng:20,Nông:20,Lương:10,Triệu:8,Lý:8,Ma:8,Đàm:6,Vi:5,Lục:5,Hà:5,La:5'),
  nung: table('Hoàng:20,Nông:15,Lương:10,Lý:10,Mã:8,Vi:8,Lục:8,Chu:6,Hứa:5'),
  thai: table('Lò:20,Lường:15,Cầm:12,Quàng:10,Điêu:6,Tòng:6,Hà:10,Vì:8,Lộc:5,Lê:5'),
  muong: table('Bùi:35,Đinh:25,Quách:10,Hà:10,Xa:5,Trương:5,Phạm:5'),
  dao: table('Triệu:35,Bàn:25,Đặng:15,Lý:15,Chảo:10'),
  hmong: table('Giàng:20,Sùng:15,Vàng:18,Thào:15,Lầu:8,Ly:8,Mùa:6,Hạng:5,Vừ:5'),
  khmer: table('Thạch:30,Danh:25,Sơn:15,Kim:10,Lâm:8,Chau:7,Trà:5'),
  hoa: table('Lâm:15,Lý:12,Trương:12,Trần:10,Quách:6,Hứa:6,Mã:6,Tăng:6,Lưu:6,Huỳnh:6,Diệp:5,Hà:5,Châu:5'),
  highland: table('Ksor:15,Siu:12,Nay:12,Niê:10,Rơ Châm:8,Kpă:8,Đinh:8,Rah Lan:6,Êban:6,Bùi:4'),
  cham: table('Đàng:25,Thiên:15,Quảng:15,Châu:10,Lộ:10,Báo:8,Hán:8,Thuận:9'),
};

const MALE_MIDDLE = table(
  'Hữu:6,Đức:7,Minh:8,Quang:6,Thanh:5,Ngọc:3,Công:4,Xuân:3,Anh:3,Gia:3,Trọng:3,Đình:4,Bá:2,' +
    'Quốc:4,Tiến:2,Mạnh:2,Duy:3,Hoàng:3,Tuấn:2,Thành:2,Hải:1,Khắc:1,Huy:2,Nhật:2,Văn:3',
);
const FEMALE_MIDDLE = table(
  'Ngọc:6,Thanh:5,Thu:4,Minh:3,Phương:3,Kim:3,Bảo:2,Mai:2,Hồng:3,Khánh:2,Diệu:1,Thùy:2,Hoài:2,' +
    'Quỳnh:2,Mỹ:2,Hải:1,Tuyết:1,Thúy:1,Ánh:1,Gia:1,Cẩm:1,Bích:1,Lệ:1',
);

const split = (s: string): readonly string[] => s.split(',').map((x) => x.trim());

// Given names, with era-typical extras: old-fashioned for people born before 1970, modern after 1995.
const MALE_GIVEN = split(
  'Hùng,Tuấn,Dũng,Nam,Minh,Đức,Hòa,Nghĩa,Khoa,Long,Phong,Quang,Sơn,Thắng,Trung,Việt,Huy,Hải,Hiếu,' +
    'Hoàng,Khánh,Kiên,Lâm,Lộc,Mạnh,Nhật,Phúc,Quân,Tài,Thành,Thịnh,Toàn,Trí,Tú,Vinh,Vũ,Bảo,Cường,' +
    'Đạt,Duy,Hưng,Khải,Tuệ,Thủy,Thụy,Toản,Quý,Tuyển,Tùng,Bình,Chiến,Công,Dương,Giang,Hậu,Hiển,' +
    'Lợi,Nhân,Tâm,Thái,Thanh,Thông,Tiến,Trọng,Vĩnh,An,Anh,Hiệp,Kỷ,Sĩ,Mỹ,Nghị',
);
const MALE_GIVEN_OLD = split('Khỏe,Lực,Thìn,Sửu,Tý,Ngọ,Tỵ,Hợi,Cừ,Mão,Bảy,Tám,Chín,Lũy,Thủy,Hỏa,Quỳ');
const MALE_GIVEN_YOUNG = split('Khôi,Khang,Bách,Phát,Nguyên,Lâm,Minh,Huy,Thiện,Tín,Khoa,Đăng,Quý,Tuấn');
const FEMALE_GIVEN = split(
  'Lan,Hương,Thủy,Hoa,Hồng,Mai,Linh,Ngọc,Trang,Hà,Thảo,Yến,Nhung,Huyền,Loan,Phương,Thúy,Hòa,' +
    'Hạnh,Dung,Ngân,Nga,Oanh,Quyên,Tuyết,Vân,Xuân,Hằng,Giang,Chi,Anh,Thùy,Khuê,Uyên,Diệp,Mỹ,Liễu,' +
    'Hiền,Hoài,Thoa,Huệ,Bích,Châu,Duyên,Hậu,Khánh,Nguyệt,Nhàn,Phượng,Quỳnh,Tâm,Thanh,Thư,Trinh,Nghĩa',
);
const FEMALE_GIVEN_OLD = split('Khỏe,Xoan,Cúc,Đào,Lụa,Mận,Gấm,Tươi,Nhài,Sen,Thắm,Lành,Vui,Xuyến,Hỏa,Ngoãn');
const FEMALE_GIVEN_YOUNG = split('Vy,Nhi,An,Ngân,Trâm,Thư,Diệp,Tuệ,Khuê,My,Hân,Quyên,Thụy,Thủy,Thúy');

const HMONG_MALE = split('Páo,Dình,Sình,Chứ,Pó,Chư,Dế,Lử,Tủa,Sử,Của,Vư,Nhìa,Sáy,Chá,Thề');
const HMONG_FEMALE = split('Mỷ,Dua,Sua,Say,Mai,Chà,Pà,Dợ,Máy,Già,Xúa,Chi,Lỳ,Vá');
const KHMER_MALE = split('Sóc,Sa Mết,Sô Phia,Ngọc Sơn,Chanh Đa,Sơn Ny,Sà Rinh,Sóc Khom,Pho,Rên,Sa Vong,Đa Ra');
const KHMER_FEMALE = split('Sa Ly,Phol,Sà Pho,Mỹ Linh,Hương,Chanh Thu,Sa Rươl,Ni,Sa Muôn,Đa Ni,Sô Phi');
const HOA_MALE_MIDDLE = split('Quốc,Vĩnh,Gia,Kiến,Chí,Tắc,Hữu,Minh');
const HOA_FEMALE_MIDDLE = split('Mỹ,Ngọc,Tú,Thị,Lệ,Huệ,Bội');

const ALL_LISTS: readonly (readonly string[])[] = [
  MALE_GIVEN, MALE_GIVEN_OLD, MALE_GIVEN_YOUNG, FEMALE_GIVEN, FEMALE_GIVEN_OLD, FEMALE_GIVEN_YOUNG,
  HMONG_MALE, HMONG_FEMALE, KHMER_MALE, KHMER_FEMALE, HOA_MALE_MIDDLE, HOA_FEMALE_MIDDLE,
  ...Object.values(SURNAMES).map((t) => t.items),
  MALE_MIDDLE.items, FEMALE_MIDDLE.items,
];
for (const list of ALL_LISTS) {
  for (const s of list) {
    if (s !== s.normalize('NFC')) throw new Error(`name list entry not NFC: ${s}`);
  }
}

/** Every word of every name list: what a reader expects to see in a name (misreading.ts). */
export function nameWords(): string[] {
  return ALL_LISTS.flatMap((list) => list.flatMap((s) => s.split(' ')));
}

const SOUTH: ReadonlySet<Region> = new Set(['southCentral', 'southEast', 'mekong']);

export function pickSurname(rng: Rng, style: NameStyle, region: Region): string {
  if (style === 'kinh' && SOUTH.has(region)) return SURNAMES.kinhSouth.pick(rng);
  return SURNAMES[style].pick(rng);
}

function givenName(rng: Rng, sex: Sex, year: number): string {
  const r = rng.next();
  if (sex === 'Nam') {
    if (year < 1970 && r < 0.25) return rng.pick(MALE_GIVEN_OLD);
    if (year >= 1995 && r < 0.35) return rng.pick(MALE_GIVEN_YOUNG);
    return rng.pick(MALE_GIVEN);
  }
  if (year < 1970 && r < 0.25) return rng.pick(FEMALE_GIVEN_OLD);
  if (year >= 1995 && r < 0.35) return rng.pick(FEMALE_GIVEN_YOUNG);
  return rng.pick(FEMALE_GIVEN);
}

/** "Thị"/"Văn" were near-universal for people born before 1960 and much rarer now. */
function kinhMiddle(rng: Rng, sex: Sex, year: number, given: string): string {
  const era = year < 1960 ? 0 : year < 1980 ? 1 : year < 2000 ? 2 : 3;
  if (sex === 'Nữ') {
    const thi = [0.9, 0.8, 0.6, 0.35][era]!;
    if (rng.chance(thi)) {
      if (!rng.chance(0.2)) return 'Thị';
      const second = FEMALE_MIDDLE.pick(rng);
      return second === given ? 'Thị' : 'Thị ' + second;
    }
    let m = FEMALE_MIDDLE.pick(rng);
    if (m === given) m = 'Thị';
    if (era >= 2 && rng.chance(0.12)) {
      const m2 = FEMALE_MIDDLE.pick(rng);
      if (m2 !== m && m2 !== given) m += ' ' + m2;
    }
    return m;
  }
  const van = [0.7, 0.55, 0.4, 0.2][era]!;
  if (rng.chance(van)) return 'Văn';
  let m = MALE_MIDDLE.pick(rng);
  if (m === given) m = 'Văn';
  if (era >= 2 && rng.chance(0.1)) {
    const m2 = MALE_MIDDLE.pick(rng);
    if (m2 !== m && m2 !== given && m2 !== 'Văn') m += ' ' + m2;
  }
  return m;
}

/** A full name "Họ Đệm Tên" for the given sex and birth year; `surname` forces the family name. */
export function makeName(
  rng: Rng,
  style: NameStyle,
  sex: Sex,
  year: number,
  region: Region,
  surname?: string,
): string {
  const sur = surname ?? pickSurname(rng, style, region);
  switch (style) {
    case 'hmong': {
      if (year >= 1990 && rng.chance(0.2)) break; // younger generation often has Kinh-style given names
      if (sex === 'Nam') return `${sur} ${rng.chance(0.85) ? 'A ' : ''}${rng.pick(HMONG_MALE)}`;
      const r = rng.next();
      return `${sur} ${r < 0.7 ? 'Thị ' : r < 0.9 ? 'Mí ' : ''}${rng.pick(HMONG_FEMALE)}`;
    }
    case 'khmer':
      if (sex === 'Nam') return `${sur} ${rng.pick(KHMER_MALE)}`;
      return `${sur} ${rng.chance(0.6) ? 'Thị ' : ''}${rng.pick(KHMER_FEMALE)}`;
    case 'hoa': {
      const given = givenName(rng, sex, year);
      const mid = rng.pick(sex === 'Nam' ? HOA_MALE_MIDDLE : HOA_FEMALE_MIDDLE);
      return mid === given ? `${sur} ${given}` : `${sur} ${mid} ${given}`;
    }
    case 'highland':
      // Names like "Ksor Hoa", "Siu Thị Hương": own surname, Kinh given name.
      if (rng.chance(0.5)) return `${sur} ${givenName(rng, sex, year)}`;
      break;
    default:
      break;
  }
  const given = givenName(rng, sex, year);
  return `${sur} ${kinhMiddle(rng, sex, year, given)} ${given}`;
}
