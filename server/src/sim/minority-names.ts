/**
 * Realistic names and places of Vietnam's ethnic minorities and of foreigners, for measuring how
 * often the syllable checker flags correct text. Parts follow the naming patterns in use: Ê Đê
 * and Jarai clan names with the Y (men) and H' (women) prefixes, Cơ Ho K'/Ka, Mnông and Xtiêng
 * Điểu/Thị, Raglai and Chu Ru clan names, Cơ Tu clans, Khmer Thạch/Danh/Sơn/Kim/Chau/Néang,
 * H'Mông A/Seo/Mí/Thị, Dao and Thái surnames with their own given names, Cham Muslim names, and
 * foreign names (English, French, German, Spanish, Korean, Chinese, Japanese, Lao, Indian).
 */
import type { Rng } from './rng.js';

export type Sex = 'Nam' | 'Nữ';

const w = (s: string): readonly string[] => s.split(',').map((x) => x.trim());

/** Share of the population per 100 (2019 census), for the groups below. */
export const GROUP_SHARE = {
  tay: 1.92, thai: 1.89, muong: 1.57, hmong: 1.52, khmer: 1.32, nung: 1.15, dao: 0.93, hoa: 0.78,
  jarai: 0.54, ede: 0.41, bahnar: 0.3, sedang: 0.22, koho: 0.21, cham: 0.18, hre: 0.15, raglai: 0.15,
  mnong: 0.13, stieng: 0.1, bru: 0.1, cotu: 0.08, churu: 0.02, taoi: 0.05,
} as const;
export type Group = keyof typeof GROUP_SHARE;

