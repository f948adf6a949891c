import { availableParallelism } from 'node:os';
import { describe, expect, it } from 'vitest';
import { defaultPoolMax, loadConfig } from './config.js';
import { newKeyRing, serializeKeyRing } from './domain/crypto.js';

describe('DATABASE_POOL_MAX', () => {
  const base = { DATA_DIR: '/nonexistent/dualkey-config-spec', AUTH_SECRET: 'x'.repeat(40), DUALKEY_KEYRING: serializeKeyRing(newKeyRing()), DATABASE_URL: 'postgresql://u@p/db' } as NodeJS.ProcessEnv;
  const poolOf = (env: Record<string, string>) => (loadConfig({ ...base, ...env }).db as { poolMax: number }).poolMax;

  it('defaults to about two connections per core in all, shared by the workers', () => {
    expect(defaultPoolMax(1, 2)).toBe(5);
    expect(defaultPoolMax(2, 2)).toBe(3);
    expect(defaultPoolMax(8, 8)).toBe(3);
    expect(defaultPoolMax(1, 16)).toBe(33);
    // Never fewer than two: a report's fold and a request's statement can run side by side.
    expect(defaultPoolMax(64, 2)).toBe(2);
  });

  it("takes each worker's share of WORKERS, or the value given", () => {
    expect(poolOf({})).toBe(defaultPoolMax(1));
    expect(poolOf({ WORKERS: '2' })).toBe(defaultPoolMax(2));
    expect(poolOf({ WORKERS: 'auto' })).toBe(defaultPoolMax(availableParallelism()));
    expect(poolOf({ WORKERS: '2', DATABASE_POOL_MAX: '20' })).toBe(20);
  });

  it('refuses a pool size or WORKERS that is not a number in range, naming the setting', () => {
    expect(() => poolOf({ DATABASE_POOL_MAX: '0' })).toThrow(/DATABASE_POOL_MAX/);
    expect(() => poolOf({ DATABASE_POOL_MAX: 'many' })).toThrow(/DATABASE_POOL_MAX/);
    expect(() => poolOf({ WORKERS: 'lots' })).toThrow(/WORKERS must be "auto" or an integer/);
  });
});

describe('MAX_CONCURRENT_REQUESTS and QUEUE_WAIT_MS', () => {
  const base = { DATA_DIR: '/nonexistent/dualkey-config-spec', AUTH_SECRET: 'x'.repeat(40), DUALKEY_KEYRING: serializeKeyRing(newKeyRing()) } as NodeJS.ProcessEnv;
  const admissionOf = (env: Record<string, string>) => loadConfig({ ...base, ...env }, [], { create: false }).admission;
  const pgUrl = { DATABASE_URL: 'postgresql://u@p/db' };

  it('default to twice the connections of this process on PostgreSQL, four on SQLite, ten seconds of waiting', () => {
    expect(admissionOf(pgUrl)).toEqual({ limit: 2 * defaultPoolMax(1), maxWaitMs: 10_000 });
    expect(admissionOf({ ...pgUrl, DATABASE_POOL_MAX: '7' }).limit).toBe(14);
    expect(admissionOf({ ...pgUrl, WORKERS: '2' }).limit).toBe(2 * defaultPoolMax(2));
    expect(admissionOf({})).toEqual({ limit: 4, maxWaitMs: 10_000 });
  });

  it('take the values given; 0 turns the limit off', () => {
    expect(admissionOf({ ...pgUrl, MAX_CONCURRENT_REQUESTS: '0', QUEUE_WAIT_MS: '2500' })).toEqual({ limit: 0, maxWaitMs: 2500 });
    expect(admissionOf({ MAX_CONCURRENT_REQUESTS: '32' }).limit).toBe(32);
  });

  it('refuse values that are not whole numbers in range, naming the setting', () => {
    expect(() => admissionOf({ MAX_CONCURRENT_REQUESTS: '-1' })).toThrow(/MAX_CONCURRENT_REQUESTS/);
    expect(() => admissionOf({ MAX_CONCURRENT_REQUESTS: 'all' })).toThrow(/MAX_CONCURRENT_REQUESTS/);
    expect(() => admissionOf({ QUEUE_WAIT_MS: '50' })).toThrow(/QUEUE_WAIT_MS must be an integer between 100/);
    expect(() => admissionOf({ QUEUE_WAIT_MS: '1.5' })).toThrow(/QUEUE_WAIT_MS/);
  });
});
