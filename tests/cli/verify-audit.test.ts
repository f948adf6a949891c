import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { runVerifyAudit } from '../../server/src/cli/verify-audit.js';
import { newKeyRing, serializeKeyRing } from '../../server/src/domain/crypto.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'dualkey-verify-audit-'));
// Never created by these tests: the command must not make a data directory, a key ring or a database.
const dataDir = join(dir, 'data');

async function run(args: string[], env: NodeJS.ProcessEnv = {}) {
  let out = '';
  const sink = new Writable({
    write(chunk, _enc, cb) {
      out += String(chunk);
      cb();
    },
  });
  const code = await runVerifyAudit(args, { stdout: sink, stderr: sink }, { DATA_DIR: dataDir, ...env });
  return { code, out };
}

describe('npm run cli -- verify-audit: arguments, before anything is opened', () => {
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('--help prints the options and exits 0 without touching DATA_DIR (also through the real entry point)', async () => {
    const r = await run(['--help']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('--expect-head');
    expect(r.out).toContain('--write-checkpoint');
    const p = spawnSync(process.execPath, ['--import', '@swc-node/register/esm-register', 'server/src/cli/main.ts', 'verify-audit', '-h'], {
      cwd: ROOT,
      env: { ...process.env, DATA_DIR: dataDir, DATABASE_URL: '', DUALKEY_KEYRING: '', KEYRING_FILE: '' },
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(p.status).toBe(0);
    expect(p.stdout).toContain('usage: npm run cli -- verify-audit');
    expect(existsSync(dataDir)).toBe(false);
  });

  it('an unknown flag, a stray argument or a malformed value exits 2', async () => {
    for (const args of [['--bogus'], ['extra'], ['--grace', 'soon'], ['--expect-head', 'nothex'], ['--checkpoint', join(dir, 'none.json')]]) {
      const r = await run(args);
      expect(r.code, args.join(' ')).toBe(2);
    }
    expect((await run(['--bogus'])).out).toContain("Unknown option '--bogus'");
    expect(existsSync(dataDir)).toBe(false);
  });

  it('without the key ring, or without the database, exits 2 and creates neither', async () => {
    const noRing = await run([]);
    expect(noRing.code).toBe(2);
    expect(noRing.out).toContain('no key ring');
    expect(existsSync(dataDir)).toBe(false);

    const ring = join(dir, 'keyring.json');
    writeFileSync(ring, serializeKeyRing(newKeyRing()));
    const noDb = await run([], { KEYRING_FILE: ring });
    expect(noDb.code).toBe(2);
    expect(noDb.out).toContain(`no database at ${join(dataDir, 'dualkey.sqlite')}`);
    // loadConfig may make the directory; nothing goes in it.
    expect(existsSync(dataDir) ? readdirSync(dataDir) : []).toEqual([]);
  });
});