const EDE_CLANS = w('Niê, Êban, Mlô, Byă, Ayŭn, Adrơng, Knul, Kbuôr, Ênuôl, Hwing, Buôn Ya, Mja, Hđơk, Ktla, Bkrông, Êya, Êmô, Niê Kdăm, Buôn Krông, Alê, Kđoh, Hmŏk, Ksơr, Êung, Mlô Duôn Du');
const EDE_MALE = w('Ngông, Bih, Jut, Moan, Blô, Thông, Tuyn, Dhăm, Khu, Phôn, Som, Kô, Plô, Wang, Yơn, Mông, Nguê, Jao, Luyện, Nuê, Bhiêng, Krông, Lang, Kuăn, Dhok, Djăk, Noh, Pui, Gô, Jôn, Bri, Kông, Siêng, Thi, Dhông, Bhin, Khiêm, Hăn, Ju, Tlam, Pơ, Ŭk, Mut, Ngôn, Bhăm, Kim, Hoa, Nam, Sơn, Đức');
const EDE_FEMALE = w('Hen, Ngeh, Zan, Lim, Ben, Yơn, Ni, Nhi, Loan, Yăm, Đoan, Ngem, Bri, Lan, Hoan, Yuk, Rin, Mai, Hiên, Bia, Ăng, Ruôn, Juin, Nun, Kim, Dơ, Blin, Tuyết, Lê, Wiên, Jư, Linh, Mlai, Yô, Hương');
const JARAI_CLANS = w('Ksor, Rơ Châm, Siu, Nay, Kpă, Rơ Mah, Rơ Lan, Puih, Kpuih, Rơ Ô, Rcom, Rmah, Rahlan, Hiao, Đinh, Rơ Đe, Romah, Kpah, Rchăm');
const JARAI_MALE = w('Nham, Pui, Hoi, Der, Ring, Blin, Thương, Hiếu, Tơr, Phi, Ngôr, Phước, Tâm, Thuyên, Blang, Sen, Krơng, Blơ, Ngưr, Chiến, Đoan, Dun, Khơ, Thơm, Hyưn, Krang, Hlin, Nghen, Yin, Jơ, Bông, Ngur, Mlin, Ling, Hyêk, Bơi, Aleo, Dứt, Hlui, Kbuh, Yek, Plưh, Chưn, Nguăl, Ka, Blăk');
const JARAI_FEMALE = w('Bia, Ngem, Nhi, Lan, Hoan, Yuk, Rin, Hlen, Wih, Phơi, Blui, Hyang, Lê, Thanh, Mai, Ngơn, Đươn, Yă, Piơr, Kơl, Mlơ, Sơn, Ngoa, Duyên, Hrin, Jem');
const BAHNAR_MALE = w('Núp, Lếch, Hmun, Đoi, Tuyn, Kim, Thút, Nhong, Pó, Blông, Tuấn, Sang, Hyên, Quân, Dươk, Brôh, Hle, Blăk, Păk, Ngơ, Chư, Pul, Rơ, Khuyên');
const BAHNAR_FEMALE = w('Hmen, Blưl, Khuôn, Luyện, Nhiên, Tuyết, Ngọc, Mai, Duôi, Hơn, Bluih, Dum, Hnao, Thắm, Pơl, Nhăn');
const SEDANG_MALE = w('Pớt, Khoa, Lơi, Giàu, Thành, Kưn, Ngôn, Bin, Rưn, Pêu, Xoan, Vương, Dúi, Kây, Mô, Khăm');
const SEDANG_FEMALE = w('Nhi, Bình, Hliên, Thoa, Plâu, Ngul, Xuân, Hía, Drơng, Vi, Nam');
const KOHO_CLANS = w('Kră Jăn, Liêng Jrang, Bon Niêng, Cil, Ktơr, Lơ Mu, Dơng Gur, Sơ Ra, Rơ Ông, Bon Đing, Liêng Hót, Kơ Să, Mbon, Ya');
const KOHO_MALE = w("K'Brơi, K'Sơr, K'Điểu, K'Long, K'Bôn, K'Tiếp, K'Lèng, K'Dũng, K'Broh, K'Đức, K'Mép, K'Tuyên, Ha Sin, Ha Tin, Ha Điệp");
const KOHO_FEMALE = w('Ka Hương, Ka Bình, Ka Nhi, Ka Thủy, Ka Sô Liễng, Ka Duyên, Ka Hòa, Ka Brèm, Ka Điệp, Ha Giang, Ka Lơi');
const MNONG_MALE = w("Điểu K'Ré, Điểu Lý, Điểu Kiều, Điểu Xiển, Điểu Mưng, Điểu Bảo, Điểu Nhuê, Điểu Hiếu, Y Bương, Y Quang, Y Ngọc, Y Kim, Y Dêr, Y Sinh, Y Sâm, Y Thông");
const MNONG_FEMALE = w("Thị Bích, Thị Hoa, Thị Bôn, Thị Lan, Thị Ranh, Thị Nhung, Thị Mai, H'Yên, H'Rin, H'Loan, H'Ngoan, H'Bré");
const RAGLAI_CLANS = w('Chamaléa, Pi Năng, Pinăng, Katơr, Mấu, Bo Bo, Cà Mau, Ma Lé');
const RAGLAI_GIVEN = w('Bốn, Thị Ơi, Lưu, Tà Hoa, Thị Nha, Thị Lành, Thị Trang, Văn Thương, Xuân Lâm, Thị Hằng, Đảo, Sang, Lực, Thị Lưu, Văn Quy, Thị Ngọc Thảo');
const CHURU_CLANS = w('Touneh, Ya, Ma, Ro Ô, Bơnahria, Sơ Ra, Ha');
const CHURU_GIVEN = w('Han, Han Thu, Tuấn, Phi, Hùng, Hòa, Loan, Nai, Ma Liên, Thị Mai, Bối, Yang');
const COTU_CLANS = w('Bhling, Alăng, Pơloong, Zơrâm, Clâu, Hôih, A Rất, Bh\'riu, Bríu, Coor, Ating, Arâl, Tơ Ngôl, Briu, Bling, Y Phin, Đinh');
const COTU_GIVEN = w('Mia, Thị Diệp, Plênh, Nhất, Ngước, Liếc, Nhâm, Bơr, Ba, Mình, Thị Hồng, Pố, Thị Xuân, Văn Hùng, Thị Pinh, A Ninh, Thị Lý, Bhướch');
const TAOI_CLANS = w('Hồ, Kăn, Căn, Pả, A Viết, Hồ Văn, Lê, Kôn, Nguyễn');
const TAOI_GIVEN = w('Kôi, Thị Lý, Sáo, Sơn, Thị Tùm, Văn Bứa, Thị Hươl, Văn Pỏ, Xuân, Thị Thoang, Chiêm, Văn Luân');
const BRU_GIVEN = w('Văn Cụt, Thị Lịa, Văn Pỏi, Thị Xanh, Văn Khoa, Thị Mai, Văn Ú, Văn Bom, Thị Bương, Văn Tâm, Thị Hồng');
const HRE_GIVEN = w('Văn Lai, Thị Bia, Văn Rớ, Thị Hrim, Văn Lùng, Thị Hen, Văn Tlang, Văn Hăng, Thị Nguyên, Văn Moan');
const CHAM_SURNAMES = w('Đàng, Thiên, Quảng, Châu, Lộ, Báo, Hán, Thuận, Trượng, Phú, Đạo, Bá, Thông, Inư');
const CHAM_GIVEN = w('Năng Thọ, Đại Tuyên, Sanh Cảnh, Văn Mười, Thị Tuyết, Thị Phương, Văn Sơn, Minh Hiếu, Thị Hồng Đào, Sỹ Tuấn, Văn Phú, Thị Thanh, Kim Lan, Đức Thành');
const CHAM_ISLAM = w('Mohamad Sa Ly, Sa Phi Ya, Ha Ri, Ma Ri Da, Ha Mit, Sa Lim, Ro Ki Ya, Ka Ri Man, Musa, Ysa Ly, Sa Ri Da, Ha Sanh, Mohamad Ly, Ab Đul Lah, Ismail, Hasan, Kasim, Sa Mách, Ha Wa, Fa Ti Mah, Mu Ha Mách, Y Sa, Ah Mad, Ma Ri Yam, Rô Hi Mah');
const KHMER_SURNAMES = w('Thạch, Danh, Sơn, Kim, Lâm, Chau, Trà, Lý, Châu, Kiên, Néang, Huỳnh, Dương, Lưu');
const KHMER_MALE = w('Sô Phia, Sóc Khăn, Sê Ni, Phi, Ny, Sa Mết, Nhan, Sóc Kha, Sà Rinh, Sóc Khum, Chanh Đa, Phanh, Út, Mến, Sa Quênh, Kol, Sóc Ra, Rên, Xà Wênh, Sa Wát, Bôl, Thol, Vong, Sóc, Pho, Đa Ra, Sa Vong, Ngọc Thành, Sa Rết, Khen, Vi Sal, Rươne');
const KHMER_FEMALE = w('Thị Sa Rươl, Thị Chanh Tha, Thị Sà Phol, Thị Sà Pol, Thị Sô Phi, Thị Sa Ra, Thị Mỹ Linh, Thị Kim Sang, Thị Sa Ri, Thị Thuôl, Thị Sa Phươl, Thị Pha Ly, Kha, Sa Ly, Sóc Phi, Thị Sa Muôn, Thị Đa Ni, Thị Srây, Thị Ni, Thị Chanh Thu, Thị Sô Phon, Thị Sóc Kha');
const HMONG_SURNAMES = w('Giàng, Sùng, Vàng, Thào, Lầu, Ly, Mùa, Hạng, Vừ, Lý, Chảo, Hầu, Tráng, Mua, Hờ, Cư, Lồ, Dương, Chá, Sồng');
const HMONG_MALE = w('A Páo, A Dình, Seo Chứ, A Sình, Mí Chư, A Lử, A Chớ, Seo Sử, Mí Dế, A Tủa, A Vư, A Nhìa, Seo Páo, A Chu, A Thào, A Sáu, A Xá, A Chúa, A Phừ, A Sềnh, A Khua, A Pó, A Cấu, A Sính, A Dế, A Sủng, A Dính, A Lềnh, A Tờ, Seo Lìa, A Súa, A Chông, A Pùa, Mí Xía, A Dìa, Seo Phử, A Hồ, A Chứ, Chứ, Sử, Của');
const HMONG_FEMALE = w('Thị Mỷ, Thị Dua, Thị Sua, Thị Say, Thị Chà, Thị Pà, Thị Dợ, Thị Máy, Thị Già, Thị Xúa, Thị Chi, Thị Lỳ, Thị Vá, Thị Pàng, Thị Nủ, Thị Mai, Mí Chi, Thị Sầu, Thị Dinh, Thị Sinh, Thị Mỉ, Thị Lìa, Thị Chua, Thị Cở, Thị Xinh');
const DAO_SURNAMES = w('Triệu, Bàn, Đặng, Lý, Chảo, Phùn, Tẩn, Sần, Lò, Phàn');
const DAO_GIVEN = w('Tài Vinh, Văn Sinh, Thị Mẩy, Láo Lở, Ông Chài, Thị Mây, Láo Tả, Láo Sử, Thị Dín, A Sành, Thị Nái, Văn Phin, Thị Kiều, Mý Chỉn, Láo U, Thị Slao, Seo Lù, Văn Tòng, Thị Pham, Tiến Lợi, Thị Lìu, Kiềm Phụng, Thị Mai');
const THAI_SURNAMES = w('Lò, Lường, Cầm, Quàng, Điêu, Tòng, Hà, Vì, Lộc, Mè, Lự, Khằm, Xa, Lù, Bạc, Hoàng, Sa');
const THAI_GIVEN = w('Văn Giàng, Thị Bun, Thị Ỏn, Văn Chiến, Chính Tới, Thị Phóng, Văn Tuyến, Thị Xuân, Văn Pánh, Bá Thưởng, Văn Puốn, Thị Ỏm, Thị Ún, Văn Hom, Văn Inh, Văn Pọm, Thị Ngoan, Văn Khằm, Thị Pẻng, Văn Xiêng, Thị Khăm, Văn Phăn, Thị Nọi, Văn Ươn, Thị Ín, Văn Muôn, Thị Chiên, Văn Ọc, Thị Xôm, Thị Lả, Văn Nhọt, Thị Ịn, Văn Khún, Thị Phong, Văn Ẻ');
const TAY_SURNAMES = w('Hoàng, Nông, Lương, Triệu, Lý, Ma, Đàm, Vi, Lục, Hà, La, Mã, Chu, Hứa, Bế, Nịnh, Sầm, Lâm, Ngôn, Mông, Hầu, Lèo, Phùng');
const TAY_GIVEN = w('Đức Mạnh, Thị Slao, Văn Slằn, Thị Pải, Văn Sính, Thị Pây, Văn Khuây, Thị Lìu, Văn Tằng, Thị Nhình, Văn Pắn, Thị Mìn, Văn Thuận, Thị Hoa, Văn Sỉnh, Thị Kiêm, Văn Páo, Thị Slẩy, Văn Lùng, Thị Ngoan');
const MUONG_SURNAMES = w('Bùi, Đinh, Quách, Hà, Xa, Trương, Phạm, Cao, Đinh Công');
const MUONG_GIVEN = w('Thị Nhàn, Công Tráng, Văn Khằm, Thị Lụa, Văn Khiển, Thị Thoan, Văn Ngò, Thị Thuẫn, Văn Khương, Thị Mơ, Văn Chiêng, Thị Nhò');
const HOA_NAMES = w('Lâm Chí Hùng, Trương Mỹ Linh, Quách Vĩnh Phát, Diệp Gia Minh, Tăng Mỹ Phụng, Lưu Tắc Thành, Lý Quốc Cường, Mã Thế Vinh, Hứa Bội San, Tạ Chí Kiên, Vòng Sau Sáng, Thái Mỹ Huệ, Lương Kiến Hoa, Chung Tú Quyên, Phùng A Sáng, Dìu Mùi Hòa, Voòng Mỹ Linh, Sìn Chi Sáng');

