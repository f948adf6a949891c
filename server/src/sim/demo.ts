import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { App } from '../app.js';
import { Batch, CorrectionTask, Discrepancy, Form, FormTemplate, User } from '../db/entities/index.js';
import type { Role } from '../domain/roles.js';
import { fieldMap } from '../domain/template.js';
import { generateCampaign } from './campaign.js';
import type { Actor } from '../services/context.js';
import type { DiscrepancyResolution } from '../services/task.service.js';
import { writeDemoScans } from './demo-scans.js';
import { PROVINCE_NAME_BY_CODE } from './provinces.js';
import { renderFormSvg } from './scan-svg.js';

export interface DemoAccounts {
  file: string;
  users: { role: Role; username: string; password: string }[];
}

const DEMO_SEED = 20261127;

/** The demo batch whose scans wait to be imported and keyed in the dashboard (README: the keying station). */
export const DEMO_KEYING_BATCH = 'NHAP-DEMO-01';
export const DEMO_KEYING_FORMS = 10;

/**
 * Development only: a scanner's output for DEMO_KEYING_BATCH, one SVG per form, in
 * DATA_DIR/demo-scans/<batch>/ (owner-only, like everything in DATA_DIR). Simulated people, but
 * pictures of personal data all the same: import-scans seals them into the scan store.
 */
function writeScansToImport(dataDir: string): { provinceCode: string; district: string; commune: string } {
  const c = generateCampaign(DEMO_SEED + 1, { forms: DEMO_KEYING_FORMS, batchSize: DEMO_KEYING_FORMS, provinces: 1, clerks: 2, baseErrorRate: 0 });
  const b = c.batches[0];
  const dir = join(dataDir, 'demo-scans', DEMO_KEYING_BATCH);
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  for (const f of b.forms) {
    const svg = renderFormSvg(f.truth, { batchCode: DEMO_KEYING_BATCH, formNumber: f.formNumber, provinceName: PROVINCE_NAME_BY_CODE[b.provinceCode] });
    writeFileSync(join(dir, `${f.formNumber}.svg`), svg, { mode: 0o600 });
  }
  return { provinceCode: b.provinceCode, district: b.district, commune: b.commune };
}

/** The demo campaign (deterministic): tests regenerate it to know the true values. */
export const demoCampaign = (forms: number) => generateCampaign(DEMO_SEED, { forms, batchSize: 50, provinces: 3, clerks: 12, baseErrorRate: 0.008 });

/**
 * Development only: on an empty database, create one account per role and a small campaign from
 * the simulator (both passes keyed, realistic mistakes), then resolve about half of the review
 * tasks from the ground truth so the dashboard shows every state.
 */
