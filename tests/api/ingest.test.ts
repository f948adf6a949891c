import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dbKinds, startTestApp, type TestApp } from '../helpers/test-app.js';
import { CREATE_BATCH, keying, person, SUBMIT } from '../helpers/fixtures.js';
import { graphql } from '../gql/index.js';
import type { Doc } from '../helpers/gql.js';

const COUNTS = graphql(`query IngestForms { forms(perPage:1){ total } keyings(perPage:1){ total } correctionTasks(perPage:1){ total } verifiedRecords(perPage:1){ total } discrepancies(perPage:1){ total } }`);

describe.each(dbKinds())('ingest on %s', (kind) => {
  let t: TestApp;
  let station: TestApp['gql'];
  let admin: ReturnType<TestApp['as']>;
  const counts = async () => {
    const r = await admin(COUNTS);
    return Object.fromEntries(Object.entries(r.data).map(([k, v]: [string, any]) => [k, v.total]));
  };

  beforeAll(async () => {
    t = await startTestApp(kind, { MAX_KEYINGS_PER_CALL: '20' });
    admin = t.as('admin');
    // Keyings go through one station per pass (t.submit); other queries as the first station.
    station = ((q: Doc, v?: Record<string, unknown>) => (q === SUBMIT ? t.submit(v!.k as { pass: number }[]) : t.as('station')(q as string, v))) as never;
    for (const code of ['B1', 'B2']) {
      const r = await admin(CREATE_BATCH, { i: { code, provinceCode: '001', district: 'Quận Hoàn Kiếm', commune: 'Phường Hàng Bạc' } });
      expect(r.errors).toBeUndefined();
    }
  });
  afterAll(async () => t?.close());

  it('verifies a form automatically when both passes agree, even across NFC/NFD and spacing', async () => {
    const nfd = person({ fullName: '  nguyễn   văn an '.normalize('NFD'), citizenId: '001 090 012 345', dateOfBirth: '5/3/1990', sex: 'nam' });
    const r = await station(SUBMIT, { k: [keying('B1', 'A1', 1, 'KT1', person()), keying('B1', 'A1', 2, 'KT2', nfd)] });
    expect(r.errors).toBeUndefined();
    const [o1, o2] = r.data.submitKeyings;
    // formStatus is the form's status after the whole call
    expect(o1).toMatchObject({ status: 'ACCEPTED', formStatus: 'AUTO_VERIFIED', code: null });
    expect(o2).toMatchObject({ status: 'ACCEPTED', formStatus: 'AUTO_VERIFIED', formId: o1.formId });
    const f = await admin(graphql(`query IngestForm($id:ID!){ form(id:$id){ status verifiedAt task { id } keyings { pass keyerCode values { key value } } verifiedRecord { automatic values { key value source } } } }`), { id: o1.formId });
    expect(f.data.form.status).toBe('AUTO_VERIFIED');
    expect(f.data.form.task).toBeNull();
    expect(f.data.form.keyings.map((k: any) => k.keyerCode)).toEqual(['KT1', 'KT2']);
    const rec = Object.fromEntries(f.data.form.verifiedRecord.values.map((v: any) => [v.key, v]));
    expect(f.data.form.verifiedRecord.automatic).toBe(true);
    expect(rec.fullName).toEqual({ key: 'fullName', value: 'Nguyễn Văn An', source: 'AGREED' });
    expect(rec.citizenId.value).toBe('001090012345');
    expect(rec.dateOfBirth.value).toBe('05/03/1990');
    expect(rec.sex.value).toBe('Nam');
    // the keying keeps what the clerk typed
    expect(f.data.form.keyings[1].values.find((v: any) => v.key === 'citizenId')!.value).toBe('001 090 012 345');
  });

  it('turns every disagreeing field into a discrepancy with its kind, and the form into one task', async () => {
    const second = person({ fullName: 'Nguyen Van An', citizenId: '001090012354', dateOfBirth: '03/05/1990', phone: null });
    const r = await station(SUBMIT, { k: [keying('B1', 'A2', 1, 'KT1', person()), keying('B1', 'A2', 2, 'KT2', second)] });
    expect(r.data.submitKeyings[1]).toMatchObject({ status: 'ACCEPTED', formStatus: 'IN_REVIEW' });
    const f = await admin(graphql(`query IngestForm2($id:ID!){ form(id:$id){ status task { status discrepancyCount } discrepancies { fieldKey value1 value2 kind editDistance outcome } } }`), { id: r.data.submitKeyings[0].formId });
    expect(f.data.form.status).toBe('IN_REVIEW');
    expect(f.data.form.task).toEqual({ status: 'OPEN', discrepancyCount: 4 });
    expect(f.data.form.discrepancies).toEqual([
      { fieldKey: 'fullName', value1: 'Nguyễn Văn An', value2: 'Nguyen Van An', kind: 'DIACRITIC', editDistance: 2, outcome: null },
      { fieldKey: 'dateOfBirth', value1: '05/03/1990', value2: '03/05/1990', kind: 'DAY_MONTH_SWAP', editDistance: 2, outcome: null },
      { fieldKey: 'citizenId', value1: '001090012345', value2: '001090012354', kind: 'TRANSPOSITION', editDistance: 2, outcome: null },
      { fieldKey: 'phone', value1: '0912345678', value2: null, kind: 'MISSING', editDistance: 10, outcome: null },
    ]);
  });

  it('answers a retry with the original outcome and stores nothing new', async () => {
    const batch = [keying('B1', 'A3', 1, 'KT1', person()), keying('B1', 'A3', 2, 'KT2', person({ religion: 'Phật giáo' }))];
    const first = await station(SUBMIT, { k: batch });
    const before = await counts();
    const again = await station(SUBMIT, { k: batch });
    expect(again.data.submitKeyings.map((o: any) => o.status)).toEqual(['DUPLICATE', 'DUPLICATE']);
    expect(again.data.submitKeyings.map((o: any) => o.keyingId)).toEqual(first.data.submitKeyings.map((o: any) => o.keyingId));
    expect(again.data.submitKeyings[1].formStatus).toBe('IN_REVIEW');
    expect(await counts()).toEqual(before);
    // the same key twice inside one call: the second repeats the first
    const twice = await station(SUBMIT, { k: [keying('B1', 'A4', 1, 'KT1', person()), keying('B1', 'A4', 1, 'KT1', person())] });
    expect(twice.data.submitKeyings.map((o: any) => o.status)).toEqual(['ACCEPTED', 'DUPLICATE']);
  });

  // 20 forms go as a COPY after a savepoint, 5 as one INSERT that skips forms taken meanwhile.
  it.each([20, 5])('stores each keying once when calls creating the same %i new forms run at the same time', async (n) => {
    const before = await counts();
    const nos = Array.from({ length: n }, (_, i) => `CC${n}-${i}`);
    const pass1 = nos.map((no) => keying('B2', no, 1, 'KT1', person()));
    const pass2 = nos.map((no) => keying('B2', no, 2, 'KT2', person()));
    // Each call repeated four times, pass 1 and pass 2 interleaved: every call races to create the 20 forms.
    const calls = await Promise.all(Array.from({ length: 8 }, (_, i) => station(SUBMIT, { k: i % 2 ? pass2 : pass1 })));
    for (const c of calls) expect(c.errors).toBeUndefined();
    const outcomes = calls.flatMap((c) => c.data.submitKeyings as { idempotencyKey: string; status: string }[]);
    for (const k of [...pass1, ...pass2]) {
      const mine = outcomes.filter((o) => o.idempotencyKey === k.idempotencyKey).map((o) => o.status).sort();
      expect(mine).toEqual(['ACCEPTED', 'DUPLICATE', 'DUPLICATE', 'DUPLICATE']);
    }
    const after = await counts();
    expect(after.forms - before.forms).toBe(n);
    expect(after.keyings - before.keyings).toBe(2 * n);
    expect(after.verifiedRecords - before.verifiedRecords).toBe(n);
    expect(after.correctionTasks).toBe(before.correctionTasks);
  });

  it('opens a ready batch again while a new form waits, and makes it ready when the last one is verified', async () => {
    const b = await admin(CREATE_BATCH, { i: { code: 'B3', provinceCode: '001', district: 'Quận Hoàn Kiếm', commune: 'Phường Hàng Bạc' } });
    const status = async () => (await admin(graphql(`query IngestBatchStatus($id:ID!){ batch(id:$id){ status } }`), { id: b.data.createBatch.id })).data.batch.status;
    const submit = async (...k: ReturnType<typeof keying>[]) => expect((await station(SUBMIT, { k })).data.submitKeyings.map((o: any) => o.status)).toEqual(k.map(() => 'ACCEPTED'));
    await submit(keying('B3', 'R1', 1, 'KT1', person()), keying('B3', 'R1', 2, 'KT2', person()));
    expect(await status()).toBe('READY');
    await submit(keying('B3', 'R2', 1, 'KT1', person()));
    expect(await status()).toBe('OPEN');
    // Already open, with one more form waiting, and then with one of the two still waiting.
    await submit(keying('B3', 'R3', 1, 'KT1', person()));
    expect(await status()).toBe('OPEN');
    await submit(keying('B3', 'R2', 2, 'KT2', person()));
    expect(await status()).toBe('OPEN');
    await submit(keying('B3', 'R3', 2, 'KT2', person()));
    expect(await status()).toBe('READY');
  });

  it('rejects a different keying for an already keyed pass as a conflict and keeps the original', async () => {
    const r = await station(SUBMIT, { k: [keying('B1', 'A3', 1, 'KT7', person({ fullName: 'Trần Văn Bảy' }), { idempotencyKey: 'other-key' })] });
    expect(r.data.submitKeyings[0]).toMatchObject({ status: 'REJECTED', code: 'CONFLICT', keyingId: null });
    expect(r.data.submitKeyings[0].message).toContain('already has a pass 1 keying');
    const k = await admin(graphql(`query IngestKeyings { keyings(filter:{keyerCode:"KT7"}){ total } }`));
    expect(k.data.keyings.total).toBe(0);
  });

  it('rejects an idempotency key reused for different content', async () => {
    const r = await station(SUBMIT, { k: [keying('B1', 'A3', 1, 'KT1', person({ bloodType: 'AB' }))] });
    expect(r.data.submitKeyings[0]).toMatchObject({ status: 'REJECTED', code: 'CONFLICT', problems: [{ field: 'idempotencyKey', reason: 'reused with different content' }] });
  });

  it('requires pass 2 from a different clerk than pass 1', async () => {
    const r = await station(SUBMIT, { k: [keying('B1', 'A5', 1, 'KT1', person()), keying('B1', 'A5', 2, 'KT1', person())] });
    expect(r.data.submitKeyings[0].status).toBe('ACCEPTED');
    expect(r.data.submitKeyings[1]).toMatchObject({ status: 'REJECTED', code: 'SAME_KEYER', problems: [{ field: 'keyerCode', reason: 'same clerk as the other pass' }] });
  });

  it('validates every value by field type before storing anything, naming field and reason', async () => {
    const before = await counts();
    const bad = person({ citizenId: '00109001234', dateOfBirth: '31/02/1990', sex: 'X', fullName: 'Nguyễn Văn 4n' });
    const r = await station(SUBMIT, {
      k: [keying('B2', 'V1', 1, 'KT1', { ...bad, shoeSize: '42' }), keying('B2', 'V2', 1, 'KT1', person({ fullName: null }))],
    });
    const [o, missing] = r.data.submitKeyings;
    expect(o.status).toBe('REJECTED');
    expect(o.code).toBe('BAD_USER_INPUT');
    const byField = Object.fromEntries(o.problems.map((p: any) => [p.field, p.reason]));
    expect(byField['values.shoeSize']).toBe('is not a field of template dc01');
    expect(byField['values.citizenId']).toBe('a citizen ID has 12 digits, got 11');
    expect(byField['values.dateOfBirth']).toMatch(/not a valid date/);
    expect(byField['values.sex']).toBe('unknown value "X"; allowed: Nam, Nữ');
    expect(byField['values.fullName']).toBe('a name cannot contain digits');
    expect(missing.problems).toEqual([{ field: 'values.fullName', reason: 'is required' }]);
    expect(await counts()).toEqual(before);
    const forms = await admin(graphql(`query IngestForms2 { forms(filter:{formNumber:"V1"}){ total } }`));
    expect(forms.data.forms.total).toBe(0);
  });

  it('treats each keying in a call as all-or-nothing: good ones land beside rejected ones', async () => {
    const r = await station(SUBMIT, {
      k: [keying('B2', 'M1', 1, 'KT1', person()), keying('B2', 'M2', 1, 'KT1', person({ phone: '12' })), keying('NOPE', 'M3', 1, 'KT1', person())],
    });
    expect(r.data.submitKeyings.map((o: any) => [o.index, o.status, o.code])).toEqual([
      [0, 'ACCEPTED', null],
      [1, 'REJECTED', 'BAD_USER_INPUT'],
      [2, 'REJECTED', 'NOT_FOUND'],
    ]);
    expect(r.data.submitKeyings[2].problems).toEqual([{ field: 'batchCode', reason: 'unknown batch' }]);
  });

  it('checks the envelope: pass number, codes and times', async () => {
    const r = await station(SUBMIT, { k: [keying('B2', 'E1', 4, 'K T', person(), { startedAt: '2026-11-02T09:00:00Z' })] });
    const fields = r.data.submitKeyings[0].problems.map((p: any) => p.field).sort();
    expect(fields).toEqual(['keyerCode', 'pass', 'startedAt']);
  });

  it('records illegible fields and compares them as such', async () => {
    const r = await station(SUBMIT, {
      k: [
        keying('B2', 'I1', 1, 'KT1', person({ phone: null }), { illegibleFields: ['phone'] }),
        keying('B2', 'I1', 2, 'KT2', person()),
      ],
    });
    expect(r.data.submitKeyings[1].formStatus).toBe('IN_REVIEW');
    const f = await admin(graphql(`query IngestForm3($id:ID!){ form(id:$id){ keyings { values { key value illegible } } discrepancies { fieldKey kind } } }`), { id: r.data.submitKeyings[0].formId });
    expect(f.data.form.keyings[0].values.find((v: any) => v.key === 'phone')).toEqual({ key: 'phone', value: null, illegible: true });
    expect(f.data.form.discrepancies).toEqual([{ fieldKey: 'phone', kind: 'ILLEGIBLE' }]);
  });

  it('refuses more keyings per call than configured, storing none', async () => {
    const before = await counts();
    const many = Array.from({ length: 21 }, (_, i) => keying('B2', `L${i}`, 1, 'KT1', person()));
    const r = await station(SUBMIT, { k: many });
    expect(r.errors?.[0].extensions.code).toBe('TOO_MANY_ITEMS');
    expect(await counts()).toEqual(before);
  });

  it('lets only keying stations (and admins) submit', async () => {
    const k = [keying('B2', 'R1', 1, 'KT1', person())];
    const none = await t.gql(SUBMIT, { k });
    expect(none.errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
    for (const who of ['consumer', 'reviewer', 'manager']) {
      const r = await t.as(who)(SUBMIT, { k });
      expect(r.errors?.[0].extensions.code, who).toBe('FORBIDDEN');
    }
    const bad = await t.gql(SUBMIT, { k }, 'not-a-token');
    expect(bad.errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
  });
});
