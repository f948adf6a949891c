import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSchema } from '../../server/src/graphql/schema.js';
import { dbKinds, startTestApp, TEST_PASSWORD, type TestApp } from '../helpers/test-app.js';
import { CREATE_BATCH, keying, person, SUBMIT } from '../helpers/fixtures.js';
import { graphql } from '../gql/index.js';
import { withToken } from '../helpers/gql.js';
import type { CreateTeamInput, ReportFilter, Role, TypedDocumentString } from '../gql/graphql.js';

/**
 * Teams: a province team (Hà Nội, 001) and another (Hồ Chí Minh, 079), and a team lent to one
 * batch of Đà Nẵng (048). Province staff never see, claim or key another province's work; managers
 * without a team and admins see everything.
 */

const TEAM = graphql(`mutation TeamsCreateTeam($i:CreateTeamInput!){ createTeam(input:$i){ id code provinceCode batchIds } }`);
const UPDATE_TEAM = graphql(`mutation TeamsUpdateTeam($id:ID!,$i:UpdateTeamInput!){ updateTeam(id:$id,input:$i){ id code name provinceCode batchIds } }`);
const SET_TEAM = graphql(`mutation TeamsSetUserTeam($u:ID!,$t:ID){ setUserTeam(userId:$u,teamId:$t){ id team { code } } }`);
const CREATE_USER = graphql(`mutation TeamsCreateUser($i:CreateUserInput!){ createUser(input:$i){ id username team { code provinceCode } } }`);
const CLAIM = graphql(`mutation TeamsClaimNextTask($b:ID){ claimNextTask(batchId:$b){ id batch { code provinceCode } discrepancies { id } } }`);
const RELEASE = graphql(`mutation TeamsRelease($id:ID!){ releaseTask(id:$id){ id } }`);
const RESOLVE = graphql(`mutation ResolveTask($id:ID!,$r:[ResolutionInput!]!){ resolveTask(id:$id,resolutions:$r){ id status } }`);

/** Two keyings that disagree on the name: one review task. */
const disputed = (batch: string, no: string, k1: string, k2: string) => [
  keying(batch, no, 1, k1, person()),
  keying(batch, no, 2, k2, person({ fullName: 'Nguyen Van An' })),
];
/** Two keyings that agree: an automatically verified record. */
const agreed = (batch: string, no: string, k1: string, k2: string) => [keying(batch, no, 1, k1, person()), keying(batch, no, 2, k2, person())];

/**
 * How a province manager's (or team reviewer's) read of each query is checked; every query of the
 * schema needs a line, so a new one without a scoping decision fails the first test.
 * - list: items must all be of the team's province (the selection reaches the province);
 * - byId: another province's object reads as NOT_FOUND; the team's own reads;
 * - report: without a filter = an admin's report filtered to the province; another province's filter FORBIDDEN;
 * - national: carries no province data (who am I, templates);
 * - adminOnly: a manager is refused anyway (the permission matrix checks who);
 * - holderOnly: answers only about a task the caller holds, so never about another province's.
 */
type Check =
  | { list: TypedDocumentString<any, { [key: string]: never }>; province: (item: any) => string }
  | { byId: TypedDocumentString<any, { id: string }>; kind: ObjKind }
  | { report: TypedDocumentString<any, { f?: ReportFilter }> }
  | 'national'
  | 'adminOnly'
  | { holderOnly: TypedDocumentString<any, { id: string }> };
type ObjKind = 'batch' | 'form' | 'keying' | 'discrepancy' | 'task' | 'record';

