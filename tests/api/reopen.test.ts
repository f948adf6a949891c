import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditEvent, Keying, KeyingError } from '../../server/src/db/entities/index.js';
import { readAggregates, recompute } from '../../server/src/services/aggregates.js';
import { dbKinds, startTestApp, type TestApp } from '../helpers/test-app.js';
import { CREATE_BATCH, keying, person } from '../helpers/fixtures.js';
import { graphql } from '../gql/index.js';

/**
 * A submitted resolution is not final until handover: its reviewer takes it back at once (no
 * reason), a manager or an admin with a reason. The form returns to review with its record, the
 * clerks' charges of the first resolution are taken back and charged again by the new one, and the
 * report aggregates still equal a recomputation from the raw rows.
 */
const CLAIM = graphql(`mutation ReopenClaim($b:ID){ claimNextTask(batchId:$b){ id form { id formNumber } discrepancies { id fieldKey value1 value2 } } }`);
const RESOLVE = graphql(`mutation ReopenResolve($id:ID!,$r:[ResolutionInput!]!,$why:String){ resolveTask(id:$id,resolutions:$r,overrideReason:$why){ id status form { status } } }`);
const REOPEN = graphql(`mutation ReopenTask($id:ID!,$why:String){ reopenTask(id:$id,reason:$why){ id status resolvedAt resolvedBy { username } claimedBy { username } leaseUntil canReopen form { id status verifiedRecord { version values { key value source } } } discrepancies { fieldKey outcome finalValue resolvedAt } } }`);
const TASK = graphql(`query ReopenTaskView($id:ID!){ correctionTask(id:$id){ id status canReopen resolvedBy { username } } }`);
const BATCH = graphql(`query ReopenBatch($id:ID!){ batch(id:$id){ status } }`);
const EXPORT = graphql(`mutation ReopenExport($b:ID!){ exportBatch(batchId:$b){ recordCount } }`);
const UNLOCK = graphql(`mutation ReopenUnlockBatch($b:ID!){ reopenBatch(batchId:$b, reason:"a late correction"){ status } }`);
const MINE = graphql(`query ReopenMine($f:CorrectionTaskFilter){ correctionTasks(filter:$f, sortField: resolvedAt, sortOrder: DESC){ items { id canReopen form { formNumber } } } }`);
const WARNINGS = graphql(`query ReopenWarnings($id:ID!,$r:[ResolutionInput!]!){ resolutionWarnings(id:$id,resolutions:$r){ field kind check message } }`);
const ME = graphql(`query ReopenMe{ me { id } }`);

/** A form whose keyings differ on fullName (diacritics), citizenId (transposition) and phone (missing, or its last digit). */
const disputed = (batch: string, no: string, phone: string | null = null) => [
  keying(batch, no, 1, 'KT1', person()),
  keying(batch, no, 2, 'KT2', person({ fullName: 'Nguyen Van An', citizenId: '001090012354', phone })),
];

type Claimed = { id: string; form: { id: string; formNumber: string }; discrepancies: { id: string; fieldKey: string }[] };
type Pick = 'FIRST' | 'SECOND';

