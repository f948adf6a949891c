import { describe, expect, it } from 'vitest';
import { checkAccount } from './accounts.js';

describe('account fields', () => {
  it('normalizes: lower-case username, NFC name, trimmed code', () => {
    const { account, problems } = checkAccount({ username: ' Lan.Nguyen ', displayName: ' Nguyễn Thị Lan'.normalize('NFD'), role: 'KEYER', keyerCode: ' KT7 ' });
    expect(problems).toEqual([]);
    expect(account).toEqual({ username: 'lan.nguyen', displayName: 'Nguyễn Thị Lan', role: 'KEYER', keyerCode: 'KT7' });
  });

  it('names every wrong field', () => {
    const { problems } = checkAccount({ username: 'x', displayName: '<b>', role: 'BOSS', keyerCode: 'a b' });
    expect(problems.map((p) => p.field)).toEqual(['username', 'displayName', 'role', 'keyerCode']);
  });

  it('a KEYER needs a keyer code; other roles may have one or not', () => {
    expect(checkAccount({ username: 'clerk1', displayName: 'A', role: 'KEYER', keyerCode: '' }).problems).toEqual([{ field: 'keyerCode', reason: expect.stringMatching(/required/) }]);
    expect(checkAccount({ username: 'rev1', displayName: 'A', role: 'REVIEWER' }).problems).toEqual([]);
    expect(checkAccount({ username: 'rev1', displayName: 'A', role: 'REVIEWER', keyerCode: 'KT9' }).problems).toEqual([]);
  });

  it('a display name is 1 to 200 characters', () => {
    expect(checkAccount({ username: 'abc', displayName: 'a'.repeat(201), role: 'ADMIN' }).problems[0].field).toBe('displayName');
    expect(checkAccount({ username: 'abc', displayName: '  ', role: 'ADMIN' }).problems[0].field).toBe('displayName');
  });
});
