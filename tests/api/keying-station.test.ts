import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderFormSvg } from '../../server/src/sim/scan-svg.js';
import { exec, isPostgres } from '../../server/src/services/sql.js';
import { dbKinds, startTestApp, TEST_PASSWORD, type TestApp } from '../helpers/test-app.js';
import { CREATE_BATCH, keying, person } from '../helpers/fixtures.js';
import { graphql } from '../gql/index.js';

const CLAIM = graphql(`mutation KeyingStationClaim($b:ID){ claimNextKeying(batchId:$b){ id batchId batchCode formNumber claimedAt leaseUntil scanUrl scanType fields { key type required allowed } } }`);
const SAVE = graphql(`mutation KeyingStationSave($id:ID!,$k:LeasedKeyingInput!){ saveLeasedKeying(id:$id, keying:$k){ status } }`);
const SAVE_NEXT = graphql(`mutation KeyingStationSaveNext($id:ID!,$k:LeasedKeyingInput!,$b:ID){ saveLeasedKeying(id:$id, keying:$k, next:true, batchId:$b){ status next { id formNumber } } }`);
const FIGURES = graphql(`query KeyingStationFigures{ myKeyingFigures { keyedToday keyedThisWeek medianSecondsThisWeek reviewedForms fieldsReviewed fieldErrors errorRate } }`);
const LOGIN = graphql(`mutation KeyingStationLogin($u:String!,$p:String!){ login(username:$u,password:$p){ token } }`);
const TASK = graphql(`mutation KeyingStationClaimTask($b:ID){ claimNextTask(batchId:$b){ id form { formNumber imageRef } discrepancies { id fieldKey } } }`);
const RESOLVE = graphql(`mutation KeyingStationResolve($id:ID!,$r:[ResolutionInput!]!){ resolveTask(id:$id,resolutions:$r){ id status form { status } } }`);
const BATCH = graphql(`query KeyingStationBatch($id:ID!){ batch(id:$id){ status } }`);

const scanOf = (batchCode: string, formNumber: string) => Buffer.from(renderFormSvg(person(), { batchCode, formNumber, provinceName: 'Hà Nội' }));

