import { readFileSync } from 'node:fs';
import { buildSchema, parse, validate } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { changeSeqOf } from '../../server/src/services/record-sync.js';
import { exec } from '../../server/src/services/sql.js';
import { SYNC_QUERY, syncOnce, type SyncedRecord, type SyncTarget } from '../../examples/sync-client.js';
import { CREATE_BATCH, keying, person } from '../helpers/fixtures.js';
import { withToken, type GqlAs } from '../helpers/gql.js';
import { dbKinds, startTestApp, type TestApp } from '../helpers/test-app.js';
import { graphql } from '../gql/index.js';

/**
 * Other systems keep a copy of the verified records: they read them by cursor in the sync order
 * and, with the cursor they kept, come back for what was verified or changed since. Lists count
 * their rows only when asked to.
 */
const CREATE_KEY = graphql(`mutation SyncCreateApiKey($n:String!,$s:[ApiKeyScope!]!){ createApiKey(input:{ name:$n, scopes:$s }){ key } }`);
const PAGE = graphql(`query SyncPage($after:String,$first:Int!){ verifiedRecords(sortField:sync, sortOrder:ASC, first:$first, after:$after){ items { id version form { formNumber } values { key value } valueMap } endCursor hasNextPage page perPage } }`);
const ALL = graphql(`query SyncAllRecords{ verifiedRecords(perPage:200, sortField:id, sortOrder:ASC){ total items { id version } } }`);
const LISTS = graphql(`query SyncListsWithoutTotal {
  batches(perPage:5){ items { id } } forms(perPage:5){ items { id } } keyings(perPage:5){ items { id } }
  discrepancies(perPage:5){ items { id } } correctionTasks(perPage:5){ items { id } } verifiedRecords(perPage:5){ items { id } hasNextPage endCursor }
  users(perPage:5){ items { id } } auditEvents(perPage:5){ items { id } } apiKeys(perPage:5){ items { id } } teams(perPage:5){ items { id } }
}`);
const RECORDS_TOTAL = graphql(`query SyncRecordsTotal($f:VerifiedRecordFilter){ verifiedRecords(perPage:5, filter:$f){ total totalIsEstimate items { id } } }`);
const CLAIM = graphql(`mutation SyncClaim($b:ID){ claimNextTask(batchId:$b){ id kind form { id formNumber } discrepancies { id fieldKey relatedValue } } }`);
const RESOLVE = graphql(`mutation SyncResolve($id:ID!,$r:[ResolutionInput!]!){ resolveTask(id:$id,resolutions:$r){ status } }`);
const SPOT = graphql(`mutation SyncSpotCheck($id:ID!,$c:[FieldCorrectionInput!]!){ resolveSpotCheck(id:$id, corrections:$c){ status } }`);
const POLICY = graphql(`mutation SyncPolicy($b:ID!,$p:SpotCheckPolicyInput!){ setSpotCheckPolicy(batchId:$b, policy:$p){ id } }`);
const RECORD_OF = graphql(`query SyncRecordOf($f:ID!){ form(id:$f){ verifiedRecord { id version } } }`);
const EVENTS = graphql(`query SyncAuditEvents{ auditEvents(filter:{ action:"records.read" }, perPage:200){ total items { actor data } } }`);

/** A household whose head is verified first; the wife's form then contradicts the head's name. */
function household() {
  const headId = '001070123456', wifeId = '001172123456';
  const address = 'Số 9, phố Hàng Bạc, Phường Hàng Bạc, Quận Hoàn Kiếm, Hà Nội';
  const common = { householdHeadName: 'Nguyễn Văn An', householdHeadCitizenId: headId, permanentAddress: address, currentAddress: address };
  return {
    head: person({ ...common, fullName: 'Nguyễn Văn An', citizenId: headId, dateOfBirth: '05/03/1970', relationToHead: 'Chủ hộ', spouseName: 'Lê Thị Thủy', spouseCitizenId: wifeId, fatherName: 'Nguyễn Văn Bình', fatherCitizenId: null, motherName: 'Trần Thị Hoa', motherCitizenId: null }),
    wife: person({ ...common, fullName: 'Lê Thị Thủy', citizenId: wifeId, dateOfBirth: '01/01/1972', sex: 'Nữ', relationToHead: 'Vợ', spouseName: 'Nguyễn Văn An', spouseCitizenId: headId, fatherName: 'Lê Văn Cường', fatherCitizenId: null, motherName: 'Phạm Thị Dung', motherCitizenId: null }),
  };
}

