import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dbKinds, startTestApp, TEST_PASSWORD, type TestApp } from '../helpers/test-app.js';
import { CREATE_BATCH, keying, person, SUBMIT } from '../helpers/fixtures.js';
import { graphql } from '../gql/index.js';

/**
 * Double entry is only worth its cost if the two keyings are independent: the keyer is who signed
 * in (not whatever the payload says), stations may only name registered clerks, and no single
 * credential may supply two passes of one form, however it names the clerks.
 */
const FORM = graphql(`query IndependenceForm($id:ID!){ form(id:$id){ status task { id } verifiedRecord { id } keyings { pass keyerCode submittedBy } } }`);
const COUNTS = graphql(`query IndependenceKeyings { keyings(perPage:1){ total } verifiedRecords(perPage:1){ total } }`);
const INGEST_EVENTS = graphql(`query IndependenceAuditEvents { auditEvents(perPage: 200, filter: { action: "keyings.ingest" }){ items { actor data } } }`);

describe.each(dbKinds())('independence of the two keyings on %s', (kind) => {
  let t: TestApp;
  const admin = () => t.as('admin');
  const counts = async () => {
    const r = await admin()(COUNTS);
    return [r.data.keyings.total, r.data.verifiedRecords.total];
  };
  const apiKey = async (name: string) => (await admin()(graphql(`mutation IndependenceCreateApiKey($n:String!){ createApiKey(input:{ name: $n, scopes: [KEYINGS_SUBMIT] }){ key } }`), { n: name })).data.createApiKey.key as string;

  beforeAll(async () => {
    t = await startTestApp(kind);
    const r = await admin()(CREATE_BATCH, { i: { code: 'IN', provinceCode: '001', district: 'Quận Ba Đình', commune: 'Phường Kim Mã' } });
    expect(r.errors).toBeUndefined();
  });
  afterAll(async () => t?.close());

  it('one station cannot supply both passes of a form, in one call or in two, under any keyer codes', async () => {
    const before = await counts();
    const both = await t.as('station')(SUBMIT, { k: [keying('IN', 'S1', 1, 'KT1', person()), keying('IN', 'S1', 2, 'KT2', person())] });
    expect(both.data.submitKeyings[0]).toMatchObject({ status: 'ACCEPTED', formStatus: 'ONE_PASS_KEYED' });
    expect(both.data.submitKeyings[1]).toMatchObject({ status: 'REJECTED', code: 'SAME_CREDENTIAL', problems: [{ field: 'pass' }] });
    expect(both.data.submitKeyings[1].message).toMatch(/one credential may not supply two passes/);
    // A later call by the same station, another clerk code: still refused.
    const later = await t.as('station')(SUBMIT, { k: [keying('IN', 'S1', 2, 'KT3', person(), { idempotencyKey: 'IN/S1/2-later' })] });
    expect(later.data.submitKeyings[0]).toMatchObject({ status: 'REJECTED', code: 'SAME_CREDENTIAL' });
    const f = await admin()(FORM, { id: both.data.submitKeyings[0].formId });
    expect(f.data.form).toMatchObject({ status: 'ONE_PASS_KEYED', task: null, verifiedRecord: null });
    expect(await counts()).toEqual([before[0] + 1, before[1]]);
    // Another station may: the form is compared and verified.
    const other = await t.as('station2')(SUBMIT, { k: [keying('IN', 'S1', 2, 'KT2', person())] });
    expect(other.data.submitKeyings[0]).toMatchObject({ status: 'ACCEPTED', formStatus: 'AUTO_VERIFIED' });
  });

  it('one API key cannot supply both passes; two keys can', async () => {
    const k1 = await apiKey('station key one');
    const k2 = await apiKey('station key two');
    const first = await t.gql(SUBMIT, { k: [keying('IN', 'K1', 1, 'KT1', person()), keying('IN', 'K1', 2, 'KT2', person())] }, k1);
    expect(first.data.submitKeyings.map((o: any) => o.code)).toEqual([null, 'SAME_CREDENTIAL']);
    const second = await t.gql(SUBMIT, { k: [keying('IN', 'K1', 2, 'KT2', person())] }, k2);
    expect(second.data.submitKeyings[0]).toMatchObject({ status: 'ACCEPTED', formStatus: 'AUTO_VERIFIED' });
    // A key and a person's sign-in are different credentials too, but the key's own second try is not.
    const third = await t.gql(SUBMIT, { k: [keying('IN', 'K2', 1, 'KT1', person())] }, k1);
    expect(third.data.submitKeyings[0].status).toBe('ACCEPTED');
    expect((await t.as('station')(SUBMIT, { k: [keying('IN', 'K2', 2, 'KT2', person())] })).data.submitKeyings[0].status).toBe('ACCEPTED');
  });

  it('a clerk signed in keys as themselves: the code comes from the sign-in, another code is refused', async () => {
    const clerk = t.as('keyer'); // KT1
    const { keyerCode: _drop, ...noCode } = keying('IN', 'C1', 1, 'KT1', person());
    const own = await clerk(SUBMIT, { k: [noCode] });
    // Stored, but not what became of the form: whether the other pass is in is not the clerk's to know.
    expect(own.data.submitKeyings[0]).toMatchObject({ status: 'ACCEPTED', formStatus: null });
    // Naming another clerk (even a registered one) is refused, and nothing is stored.
    const before = await counts();
    const other = await clerk(SUBMIT, { k: [keying('IN', 'C2', 1, 'KT5', person())] });
    expect(other.data.submitKeyings[0]).toMatchObject({ status: 'REJECTED', code: 'KEYER_MISMATCH', problems: [{ field: 'keyerCode' }] });
    expect(await counts()).toEqual(before);
    // Their own code given explicitly is fine; a retry without it is the same keying.
    const explicit = await clerk(SUBMIT, { k: [keying('IN', 'C3', 1, 'KT1', person())] });
    expect(explicit.data.submitKeyings[0].status).toBe('ACCEPTED');
    const retry = await clerk(SUBMIT, { k: [noCode] });
    expect(retry.data.submitKeyings[0]).toMatchObject({ status: 'DUPLICATE', keyingId: own.data.submitKeyings[0].keyingId });
    // The same clerk cannot key pass 2 of their own form.
    const { keyerCode: _d2, ...pass2 } = keying('IN', 'C1', 2, 'KT1', person());
    expect((await clerk(SUBMIT, { k: [pass2] })).data.submitKeyings[0].code).toMatch(/^SAME_(KEYER|CREDENTIAL)$/);
    // A second clerk keys pass 2: verified, and the form shows who keyed what through which credential.
    const { keyerCode: _d3, ...pass2b } = keying('IN', 'C1', 2, 'KT2', person(), { idempotencyKey: 'IN/C1/2-keyer2' });
    const done = await t.as('keyer2')(SUBMIT, { k: [pass2b] });
    // Nor whether it agreed with the first: the form is verified, the clerk is told only that theirs is stored.
    expect(done.data.submitKeyings[0]).toMatchObject({ status: 'ACCEPTED', formStatus: null });
    const f = await admin()(FORM, { id: own.data.submitKeyings[0].formId });
    expect(f.data.form.status).toBe('AUTO_VERIFIED');
    const [k1, k2] = f.data.form.keyings;
    expect([k1.keyerCode, k2.keyerCode]).toEqual(['KT1', 'KT2']);
    expect(k1.submittedBy).toMatch(/^user:\d+$/);
    expect(k2.submittedBy).toMatch(/^user:\d+$/);
    expect(k1.submittedBy).not.toBe(k2.submittedBy);
  });

  it('a station may only name registered clerks', async () => {
    const before = await counts();
    const r = await t.as('station')(SUBMIT, { k: [keying('IN', 'U1', 1, 'KT999', person()), keying('IN', 'U2', 1, 'KT4', person())] });
    expect(r.data.submitKeyings[0]).toMatchObject({ status: 'REJECTED', code: 'UNKNOWN_KEYER', problems: [{ field: 'keyerCode', reason: 'is not a registered keyer code' }] });
    expect(r.data.submitKeyings[1].status).toBe('ACCEPTED');
    expect(await counts()).toEqual([before[0] + 1, before[1]]);
    // Once registered, the same keying goes in.
    const reg = await admin()(graphql(`mutation IndependenceRegisterClerks{ registerClerks(clerks: [{ keyerCode: "KT999", displayName: "Nguyễn Thị Chín" }]){ created existing } }`));
    expect(reg.data.registerClerks).toEqual({ created: 1, existing: 0 });
    const again = await t.as('station')(SUBMIT, { k: [keying('IN', 'U1', 1, 'KT999', person())] });
    expect(again.data.submitKeyings[0].status).toBe('ACCEPTED');
    // A station's keyerCode is required.
    const { keyerCode: _drop, ...noCode } = keying('IN', 'U3', 1, 'KT1', person());
    const none = await t.as('station')(SUBMIT, { k: [noCode] });
    expect(none.data.submitKeyings[0]).toMatchObject({ status: 'REJECTED', code: 'BAD_USER_INPUT', problems: [{ field: 'keyerCode', reason: expect.stringMatching(/required/) }] });
  });

  it('a re-key never comes from a credential that supplied pass 1 or 2', async () => {
    await t.submit([keying('IN', 'R1', 1, 'KT1', person()), keying('IN', 'R1', 2, 'KT2', person({ phone: '0912345679' }))]);
    const task = (await t.as('reviewer')(graphql(`mutation IndependenceClaimNextTask{ claimNextTask { id form { formNumber } } }`))).data.claimNextTask;
    expect(task.form.formNumber).toBe('R1');
    expect((await t.as('reviewer')(graphql(`mutation RequestRekey($id:ID!){ requestRekey(id:$id){ status } }`), { id: task.id })).errors).toBeUndefined();
    const third = keying('IN', 'R1', 3, 'KT3', { phone: '0912345678' });
    const fromFirst = await t.as('station')(SUBMIT, { k: [third] });
    expect(fromFirst.data.submitKeyings[0]).toMatchObject({ status: 'REJECTED', code: 'SAME_CREDENTIAL' });
    const fromThird = await t.as('station3')(SUBMIT, { k: [third] });
    expect(fromThird.data.submitKeyings[0]).toMatchObject({ status: 'ACCEPTED', formStatus: 'VERIFIED' });
  });

  it('the audit trail names the credential that submitted each pass', async () => {
    const r = await t.submit([keying('IN', 'A1', 1, 'KT1', person()), keying('IN', 'A1', 2, 'KT2', person())]);
    const [o1, o2] = r.data.submitKeyings;
    const events = (await admin()(INGEST_EVENTS)).data.auditEvents.items as { actor: string; data: { credential: string; keyingIds: number[]; passes: number[] } }[];
    const of = (id: string) => events.find((e) => e.data.keyingIds.map(String).includes(String(id)))!;
    const e1 = of(o1.keyingId), e2 = of(o2.keyingId);
    expect(e1.actor).toBe('station');
    expect(e2.actor).toBe('station2');
    expect(e1.data.credential).toMatch(/^user:\d+$/);
    expect(e1.data.credential).not.toBe(e2.data.credential);
    expect(e1.data.passes[e1.data.keyingIds.map(String).indexOf(String(o1.keyingId))]).toBe(1);
    expect(e2.data.passes[e2.data.keyingIds.map(String).indexOf(String(o2.keyingId))]).toBe(2);
  });

  it('clerk accounts: a KEYER needs a code, a code names one person, registration is idempotent and audited', async () => {
    const CREATE = graphql(`mutation IndependenceCreateUser($i:CreateUserInput!){ createUser(input:$i){ id role keyerCode } }`);
    const noCode = await admin()(CREATE, { i: { username: 'clerk-nocode', password: TEST_PASSWORD, role: 'KEYER', displayName: 'Trần Văn Mã' } });
    expect(noCode.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', problems: [{ field: 'keyerCode' }] });
    const taken = await admin()(CREATE, { i: { username: 'clerk-taken', password: TEST_PASSWORD, role: 'KEYER', displayName: 'Trần Văn Mã', keyerCode: 'KT1' } });
    expect(taken.errors[0].extensions.code).toBe('CONFLICT');
    const ok = await admin()(CREATE, { i: { username: 'clerk-new', password: TEST_PASSWORD, role: 'KEYER', displayName: 'Trần Văn Mã', keyerCode: 'KN01' } });
    expect(ok.data.createUser).toMatchObject({ role: 'KEYER', keyerCode: 'KN01' });
    const REG = graphql(`mutation IndependenceRegisterClerks2($c:[ClerkInput!]!){ registerClerks(clerks:$c){ created existing } }`);
    const AUDITED = graphql(`query IndependenceAuditEvents2 { auditEvents(perPage: 1, filter: { action: "clerks.register" }){ total } created: auditEvents(perPage: 1, filter: { action: "user.create" }){ total } }`);
    const auditBefore = (await admin()(AUDITED)).data;
    const list = [{ keyerCode: 'KR01', displayName: 'Lê Thị Một' }, { keyerCode: 'KR02', displayName: 'Lê Thị Hai' }];
    expect((await admin()(REG, { c: list })).data.registerClerks).toEqual({ created: 2, existing: 0 });
    expect((await admin()(REG, { c: list })).data.registerClerks).toEqual({ created: 0, existing: 2 });
    // A code another account holds is registered already; a username another account holds refuses the call whole.
    expect((await admin()(REG, { c: [{ keyerCode: 'KN01', displayName: 'Khác' }] })).data.registerClerks).toEqual({ created: 0, existing: 1 });
    const clash = await admin()(REG, { c: [{ keyerCode: 'KR03', displayName: 'Ba' }, { keyerCode: 'KR04', displayName: 'Bốn', username: 'admin' }] });
    expect(clash.errors[0].extensions).toMatchObject({ code: 'CONFLICT' });
    expect(clash.errors[0].message).toMatch(/clerks\.1\.username/);
    const users = await admin()(graphql(`query IndependenceUsers { users(perPage: 200, filter: { role: KEYER }){ items { username keyerCode } } }`));
    const codes = users.data.users.items.map((u: any) => u.keyerCode);
    expect(codes).toContain('KR01');
    expect(codes).not.toContain('KR03');
    // Registered clerks have no password: nobody signs in as them until one is set.
    const login = await t.gql(graphql(`mutation IndependenceLogin{ login(username: "kr01", password: "") { token } }`));
    expect(login.errors[0].extensions.code).toBe('UNAUTHENTICATED');
    // One event for the call that created accounts; none for the repeat or the refused call.
    const audit = (await admin()(AUDITED)).data;
    expect(audit.auditEvents.total).toBe(auditBefore.auditEvents.total + 1);
    expect(audit.created.total).toBe(auditBefore.created.total);
    expect(auditBefore.created.total).toBeGreaterThan(0);
  });
});
