import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KeyingError } from '../../server/src/db/entities/index.js';
import { dbKinds, startTestApp, TEST_PASSWORD, type TestApp } from '../helpers/test-app.js';
import { CREATE_BATCH, keying, person } from '../helpers/fixtures.js';
import { graphql } from '../gql/index.js';

const CLAIM = graphql(`mutation ReviewClaimNextTask($b:ID){ claimNextTask(batchId:$b){ id status leaseUntil claimedBy { username } form { id formNumber } discrepancies { id fieldKey value1 value2 } } }`);
const RESOLVE = graphql(`mutation ReviewResolveTask($id:ID!,$r:[ResolutionInput!]!){ resolveTask(id:$id,resolutions:$r){ id status resolvedAt resolvedBy { username } form { id status verifiedRecord { automatic values { key value source } } discrepancies { fieldKey finalValue outcome } } } }`);
const RELEASE = graphql(`mutation ReviewReleaseTask($id:ID!){ releaseTask(id:$id){ id status claimedBy { username } } }`);

/** A form whose two keyings differ on fullName (diacritic), citizenId (transposition) and phone (missing). */
function disputed(batch: string, no: string, k1 = 'KT1', k2 = 'KT2') {
  return [
    keying(batch, no, 1, k1, person()),
    keying(batch, no, 2, k2, person({ fullName: 'Nguyen Van An', citizenId: '001090012354', phone: null })),
  ];
}

