import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { newKeyRing, serializeKeyRing } from '../../server/src/domain/crypto.js';

const dir = mkdtempSync(join(tmpdir(), 'dualkey-args-'));
const dataDir = join(dir, 'data'); // never created: no command may make it
const ring = join(dir, 'ring.json');
writeFileSync(ring, serializeKeyRing(newKeyRing()), { mode: 0o600 });
const ringBytes = readFileSync(ring);
const { DATABASE_URL: _db, DUALKEY_KEYRING: _kr, ...base } = process.env;
const env = { ...base, DATA_DIR: dataDir, KEYRING_FILE: ring, LOG_LEVEL: 'silent' };

interface Result {
  code: number;
  stdout: string;
  stderr: string;
}
const cli = (...args: string[]) =>
  new Promise<Result>((done) => {
    execFile(process.execPath, ['--import', '@swc-node/register/esm-register', 'server/src/cli/main.ts', ...args], { env }, (e, stdout, stderr) =>
      done({ code: e ? (typeof e.code === 'number' ? e.code : -1) : 0, stdout, stderr }),
    );
  });

const COMMANDS = ['print-schema', 'migrate', 'init-keyring', 'compare', 'export', 'rotate-keys', 'reencrypt', 'aggregates', 'simulate', 'verify-audit'];

describe('strict command lines', () => {
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  // Spawning is slow (~1.5 s of CPU each): every case runs at once, then the file system is checked
  // once. The parser's own cases are in server/src/cli/args.spec.ts.
  it('--help prints the command help and does nothing; an unknown flag, positional or missing value exits 2 naming it', async () => {
    const [top, unknown, short, noValue, rotateArg, aggExtra, ...rest] = await Promise.all([
      cli('--help'),
      cli('frobnicate'),
      cli('rotate-keys', '-h'),
      cli('export', '--batch'),
      cli('rotate-keys', 'now'),
      cli('aggregates', 'check', 'extra'),
      ...COMMANDS.flatMap((c) => [cli(c, '--help'), cli(c, '--bogus')]),
    ]);
    expect(top).toMatchObject({ code: 0, stdout: expect.stringContaining('usage: npm run cli -- <command>') });
    expect(unknown).toMatchObject({ code: 2, stderr: expect.stringContaining("unknown command 'frobnicate'") });
    expect(short).toMatchObject({ code: 0, stdout: expect.stringContaining('usage: npm run cli -- rotate-keys') });
    expect(noValue).toMatchObject({ code: 2, stderr: expect.stringContaining("'--batch <value>' argument missing") });
    expect(rotateArg).toMatchObject({ code: 2, stderr: expect.stringContaining("unexpected argument 'now'") });
    expect(aggExtra).toMatchObject({ code: 2, stderr: expect.stringContaining("unexpected argument 'extra'") });
    for (const [i, c] of COMMANDS.entries()) {
      const [help, bogus] = rest.slice(i * 2, i * 2 + 2);
      expect(help, `${c} --help`).toMatchObject({ code: 0, stdout: expect.stringContaining(`npm run cli -- ${c}`) });
      expect(bogus!.code, `${c} --bogus`).toBe(2);
      expect(bogus!.stderr, `${c} --bogus`).toContain("'--bogus'");
    }

    // Nothing was created or changed: no DATA_DIR, no database, the key ring as it was.
    expect(existsSync(dataDir)).toBe(false);
    expect(readdirSync(dir)).toEqual(['ring.json']);
    expect(readFileSync(ring).equals(ringBytes)).toBe(true);
  }, 300_000);
});
