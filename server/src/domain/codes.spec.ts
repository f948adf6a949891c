import { describe, expect, it } from 'vitest';
import { isBatchCode } from './codes.js';

describe('isBatchCode', () => {
  it('accepts plain codes of 1 to 50 characters', () => {
    for (const c of ['A', '7', 'HB-2026_01', 'hn.hoan-kiem.001', 'Đông-Anh_3', 'a'.repeat(50), 'X_', 'X-']) expect(isBatchCode(c), c).toBe(true);
  });

  it('refuses what could leave the exports folder or hide there', () => {
    for (const c of ['.', '..', '.hidden', '../x', 'a/b', 'a\\b', '/abs', 'C:', '-x', '_x', 'A.', 'a..', '']) expect(isBatchCode(c), c).toBe(false);
  });

  it('refuses spaces, control characters, combining marks and anything over 50 characters', () => {
    for (const c of ['a b', 'a\u0000', 'a\n', 'Do\u0302ng', 'a'.repeat(51), 'a=b', 'a%2e']) expect(isBatchCode(c), JSON.stringify(c)).toBe(false);
  });
});
