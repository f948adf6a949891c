import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dbKinds, startTestApp, type TestApp } from '../helpers/test-app.js';
import { CREATE_BATCH, keying, person } from '../helpers/fixtures.js';
import { graphql } from '../gql/index.js';

const CLAIM = graphql(`mutation WorkflowClaimNextTask($b:ID){ claimNextTask(batchId:$b){ id kind status escalated note form { id formNumber } discrepancies { id fieldKey value1 value2 value3 } comments { text author { username } } } }`);
const RESOLVE = graphql(`mutation WorkflowResolveTask($id:ID!,$r:[ResolutionInput!]!){ resolveTask(id:$id,resolutions:$r){ id status form { id status verifiedRecord { values { key value source } } discrepancies { fieldKey finalValue outcome } } } }`);
const FORM = graphql(`query WorkflowForm($id:ID!){ form(id:$id){ status task { id status escalated note } keyings { pass keyerCode fieldsKeyed errorCount } discrepancies { fieldKey value3 outcome finalValue } verifiedRecord { values { key value source } } } }`);

const agreeing = (batch: string, no: string, over: Record<string, string | null> = {}) => [
  keying(batch, no, 1, 'KT1', person(over)),
  keying(batch, no, 2, 'KT2', person(over)),
];
/** First keying right, second with a wrong phone digit and a dropped diacritic. */
const disputed = (batch: string, no: string) => [
  keying(batch, no, 1, 'KT1', person()),
  keying(batch, no, 2, 'KT2', person({ phone: '0912345679', fullName: 'Nguyen Văn An' })),
];
const sha = (f: string) => createHash('sha256').update(readFileSync(f)).digest('hex');