describe.each(dbKinds())('reopening a resolution (%s)', (kind) => {
  let t: TestApp;
  const batches: Record<string, string> = {};

  const claim = async (who: string, b: string): Promise<Claimed> => (await t.as(who)(CLAIM, { b: batches[b] })).data.claimNextTask;
  /** Resolves with one choice per field (fullName, citizenId, phone). */
  const resolve = async (who: string, c: Claimed, picks: Record<string, Pick>) => {
    const r = await t.as(who)(RESOLVE, { id: c.id, r: c.discrepancies.map((d) => ({ discrepancyId: d.id, choice: picks[d.fieldKey] })) });
    expect(r.errors).toBeUndefined();
    return r.data.resolveTask;
  };
  const charges = async (formId: string) =>
    (await t.app.orm.em.fork().find(KeyingError, { form: Number(formId) })).map((e) => `${e.keyerCode}:${e.fieldKey}`).sort();
  const errorCounts = async (formId: string) =>
    (await t.app.orm.em.fork().find(Keying, { form: Number(formId) }, { orderBy: { pass: 'asc' } })).map((k) => k.errorCount);
  const aggregatesMatch = async () => {
    const em = t.app.orm.em.fork();
    expect(await readAggregates(em)).toEqual(await recompute(em));
  };

  beforeAll(async () => {
    t = await startTestApp(kind);
    for (const code of ['RA', 'RB', 'RC']) batches[code] = (await t.as('admin')(CREATE_BATCH, { i: { code, provinceCode: '001', district: 'Quận Ba Đình', commune: 'Phường Kim Mã' } })).data.createBatch.id;
    const r = await t.submit([...disputed('RA', '1'), ...disputed('RB', '1'), ...disputed('RB', '2'), ...disputed('RC', '1', '0912345679')]);
    expect(r.data.submitKeyings.every((o: { status: string }) => o.status === 'ACCEPTED')).toBe(true);
  });
  afterAll(async () => t?.close());

  it('gives a reviewer their resolution back without a reason: charges taken back, record kept, charged again on the new resolution', async () => {
    const c = await claim('reviewer', 'RA');
    await resolve('reviewer', c, { fullName: 'FIRST', citizenId: 'FIRST', phone: 'FIRST' });
    expect((await t.as('admin')(BATCH, { id: batches.RA })).data.batch.status).toBe('READY');
    expect(await charges(c.form.id)).toEqual(['KT2:citizenId', 'KT2:fullName', 'KT2:phone']);
    expect(await errorCounts(c.form.id)).toEqual([0, 3]);
    expect((await t.as('reviewer')(TASK, { id: c.id })).data.correctionTask.canReopen).toBe(true);
    await aggregatesMatch();

    // The reviewer meant the second keying's citizen ID.
    const before = Date.now();
    const r = await t.as('reviewer')(REOPEN, { id: c.id });
    expect(r.errors).toBeUndefined();
    const task = r.data.reopenTask;
    expect(task).toMatchObject({ status: 'CLAIMED', resolvedAt: null, resolvedBy: null, claimedBy: { username: 'reviewer' }, canReopen: false, form: { status: 'IN_REVIEW' } });
    expect(Date.parse(task.leaseUntil)).toBeGreaterThan(before + 500_000);
    // The record stays (version 1) until the form is settled again; the discrepancies are open again.
    expect(task.form.verifiedRecord.version).toBe(1);
    expect(task.discrepancies.every((d: { outcome: unknown; finalValue: unknown; resolvedAt: unknown }) => d.outcome === null && d.finalValue === null && d.resolvedAt === null)).toBe(true);
    expect(await charges(c.form.id)).toEqual([]);
    expect(await errorCounts(c.form.id)).toEqual([0, 0]);
    expect((await t.as('admin')(BATCH, { id: batches.RA })).data.batch.status).toBe('OPEN');
    await aggregatesMatch();

    // Audited: the task reopened by its own reviewer, the form back in review.
    const events = await t.app.orm.em.fork().find(AuditEvent, { action: { $in: ['task.reopen', 'form.reopen'] }, entityId: { $in: [Number(c.id), Number(c.form.id)] } }, { orderBy: { id: 'asc' } });
    expect(events.map((e) => [e.action, e.data.from, e.data.to])).toEqual([
      ['form.reopen', 'VERIFIED', 'IN_REVIEW'],
      ['task.reopen', 'RESOLVED', 'CLAIMED'],
    ]);
    expect(events[0].data).toMatchObject({ taskId: Number(c.id), cause: 'resolution' });
    expect(events[1].data).toMatchObject({ own: true, uncharged: expect.arrayContaining([{ keyerCode: 'KT2', field: 'citizenId' }]) });
    expect(events[1].data.sealedReason).toBeUndefined();

    // The reviewer's own claim gives this task back; they settle it again.
    const again = await claim('reviewer', 'RA');
    expect(again.id).toBe(c.id);
    const done = await resolve('reviewer', again, { fullName: 'FIRST', citizenId: 'SECOND', phone: 'FIRST' });
    expect(done.form.status).toBe('VERIFIED');
    expect(await charges(c.form.id)).toEqual(['KT1:citizenId', 'KT2:fullName', 'KT2:phone']);
    expect(await errorCounts(c.form.id)).toEqual([1, 2]);
    expect((await t.as('admin')(BATCH, { id: batches.RA })).data.batch.status).toBe('READY');
    await aggregatesMatch();
  });

  it("refuses another reviewer; a manager needs a reason, and gets the task; an admin's goes back to the queue", async () => {
    const me = (await t.as('reviewer')(ME)).data.me.id;
    const mine = (await t.as('reviewer')(MINE, { f: { resolvedById: me, status: 'RESOLVED' } })).data.correctionTasks.items;
    expect(mine.map((x: { form: { formNumber: string } }) => x.form.formNumber)).toEqual(['1']);
    const [task] = mine;
    expect(task.canReopen).toBe(true);
    expect((await t.as('reviewer2')(TASK, { id: task.id })).data.correctionTask.canReopen).toBe(false);
    expect((await t.as('manager')(TASK, { id: task.id })).data.correctionTask.canReopen).toBe(true);

    const other = await t.as('reviewer2')(REOPEN, { id: task.id, why: 'I know better' });
    expect(other.errors[0].extensions.code).toBe('FORBIDDEN');
    const bare = await t.as('manager')(REOPEN, { id: task.id });
    expect(bare.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', problems: [{ field: 'reason', reason: 'is required' }] });
    const blank = await t.as('admin')(REOPEN, { id: task.id, why: '   ' });
    expect(blank.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    // Nothing moved.
    expect((await t.as('admin')(TASK, { id: task.id })).data.correctionTask.status).toBe('RESOLVED');
    await aggregatesMatch();

    const byManager = await t.as('manager')(REOPEN, { id: task.id, why: 'the ward name on the scan differs' });
    expect(byManager.errors).toBeUndefined();
    expect(byManager.data.reopenTask).toMatchObject({ status: 'CLAIMED', claimedBy: { username: 'manager' } });
    const [ev] = await t.app.orm.em.fork().find(AuditEvent, { action: 'task.reopen', entityId: Number(task.id) }, { orderBy: { id: 'desc' }, limit: 1 });
    expect(ev.data).toMatchObject({ own: false, to: 'CLAIMED' });
    // The reason is sealed: it may quote a value.
    expect(JSON.stringify(ev.data)).not.toContain('ward');
    expect(typeof ev.data.sealedReason).toBe('string');
    // Not resolved now: nothing to reopen twice.
    expect((await t.as('admin')(REOPEN, { id: task.id, why: 'again' })).errors[0].extensions.code).toBe('INVALID_TRANSITION');
    await aggregatesMatch();

    const c = await claim('manager', 'RA');
    expect(c.id).toBe(task.id);
    await resolve('manager', c, { fullName: 'FIRST', citizenId: 'FIRST', phone: 'FIRST' });
    expect(await charges(c.form.id)).toEqual(['KT2:citizenId', 'KT2:fullName', 'KT2:phone']);
    await aggregatesMatch();

    // The manager resolved it last: the first reviewer may not reopen it now.
    expect((await t.as('reviewer')(REOPEN, { id: task.id })).errors[0].extensions.code).toBe('FORBIDDEN');
    const byAdmin = await t.as('admin')(REOPEN, { id: task.id, why: 'quality audit' });
    expect(byAdmin.errors).toBeUndefined();
    expect(byAdmin.data.reopenTask).toMatchObject({ status: 'OPEN', claimedBy: null, form: { status: 'IN_REVIEW' } });
    await aggregatesMatch();
    const back = await claim('reviewer2', 'RA');
    expect(back.id).toBe(task.id);
    await resolve('reviewer2', back, { fullName: 'FIRST', citizenId: 'FIRST', phone: 'SECOND' });
    await aggregatesMatch();
  });

  it('refuses after handover with BATCH_HANDED_OVER, for everyone, until an admin unlocks the batch', async () => {
    for (let i = 0; i < 2; i++) await resolve('reviewer', await claim('reviewer', 'RB'), { fullName: 'FIRST', citizenId: 'FIRST', phone: 'FIRST' });
    const me = (await t.as('reviewer')(ME)).data.me.id;
    const mine = (await t.as('reviewer')(MINE, { f: { resolvedById: me, batchId: batches.RB } })).data.correctionTasks.items;
    expect(mine).toHaveLength(2);
    expect((await t.as('admin')(EXPORT, { b: batches.RB })).errors).toBeUndefined();
    expect((await t.as('reviewer')(TASK, { id: mine[0].id })).data.correctionTask.canReopen).toBe(false);
    for (const [who, why] of [['reviewer', null], ['manager', 'late'], ['admin', 'late']] as const) {
      const r = await t.as(who)(REOPEN, { id: mine[0].id, why });
      expect(r.errors[0].extensions.code, who).toBe('BATCH_HANDED_OVER');
    }
    expect((await t.as('admin')(BATCH, { id: batches.RB })).data.batch.status).toBe('HANDED_OVER');
    await aggregatesMatch();

    expect((await t.as('admin')(UNLOCK, { b: batches.RB })).errors).toBeUndefined();
    const r = await t.as('reviewer')(REOPEN, { id: mine[0].id });
    expect(r.errors).toBeUndefined();
    expect(r.data.reopenTask.status).toBe('CLAIMED');
    await aggregatesMatch();
  });

  it('warns when a field both clerks read is marked illegible, and takes it only with a reason', async () => {
    const c = await claim('reviewer', 'RC');
    // Both clerks read a phone number (they differ on a digit): illegible is more likely a slip of I.
    const r = c.discrepancies.map((d) => (d.fieldKey === 'phone' ? { discrepancyId: d.id, choice: 'VALUE' as const, illegible: true } : { discrepancyId: d.id, choice: 'FIRST' as const }));
    const warned = (await t.as('reviewer')(WARNINGS, { id: c.id, r })).data.resolutionWarnings;
    expect(warned).toEqual([{ field: 'phone', kind: 'RULE', check: 'review.illegibleReadable', message: 'phone: marked illegible although both clerks read a value' }]);
    const plain = c.discrepancies.map((d) => ({ discrepancyId: d.id, choice: 'FIRST' as const }));
    expect((await t.as('reviewer')(WARNINGS, { id: c.id, r: plain })).data.resolutionWarnings).toEqual([]);
    // A misspelt typed value is warned about before submitting too.
    const typed = c.discrepancies.map((d) => (d.fieldKey === 'fullName' ? { discrepancyId: d.id, choice: 'VALUE' as const, value: 'Nguễyn Văn An' } : { discrepancyId: d.id, choice: 'FIRST' as const }));
    expect((await t.as('reviewer')(WARNINGS, { id: c.id, r: typed })).data.resolutionWarnings.map((w: { field: string; check: string }) => [w.field, w.check])).toEqual([['fullName', 'review.syllable']]);
    // So is taking a keying's misspelt word where the other clerk read a syllable (Nguyen for Nguyễn).
    const second = c.discrepancies.map((d) => ({ discrepancyId: d.id, choice: d.fieldKey === 'fullName' ? ('SECOND' as const) : ('FIRST' as const) }));
    expect((await t.as('reviewer')(WARNINGS, { id: c.id, r: second })).data.resolutionWarnings.map((w: { field: string; message: string }) => [w.field, w.message])).toEqual([
      ['fullName', 'fullName: word 1 is not a Vietnamese syllable, where a clerk read one'],
    ]);

    const refused = await t.as('reviewer')(RESOLVE, { id: c.id, r });
    expect(refused.errors[0].extensions.code).toBe('CHECKS_FAILED');
    const kept = await t.as('reviewer')(RESOLVE, { id: c.id, r, why: 'the name is covered by a stamp on the scan' });
    expect(kept.errors).toBeUndefined();
    const [ev] = await t.app.orm.em.fork().find(AuditEvent, { action: 'task.resolve', entityId: Number(c.id) });
    expect(ev.data.overridden).toEqual([{ field: 'phone', check: 'review.illegibleReadable', kind: 'RULE' }]);
    await aggregatesMatch();
  });
});
