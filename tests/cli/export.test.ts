import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { parse } from 'csv-parse/sync';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../server/src/config.js';
import { createApp } from '../../server/src/app.js';
import { Batch, FormTemplate } from '../../server/src/db/entities/index.js';
import { exec } from '../../server/src/services/sql.js';
import { person } from '../helpers/fixtures.js';

const run = promisify(execFile);
const dir = mkdtempSync(join(tmpdir(), 'dualkey-export-'));
const env = { ...process.env, DATA_DIR: dir, DATABASE_URL: `sqlite:${join(dir, 'x.sqlite')}`, LOG_LEVEL: 'silent' };
const config = () => loadConfig({ DATA_DIR: dir, DATABASE_URL: env.DATABASE_URL, SEED_DEMO: '0' } as NodeJS.ProcessEnv);
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

    // A handover made before the CSV formula guard is reproduced as it was: no guard, no manifest field.
    const legacy = { ...manifest };
    delete legacy.csvFormulaGuard;
    const db = await createApp(config());
    await exec(db.orm.em.fork(), 'update batch set manifest = ? where code = ?', [JSON.stringify(legacy), 'EXP'], 'run');
    await db.close();
    await cli('export', '--batch', 'EXP');
    expect(JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8'))).toEqual(legacy);
  }, 120_000);

  it('defuses spreadsheet formulas in records.csv (not in records.ndjson), and refuses a batch code leading out of the exports folder', async () => {
    const app = await createApp(config());
    const em = app.orm.em.fork();
    const template = await em.findOneOrFail(FormTemplate, { code: 'dc01' });
    const at = new Date('2026-11-02T08:00:00Z');
    // Addresses may hold + - ( ) " ; : / — enough for a formula that opens a link.
    // The administrative part stays official, so the checks let the record through to the export.
    const formula = { permanentAddress: '+HYPERLINK("http://x.invalid/a";"Hà Nội"), Phường Hàng Bạc, Quận Hoàn Kiếm, Hà Nội', currentAddress: '-5 phố Hàng Bạc, Phường Hàng Bạc, Quận Hoàn Kiếm, Hà Nội' };
    for (const code of ['FORMULA', '..']) {
      // '..' as an older database may hold it (createBatch refuses it now).
      em.create(Batch, { code, template, provinceCode: '001', district: 'D', commune: 'C', status: 'OPEN', createdAt: new Date() });
      await em.flush();
      const k = [1, 2].map((pass) => ({ idempotencyKey: `${code}/1/${pass}`, batchCode: code, formNumber: '1', pass, keyerCode: `KT${pass}`, stationCode: 'S', startedAt: at, submittedAt: at, values: person(formula) }));
      await app.services.auth.registerClerks({ em: app.orm.em.fork(), actor: null }, [{ keyerCode: 'KT1', displayName: 'Một' }, { keyerCode: 'KT2', displayName: 'Hai' }]);
      for (const pass of [1, 2]) {
        const station = { userId: 2000 + pass, username: `station${pass}`, role: 'STATION' as const, keyerCode: null };
        await app.services.ingest.submit({ em: app.orm.em.fork(), actor: station }, k.filter((x) => x.pass === pass));
      }
    }
    await app.close();

    const before = readdirSync(dir).sort();
    const [ok, dots] = await Promise.allSettled([cli('export', '--batch', 'FORMULA'), cli('export', '--batch', '..')]);
    expect(ok.status).toBe('fulfilled');
    expect(dots).toMatchObject({ status: 'rejected', reason: { code: 2, stderr: expect.stringContaining('outside the exports folder') } });
    // exports/.. is DATA_DIR itself: no records or manifest appeared there.
    expect(readdirSync(dir).sort()).toEqual(before);

    const out = join(dir, 'exports', 'FORMULA');
    const ndjson = JSON.parse(readFileSync(join(out, 'records.ndjson'), 'utf8'));
    expect(ndjson.values).toMatchObject({ permanentAddress: expect.stringMatching(/^\+HYPERLINK\(/), currentAddress: expect.stringMatching(/^-5 /) });
    const [header, row] = parse(readFileSync(join(out, 'records.csv'))) as string[][];
    const cell = (k: string) => row![header!.indexOf(k)];
    expect(cell('permanentAddress')).toBe(`'${ndjson.values.permanentAddress}`);
    expect(cell('currentAddress')).toBe(`'${ndjson.values.currentAddress}`);
    expect(cell('fullName')).toBe(ndjson.values.fullName);
    const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8'));
    expect(manifest.csvFormulaGuard).toBe("cells starting with = + - @ tab or CR are prefixed with '");
    // The guard is part of the handover: a re-export reproduces the same manifest.
    const again = await cli('export', '--batch', 'FORMULA');
    expect(again.stdout).toBe((ok as PromiseFulfilledResult<{ stdout: string }>).value.stdout);
  }, 120_000);
});