const FOREIGN_GIVEN = w('Anna, Michael, John, David, Peter, Mary, Maria, James, Robert, William, Elizabeth, Sarah, Thomas, Daniel, Jennifer, Lisa, Paul, Mark, Richard, Susan, Karen, Linda, Jessica, Emily, Emma, Olivia, Sophia, Charlotte, Amelia, Mia, Grace, Chloe, Victoria, Lucy, Alice, Ethan, Noah, Liam, Lucas, Henry, Oliver, Alexander, Jack, Samuel, Joseph, Benjamin, Andrew, Kevin, Eric, Steven, Patrick, George, Edward, Charles, Gary, Ryan, Max, Rex, Dawn, Tom, Ben, Sam, Tim, Ann, Jane, Rose, Kate, Amy, Joy, Ray, Roy, Hugo, Leo, Otto, Hans, Klaus, Jürgen, Jean, Pierre, Marie, François, Françoise, Jacques, Michel, Philippe, Nicolas, Sébastien, Frédéric, Stéphane, Laurent, Julien, Éric, Hélène, Céline, Sophie, Isabelle, Nathalie, Catherine, Valérie, José, Juan, Carlos, María, Luis, Ana, Rosario, Lars, Agnes, Chris, Louis, Joël, Zoë, Noël, André, Renée');
const FOREIGN_SURNAMES = w('Smith, Johnson, Williams, Brown, Jones, Miller, Davis, Wilson, Anderson, Taylor, Moore, Jackson, White, Harris, Clark, Lewis, Walker, Hall, Young, King, Wright, Scott, Green, Baker, Adams, Nelson, Hill, Campbell, Mitchell, Roberts, Carter, Müller, Schmidt, Schneider, Fischer, Weber, Meyer, Wagner, Becker, Hoffmann, Schröder, Krüger, Köhler, Dupont, Martin, Bernard, Dubois, Durand, Leroy, Moreau, Lefèvre, Mercier, Rousseau, Guérin, Fontaine, Chevalier, Garcia, Rodriguez, Martinez, Lopez, González, Pérez, Sánchez, Ramírez, Cruz, Reyes, Santos, Nuñez, Muñoz, Peña, Dela Cruz, Ivanov, Petrov, Ivanova, Kowalski, Nowak, Wiśniewski, Rossi, Russo, Ferrari, Esposito, Bianchi, O\'Brien, O\'Connor, MacDonald, Van der Berg, De Jong');
const KOREAN = w('Kim Ji-sung, Lee Min-ho, Park Seo-yeon, Choi Ji-woo, Jung Ha-eun, Kang Min-jun, Cho Seo-jun, Yoon Do-yun, Jang Ye-jun, Lim Si-woo, Han Ha-joon, Oh Ji-ho, Seo Ji-hoon, Shin Jun-seo, Kwon Soo-ah, Hwang Ji-an, Ahn Ha-yoon, Song Yu-na, Yoo Chae-won, Hong Da-eun, Jeon Su-bin, Ko Hye-jin, Moon Eun-ji, Yang Jae-hyun, Son Sung-min, Bae Young-ho, Baek Kyung-soo, Heo Hyun-woo, Nam Dong-hyun, Shim Sang-woo, Noh Jin-woo, Kwak Tae-yang, Sung Soo-jin, Cha Mi-young, Joo Eun-young, Woo Hee-jin, Koo Jung-hee, Min Soon-ja, Ryu Young-ja, Lee Ok-soon, Kim Myung-hee, Park Kyung-hee');
const CHINESE = w('Wang Xiaoming, Li Wei, Zhang Wei, Liu Yang, Chen Jie, Yang Fang, Huang Min, Zhao Lei, Wu Hao, Zhou Jun, Xu Ying, Sun Li, Ma Lin, Zhu Hong, Hu Jing, Guo Qiang, He Ping, Lin Xiu, Luo Gang, Gao Yan, Zheng Hui, Liang Yong, Xie Tao, Song Jian, Tang Mei, Han Xin, Feng Bo, Deng Yun, Cao Rui, Peng Chao, Zeng Zixuan, Xiao Yuxuan, Tian Haoran, Dong Zihan, Pan Zhiwei, Yuan Shuai, Cai Xiaojun, Jiang Qing, Wei Ting, Chen Yuxi');
const JAPANESE = w('Tanaka Hiroshi, Suzuki Yuki, Sato Kenji, Takahashi Akiko, Watanabe Takeshi, Ito Haruka, Yamamoto Kazuo, Nakamura Sakura, Kobayashi Daisuke, Kato Yumi, Yoshida Naoki, Yamada Emi, Sasaki Ryo, Matsumoto Aoi, Inoue Sho');
const LAO_KHMER_THAI = w('Khamphone Sisavath, Souksavanh Phommachanh, Bounmy Keomany, Vilayvanh Xaysana, Somsack Chanthavong, Thongchanh Vongsa, Sengphet Sayasith, Sok Dara, Chea Sophal, Heng Sokha, Somchai Suriya, Nattapong Siriporn, Kanokwan Thanawat');
const OTHER = w('Raj Kumar, Priya Sharma, Anil Gupta, Sanjay Patel, Ajay Singh, Vijay Rao, Deepak Verma, Ravi Shankar, Sunita Devi, Arjun Nair, Mohammed Ali, Ahmad Hassan, Fatima Zahra, Omar Farouk, Ivan Petrov, Olga Ivanova, Sergei Smirnov, Natalia Popova, Dmitri Volkov');

