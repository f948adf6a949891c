import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import { dbKinds, startTestApp, type TestApp } from '../helpers/test-app.js';
import { CREATE_BATCH, keying, person } from '../helpers/fixtures.js';
import { readAggregates, recompute } from '../../server/src/services/aggregates.js';
import { RawReports } from '../../server/src/services/reports-recompute.js';
import { graphql } from '../gql/index.js';
import type { AreaLevel, ReportFilter, ReportName } from '../gql/graphql.js';

/**
 * Reports on a small campaign whose every figure can be worked out by hand (below). Two batches:
 *
 *   RA (province 001, Ba Đình)        pass 1  pass 2   outcome
 *     A1                               K1      K2       agree -> verified automatically
 *     A2  phone ...79 in pass 2        K1      K2       reviewer takes FIRST: K2 charged (SUBSTITUTION)
 *     A3  name without diacritics p1   K1      K2       reviewer takes SECOND: K1 charged (DIACRITIC)
 *     A4                               K1      -        waits for pass 2
 *     A5  phone missing in pass 2      K1      K2       reviewer rejects the scan, admin rescans: waits again
 *   RB (province 079, Quận 1, spot check every 2nd automatically verified form)
 *     B1                               K3      K4       agree
 *     B2  phones ...70 / ...71         K3      K4       reviewer types ...78: both charged (SUBSTITUTION)
 *     B3  four wrong fields in pass 1  K5      K3       reviewer escalates; manager takes SECOND: K5 charged 4 times
 *     B4                               K4      K3       agree; spot-checked and confirmed
 *
 * Every form has 27 fields. K1 keys in 190 s, K2 in 100 s, the others in 300 s. All keyings are
 * submitted on 2026-11-02 (Vietnam), except K2's A5 at 00:30 on 2026-11-03 (17:30 UTC the day before).
 */
const FIELDS = 27;
const K5_VALUES = { fullName: 'Nguyen Van An', phone: '0912345687', fatherName: 'Nguyễn Văn Bìn', spouseName: 'Le Thi Thuy' };

const at = (iso: string, seconds: number) => ({ startedAt: new Date(Date.parse(iso) - seconds * 1000).toISOString(), submittedAt: iso });
const DAY1 = '2026-11-02T03:00:00.000Z';
const DAY2 = '2026-11-02T17:30:00.000Z';
const SECONDS: Record<string, number> = { K1: 190, K2: 100, K3: 300, K4: 300, K5: 300 };

interface Planned {
  batch: string;
  no: string;
  pass: number;
  keyer: string;
  values: Record<string, string | null>;
  when?: string;
}
const PLAN: Planned[] = [
  { batch: 'RA', no: 'A1', pass: 1, keyer: 'K1', values: person() },
  { batch: 'RA', no: 'A1', pass: 2, keyer: 'K2', values: person() },
  { batch: 'RA', no: 'A2', pass: 1, keyer: 'K1', values: person() },
  { batch: 'RA', no: 'A2', pass: 2, keyer: 'K2', values: person({ phone: '0912345679' }) },
  { batch: 'RA', no: 'A3', pass: 1, keyer: 'K1', values: person({ fullName: 'Nguyen Van An' }) },
  { batch: 'RA', no: 'A3', pass: 2, keyer: 'K2', values: person() },
  { batch: 'RA', no: 'A4', pass: 1, keyer: 'K1', values: person() },
  { batch: 'RA', no: 'A5', pass: 1, keyer: 'K1', values: person() },
  { batch: 'RA', no: 'A5', pass: 2, keyer: 'K2', values: person({ phone: null }), when: DAY2 },
  { batch: 'RB', no: 'B1', pass: 1, keyer: 'K3', values: person() },
  { batch: 'RB', no: 'B1', pass: 2, keyer: 'K4', values: person() },
  { batch: 'RB', no: 'B2', pass: 1, keyer: 'K3', values: person({ phone: '0912345670' }) },
  { batch: 'RB', no: 'B2', pass: 2, keyer: 'K4', values: person({ phone: '0912345671' }) },
  { batch: 'RB', no: 'B3', pass: 1, keyer: 'K5', values: person(K5_VALUES) },
  { batch: 'RB', no: 'B3', pass: 2, keyer: 'K3', values: person() },
  { batch: 'RB', no: 'B4', pass: 1, keyer: 'K4', values: person() },
  { batch: 'RB', no: 'B4', pass: 2, keyer: 'K3', values: person() },
];