export async function seedDemoIfEmpty(app: App, opts: { forms: number }): Promise<DemoAccounts | null> {
  const file = join(app.config.dataDir, 'demo-accounts.json');
  const em = app.orm.em.fork();
  if ((await em.count(User, {})) > 0) {
    if (!existsSync(file)) return null;
    return { file, users: JSON.parse(readFileSync(file, 'utf8')) };
  }
  const campaign = demoCampaign(opts.forms);
  // Pictures of the filled forms (their true values), so the review screen shows a real scan.
  if (opts.forms <= 5000) writeDemoScans(app.services.scans, campaign.batches);
  const users: DemoAccounts['users'] = [];
  const make = async (username: string, role: Role, displayName: string, keyerCode: string | null = null) => {
    const password = randomBytes(9).toString('base64url');
    const u = await app.services.auth.createUser({ em, actor: null }, { username, password, role, displayName, keyerCode });
    users.push({ role, username, password });
    return u;
  };
  await make('admin', 'ADMIN', 'Quản trị viên');
  await make('manager', 'MANAGER', 'Trần Thị Quản Lý');
  const reviewer = await make('reviewer', 'REVIEWER', 'Lê Văn Duyệt');
  // Also a clerk of the campaign: the queue never offers this reviewer forms they keyed.
  await make('reviewer2', 'REVIEWER', 'Phạm Thị Kiểm', campaign.clerks[0].code);
  // A clerk who signs in and keys as themselves; the campaign's other clerks are registered
  // without a password (their keyings arrive through the stations).
  await make('keyer', 'KEYER', 'Đỗ Thị Nhập', campaign.clerks[1].code);
  // A second clerk who signs in: two are needed to key a form twice in the keying screen (/key).
  await make('keyer2', 'KEYER', 'Vũ Văn Gõ', campaign.clerks[2].code);
  await app.services.auth.registerClerks({ em, actor: null }, campaign.clerks.slice(3).map((c, i) => ({ keyerCode: c.code, displayName: `Nhân viên nhập liệu ${i + 4}` })));
  // Two stations: the two passes of a form never come through one credential.
  const stations = [await make('station', 'STATION', 'Trạm nhập liệu 01'), await make('station2', 'STATION', 'Trạm nhập liệu 02')];
  await make('consumer', 'CONSUMER', 'CSDL quốc gia về dân cư');
  writeFileSync(file, JSON.stringify(users, null, 2), { mode: 0o600 });

  const template = await em.findOneOrFail(FormTemplate, { code: 'dc01' }, { orderBy: { version: 'desc' } });
  for (const b of campaign.batches) {
    em.create(Batch, { code: b.code, template, provinceCode: b.provinceCode, district: b.district, commune: b.commune, status: 'OPEN', createdAt: new Date() });
  }
  // A batch waiting to be keyed: its scans come as a scanner leaves them, for import-scans.
  if (opts.forms <= 5000) {
    const waiting = writeScansToImport(app.config.dataDir);
    em.create(Batch, { code: DEMO_KEYING_BATCH, template, provinceCode: waiting.provinceCode, district: waiting.district, commune: waiting.commune, status: 'OPEN', createdAt: new Date() });
  }
  await em.flush();

  const stationActors: Actor[] = stations.map((s) => ({ userId: s.id, username: s.username, role: 'STATION', keyerCode: null }));
  const truth = new Map<string, Record<string, string | null>>();
  let chunk: Parameters<App['services']['ingest']['submit']>[1] = [];
  const flush = async () => {
    for (const pass of [1, 2]) {
      const mine = chunk.filter((k) => k.pass === pass);
      if (mine.length) await app.services.ingest.submit({ em: app.orm.em.fork(), actor: stationActors[pass - 1] }, mine);
    }
    chunk = [];
  };
  for (const b of campaign.batches) {
    for (const f of b.forms) {
      truth.set(`${b.code}/${f.formNumber}`, f.truth);
      for (const [pass, k] of [[1, f.pass1], [2, f.pass2]] as const) {
        chunk.push({
          idempotencyKey: `demo/${b.code}/${f.formNumber}/${pass}`,
          batchCode: b.code,
          formNumber: f.formNumber,
          pass,
          keyerCode: k.keyerCode,
          stationCode: pass === 1 ? 'TRAM-01' : 'TRAM-02',
          startedAt: k.startedAt,
          submittedAt: k.submittedAt,
          values: k.values,
          imageRef: `/scans/${b.code}/${f.formNumber}.svg`,
        });
        if (chunk.length >= 500) await flush();
      }
    }
  }
  await flush();

  // Resolve about half of the tasks the way a careful reviewer would: from the ground truth.
  const fields = fieldMap(template);
  const reviewerActor: Actor = { userId: reviewer.id, username: reviewer.username, role: 'REVIEWER', keyerCode: null };
  const open = await app.orm.em.fork().count(CorrectionTask, { status: 'OPEN' });
  for (let i = 0; i < Math.floor(open / 2); i++) {
    const ctx = { em: app.orm.em.fork(), actor: reviewerActor };
    const task = await app.services.tasks.claimNext(ctx);
    if (!task) break;
    const form = await ctx.em.findOneOrFail(Form, task.form.id, { populate: ['batch'] });
    const t = truth.get(`${form.batch.code}/${form.formNumber}`) ?? {};
    const ds = await ctx.em.find(Discrepancy, { task: task.id });
    const resolutions: DiscrepancyResolution[] = ds.map((d) => {
      const field = fields.get(d.fieldKey)!;
      const want = t[d.fieldKey] ?? null;
      // Sensitive values are stored sealed: compare what the clerks typed, not the ciphertext.
      const v1 = app.services.vault.openField(d.form.id, d.fieldKey, d.value1);
      const v2 = app.services.vault.openField(d.form.id, d.fieldKey, d.value2);
      if (app.services.comparator.same(field, v1, want)) return { discrepancyId: d.id, choice: 'FIRST' };
      if (app.services.comparator.same(field, v2, want)) return { discrepancyId: d.id, choice: 'SECOND' };
      return { discrepancyId: d.id, choice: 'VALUE', value: want };
    });
    // The demo's reviewer types the truth from the scan: where the truth fails a check it is right anyway.
    await app.services.tasks.resolve({ em: app.orm.em.fork(), actor: reviewerActor }, task.id, resolutions, 'as on the scan');
  }
  return { file, users };
}