const SCOPING: Record<string, Check> = {
  me: 'national',
  // A clerk's own keyings only, whatever the team.
  myKeyingFigures: 'national',
  templates: 'national',
  template: 'national',
  batches: { list: graphql(`query TeamsBatches { batches(perPage:200){ items { provinceCode } } }`), province: (i) => i.provinceCode },
  batch: { byId: graphql(`query TeamsBatch($id:ID!){ batch(id:$id){ provinceCode } }`), kind: 'batch' },
  forms: { list: graphql(`query TeamsForms { forms(perPage:200){ items { batch { provinceCode } } } }`), province: (i) => i.batch.provinceCode },
  form: { byId: graphql(`query TeamsForm($id:ID!){ form(id:$id){ batch { provinceCode } } }`), kind: 'form' },
  keyings: { list: graphql(`query TeamsKeyings { keyings(perPage:200){ items { form { batch { provinceCode } } } } }`), province: (i) => i.form.batch.provinceCode },
  keying: { byId: graphql(`query TeamsKeying($id:ID!){ keying(id:$id){ form { batch { provinceCode } } } }`), kind: 'keying' },
  discrepancies: { list: graphql(`query TeamsDiscrepancies { discrepancies(perPage:200){ items { form { batch { provinceCode } } } } }`), province: (i) => i.form.batch.provinceCode },
  discrepancy: { byId: graphql(`query TeamsDiscrepancy($id:ID!){ discrepancy(id:$id){ form { batch { provinceCode } } } }`), kind: 'discrepancy' },
  correctionTasks: { list: graphql(`query TeamsCorrectionTasks { correctionTasks(perPage:200){ items { batch { provinceCode } } } }`), province: (i) => i.batch.provinceCode },
  correctionTask: { byId: graphql(`query TeamsCorrectionTask($id:ID!){ correctionTask(id:$id){ batch { provinceCode } } }`), kind: 'task' },
  verifiedRecords: { list: graphql(`query TeamsVerifiedRecords { verifiedRecords(perPage:200){ items { batch { provinceCode } } } }`), province: (i) => i.batch.provinceCode },
  verifiedRecord: { byId: graphql(`query TeamsVerifiedRecord($id:ID!){ verifiedRecord(id:$id){ batch { provinceCode } } }`), kind: 'record' },
  keyerReport: { report: graphql(`query TeamsKeyerReport($f:ReportFilter){ keyerReport(filter:$f, perPage:200, sortField:keyerCode, sortOrder:ASC){ total items { keyerCode forms fieldsKeyed fieldErrors } } }`) },
  fieldReport: { report: graphql(`query TeamsFieldReport($f:ReportFilter){ fieldReport(filter:$f, perPage:200, sortField:fieldKey, sortOrder:ASC){ total items { fieldKey discrepancies } } }`) },
  areaReport: { report: graphql(`query TeamsAreaReport($f:ReportFilter){ areaReport(level:BATCH, filter:$f, perPage:200, sortField:batchCode, sortOrder:ASC){ total items { batchCode provinceCode forms openTasks } } }`) },
  reviewerReport: { report: graphql(`query TeamsReviewerReport($f:ReportFilter){ reviewerReport(filter:$f, perPage:200){ total items { reviewerId tasksResolved } } }`) },
  agreementReport: { report: graphql(`query TeamsAgreementReport($f:ReportFilter){ agreementReport(filter:$f, perPage:200, sortField:forms, sortOrder:DESC){ total overall { forms fieldsCompared } items { keyerA keyerB forms } } }`) },
  outOfControlKeyers: { report: graphql(`query TeamsOutOfControlKeyers($f:ReportFilter){ outOfControlKeyers(filter:$f, perPage:200){ total keyersChecked items { keyerCode } } }`) },
  reportCsv: { report: graphql(`query TeamsReportCsv($f:ReportFilter){ reportCsv(report:AREAS, filter:$f) }`) },
  users: 'adminOnly',
  user: 'adminOnly',
  auditEvents: 'adminOnly',
  auditEvent: 'adminOnly',
  apiKeys: 'adminOnly',
  teams: 'adminOnly',
  resolutionWarnings: { holderOnly: graphql(`query TeamsResolutionWarnings($id:ID!){ resolutionWarnings(id:$id, resolutions:[]){ field message } }`) },
  spotCheckWarnings: { holderOnly: graphql(`query TeamsSpotCheckWarnings($id:ID!){ spotCheckWarnings(id:$id){ field message } }`) },
};

