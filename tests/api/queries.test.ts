import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dbKinds, startTestApp, TEST_CLERKS, TEST_USERS, type TestApp } from '../helpers/test-app.js';
import { CREATE_BATCH, keying, person } from '../helpers/fixtures.js';
import { graphql } from '../gql/index.js';

/** Counts SQL statements through the app's real connection (nothing is faked). */
function countQueries(t: TestApp) {
  const conn = t.app.orm.em.getConnection() as unknown as { execute: (...a: unknown[]) => Promise<unknown> };
  const original = conn.execute.bind(conn);
  let n = 0;
  conn.execute = (...a: unknown[]) => {
    n++;
    return original(...a);
  };
  return {
    get count() {
      return n;
    },
    restore: () => {
      conn.execute = original;
    },
  };
}

const DETAIL = graphql(`query QueriesForms($n:Int!){ forms(perPage:$n, sortField:id, sortOrder:ASC){ total items { id formNumber batch { code } keyings { pass keyerCode values { key value } } discrepancies { fieldKey kind } task { status } verifiedRecord { values { key source } } fields { field { key } value1 value2 discrepancyId } } } }`);

describe.each(dbKinds())('lists and reads on %s', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(kind);
    const admin = t.as('admin');
    await admin(CREATE_BATCH, { i: { code: 'Q1', provinceCode: '001', district: 'D1', commune: 'C1' } });
    await admin(CREATE_BATCH, { i: { code: 'Q2', provinceCode: '079', district: 'D2', commune: 'C2' } });
    const k = [];
    for (let i = 0; i < 30; i++) {
      const batch = i < 20 ? 'Q1' : 'Q2';
      const no = String(i).padStart(3, '0');
      k.push(keying(batch, no, 1, 'KT1', person()));
      // every third form disagrees on the name
      k.push(keying(batch, no, 2, i % 3 === 0 ? 'KT3' : 'KT2', person(i % 3 === 0 ? { fullName: 'Nguyễn Văn Ân' } : {})));
    }
    const r = await t.submit(k);
    expect(r.data.submitKeyings.filter((o: any) => o.status !== 'ACCEPTED')).toEqual([]);
  });
  afterAll(async () => t?.close());

  it('paginates with a total, sorts on indexed columns, and pages never overlap', async () => {
    const admin = t.as('admin');
    const seen = new Set<string>();
    for (let page = 1; page <= 4; page++) {
      const r = await admin(graphql(`query QueriesForms2($p:Int!){ forms(page:$p, perPage:8, sortField:status, sortOrder:ASC){ total page perPage items { id status } } }`), { p: page });
      expect(r.data.forms).toMatchObject({ total: 30, page, perPage: 8 });
      for (const f of r.data.forms.items) {
        expect(seen.has(f.id)).toBe(false);
        seen.add(f.id);
      }
    }
    expect(seen.size).toBe(30);
    const desc = await admin(graphql(`query QueriesForms3 { forms(perPage:3, sortField:id, sortOrder:DESC){ items { formNumber } } }`));
    expect(desc.data.forms.items.map((f: any) => f.formNumber)).toEqual(['029', '028', '027']);
  });

  it('filters with the same grammar everywhere', async () => {
    const admin = t.as('admin');
    const batches = await admin(graphql(`query QueriesBatches { batches(filter:{provinceCode:"079"}){ total items { code progress { forms autoVerified inReview } } } }`));
    expect(batches.data.batches).toEqual({ total: 1, items: [{ code: 'Q2', progress: { forms: 10, autoVerified: 7, inReview: 3 } }] });
    const q1 = (await admin(graphql(`query QueriesBatches2 { batches(filter:{code:"Q1"}){ items { id } } }`))).data.batches.items[0].id;
    const inReview = await admin(graphql(`query QueriesForms4($b:ID!){ forms(filter:{batchId:$b, status:IN_REVIEW}){ total } correctionTasks(filter:{batchId:$b, status:OPEN}){ total } discrepancies(filter:{batchId:$b, fieldKey:"fullName", kind:DIACRITIC, resolved:false}){ total } }`), { b: q1 });
    expect(inReview.data).toEqual({ forms: { total: 7 }, correctionTasks: { total: 7 }, discrepancies: { total: 7 } });
    const keyings = await admin(graphql(`query QueriesKeyings { keyings(filter:{keyerCode:"KT3", pass:2}){ total } }`));
    expect(keyings.data.keyings.total).toBe(10);
    const records = await admin(graphql(`query VerifiedRecords { verifiedRecords(filter:{automatic:true}){ total } }`));
    expect(records.data.verifiedRecords.total).toBe(20);
  });

  it('refuses out-of-range pagination and bad ids with a coded error', async () => {
    const admin = t.as('admin');
    const big = await admin(graphql(`query QueriesForms5 { forms(perPage:1000){ total } }`));
    expect(big.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(big.errors[0].extensions.problems[0].field).toBe('perPage');
    const zero = await admin(graphql(`query QueriesForms6 { forms(page:0){ total } }`));
    expect(zero.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    const badId = await admin(graphql(`query QueriesForm { form(id:"abc"){ id } }`));
    expect(badId.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    const missing = await admin(graphql(`query QueriesForm2 { form(id:"999999"){ id } }`));
    expect(missing.errors[0].extensions.code).toBe('NOT_FOUND');
    const badSort = await admin(`{ forms(sortField:formNumber){ total } }`);
    expect(badSort.errors[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('loads a page of forms with keyings, discrepancies, tasks and records in a fixed number of queries', async () => {
    const admin = t.as('admin');
    const small = countQueries(t);
    const r5 = await admin(DETAIL, { n: 5 });
    small.restore();
    const large = countQueries(t);
    const r30 = await admin(DETAIL, { n: 30 });
    large.restore();
    expect(r5.errors).toBeUndefined();
    expect(r30.errors).toBeUndefined();
    expect(r30.data.forms.items).toHaveLength(30);
    expect(r30.data.forms.items[0].keyings).toHaveLength(2);
    expect(r30.data.forms.items[0].fields).toHaveLength(27);
    expect(large.count).toBe(small.count);
    expect(large.count).toBeLessThanOrEqual(12);
  });

  it('keeps each role to what it needs', async () => {
    const forms = graphql(`query QueriesForms7 { forms { total } }`);
    expect((await t.as('consumer')(forms)).errors[0].extensions.code).toBe('FORBIDDEN');
    expect((await t.as('station')(forms)).errors[0].extensions.code).toBe('FORBIDDEN');
    expect((await t.as('reviewer')(forms)).data.forms.total).toBe(30);
    expect((await t.as('consumer')(graphql(`query VerifiedRecords2 { verifiedRecords { total } }`))).data.verifiedRecords.total).toBe(20);
    expect((await t.as('manager')(graphql(`query QueriesUsers { users { total } }`))).errors[0].extensions.code).toBe('FORBIDDEN');
    expect((await t.as('admin')(graphql(`query QueriesUsers { users { total } }`))).data.users.total).toBe(TEST_USERS.length + TEST_CLERKS.length);
    expect((await t.gql(graphql(`query Batches { batches { total } }`))).errors[0].extensions.code).toBe('UNAUTHENTICATED');
    const login = await t.gql(graphql(`mutation QueriesLogin{ login(username:"admin", password:"wrong password here"){ token } }`));
    expect(login.errors[0]).toMatchObject({ message: 'wrong username or password', extensions: { code: 'UNAUTHENTICATED' } });
    const nobody = await t.gql(graphql(`mutation QueriesLogin2{ login(username:"nobody", password:"wrong password here"){ token } }`));
    expect(nobody.errors[0].message).toBe(login.errors[0].message);
  });
});
