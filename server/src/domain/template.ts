/** Field types and form templates: plain data, no framework imports. */
import type { RuleDef } from './rules.js';

export const FIELD_TYPES = [
  'PERSON_NAME',
  'TEXT',
  'PLACE',
  'ADDRESS',
  'DATE',
  'CODE',
  'CITIZEN_ID',
  'OLD_ID',
  'PHONE',
] as const;
export type FieldType = (typeof FIELD_TYPES)[number];

export interface FieldDef {
  key: string;
  labelVi: string;
  labelEn: string;
  type: FieldType;
  required: boolean;
  sensitive: boolean;
  /** CODE fields: the allowed canonical values. */
  allowed?: string[];
  /** CODE fields: other spellings mapped to a canonical value (matched case-insensitively). */
  synonyms?: Record<string, string>;
  /** Text fields: longest accepted value in characters. */
  maxLength?: number;
  /**
   * Strict fields treat letter case and spacing as differences (kind CASE_SPACING) instead of
   * folding them; Unicode form and tone placement are still never differences.
   */
  strict?: boolean;
}

export interface TemplateDef {
  code: string;
  version: number;
  name: string;
  fields: FieldDef[];
  /** Cross-field checks on agreed records (see rules.ts). */
  rules?: RuleDef[];
}

/** Vietnam's 54 officially recognised ethnic groups. */
export const ETHNIC_GROUPS = [
  'Kinh', 'Tày', 'Thái', 'Mường', 'Khmer', 'Hoa', 'Nùng', "H'Mông", 'Dao', 'Gia Rai', 'Ê Đê',
  'Ba Na', 'Sán Chay', 'Chăm', 'Cơ Ho', 'Xơ Đăng', 'Sán Dìu', 'Hrê', 'Ra Glai', 'Mnông', 'Thổ',
  'Xtiêng', 'Khơ Mú', 'Bru - Vân Kiều', 'Cơ Tu', 'Giáy', 'Tà Ôi', 'Mạ', 'Giẻ - Triêng', 'Co',
  'Chơ Ro', 'Xinh Mun', 'Hà Nhì', 'Chu Ru', 'Lào', 'La Chí', 'Kháng', 'Phù Lá', 'La Hủ', 'La Ha',
  'Pà Thẻn', 'Lự', 'Ngái', 'Chứt', 'Lô Lô', 'Mảng', 'Cơ Lao', 'Bố Y', 'Cống', 'Si La', 'Pu Péo',
  'Rơ Măm', 'Brâu', 'Ơ Đu',
];

export const RELIGIONS = [
  'Không', 'Phật giáo', 'Công giáo', 'Tin lành', 'Cao Đài', 'Phật giáo Hòa Hảo', 'Hồi giáo',
  'Bà La Môn', 'Tịnh độ cư sĩ Phật hội Việt Nam', 'Tứ Ân Hiếu Nghĩa', 'Bửu Sơn Kỳ Hương',
  'Minh Sư đạo', 'Minh Lý đạo', "Baha'i", 'Mặc môn', 'Cơ đốc Phục lâm',
];

export const NATIONALITIES = [
  'Việt Nam', 'Lào', 'Campuchia', 'Trung Quốc', 'Hàn Quốc', 'Nhật Bản', 'Thái Lan', 'Hoa Kỳ',
  'Pháp', 'Không quốc tịch',
];

const MALE_FEMALE: Record<string, string> = { m: 'Nam', male: 'Nam', f: 'Nữ', female: 'Nữ' };

const f = (
  key: string,
  labelVi: string,
  labelEn: string,
  type: FieldType,
  required: boolean,
  sensitive: boolean,
  extra: Partial<FieldDef> = {},
): FieldDef => ({ key, labelVi, labelEn, type, required, sensitive, ...extra });

