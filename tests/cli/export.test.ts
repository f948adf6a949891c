import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../server/src/config.js';
import { createApp } from '../../server/src/app.js';
import { Batch, FormTemplate } from '../../server/src/db/entities/index.js';
import { person } from '../helpers/fixtures.js';

const run = promisify(execFile);
const dir = mkdtempSync(join(tmpdir(), 'dualkey-export-'));
const env = { ...process.env, DATA_DIR: dir, DATABASE_URL: `sqlite:${join(dir, 'x.sqlite')}`, LOG_LEVEL: 'silent' };
const cli = (...args: string[]) => run(process.execPath, ['--import', '@swc-node/register/esm-register', 'server/src/cli/main.ts', ...args], { env });

describe('npm run cli -- export', () => {
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('hands over a ready batch and reproduces the same files on a second run', async () => {
    const app = await createApp(loadConfig({ DATA_DIR: dir, DATABASE_URL: env.DATABASE_URL, SEED_DEMO: '0' } as NodeJS.ProcessEnv));
    const em = app.orm.em.fork();
    em.create(Batch, { code: 'EXP', template: await em.findOneOrFail(FormTemplate, { code: 'dc01' }), provinceCode: '001', district: 'D', commune: 'C', status: 'OPEN', createdAt: new Date() });
    await em.flush();
    const at = new Date('2026-11-02T08:00:00Z');
    const k = ['1', '2'].flatMap((no) => [1, 2].map((pass) => ({ idempotencyKey: `${no}/${pass}`, batchCode: 'EXP', formNumber: no, pass, keyerCode: `KT${pass}`, stationCode: 'S', startedAt: at, submittedAt: at, values: person() })));
    // Two stations, one per pass, naming two registered clerks.
    await app.services.auth.registerClerks({ em: app.orm.em.fork(), actor: null }, [{ keyerCode: 'KT1', displayName: 'Một' }, { keyerCode: 'KT2', displayName: 'Hai' }]);
    for (const pass of [1, 2]) {
      const station = { userId: 1000 + pass, username: `station${pass}`, role: 'STATION' as const, keyerCode: null };
      await app.services.ingest.submit({ em: app.orm.em.fork(), actor: station }, k.filter((x) => x.pass === pass));
    }
    await app.close();

    await expect(cli('export', '--batch', 'NOPE')).rejects.toMatchObject({ code: 2, stderr: expect.stringContaining('batch "NOPE" does not exist') });
    const first = await cli('export', '--batch', 'EXP');
    expect(first.stdout).toMatch(/^2 records of batch EXP in /);
    const out = join(dir, 'exports', 'EXP');
    const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8'));
    expect(manifest).toMatchObject({ batch: 'EXP', recordCount: 2, exportedBy: 'system', template: { code: 'dc01', version: 1 } });
    for (const f of manifest.files) expect(createHash('sha256').update(readFileSync(join(out, f.name))).digest('hex')).toBe(f.sha256);
    const second = await cli('export', '--batch', 'EXP');
    expect(second.stdout).toBe(first.stdout);
  }, 60_000);
});