describe.each(dbKinds())('review workflow on %s', (kind) => {
  let t: TestApp;
  let batchIds: Record<string, string> = {};
  const reviewer = () => t.as('reviewer');
  const manager = () => t.as('manager');

  beforeAll(async () => {
    t = await startTestApp(kind);
    for (const [code, extra] of [['W', {}], ['SC', { spotCheckEvery: 2 }], ['H', {}], ['EV', {}]] as const) {
      const r = await t.as('admin')(CREATE_BATCH, { i: { code, provinceCode: '001', district: 'D', commune: 'C', ...extra } });
      expect(r.errors).toBeUndefined();
      batchIds[code] = r.data.createBatch.id;
    }
  });
  afterAll(async () => t?.close());

  it('escalates with a required comment to a manager, who gets escalated tasks first', async () => {
    await t.submit([...disputed('W', 'E1'), ...disputed('W', 'E2')]);
    const c = (await reviewer()(CLAIM, { b: batchIds.W })).data.claimNextTask;
    expect(c.form.formNumber).toBe('E1');
    const noComment = await reviewer()(graphql(`mutation WorkflowEscalateTask($id:ID!){ escalateTask(id:$id, comment:"  "){ id } }`), { id: c.id });
    expect(noComment.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', problems: [{ field: 'comment', reason: 'is required' }] });
    const e = await reviewer()(graphql(`mutation WorkflowEscalateTask2($id:ID!){ escalateTask(id:$id, comment:"Chữ ký khó đọc, nhờ trưởng nhóm xem"){ status escalated } }`), { id: c.id });
    expect(e.data.escalateTask).toEqual({ status: 'ESCALATED', escalated: true });
    // A reviewer never gets it back; the queue moves on to E2.
    expect((await reviewer()(CLAIM, { b: batchIds.W })).data.claimNextTask.form.formNumber).toBe('E2');
    const m = (await manager()(CLAIM, { b: batchIds.W })).data.claimNextTask;
    expect(m).toMatchObject({ id: c.id, status: 'CLAIMED', escalated: true, comments: [{ text: 'Chữ ký khó đọc, nhờ trưởng nhóm xem', author: { username: 'reviewer' } }] });
    const rel = await manager()(graphql(`mutation WorkflowReleaseTask($id:ID!){ releaseTask(id:$id){ status } }`), { id: c.id });
    expect(rel.data.releaseTask.status).toBe('ESCALATED');
    const again = (await manager()(CLAIM, { b: batchIds.W })).data.claimNextTask;
    const r = await manager()(RESOLVE, { id: again.id, r: again.discrepancies.map((d: any) => ({ discrepancyId: d.id, choice: 'FIRST' as const })) });
    expect(r.data.resolveTask.form.status).toBe('VERIFIED');
    await manager()(graphql(`mutation WorkflowAddTaskComment($id:ID!,$t:String!){ addTaskComment(taskId:$id, text:$t){ id } }`), { id: c.id, t: 'Đã xử lý' });
    const task = await reviewer()(graphql(`query WorkflowCorrectionTask($id:ID!){ correctionTask(id:$id){ comments { text } } }`), { id: c.id });
    expect(task.data.correctionTask.comments.map((x: any) => x.text)).toEqual(['Chữ ký khó đọc, nhờ trưởng nhóm xem', 'Đã xử lý']);
  });

  it('settles a re-key automatically when the third clerk agrees with one keying', async () => {
    const held = (await reviewer()(CLAIM, { b: batchIds.W })).data.claimNextTask; // E2, still held
    expect((await reviewer()(graphql(`mutation WorkflowRequestRekey($id:ID!){ requestRekey(id:$id){ status claimedBy { id } } }`), { id: held.id })).data.requestRekey).toEqual({ status: 'REKEY_REQUESTED', claimedBy: null });
    const third = (values: Record<string, string | null>, keyer = 'KT3', key = 'W/E2/3') => keying('W', 'E2', 3, keyer, values, { idempotencyKey: key });
    const byFirstClerk = await t.submit([third({ phone: '0912345678', fullName: 'Nguyễn Văn An' }, 'KT1', 'x1')]);
    expect(byFirstClerk.data.submitKeyings[0].code).toBe('SAME_KEYER');
    const tooMuch = await t.submit([third({ phone: '0912345678', fullName: 'Nguyễn Văn An', religion: 'Không' }, 'KT3', 'x2')]);
    expect(tooMuch.data.submitKeyings[0].problems).toEqual([{ field: 'values.religion', reason: 'is not a disputed field of this form' }]);
    const tooLittle = await t.submit([third({ phone: '0912345678' }, 'KT3', 'x3')]);
    expect(tooLittle.data.submitKeyings[0].problems).toEqual([{ field: 'values.fullName', reason: 'is disputed and must be keyed' }]);
    const ok = await t.submit([third({ phone: '0912 345 678', fullName: 'nguyễn văn an' })]);
    expect(ok.data.submitKeyings[0]).toMatchObject({ status: 'ACCEPTED', formStatus: 'VERIFIED' });
    const f = (await t.as('admin')(FORM, { id: held.form.id })).data.form;
    expect(f.task.status).toBe('RESOLVED');
    expect(f.discrepancies).toEqual([
      { fieldKey: 'fullName', value3: 'nguyễn văn an', outcome: 'FIRST_CORRECT', finalValue: 'Nguyễn Văn An' },
      { fieldKey: 'phone', value3: '0912 345 678', outcome: 'FIRST_CORRECT', finalValue: '0912345678' },
    ]);
    expect(f.keyings).toEqual([
      { pass: 1, keyerCode: 'KT1', fieldsKeyed: 27, errorCount: 0 },
      { pass: 2, keyerCode: 'KT2', fieldsKeyed: 27, errorCount: 2 },
      { pass: 3, keyerCode: 'KT3', fieldsKeyed: 2, errorCount: 0 },
    ]);
    const src = Object.fromEntries(f.verifiedRecord.values.map((v: any) => [v.key, v.source]));
    expect([src.fullName, src.phone]).toEqual(['FIRST', 'FIRST']);
  });

  it('returns a re-keyed task to review with all three values when the third clerk agrees with nobody', async () => {
    await t.submit(disputed('W', 'E3'));
    const c = (await reviewer()(CLAIM, { b: batchIds.W })).data.claimNextTask;
    await reviewer()(graphql(`mutation RequestRekey($id:ID!){ requestRekey(id:$id){ status } }`), { id: c.id });
    const r = await t.submit([keying('W', 'E3', 3, 'KT3', { phone: '0912345670', fullName: 'Nguyễn Văn Ân' })]);
    expect(r.data.submitKeyings[0].formStatus).toBe('IN_REVIEW');
    const back = (await reviewer()(CLAIM, { b: batchIds.W })).data.claimNextTask;
    expect(back.id).toBe(c.id);
    expect(back.discrepancies.map((d: any) => [d.fieldKey, d.value3])).toEqual([['fullName', 'Nguyễn Văn Ân'], ['phone', '0912345670']]);
    const res = await reviewer()(RESOLVE, {
      id: back.id,
      r: [
        { discrepancyId: back.discrepancies[0].id, choice: 'THIRD' },
        { discrepancyId: back.discrepancies[1].id, choice: 'FIRST' },
      ],
    });
    expect(res.data.resolveTask.form.discrepancies).toEqual([
      { fieldKey: 'fullName', finalValue: 'Nguyễn Văn Ân', outcome: 'BOTH_WRONG' },
      { fieldKey: 'phone', finalValue: '0912345678', outcome: 'FIRST_CORRECT' },
    ]);
    const f = (await t.as('admin')(FORM, { id: c.form.id })).data.form;
    expect(f.keyings.map((k: any) => k.errorCount)).toEqual([1, 2, 1]);
  });

  it('rejects an unreadable form with a reason, and brings it back on rescan', async () => {
    await t.submit(disputed('W', 'E4'));
    const c = (await reviewer()(CLAIM, { b: batchIds.W })).data.claimNextTask;
    const noReason = await reviewer()(graphql(`mutation WorkflowRejectForm($id:ID!){ rejectForm(taskId:$id, reason:""){ id } }`), { id: c.id });
    expect(noReason.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    const r = await reviewer()(graphql(`mutation WorkflowRejectForm2($id:ID!){ rejectForm(taskId:$id, reason:"Ảnh quét bị mờ"){ status note form { status } } }`), { id: c.id });
    expect(r.data.rejectForm).toEqual({ status: 'REJECTED', note: 'Ảnh quét bị mờ', form: { status: 'REJECTED' } });
    expect((await reviewer()(graphql(`mutation WorkflowRescanForm($id:ID!){ rescanForm(id:$id, imageRef:"/scans/W/E4-v2.svg"){ status } }`), { id: c.form.id })).errors[0].extensions.code).toBe('FORBIDDEN');
    const back = await t.as('admin')(graphql(`mutation WorkflowRescanForm2($id:ID!){ rescanForm(id:$id, imageRef:"/scans/W/E4-v2.svg"){ status imageRef task { status } } }`), { id: c.form.id });
    expect(back.data.rescanForm).toEqual({ status: 'IN_REVIEW', imageRef: '/scans/W/E4-v2.svg', task: { status: 'OPEN' } });
  });

  it('refuses invalid moves with INVALID_TRANSITION, and a reviewer never touches a form they keyed', async () => {
    await t.submit([keying('W', 'E5', 1, 'KT9001', person()), keying('W', 'E5', 2, 'KT2', person({ phone: null }))]);
    // reviewer2 is clerk KT9001: the queue skips E5 for them, even when it is the only task left in the batch.
    const r2 = await t.as('reviewer2')(CLAIM, { b: batchIds.W });
    expect(r2.data.claimNextTask?.form.formNumber ?? null).not.toBe('E5');
    if (r2.data.claimNextTask) await t.as('reviewer2')(graphql(`mutation WorkflowReleaseTask2($id:ID!){ releaseTask(id:$id){ id } }`), { id: r2.data.claimNextTask.id });
    const c = (await reviewer()(CLAIM, { b: batchIds.W })).data.claimNextTask;
    await reviewer()(graphql(`mutation WorkflowEscalateTask3($id:ID!){ escalateTask(id:$id, comment:"?"){ id } }`), { id: c.id });
    const twice = await manager()(graphql(`mutation WorkflowEscalateTask4($id:ID!){ escalateTask(id:$id, comment:"again"){ id } }`), { id: c.id });
    expect(twice.errors[0].extensions.code).toBe('NOT_LEASE_HOLDER');
    const m = (await manager()(CLAIM, { b: batchIds.W })).data.claimNextTask;
    const escalateAgain = await manager()(graphql(`mutation WorkflowEscalateTask4($id:ID!){ escalateTask(id:$id, comment:"again"){ id } }`), { id: m.id });
    expect(escalateAgain.errors[0].extensions.code).toBe('INVALID_TRANSITION');
    await manager()(RESOLVE, { id: m.id, r: m.discrepancies.map((d: any) => ({ discrepancyId: d.id, choice: 'FIRST' as const })) });
  });

  it('spot-checks every Nth automatically verified form; a correction charges both clerks', async () => {
    const k = ['S1', 'S2', 'S3', 'S4'].flatMap((no) => agreeing('SC', no));
    const s = await t.submit(k);
    expect(s.data.submitKeyings.filter((o: any) => o.formStatus !== 'AUTO_VERIFIED')).toEqual([]);
    const tasks = await t.as('admin')(graphql(`query WorkflowCorrectionTasks($b:ID!){ correctionTasks(filter:{batchId:$b}, sortField:id, sortOrder:ASC){ items { kind status note form { formNumber } } } }`), { b: batchIds.SC });
    expect(tasks.data.correctionTasks.items).toEqual([
      { kind: 'SPOT_CHECK', status: 'OPEN', note: 'spot check: every 2th automatically verified form', form: { formNumber: 'S2' } },
      { kind: 'SPOT_CHECK', status: 'OPEN', note: 'spot check: every 2th automatically verified form', form: { formNumber: 'S4' } },
    ]);
    const c = (await reviewer()(CLAIM, { b: batchIds.SC })).data.claimNextTask;
    expect(c).toMatchObject({ kind: 'SPOT_CHECK', discrepancies: [] });
    const wrongKind = await reviewer()(RESOLVE, { id: c.id, r: [] });
    expect(wrongKind.errors[0].extensions.code).toBe('INVALID_TRANSITION');
    const bad = await reviewer()(graphql(`mutation WorkflowResolveSpotCheck($id:ID!){ resolveSpotCheck(id:$id, corrections:[{fieldKey:"citizenId", value:"123"}]){ id } }`), { id: c.id });
    expect(bad.errors[0].extensions.problems).toEqual([{ field: 'corrections.0.value', reason: 'citizenId a citizen ID has 12 digits, got 3' }]);
    const fixed = await reviewer()(graphql(`mutation WorkflowResolveSpotCheck2($id:ID!){ resolveSpotCheck(id:$id, corrections:[{fieldKey:"fullName", value:"Nguyễn Văn Ấn"}, {fieldKey:"sex", value:"nam"}]){ status discrepancyCount } }`), { id: c.id });
    expect(fixed.data.resolveSpotCheck).toEqual({ status: 'RESOLVED', discrepancyCount: 1 });
    const f = (await t.as('admin')(FORM, { id: c.form.id })).data.form;
    expect(f.status).toBe('AUTO_VERIFIED');
    expect(f.keyings.map((x: any) => x.errorCount)).toEqual([1, 1]);
    expect(f.discrepancies).toEqual([{ fieldKey: 'fullName', value3: null, outcome: 'BOTH_WRONG', finalValue: 'Nguyễn Văn Ấn' }]);
    expect(f.verifiedRecord.values.find((v: any) => v.key === 'fullName')).toEqual({ key: 'fullName', value: 'Nguyễn Văn Ấn', source: 'REVIEWER' });
    const c2 = (await reviewer()(CLAIM, { b: batchIds.SC })).data.claimNextTask;
    expect((await reviewer()(graphql(`mutation WorkflowResolveSpotCheck3($id:ID!){ resolveSpotCheck(id:$id){ status discrepancyCount } }`), { id: c2.id })).data.resolveSpotCheck).toEqual({ status: 'RESOLVED', discrepancyCount: 0 });
  });

  it('draws a seeded random share of spot checks the same way every time', async () => {
    const pol = await t.as('admin')(graphql(`mutation WorkflowSetSpotCheckPolicy($b:ID!){ setSpotCheckPolicy(batchId:$b, policy:{percent:50, seed:42}){ spotCheckEvery spotCheckPercent spotCheckSeed } }`), { b: batchIds.SC });
    expect(pol.data.setSpotCheckPolicy).toEqual({ spotCheckEvery: null, spotCheckPercent: 50, spotCheckSeed: 42 });
    const both = await t.as('admin')(graphql(`mutation WorkflowSetSpotCheckPolicy2($b:ID!){ setSpotCheckPolicy(batchId:$b, policy:{percent:5, every:3}){ id } }`), { b: batchIds.SC });
    expect(both.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    await t.submit(Array.from({ length: 20 }, (_, i) => agreeing('SC', `P${i}`)).flat());
    const spot = await t.as('admin')(graphql(`query WorkflowCorrectionTasks2($b:ID!){ correctionTasks(filter:{batchId:$b, status:OPEN}, perPage:100){ total items { note } } }`), { b: batchIds.SC });
    expect(spot.data.correctionTasks.total).toBeGreaterThan(2);
    expect(spot.data.correctionTasks.total).toBeLessThan(18);
    expect(spot.data.correctionTasks.items[0].note).toBe('spot check: random 50% (seed 42)');
  });

  it('hands over a ready batch with a manifest, idempotently, then locks it until an admin reopens it', async () => {
    await t.submit([...agreeing('H', 'F1'), ...disputed('H', 'F2'), ...agreeing('H', 'F3', { fullName: 'Trần Thị Hoà' })]);
    const notReady = await t.as('admin')(graphql(`mutation ExportBatch($b:ID!){ exportBatch(batchId:$b){ recordCount } }`), { b: batchIds.H });
    expect(notReady.errors[0].extensions.code).toBe('INVALID_TRANSITION');
    const c = (await reviewer()(CLAIM, { b: batchIds.H })).data.claimNextTask;
    await reviewer()(RESOLVE, { id: c.id, r: c.discrepancies.map((d: any) => ({ discrepancyId: d.id, choice: 'FIRST' as const })) });
    const ready = await t.as('admin')(graphql(`query WorkflowBatch($b:ID!){ batch(id:$b){ status } }`), { b: batchIds.H });
    expect(ready.data.batch.status).toBe('READY');

    const EXPORT = graphql(`mutation WorkflowExportBatch($b:ID!){ exportBatch(batchId:$b){ batch recordCount rejectedForms templateCode templateVersion exportedBy exportedAt manifestSha256 directory files { name bytes sha256 } } }`);
    const first = (await t.as('admin')(EXPORT, { b: batchIds.H })).data.exportBatch;
    expect(first).toMatchObject({ batch: 'H', recordCount: 3, rejectedForms: 0, templateCode: 'dc01', templateVersion: 1, exportedBy: 'admin' });
    for (const file of first.files) expect(sha(join(first.directory, file.name))).toBe(file.sha256);
    expect(createHash('sha256').update(readFileSync(join(first.directory, 'manifest.json'))).digest('hex')).toBe(first.manifestSha256);
    const lines = readFileSync(join(first.directory, 'records.ndjson'), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => l.formNumber)).toEqual(['F1', 'F2', 'F3']);
    expect(lines[2].values.fullName).toBe('Trần Thị Hòa');
    expect(readFileSync(join(first.directory, 'records.csv'), 'utf8').split('\n')[0]).toMatch(/^batchCode,formNumber,verifiedAt,fullName,otherName,/);

    const before = Object.fromEntries(first.files.map((f: any) => [f.name, readFileSync(join(first.directory, f.name))]));
    const second = (await t.as('admin')(EXPORT, { b: batchIds.H })).data.exportBatch;
    expect(second.manifestSha256).toBe(first.manifestSha256);
    expect(second.exportedAt).toBe(first.exportedAt);
    for (const f of first.files) expect(readFileSync(join(first.directory, f.name)).equals(before[f.name])).toBe(true);

    const locked = await t.submit(agreeing('H', 'F9'));
    expect(locked.data.submitKeyings[0]).toMatchObject({ status: 'REJECTED', code: 'CONFLICT' });
    expect((await t.as('admin')(graphql(`mutation WorkflowReopenBatch($b:ID!){ reopenBatch(batchId:$b, reason:" "){ status } }`), { b: batchIds.H })).errors[0].extensions.code).toBe('BAD_USER_INPUT');
    expect((await manager()(graphql(`mutation WorkflowReopenBatch2($b:ID!){ reopenBatch(batchId:$b, reason:"x"){ status } }`), { b: batchIds.H })).errors[0].extensions.code).toBe('FORBIDDEN');
    const reopened = await t.as('admin')(graphql(`mutation WorkflowReopenBatch3($b:ID!){ reopenBatch(batchId:$b, reason:"Sửa địa chỉ theo yêu cầu của xã"){ status handedOverAt } }`), { b: batchIds.H });
    // Nothing is pending, so the reopened batch is immediately ready again.
    expect(reopened.data.reopenBatch).toEqual({ status: 'READY', handedOverAt: null });
    const events = await t.as('admin')(graphql(`query WorkflowAuditEvents($b:ID!){ auditEvents(filter:{entityType:"batch", entityId:$b}, perPage:50, sortOrder:ASC){ items { action actor data } } }`), { b: batchIds.H });
    const actions = events.data.auditEvents.items.map((e: any) => e.action);
    expect(actions).toContain('batch.handover');
    expect(actions).toContain('batch.reexport');
    const reopen = events.data.auditEvents.items.find((e: any) => e.action === 'batch.reopen');
    expect(reopen).toMatchObject({ actor: 'admin', data: { from: 'HANDED_OVER', to: 'OPEN', reason: 'Sửa địa chỉ theo yêu cầu của xã' } });
    expect(existsSync(join(first.directory, 'manifest.json'))).toBe(true);
  });

  it("writes a claim's and a resolution's events with the change itself: the lease's end, and the record the form's event names", async () => {
    await t.submit(disputed('EV', 'EV1'));
    const before = Date.now();
    const c = (await reviewer()(CLAIM, { b: batchIds.EV })).data.claimNextTask;
    expect(c.form.formNumber).toBe('EV1');
    const events = async (action: string, entityId: string) =>
      (await t.as('admin')(graphql(`query WorkflowEventsOf($a:String!,$id:ID!){ auditEvents(filter:{action:$a, entityId:$id}){ items { actor entityType entityId data } } }`), { a: action, id: entityId })).data.auditEvents.items;
    const [claim] = await events('task.claim', c.id);
    expect(claim).toMatchObject({ actor: 'reviewer', entityType: 'task', data: { from: 'OPEN', to: 'CLAIMED' } });
    const leaseUntil = Date.parse(claim.data.leaseUntil);
    expect(leaseUntil).toBeGreaterThan(before);
    expect(leaseUntil).toBeLessThanOrEqual(Date.now() + t.app.config.leaseSeconds * 1000);
    // Claiming again while holding it hands the same task back, and that is not a new claim.
    expect((await reviewer()(CLAIM, { b: batchIds.EV })).data.claimNextTask.id).toBe(c.id);
    expect(await events('task.claim', c.id)).toHaveLength(1);
    const r = await reviewer()(RESOLVE, { id: c.id, r: c.discrepancies.map((d: any) => ({ discrepancyId: d.id, choice: 'FIRST' as const })) });
    expect(r.errors).toBeUndefined();
    const record = (await t.as('admin')(graphql(`query WorkflowFormRecord($id:ID!){ form(id:$id){ verifiedRecord { id } } }`), { id: c.form.id })).data.form.verifiedRecord;
    const [verify] = await events('form.verify', c.form.id);
    expect(verify).toMatchObject({ actor: 'reviewer', entityType: 'form', data: { from: 'IN_REVIEW', to: 'VERIFIED', recordId: Number(record.id) } });
    expect(verify.data.again).toBeUndefined();
    expect(await events('task.resolve', c.id)).toMatchObject([{ actor: 'reviewer', data: { from: 'CLAIMED', to: 'RESOLVED' } }]);
  });

  it('audits every state change of tasks and forms, with old and new values for resolutions', async () => {
    const ev = await t.as('admin')(graphql(`query WorkflowAuditEvents2 { auditEvents(filter:{action:"task.resolve"}, perPage:1, sortOrder:ASC){ items { actor entityType entityId data } } }`));
    const e = ev.data.auditEvents.items[0];
    expect(e).toMatchObject({ actor: 'manager', entityType: 'task', data: { from: 'CLAIMED', to: 'RESOLVED', fields: [{ field: 'fullName', outcome: 'FIRST_CORRECT' }, { field: 'phone', outcome: 'FIRST_CORRECT' }] } });
    // Old and new values are personal data: stored sealed, readable with the key ring only.
    // Neither value in clear (with its diacritics or its space: never in a sealed, base64url text by chance).
    expect(JSON.stringify(e.data)).not.toMatch(/Nguyễn|Nguyen Van/);
    const changes = t.app.services.vault.openJson<any[]>(`audit:task:${e.entityId}`, e.data.sealedChanges);
    expect(changes[0]).toMatchObject({ field: 'fullName', value1: 'Nguyễn Văn An', value2: 'Nguyen Văn An', final: 'Nguyễn Văn An', outcome: 'FIRST_CORRECT' });
    const kinds = await t.as('admin')(graphql(`query WorkflowAuditEvents3 { auditEvents(perPage:200){ items { action } } }`));
    const seen = new Set(kinds.data.auditEvents.items.map((x: any) => x.action));
    for (const a of ['keyings.ingest', 'task.claim', 'task.release', 'task.escalate', 'task.rekey', 'task.rekeyed', 'task.reject', 'form.reject', 'form.rescan', 'form.verify', 'spotcheck.correct', 'spotcheck.confirm', 'batch.status']) {
      expect(seen.has(a), a).toBe(true);
    }
    expect((await manager()(graphql(`query WorkflowAuditEvents4 { auditEvents { total } }`))).errors[0].extensions.code).toBe('FORBIDDEN');
  });
});