/** A copy kept in memory, as the example client's SyncTarget; counts what was delivered. */
function memoryTarget() {
  const copy = new Map<string, SyncedRecord>();
  const deliveries: string[] = [];
  let cursor: string | null = null;
  let crashAfterRecords = -1;
  const target: SyncTarget = {
    cursor: async () => cursor,
    async apply(records, next) {
      for (const r of records) {
        deliveries.push(`${r.id}@${r.version}`);
        const had = copy.get(r.id);
        if (!had || had.version < r.version) copy.set(r.id, r);
      }
      // A crash between storing the records and storing the cursor: the page comes again.
      if (crashAfterRecords >= 0 && --crashAfterRecords < 0) throw new Error('crash');
      cursor = next;
    },
  };
  return { target, copy, deliveries, crashOnPage: (n: number) => (crashAfterRecords = n - 1), cursor: () => cursor };
}

/**
 * Until `done`: on PostgreSQL a page stops below the oldest transaction still running anywhere on
 * the server (other tests share it), so what just committed may take a moment to be handed out.
 */
async function eventually<T>(read: () => Promise<T>, done: (v: T) => boolean, what: string): Promise<T> {
  const until = Date.now() + 60_000;
  for (;;) {
    const v = await read();
    if (done(v)) return v;
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

describe.each(dbKinds())('verified records for other systems (%s)', (kind) => {
  let t: TestApp;
  let reader: GqlAs, personal: GqlAs, readKey: string;
  const batches: Record<string, string> = {};
  const sqls: string[] = [];
  const onQuery = (q: { sql: string }) => sqls.push(q.sql);
  /** SQL statements the app runs during `fn`. */
  const sqlOf = async (fn: () => Promise<unknown>) => {
    sqls.length = 0;
    await fn();
    return [...sqls];
  };
  const agree = (batch: string, from: number, n: number) =>
    Array.from({ length: n }, (_, i) => {
      const no = String(from + i).padStart(4, '0');
      return [keying(batch, no, 1, 'KT1', person()), keying(batch, no, 2, 'KT2', person())];
    }).flat();
  const submit = async (k: ReturnType<typeof agree>) => {
    const r = await t.submit(k);
    expect(r.errors).toBeUndefined();
    return r.data.submitKeyings as { formId: string; formStatus: string }[];
  };
  const allRecords = async () => {
    const r = await t.as('admin')(ALL);
    expect(r.data.verifiedRecords.total).toBeLessThanOrEqual(200);
    return new Map(r.data.verifiedRecords.items.map((x) => [String(x.id), x.version]));
  };

  beforeAll(async () => {
    t = await startTestApp(kind);
    for (const code of ['SA', 'SH', 'SP']) batches[code] = (await t.as('admin')(CREATE_BATCH, { i: { code, provinceCode: '001', district: 'D', commune: 'C' } })).data.createBatch.id;
    // Every form of SP is spot-checked.
    expect((await t.as('admin')(POLICY, { b: batches.SP, p: { percent: 100, seed: 1, mode: 'UNIFORM' } })).errors).toBeUndefined();
    readKey = (await t.as('admin')(CREATE_KEY, { n: 'national register', s: ['RECORDS_READ'] })).data.createApiKey.key;
    reader = withToken(t.gql, readKey);
    personal = withToken(t.gql, (await t.as('admin')(CREATE_KEY, { n: 'civil registry', s: ['RECORDS_READ_PERSONAL'] })).data.createApiKey.key);
    await submit([...agree('SA', 1, 23), ...agree('SP', 1, 2)]);
    await submit([keying('SH', '1', 1, 'KT1', household().head), keying('SH', '1', 2, 'KT2', household().head)]);
    t.app.orm.em.getKnex().on('query', onQuery);
  });
  afterAll(async () => {
    t?.app.orm.em.getKnex().off('query', onQuery);
    await t?.close();
  });

  it('counts a list only when its total is asked for', async () => {
    const without = await sqlOf(async () => expect((await t.as('admin')(LISTS)).errors).toBeUndefined());
    expect(without.filter((s) => /\bcount\s*\(/i.test(s))).toEqual([]);
    expect(without.some((s) => /from "verified_record"|from `verified_record`/.test(s))).toBe(true);
    const withTotal = await sqlOf(async () => {
      const r = await reader(RECORDS_TOTAL, {});
      expect(r.data.verifiedRecords).toMatchObject({ total: 26, totalIsEstimate: false });
    });
    expect(withTotal.filter((s) => /\bcount\s*\(/i.test(s))).toHaveLength(1);
  });

  it.runIf(kind === 'postgresql')('estimates the total of a large unfiltered list (PostgreSQL planner statistics)', async () => {
    const em = t.app.orm.em.fork();
    // What autovacuum would record for a table of half a million rows (the planner scales these
    // rows per page by the pages the table has now).
    await exec(em, `update pg_class set reltuples = 500000, relpages = greatest(pg_relation_size(oid) / current_setting('block_size')::int, 1) where oid = 'verified_record'::regclass`);
    try {
      const sql = await sqlOf(async () => expect((await reader(RECORDS_TOTAL, {})).data.verifiedRecords).toMatchObject({ total: 500000, totalIsEstimate: true }));
      expect(sql.filter((s) => /\bcount\s*\(/i.test(s))).toEqual([]);
      // A filter is counted exactly: it may match a few rows.
      expect((await reader(RECORDS_TOTAL, { f: { batchId: batches.SP } })).data.verifiedRecords).toMatchObject({ total: 2, totalIsEstimate: false });
    } finally {
      await exec(em, 'analyze verified_record');
    }
  });

  it('reads the whole register by cursor, resumes after a crash, then brings only what changed', async () => {
    const c = memoryTarget();
    const sync = () => syncOnce({ url: t.url, apiKey: readKey, target: c.target, pageSize: 4, attempts: 1 });
    const expected = await allRecords();
    expect(expected.size).toBe(26);
    // First run: the process dies on its third page, after storing its records but not its cursor.
    c.crashOnPage(3);
    await expect(sync()).rejects.toThrow('crash');
    expect(c.copy.size).toBe(12);
    // More records are verified before the restart; the run resumes at the third page.
    await submit(agree('SA', 24, 3));
    await eventually(sync, () => c.copy.size === 29, 'the new records');
    expect(new Map([...c.copy].map(([id, r]) => [id, r.version]))).toEqual(await allRecords());
    // Only the third page came twice (its cursor was never stored); every other record once.
    const twice = [...new Set(c.deliveries.filter((d, i) => c.deliveries.indexOf(d) !== i))];
    expect(twice).toHaveLength(4);
    expect(c.deliveries).toHaveLength(29 + 4);

    // Nothing changed: a run brings nothing and keeps the cursor.
    const kept = c.cursor();
    expect(await sync()).toEqual({ pages: 1, records: 0 });
    expect(c.cursor()).toBe(kept);

    // A household check brings the verified head back to review; settled again, it is version 2.
    const head = (await t.as('admin')(graphql(`query SyncHeadForm { forms(filter:{ formNumber:"1" }, perPage:50){ items { id batch { code } } } }`))).data.forms.items.find((f) => f.batch.code === 'SH')!;
    const wife = (await submit([keying('SH', '2', 1, 'KT1', { ...household().wife, householdHeadName: 'Nguyễn Văn Ân' }), keying('SH', '2', 2, 'KT2', { ...household().wife, householdHeadName: 'Nguyễn Văn Ân' })]))[1];
    expect(wife.formStatus).toBe('IN_REVIEW');
    // While its form is in review again, the record is unchanged: nothing comes.
    expect((await sync()).records).toBe(0);
    for (let i = 0; i < 2; i++) {
      const task = (await t.as('reviewer')(CLAIM, { b: batches.SH })).data.claimNextTask;
      const d = task.discrepancies[0];
      const r = task.form.id === wife.formId ? { discrepancyId: d.id, choice: 'VALUE' as const, value: d.relatedValue } : { discrepancyId: d.id, choice: 'FIRST' as const };
      expect((await t.as('reviewer')(RESOLVE, { id: task.id, r: [r] })).errors).toBeUndefined();
    }
    const headRecord = (await t.as('admin')(RECORD_OF, { f: head.id })).data.form.verifiedRecord;
    expect(headRecord.version).toBe(2);
    // A spot check corrects one SP record and confirms the other (no change: it does not come again).
    const corrected: string[] = [];
    for (let i = 0; i < 2; i++) {
      const task = (await t.as('reviewer')(CLAIM, { b: batches.SP })).data.claimNextTask;
      expect(task.kind).toBe('SPOT_CHECK');
      const fix = i === 0 ? [{ fieldKey: 'phone', value: '0911111111' }] : [];
      expect((await t.as('reviewer')(SPOT, { id: task.id, c: fix })).errors).toBeUndefined();
      if (fix.length) corrected.push(String((await t.as('admin')(RECORD_OF, { f: task.form.id })).data.form.verifiedRecord.id));
    }

    // The next run: the head (version 2), the wife's new record (version 1), the corrected one (version 2); each once.
    const before = c.deliveries.length;
    await eventually(sync, () => c.copy.size === 30 && c.copy.get(String(headRecord.id))?.version === 2 && c.copy.get(corrected[0])?.version === 2, 'the changed records');
    const delivered = c.deliveries.slice(before);
    expect(delivered.sort()).toEqual([`${headRecord.id}@2`, `${corrected[0]}@2`, `${(await t.as('admin')(RECORD_OF, { f: wife.formId })).data.form.verifiedRecord.id}@1`].sort());
    expect(new Map([...c.copy].map(([id, r]) => [id, r.version]))).toEqual(await allRecords());
    expect(c.copy.get(corrected[0])!.valueMap.phone).toBe('091*****11');
    expect(c.copy.get(corrected[0])!.sourceMap).toMatchObject({ phone: 'REVIEWER', fullName: 'AGREED' });
  });

  it('pages never overlap, an empty page keeps the cursor, and masking and audit are those of any read', async () => {
    const events = async () => (await t.as('admin')(EVENTS)).data.auditEvents;
    const audited = (await events()).total;
    const ids: string[] = [];
    const pageAfter = (after: string | null) => reader(PAGE, { after, first: 10 });
    let after: string | null = null;
    for (;;) {
      const r = await pageAfter(after);
      expect(r.errors).toBeUndefined();
      const p = r.data.verifiedRecords;
      expect(p).toMatchObject({ page: null, perPage: 10 });
      for (const item of p.items) {
        const v = Object.fromEntries(item.values.map((x) => [x.key, x.value]));
        // records:read: personal values masked, the others as verified; valueMap says the same.
        expect(v.citizenId).toMatch(/^\d{3}\*+\d{2}$/);
        expect(v.fullName).toMatch(/\*/);
        expect(v.nationality).toBe('Việt Nam');
        expect(item.valueMap).toEqual(v);
      }
      ids.push(...p.items.map((x) => x.id));
      if (!p.hasNextPage) {
        const empty = (await reader(PAGE, { after: p.endCursor, first: 10 })).data.verifiedRecords;
        expect(empty).toMatchObject({ items: [], hasNextPage: false, endCursor: p.endCursor });
        break;
      }
      after = p.endCursor;
    }
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.length).toBe((await allRecords()).size);
    // Masked reads leave no trace; reads in clear one event per page, naming its records.
    expect((await events()).total).toBe(audited);
    const clear = await personal(PAGE, { after: null, first: 5 });
    const v = Object.fromEntries(clear.data.verifiedRecords.items[0].values.map((x) => [x.key, x.value]));
    expect(v.citizenId).toMatch(/^\d{12}$/);
    expect(clear.data.verifiedRecords.items[0].valueMap).toEqual(v);
    const e = await events();
    expect(e.total).toBe(audited + 1);
    expect(e.items[0].data.ids).toEqual(clear.data.verifiedRecords.items.map((x) => Number(x.id)));
    expect(JSON.stringify(e.items[0])).not.toContain(v.citizenId);
  });

  it('gives other lists cursor pages in their own order', async () => {
    const FORMS = graphql(`query SyncFormsByCursor($after:String){ forms(sortField:updatedAt, sortOrder:DESC, first:7, after:$after){ items { id } endCursor hasNextPage } }`);
    const PAGED = graphql(`query SyncFormsByPage{ forms(sortField:updatedAt, sortOrder:DESC, perPage:200){ total items { id } } }`);
    const byCursor: string[] = [];
    const pageAfter = (after: string | null) => t.as('admin')(FORMS, { after });
    let after: string | null = null;
    for (;;) {
      const p: { items: { id: string }[]; endCursor: string; hasNextPage: boolean } = (await pageAfter(after)).data.forms;
      byCursor.push(...p.items.map((f) => f.id));
      if (!p.hasNextPage) break;
      after = p.endCursor;
    }
    expect(byCursor).toEqual((await t.as('admin')(PAGED)).data.forms.items.map((f) => f.id));
    const KEYERS = graphql(`query SyncKeyingsByCursor($after:String){ keyings(sortField:keyerCode, sortOrder:ASC, first:50, after:$after){ items { id keyerCode } endCursor hasNextPage } }`);
    const first = (await t.as('admin')(KEYERS, { after: null })).data.keyings;
    const second = (await t.as('admin')(KEYERS, { after: first.endCursor })).data.keyings;
    const codes = [...first.items, ...second.items].map((k) => k.keyerCode);
    expect(codes).toEqual([...codes].sort());
    expect(new Set([...first.items, ...second.items].map((k) => k.id)).size).toBe(first.items.length + second.items.length);
  });

  it('refuses a bad cursor or a cursor page it cannot serve, with a clear error', async () => {
    const good = (await reader(PAGE, { after: null, first: 2 })).data.verifiedRecords.endCursor;
    const refused = async (r: Promise<{ errors?: any }>, field: string, reason: RegExp) => {
      const { errors } = await r;
      expect(errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(errors[0].extensions.problems[0]).toMatchObject({ field, reason: expect.stringMatching(reason) });
    };
    await refused(reader(PAGE, { after: 'not-a-cursor!', first: 2 }), 'after', /^not a cursor/);
    await refused(reader(PAGE, { after: Buffer.from('[1,"VerifiedRecord","sync","A","x",-1]').toString('base64url'), first: 2 }), 'after', /^not a cursor/);
    await refused(reader(PAGE, { after: Buffer.from('{"a":1}').toString('base64url'), first: 2 }), 'after', /^not a cursor/);
    await refused(reader(PAGE, { after: good!.slice(0, -3), first: 2 }), 'after', /^not a cursor/);
    const formCursor = (await t.as('admin')(graphql(`query SyncFormCursor{ forms(first:1){ endCursor } }`))).data.forms.endCursor;
    await refused(reader(PAGE, { after: formCursor, first: 2 }), 'after', /another list/);
    await refused(reader(graphql(`query SyncOtherOrder($a:String){ verifiedRecords(sortField:verifiedAt, first:2, after:$a){ items { id } } }`), { a: good }), 'after', /another order/);
    await refused(reader(graphql(`query SyncBackwards{ verifiedRecords(sortField:sync, sortOrder:DESC, first:2){ items { id } } }`)), 'sortOrder', /ASC/);
    await refused(reader(graphql(`query SyncPageAndCursor($a:String){ verifiedRecords(page:2, sortField:sync, sortOrder:ASC, after:$a){ items { id } } }`), { a: good }), 'page', /page number/);
    await refused(t.as('admin')(graphql(`query SyncTasksByDate{ correctionTasks(sortField:createdAt, first:5){ items { id } } }`)), 'sortField', /id/);
    const tooMany = await reader(graphql(`query SyncTooMany{ verifiedRecords(first:1001){ items { id } } }`));
    expect(tooMany.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    // The cost limit counts `first` like perPage.
    const costly = await reader(graphql(`query SyncCostly{ verifiedRecords(first:1000){ items { id version automatic verifiedAt reviewerRef values { key value source illegible } form { id formNumber status } batch { id code provinceCode district commune status } } } }`));
    expect(costly.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_COMPLEX');
  });

  it.runIf(kind === 'postgresql')('never skips a change that commits after a later one (commit order)', async () => {
    const c = memoryTarget();
    const sync = () => syncOnce({ url: t.url, apiKey: readKey, target: c.target, pageSize: 50, attempts: 1 });
    const total = (await allRecords()).size;
    await eventually(async () => (await sync(), c.copy.size), (n) => n === total, 'the whole register');
    const [oldest] = [...c.copy.values()].sort((a, b) => Number(a.id) - Number(b.id));
    // A writer takes its place in the sync order and stays open...
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    let begun!: () => void;
    const started = new Promise<void>((r) => (begun = r));
    const slow = t.app.orm.em.fork().transactional(async (tx) => {
      const seq = await changeSeqOf(tx);
      begun();
      await gate;
      await exec(tx, 'update verified_record set version = version + 1, change_seq = ? where id = ?', [seq, Number(oldest.id)]);
    });
    await started;
    // ...while later writers commit records with higher places.
    await submit(agree('SA', 27, 2));
    await sync();
    // Handing them out now would move the cursor past the open writer's place: they wait.
    expect(c.copy.size).toBe(total);
    release();
    await slow;
    await eventually(async () => (await sync(), c.copy), (copy) => copy.size === total + 2 && copy.get(oldest.id)!.version === oldest.version + 1, 'the slow change and the new records');
    expect(new Map([...c.copy].map(([id, r]) => [id, r.version]))).toEqual(await allRecords());
  });

  it('documents a sync query that the schema accepts', () => {
    const schema = buildSchema(readFileSync(new URL('../../schema.graphql', import.meta.url), 'utf8'));
    expect(validate(schema, parse(SYNC_QUERY)).map((e) => e.message)).toEqual([]);
  });
});
