import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dbKinds, startTestApp, type TestApp } from '../helpers/test-app.js';
import { CREATE_BATCH, keying, person } from '../helpers/fixtures.js';
import { graphql } from '../gql/index.js';
import { exec } from '../../server/src/services/sql.js';
import { readAggregates, recompute } from '../../server/src/services/aggregates.js';

/**
 * Forms of one household repeat each other's facts. A value both clerks misread the same way is
 * caught against the other members' forms, whichever arrives first: the later form goes to
 * review, and an earlier one already verified comes back to review while its batch is not handed
 * over. The reviewer sees both forms' values.
 */
const FORM = graphql(`query HouseholdsForm($f:ID!){ form(id:$f){ id formNumber status discrepancies { id fieldKey kind note value1 relatedValue relatedForm { id formNumber } resolvedAt } } }`);
const CLAIM = graphql(`mutation HouseholdsClaim($b:ID){ claimNextTask(batchId:$b){ id form { id formNumber } discrepancies { id fieldKey kind note value1 relatedValue relatedForm { id formNumber } } } }`);
const RESOLVE = graphql(`mutation HouseholdsResolve($id:ID!,$r:[ResolutionInput!]!,$why:String){ resolveTask(id:$id,resolutions:$r,overrideReason:$why){ status form { status } } }`);
const WARNINGS = graphql(`query HouseholdsWarnings($id:ID!,$r:[ResolutionInput!]!){ resolutionWarnings(id:$id,resolutions:$r){ field kind check message } }`);
const BATCH = graphql(`query HouseholdsBatch($id:ID!){ batch(id:$id){ status } }`);
const RECORD = graphql(`query HouseholdsRecord($f:ID!){ form(id:$f){ verifiedRecord { automatic values { key value } } } }`);
const EXPORT = graphql(`mutation HouseholdsExport($b:ID!){ exportBatch(batchId:$b){ recordCount } }`);

/** A household: head, wife and son, consistent with each other. `n` makes the IDs unique. */
function household(n: number) {
  const id = (prefix: string, year: string) => `${prefix}${year}${String(n).padStart(6, '0')}`;
  const headId = id('0010', '70'), wifeId = id('0011', '72'), sonId = id('0010', '98');
  const address = `Số ${n}, phố Hàng Bạc, Phường Hàng Bạc, Quận Hoàn Kiếm, Hà Nội`;
  const common = { householdHeadName: 'Nguyễn Văn An', householdHeadCitizenId: headId, permanentAddress: address, currentAddress: address };
  return {
    head: person({ ...common, fullName: 'Nguyễn Văn An', citizenId: headId, dateOfBirth: '05/03/1970', sex: 'Nam', relationToHead: 'Chủ hộ', spouseName: 'Lê Thị Thủy', spouseCitizenId: wifeId, fatherName: 'Nguyễn Văn Bình', fatherCitizenId: null, motherName: 'Trần Thị Hoa', motherCitizenId: null }),
    wife: person({ ...common, fullName: 'Lê Thị Thủy', citizenId: wifeId, dateOfBirth: '01/01/1972', sex: 'Nữ', relationToHead: 'Vợ', spouseName: 'Nguyễn Văn An', spouseCitizenId: headId, fatherName: 'Lê Văn Cường', fatherCitizenId: null, motherName: 'Phạm Thị Dung', motherCitizenId: null }),
    son: person({ ...common, fullName: 'Nguyễn Văn Bảo', citizenId: sonId, dateOfBirth: '14/02/1998', sex: 'Nam', relationToHead: 'Con', maritalStatus: 'Chưa kết hôn', spouseName: null, spouseCitizenId: null, fatherName: 'Nguyễn Văn An', fatherCitizenId: headId, motherName: 'Lê Thị Thủy', motherCitizenId: wifeId }),
  };
}