export function corpusName(rng: Rng, group: Group, sex: Sex): string {
  const male = sex === 'Nam';
  const p = <T>(a: readonly T[]): T => rng.pick(a);
  switch (group) {
    case 'ede':
      return male ? `Y ${p(EDE_MALE)} ${p(EDE_CLANS)}` : `H'${p(EDE_FEMALE)} ${p(EDE_CLANS)}`;
    case 'jarai': {
      // Jarai write the clan first (Ksor H'Bia, Rơ Mah Thị Hoa); a Kinh given name is common.
      const given = male ? p(JARAI_MALE) : rng.chance(0.6) ? `H'${p(JARAI_FEMALE)}` : `Thị ${p(JARAI_FEMALE)}`;
      return `${p(JARAI_CLANS)} ${given}`;
    }
    case 'bahnar':
      return male ? (rng.chance(0.5) ? `A ${p(BAHNAR_MALE)}` : `Đinh Văn ${p(BAHNAR_MALE)}`) : rng.chance(0.5) ? `Y ${p(BAHNAR_FEMALE)}` : `Đinh Thị ${p(BAHNAR_FEMALE)}`;
    case 'sedang':
      return male ? `A ${p(SEDANG_MALE)}` : `Y ${p(SEDANG_FEMALE)}`;
    case 'koho':
      return `${p(KOHO_CLANS)} ${male ? p(KOHO_MALE) : p(KOHO_FEMALE)}`;
    case 'mnong':
    case 'stieng':
      return male ? p(MNONG_MALE) : p(MNONG_FEMALE);
    case 'raglai':
      return `${p(RAGLAI_CLANS)} ${p(RAGLAI_GIVEN)}`;
    case 'churu':
      return `${p(CHURU_CLANS)} ${p(CHURU_GIVEN)}`;
    case 'cotu':
      return `${p(COTU_CLANS)} ${p(COTU_GIVEN)}`;
    case 'taoi':
      return `${p(TAOI_CLANS)} ${p(TAOI_GIVEN)}`;
    case 'bru':
      return `Hồ ${p(BRU_GIVEN)}`;
    case 'hre':
      return `${rng.chance(0.6) ? 'Đinh' : 'Phạm'} ${p(HRE_GIVEN)}`;
    case 'cham':
      return rng.chance(0.3) ? p(CHAM_ISLAM) : `${p(CHAM_SURNAMES)} ${p(CHAM_GIVEN)}`;
    case 'khmer':
      return `${p(KHMER_SURNAMES)} ${male ? p(KHMER_MALE) : p(KHMER_FEMALE)}`;
    case 'hmong':
      return `${p(HMONG_SURNAMES)} ${male ? p(HMONG_MALE) : p(HMONG_FEMALE)}`;
    case 'dao':
      return `${p(DAO_SURNAMES)} ${p(DAO_GIVEN)}`;
    case 'thai':
      return `${p(THAI_SURNAMES)} ${p(THAI_GIVEN)}`;
    case 'tay':
    case 'nung':
      return `${p(TAY_SURNAMES)} ${p(TAY_GIVEN)}`;
    case 'muong':
      return `${p(MUONG_SURNAMES)} ${p(MUONG_GIVEN)}`;
    case 'hoa':
      return p(HOA_NAMES);
  }
}

