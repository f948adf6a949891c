/** Who lives where: regional ethnic make-up (roughly after the 2019 census) and religions. */
import { WeightedTable } from './rng.js';
import type { Region } from './provinces.js';

const wt = (s: string): WeightedTable<string> =>
  new WeightedTable(
    s.split(',').map((e) => {
      const i = e.lastIndexOf(':');
      return [e.slice(0, i).trim(), Number(e.slice(i + 1))] as const;
    }),
  );

// Regional ethnic make-up, roughly after the 2019 census.
export const ETHNIC_BY_REGION: Record<Region, WeightedTable<string>> = {
  northMountain: wt(
    "Kinh:45,Tày:12,Thái:12,H'Mông:12,Nùng:7,Dao:6,Mường:4,Sán Chay:1,Giáy:0.5,Sán Dìu:0.5,Khơ Mú:0.5," +
      'Hà Nhì:0.2,La Chí:0.1,Phù Lá:0.1,Lào:0.1,Lô Lô:0.05,Pà Thẻn:0.05,Kháng:0.02,Xinh Mun:0.02,Cống:0.02,' +
      'La Ha:0.01,Si La:0.01,Pu Péo:0.01,Bố Y:0.01,Lự:0.01,Mảng:0.01,Cơ Lao:0.01,La Hủ:0.01,Ngái:0.01',
  ),
  northDelta: wt('Kinh:98,Mường:0.5,Sán Dìu:0.3,Tày:0.3,Hoa:0.2,Dao:0.2,Nùng:0.2'),
  northCentral: wt(
    "Kinh:93,Thái:3,Mường:2,Thổ:0.5,H'Mông:0.5,Khơ Mú:0.3,Bru - Vân Kiều:0.3,Tà Ôi:0.2,Cơ Tu:0.1,Chứt:0.05,Ơ Đu:0.005",
  ),
  southCentral: wt(
    'Kinh:93,Chăm:1.5,Ra Glai:1.5,Hrê:1.5,Ba Na:0.5,Cơ Tu:0.5,Co:0.5,Xơ Đăng:0.3,Giẻ - Triêng:0.3,Cơ Ho:0.2,Hoa:0.2',
  ),
  highlands: wt(
    "Kinh:65,Gia Rai:9,Ê Đê:7,Ba Na:4,Xơ Đăng:3,Cơ Ho:3,Mnông:2.5,Tày:1.5,Nùng:1.5,Thái:0.8,H'Mông:0.8,Mường:0.6," +
      'Mạ:0.6,Dao:0.5,Giẻ - Triêng:0.5,Chu Ru:0.3,Rơ Măm:0.05,Brâu:0.05',
  ),
  southEast: wt('Kinh:94,Hoa:3,Xtiêng:1,Khmer:0.8,Nùng:0.3,Chơ Ro:0.3,Tày:0.2,Mạ:0.2,Chăm:0.2'),
  mekong: wt('Kinh:91,Khmer:7,Hoa:1.5,Chăm:0.2'),
};

const RELIGION_DEFAULT =
  "Không:80,Phật giáo:9,Công giáo:6.5,Tin lành:1.2,Cao Đài:1.2,Phật giáo Hòa Hảo:1.4,Hồi giáo:0.08,Bà La Môn:0.06," +
  "Tịnh độ cư sĩ Phật hội Việt Nam:0.05,Tứ Ân Hiếu Nghĩa:0.01,Bửu Sơn Kỳ Hương:0.01,Minh Sư đạo:0.005," +
  "Minh Lý đạo:0.005,Baha'i:0.005,Mặc môn:0.002,Cơ đốc Phục lâm:0.002";
export const RELIGION = {
  default: wt(RELIGION_DEFAULT),
  // Cao Đài (Tây Ninh) and Hòa Hảo (An Giang) are southern religions.
  south: wt('Không:72,Phật giáo:11,Công giáo:7,Tin lành:1,Cao Đài:4,Phật giáo Hòa Hảo:4.5,Hồi giáo:0.1,Tứ Ân Hiếu Nghĩa:0.05,Bửu Sơn Kỳ Hương:0.05'),
  khmer: wt('Phật giáo:85,Không:13,Công giáo:1,Tin lành:1'),
  cham: wt('Bà La Môn:40,Hồi giáo:35,Không:25'),
  highland: wt('Không:50,Tin lành:30,Công giáo:20'),
  hoa: wt('Không:55,Phật giáo:38,Công giáo:5,Tin lành:2'),
};

