import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exec } from '../../server/src/services/sql.js';
import { dbKinds, startTestApp, TEST_PASSWORD, type TestApp } from '../helpers/test-app.js';
import { CREATE_BATCH, keying, person, SUBMIT } from '../helpers/fixtures.js';
import { graphql } from '../gql/index.js';
import type { Doc } from '../helpers/gql.js';

/**
 * Requests an attacker (or a broken client) sends. Each must be refused cleanly: a 4xx, or a coded
 * GraphQL error / REJECTED outcome, never a 500 or INTERNAL_SERVER_ERROR, and nothing may be
 * stored (row counts before and after). Run with HOSTILE_REPORT=1 to print what each returned.
 */

const HOSTILE: Record<string, string> = {
  sql: "' OR 1=1 --",
  script: '<script>alert(1)</script>',
  template: '${7*7}',
  nul: 'abc\u0000def',
  long: 'A'.repeat(10_000),
  rtl: 'abc\u202Egnp.exe',
};

const TABLES = ['app_user', 'api_key', 'batch', 'form', 'keying', 'correction_task', 'discrepancy', 'verified_record', 'audit_event'];

interface Answer {
  status: number;
  json: any;
  text: string;
}

async function raw(t: TestApp, init: { method?: string; body?: string | Uint8Array; headers?: Record<string, string>; path?: string }): Promise<Answer> {
  const body = typeof init.body === 'string' || init.body === undefined ? init.body : new Blob([new Uint8Array(init.body)]);
  const res = await fetch(t.url + (init.path ?? ''), { method: init.method ?? 'POST', headers: init.headers, body });
  const text = await res.text();
  let json: any = null;
  try {
    json = JSON.parse(text);
  } catch {
    /* not JSON */
  }
  return { status: res.status, json, text };
}

const gqlBody = (query: Doc, variables?: unknown) => JSON.stringify({ query: String(query), variables });

