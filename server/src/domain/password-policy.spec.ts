import { describe, expect, it } from 'vitest';
import { fold, MAX_PASSWORD_LENGTH, passwordProblem } from './password-policy.js';

describe('password policy', () => {
  it('accepts a long passphrase of unrelated words', async () => {
    expect(await passwordProblem('correct horse battery staple')).toBeNull();
    expect(await passwordProblem('mây trắng bay qua đồi xa', { username: 'lan.nguyen', displayName: 'Nguyễn Thị Lan' })).toBeNull();
  });

  it('refuses short and over-long passwords, counting characters not bytes', async () => {
    expect(await passwordProblem('Ab3$xY9!qW')).toMatch(/at least 12/);
    // 12 characters in NFD are 12 characters, whatever the code units.
    expect(await passwordProblem('ờ'.normalize('NFD').repeat(11))).toMatch(/at least 12/);
    expect(await passwordProblem('a'.repeat(MAX_PASSWORD_LENGTH + 1))).toMatch(/at most 1024/);
  });

  it('refuses common and guessable passwords with the reason', async () => {
    expect(await passwordProblem('password1234')).toMatch(/too easy to guess \(it is a small variation of a commonly used password\)/);
    expect(await passwordProblem('qwertyuiopasdf')).toMatch(/too easy to guess/);
    expect(await passwordProblem('aaaaaaaaaaaaaaaa')).toMatch(/repeats/);
    expect(await passwordProblem('abcdefghijklmnop')).toMatch(/too easy to guess/);
  });

  it('refuses passwords containing the username or the display name, with or without tone marks', async () => {
    expect(await passwordProblem('tran.minh.khoa-2026!', { username: 'tran.minh.khoa' })).toMatch(/username/);
    expect(await passwordProblem('zebra TRANMINHKHOA ladder', { username: 'tmk' })).toBeNull();
    expect(await passwordProblem('zebra TRANMINHKHOA ladder', { username: 'tmk', displayName: 'Trần Minh Khoa' })).toMatch(/name of its owner/);
    expect(await passwordProblem('ống nước Phương 7 lần sáng', { displayName: 'Lê Thị Phương' })).toMatch(/name of its owner/);
    // short parts (Lê, Thị) are too common to forbid
    expect(await passwordProblem('cloud thi le marble violin', { displayName: 'Lê Thị Phương' })).toBeNull();
  });

  it('folds Vietnamese to bare letters', () => {
    expect(fold('Nguyễn Văn-Đức')).toBe('nguyenvanduc');
    expect(fold('Nguyễn'.normalize('NFD'))).toBe('nguyen');
  });
});
