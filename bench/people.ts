import { person } from '../tests/helpers/fixtures.js';

const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng'];
const MIDDLE = ['Văn', 'Thị', 'Hữu', 'Đức', 'Minh', 'Thanh', 'Quang', 'Ngọc', 'Xuân', 'Công'];
const GIVEN = ['An', 'Bình', 'Cường', 'Dũng', 'Giang', 'Hà', 'Hải', 'Hùng', 'Khoa', 'Lan', 'Long', 'Mai', 'Nam', 'Phúc', 'Quân', 'Sơn', 'Tâm', 'Thảo', 'Trung', 'Vy'];

/**
 * A person of their own household, different for each `i`: identical people would all share
 * household links (citizen IDs, head and address), and every keying and resolution would then
 * read the whole batch's links, which no real campaign does.
 */
export function distinctPerson(i: number, overrides: Record<string, string | null> = {}): Record<string, string | null> {
  const fullName = `${FAMILY[i % 10]} ${MIDDLE[Math.floor(i / 10) % 10]} ${GIVEN[Math.floor(i / 100) % 20]}`;
  const citizenId = `0010900${String(i % 100_000).padStart(5, '0')}`;
  const address = `Số ${i + 1}, ngõ 45, phố Hàng Bạc, Phường Hàng Bạc, Quận Hoàn Kiếm, Hà Nội`;
  return person({
    fullName, citizenId, permanentAddress: address, currentAddress: address,
    householdHeadName: fullName, householdHeadCitizenId: citizenId, relationToHead: 'Chủ hộ',
    maritalStatus: null, spouseName: null, spouseCitizenId: null, fatherCitizenId: null, motherCitizenId: null,
    ...overrides,
  });
}
