import { DC01, fieldMap, type FieldDef } from './template.js';

/** DC01 test fixtures shared by the value and comparison specs. */
const fields = fieldMap(DC01);
export const F = (key: string): FieldDef => {
  const f = fields.get(key);
  if (!f) throw new Error(`no DC01 field ${key}`);
  return f;
};
export const nfd = (s: string) => s.normalize('NFD');

/** A complete, valid DC01 keying. */
export const VALID: Record<string, string> = {
  fullName: 'Nguyễn Văn An',
  dateOfBirth: '05/03/1990',
  sex: 'Nam',
  citizenId: '001090012345',
  birthRegistrationPlace: 'Hà Nội',
  hometown: 'Nam Định',
  ethnicity: 'Kinh',
  religion: 'Không',
  nationality: 'Việt Nam',
  permanentAddress: 'Số 12, phố Lê Lợi, phường Hàng Bài, quận Hoàn Kiếm, Hà Nội',
  currentAddress: 'Số 12, phố Lê Lợi, phường Hàng Bài, quận Hoàn Kiếm, Hà Nội',
  householdHeadName: 'Nguyễn Văn Bình',
  relationToHead: 'Con',
};
