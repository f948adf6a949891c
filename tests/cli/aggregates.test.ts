import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../server/src/config.js';
import { createApp } from '../../server/src/app.js';
import { Batch, FormTemplate } from '../../server/src/db/entities/index.js';
import { exec } from '../../server/src/services/sql.js';
import { person } from '../helpers/fixtures.js';

const run = promisify(execFile);
const dir = mkdtempSync(join(tmpdir(), 'dualkey-agg-cli-'));
const env = { ...process.env, DATA_DIR: dir, DATABASE_URL: `sqlite:${join(dir, 'x.sqlite')}`, LOG_LEVEL: 'silent' };
const cli = (...args: string[]) => run(process.execPath, ['--import', '@swc-node/register/esm-register', 'server/src/cli/main.ts', ...args], { env });
const config = () => loadConfig({ DATA_DIR: dir, DATABASE_URL: env.DATABASE_URL, SEED_DEMO: '0' } as NodeJS.ProcessEnv);

describe('npm run cli -- aggregates', () => {
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('finds aggregates that drifted from the raw rows, and rebuilds them', async () => {
    const app = await createApp(config());
    const em = app.orm.em.fork();
    em.create(Batch, { code: 'AGG', template: await em.findOneOrFail(FormTemplate, { code: 'dc01' }), provinceCode: '001', district: 'D', commune: 'C', status: 'OPEN', createdAt: new Date() });
    await em.flush();
    const at = new Date('2026-11-02T08:00:00Z');
    // Form 1 agrees, form 2 goes to review (a different phone). Keyings count on their day, forms on today's.
    const k = ['1', '2'].flatMap((no) => [1, 2].map((pass) => ({ idempotencyKey: `${no}/${pass}`, batchCode: 'AGG', formNumber: no, pass, keyerCode: `KT${pass}`, stationCode: 'S', startedAt: at, submittedAt: at, values: person(no === '2' && pass === 2 ? { phone: '0912345679' } : {}) })));
    // Two stations, one per pass, naming two registered clerks.
    await app.services.auth.registerClerks({ em: app.orm.em.fork(), actor: null }, [{ keyerCode: 'KT1', displayName: 'Một' }, { keyerCode: 'KT2', displayName: 'Hai' }]);
    for (const pass of [1, 2]) {
      const station = { userId: 1000 + pass, username: `station${pass}`, role: 'STATION' as const, keyerCode: null };
      await app.services.ingest.submit({ em: app.orm.em.fork(), actor: station }, k.filter((x) => x.pass === pass));
    }
    await app.close();

    expect((await cli('aggregates', 'check')).stdout).toMatch(/^aggregates match the raw rows: agg_batch_day 2, agg_keyer_day 6, agg_field_day 2, agg_pair_day 1, /);

    // Lose one table's rows and corrupt another's counter, as a bad restore might.
    const broken = await createApp(config());
    await exec(broken.orm.em.fork(), 'delete from agg_field_day', [], 'run');
    await exec(broken.orm.em.fork(), 'update agg_batch_day set keyings = keyings + 5', [], 'run');
    await broken.close();
    const check = cli('aggregates', 'check');
    await expect(check).rejects.toMatchObject({ code: 1, stdout: expect.stringContaining('agg_batch_day: 2 of 2 rows differ') });
    await expect(check).rejects.toMatchObject({ stdout: expect.stringMatching(/agg_field_day: 2 of 2 rows differ/) });

    expect((await cli('aggregates', 'rebuild')).stdout).toMatch(/^aggregates rebuilt in [\d.]+ s: agg_batch_day 2, agg_keyer_day 6, agg_field_day 2, /);
    expect((await cli('aggregates', 'check')).stdout).toMatch(/^aggregates match the raw rows/);
    await expect(cli('aggregates', 'fix')).rejects.toMatchObject({ code: 2, stderr: expect.stringContaining("unknown subcommand 'fix'") });
  }, 60_000);
});