/** Characters keyed: the NFC length of every non-empty value. */
const chars = (v: Record<string, string | null>) => Object.values(v).reduce((n, x) => n + (x ? x.normalize('NFC').length : 0), 0);
const keystrokesOf = (keyer: string, day?: string) =>
  PLAN.filter((p) => p.keyer === keyer && (!day || (p.when === DAY2 ? '2026-11-03' : '2026-11-02') === day)).reduce((n, p) => n + chars(p.values), 0);

/** Wilson 95% interval, written out independently of the code under test. */
function wilson(x: number, n: number): [number, number] {
  const z = 1.959963984540054, p = x / n, d = 1 + (z * z) / n;
  const c = (p + (z * z) / (2 * n)) / d, h = (z / d) * Math.sqrt((p * (1 - p)) / n + (z * z) / (4 * n * n));
  return [x === 0 ? 0 : c - h, c + h];
}

const KEYERS = graphql(`query ReportsKeyerReport($f:ReportFilter,$d:Boolean,$s:KeyerReportSortField,$o:SortOrder){ keyerReport(filter:$f, byDay:$d, perPage:200, sortField:$s, sortOrder:$o){ total items {
  keyerCode day forms keyings fieldsKeyed keystrokes fieldErrors errorRate errorRateLow errorRateHigh errorsPerThousandKeystrokes medianSecondsPerForm
  errorKinds { kind errors } populationRate upperControlLimit outOfControl zScore } } }`);
const FIELDS_Q = graphql(`query ReportsFieldReport($f:ReportFilter){ fieldReport(filter:$f, perPage:200){ total items { fieldKey keyed errors errorRate errorRateLow errorRateHigh compared discrepancies discrepancyRate } } }`);
const AREAS = graphql(`query ReportsAreaReport($l:AreaLevel!,$f:ReportFilter){ areaReport(level:$l, filter:$f, perPage:200, sortField:provinceCode, sortOrder:ASC){ total items {
  level batchCode batchStatus district provinceCode forms compared autoVerified toReview reviewVerified spotChecked spotCorrected rejected done progress
  discrepancyRate fieldsCompared fieldDiscrepancyRate agreementRate fieldsKeyed errors errorRate openTasks oldestOpenTaskAt oldestOpenTaskAgeSeconds } } }`);
const REVIEWERS = graphql(`query ReportsReviewerReport { reviewerReport(sortField:reviewerId, sortOrder:ASC){ items { reviewerId tasksResolved reviewTasks spotChecks spotCorrections rejected escalated fieldsResolved
  agreedFirst agreedSecond agreedBoth agreedNeither agreedFirstRate agreedSecondRate agreedNeitherRate medianSecondsToResolve p90SecondsToResolve } } }`);
const CLAIM = graphql(`mutation ReportsClaimNextTask($b:ID){ claimNextTask(batchId:$b){ id kind form { formNumber } discrepancies { id fieldKey } } }`);
const RESOLVE = graphql(`mutation ResolveTask($id:ID!,$r:[ResolutionInput!]!){ resolveTask(id:$id,resolutions:$r){ id status } }`);