/** A foreigner's name as a Vietnamese register writes it (family name first for East Asian names). */
export function foreignName(rng: Rng): string {
  const r = rng.next();
  if (r < 0.45) return `${rng.pick(FOREIGN_GIVEN)} ${rng.pick(FOREIGN_SURNAMES)}`;
  if (r < 0.6) return rng.pick(KOREAN);
  if (r < 0.75) return rng.pick(CHINESE);
  if (r < 0.82) return rng.pick(JAPANESE);
  if (r < 0.9) return rng.pick(LAO_KHMER_THAI);
  return rng.pick(OTHER);
}

/** A Vietnamese citizen with a foreign given or family name (Nguyễn Anna, Trần Michael Tuấn, Nguyễn-Smith John). */
export function mixedName(rng: Rng, kinhName: string): string {
  const [sur, ...rest] = kinhName.split(' ');
  const given = rng.pick(FOREIGN_GIVEN);
  const r = rng.next();
  if (r < 0.4) return `${sur} ${given}`;
  if (r < 0.7) return `${sur} ${given} ${rest[rest.length - 1]}`;
  if (r < 0.85) return `${sur}-${rng.pick(FOREIGN_SURNAMES)} ${given}`;
  return `${given} ${rng.pick(FOREIGN_SURNAMES)} ${kinhName}`;
}