/** DC01 "Phiếu thu thập thông tin dân cư". The field keys are a public contract. */
export const DC01: TemplateDef = {
  code: 'dc01',
  version: 1,
  name: 'DC01 – Phiếu thu thập thông tin dân cư',
  fields: [
    f('fullName', 'Họ, chữ đệm và tên khai sinh', 'Full name', 'PERSON_NAME', true, true),
    f('otherName', 'Tên gọi khác', 'Other name', 'PERSON_NAME', false, true),
    f('dateOfBirth', 'Ngày, tháng, năm sinh', 'Date of birth', 'DATE', true, true),
    f('sex', 'Giới tính', 'Sex', 'CODE', true, false, { allowed: ['Nam', 'Nữ'], synonyms: MALE_FEMALE }),
    f('citizenId', 'Số định danh cá nhân', 'Citizen ID', 'CITIZEN_ID', true, true),
    f('oldIdNumber', 'Số CMND', 'Old ID card number', 'OLD_ID', false, true),
    f('birthRegistrationPlace', 'Nơi đăng ký khai sinh', 'Place of birth registration', 'PLACE', true, true),
    f('hometown', 'Quê quán', 'Hometown', 'PLACE', true, true),
    f('ethnicity', 'Dân tộc', 'Ethnicity', 'CODE', true, true, { allowed: ETHNIC_GROUPS, synonyms: { hmong: "H'Mông", 'h mông': "H'Mông", mông: "H'Mông" } }),
    f('religion', 'Tôn giáo', 'Religion', 'CODE', true, true, { allowed: RELIGIONS, synonyms: { none: 'Không', 'không có': 'Không' } }),
    f('nationality', 'Quốc tịch', 'Nationality', 'CODE', true, false, { allowed: NATIONALITIES, synonyms: { vn: 'Việt Nam', 'viet nam': 'Việt Nam' } }),
    f('maritalStatus', 'Tình trạng hôn nhân', 'Marital status', 'CODE', false, false, {
      allowed: ['Chưa kết hôn', 'Đã kết hôn', 'Ly hôn', 'Góa'],
    }),
    f('bloodType', 'Nhóm máu', 'Blood type', 'CODE', false, false, { allowed: ['A', 'B', 'AB', 'O'] }),
    f('permanentAddress', 'Nơi thường trú', 'Permanent address', 'ADDRESS', true, true),
    f('currentAddress', 'Nơi ở hiện tại', 'Current address', 'ADDRESS', true, true),
    f('fatherName', 'Họ, chữ đệm và tên cha', "Father's name", 'PERSON_NAME', false, true),
    f('fatherCitizenId', 'Số định danh cá nhân của cha', "Father's citizen ID", 'CITIZEN_ID', false, true),
    f('motherName', 'Họ, chữ đệm và tên mẹ', "Mother's name", 'PERSON_NAME', false, true),
    f('motherCitizenId', 'Số định danh cá nhân của mẹ', "Mother's citizen ID", 'CITIZEN_ID', false, true),
    f('spouseName', 'Họ, chữ đệm và tên vợ/chồng', "Spouse's name", 'PERSON_NAME', false, true),
    f('spouseCitizenId', 'Số định danh cá nhân của vợ/chồng', "Spouse's citizen ID", 'CITIZEN_ID', false, true),
    f('representativeName', 'Họ, chữ đệm và tên người đại diện hợp pháp', 'Legal representative', 'PERSON_NAME', false, true),
    f('representativeCitizenId', 'Số định danh cá nhân của người đại diện', "Representative's citizen ID", 'CITIZEN_ID', false, true),
    f('householdHeadName', 'Họ, chữ đệm và tên chủ hộ', 'Household head', 'PERSON_NAME', true, true),
    f('householdHeadCitizenId', 'Số định danh cá nhân của chủ hộ', "Household head's citizen ID", 'CITIZEN_ID', false, true),
    f('relationToHead', 'Quan hệ với chủ hộ', 'Relation to household head', 'CODE', true, false, {
      allowed: ['Chủ hộ', 'Vợ', 'Chồng', 'Con', 'Cha', 'Mẹ', 'Ông', 'Bà', 'Cháu', 'Anh', 'Chị', 'Em', 'Con dâu', 'Con rể', 'Khác'],
    }),
    f('phone', 'Số điện thoại', 'Phone', 'PHONE', false, true),
  ],
  rules: [
    { id: 'citizenId.structure', type: 'citizenIdStructure', field: 'citizenId', sexField: 'sex', dateOfBirthField: 'dateOfBirth' },
    ...(['fatherCitizenId', 'motherCitizenId', 'spouseCitizenId', 'representativeCitizenId', 'householdHeadCitizenId'] as const).map(
      (field): RuleDef => ({ id: `${field}.structure`, type: 'citizenIdStructure', field }),
    ),
    { id: 'dateOfBirth.range', type: 'dateRange', field: 'dateOfBirth', minYear: 1900, notInFuture: true },
    ...(['fatherCitizenId', 'motherCitizenId', 'spouseCitizenId'] as const).map(
      (field): RuleDef => ({ id: `${field}.notOwn`, type: 'notEqual', field, other: 'citizenId', label: "the person's own citizen ID" }),
    ),
    { id: 'required.legible', type: 'requiredLegible' },
  ],
};

export const DC01_FIELD_KEYS = DC01.fields.map((x) => x.key);

export function fieldMap(t: TemplateDef): Map<string, FieldDef> {
  return new Map(t.fields.map((x) => [x.key, x]));
}