describe.each(dbKinds())('reports on %s', (kind) => {
  let t: TestApp;
  const ids: Record<string, string> = {};
  const users: Record<string, number> = {};

  beforeAll(async () => {
    t = await startTestApp(kind);
    const admin = t.as('admin');
    for (const [code, provinceCode, district, extra] of [['RA', '001', 'Ba Đình', {}], ['RB', '079', 'Quận 1', { spotCheckEvery: 2 }]] as const) {
      const r = await admin(CREATE_BATCH, { i: { code, provinceCode, district, commune: 'X', ...extra } });
      expect(r.errors).toBeUndefined();
      ids[code] = r.data.createBatch.id;
    }
    await t.registerClerks(PLAN.map((p) => p.keyer));
    const k = PLAN.map((p) => keying(p.batch, p.no, p.pass, p.keyer, p.values, at(p.when ?? DAY1, SECONDS[p.keyer])));
    const s = await t.submit(k);
    expect(s.data.submitKeyings.filter((o: any) => o.status !== 'ACCEPTED')).toEqual([]);
    for (const u of ['reviewer', 'manager']) users[u] = Number((await t.as(u)(graphql(`query Me { me { id } }`))).data.me.id);

    const reviewer = t.as('reviewer');
    const manager = t.as('manager');
    // Batch RA: A2 FIRST, A3 SECOND, A5 rejected (then rescanned by the admin).
    for (let i = 0; i < 3; i++) {
      const c = (await reviewer(CLAIM, { b: ids.RA })).data.claimNextTask;
      const no = c.form.formNumber;
      if (no === 'A5') {
        expect((await reviewer(graphql(`mutation ReportsRejectForm($id:ID!){ rejectForm(taskId:$id, reason:"Ảnh mờ"){ status } }`), { id: c.id })).data.rejectForm.status).toBe('REJECTED');
      } else {
        const r = await reviewer(RESOLVE, { id: c.id, r: c.discrepancies.map((d: any) => ({ discrepancyId: d.id, choice: (no === 'A2' ? 'FIRST' : 'SECOND') as 'FIRST' | 'SECOND' })) });
        expect(r.errors).toBeUndefined();
      }
    }
    const a5 = (await admin(graphql(`query ReportsForms { forms(filter:{formNumber:"A5"}){ items { id } } }`))).data.forms.items[0].id;
    expect((await admin(graphql(`mutation ReportsRescanForm($id:ID!){ rescanForm(id:$id, imageRef:"/scans/A5-v2.svg"){ status } }`), { id: a5 })).data.rescanForm.status).toBe('IN_REVIEW');
    // Batch RB: B2 typed value, B3 escalated then settled by the manager, B4's spot check confirmed.
    for (let i = 0; i < 3; i++) {
      const c = (await reviewer(CLAIM, { b: ids.RB })).data.claimNextTask;
      const no = c.form.formNumber;
      if (no === 'B2') {
        expect((await reviewer(RESOLVE, { id: c.id, r: [{ discrepancyId: c.discrepancies[0].id, choice: 'VALUE', value: '0912345678' }] })).errors).toBeUndefined();
      } else if (no === 'B3') {
        await reviewer(graphql(`mutation ReportsEscalateTask($id:ID!){ escalateTask(id:$id, comment:"Nhiều lỗi"){ status } }`), { id: c.id });
      } else {
        expect(c.kind).toBe('SPOT_CHECK');
        expect((await reviewer(graphql(`mutation ReportsResolveSpotCheck($id:ID!){ resolveSpotCheck(id:$id){ status } }`), { id: c.id })).errors).toBeUndefined();
      }
    }
    const m = (await manager(CLAIM, { b: ids.RB })).data.claimNextTask;
    expect(m.form.formNumber).toBe('B3');
    expect((await manager(RESOLVE, { id: m.id, r: m.discrepancies.map((d: any) => ({ discrepancyId: d.id, choice: 'SECOND' as const })) })).errors).toBeUndefined();
  });
  afterAll(async () => t?.close());

  it('reports per keyer: volume, error rate with its Wilson interval, keystrokes, kinds, median seconds, p-chart', async () => {
    const r = await t.as('manager')(KEYERS, { s: 'keyerCode', o: 'ASC' });
    expect(r.errors).toBeUndefined();
    const rows = r.data.keyerReport.items;
    expect(rows.map((x: any) => x.keyerCode)).toEqual(['K1', 'K2', 'K3', 'K4', 'K5']);
    const expected: Record<string, { forms: number; errors: number; kinds: Record<string, number>; median: number }> = {
      K1: { forms: 5, errors: 1, kinds: { DIACRITIC: 1 }, median: 180 + (2.5 / 5) * 30 }, // five 190 s forms in [180, 210)
      K2: { forms: 4, errors: 1, kinds: { SUBSTITUTION: 1 }, median: 90 + (2 / 4) * 15 }, // four 100 s forms in [90, 105)
      K3: { forms: 4, errors: 1, kinds: { SUBSTITUTION: 1 }, median: 300 + (2 / 4) * 60 }, // 300 s: [300, 360)
      K4: { forms: 3, errors: 1, kinds: { SUBSTITUTION: 1 }, median: 300 + (1.5 / 3) * 60 },
      K5: { forms: 1, errors: 4, kinds: { DIACRITIC: 2, TRANSPOSITION: 1, OMISSION_INSERTION: 1 }, median: 300 + 0.5 * 60 },
    };
    const pBar = 8 / (17 * FIELDS);
    for (const row of rows) {
      const e = expected[row.keyerCode];
      const fields = e.forms * FIELDS;
      const [low, high] = wilson(e.errors, fields);
      const ucl = pBar + 3 * Math.sqrt((pBar * (1 - pBar)) / fields);
      expect(row).toMatchObject({ day: null, forms: e.forms, keyings: e.forms, fieldsKeyed: fields, keystrokes: keystrokesOf(row.keyerCode), fieldErrors: e.errors, outOfControl: row.keyerCode === 'K5' });
      expect(row.errorRate).toBeCloseTo(e.errors / fields, 12);
      expect(row.errorRateLow).toBeCloseTo(low, 12);
      expect(row.errorRateHigh).toBeCloseTo(high, 12);
      expect(row.errorsPerThousandKeystrokes).toBeCloseTo((1000 * e.errors) / keystrokesOf(row.keyerCode), 12);
      expect(row.medianSecondsPerForm).toBeCloseTo(e.median, 9);
      expect(Object.fromEntries(row.errorKinds.map((k: any) => [k.kind, k.errors]))).toEqual(e.kinds);
      expect(row.populationRate).toBeCloseTo(pBar, 12);
      expect(row.upperControlLimit).toBeCloseTo(ucl, 12);
    }
    // Default order: highest error rate first.
    const dflt = await t.as('admin')(graphql(`query ReportsKeyerReport2 { keyerReport(perPage:2){ total items { keyerCode } } }`));
    expect(dflt.data.keyerReport).toEqual({ total: 5, items: [{ keyerCode: 'K5' }, { keyerCode: 'K4' }] });
  });

  it('filters by batch, province, template and day, and splits by day (Vietnam calendar)', async () => {
    const m = t.as('manager');
    const codes = async (f: object) => (await m(KEYERS, { f, s: 'keyerCode', o: 'ASC' })).data.keyerReport.items.map((x: any) => [x.keyerCode, x.keyings, x.fieldErrors]);
    expect(await codes({ provinceCode: '079' })).toEqual([['K3', 4, 1], ['K4', 3, 1], ['K5', 1, 4]]);
    expect(await codes({ batchId: ids.RA })).toEqual([['K1', 5, 1], ['K2', 4, 1]]);
    expect(await codes({ templateCode: 'dc01', to: '2026-11-02' })).toEqual([['K1', 5, 1], ['K2', 3, 1], ['K3', 4, 1], ['K4', 3, 1], ['K5', 1, 4]]);
    expect(await codes({ from: '2026-11-03', to: '2026-11-03' })).toEqual([['K2', 1, 0]]);
    expect(await codes({ from: '2026-11-04' })).toEqual([]);
    const byDay = (await m(KEYERS, { f: { batchId: ids.RA }, d: true, s: 'keyerCode', o: 'ASC' })).data.keyerReport.items;
    expect(byDay.map((x: any) => [x.keyerCode, x.day, x.keyings, x.keystrokes])).toEqual([
      ['K1', '2026-11-02', 5, keystrokesOf('K1')],
      ['K2', '2026-11-02', 3, keystrokesOf('K2', '2026-11-02')],
      ['K2', '2026-11-03', 1, keystrokesOf('K2', '2026-11-03')],
    ]);
    const bad = await m(KEYERS, { f: { from: '2026-11-31', to: '2026-11-01', provinceCode: '79' } });
    expect(bad.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(bad.errors[0].extensions.problems.map((p: any) => p.field)).toEqual(['filter.from', 'filter.provinceCode']);
    const reversed = await m(KEYERS, { f: { from: '2026-11-03', to: '2026-11-02' } });
    expect(reversed.errors[0].extensions.problems).toEqual([{ field: 'filter.to', reason: 'is before filter.from' }]);
    expect((await m(KEYERS, { f: { templateCode: 'dc99' } })).errors[0].extensions.problems).toEqual([{ field: 'filter.templateCode', reason: 'unknown template' }]);
    expect((await m(KEYERS, { f: { batchId: '999999' } })).errors[0].extensions.code).toBe('NOT_FOUND');
  });

  it('lists the keyers above the p-chart upper control limit', async () => {
    const r = await t.as('manager')(graphql(`query ReportsOutOfControlKeyers { outOfControlKeyers { total populationRate keyersChecked items { keyerCode errorRate upperControlLimit zScore } } }`));
    const pBar = 8 / (17 * FIELDS);
    const sigma = Math.sqrt((pBar * (1 - pBar)) / FIELDS);
    expect(r.data.outOfControlKeyers).toMatchObject({ total: 1, keyersChecked: 5, items: [{ keyerCode: 'K5' }] });
    expect(r.data.outOfControlKeyers.populationRate).toBeCloseTo(pBar, 12);
    expect(r.data.outOfControlKeyers.items[0].upperControlLimit).toBeCloseTo(pBar + 3 * sigma, 12);
    expect(r.data.outOfControlKeyers.items[0].zScore).toBeCloseTo((4 / FIELDS - pBar) / sigma, 9);
    // Within batch RA alone nobody stands out.
    expect((await t.as('manager')(graphql(`query ReportsOutOfControlKeyers2($b:ID!){ outOfControlKeyers(filter:{batchId:$b}){ total keyersChecked } }`), { b: ids.RA })).data.outOfControlKeyers).toEqual({ total: 0, keyersChecked: 2 });
  });

  it('reports per field, most error-prone first', async () => {
    const r = await t.as('manager')(FIELDS_Q, {});
    const rows = r.data.fieldReport.items;
    expect(r.data.fieldReport.total).toBe(FIELDS);
    const keyed = 17;
    expect(rows.slice(0, 4).map((x: any) => [x.fieldKey, x.errors, x.discrepancies])).toEqual([['phone', 4, 4], ['fullName', 2, 2], ['fatherName', 1, 1], ['spouseName', 1, 1]]);
    for (const row of rows) {
      expect(row.keyed).toBe(keyed);
      expect(row.compared).toBe(8);
      expect(row.errorRate).toBeCloseTo(row.errors / keyed, 12);
      expect(row.discrepancyRate).toBeCloseTo(row.discrepancies / 8, 12);
      const [low, high] = wilson(row.errors, keyed);
      expect(row.errorRateLow).toBeCloseTo(low, 12);
      expect(row.errorRateHigh).toBeCloseTo(high, 12);
    }
    expect(rows.slice(4).every((x: any) => x.errors === 0 && x.discrepancies === 0)).toBe(true);
    const rb = (await t.as('manager')(FIELDS_Q, { f: { batchId: ids.RB } })).data.fieldReport.items;
    expect(rb.find((x: any) => x.fieldKey === 'phone')).toMatchObject({ keyed: 8, errors: 3, compared: 4, discrepancies: 2 });
  });

  it('reports per batch, district, province and overall: rates, automatic vs review, backlog, progress', async () => {
    const m = t.as('manager');
    const batches = (await m(AREAS, { l: 'BATCH' })).data.areaReport.items;
    expect(batches).toHaveLength(2);
    const [a, b] = batches;
    expect(a).toMatchObject({
      level: 'BATCH', batchCode: 'RA', batchStatus: 'OPEN', district: 'Ba Đình', provinceCode: '001', forms: 5, compared: 4, autoVerified: 1, toReview: 3, reviewVerified: 2,
      spotChecked: 0, rejected: 0, done: 3, progress: 0.6, discrepancyRate: 0.75, fieldsCompared: 4 * FIELDS, fieldsKeyed: 9 * FIELDS, errors: 2, openTasks: 1,
    });
    expect(a.agreementRate).toBeCloseTo(1 - 3 / (4 * FIELDS), 12);
    expect(a.fieldDiscrepancyRate).toBeCloseTo(3 / (4 * FIELDS), 12);
    expect(a.errorRate).toBeCloseTo(2 / (9 * FIELDS), 12);
    expect(a.oldestOpenTaskAgeSeconds).toBeGreaterThanOrEqual(0);
    expect(a.oldestOpenTaskAt).not.toBeNull();
    expect(b).toMatchObject({
      batchCode: 'RB', district: 'Quận 1', provinceCode: '079', forms: 4, compared: 4, autoVerified: 2, toReview: 2, reviewVerified: 2, spotChecked: 1, spotCorrected: 0,
      done: 4, progress: 1, discrepancyRate: 0.5, fieldsKeyed: 8 * FIELDS, errors: 6, openTasks: 0, oldestOpenTaskAt: null,
    });
    const districts = (await m(AREAS, { l: 'DISTRICT' })).data.areaReport.items;
    expect(districts.map((x: any) => [x.provinceCode, x.district, x.forms, x.batchCode])).toEqual([['001', 'Ba Đình', 5, null], ['079', 'Quận 1', 4, null]]);
    const provinces = (await m(AREAS, { l: 'PROVINCE', f: { provinceCode: '079' } })).data.areaReport.items;
    expect(provinces).toEqual([expect.objectContaining({ level: 'PROVINCE', provinceCode: '079', district: null, forms: 4, openTasks: 0 })]);
    const all = (await m(AREAS, { l: 'ALL' })).data.areaReport.items;
    expect(all).toEqual([expect.objectContaining({ level: 'ALL', provinceCode: null, forms: 9, compared: 8, autoVerified: 3, toReview: 5, reviewVerified: 4, done: 7, openTasks: 1, errors: 8 })]);
    expect(all[0].progress).toBeCloseTo(7 / 9, 12);
    expect(all[0].agreementRate).toBeCloseTo(1 - 8 / (8 * FIELDS), 12);
  });

  it('reports reviewers: tasks resolved, time to resolve, escalations, agreement with each keying', async () => {
    const rows = (await t.as('manager')(REVIEWERS)).data.reviewerReport.items;
    const expected = [
      {
        reviewerId: String(users.reviewer), tasksResolved: 4, reviewTasks: 3, spotChecks: 1, spotCorrections: 0, rejected: 1, escalated: 1, fieldsResolved: 3,
        agreedFirst: 1, agreedSecond: 1, agreedBoth: 0, agreedNeither: 1, rates: [1 / 3, 1 / 3, 1 / 3],
      },
      {
        reviewerId: String(users.manager), tasksResolved: 1, reviewTasks: 1, spotChecks: 0, spotCorrections: 0, rejected: 0, escalated: 0, fieldsResolved: 4,
        agreedFirst: 0, agreedSecond: 4, agreedBoth: 0, agreedNeither: 0, rates: [0, 1, 0],
      },
    ].sort((x, y) => Number(x.reviewerId) - Number(y.reviewerId));
    expect(rows).toHaveLength(2);
    rows.forEach((row: any, i: number) => {
      const { rates, ...counts } = expected[i];
      expect(row).toMatchObject(counts);
      expect([row.agreedFirstRate, row.agreedSecondRate, row.agreedNeitherRate]).toEqual(rates);
      // Every claim was resolved within 15 s: all in the first bucket [0, 15), interpolated.
      expect(row.medianSecondsToResolve).toBeCloseTo(0.5 * 15, 9);
      expect(row.p90SecondsToResolve).toBeCloseTo(0.9 * 15, 9);
    });
  });

  it('reports agreement overall and per keyer pair, pairs with most forms first', async () => {
    const r = (await t.as('manager')(graphql(`query ReportsAgreementReport { agreementReport { total overall { forms fieldsCompared fieldsAgreed agreementRate } items { keyerA keyerB forms fieldsCompared fieldsAgreed agreementRate } } }`))).data.agreementReport;
    expect(r.overall).toEqual({ forms: 8, fieldsCompared: 8 * FIELDS, fieldsAgreed: 8 * FIELDS - 8, agreementRate: (8 * FIELDS - 8) / (8 * FIELDS) });
    expect(r.items).toEqual([
      { keyerA: 'K1', keyerB: 'K2', forms: 4, fieldsCompared: 4 * FIELDS, fieldsAgreed: 4 * FIELDS - 3, agreementRate: (4 * FIELDS - 3) / (4 * FIELDS) },
      { keyerA: 'K3', keyerB: 'K4', forms: 3, fieldsCompared: 3 * FIELDS, fieldsAgreed: 3 * FIELDS - 1, agreementRate: (3 * FIELDS - 1) / (3 * FIELDS) },
      { keyerA: 'K3', keyerB: 'K5', forms: 1, fieldsCompared: FIELDS, fieldsAgreed: FIELDS - 4, agreementRate: (FIELDS - 4) / FIELDS },
    ]);
  });

  it('downloads every report as CSV, without personal data', async () => {
    const CSV = graphql(`query ReportCsv($report: ReportName!, $level: AreaLevel, $filter: ReportFilter, $byDay: Boolean) {
  reportCsv(report: $report, level: $level, filter: $filter, byDay: $byDay)
}`);
    const csv = async (report: ReportName, extra: { level?: AreaLevel; filter?: ReportFilter; byDay?: boolean } = {}) => {
      const r = await t.as('manager')(CSV, { report, ...extra });
      expect(r.errors).toBeUndefined();
      return parse(r.data.reportCsv, { columns: true }) as Record<string, string>[];
    };
    const keyers = await csv('KEYERS');
    // Highest error rate first; K2 and K3 tie at 1/108 and come in code order.
    expect(keyers.map((x) => x.keyerCode)).toEqual(['K5', 'K4', 'K2', 'K3', 'K1']);
    expect(keyers[0]).toMatchObject({ keyerCode: 'K5', forms: '1', fieldErrors: '4', errorsDIACRITIC: '2', errorsTRANSPOSITION: '1', outOfControl: 'true' });
    expect((await csv('OUT_OF_CONTROL')).map((x) => x.keyerCode)).toEqual(['K5']);
    expect((await csv('FIELDS'))[0]).toMatchObject({ fieldKey: 'phone', errors: '4', keyed: '17' });
    expect((await csv('AREAS', { level: 'DISTRICT' })).map((x) => x.district)).toEqual(['Ba Đình', 'Quận 1']);
    expect((await csv('REVIEWERS')).map((x) => x.tasksResolved)).toEqual(['4', '1']);
    const pairs = await csv('PAIRS', { filter: { provinceCode: '079' }, byDay: true });
    // Pairs are dated by the day of the comparison (the ingest call): today.
    expect(pairs.map((x) => [x.keyerA, x.keyerB, x.forms])).toEqual([['K3', 'K4', '3'], ['K3', 'K5', '1']]);
    expect(pairs.every((x) => /^\d{4}-\d{2}-\d{2}$/.test(x.day))).toBe(true);
    // No value typed on any form appears in any report.
    const everything = (await Promise.all((['KEYERS', 'FIELDS', 'AREAS', 'REVIEWERS', 'PAIRS'] as const).map((n) => t.as('manager')(CSV, { report: n })))).map((r) => r.data.reportCsv).join('\n');
    const typed = [...Object.values(person()), ...Object.values(K5_VALUES)].filter((v): v is string => !!v && v.length > 3);
    // Names and addresses nowhere; numbers (IDs, phones) never as a cell (they may be digits of a rate).
    for (const v of typed.filter((x) => /\p{L}/u.test(x))) expect(everything).not.toContain(v);
    const cells = new Set(everything.split(/[,\r\n]/));
    for (const v of typed) expect(cells.has(v)).toBe(false);
  });

  it('is for managers and admins only', async () => {
    for (const who of ['reviewer', 'station', 'consumer']) {
      expect((await t.as(who)(graphql(`query ReportsKeyerReport3 { keyerReport { total } }`))).errors[0].extensions.code).toBe('FORBIDDEN');
      expect((await t.as(who)(graphql(`query ReportsReportCsv { reportCsv(report:FIELDS) }`))).errors[0].extensions.code).toBe('FORBIDDEN');
    }
    expect((await t.gql(graphql(`query ReportsAreaReport2 { areaReport { total } }`))).errors[0].extensions.code).toBe('UNAUTHENTICATED');
    expect((await t.as('admin')(graphql(`query ReportsAreaReport3 { areaReport(level:ALL) { total } }`))).data.areaReport.total).toBe(1);
  });

  it('answers the per-keyer and per-field reports from aggregates exactly as from the raw rows', async () => {
    const em = t.app.orm.em.fork();
    const reports = t.app.services.reports;
    const raw = new RawReports(t.app.services.templates);
    // Whole months come from the monthly rollup, the rest of a period from the daily one.
    const periods = [{ from: '2026-11-03' }, { to: '2026-11-02' }, { from: '2026-11-01', to: '2026-11-30' }, { from: '2026-10-15', to: '2026-12-02' }, { from: '2026-11-02', to: '2026-11-02' }];
    for (const f of [{}, { batchId: Number(ids.RA) }, { provinceCode: '079' }, { templateCode: 'dc01', to: '2026-11-02' }, ...periods]) {
      for (const byDay of [false, true]) {
        const sort = <T extends { day: string | null }>(rows: T[], k: keyof T) => [...rows].sort((x, y) => `${x.day}${String(x[k])}`.localeCompare(`${y.day}${String(y[k])}`));
        expect(sort(await raw.keyers(em, f, byDay), 'keyerCode')).toEqual(sort(await reports.keyers(em, f, byDay), 'keyerCode'));
        expect(sort(await raw.fields(em, f, byDay), 'fieldKey')).toEqual(sort(await reports.fields(em, f, byDay), 'fieldKey'));
      }
    }
    expect(await readAggregates(em)).toEqual(await recompute(em));
  });
});