const HIGHLAND_VILLAGES = w("Buôn Ko Tam, Buôn Akŏ Dhông, Buôn Ea Kmar, Buôn Trấp, Buôn Đôn, Buôn Jun, Buôn Kmrơng Prông, Buôn Cuôr Đăng, Buôn Tơ Lơ, Buôn Ky, Buôn Kô Siêr, Buôn Alê A, Buôn Êga, Buôn Đung, Plei Ốp, Plei Ku, Plei Chuet, Plei Ơi, Plei Rơ Ngheo, Plei Bông, Làng Kon Kơ Tu, Làng Kon Klor, Làng Kon Jri, Làng Đăk Rơ Wa, Bon Bu Prăng, Bon N'Jriêng, Bon Ja Lú, Bon Bu Đăk, Bon Đắk R'moan, Bon Sar Pa, Thôn Tơ Nung, Bon Bu Koh, Làng Plei Kần, Thôn K'Long, Thôn Ka Đơn, Thôn Liêng Trang");
const HIGHLAND_COMMUNES = w("Xã Ea Tu, Xã Hòa Thắng, Xã Ea Kao, Xã Cư Êbur, Xã Ea Tiêu, Xã Ea Bhốk, Xã Krông Búk, Xã Ea H'Đing, Xã Ia Kriêng, Xã Ia Ka, Xã Chư Á, Xã Ia Dêr, Xã Ia Băng, Xã Đăk Blà, Xã Kon Đào, Xã Đắk R'La, Xã Nâm N'Jang, Xã Đắk N'Drót, Xã Lộc Bắc, Xã Đạ K'Nàng, Xã Ka Đô, Xã Tà Năng, Phường Tân Lợi, Phường Thắng Lợi, Thị trấn Buôn Trấp, Thị trấn Krông Năng");
const HIGHLAND_DISTRICTS = w("Thành phố Buôn Ma Thuột, Huyện Cư M'gar, Huyện Krông Ana, Huyện Krông Búk, Huyện Ea Súp, Huyện Chư Păh, Huyện Ia Grai, Huyện Chư Sê, Thành phố Pleiku, Huyện Đắk Hà, Huyện Kon Rẫy, Huyện Đắk R'Lấp, Huyện Krông Nô, Huyện Lâm Hà, Huyện Đơn Dương, Huyện Đam Rông, Huyện Đạ Tẻh");
const HIGHLAND_PROVINCES = w('Tỉnh Đắk Lắk, Tỉnh Gia Lai, Tỉnh Kon Tum, Tỉnh Đắk Nông, Tỉnh Lâm Đồng');

