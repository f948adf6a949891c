import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseKeyRing } from '../../server/src/domain/crypto.js';

const dir = mkdtempSync(join(tmpdir(), 'dualkey-initring-'));
const cli = (...args: string[]) =>
  new Promise<{ code: number; stdout: string; stderr: string }>((done) =>
    execFile(process.execPath, ['--import', '@swc-node/register/esm-register', 'server/src/cli/main.ts', ...args], { env: { ...process.env, DATA_DIR: join(dir, 'data') } }, (e, stdout, stderr) =>
      done({ code: e ? (typeof e.code === 'number' ? e.code : -1) : 0, stdout, stderr }),
    ),
  );

describe('npm run cli -- init-keyring', () => {
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('writes a new owner-only key ring once, never overwrites it, and needs --out', async () => {
    const file = join(dir, 'ring.json');
    const [made, noOut] = await Promise.all([cli('init-keyring', '--out', file), cli('init-keyring')]);
    expect(made.code).toBe(0);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    const ring = parseKeyRing(readFileSync(file, 'utf8'));
    expect(ring.keys.size).toBe(1);
    expect(noOut).toMatchObject({ code: 2, stderr: expect.stringContaining('--out') });
    const before = readFileSync(file, 'utf8');
    const again = await cli('init-keyring', '--out', file);
    expect(again).toMatchObject({ code: 2, stderr: expect.stringContaining('never overwritten') });
    expect(readFileSync(file, 'utf8')).toBe(before);
    expect(existsSync(join(dir, 'data'))).toBe(false);
  }, 120_000);
});