describe.each(dbKinds())('teams on %s', (kind) => {
  let t: TestApp;
  const tok: Record<string, string> = {};
  const as = (who: string) => withToken(t.gql, tok[who] ?? t.tokens[who]);
  const batch: Record<string, string> = {};
  const team: Record<string, string> = {};
  /** Ids of one object of each kind per province, as an admin reads them. */
  const sample: Record<'001' | '079', Partial<Record<ObjKind, string>>> = { '001': {}, '079': {} };

  async function signIn(username: string, role: Role, teamRef: string | null, keyerCode?: string) {
    const r = await t.as('admin')(CREATE_USER, { i: { username, password: TEST_PASSWORD, role, displayName: username, keyerCode, team: teamRef } });
    expect(r.errors, username).toBeUndefined();
    const l = await t.gql(graphql(`mutation Login($u:String!,$p:String!){ login(username:$u,password:$p){ token } }`), { u: username, p: TEST_PASSWORD });
    tok[username] = l.data.login.token;
    return r.data.createUser;
  }

  beforeAll(async () => {
    t = await startTestApp(kind);
    for (const [code, provinceCode] of [['HN1', '001'], ['HN2', '001'], ['SG1', '079'], ['DN1', '048']]) {
      const b = await t.as('admin')(CREATE_BATCH, { i: { code, provinceCode, district: 'Quận 1', commune: 'Phường 2' } });
      batch[code] = b.data.createBatch.id;
    }
    for (const [code, i] of [['HN', { provinceCode: '001' }], ['SG', { provinceCode: '079' }], ['LENT', { batchIds: [batch.DN1] }]] as const) {
      const r = await t.as('admin')(TEAM, { i: { code, name: `Team ${code}`, ...i } as CreateTeamInput });
      expect(r.errors).toBeUndefined();
      team[code] = r.data.createTeam.id;
    }
    await signIn('manager-hn', 'MANAGER', 'HN');
    await signIn('manager-sg', 'MANAGER', team.SG);
    await signIn('rev-hn', 'REVIEWER', 'HN');
    await signIn('rev-sg', 'REVIEWER', 'SG');
    await signIn('rev-lent', 'REVIEWER', 'LENT');
    await signIn('clerk-hn', 'KEYER', 'HN', 'KH1');
    await signIn('station-hn', 'STATION', 'HN');
    // Stations without a team key everything: three review tasks per province, two records each.
    const r = await t.submit([
      ...disputed('HN1', 'F1', 'KT3', 'KT4'), ...disputed('HN1', 'F2', 'KT3', 'KT4'), ...disputed('HN2', 'F3', 'KT3', 'KT4'),
      ...disputed('SG1', 'F1', 'KT5', 'KT6'), ...disputed('SG1', 'F2', 'KT5', 'KT6'), ...disputed('SG1', 'F3', 'KT5', 'KT6'),
      ...disputed('DN1', 'F1', 'KT7', 'KT8'),
      ...agreed('HN1', 'A1', 'KT3', 'KT4'), ...agreed('SG1', 'A1', 'KT5', 'KT6'),
    ]);
    expect(r.data.submitKeyings.filter((o: any) => o.status !== 'ACCEPTED')).toEqual([]);
    // One object of each kind per province, as the admin sees them.
    const all = await t.as('admin')(graphql(`query TeamsBatches2 {
      batches(perPage:200){ items { id provinceCode } }
      forms(perPage:200){ items { id batch { provinceCode } } }
      keyings(perPage:200){ items { id form { batch { provinceCode } } } }
      discrepancies(perPage:200){ items { id form { batch { provinceCode } } } }
      correctionTasks(perPage:200){ items { id batch { provinceCode } } }
      verifiedRecords(perPage:200){ items { id batch { provinceCode } } }
    }`));
    expect(all.errors).toBeUndefined();
    const put = (k: ObjKind, items: any[], prov: (i: any) => string) => {
      for (const i of items) if (prov(i) === '001' || prov(i) === '079') sample[prov(i) as '001' | '079'][k] ??= i.id;
    };
    put('batch', all.data.batches.items, (i) => i.provinceCode);
    put('form', all.data.forms.items, (i) => i.batch.provinceCode);
    put('keying', all.data.keyings.items, (i) => i.form.batch.provinceCode);
    put('discrepancy', all.data.discrepancies.items, (i) => i.form.batch.provinceCode);
    put('task', all.data.correctionTasks.items, (i) => i.batch.provinceCode);
    put('record', all.data.verifiedRecords.items, (i) => i.batch.provinceCode);
    for (const p of ['001', '079'] as const) expect(Object.keys(sample[p]).sort()).toEqual(['batch', 'discrepancy', 'form', 'keying', 'record', 'task']);
  });
  afterAll(async () => t?.close());

  it('every query of the schema has a team-scoping decision', async () => {
    const schema = await createSchema();
    const queries = Object.keys(schema.getQueryType()!.getFields());
    expect(queries.filter((q) => !(q in SCOPING)), 'queries without a scoping decision in SCOPING').toEqual([]);
    expect(Object.keys(SCOPING).filter((q) => !queries.includes(q)), 'SCOPING lines for queries the schema no longer has').toEqual([]);
  });

  it.each(Object.entries(SCOPING))('a province manager and a team reviewer read only their province: %s', async (name, check) => {
    if (check === 'national') return;
    if (check === 'adminOnly') {
      const r = await as('manager-hn')(graphql(`query Typename { __typename }`));
      expect(r.errors).toBeUndefined();
      return;
    }
    if ('list' in check) {
      const everything = await t.as('admin')(check.list);
      expect(everything.data[name].items.map(check.province), 'the admin sees both provinces').toEqual(expect.arrayContaining(['001', '079']));
      for (const who of ['manager-hn', 'rev-hn']) {
        const r = await as(who)(check.list);
        expect(r.errors, `${name} as ${who}`).toBeUndefined();
        const provinces = new Set(r.data[name].items.map(check.province));
        expect([...provinces], `${name} as ${who}`).toEqual(['001']);
      }
      const sg = await as('manager-sg')(check.list);
      expect([...new Set(sg.data[name].items.map(check.province))], `${name} as manager-sg`).toEqual(['079']);
      // A team manager's list is the admin's list of that province, no more, no less.
      expect(everything.data[name].items.filter((i: any) => check.province(i) === '001').length).toBe((await as('manager-hn')(check.list)).data[name].items.length);
      return;
    }
    if ('holderOnly' in check) {
      for (const who of ['manager-hn', 'rev-hn']) {
        const other = await as(who)(check.holderOnly, { id: sample['079'].task! });
        expect(other.errors?.[0]?.extensions?.code, `${name} of 079 as ${who}`).toBe('NOT_FOUND');
        expect(other.data?.[name] ?? null).toBeNull();
      }
      return;
    }
    if ('byId' in check) {
      for (const who of ['manager-hn', 'rev-hn']) {
        const own = await as(who)(check.byId, { id: sample['001'][check.kind]! });
        expect(own.errors, `${name} of 001 as ${who}`).toBeUndefined();
        const other = await as(who)(check.byId, { id: sample['079'][check.kind]! });
        expect(other.errors?.[0]?.extensions?.code, `${name} of 079 as ${who}`).toBe('NOT_FOUND');
        expect(other.data?.[name] ?? null).toBeNull();
      }
      for (const who of ['admin', 'manager']) {
        const r = await as(who)(check.byId, { id: sample['079'][check.kind]! });
        expect(r.errors, `${name} of 079 as ${who}`).toBeUndefined();
      }
      return;
    }
    // Reports: the team's report is the national one filtered to the province, whatever is asked.
    // generatedAt, and the age of the oldest open task (two requests may fall either side of a second).
    const withoutAges = (csv: string) => {
      const rows = csv.split('\r\n').map((r) => r.split(','));
      const i = rows[0].indexOf('oldestOpenTaskAgeSeconds');
      return i < 0 ? csv : rows.map((r) => r.filter((_, j) => j !== i).join(',')).join('\r\n');
    };
    const strip = (d: any) =>
      JSON.parse(JSON.stringify(d, (k, v) => (k === 'reportCsv' && typeof v === 'string' ? withoutAges(v) : v)).replace(/"generatedAt":"[^"]*"/g, '').replace(/"oldestOpenTaskAgeSeconds":\d+/g, ''));
    const mine = await as('manager-hn')(check.report, {});
    expect(mine.errors, name).toBeUndefined();
    const filtered = await t.as('admin')(check.report, { f: { provinceCode: '001' } });
    expect(strip(mine.data)).toEqual(strip(filtered.data));
    // Nothing is resolved yet: reviewer rows and out-of-control keyers are empty everywhere.
    if (name !== 'reviewerReport' && name !== 'outOfControlKeyers') {
      const national = await t.as('manager')(check.report, {});
      expect(strip(national.data), `${name}: the national view differs from Hà Nội's`).not.toEqual(strip(mine.data));
    }
    expect((await as('manager-hn')(check.report, { f: { provinceCode: '001' } })).errors).toBeUndefined();
    for (const f of [{ provinceCode: '079' }, { batchId: batch.SG1 }, { batchId: batch.DN1 }]) {
      const r = await as('manager-hn')(check.report, { f });
      expect(r.errors?.[0]?.extensions?.code, `${name} ${JSON.stringify(f)}`).toBe('FORBIDDEN');
      expect(r.data?.[name] ?? null).toBeNull();
    }
    // A batch-set team reports on its batches only.
    const lent = await t.as('admin')(CREATE_USER, { i: { username: `mgr-lent-${name.toLowerCase()}`, password: TEST_PASSWORD, role: 'MANAGER', displayName: 'Lent', team: 'LENT' } });
    expect(lent.errors).toBeUndefined();
    const l = await t.gql(graphql(`mutation Login($u:String!,$p:String!){ login(username:$u,password:$p){ token } }`), { u: `mgr-lent-${name.toLowerCase()}`, p: TEST_PASSWORD });
    const lentReport = await t.gql(check.report, {}, l.data.login.token);
    expect(lentReport.errors).toBeUndefined();
    expect(strip(lentReport.data)).toEqual(strip((await t.as('admin')(check.report, { f: { batchId: batch.DN1 } })).data));
    expect((await t.gql(check.report, { f: { batchId: batch.HN1 } }, l.data.login.token)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('the area report of a province manager names only their province', async () => {
    const r = await as('manager-hn')(graphql(`query TeamsAreaReport2 { areaReport(level:PROVINCE, perPage:200){ items { provinceCode forms } } }`));
    expect(r.data.areaReport.items.map((i: any) => i.provinceCode)).toEqual(['001']);
    const n = await as('manager')(graphql(`query TeamsAreaReport3 { areaReport(level:PROVINCE, perPage:200){ items { provinceCode } } }`));
    expect(n.data.areaReport.items.map((i: any) => i.provinceCode).sort()).toEqual(['001', '048', '079']);
  });

  it('a team clerk keys only their team’s batches: another province’s keying is refused and nothing is stored', async () => {
    const before = await t.as('admin')(graphql(`query TeamsForms2($b:ID){ forms(filter:{ batchId:$b }){ total } }`), { b: batch.SG1 });
    const r = await as('clerk-hn')(SUBMIT, { k: [keying('SG1', 'C1', 1, 'KH1', person()), keying('HN2', 'C1', 1, 'KH1', person())] });
    expect(r.errors).toBeUndefined();
    expect(r.data.submitKeyings[0]).toMatchObject({ status: 'REJECTED', code: 'OUT_OF_TEAM', keyingId: null, formId: null, problems: [{ field: 'batchCode' }] });
    expect(r.data.submitKeyings[1]).toMatchObject({ status: 'ACCEPTED' });
    const after = await t.as('admin')(graphql(`query TeamsForms3($b:ID){ forms(filter:{ batchId:$b }){ total } keyings(filter:{ keyerCode:"KH1" }){ total items { form { batch { code } } } } }`), { b: batch.SG1 });
    expect(after.data.forms.total).toBe(before.data.forms.total);
    expect(after.data.keyings.items.map((k: any) => k.form.batch.code)).toEqual(['HN2']);
    // A station with a team: the same rule; stations without one key any batch.
    const s = await as('station-hn')(SUBMIT, { k: [keying('SG1', 'C2', 1, 'KT9', person()), keying('HN2', 'C2', 1, 'KT9', person())] });
    expect(s.data.submitKeyings.map((o: any) => o.code ?? o.status)).toEqual(['OUT_OF_TEAM', 'ACCEPTED']);
    const national = await t.as('station')(SUBMIT, { k: [keying('SG1', 'C3', 1, 'KT9', person())] });
    expect(national.data.submitKeyings[0].status).toBe('ACCEPTED');
  });

  it('team reviewers claim only their team’s tasks; claims never cross', async () => {
    const open = async () =>
      (await t.as('admin')(graphql(`query TeamsCorrectionTasks2 { correctionTasks(perPage:200, filter:{ status: OPEN }){ items { id batch { provinceCode } } } }`))).data.correctionTasks.items.map((i: any) => i.batch.provinceCode).sort();
    expect(await open()).toEqual(['001', '001', '001', '048', '079', '079', '079']);
    // Outside the team by batch: refused; a province manager acting as reviewer is held to the same rule.
    for (const who of ['rev-hn', 'manager-hn']) {
      const r = await as(who)(CLAIM, { b: batch.SG1 });
      expect(r.errors?.[0]?.extensions?.code, who).toBe('FORBIDDEN');
    }
    const drain = async (who: string) => {
      const got: string[] = [];
      for (let i = 0; i < 10; i++) {
        const c = await as(who)(CLAIM, {});
        expect(c.errors).toBeUndefined();
        const task = c.data.claimNextTask;
        if (!task) break;
        got.push(task.batch.provinceCode);
        const done = await as(who)(RESOLVE, { id: task.id, r: task.discrepancies.map((d: any) => ({ discrepancyId: d.id, choice: 'FIRST' as const })) });
        expect(done.errors).toBeUndefined();
      }
      return got;
    };
    // Both teams at once: neither takes the other's.
    const [sg, hn] = await Promise.all([drain('rev-sg'), drain('manager-hn')]);
    expect(hn).toEqual(['001', '001', '001']);
    expect(sg).toEqual(['079', '079', '079']);
    expect(await drain('rev-hn')).toEqual([]);
    expect(await drain('rev-lent')).toEqual(['048']);
  });

  it('another team’s task does not exist for a task mutation either: not "resolved", not "held by someone else"', async () => {
    await t.submit([...disputed('SG1', 'M1', 'KT5', 'KT6'), ...disputed('SG1', 'M2', 'KT5', 'KT6')]);
    // One held by the Saigon reviewer, one resolved by them.
    const held = (await as('rev-sg')(CLAIM, { b: batch.SG1 })).data.claimNextTask;
    const resolved = (await as('rev-sg')(RESOLVE, { id: held.id, r: held.discrepancies.map((d: any) => ({ discrepancyId: d.id, choice: 'FIRST' as const })) })).data.resolveTask;
    expect(resolved.status).toBe('RESOLVED');
    const holding = (await as('rev-sg')(CLAIM, { b: batch.SG1 })).data.claimNextTask;
    const moves: [string, TypedDocumentString<any, any>, (id: string) => Record<string, unknown>][] = [
      ['releaseTask', RELEASE, (id) => ({ id })],
      ['escalateTask', graphql(`mutation TeamsEscalate($id:ID!){ escalateTask(id:$id, comment:"x"){ id } }`), (id) => ({ id })],
      ['requestRekey', graphql(`mutation TeamsRekey($id:ID!){ requestRekey(id:$id){ id } }`), (id) => ({ id })],
      ['rejectForm', graphql(`mutation TeamsReject($id:ID!){ rejectForm(taskId:$id, reason:"x"){ id } }`), (id) => ({ id })],
      ['resolveTask', RESOLVE, (id) => ({ id, r: [] })],
      ['resolveSpotCheck', graphql(`mutation TeamsSpot($id:ID!){ resolveSpotCheck(id:$id, corrections:[]){ id } }`), (id) => ({ id })],
    ];
    for (const who of ['rev-hn', 'manager-hn']) {
      for (const [name, doc, vars] of moves) {
        for (const id of [resolved.id, holding.id, '99999999']) {
          const r = await as(who)(doc, vars(id));
          expect(r.errors?.[0]?.extensions?.code, `${name} of ${id} as ${who}`).toBe('NOT_FOUND');
        }
      }
    }
    // The holder's own moves still work.
    expect((await as('rev-sg')(RELEASE, { id: holding.id })).errors).toBeUndefined();
  });

  it('a reviewer without a team claims from the national pool', async () => {
    await t.submit([...disputed('SG1', 'N1', 'KT5', 'KT6')]);
    const c = await t.as('reviewer')(CLAIM, {});
    expect(c.data.claimNextTask.batch.provinceCode).toBe('079');
  });

  it('validates teams field by field, and audits every team change in the same transaction', async () => {
    const bad = await t.as('admin')(TEAM, { i: { code: 'X 1', name: 'X', provinceCode: '003' } });
    expect(bad.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(bad.errors[0].extensions.problems.map((p: any) => p.field)).toEqual(['input.code', 'input.provinceCode']);
    const unknown = await t.as('admin')(TEAM, { i: { code: 'X1', name: 'X', batchIds: [batch.HN1, '999999'] } });
    expect(unknown.errors[0].extensions.problems).toEqual([{ field: 'input.batchIds.1', reason: 'batch 999999 does not exist' }]);
    const both = await t.as('admin')(TEAM, { i: { code: 'X1', name: 'X', provinceCode: '001', batchIds: [batch.HN1] } });
    expect(both.errors[0].extensions.problems.map((p: any) => p.field)).toEqual(['input.batchIds']);
    const neither = await t.as('admin')(TEAM, { i: { code: 'X1', name: 'X' } });
    expect(neither.errors[0].extensions.problems.map((p: any) => p.field)).toEqual(['input.provinceCode']);
    expect((await t.as('admin')(TEAM, { i: { code: 'HN', name: 'again', provinceCode: '001' } })).errors[0].extensions.code).toBe('CONFLICT');
    expect((await t.as('admin')(UPDATE_TEAM, { id: '999999', i: { name: 'x' } })).errors[0].extensions.code).toBe('NOT_FOUND');
    const badUpdate = await t.as('admin')(UPDATE_TEAM, { id: team.LENT, i: { provinceCode: '048' } });
    expect(badUpdate.errors[0].extensions.problems.map((p: any) => p.field)).toEqual(['input.batchIds']);
    const u = await t.as('admin')(CREATE_USER, { i: { username: 'nobody-team', password: TEST_PASSWORD, role: 'REVIEWER', displayName: 'N', team: 'NOPE' } });
    expect(u.errors[0].extensions.problems).toEqual([{ field: 'team', reason: 'unknown team (give its id or code)' }]);
    const admin2 = await t.as('admin')(CREATE_USER, { i: { username: 'admin-team', password: TEST_PASSWORD, role: 'ADMIN', displayName: 'A', team: 'HN' } });
    expect(admin2.errors[0].extensions.problems[0].field).toBe('team');

    // Switch a team from batches to a province, move a user between teams, and find it all in the audit trail.
    const sw = await t.as('admin')(UPDATE_TEAM, { id: team.LENT, i: { batchIds: null, provinceCode: '048', name: 'Đà Nẵng' } });
    expect(sw.data.updateTeam).toMatchObject({ provinceCode: '048', batchIds: [], name: 'Đà Nẵng' });
    const me = await as('rev-lent')(graphql(`query TeamsMe { me { id team { code provinceCode } } }`));
    expect(me.data.me.team).toEqual({ code: 'LENT', provinceCode: '048' });
    const moved = await t.as('admin')(SET_TEAM, { u: me.data.me.id, t: team.SG });
    expect(moved.data.setUserTeam.team).toEqual({ code: 'SG' });
    // The next request sees the new team: another province's form reads as missing now.
    expect((await as('rev-lent')(graphql(`query TeamsForm2($id:ID!){ form(id:$id){ id } }`), { id: sample['001'].form! })).errors[0].extensions.code).toBe('NOT_FOUND');
    expect((await as('rev-lent')(graphql(`query TeamsForm2($id:ID!){ form(id:$id){ id } }`), { id: sample['079'].form! })).errors).toBeUndefined();
    const out = await t.as('admin')(SET_TEAM, { u: me.data.me.id, t: null });
    expect(out.data.setUserTeam.team).toBeNull();
    const adminId = (await t.as('admin')(graphql(`query Me { me { id } }`))).data.me.id;
    expect((await t.as('admin')(SET_TEAM, { u: adminId, t: team.HN })).errors[0].extensions.problems[0]).toEqual({ field: 'teamId', reason: 'admins belong to no team' });

    const events = await t.as('admin')(graphql(`query TeamsAuditEvents { auditEvents(perPage:200, sortOrder:ASC){ items { action entityType entityId data } } }`));
    const teamEvents = events.data.auditEvents.items.filter((e: any) => e.action.startsWith('team.') || e.action === 'user.team');
    expect(teamEvents.filter((e: any) => e.action === 'team.create').map((e: any) => e.data.code)).toEqual(['HN', 'SG', 'LENT']);
    expect(teamEvents.find((e: any) => e.action === 'team.update')).toMatchObject({
      entityType: 'team',
      entityId: team.LENT,
      data: { from: { name: 'Team LENT', provinceCode: null, batchIds: [Number(batch.DN1)] }, to: { name: 'Đà Nẵng', provinceCode: '048', batchIds: [] } },
    });
    expect(teamEvents.filter((e: any) => e.action === 'user.team').map((e: any) => e.data)).toEqual([{ from: 'LENT', to: 'SG' }, { from: 'SG', to: null }]);
    // Refused changes left nothing behind.
    expect(teamEvents).toHaveLength(3 + 1 + 2);
  });
});
