import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dbKinds, startTestApp, type TestApp } from '../helpers/test-app.js';
import { CREATE_BATCH, keying, person } from '../helpers/fixtures.js';
import { graphql } from '../gql/index.js';

/**
 * Every check runs on the final record, whoever sets it: a reviewer, a third clerk, a spot check.
 * Values that fail one are shown as warnings first and stored only with a reason.
 */
const CLAIM = graphql(`mutation FinalChecksClaimNextTask($b:ID){ claimNextTask(batchId:$b){ id kind discrepancies { id fieldKey value1 value2 value3 } } }`);
const RESOLVE = graphql(`mutation FinalChecksResolveTask($id:ID!,$r:[ResolutionInput!]!,$why:String){ resolveTask(id:$id,resolutions:$r,overrideReason:$why){ id status form { status } } }`);
const WARN = graphql(`query ResolutionWarnings($id:ID!,$r:[ResolutionInput!]!){ resolutionWarnings(id:$id, resolutions:$r){ field kind check message } }`);
const SPOT = graphql(`mutation FinalChecksResolveSpotCheck($id:ID!,$c:[FieldCorrectionInput!]!,$why:String){ resolveSpotCheck(id:$id,corrections:$c,overrideReason:$why){ id status } }`);
const SPOT_WARN = graphql(`query FinalChecksSpotCheckWarnings($id:ID!,$c:[FieldCorrectionInput!]!){ spotCheckWarnings(id:$id, corrections:$c){ field kind check message } }`);