describe.each(dbKinds())('keying station on %s', (kind) => {
  let t: TestApp;
  let origin: string;
  const batches: Record<string, string> = {};
  /** Clerks who sign in: keyer (KT1), keyer2 (KT2) and clerk3..clerk6 (KS3..KS6). */
  const clerks = ['keyer', 'keyer2', 'clerk3', 'clerk4', 'clerk5', 'clerk6'];

  beforeAll(async () => {
    // Small enough that a test can send a file over it.
    t = await startTestApp(kind, { SCAN_MAX_BYTES: '65536' });
    origin = new URL(t.url).origin;
    const em = t.app.orm.em.fork();
    for (let i = 3; i <= 6; i++) {
      await t.app.services.auth.createUser({ em, actor: null }, { username: `clerk${i}`, password: TEST_PASSWORD, role: 'KEYER', displayName: `Clerk ${i}`, keyerCode: `KS${i}` });
      t.tokens[`clerk${i}`] = (await t.gql(LOGIN, { u: `clerk${i}`, p: TEST_PASSWORD })).data.login.token;
    }
    for (const code of ['KS1', 'KS2', 'KS3', 'KS4']) {
      batches[code] = (await t.as('admin')(CREATE_BATCH, { i: { code, provinceCode: '001', district: 'Hoàn Kiếm', commune: 'Hàng Bạc' } })).data.createBatch.id;
    }
  });
  afterAll(async () => t?.close());

  const put = async (batch: string, file: string, body: Buffer, who: string | null = 'admin') => {
    const res = await fetch(`${origin}/scans/${encodeURIComponent(batch)}/${encodeURIComponent(file)}`, { method: 'PUT', headers: who ? { authorization: `Bearer ${t.tokens[who]}` } : {}, body: new Uint8Array(body) });
    return { status: res.status, body: (await res.json()) as any };
  };
  const register = async (batch: string, n: number) => {
    for (let i = 1; i <= n; i++) {
      const no = String(i).padStart(6, '0');
      expect(['IMPORTED', 'ALREADY_IMPORTED']).toContain((await put(batch, `${no}.svg`, scanOf(batch, no))).body.status);
    }
  };
  const claim = (who: string, b?: string) => t.as(who)(CLAIM, { b: b ? batches[b] : null });
  const save = (who: string, id: string, values: Record<string, unknown>, key = `ks-${id}-${who}`, illegibleFields: string[] = []) =>
    t.as(who)(SAVE, { id, k: { idempotencyKey: key, startedAt: new Date(Date.now() - 95_000).toISOString(), submittedAt: new Date().toISOString(), values, illegibleFields } });

  it('registers uploaded scans sealed, refuses what is not a whole image, a duplicate or an oversized file with its reason, and takes a re-sent file as already there', async () => {
    const svg = scanOf('KS1', '000001');
    expect(await put('KS1', '000001.svg', svg)).toMatchObject({ status: 200, body: { file: '000001.svg', formNumber: '000001', status: 'IMPORTED' } });
    expect(await put('KS1', '000001.svg', svg)).toMatchObject({ status: 200, body: { status: 'ALREADY_IMPORTED' } });
    expect(await put('KS1', '000002.svg', svg)).toMatchObject({ status: 422, body: { status: 'REFUSED', reason: expect.stringContaining('same image as form 000001 of batch KS1') } });
    expect(await put('KS1', '000001.svg', scanOf('KS1', 'other'))).toMatchObject({ status: 422, body: { reason: expect.stringContaining('already has a different scan') } });
    expect(await put('KS1', '000003.png', Buffer.from('not a picture at all'))).toMatchObject({ status: 422, body: { reason: expect.stringContaining('not an image') } });
    expect(await put('KS1', '000003.png', scanOf('KS1', '000003'))).toMatchObject({ status: 422, body: { reason: 'is named .png but holds a SVG image' } });
    expect(await put('KS1', '000003.svg', svg.subarray(0, 2000))).toMatchObject({ status: 422, body: { reason: expect.stringContaining('cut short') } });
    expect(await put('KS1', '000004.svg', Buffer.alloc(70_000, 0x20))).toMatchObject({ status: 413, body: { file: '000004.svg', status: 'REFUSED', reason: expect.stringContaining('MB allowed') } });
    expect((await put('KS1', '000005.svg', scanOf('KS1', '000005'), 'reviewer')).status).toBe(403);
    expect((await put('KS1', '000005.svg', scanOf('KS1', '000005'), 'keyer')).status).toBe(403);
    expect((await put('KS1', '000005.svg', scanOf('KS1', '000005'), null)).status).toBe(401);
    expect(await put('NOPE', '000005.svg', scanOf('KS1', '000005'))).toMatchObject({ status: 404, body: { errors: [{ extensions: { code: 'NOT_FOUND' } }] } });
    // Sealed on disk, nothing in clear; the refused files left nothing.
    const file = join(t.dataDir, 'scans', 'KS1', '000001.svg.sealed');
    expect(readFileSync(file, 'utf8').startsWith('dk1.')).toBe(true);
    // Nothing a sealed (base64url) text could hold by chance: markup, diacritics, spaces.
    expect(readFileSync(file, 'utf8')).not.toMatch(/<svg|Nguyễn|Văn An/);
    for (const no of ['000002', '000003', '000004']) expect(existsSync(join(t.dataDir, 'scans', 'KS1', `${no}.svg.sealed`))).toBe(false);
    const forms = await exec<{ form_number: string; status: string }[]>(t.app.orm.em.fork(), 'select form_number, status from form where batch_id = ? order by form_number', [batches.KS1]);
    expect(forms).toEqual([{ form_number: '000001', status: 'AWAITING_KEYINGS' }]);
    await register('KS1', 3);
  });

  it('hands each pass to one clerk, oldest first, keeps a held form, never says which pass, and shows the scan only to the clerk holding it', async () => {
    const a = await claim('keyer');
    expect(a.errors).toBeUndefined();
    const lease = a.data.claimNextKeying;
    expect(lease).toMatchObject({ batchCode: 'KS1', formNumber: '000001', scanUrl: '/scans/KS1/000001.svg', scanType: 'image/svg+xml' });
    expect(Object.keys(lease)).not.toContain('pass');
    expect(lease.fields.map((f) => f.key).slice(0, 3)).toEqual(['fullName', 'otherName', 'dateOfBirth']);
    expect(lease.fields.find((f) => f.key === 'ethnicity')!.allowed).toContain('Kinh');
    expect((await claim('keyer')).data.claimNextKeying.id).toBe(lease.id);
    const scan = await fetch(origin + lease.scanUrl, { headers: { authorization: `Bearer ${t.tokens.keyer}` } });
    expect(scan.status).toBe(200);
    expect(scan.headers.get('content-type')).toBe('image/svg+xml');
    expect(await scan.text()).toContain('<svg');
    // Not yet theirs: the same 404 as for a scan that does not exist.
    expect((await fetch(origin + lease.scanUrl, { headers: { authorization: `Bearer ${t.tokens.keyer2}` } })).status).toBe(404);
    const b = (await claim('keyer2')).data.claimNextKeying;
    expect(b).toMatchObject({ formNumber: '000001' });
    expect(b.id).not.toBe(lease.id);
    expect((await fetch(origin + b.scanUrl!, { headers: { authorization: `Bearer ${t.tokens.keyer2}` } })).status).toBe(200);
    // Reviewers, stations and API keys do not key here.
    for (const who of ['reviewer', 'station', 'admin']) expect((await claim(who)).errors[0].extensions.code).toBe('FORBIDDEN');
  });

  it('saves through the ingest: bad values refused per field keeping the lease, a retry is a duplicate, two blind keyings compared, reviewed, the batch ready', async () => {
    const a = (await claim('keyer', 'KS1')).data.claimNextKeying;
    const bad = await save('keyer', a.id, person({ citizenId: '00109001234', dateOfBirth: '31/02/1990', ethnicity: 'Kinhh' }));
    expect(bad.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(bad.errors[0].extensions.problems.map((p: { field: string }) => p.field).sort()).toEqual(['citizenId', 'dateOfBirth', 'ethnicity']);
    expect((await claim('keyer', 'KS1')).data.claimNextKeying.id).toBe(a.id);
    // Typed with a decomposed input method: stored as keyed, compared as NFC.
    const k = { idempotencyKey: 'ks-a-1', startedAt: new Date(Date.now() - 60_000).toISOString(), submittedAt: new Date().toISOString(), values: person({ fullName: 'Nguyễn Văn An'.normalize('NFD') }) };
    expect((await t.as('keyer')(SAVE, { id: a.id, k })).data.saveLeasedKeying.status).toBe('ACCEPTED');
    // A retry (the answer was lost): the same key, times and values.
    expect((await t.as('keyer')(SAVE, { id: a.id, k })).data.saveLeasedKeying.status).toBe('DUPLICATE');
    // The same key for other content is refused, nothing doubled.
    expect((await t.as('keyer')(SAVE, { id: a.id, k: { ...k, values: person({ phone: '0999999999' }) } })).errors[0].extensions.code).toBe('CONFLICT');
    const [{ n }] = await exec<{ n: number | string }[]>(t.app.orm.em.fork(), "select count(*) as n from keying where idempotency_key = 'ks-a-1'");
    expect(Number(n)).toBe(1);

    // A whole batch: one form, two clerks, one field different.
    await register('KS2', 1);
    const k1 = (await claim('keyer', 'KS2')).data.claimNextKeying;
    const k2 = (await claim('keyer2', 'KS2')).data.claimNextKeying;
    expect([k1.formNumber, k2.formNumber]).toEqual(['000001', '000001']);
    expect((await claim('clerk3', 'KS2')).data.claimNextKeying).toBeNull();
    expect((await save('keyer', k1.id, person())).data.saveLeasedKeying.status).toBe('ACCEPTED');
    expect((await save('keyer2', k2.id, person({ phone: '0912345679' }))).data.saveLeasedKeying.status).toBe('ACCEPTED');
    expect((await claim('keyer', 'KS2')).data.claimNextKeying).toBeNull();
    const task = (await t.as('reviewer')(TASK, { b: batches.KS2 })).data.claimNextTask;
    expect(task.form).toMatchObject({ formNumber: '000001', imageRef: '/scans/KS2/000001.svg' });
    expect(task.discrepancies.map((d) => d.fieldKey)).toEqual(['phone']);
    // The reviewer holding the task sees the registered scan; the clerks no longer do.
    expect((await fetch(origin + task.form.imageRef, { headers: { authorization: `Bearer ${t.tokens.reviewer}` } })).status).toBe(200);
    expect((await fetch(origin + task.form.imageRef, { headers: { authorization: `Bearer ${t.tokens.keyer}` } })).status).toBe(404);
    const resolved = await t.as('reviewer')(RESOLVE, { id: task.id, r: [{ discrepancyId: task.discrepancies[0].id, choice: 'FIRST' }] });
    expect(resolved.data.resolveTask).toMatchObject({ status: 'RESOLVED', form: { status: 'VERIFIED' } });
    expect((await t.as('admin')(BATCH, { id: batches.KS2 })).data.batch.status).toBe('READY');
  });

  it("gives each clerk their own figures: today's and this week's forms, the median time, the error rate of their reviewed forms", async () => {
    const mine = (await t.as('keyer2')(FIGURES)).data.myKeyingFigures;
    expect(mine).toMatchObject({ keyedToday: 1, keyedThisWeek: 1, medianSecondsThisWeek: 95, reviewedForms: 1, fieldErrors: 1 });
    expect(mine.errorRate).toBeCloseTo(1 / mine.fieldsReviewed, 6);
    const other = (await t.as('keyer')(FIGURES)).data.myKeyingFigures;
    expect(other).toMatchObject({ keyedToday: 2, reviewedForms: 1, fieldErrors: 0, errorRate: 0 });
    expect((await t.as('clerk3')(FIGURES)).data.myKeyingFigures).toMatchObject({ keyedToday: 0, reviewedForms: 0, errorRate: null, medianSecondsThisWeek: null });
    expect((await t.as('manager')(FIGURES)).errors[0].extensions.code).toBe('FORBIDDEN');
  });

  it('under concurrent claims never gives one pass to two clerks, nor both passes of a form to one clerk', async () => {
    await register('KS3', 8);
    const held = new Map<string, string>();
    // Two tabs of one clerk asking at once get the same form.
    const [x, y] = await Promise.all([claim('clerk3', 'KS3'), claim('clerk3', 'KS3')]);
    expect(x.data.claimNextKeying.id).toBe(y.data.claimNextKeying.id);
    for (let round = 0; round < 10; round++) {
      const leases = await Promise.all(clerks.map((c) => claim(c, 'KS3')));
      const got = leases.map((r, i) => ({ clerk: clerks[i], lease: r.data.claimNextKeying }));
      const ids = got.filter((g) => g.lease).map((g) => g.lease!.id);
      expect(new Set(ids).size).toBe(ids.length);
      if (!ids.length) break;
      await Promise.all(got.filter((g) => g.lease).map(async (g) => {
        held.set(g.lease!.id, g.clerk);
        expect((await save(g.clerk, g.lease!.id, person())).data.saveLeasedKeying.status).toBe('ACCEPTED');
      }));
    }
    expect(held.size).toBe(16);
    const rows = await exec<{ form_number: string; pass: number; keyer_code: string }[]>(t.app.orm.em.fork(), 'select f.form_number, k.pass, k.keyer_code from keying k join form f on f.id = k.form_id where f.batch_id = ? order by f.form_number, k.pass', [batches.KS3]);
    expect(rows).toHaveLength(16);
    for (let i = 0; i < 16; i += 2) expect(rows[i].keyer_code).not.toBe(rows[i + 1].keyer_code);
  });

  it("does not hand out a pass a station keyed; a lease that ran out goes to the next clerk and the first one's save is refused", async () => {
    await register('KS4', 1);
    const r = await t.submit([keying('KS4', '000001', 1, 'KT1', person())]);
    expect(r.data.submitKeyings[0].status).toBe('ACCEPTED');
    // KT1 (keyer) keyed pass 1 at a station: never handed pass 2.
    expect((await claim('keyer', 'KS4')).data.claimNextKeying).toBeNull();
    const a = (await claim('keyer2', 'KS4')).data.claimNextKeying;
    expect(a.formNumber).toBe('000001');
    expect((await claim('clerk3', 'KS4')).data.claimNextKeying).toBeNull();
    const em = t.app.orm.em.fork();
    await exec(em, 'update keying_work set lease_until = ? where id = ?', [isPostgres(em) ? new Date(Date.now() - 1000) : Date.now() - 1000, t.app.services.vault.leaseWork(a.id)], 'run');
    const b = (await claim('clerk3', 'KS4')).data.claimNextKeying;
    expect(b.id).toBe(a.id);
    expect((await save('keyer2', a.id, person())).errors[0].extensions.code).toBe('LEASE_EXPIRED');
    expect((await fetch(origin + a.scanUrl!, { headers: { authorization: `Bearer ${t.tokens.keyer2}` } })).status).toBe(404);
    // The save and the next form in one request: here nothing is left in the batch.
    await register('KS4', 2);
    const k = { idempotencyKey: `ks-${b.id}-next`, startedAt: new Date(Date.now() - 60_000).toISOString(), submittedAt: new Date().toISOString(), values: person() };
    const saved = await t.as('clerk3')(SAVE_NEXT, { id: b.id, k, b: batches.KS4 });
    expect(saved.data.saveLeasedKeying).toMatchObject({ status: 'ACCEPTED', next: { formNumber: '000002' } });
    // A retry of it: stored once, the same next form.
    expect((await t.as('clerk3')(SAVE_NEXT, { id: b.id, k, b: batches.KS4 })).data.saveLeasedKeying).toMatchObject({ status: 'DUPLICATE', next: { id: saved.data.saveLeasedKeying.next.id } });
  });

  it('never lets a save take a form the queue did not hand out: not unclaimed work, not the work another clerk held last; the last holder may still save', async () => {
    const code = 'KS5';
    batches[code] = (await t.as('admin')(CREATE_BATCH, { i: { code, provinceCode: '001', district: 'Hoàn Kiếm', commune: 'Hàng Bạc' } })).data.createBatch.id;
    await register(code, 2);
    const em = t.app.orm.em.fork();
    const work = await exec<{ id: number; form_number: string; pass: number }[]>(em, 'select w.id, f.form_number, w.pass from keying_work w join form f on f.id = w.form_id where w.batch_id = ? order by f.form_number, w.pass', [batches[code]]);
    expect(work).toHaveLength(4);
    const stored = async () => Number((await exec<{ n: number }[]>(em, 'select count(*) as n from keying k join form f on f.id = k.form_id where f.batch_id = ?', [batches[code]]))[0].n);
    // clerk4 holds the first form's first pass; clerk5 and clerk6 save into passes nobody handed them, with the same values.
    const held = (await claim('clerk4', code)).data.claimNextKeying;
    expect(t.app.services.vault.leaseWork(held.id)).toBe(Number(work[0].id));
    for (const [who, w] of [['clerk5', work[1]], ['clerk6', work[3]], ['clerk6', work[0]]] as const) {
      const r = await save(who, t.app.services.vault.leaseRef(Number(w.id)), person());
      expect(r.errors?.[0].extensions.code, `${who} on work ${w.id}`).toBe('LEASE_EXPIRED');
    }
    expect(await stored()).toBe(0);
    const rows = await exec<{ status: string; claimed_by_id: number | null }[]>(em, 'select status, claimed_by_id from keying_work where id in (?, ?) order by id', [work[1].id, work[3].id]);
    expect(rows.map((r) => r.status)).toEqual(['OPEN', 'OPEN']);
    // clerk4's lease runs out and goes back to the queue: clerk5 may not save into it, clerk4 still may.
    await exec(em, 'update keying_work set lease_until = ? where id = ?', [isPostgres(em) ? new Date(Date.now() - 1000) : Date.now() - 1000, t.app.services.vault.leaseWork(held.id)], 'run');
    await t.app.services.keyingWork.expireLeases(t.app.orm.em.fork());
    expect((await save('clerk5', held.id, person())).errors?.[0].extensions.code).toBe('LEASE_EXPIRED');
    expect((await save('clerk4', held.id, person())).data.saveLeasedKeying.status).toBe('ACCEPTED');
    expect(await stored()).toBe(1);
    // Its other pass is never handed to the clerk who keyed this one.
    const next = (await claim('clerk4', code)).data.claimNextKeying;
    expect(next.formNumber).toBe('000002');
    // Lease ids say nothing of the pass: not the work's own ids, and a made-up one is no lease.
    const ids = [held.id, next.id];
    for (const id of ids) expect(id).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect((await save('clerk4', String(work[2].id), person())).errors?.[0].extensions.code).toBe('NOT_FOUND');
  });
});