describe.each(dbKinds())('hostile requests on %s', (kind) => {
  let t: TestApp;
  const report: string[] = [];
  const counts = async () => {
    const out: Record<string, number> = {};
    for (const table of TABLES) out[table] = Number((await exec<{ n: number }[]>(t.app.orm.em.fork(), `select count(*) as n from ${table}`))[0].n);
    return out;
  };
  const asAdmin = { 'content-type': 'application/json', authorization: '' };

  /** Sends, then checks the answer is a clean refusal; returns a one-line description of it. */
  async function refused(label: string, send: () => Promise<Answer>, extra?: (a: Answer) => void): Promise<Answer> {
    const a = await send();
    const codes: string[] = (a.json?.errors ?? []).map((e: any) => e.extensions?.code);
    const outcomes: string[] = (a.json?.data?.submitKeyings ?? []).map((o: any) => `${o.status}/${o.code}`);
    const what = `${a.status} ${codes.join(',') || outcomes.join(',') || (a.json?.data ? 'data' : a.text.slice(0, 40))}`;
    report.push(`${label.padEnd(58)} ${what}`);
    expect(a.status, `${label}: ${a.text.slice(0, 300)}`).toBeLessThan(500);
    expect(codes, label).not.toContain('INTERNAL_SERVER_ERROR');
    const clean = (a.status >= 400 && a.status < 500) || codes.length > 0 || (outcomes.length > 0 && outcomes.every((o) => o.startsWith('REJECTED/')));
    expect(clean, `${label} was not refused: ${a.text.slice(0, 300)}`).toBe(true);
    extra?.(a);
    return a;
  }

  beforeAll(async () => {
    t = await startTestApp(kind);
    asAdmin.authorization = `Bearer ${t.tokens.admin}`;
    await t.as('admin')(CREATE_BATCH, { i: { code: 'H1', provinceCode: '001', district: 'Hoàn Kiếm', commune: 'Hàng Bạc' } });
    // Some rows for filters to (not) find.
    const s = await t.submit([keying('H1', 'OK1', 1, 'KT1', person()), keying('H1', 'OK1', 2, 'KT2', person({ fullName: 'Nguyễn Văn Ân' }))]);
    expect(s.data.submitKeyings.map((o: any) => o.status)).toEqual(['ACCEPTED', 'ACCEPTED']);
    await t.app.auditSealer.flush();
  });
  afterAll(async () => {
    if (process.env.HOSTILE_REPORT) console.log(`\n${kind}:\n${report.join('\n')}`);
    await t?.close();
  });

  it('refuses hostile text in every text field of submitKeyings, storing nothing', async () => {
    const send = (k: unknown) => raw(t, { body: gqlBody(SUBMIT, { k: [k] }), headers: { 'content-type': 'application/json', authorization: `Bearer ${t.tokens.station}` } });
    // Control: the keying the cases start from is acceptable, so each refusal is the hostile field's doing.
    const control = await send(keying('H1', 'CTRL', 1, 'KT1', person(), { idempotencyKey: 'hostile/control', imageRef: '/scans/H1/CTRL.svg' }));
    expect(control.json.data.submitKeyings[0].status).toBe('ACCEPTED');
    const before = await counts();
    // [label, how to plant the string, what the refusal must name]
    const fields: [string, (k: any, s: string) => void, string][] = [
      ['idempotencyKey', (k, s) => (k.idempotencyKey = s), 'idempotencyKey'],
      ['batchCode', (k, s) => (k.batchCode = s), 'batch'],
      ['formNumber', (k, s) => (k.formNumber = s), 'formNumber'],
      ['keyerCode', (k, s) => (k.keyerCode = s), 'keyerCode'],
      ['stationCode', (k, s) => (k.stationCode = s), 'stationCode'],
      ['imageRef', (k, s) => (k.imageRef = s), 'imageRef'],
      ['values.fullName (name)', (k, s) => (k.values.fullName = s), 'fullName'],
      ['values.hometown (place)', (k, s) => (k.values.hometown = s), 'hometown'],
      ['values.permanentAddress (address)', (k, s) => (k.values.permanentAddress = s), 'permanentAddress'],
      ['values.citizenId', (k, s) => (k.values.citizenId = s), 'citizenId'],
      ['values.dateOfBirth', (k, s) => (k.values.dateOfBirth = s), 'dateOfBirth'],
      ['values.ethnicity (code)', (k, s) => (k.values.ethnicity = s), 'ethnicity'],
      ['values.phone', (k, s) => (k.values.phone = s), 'phone'],
      ['values key', (k, s) => (k.values[s] = 'x'), 'is not a field'],
      ['illegibleFields', (k, s) => (k.illegibleFields = [s]), 'is not a field'],
    ];
    let n = 0;
    for (const [field, set, named] of fields) {
      for (const [name, s] of Object.entries(HOSTILE)) {
        const k = keying('H1', `X${n++}`, 1, 'KT1', person(), { idempotencyKey: `hostile/${n}` });
        set(k, s);
        await refused(`submitKeyings ${field} = ${name}`, () => send(k), (a) => {
          const outcome = a.json.data?.submitKeyings?.[0];
          if (outcome) expect(JSON.stringify({ m: outcome.message, p: outcome.problems }), `${field} = ${name}`).toContain(named);
        });
      }
    }
    expect(await counts()).toEqual(before);
  });

  it('refuses hostile text in createBatch, createUser and login, storing nothing', async () => {
    const before = await counts();
    const batch = { code: 'HB', provinceCode: '001', district: 'Hoàn Kiếm', commune: 'Hàng Bạc', templateCode: 'dc01' };
    for (const field of Object.keys(batch)) {
      for (const [name, s] of Object.entries(HOSTILE)) {
        await refused(`createBatch ${field} = ${name}`, () => raw(t, { body: gqlBody(CREATE_BATCH, { i: { ...batch, [field]: s } }), headers: asAdmin }));
      }
    }
    const CREATE_USER = graphql(`mutation CreateUser($i:CreateUserInput!){ createUser(input:$i){ id } }`);
    const user = { password: 'a long enough password', role: 'REVIEWER', displayName: 'Mallory', keyerCode: 'KT77' };
    let n = 0;
    for (const field of ['username', 'password', 'displayName', 'keyerCode']) {
      for (const [name, s] of Object.entries(HOSTILE)) {
        const input = { ...user, username: `mallory${n++}`, [field]: s };
        if (field === 'password' && s.length >= 12 && s.length <= 1024 && name === 'script') {
          // A password is a secret, not text we show: any printable string of 12 to 1,024 characters is
          // a valid one (NIST SP 800-63B). It is stored only as its scrypt hash.
          const a = await raw(t, { body: gqlBody(CREATE_USER, { i: input }), headers: asAdmin });
          report.push(`${`createUser ${field} = ${name}`.padEnd(58)} ${a.status} accepted (a valid password; only its hash is stored)`);
          expect(a.json.data.createUser.id).toBeTruthy();
          const [row] = await exec<{ password_hash: string }[]>(t.app.orm.em.fork(), 'select password_hash from app_user where id = ?', [Number(a.json.data.createUser.id)]);
          expect(row.password_hash).toMatch(/^scrypt\$/);
          expect(row.password_hash).not.toContain('script');
          before.app_user += 1;
          before.audit_event += 1; // createUser is audited
          continue;
        }
        await refused(`createUser ${field} = ${name}`, () => raw(t, { body: gqlBody(CREATE_USER, { i: input }), headers: asAdmin }));
      }
    }
    for (const [name, s] of Object.entries(HOSTILE)) {
      await refused(`login username = ${name}`, () => raw(t, { body: gqlBody(graphql(`mutation Login($u:String!,$p:String!){ login(username:$u,password:$p){ token } }`), { u: s, p: TEST_PASSWORD }), headers: { 'content-type': 'application/json' } }));
      await refused(`login password = ${name}`, () => raw(t, { body: gqlBody(graphql(`mutation Login($u:String!,$p:String!){ login(username:$u,password:$p){ token } }`), { u: 'consumer', p: s }), headers: { 'content-type': 'application/json' } }), (a) => {
        expect(a.json.data?.login ?? null).toBeNull();
      });
    }
    // Literal strings in the query text get the same treatment as variables.
    await refused('createBatch district literal with NUL', () => raw(t, { body: JSON.stringify({ query: `mutation{ createBatch(input:{ code:"HB", provinceCode:"001", district:"a\\u0000b", commune:"c" }){ id } }` }), headers: asAdmin }));
    expect(await counts()).toEqual(before);
  });

  it("refuses hostile filters, or finds nothing with them (never everything)", async () => {
    const lists: [string, Doc][] = [
      ['batches.code', graphql(`query HostileBatches($s:String!){ r: batches(filter:{ code: $s }){ total } }`)],
      ['batches.provinceCode', graphql(`query HostileBatches2($s:String!){ r: batches(filter:{ provinceCode: $s }){ total } }`)],
      ['batches.ids', graphql(`query HostileBatches3($s:ID!){ r: batches(filter:{ ids: [$s] }){ total } }`)],
      ['forms.formNumber', graphql(`query HostileForms($s:String!){ r: forms(filter:{ formNumber: $s }){ total } }`)],
      ['forms.batchId', graphql(`query HostileForms2($s:ID!){ r: forms(filter:{ batchId: $s }){ total } }`)],
      ['keyings.keyerCode', graphql(`query HostileKeyings($s:String!){ r: keyings(filter:{ keyerCode: $s }){ total } }`)],
      ['discrepancies.fieldKey', graphql(`query HostileDiscrepancies($s:String!){ r: discrepancies(filter:{ fieldKey: $s }){ total } }`)],
      ['verifiedRecords.formId', graphql(`query HostileVerifiedRecords($s:ID!){ r: verifiedRecords(filter:{ formId: $s }){ total } }`)],
      ['auditEvents.entityType', graphql(`query HostileAuditEvents($s:String!){ r: auditEvents(filter:{ entityType: $s }){ total } }`)],
      ['auditEvents.action', graphql(`query HostileAuditEvents2($s:String!){ r: auditEvents(filter:{ action: $s }){ total } }`)],
      ['users.ids', graphql(`query HostileUsers($s:ID!){ r: users(filter:{ ids: [$s] }){ total } }`)],
      ['template(code)', graphql(`query HostileTemplate($s:String!){ r: template(code: $s){ code } }`)],
    ];
    const before = await counts();
    for (const [list, q] of lists) {
      for (const [name, s] of Object.entries(HOSTILE)) {
        const a = await raw(t, { body: gqlBody(q, { s }), headers: asAdmin });
        const codes = (a.json?.errors ?? []).map((e: any) => e.extensions?.code);
        report.push(`${`${list} = ${name}`.padEnd(58)} ${a.status} ${codes.join(',') || `total ${a.json?.data?.r?.total}`}`);
        expect(a.status, `${list} = ${name}`).toBeLessThan(500);
        expect(codes, `${list} = ${name}`).not.toContain('INTERNAL_SERVER_ERROR');
        if (!codes.length) expect(a.json.data.r.total, `${list} = ${name} matched rows`).toBe(0);
      }
    }
    // Over-long lists of ids are refused before they reach the database.
    const many = await raw(t, { body: gqlBody(graphql(`query HostileBatches4($ids:[ID!]!){ batches(filter:{ ids: $ids }){ total } }`), { ids: Array.from({ length: 70_000 }, (_, i) => String(i + 1)) }), headers: asAdmin });
    report.push(`${'batches.ids = 70,000 ids'.padEnd(58)} ${many.status} ${many.json.errors?.[0]?.extensions?.code}`);
    expect(many.json.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(await counts()).toEqual(before);
  });

  it('refuses malformed, mistyped, oversized and batched requests before they reach GraphQL', async () => {
    const before = await counts();
    const q = JSON.stringify({ query: graphql(`query Batches { batches { total } }`) });
    const auth = { authorization: `Bearer ${t.tokens.admin}` };
    await refused('malformed JSON', () => raw(t, { body: '{"query": "{ batches { total } }"', headers: asAdmin }), (a) => expect(a.json.errors[0].extensions.code).toBe('BAD_REQUEST'));
    await refused('JSON string instead of object', () => raw(t, { body: '"{ batches { total } }"', headers: asAdmin }));
    await refused('invalid UTF-8 bytes', () => raw(t, { body: new Uint8Array([0x7b, 0x22, 0xff, 0xfe, 0x22, 0x3a, 0x31, 0x7d]), headers: asAdmin }));
    for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'application/graphql', 'application/xml', 'application/json; charset=latin1']) {
      await refused(`content-type ${type}`, () => raw(t, { body: q, headers: { ...auth, 'content-type': type } }));
    }
    await refused('no content-type', () => raw(t, { body: q, headers: auth }));
    await refused('batched JSON array', () => raw(t, { body: JSON.stringify([{ query: graphql(`query Batches { batches { total } }`) }, { query: graphql(`mutation HostileCreateBatch2{ createBatch(input:{ code:"HB2", provinceCode:"001", district:"a", commune:"b" }){ id } }`) }]), headers: asAdmin }));
    const mutation = encodeURIComponent(String(graphql(`mutation HostileCreateBatch3{ createBatch(input:{ code:"HB3", provinceCode:"001", district:"a", commune:"b" }){ id } }`)));
    await refused('GET with a mutation', () => raw(t, { method: 'GET', path: `?query=${mutation}`, headers: auth }));
    await refused('GET with a mutation and the preflight header', () => raw(t, { method: 'GET', path: `?query=${mutation}`, headers: { ...auth, 'apollo-require-preflight': 'true' } }), (a) => expect(a.status).toBe(405));
    await refused('GET with an unknown persisted-query hash', () => raw(t, { method: 'GET', path: `?extensions=${encodeURIComponent('{"persistedQuery":{"version":1,"sha256Hash":"00"}}')}`, headers: { ...auth, 'apollo-require-preflight': 'true' } }));
    await refused('variables as a string', () => raw(t, { body: JSON.stringify({ query: graphql(`query Batches { batches { total } }`), variables: '{}' }), headers: asAdmin }));
    await refused('__proto__ in variables', () => raw(t, { body: '{"query":"mutation($i:CreateBatchInput!){ createBatch(input:$i){ id } }","variables":{"i":{"__proto__":{"code":"HB4"},"provinceCode":"001","district":"a","commune":"b"}}}', headers: asAdmin }));
    expect(await counts()).toEqual(before);
  });

  it('refuses deep nesting, alias floods, huge documents and huge batches with coded errors', async () => {
    const before = await counts();
    let nest = 'id';
    for (let i = 0; i < 8; i++) nest = `form { keyings { ${nest} } }`;
    await refused('field depth 17', () => raw(t, { body: gqlBody(`{ keyings { items { ${nest} } } }`), headers: asAdmin }), (a) => expect(a.json.errors[0].extensions.code).toBe('QUERY_TOO_DEEP'));
    await refused('5,000 nested brackets', () => raw(t, { body: gqlBody(`{ ${'me {'.repeat(5000)} id ${'}'.repeat(5000)} }`), headers: asAdmin }), (a) => expect(a.json.errors[0].extensions.code).toBe('QUERY_TOO_DEEP'));
    await refused('5,000 nested list values', () => raw(t, { body: gqlBody(`{ batches(filter:{ ids: ${'['.repeat(5000)}${']'.repeat(5000)} }){ total } }`), headers: asAdmin }), (a) => expect(a.json.errors[0].extensions.code).toBe('QUERY_TOO_DEEP'));
    await refused('fragment cycle', () => raw(t, { body: gqlBody(`{ me { ...A } } fragment A on User { id ...B } fragment B on User { id ...A }`), headers: asAdmin }));
    await refused('unknown fragment', () => raw(t, { body: gqlBody(`{ me { ...Nope } }`), headers: asAdmin }));
    const fanOut = Array.from({ length: 40 }, (_, i) => `fragment G${i} on User { id ${i < 39 ? `...G${i + 1} ...G${i + 1}` : ''} }`).join(' ');
    await refused('fragments fanning out 2^40 times', () => raw(t, { body: gqlBody(`{ me { ...G0 } } ${fanOut}`), headers: asAdmin }), (a) => expect(a.json.errors[0].extensions.code).toBe('QUERY_TOO_COMPLEX'));
    await refused('100,000-level nested JSON variable', () =>
      raw(t, { body: `{"query":${JSON.stringify(SUBMIT)},"variables":{"k":[${JSON.stringify(keying('H1', 'DEEP', 1, 'KT1', {})).replace('"values":{}', `"values":{"fullName":${'{"a":'.repeat(100_000)}1${'}'.repeat(100_000)}}`)}]}}`, headers: { 'content-type': 'application/json', authorization: `Bearer ${t.tokens.station}` } }),
    );
    await refused('1,000 aliased logins', () => raw(t, { body: gqlBody(`mutation{ ${Array.from({ length: 1000 }, (_, i) => `l${i}: login(username:"admin", password:"guess ${i}"){ token }`).join(' ')} }`), headers: { 'content-type': 'application/json' } }), (a) =>
      expect(a.json.errors.map((e: any) => e.extensions.code)).toContain('TOO_MANY_ALIASES'),
    );
    await refused('100 aliased fields', () => raw(t, { body: gqlBody(`{ me { ${Array.from({ length: 100 }, (_, i) => `a${i}: username`).join(' ')} } }`), headers: asAdmin }), (a) => expect(a.json.errors[0].extensions.code).toBe('TOO_MANY_ALIASES'));
    await refused('21 root fields', () => raw(t, { body: gqlBody(`{ ${'me { id } '.repeat(21)} }`), headers: asAdmin }), (a) => expect(a.json.errors[0].extensions.code).toBe('TOO_MANY_ROOT_FIELDS'));
    await refused('30,000 repeated fields', () => raw(t, { body: gqlBody(`{ me { ${'id '.repeat(30_000)} } }`), headers: asAdmin }), (a) => expect(a.json.errors[0].extensions.code).toBe('GRAPHQL_PARSE_FAILED'));
    await refused('perPage 100,000', () => raw(t, { body: gqlBody(graphql(`query HostileForms3 { forms(perPage: 100000){ total } }`)), headers: asAdmin }), (a) => expect(a.json.errors[0].extensions.code).toBe('QUERY_TOO_COMPLEX'));
    await refused('perPage 201', () => raw(t, { body: gqlBody(graphql(`query HostileForms4 { forms(perPage: 201){ total } }`)), headers: asAdmin }), (a) => expect(a.json.errors[0].extensions.code).toBe('BAD_USER_INPUT'));
    await refused('page 2^31', () => raw(t, { body: gqlBody(graphql(`query HostileForms5 { forms(page: 2147483647){ total } }`)), headers: asAdmin }));
    const k = Array.from({ length: 1001 }, (_, i) => keying('H1', `B${i}`, 1, 'KT1', person()));
    await refused('1,001 keyings in one call', () => raw(t, { body: gqlBody(SUBMIT, { k }), headers: { 'content-type': 'application/json', authorization: `Bearer ${t.tokens.station}` } }), (a) => expect(a.json.errors[0].extensions.code).toBe('TOO_MANY_ITEMS'));
    await refused('300 resolutions for one task', () =>
      raw(t, { body: gqlBody(graphql(`mutation HostileResolveTask($r:[ResolutionInput!]!){ resolveTask(id: "1", resolutions: $r){ id } }`), { r: Array.from({ length: 300 }, () => ({ discrepancyId: '1', choice: 'FIRST' as const })) }), headers: { 'content-type': 'application/json', authorization: `Bearer ${t.tokens.reviewer}` } }),
      (a) => expect(a.json.errors[0].extensions.code).toBe('TOO_MANY_ITEMS'),
    );
    expect(await counts()).toEqual(before);
  });

  it('refuses a body over MAX_BODY_BYTES with 413, while 1,000 keyings fit', async () => {
    const k = Array.from({ length: 1000 }, (_, i) => keying('H1', `F${i}`, 1, 'KT1', person(), { imageRef: `/scans/H1/F${i}.svg` }));
    const body = gqlBody(SUBMIT, { k });
    expect(body.length).toBeLessThan(t.app.config.maxBodyBytes / 2);
    const before = await counts();
    const big = gqlBody(graphql(`query Batches { batches { total } }`), { pad: 'x'.repeat(t.app.config.maxBodyBytes) });
    await refused('body of MAX_BODY_BYTES + 80 bytes', () => raw(t, { body: big, headers: asAdmin }), (a) => {
      expect(a.status).toBe(413);
      expect(a.json.errors[0].extensions.code).toBe('PAYLOAD_TOO_LARGE');
    });
    expect(await counts()).toEqual(before);
    if (kind !== 'sqlite') return; // the ingest itself is covered elsewhere; once is enough here
    const ok = await raw(t, { body, headers: { 'content-type': 'application/json', authorization: `Bearer ${t.tokens.station}` } });
    expect(ok.status).toBe(200);
    expect(ok.json.data.submitKeyings.filter((o: any) => o.status !== 'ACCEPTED')).toEqual([]);
  });
});
