import { describe, expect, it } from 'vitest';
import { isBatchCode, isFileName, isFormNumber, isIdempotencyKey, isImageRef, isKeyerCode, isStationCode, isTeamCode } from './codes.js';

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

describe('form numbers (file names)', () => {
  it('accepts what names one file', () => {
    for (const c of ['000001', 'F1', 'E-2_b.3', 'Lô-1', 'a'.repeat(50), '_x', '-x', 'A.']) expect(isFormNumber(c), c).toBe(true);
  });

  it('refuses separators, hidden and dots-only names', () => {
    for (const c of ['', '.', '..', '.x', 'a/b', 'a\\b', '../x', 'a b', 'a:b', 'a'.repeat(51)]) expect(isFormNumber(c), c).toBe(false);
    expect(isFileName('a/b')).toBe(false);
  });
});

describe('keyer and station codes', () => {
  it('accepts letters, digits, . _ - and / up to 50', () => {
    for (const c of ['KT1', 'tram-01', 'HN/01', 'Đông.3_x', 'a'.repeat(50)]) {
      expect(isKeyerCode(c), c).toBe(true);
      expect(isStationCode(c), c).toBe(true);
    }
  });

  it('refuses spaces, markup, empty and overlong codes', () => {
    for (const c of ['', 'a b', '<b>', 'a\\b', 'a:b', 'a'.repeat(51)]) expect(isKeyerCode(c), c).toBe(false);
  });
});

describe('team codes', () => {
  it('are plain words without slashes', () => {
    expect(isTeamCode('HN-north.1')).toBe(true);
    for (const c of ['', 'a/b', 'a b', 'a'.repeat(51)]) expect(isTeamCode(c), c).toBe(false);
  });
});

describe('idempotency keys and image references', () => {
  it('take opaque tokens and paths, never spaces or markup', () => {
    for (const c of ['B1/F1/1', 'a:b#c@d+e', '550e8400-e29b-41d4-a716-446655440000']) expect(isIdempotencyKey(c), c).toBe(true);
    for (const c of ['', 'a b', '"x"', '<x>', '{{x}}', 'a'.repeat(201)]) expect(isIdempotencyKey(c), c).toBe(false);
    for (const c of ['/scans/B1/000001.svg', 'https://x.example/a?b=1&c=%20#f']) expect(isImageRef(c), c).toBe(true);
    for (const c of ['', 'a b', '<img>', 'a'.repeat(1001)]) expect(isImageRef(c), c).toBe(false);
  });
});