/** A Central Highlands place ("Xã Ea Tu, Thành phố Buôn Ma Thuột, Tỉnh Đắk Lắk") and an address in it. */
export function highlandPlace(rng: Rng): { place: string; address: string } {
  const place = `${rng.pick(HIGHLAND_COMMUNES)}, ${rng.pick(HIGHLAND_DISTRICTS)}, ${rng.pick(HIGHLAND_PROVINCES)}`;
  const lc = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);
  return { place, address: `${rng.pick(HIGHLAND_VILLAGES)}, ${place.split(', ').map(lc).join(', ')}` };
}

/** Urban address forms the simulator does not write: abbreviations, apartment codes, slashed numbers. */
export function urbanAddress(rng: Rng): string {
  const n = () => rng.int(1, 400);
  return rng.pick([
    `Số ${n()}/${rng.int(1, 40)}, P.${rng.int(1, 15)}, Q.${rng.int(1, 12)}, TP.HCM`,
    `${n()}/${rng.int(1, 30)}/${rng.int(1, 9)} Lê Văn Sỹ, P.13, Q.3, Tp. Hồ Chí Minh`,
    `Phòng ${rng.int(1, 30)}0${rng.int(1, 9)}, tòa ${rng.pick(['A1', 'B2', 'CT1', 'HH4', 'N05', 'T3'])}, KĐT Linh Đàm, P. Hoàng Liệt, Q. Hoàng Mai, Hà Nội`,
    `Lô ${rng.pick(['A', 'B', 'C', 'D'])}${rng.int(1, 20)}, KCN Tân Bình, Q.Tân Phú, TP.HCM`,
    `K${n()}/${rng.int(1, 30)} Ông Ích Khiêm, P. Thanh Bình, Q. Hải Châu, TP. Đà Nẵng`,
    `Số ${n()}${rng.pick(['A', 'B', 'C', ''])} ngõ ${n()} ngách ${rng.int(1, 60)}, Đ. Giải Phóng, Q. Hai Bà Trưng, HN`,
    `Tổ ${rng.int(1, 40)}, KP.${rng.int(1, 9)}, P. Long Bình, TP. Biên Hòa, Đồng Nai`,
    `Ấp ${rng.int(1, 9)}, X. Tân Thạnh Đông, H. Củ Chi, TP.HCM`,
    `${n()} Nguyễn Thị Minh Khai, Phường 6, Quận 3, Thành phố Hồ Chí Minh`,
    `Căn hộ ${rng.pick(['A', 'B'])}.${rng.int(1, 30)}.${rng.int(1, 12)}, chung cư Sunrise City, 23 Nguyễn Hữu Thọ, Q.7`,
  ]);
}