describe.each(dbKinds())('household checks across forms (%s)', (kind) => {
  let t: TestApp;
  const batches: Record<string, string> = {};
  const both = async (batch: string, no: string, values: Record<string, string | null>) => {
    const r = await t.submit([keying(batch, no, 1, 'KT1', values), keying(batch, no, 2, 'KT2', values)]);
    expect(r.errors).toBeUndefined();
    return r.data.submitKeyings[1] as { formId: string; formStatus: string };
  };
  const form = async (id: string, as = 'admin') => (await t.as(as)(FORM, { f: id })).data.form;
  const open = <D extends { resolvedAt?: unknown }>(f: { discrepancies: D[] }) => f.discrepancies.filter((d) => !d.resolvedAt);

  beforeAll(async () => {
    t = await startTestApp(kind);
    for (const code of ['HA', 'HB', 'HC', 'HD', 'HE']) batches[code] = (await t.as('admin')(CREATE_BATCH, { i: { code, provinceCode: '001', district: 'D', commune: 'C' } })).data.createBatch.id;
  });
  afterAll(async () => t?.close());

  it('verifies a consistent household without review, in any order', async () => {
    const h = household(1);
    for (const [no, values] of [['2', h.son], ['1', h.head], ['3', h.wife]] as const) expect((await both('HA', no, values)).formStatus).toBe('AUTO_VERIFIED');
    expect((await t.as('admin')(BATCH, { id: batches.HA })).data.batch.status).toBe('READY');
  });

  it('brings a verified head back to review when a later member contradicts it, and the batch waits', async () => {
    const h = household(2);
    const head = await both('HB', '1', h.head);
    expect(head.formStatus).toBe('AUTO_VERIFIED');
    expect((await t.as('admin')(BATCH, { id: batches.HB })).data.batch.status).toBe('READY');
    // Both clerks misread the head's name on the wife's form the same way.
    const wife = await both('HB', '2', { ...h.wife, householdHeadName: 'Nguyễn Văn Ân' });
    expect(wife.formStatus).toBe('IN_REVIEW');
    const w = await form(wife.formId);
    expect(open(w)).toEqual([
      expect.objectContaining({ fieldKey: 'householdHeadName', kind: 'CONSISTENCY', value1: 'Nguyễn Văn Ân', relatedValue: 'Nguyễn Văn An', relatedForm: { id: head.formId, formNumber: '1' }, note: "householdHeadName: does not match fullName on the household head's form" }),
    ]);
    const hd = await form(head.formId);
    expect(hd.status).toBe('IN_REVIEW');
    expect(open(hd)).toEqual([
      expect.objectContaining({ fieldKey: 'fullName', kind: 'CONSISTENCY', value1: 'Nguyễn Văn An', relatedValue: 'Nguyễn Văn Ân', relatedForm: { id: wife.formId, formNumber: '2' }, note: "fullName: does not match householdHeadName on the household member's form" }),
    ]);
    expect((await t.as('admin')(BATCH, { id: batches.HB })).data.batch.status).toBe('OPEN');

    // A manager sees the other form's value masked like this form's own.
    const masked = await form(wife.formId, 'manager');
    expect(JSON.stringify(masked)).not.toMatch(/Văn Ân|Văn An/);
    expect(open(masked)[0].relatedValue).toMatch(/^Nguyễn V\*+ A\*$/);

    // The reviewer corrects the wife's form from the scan, then confirms the head's name.
    for (let i = 0; i < 2; i++) {
      const c = (await t.as('reviewer')(CLAIM, { b: batches.HB })).data.claimNextTask;
      const d = c.discrepancies[0];
      const r = c.form.id === wife.formId ? { discrepancyId: d.id, choice: 'VALUE' as const, value: d.relatedValue } : { discrepancyId: d.id, choice: 'FIRST' as const };
      const res = await t.as('reviewer')(RESOLVE, { id: c.id, r: [r] });
      expect(res.errors).toBeUndefined();
      expect(res.data.resolveTask.form.status).toBe('VERIFIED');
    }
    expect((await t.as('admin')(BATCH, { id: batches.HB })).data.batch.status).toBe('READY');
    // The head's record was settled again, by a person now.
    const rec = (await t.as('admin')(RECORD, { f: head.formId })).data.form.verifiedRecord;
    expect(rec.automatic).toBe(false);
    expect(rec.values.find((v: { key: string }) => v.key === 'fullName')?.value).toBe('Nguyễn Văn An');
    // The reports counted the reopened head's task in the backlog and out again, as the tables say.
    const em = t.app.orm.em.fork();
    expect(await readAggregates(em)).toEqual(await recompute(em));
  });

  it('catches a head who arrives after the members, and asks the last reviewer for a reason to keep a contradiction', async () => {
    const h = household(3);
    const son = await both('HC', '1', h.son);
    const wife = await both('HC', '2', h.wife);
    expect([son.formStatus, wife.formStatus]).toEqual(['AUTO_VERIFIED', 'AUTO_VERIFIED']);
    // The head's own ID misread the same way by both clerks (the check digit pattern still fits).
    const head = await both('HC', '3', { ...h.head, citizenId: `${h.head.citizenId!.slice(0, -1)}9` });
    expect(head.formStatus).toBe('IN_REVIEW');
    const hd = await form(head.formId);
    // On its own the form names another ID as head; against the members, its ID is not the one they name.
    expect(open(hd).map((d) => d.fieldKey)).toEqual(['householdHeadCitizenId', 'citizenId']);
    // Son and wife name the head by that ID: their forms come back too (spouse, father, head).
    for (const id of [son.formId, wife.formId]) expect((await form(id)).status).toBe('IN_REVIEW');

    // Reviewers keep the members' values first (the head's form is still in review: its own reviewer decides).
    let c: { id: string; form: { id: string }; discrepancies: { id: string }[] } | undefined;
    const members = new Set([son.formId, wife.formId]);
    for (const who of ['reviewer', 'reviewer2', 'reviewer2']) {
      const task = (await t.as(who)(CLAIM, { b: batches.HC })).data.claimNextTask;
      if (task.form.id === head.formId) {
        c = task; // held by 'reviewer' until the end
        continue;
      }
      members.delete(task.form.id);
      const res = await t.as(who)(RESOLVE, { id: task.id, r: task.discrepancies.map((d: { id: string }) => ({ discrepancyId: d.id, choice: 'FIRST' as const })) });
      expect(res.errors).toBeUndefined();
      if (!members.size) break;
    }
    expect(members.size).toBe(0);
    c ??= (await t.as('reviewer')(CLAIM, { b: batches.HC })).data.claimNextTask;
    expect(c!.form.id).toBe(head.formId);
    // The head's reviewer keeps the misread ID: it contradicts verified forms now, so a reason is needed.
    const keep = c!.discrepancies.map((d: { id: string }) => ({ discrepancyId: d.id, choice: 'FIRST' as const }));
    const warned = (await t.as('reviewer')(WARNINGS, { id: c!.id, r: keep })).data.resolutionWarnings;
    expect(warned.map((w: { kind: string }) => w.kind)).toContain('CONSISTENCY');
    const refused = await t.as('reviewer')(RESOLVE, { id: c!.id, r: keep });
    expect(refused.errors?.[0].extensions?.code).toBe('CHECKS_FAILED');
    expect(JSON.stringify(refused.errors)).not.toMatch(new RegExp(h.head.citizenId!));
    const kept = await t.as('reviewer')(RESOLVE, { id: c!.id, r: keep, why: 'the ID on the card differs from the household book' });
    expect(kept.errors).toBeUndefined();
    expect(kept.data.resolveTask.form.status).toBe('VERIFIED');
  });

  it('links across batches, and leaves a handed-over form as it is', async () => {
    const h = household(4);
    const head = await both('HD', '1', h.head);
    expect((await t.as('admin')(EXPORT, { b: batches.HD })).errors).toBeUndefined();
    const wife = await both('HE', '1', { ...h.wife, spouseName: 'Nguyễn Văn Ăn' });
    expect(wife.formStatus).toBe('IN_REVIEW');
    expect(open(await form(wife.formId))).toEqual([expect.objectContaining({ fieldKey: 'spouseName', kind: 'CONSISTENCY', relatedForm: { id: head.formId, formNumber: '1' }, relatedValue: 'Nguyễn Văn An' })]);
    expect((await form(head.formId)).status).toBe('AUTO_VERIFIED');
  });

  it('ignores a key written on more forms than any household has, and still checks small households', async () => {
    await t.as('admin')(CREATE_BATCH, { i: { code: 'HG', provinceCode: '001', district: 'D', commune: 'C' } });
    const misread = (h: ReturnType<typeof household>, id: string) => ({ ...h.son, citizenId: id, fullName: 'Nguyễn Văn Bách', householdHeadName: 'Nguyễn Văn Ăn' });
    // A small household: the son who names his father wrongly is caught.
    const small = household(7);
    await both('HG', 'S1', small.head);
    expect((await both('HG', 'S2', misread(small, '001098700001'))).formStatus).toBe('IN_REVIEW');
    // The head's ID on 62 forms: no household is that large (a placeholder, say), so that key links nothing.
    const big = household(6);
    const forms = [keying('HG', 'B0', 1, 'KT1', big.head), keying('HG', 'B0', 2, 'KT2', big.head)];
    for (let i = 1; i <= 61; i++) {
      const son = { ...big.son, citizenId: `001098${String(800000 + i)}` };
      forms.push(keying('HG', `B${i}`, 1, 'KT1', son), keying('HG', `B${i}`, 2, 'KT2', son));
    }
    const r = await t.submit(forms);
    expect(r.errors).toBeUndefined();
    expect(r.data.submitKeyings.filter((o: { status: string }) => o.status !== 'ACCEPTED')).toEqual([]);
    expect((await both('HG', 'B99', misread(big, '001098700002'))).formStatus).toBe('AUTO_VERIFIED');
  });

  it('sees the other member when two arrive at the same moment', async () => {
    const h = household(5);
    await t.as('admin')(CREATE_BATCH, { i: { code: 'HF', provinceCode: '001', district: 'D', commune: 'C' } });
    const [a, b] = await Promise.all([both('HF', '1', h.head), both('HF', '2', { ...h.son, fatherName: 'Nguyễn Văn Anh' })]);
    expect((await form(a.formId)).status).toBe('IN_REVIEW');
    expect((await form(b.formId)).status).toBe('IN_REVIEW');
  });

  it('stores a household fact a reviewer settles, and leaves facts that did not change as they were', async () => {
    const h = household(8);
    const batch = (await t.as('admin')(CREATE_BATCH, { i: { code: 'HH', provinceCode: '001', district: 'D', commune: 'C' } })).data.createBatch.id;
    // The clerks disagree on the head's father (a household fact) on one form, on the phone (not one) on another.
    const r = await t.submit([
      keying('HH', '1', 1, 'KT1', h.head), keying('HH', '1', 2, 'KT2', { ...h.head, fatherName: 'Nguyễn Văn Bính' }),
      keying('HH', '2', 1, 'KT1', h.wife), keying('HH', '2', 2, 'KT2', { ...h.wife, phone: '0912345679' }),
    ]);
    expect(r.errors).toBeUndefined();
    const [head, wife] = [r.data.submitKeyings[1].formId as string, r.data.submitKeyings[3].formId as string];
    const stored = async (formId: string) => {
      const [row] = await exec<{ facts: string; updated_at: Date | number }[]>(t.app.orm.em.fork(), 'select facts, updated_at from household_member where form_id = ?', [Number(formId)]);
      return { facts: t.app.services.vault.openJson<Record<string, string>>(`household:${formId}`, row.facts), updatedAt: new Date(row.updated_at).getTime() };
    };
    const before = { head: await stored(head), wife: await stored(wife) };
    // Only agreed facts are stored at ingest.
    expect(before.head.facts.fatherName).toBeUndefined();
    expect(before.wife.facts.fullName).toBe('Lê Thị Thủy');
    for (let i = 0; i < 2; i++) {
      const c = (await t.as('reviewer')(CLAIM, { b: batch })).data.claimNextTask;
      const res = await t.as('reviewer')(RESOLVE, { id: c.id, r: c.discrepancies.map((d: { id: string }) => ({ discrepancyId: d.id, choice: 'FIRST' as const })) });
      expect(res.errors).toBeUndefined();
    }
    const after = { head: await stored(head), wife: await stored(wife) };
    expect(after.head.facts).toEqual({ ...before.head.facts, fatherName: 'Nguyễn Văn Bình' });
    expect(after.wife).toEqual(before.wife);
  });

  it('never looks a form up by a value no clerk keyed: a reviewer typing citizen IDs learns nothing of other forms', async () => {
    for (const code of ['HX', 'HY']) batches[code] = (await t.as('admin')(CREATE_BATCH, { i: { code, provinceCode: '001', district: 'D', commune: 'C' } })).data.createBatch.id;
    const h = household(60);
    for (const [no, values] of [['1', h.head], ['2', h.wife]] as const) expect((await both('HX', no, values)).formStatus).toBe('AUTO_VERIFIED');
    // Someone of another household, whose citizen ID the two clerks read differently.
    const probe = person({
      fullName: 'Phạm Văn Dũng', dateOfBirth: '10/10/1970', sex: 'Nam', maritalStatus: 'Chưa kết hôn', spouseName: null, spouseCitizenId: null,
      relationToHead: 'Con', householdHeadName: 'Phạm Văn Tư', householdHeadCitizenId: '001045777777', fatherName: 'Phạm Văn Tư', fatherCitizenId: '001045777777',
      motherName: 'Đỗ Thị Lan', motherCitizenId: '001148777777', permanentAddress: 'Số 99, phố Hàng Đào, Phường Hàng Đào, Quận Hoàn Kiếm, Hà Nội',
    });
    const r = await t.submit([keying('HY', '1', 1, 'KT1', { ...probe, citizenId: '001070888881' }), keying('HY', '1', 2, 'KT2', { ...probe, citizenId: '001070888818' })]);
    expect(r.data.submitKeyings[1].formStatus).toBe('IN_REVIEW');
    const task = (await t.as('reviewer2')(CLAIM, { b: batches.HY })).data.claimNextTask;
    expect(task.form.formNumber).toBe('1');
    const d = task.discrepancies.find((x: { fieldKey: string }) => x.fieldKey === 'citizenId')!;
    const typed = (value: string) => [{ discrepancyId: d.id, choice: 'VALUE' as const, value }];
    // The head's real ID, and one nobody has: the same answer.
    const existing = await t.as('reviewer2')(WARNINGS, { id: task.id, r: typed(h.head.citizenId!) });
    const unknown = await t.as('reviewer2')(WARNINGS, { id: task.id, r: typed('001070999999') });
    expect(existing.errors).toBeUndefined();
    expect(existing.data.resolutionWarnings).toEqual(unknown.data.resolutionWarnings);
    expect(existing.data.resolutionWarnings.filter((w: { kind: string }) => w.kind === 'CONSISTENCY')).toEqual([]);
    // Nor does submitting tell them apart: it is stored, as the unknown one would be.
    const done = await t.as('reviewer2')(RESOLVE, { id: task.id, r: typed(h.head.citizenId!) });
    expect(done.errors).toBeUndefined();
    expect(done.data.resolveTask.status).toBe('RESOLVED');
  });
});
