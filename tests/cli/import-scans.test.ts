import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../server/src/config.js';
import { createApp } from '../../server/src/app.js';
import { Batch, FormTemplate } from '../../server/src/db/entities/index.js';
import { exec } from '../../server/src/services/sql.js';

const run = promisify(execFile);
const dir = mkdtempSync(join(tmpdir(), 'dualkey-import-scans-'));
const env = { ...process.env, DATA_DIR: dir, DATABASE_URL: `sqlite:${join(dir, 'x.sqlite')}`, LOG_LEVEL: 'silent' };
const config = () => loadConfig({ DATA_DIR: dir, DATABASE_URL: env.DATABASE_URL, SEED_DEMO: '0' } as NodeJS.ProcessEnv);
/** Exit code, stdout and stderr, whatever the exit code. */
const cli = async (...args: string[]) => {
  try {
    const r = await run(process.execPath, ['--import', '@swc-node/register/esm-register', 'server/src/cli/main.ts', 'import-scans', ...args], { env });
    return { code: 0, stdout: r.stdout, stderr: r.stderr };
  } catch (e) {
    const x = e as { code: number; stdout: string; stderr: string };
    return { code: x.code, stdout: x.stdout, stderr: x.stderr };
  }
};

// A real 1×1 PNG, a minimal PDF page, an SVG form; a JPEG cut short (a copy interrupted).
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64');
const PDF = Buffer.from('%PDF-1.4\n1 0 obj <</Type /Catalog /Pages 2 0 R>> endobj\n2 0 obj <</Type /Pages /Kids [] /Count 0>> endobj\ntrailer <</Root 1 0 R>>\n%%EOF\n', 'latin1');
const SVG = (n: string) => Buffer.from(`<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><text>Phiếu ${n}</text></svg>\n`);
const BROKEN_JPEG = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10]), Buffer.from('JFIF'), Buffer.alloc(200, 7)]);

describe('npm run cli -- import-scans', () => {
  const folder = join(dir, 'in');
  beforeAll(async () => {
    const app = await createApp(config());
    const em = app.orm.em.fork();
    em.create(Batch, { code: 'IMP', template: await em.findOneOrFail(FormTemplate, { code: 'dc01' }), provinceCode: '001', district: 'D', commune: 'C', status: 'OPEN', createdAt: new Date() });
    await em.flush();
    await app.close();
    mkdirSync(folder);
    writeFileSync(join(folder, '000001.svg'), SVG('1'));
    writeFileSync(join(folder, '000002.png'), PNG);
    writeFileSync(join(folder, '000003.jpg'), BROKEN_JPEG);
    writeFileSync(join(folder, '000004.pdf'), PDF);
    writeFileSync(join(folder, 'notes.txt'), 'scanned on 2 November');
    writeFileSync(join(folder, '000005.svg'), SVG('1'));
  }, 60_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('--help explains and does nothing; mistakes in the command line are refused before anything happens', async () => {
    const empty = mkdtempSync(join(tmpdir(), 'dualkey-import-help-'));
    const help = await run(process.execPath, ['--import', '@swc-node/register/esm-register', 'server/src/cli/main.ts', 'import-scans', '--help', '--batch', 'IMP', folder], { env: { ...env, DATA_DIR: empty, DATABASE_URL: `sqlite:${join(empty, 'x.sqlite')}` } });
    expect(help.stdout).toContain('usage: npm run cli -- import-scans --batch CODE DIR');
    expect(readdirSync(empty)).toEqual([]);
    rmSync(empty, { recursive: true, force: true });
    expect(await cli(folder)).toMatchObject({ code: 2, stderr: expect.stringContaining('--batch CODE is required') });
    expect(await cli('--batch', 'IMP')).toMatchObject({ code: 2, stderr: expect.stringContaining('expected 1 argument') });
    expect(await cli('--batch', 'IMP', '--force', folder)).toMatchObject({ code: 2, stderr: expect.stringContaining("'--force'") });
    expect(await cli('--batch', 'NOPE', folder)).toMatchObject({ code: 2, stderr: expect.stringContaining('batch "NOPE" does not exist') });
    expect(await cli('--batch', 'IMP', join(dir, 'missing'))).toMatchObject({ code: 2, stderr: expect.stringContaining('cannot read folder') });
  }, 60_000);

  it('registers every image, reports each bad file with its reason, and a re-run registers only what is missing', async () => {
    const first = await cli('--batch', 'IMP', folder);
    expect(first.code).toBe(1);
    expect(first.stdout).toBe('batch IMP: imported 3, already imported 0, refused 3\n');
    expect(first.stderr).toContain('000003.jpg: is a damaged JPEG (cut short: no end marker)');
    expect(first.stderr).toContain('notes.txt: is not an image (PNG, JPEG, PDF or SVG)');
    expect(first.stderr).toContain('000005.svg: is the same image as form 000001 of batch IMP (a duplicate)');
    expect(readdirSync(join(dir, 'scans', 'IMP')).sort()).toEqual(['000001.svg.sealed', '000002.png.sealed', '000004.pdf.sealed']);

    // The broken file rescanned, the others left as they were: only it is new.
    writeFileSync(join(folder, '000003.jpg'), Buffer.concat([BROKEN_JPEG, Buffer.from([0xff, 0xd9])]));
    rmSync(join(folder, 'notes.txt'));
    rmSync(join(folder, '000005.svg'));
    const again = await cli('--batch', 'IMP', folder);
    expect(again).toMatchObject({ code: 0, stdout: 'batch IMP: imported 1, already imported 3, refused 0\n' });

    const app = await createApp(config());
    const em = app.orm.em.fork();
    const forms = await exec<{ form_number: string; status: string; passes: number | string }[]>(em, `select f.form_number, f.status, (select count(*) from keying_work w where w.form_id = f.id and w.status = 'OPEN') as passes from form f order by f.form_number`);
    expect(forms.map((f) => [f.form_number, f.status, Number(f.passes)])).toEqual(['000001', '000002', '000003', '000004'].map((n) => [n, 'AWAITING_KEYINGS', 2]));
    const scans = await exec<{ format: string }[]>(em, 'select format from scan order by form_id');
    expect(scans.map((s) => s.format)).toEqual(['svg', 'png', 'pdf', 'jpg']);
    expect(app.services.scans.readAny('IMP', '000002')).toEqual({ bytes: PNG, format: 'png' });
    await app.close();
  }, 120_000);

  it('takes form numbers from manifest.csv, and reports files it does not list', async () => {
    const m = join(dir, 'manifest');
    mkdirSync(m);
    writeFileSync(join(m, 'scan-a.svg'), SVG('a'));
    writeFileSync(join(m, 'scan-b.svg'), SVG('b'));
    writeFileSync(join(m, 'manifest.csv'), 'file,formNumber\nscan-a.svg,000010\nscan-c.svg,000012\n');
    const r = await cli('--batch', 'IMP', m);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('batch IMP: imported 1, already imported 0, refused 2\n');
    expect(r.stderr).toContain('scan-b.svg: is not listed in manifest.csv');
    expect(r.stderr).toContain('scan-c.svg: is listed in manifest.csv but not in the folder');
    expect(existsSync(join(dir, 'scans', 'IMP', '000010.svg.sealed'))).toBe(true);
  }, 60_000);
});