describe.each(dbKinds())('checks on the final record (%s)', (kind) => {
  let t: TestApp;
  const batch: Record<string, string> = {};
  const reviewer = () => t.as('reviewer');

  beforeAll(async () => {
    t = await startTestApp(kind);
    for (const [code, extra] of [['FC', {}], ['FS', { spotCheckPercent: 100, spotCheckSeed: 1 }]] as const) {
      const r = await t.as('admin')(CREATE_BATCH, { i: { code, provinceCode: '001', district: 'D', commune: 'C', ...extra } });
      expect(r.errors).toBeUndefined();
      batch[code] = r.data.createBatch.id;
    }
  });
  afterAll(async () => t?.close());

  it('refuses a typed value that breaks a rule with an agreed field, unless a reason is given', async () => {
    // The clerks disagree on the date of birth, so the ID ↔ year rule could not be judged at ingest.
    await t.submit([keying('FC', 'R1', 1, 'KT1', person({ dateOfBirth: '05/03/1990' })), keying('FC', 'R1', 2, 'KT2', person({ dateOfBirth: '05/03/1980' }))]);
    const c = (await reviewer()(CLAIM, { b: batch.FC })).data.claimNextTask;
    expect(c.discrepancies.map((d: any) => d.fieldKey)).toEqual(['dateOfBirth']);
    const typed = [{ discrepancyId: c.discrepancies[0].id, choice: 'VALUE' as const, value: '05/03/1985' }];
    const warnings = (await reviewer()(WARN, { id: c.id, r: typed })).data.resolutionWarnings;
    expect(warnings).toEqual([
      { field: 'citizenId', kind: 'RULE', check: 'citizenId.structure', message: 'citizenId: digits 5-6 do not match the year of birth' },
      { field: 'dateOfBirth', kind: 'RULE', check: 'citizenId.structure', message: 'citizenId: digits 5-6 do not match the year of birth' },
    ]);
    // Choosing the first keying's value passes: no warning, and it resolves without a reason.
    const first = [{ discrepancyId: c.discrepancies[0].id, choice: 'FIRST' as const }];
    expect((await reviewer()(WARN, { id: c.id, r: first })).data.resolutionWarnings).toEqual([]);
    const refused = await reviewer()(RESOLVE, { id: c.id, r: typed });
    expect(refused.errors[0].extensions.code).toBe('CHECKS_FAILED');
    expect(refused.errors[0].message).not.toContain('1985');
    const ok = await reviewer()(RESOLVE, { id: c.id, r: first });
    expect(ok.data.resolveTask).toEqual({ id: c.id, status: 'RESOLVED', form: { status: 'VERIFIED' } });
  });

  it('does not let a third keying verify a record that fails a check: a reviewer decides', async () => {
    // The ID says male; pass 1 says female, pass 2 male; the third clerk agrees with pass 1.
    await t.submit([keying('FC', 'R2', 1, 'KT1', person({ sex: 'Nữ' })), keying('FC', 'R2', 2, 'KT2', person())]);
    const c = (await reviewer()(CLAIM, { b: batch.FC })).data.claimNextTask;
    expect(c.discrepancies.map((d: any) => d.fieldKey)).toEqual(['sex']);
    await reviewer()(graphql(`mutation FinalChecksRequestRekey($id:ID!){ requestRekey(id:$id){ status } }`), { id: c.id });
    const third = await t.submit([keying('FC', 'R2', 3, 'KT3', { sex: 'Nữ' })]);
    expect(third.data.submitKeyings[0]).toMatchObject({ status: 'ACCEPTED', formStatus: 'IN_REVIEW' });
    const back = (await reviewer()(CLAIM, { b: batch.FC })).data.claimNextTask;
    expect(back.id).toBe(c.id);
    expect(back.discrepancies[0].value3).toBe('Nữ');
    const ev = await t.as('admin')(graphql(`query FinalChecksAuditEvents($id:ID!){ auditEvents(filter:{ entityType:"task", entityId:$id, action:"task.rekeyed" }){ items { data } } }`), { id: c.id });
    const data = ev.data.auditEvents.items[0].data;
    expect((typeof data === 'string' ? JSON.parse(data) : data).checksFailed).toBe(true);
    const ok = await reviewer()(RESOLVE, { id: back.id, r: [{ discrepancyId: back.discrepancies[0].id, choice: 'SECOND' }] });
    expect(ok.data.resolveTask.status).toBe('RESOLVED');
  });

  it('warns about a spot-check correction that fails a check and stores it only with a reason', async () => {
    await t.submit([keying('FS', 'S1', 1, 'KT1', person()), keying('FS', 'S1', 2, 'KT2', person())]);
    const c = (await reviewer()(CLAIM, { b: batch.FS })).data.claimNextTask;
    expect(c.kind).toBe('SPOT_CHECK');
    const wrong = [{ fieldKey: 'sex', value: 'Nữ' }];
    const warnings = (await reviewer()(SPOT_WARN, { id: c.id, c: wrong })).data.spotCheckWarnings;
    expect(warnings.map((w: any) => w.field).sort()).toEqual(['citizenId', 'sex']);
    expect((await reviewer()(SPOT_WARN, { id: c.id, c: [] })).data.spotCheckWarnings).toEqual([]);
    const refused = await reviewer()(SPOT, { id: c.id, c: wrong });
    expect(refused.errors[0].extensions.code).toBe('CHECKS_FAILED');
    const record = async () => (await t.as('admin')(graphql(`query FinalChecksForms($b:ID!){ forms(filter:{ batchId:$b }){ items { formNumber verifiedRecord { values { key value } } } } }`), { b: batch.FS })).data.forms.items[0].verifiedRecord.values.find((v: any) => v.key === 'sex')!.value;
    expect(await record()).toBe('Nam');
    const ok = await reviewer()(SPOT, { id: c.id, c: wrong, why: 'the scan clearly says female; the ID is wrong at source' });
    expect(ok.errors).toBeUndefined();
    expect(await record()).toBe('Nữ');
  });

  it('answers warnings only to the holder of the task', async () => {
    await t.submit([keying('FC', 'R3', 1, 'KT1', person({ fullName: 'Nguyễn Văn Bảo' })), keying('FC', 'R3', 2, 'KT2', person())]);
    const c = (await reviewer()(CLAIM, { b: batch.FC })).data.claimNextTask;
    const other = await t.as('reviewer2')(WARN, { id: c.id, r: [] });
    expect(other.errors[0].extensions.code).toBe('NOT_LEASE_HOLDER');
    expect(other.data).toBeNull();
  });
});