describe.each(dbKinds())('review on %s', (kind) => {
  let t: TestApp;
  let batchId: string;

  beforeAll(async () => {
    t = await startTestApp(kind);
    const b = await t.as('admin')(CREATE_BATCH, { i: { code: 'R1', provinceCode: '001', district: 'Quận Ba Đình', commune: 'Phường Kim Mã' } });
    batchId = b.data.createBatch.id;
    await t.as('admin')(CREATE_BATCH, { i: { code: 'R2', provinceCode: '079', district: 'Quận 1', commune: 'Phường Bến Nghé' } });
    const r = await t.submit([...disputed('R1', 'F1'), ...disputed('R1', 'F2'), ...disputed('R1', 'F3', 'KT9001', 'KT3')]);
    expect(r.data.submitKeyings.every((o: any) => o.status === 'ACCEPTED')).toBe(true);
  });
  afterAll(async () => t?.close());

  it('claims the oldest open task under a lease, and hands the same reviewer their held task again', async () => {
    const before = Date.now();
    const c = await t.as('reviewer')(CLAIM, { b: batchId });
    expect(c.errors).toBeUndefined();
    expect(c.data.claimNextTask).toMatchObject({ status: 'CLAIMED', claimedBy: { username: 'reviewer' }, form: { formNumber: 'F1' } });
    const lease = Date.parse(c.data.claimNextTask.leaseUntil) - before;
    expect(lease).toBeGreaterThan(590_000);
    expect(lease).toBeLessThan(610_000);
    const again = await t.as('reviewer')(CLAIM, { b: batchId });
    expect(again.data.claimNextTask.id).toBe(c.data.claimNextTask.id);
    const other = await t.as('manager')(CLAIM, { b: batchId });
    expect(other.data.claimNextTask.form.formNumber).toBe('F2');
    await t.as('manager')(RELEASE, { id: other.data.claimNextTask.id });
  });

  it('never gives reviewers a form they keyed themselves', async () => {
    // reviewer2 is clerk KT9001, who keyed F3; F1 is held by reviewer, so only F2 is theirs to take
    const c = await t.as('reviewer2')(CLAIM, { b: batchId });
    expect(c.data.claimNextTask.form.formNumber).toBe('F2');
    const r = await t.as('reviewer2')(RELEASE, { id: c.data.claimNextTask.id });
    expect(r.data.releaseTask).toEqual({ id: c.data.claimNextTask.id, status: 'OPEN', claimedBy: null });
  });

  it('only the lease holder resolves, and a resolution must cover every discrepancy with valid values', async () => {
    const c = (await t.as('reviewer')(CLAIM, { b: batchId })).data.claimNextTask;
    const [name, id, phone] = c.discrepancies;
    expect([name.fieldKey, id.fieldKey, phone.fieldKey]).toEqual(['fullName', 'citizenId', 'phone']);

    const notMine = await t.as('manager')(RESOLVE, { id: c.id, r: [] });
    expect(notMine.errors[0].extensions.code).toBe('NOT_LEASE_HOLDER');

    const partial = await t.as('reviewer')(RESOLVE, { id: c.id, r: [{ discrepancyId: name.id, choice: 'FIRST' }] });
    expect(partial.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(partial.errors[0].message).toContain('missing: citizenId, phone');

    const invalid = await t.as('reviewer')(RESOLVE, {
      id: c.id,
      r: [
        { discrepancyId: name.id, choice: 'FIRST' },
        { discrepancyId: id.id, choice: 'VALUE', value: '00109001234' },
        { discrepancyId: phone.id, choice: 'FIRST' },
      ],
    });
    expect(invalid.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(invalid.errors[0].extensions.problems).toEqual([{ field: 'resolutions.1.value', reason: 'citizenId a citizen ID has 12 digits, got 11' }]);
    const still = await t.as('admin')(graphql(`query TaskAndForm($id:ID!, $formId:ID!){ correctionTask(id:$id){ status } form(id:$formId){ status verifiedRecord { id } } }`), { id: c.id, formId: c.form.id });
    expect(still.data).toEqual({ correctionTask: { status: 'CLAIMED' }, form: { status: 'IN_REVIEW', verifiedRecord: null } });
  });

  it('resolves: the form is verified, values carry their source, and each wrong clerk is charged', async () => {
    const c = (await t.as('reviewer')(CLAIM, { b: batchId })).data.claimNextTask;
    const [name, id, phone] = c.discrepancies;
    const r = await t.as('reviewer')(RESOLVE, {
      id: c.id,
      r: [
        { discrepancyId: name.id, choice: 'FIRST' },
        { discrepancyId: id.id, choice: 'VALUE', value: '001 090 012 346' },
        { discrepancyId: phone.id, choice: 'SECOND' },
      ],
    });
    expect(r.errors).toBeUndefined();
    const task = r.data.resolveTask;
    expect(task).toMatchObject({ status: 'RESOLVED', resolvedBy: { username: 'reviewer' } });
    expect(task.form.status).toBe('VERIFIED');
    expect(task.form.discrepancies).toEqual([
      { fieldKey: 'fullName', finalValue: 'Nguyễn Văn An', outcome: 'FIRST_CORRECT' },
      { fieldKey: 'citizenId', finalValue: '001090012346', outcome: 'BOTH_WRONG' },
      { fieldKey: 'phone', finalValue: null, outcome: 'SECOND_CORRECT' },
    ]);
    const values = Object.fromEntries(task.form.verifiedRecord.values.map((v: any) => [v.key, [v.value, v.source]]));
    expect(task.form.verifiedRecord.automatic).toBe(false);
    expect(values.fullName).toEqual(['Nguyễn Văn An', 'FIRST']);
    expect(values.citizenId).toEqual(['001090012346', 'REVIEWER']);
    expect(values.phone).toEqual([null, 'SECOND']);
    expect(values.religion).toEqual(['Không', 'AGREED']);

    const errors = await t.app.orm.em.fork().find(KeyingError, { form: Number(c.form.id) }, { orderBy: { id: 'asc' } });
    expect(errors.map((e) => [e.keyerCode, e.fieldKey]).sort()).toEqual([
      ['KT1', 'citizenId'],
      ['KT1', 'phone'],
      ['KT2', 'citizenId'],
      ['KT2', 'fullName'],
    ]);

    const twice = await t.as('reviewer')(RESOLVE, { id: c.id, r: [] });
    expect(twice.errors[0].extensions.code).toBe('ALREADY_RESOLVED');
  });

  it('release, then next: another form; what a reviewer set aside comes back to them when nothing else is left, and to others at once', async () => {
    const b = (await t.as('admin')(CREATE_BATCH, { i: { code: 'RS', provinceCode: '001', district: 'D', commune: 'C' } })).data.createBatch.id;
    await t.submit([...disputed('RS', 'S1'), ...disputed('RS', 'S2')]);
    const claim = async (who: string) => (await t.as(who)(CLAIM, { b })).data.claimNextTask;
    const s1 = await claim('reviewer2');
    expect(s1.form.formNumber).toBe('S1');
    expect((await t.as('reviewer2')(RELEASE, { id: s1.id })).errors).toBeUndefined();
    const s2r = await claim('reviewer2');
    expect(s2r.form.formNumber).toBe('S2');
    expect((await t.as('reviewer2')(RELEASE, { id: s2r.id })).errors).toBeUndefined();
    // Both set aside: the oldest comes back rather than nothing.
    expect((await claim('reviewer2')).form.formNumber).toBe('S1');
    // Another reviewer is not held back by what reviewer2 set aside.
    expect((await claim('manager')).form.formNumber).toBe('S2');
    // A release that does not set the task aside (the screen's, to reopen another form): it comes back first.
    await t.submit([...disputed('RS', 'S3')]);
    const keep = graphql(`mutation ReviewReleaseKeep($id:ID!){ releaseTask(id:$id, setAside:false){ id status } }`);
    const s2 = await claim('manager');
    expect((await t.as('manager')(keep, { id: s2.id })).data.releaseTask.status).toBe('OPEN');
    expect((await claim('manager')).form.formNumber).toBe('S2');
  });

  it('returns an expired lease to the queue; the old holder can no longer resolve', async () => {
    const short = await startTestApp(kind, { LEASE_SECONDS: '5' });
    try {
      await short.as('admin')(CREATE_BATCH, { i: { code: 'X', provinceCode: '001', district: 'D', commune: 'C' } });
      await short.submit(disputed('X', 'F1'));
      const first = (await short.as('reviewer')(CLAIM, {})).data.claimNextTask;
      expect((await short.as('manager')(CLAIM, {})).data.claimNextTask).toBeNull();
      await new Promise((r) => setTimeout(r, 5200));
      const second = (await short.as('manager')(CLAIM, {})).data.claimNextTask;
      expect(second.id).toBe(first.id);
      const late = await short.as('reviewer')(RESOLVE, { id: first.id, r: first.discrepancies.map((d: any) => ({ discrepancyId: d.id, choice: 'FIRST' as const })) });
      expect(late.errors[0].extensions.code).toBe('NOT_LEASE_HOLDER');
    } finally {
      await short.close();
    }
  });

  it('answers an empty queue with null, and keeps other roles out', async () => {
    const b2 = await t.as('admin')(graphql(`query ReviewBatches { batches(filter:{code:"R2"}){ items { id } } }`));
    const none = await t.as('reviewer')(CLAIM, { b: b2.data.batches.items[0].id });
    expect(none.data.claimNextTask).toBeNull();
    for (const who of ['station', 'consumer', 'admin']) {
      const r = await t.as(who)(CLAIM, {});
      expect(r.errors[0].extensions.code, who).toBe('FORBIDDEN');
    }
    expect((await t.gql(CLAIM, {})).errors[0].extensions.code).toBe('UNAUTHENTICATED');
  });

  it('never gives one task to two reviewers, even when 12 claim at once, and every task is resolved once', async () => {
    const many = await startTestApp(kind);
    try {
      await many.as('admin')(CREATE_BATCH, { i: { code: 'C', provinceCode: '001', district: 'D', commune: 'C' } });
      const forms = Array.from({ length: 60 }, (_, i) => disputed('C', `F${i}`)).flat();
      const s = await many.submit(forms);
      expect(s.data.submitKeyings.filter((o: any) => o.status !== 'ACCEPTED')).toEqual([]);
      const em = many.app.orm.em.fork();
      const names = Array.from({ length: 12 }, (_, i) => `rev${i}`);
      const tokens: string[] = [];
      for (const n of names) {
        await many.app.services.auth.createUser({ em, actor: null }, { username: n, password: TEST_PASSWORD, role: 'REVIEWER', displayName: n });
        tokens.push((await many.gql(graphql(`mutation Login($u:String!,$p:String!){ login(username:$u,password:$p){ token } }`), { u: n, p: TEST_PASSWORD })).data.login.token);
      }
      const resolvedBy = new Map<string, string>();
      await Promise.all(
        tokens.map(async (token, i) => {
          for (;;) {
            const c = await many.gql(CLAIM, {}, token);
            expect(c.errors).toBeUndefined();
            const task = c.data.claimNextTask;
            if (!task) return;
            expect(resolvedBy.has(task.id), `task ${task.id} handed out twice`).toBe(false);
            resolvedBy.set(task.id, names[i]);
            const r = await many.gql(RESOLVE, { id: task.id, r: task.discrepancies.map((d: any) => ({ discrepancyId: d.id, choice: 'FIRST' as const })) }, token);
            expect(r.errors).toBeUndefined();
          }
        }),
      );
      expect(resolvedBy.size).toBe(60);
      const counts = await many.as('admin')(graphql(`query ReviewForms { forms(filter:{status:VERIFIED}){ total } correctionTasks(filter:{status:RESOLVED}){ total } verifiedRecords{ total } }`));
      expect(counts.data).toEqual({ forms: { total: 60 }, correctionTasks: { total: 60 }, verifiedRecords: { total: 60 } });
      expect(new Set(resolvedBy.values()).size).toBeGreaterThan(1);
    } finally {
      await many.close();
    }
  });
});

describe.each(dbKinds())('cross-field rules on %s', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(kind);
    await t.as('admin')(CREATE_BATCH, { i: { code: 'RU', provinceCode: '001', district: 'D', commune: 'C' } });
  });
  afterAll(async () => t?.close());

  it('sends an agreed record that breaks a rule to review, where the reviewer confirms or corrects it', async () => {
    // Both clerks agree on a female sex that the citizen ID (digit 4 = 0: male) contradicts.
    const wrong = person({ sex: 'Nữ' });
    const r = await t.submit([keying('RU', 'F1', 1, 'KT1', wrong), keying('RU', 'F1', 2, 'KT2', wrong)]);
    expect(r.data.submitKeyings[1].formStatus).toBe('IN_REVIEW');
    const c = (await t.as('reviewer')(graphql(`mutation ReviewClaimNextTask2{ claimNextTask { id discrepancies { id fieldKey kind value1 value2 note } } }`))).data.claimNextTask;
    // Raised on the ID and on the sex it contradicts: the reviewer decides which one is wrong.
    expect(c.discrepancies).toEqual([
      { id: expect.any(String), fieldKey: 'citizenId', kind: 'RULE', value1: '001090012345', value2: '001090012345', note: 'citizenId: digit 4 does not match the sex' },
      { id: expect.any(String), fieldKey: 'sex', kind: 'RULE', value1: 'Nữ', value2: 'Nữ', note: 'citizenId: digit 4 does not match the sex' },
    ]);
    const fixed = await t.as('reviewer')(RESOLVE, {
      id: c.id,
      r: [
        { discrepancyId: c.discrepancies[0].id, choice: 'VALUE', value: '001190012345' },
        { discrepancyId: c.discrepancies[1].id, choice: 'FIRST' },
      ],
    });
    expect(fixed.data.resolveTask.form.discrepancies).toEqual([
      { fieldKey: 'citizenId', finalValue: '001190012345', outcome: 'BOTH_WRONG' },
      { fieldKey: 'sex', finalValue: 'Nữ', outcome: 'EQUIVALENT' },
    ]);
    const errors = await t.app.orm.em.fork().find(KeyingError, { fieldKey: 'citizenId' });
    expect(errors.map((e) => e.keyerCode).sort()).toEqual(['KT1', 'KT2']);

    // Confirming the agreed value charges nobody.
    const odd = person({ dateOfBirth: '1899', citizenId: '001099012345' });
    await t.submit([keying('RU', 'F2', 1, 'KT1', odd), keying('RU', 'F2', 2, 'KT2', odd)]);
    const c2 = (await t.as('reviewer')(graphql(`mutation ReviewClaimNextTask3{ claimNextTask { id discrepancies { id fieldKey note } } }`))).data.claimNextTask;
    expect(c2.discrepancies.map((d: any) => d.fieldKey).sort()).toEqual(['citizenId', 'dateOfBirth']);
    const keep = c2.discrepancies.map((d: any) => ({ discrepancyId: d.id, choice: 'FIRST' as const }));
    // Keeping values that break a rule is warned about first, and refused without a reason.
    const warned = await t.as('reviewer')(graphql(`query ResolutionWarnings($id:ID!,$r:[ResolutionInput!]!){ resolutionWarnings(id:$id, resolutions:$r){ field kind check message } }`), { id: c2.id, r: keep });
    expect(warned.data.resolutionWarnings.map((w: any) => `${w.field}:${w.kind}:${w.check}`).sort()).toEqual(['citizenId:RULE:citizenId.structure', 'dateOfBirth:RULE:citizenId.structure', 'dateOfBirth:RULE:dateOfBirth.range']);
    const refused = await t.as('reviewer')(RESOLVE, { id: c2.id, r: keep });
    expect(refused.errors[0].extensions.code).toBe('CHECKS_FAILED');
    expect(refused.errors[0].extensions.problems.map((p: any) => p.field)).toContain('values.dateOfBirth');
    expect(JSON.stringify(refused.errors)).not.toContain('1899');
    const still = await t.as('reviewer')(graphql(`query ReviewCorrectionTask($id:ID!){ correctionTask(id:$id){ status } }`), { id: c2.id });
    expect(still.data.correctionTask.status).toBe('CLAIMED');
    const blank = await t.as('reviewer')(graphql(`mutation ResolveWithBlankReason($id:ID!,$r:[ResolutionInput!]!){ resolveTask(id:$id,resolutions:$r,overrideReason:"  "){ id } }`), { id: c2.id, r: keep });
    expect(blank.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    const RESOLVE_WITH_REASON = graphql(`mutation ResolveWithReason($id:ID!,$r:[ResolutionInput!]!,$why:String){ resolveTask(id:$id,resolutions:$r,overrideReason:$why){ id status resolvedAt resolvedBy { username } form { id status verifiedRecord { automatic values { key value source } } discrepancies { fieldKey finalValue outcome } } } }`);
    const ok = await t.as('reviewer')(RESOLVE_WITH_REASON, { id: c2.id, r: keep, why: 'the scan says 1899: a centenarian' });
    expect(ok.errors).toBeUndefined();
    expect(ok.data.resolveTask.form.discrepancies.map((d: any) => d.outcome)).toEqual(['EQUIVALENT', 'EQUIVALENT']);
    // The override is audited: which checks in clear, the reason sealed (it may quote the value).
    const ev = await t.as('admin')(graphql(`query ReviewAuditEvents($id:ID!){ auditEvents(filter:{ entityType:"task", entityId:$id }, perPage:20){ items { action data } } }`), { id: c2.id });
    const resolved = ev.data.auditEvents.items.find((e: any) => e.action === 'task.resolve')!;
    const data = typeof resolved.data === 'string' ? JSON.parse(resolved.data) : resolved.data;
    expect(data.overridden.map((o: any) => o.check)).toContain('dateOfBirth.range');
    expect(JSON.stringify(data)).not.toContain('centenarian');
    expect(data.sealedReason).toEqual(expect.any(String));
    expect(await t.app.orm.em.fork().count(KeyingError, { form: Number(ok.data.resolveTask.form.id) })).toBe(0);
  });
});
