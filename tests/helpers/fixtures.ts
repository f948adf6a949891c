import { graphql } from '../gql/index.js';
import type { SqlEntityManager } from '@mikro-orm/knex';
import { exec } from '../../server/src/services/sql.js';
/** Hand-made DC01 values: small, readable, and every expected result can be worked out by hand. */
export function person(overrides: Record<string, string | null> = {}): Record<string, string | null> {
  return {
    fullName: 'Nguyễn Văn An',
    otherName: null,
    dateOfBirth: '05/03/1990',
    sex: 'Nam',
    citizenId: '001090012345',
    oldIdNumber: '012345678',
    birthRegistrationPlace: 'Phường Hàng Bạc, Quận Hoàn Kiếm, Hà Nội',
    hometown: 'Xã Hòa Bình, Huyện Thường Tín, Hà Nội',
    ethnicity: 'Kinh',
    religion: 'Không',
    nationality: 'Việt Nam',
    maritalStatus: 'Đã kết hôn',
    bloodType: 'O',
    permanentAddress: 'Số 12, ngõ 45, phố Hàng Bạc, Phường Hàng Bạc, Quận Hoàn Kiếm, Hà Nội',
    currentAddress: 'Số 12, ngõ 45, phố Hàng Bạc, Phường Hàng Bạc, Quận Hoàn Kiếm, Hà Nội',
    fatherName: 'Nguyễn Văn Bình',
    fatherCitizenId: '001060054321',
    motherName: 'Trần Thị Hoa',
    motherCitizenId: '001162098765',
    spouseName: 'Lê Thị Thủy',
    spouseCitizenId: '001192011111',
    representativeName: null,
    representativeCitizenId: null,
    // A son in his father's household (the father's form is not in the tests' campaign), so a
    // test may change this person's name or ID without contradicting the household rules.
    householdHeadName: 'Nguyễn Văn Bình',
    householdHeadCitizenId: '001060054321',
    relationToHead: 'Con',
    phone: '0912345678',
    ...overrides,
  };
}

export interface KeyingJson {
  idempotencyKey: string;
  batchCode: string;
  formNumber: string;
  pass: number;
  keyerCode: string;
  stationCode: string;
  startedAt: string;
  submittedAt: string;
  values: Record<string, unknown>;
  illegibleFields?: string[];
  imageRef?: string;
}

export function keying(batchCode: string, formNumber: string, pass: number, keyerCode: string, values: Record<string, unknown>, extra: Partial<KeyingJson> = {}): KeyingJson {
  return {
    idempotencyKey: `${batchCode}/${formNumber}/${pass}`,
    batchCode,
    formNumber,
    pass,
    keyerCode,
    stationCode: 'ST01',
    startedAt: '2026-11-02T08:00:00.000Z',
    submittedAt: '2026-11-02T08:03:10.000Z',
    values,
    ...extra,
  };
}

export const SUBMIT = graphql(`mutation SubmitKeyings($k:[KeyingInput!]!){ submitKeyings(keyings:$k){ index idempotencyKey status keyingId formId formStatus code message problems { field reason } } }`);
export const CREATE_BATCH = graphql(`mutation FixturesCreateBatch($i:CreateBatchInput!){ createBatch(input:$i){ id code status } }`);

/**
 * Moves the issue time of the one-time password an account holds back by `seconds`, as if it had
 * been made that much earlier (the time is the stored hash's last part). Answers the account's id.
 */
export async function ageOneTimePassword(em: SqlEntityManager, username: string, seconds: number): Promise<number> {
  const [row] = await exec<{ id: number; password_hash: string }[]>(em, 'select id, password_hash from app_user where username = ?', [username]);
  const issued = Number(/\$(\d+)$/.exec(row.password_hash)![1]);
  await exec(em, 'update app_user set password_hash = ? where id = ?', [row.password_hash.replace(/\d+$/, String(issued - Math.ceil(seconds))), row.id], 'run');
  return Number(row.id);
}
