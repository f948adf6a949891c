import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { freshDatabase } from '../helpers/pg-database.js';

const dir = mkdtempSync(join(tmpdir(), 'dualkey-readonly-'));
const { DATABASE_URL: _db, DUALKEY_KEYRING: _kr, KEYRING_FILE: _kf, AUTH_SECRET: _as, ...base } = process.env;

interface Result {
  code: number;
  stdout: string;
  stderr: string;
}
const cli = (env: Record<string, string>, ...args: string[]) =>
  new Promise<Result>((done) => {
    execFile(process.execPath, ['--import', '@swc-node/register/esm-register', 'server/src/cli/main.ts', ...args], { env: { ...base, LOG_LEVEL: 'silent', ...env } }, (e, stdout, stderr) =>
      done({ code: e ? (typeof e.code === 'number' ? e.code : -1) : 0, stdout, stderr }),
    );
  });

const pgQuery = async (url: string, sql: string, params: unknown[] = []) => {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    return (await c.query(sql, params)).rows;
  } finally {
    await c.end();
  }
};

describe('commands that need an existing database create nothing without one', () => {
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('SQLite: "no database at …", exit 2, and no DATA_DIR, database, key ring or token secret', async () => {
    const missing = join(dir, 'missing'); // DATA_DIR that does not exist
    const empty = join(dir, 'empty'); // DATA_DIR that exists, without a database
    mkdirSync(empty);
    const runs = await Promise.all([
      cli({ DATA_DIR: missing }, 'aggregates', 'check'),
      cli({ DATA_DIR: missing }, 'aggregates', 'rebuild'),
      cli({ DATA_DIR: missing }, 'export', '--batch', 'B1'),
      cli({ DATA_DIR: missing }, 'reencrypt'),
      cli({ DATA_DIR: empty }, 'aggregates', 'check'),
      cli({ DATA_DIR: empty, DATABASE_URL: `sqlite:${join(empty, 'sub', 'x.sqlite')}` }, 'export', '--batch', 'B1'),
      cli({ DATA_DIR: missing }, 'rotate-keys'),
    ]);
    const where = [...Array(4).fill(join(missing, 'dualkey.sqlite')), join(empty, 'dualkey.sqlite'), join(empty, 'sub', 'x.sqlite')];
    for (const [i, path] of where.entries()) expect(runs[i], `run ${i}`).toMatchObject({ code: 2, stderr: `error: no database at ${path}\n` });
    // rotate-keys never makes a ring to rotate: a new one could not open the data.
    expect(runs[6]).toMatchObject({ code: 2, stderr: expect.stringContaining(`no key ring at ${join(missing, 'keyring.json')}`) });
    expect(existsSync(missing)).toBe(false);
    expect(readdirSync(empty)).toEqual([]);
  }, 300_000);

  it.runIf(inject('pgAvailable'))('PostgreSQL: a missing database is not created, an empty one gets no tables', async () => {
    const absent = new URL(inject('pgAdminUrl'));
    absent.pathname = `/dualkey_absent_${process.pid}_${Date.now().toString(36)}`;
    const fresh = await freshDatabase(inject('pgAdminUrl'), 'dualkey_ro');
    try {
      const dataDir = join(dir, 'pg');
      const [a, b, c] = await Promise.all([
        cli({ DATA_DIR: dataDir, DATABASE_URL: absent.toString() }, 'aggregates', 'check'),
        cli({ DATA_DIR: dataDir, DATABASE_URL: fresh.url }, 'aggregates', 'check'),
        cli({ DATA_DIR: dataDir, DATABASE_URL: absent.toString() }, 'export', '--batch', 'B1'),
      ]);
      expect(a).toMatchObject({ code: 2, stderr: `error: no database at ${absent}\n` });
      expect(b).toMatchObject({ code: 2, stderr: `error: no database at ${fresh.url}\n` });
      expect(c).toMatchObject({ code: 2, stderr: `error: no database at ${absent}\n` });
      expect(await pgQuery(inject('pgAdminUrl'), 'select 1 from pg_database where datname = $1', [absent.pathname.slice(1)])).toEqual([]);
      expect(await pgQuery(fresh.url, "select table_name from information_schema.tables where table_schema = 'public'")).toEqual([]);
      expect(existsSync(dataDir)).toBe(false);
    } finally {
      await fresh.drop();
    }
  }, 300_000);

  it('verify-audit: "no database at …", exit 2, creating nothing', async () => {
    const ring = join(dir, 'va-ring.json');
    const { newKeyRing, serializeKeyRing } = await import('../../server/src/domain/crypto.js');
    const { writeFileSync } = await import('node:fs');
    writeFileSync(ring, serializeKeyRing(newKeyRing()), { mode: 0o600 });
    const missing = join(dir, 'va-missing');
    const r = await cli({ DATA_DIR: missing, KEYRING_FILE: ring }, 'verify-audit');
    expect(r).toMatchObject({ code: 2, stderr: `error: no database at ${join(missing, 'dualkey.sqlite')}\n` });
    expect(existsSync(missing)).toBe(false);
  }, 120_000);
});
