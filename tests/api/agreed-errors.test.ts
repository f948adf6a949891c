import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dbKinds, startTestApp, type TestApp } from '../helpers/test-app.js';
import { CREATE_BATCH, keying, person } from '../helpers/fixtures.js';
import { graphql } from '../gql/index.js';

/**
 * Errors both clerks make the same way: a misread commune, a word typed with the input method
 * off. The two keyings agree, so only the place list and the syllable check can catch them.
 */
const CLAIM = graphql(`mutation AgreedErrorsClaimNextTask($b:ID){ claimNextTask(batchId:$b){ id form { id } discrepancies { id fieldKey kind value1 value2 note suggestions } } }`);
const DISCREPANCIES = graphql(`query AgreedErrorsForm($f:ID!){ form(id:$f){ discrepancies { fieldKey kind value1 note suggestions } } }`);

describe.each(dbKinds())('agreed errors caught by checks (%s)', (kind) => {
  let t: TestApp;
  let batchId: string;

  beforeAll(async () => {
    t = await startTestApp(kind);
    batchId = (await t.as('admin')(CREATE_BATCH, { i: { code: 'AE', provinceCode: '001', district: 'D', commune: 'C' } })).data.createBatch.id;
  });
  afterAll(async () => t?.close());

  it('sends a place both clerks misread to review as REFERENCE, with the official names to choose from', async () => {
    const misread = person({ hometown: 'Xã Hòa Bính, Huyện Thường Tín, Hà Nội', permanentAddress: 'Số 12, ngõ 45, phố Hàng Bạc, Phường Hàng Bạk, Quận Hoàn Kiếm, Hà Nội' });
    const r = await t.submit([keying('AE', 'P1', 1, 'KT1', misread), keying('AE', 'P1', 2, 'KT2', misread)]);
    expect(r.data.submitKeyings[1].formStatus).toBe('IN_REVIEW');
    const c = (await t.as('reviewer')(CLAIM, { b: batchId })).data.claimNextTask;
    const byField = Object.fromEntries(c.discrepancies.map((d: any) => [d.fieldKey, d]));
    expect(Object.keys(byField).sort()).toEqual(['hometown', 'permanentAddress']);
    expect(byField.hometown).toMatchObject({ kind: 'REFERENCE', note: 'hometown: the commune matches no official commune, ward or township' });
    expect(byField.hometown.suggestions[0]).toBe('Xã Hòa Bình, Huyện Thường Tín, Thành phố Hà Nội');
    // An address keeps its house and street in the suggestions.
    expect(byField.permanentAddress.suggestions[0]).toBe('Số 12, ngõ 45, phố Hàng Bạc, Phường Hàng Bạc, Quận Hoàn Kiếm, Thành phố Hà Nội');
    // Someone who sees the form masked sees neither the value nor what it is close to.
    const masked = (await t.as('manager')(DISCREPANCIES, { f: c.form.id })).data.form.discrepancies;
    for (const d of masked) {
      expect(d.suggestions).toBeNull();
      expect(JSON.stringify(d)).not.toMatch(/Bính|Bạk|Hàng Bạc/);
    }
    // Taking the suggestion needs no reason; both clerks are charged with the agreed error.
    const ok = await t.as('reviewer')(graphql(`mutation AgreedErrorsResolveTask($id:ID!,$r:[ResolutionInput!]!){ resolveTask(id:$id,resolutions:$r){ status form { discrepancies { fieldKey outcome } } } }`), {
      id: c.id,
      r: [
        { discrepancyId: byField.hometown.id, choice: 'VALUE', value: byField.hometown.suggestions[0] },
        { discrepancyId: byField.permanentAddress.id, choice: 'VALUE', value: byField.permanentAddress.suggestions[0] },
      ],
    });
    expect(ok.errors).toBeUndefined();
    expect(ok.data.resolveTask.form.discrepancies.map((d: any) => d.outcome)).toEqual(['BOTH_WRONG', 'BOTH_WRONG']);
    const report = await t.as('manager')(graphql(`query AgreedErrorsKeyerReport { keyerReport(perPage:10, sortField:keyerCode, sortOrder:ASC){ items { keyerCode fieldErrors errorKinds { kind errors } } } }`));
    const kt1 = report.data.keyerReport.items.find((i: any) => i.keyerCode === 'KT1')!;
    expect(kt1.errorKinds).toEqual(expect.arrayContaining([{ kind: 'REFERENCE', errors: 2 }]));
  });

  it('sends a name both clerks typed with the input method off to review as SPELLING', async () => {
    const telex = person({ fatherName: 'Nguyễn Vawn Binhf' });
    await t.submit([keying('AE', 'P2', 1, 'KT1', telex), keying('AE', 'P2', 2, 'KT2', telex)]);
    const c = (await t.as('reviewer')(CLAIM, { b: batchId })).data.claimNextTask;
    expect(c.discrepancies).toEqual([
      expect.objectContaining({ fieldKey: 'fatherName', kind: 'SPELLING', value1: 'Nguyễn Vawn Binhf', note: expect.stringMatching(/^fatherName: word 2 looks like Telex keys/), suggestions: null }),
    ]);
    const masked = (await t.as('manager')(DISCREPANCIES, { f: c.form.id })).data.form.discrepancies;
    expect(masked[0].note).toBe(c.discrepancies[0].note);
    // The masked value keeps only the family name, as everywhere.
    expect(JSON.stringify(masked)).not.toMatch(/Vawn|Binhf/);
  });

  it('reads Ð (eth) typed for Đ as Đ: the keyings agree and the record stores Đ', async () => {
    const eth = person({ fullName: 'Ðặng Văn An', householdHeadName: 'Ðặng Văn An' });
    const r = await t.submit([keying('AE', 'P3', 1, 'KT1', eth), keying('AE', 'P3', 2, 'KT2', person({ fullName: 'Đặng Văn An', householdHeadName: 'Đặng Văn An' }))]);
    expect(r.data.submitKeyings[1].formStatus).toBe('AUTO_VERIFIED');
    const rec = await t.as('admin')(graphql(`query AgreedErrorsForm2($f:ID!){ form(id:$f){ verifiedRecord { values { key value } } } }`), { f: r.data.submitKeyings[1].formId });
    expect(rec.data.form.verifiedRecord.values.find((v: any) => v.key === 'fullName')!.value).toBe('Đặng Văn An');
  });

  it('verifies minority and foreign names and official places written with abbreviations without a flag', async () => {
    const forms = [
      person({ fullName: 'Ksor H\'Bia', householdHeadName: 'Ksor H\'Bia', ethnicity: 'Gia Rai', hometown: 'Xã Ia Púch, H. Chư Prông, T. Gia Lai' }),
      person({ fullName: 'Giàng A Páo', householdHeadName: 'Giàng A Páo', ethnicity: "H'Mông", currentAddress: 'Số 3, P. Láng Hạ, Q. Đống Đa, TP. Hà Nội' }),
      person({ fullName: 'John Smith', householdHeadName: 'John Smith', nationality: 'Hoa Kỳ' }),
    ];
    const r = await t.submit(forms.flatMap((v, i) => [keying('AE', `M${i}`, 1, 'KT1', v), keying('AE', `M${i}`, 2, 'KT2', v)]));
    expect(r.data.submitKeyings.filter((_: unknown, i: number) => i % 2 === 1).map((k: any) => k.formStatus)).toEqual(['AUTO_VERIFIED', 'AUTO_VERIFIED', 'AUTO_VERIFIED']);
  });
});
