import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dbKinds, startTestApp, type TestApp } from '../helpers/test-app.js';
import { CREATE_BATCH, keying, person } from '../helpers/fixtures.js';
import { withToken } from '../helpers/gql.js';
import { graphql } from '../gql/index.js';

/**
 * What a manager sees of a discrepancy whose values are masked (where and how the keyings differ,
 * never the hidden characters), the fields still waiting beside every error rate, and reviewers
 * by name in the reports.
 *
 *   MV / M1   KT3 (pass 1)                      KT4 (pass 2)
 *     citizenId   001090012345                   001090019345      hidden digit 9 differs
 *     fullName    Nguyễn Văn An                  Nguyễn Vân An     a tone mark on a hidden letter
 *     phone       0912345678                     (missing)
 *   MV / M2   both agree: verified automatically
 */
const PASS2 = { citizenId: '001090019345', fullName: 'Nguyễn Vân An', phone: null };

const FORM = graphql(`query ManagerViewsForm($n:String!){ forms(filter:{formNumber:$n}){ items { id task { id discrepancyCount }
  discrepancies { id fieldKey kind value1 value2 editDistance maskedDifference { kind editDistance first { cells { text change } changedAt } second { cells { text change } changedAt } } }
  fields { field { key } value1 value2 discrepancyId maskedDifference { kind editDistance first { cells { text change } changedAt } second { cells { text change } changedAt } } } } } }`);
const DISCREPANCY = graphql(`query ManagerViewsDiscrepancy($id:ID!){ discrepancy(id:$id){ fieldKey value1 value2 editDistance maskedDifference { kind editDistance first { cells { text change } changedAt } second { cells { text change } changedAt } } } }`);
const KEYERS = graphql(`query ManagerViewsKeyers($f:ReportFilter,$d:Boolean){ keyerReport(filter:$f, byDay:$d, perPage:50, sortField:keyerCode, sortOrder:ASC){ items { keyerCode day fieldErrors errorRate pendingFields } } }`);
const AREAS = graphql(`query ManagerViewsAreas($l:AreaLevel!,$f:ReportFilter,$d:Boolean){ areaReport(level:$l, filter:$f, byDay:$d, perPage:50){ items { batchCode errors errorRate openTasks pendingFields } } }`);
const FIELDS = graphql(`query ManagerViewsFields($f:ReportFilter){ fieldReport(filter:$f, perPage:200, sortField:fieldKey, sortOrder:ASC){ items { fieldKey errors pendingFields } } }`);
const KEYERS_PLAIN = graphql(`query ManagerViewsKeyersPlain { keyerReport(perPage:50, sortField:keyerCode, sortOrder:ASC){ items { keyerCode errorRate } } }`);
const KEYERS_FRAGMENT = graphql(`query ManagerViewsKeyersFragment { keyerReport(perPage:50, sortField:keyerCode, sortOrder:ASC){ items { keyerCode ...Waiting } } } fragment Waiting on KeyerReportRow { waiting: pendingFields }`);
const OOC = graphql(`query ManagerViewsOutOfControl { outOfControlKeyers(perPage:10){ items { keyerCode pendingFields } } }`);
const REVIEWERS = graphql(`query ManagerViewsReviewers { reviewerReport(perPage:50){ items { reviewerId reviewerName tasksResolved } } }`);
const CLAIM = graphql(`mutation ManagerViewsClaim($b:ID){ claimNextTask(batchId:$b){ id discrepancies { id } } }`);
const RESOLVE = graphql(`mutation ManagerViewsResolve($id:ID!,$r:[ResolutionInput!]!){ resolveTask(id:$id,resolutions:$r){ id status } }`);
const KEY = graphql(`mutation ManagerViewsCreateKey{ createApiKey(input:{ name: "reports", scopes: [REPORTS_READ] }){ key } }`);

type Cell = { text: string; change: string };
type Masked = { kind: string; editDistance: number | null; first: { cells: Cell[]; changedAt: number[] }; second: { cells: Cell[]; changedAt: number[] } };
const text = (cells: Cell[]) => cells.map((c) => c.text).join('');
/** Flagged cells in [], gaps as ^: the masked rendering a manager sees. */
const drawn = (cells: Cell[]) => cells.map((c) => (c.change === 'SAME' ? c.text : c.change === 'GAP' ? '^' : `[${c.change[0]}${c.text}]`)).join('');
/** Digits the masks hide: none of their runs may appear anywhere in an answer. */
const HIDDEN = ['0900123', '0900193', '2345678', '9012345', '9019345'];

describe.each(dbKinds())('manager views (%s)', (kind) => {
  let t: TestApp;
  let batchId: string;
  let form: any;

  beforeAll(async () => {
    t = await startTestApp(kind);
    batchId = (await t.as('admin')(CREATE_BATCH, { i: { code: 'MV', provinceCode: '079', district: 'Quận 1', commune: 'Bến Nghé' } })).data.createBatch.id;
    const r = await t.submit([keying('MV', 'M1', 1, 'KT3', person()), keying('MV', 'M1', 2, 'KT4', person(PASS2)), keying('MV', 'M2', 1, 'KT3', person()), keying('MV', 'M2', 2, 'KT4', person())]);
    expect(r.data.submitKeyings.map((o: any) => o.status)).toEqual(['ACCEPTED', 'ACCEPTED', 'ACCEPTED', 'ACCEPTED']);
    form = (await t.as('manager')(FORM, { n: 'M1' })).data.forms.items[0];
  });
  afterAll(async () => t?.close());

  describe('masked difference', () => {
    const of = (key: string) => form.discrepancies.find((d: any) => d.fieldKey === key);

    it('tells a manager where two identical-looking masks differ, without the digits', () => {
      const d = of('citizenId');
      expect(d.value1).toBe('001*******45');
      expect(d.value2).toBe('001*******45');
      const m: Masked = d.maskedDifference;
      expect(m.kind).toBe('SUBSTITUTION');
      expect(text(m.first.cells)).toBe(d.value1);
      expect(text(m.second.cells)).toBe(d.value2);
      expect([drawn(m.first.cells), drawn(m.second.cells)]).toEqual(['001*****[D*]*45', '001*****[D*]*45']);
      expect(m.first.changedAt).toEqual([9]);
      expect(m.editDistance).toBe(1);
    });

    it('marks a tone difference on a hidden letter as such', () => {
      const m: Masked = of('fullName').maskedDifference;
      expect(m.kind).toBe('DIACRITIC');
      expect([drawn(m.first.cells), drawn(m.second.cells)]).toEqual(['Nguyễn V[M*]* A*', 'Nguyễn V[M*]* A*']);
    });

    it('withholds the edit distance where it is a hidden length (a missing phone: its length)', async () => {
      const d = of('phone');
      expect(d.kind).toBe('MISSING');
      expect(d.editDistance).toBeNull();
      expect(d.maskedDifference.editDistance).toBeNull();
      expect(text(d.maskedDifference.first.cells)).toBe('091*****78');
      expect(d.maskedDifference.second.cells).toEqual([]);
      // The admin sees values in clear: the distance, and no masked description.
      const admin = (await t.as('admin')(DISCREPANCY, { id: d.id })).data.discrepancy;
      expect(admin).toMatchObject({ value1: '0912345678', value2: null, editDistance: 10, maskedDifference: null });
    });

    it('puts the same description on the form page rows, and nothing in clear anywhere', () => {
      const row = form.fields.find((f: any) => f.field.key === 'citizenId');
      expect(row.discrepancyId).toBe(of('citizenId').id);
      expect(row.maskedDifference).toEqual(of('citizenId').maskedDifference);
      // Rows without a discrepancy get none.
      expect(form.fields.find((f: any) => f.field.key === 'sex').maskedDifference).toBeNull();
      const all = JSON.stringify(form);
      for (const run of HIDDEN) expect(all).not.toContain(run);
    });

    it('is not given to whoever sees the values in clear (the reviewer holding the task)', async () => {
      const claimed = (await t.as('reviewer')(CLAIM, { b: batchId })).data.claimNextTask;
      expect(claimed.id).toBe(form.task.id);
      const d = (await t.as('reviewer')(DISCREPANCY, { id: of('citizenId').id })).data.discrepancy;
      expect(d).toMatchObject({ value1: '001090012345', value2: '001090019345', editDistance: 1, maskedDifference: null });
      // The manager still sees it masked while the reviewer holds the task.
      const m = (await t.as('manager')(DISCREPANCY, { id: of('citizenId').id })).data.discrepancy;
      expect(m.value1).toBe('001*******45');
      expect(m.maskedDifference.first.changedAt).toEqual([9]);
    });
  });

  describe('fields awaiting review beside the error rates', () => {
    it('reads the waiting tasks only for a page that asks for them (through a fragment or an alias too)', async () => {
      const statements: string[] = [];
      const onQuery = (q: { sql: string }) => statements.push(q.sql);
      const knex = t.app.orm.em.getKnex();
      knex.on('query', onQuery);
      try {
        const plain = (await t.as('manager')(KEYERS_PLAIN)).data.keyerReport.items;
        expect(plain.map((r: any) => r.keyerCode)).toEqual(['KT3', 'KT4']);
        expect(statements.filter((q) => /correction_task/.test(q))).toEqual([]);
        statements.length = 0;
        const asked = (await t.as('manager')(KEYERS_FRAGMENT)).data.keyerReport.items;
        expect(asked).toEqual([
          { keyerCode: 'KT3', waiting: form.task.discrepancyCount },
          { keyerCode: 'KT4', waiting: form.task.discrepancyCount },
        ]);
        expect(statements.filter((q) => /correction_task/.test(q))).toHaveLength(1);
      } finally {
        knex.off('query', onQuery);
      }
    });

    it('shows what an open task holds while no error is charged yet, then charges it', async () => {
      const waiting = form.task.discrepancyCount as number;
      expect(waiting).toBe(3);
      const keyers = (await t.as('manager')(KEYERS, {})).data.keyerReport.items;
      expect(keyers).toEqual([
        { keyerCode: 'KT3', day: null, fieldErrors: 0, errorRate: 0, pendingFields: waiting },
        { keyerCode: 'KT4', day: null, fieldErrors: 0, errorRate: 0, pendingFields: waiting },
      ]);
      const batch = (await t.as('manager')(AREAS, { l: 'BATCH' })).data.areaReport.items;
      expect(batch).toEqual([{ batchCode: 'MV', errors: 0, errorRate: 0, openTasks: 1, pendingFields: waiting }]);
      const perField = (await t.as('manager')(FIELDS, {})).data.fieldReport.items.filter((r: any) => r.pendingFields);
      expect(perField).toEqual([
        { fieldKey: 'citizenId', errors: 0, pendingFields: 1 },
        { fieldKey: 'fullName', errors: 0, pendingFields: 1 },
        { fieldKey: 'phone', errors: 0, pendingFields: 1 },
      ]);
      const all = (await t.as('manager')(AREAS, { l: 'ALL' })).data.areaReport.items;
      expect(all[0]).toMatchObject({ errors: 0, pendingFields: waiting });
      // Narrowed like the rest of the report: another province waits for nothing.
      expect((await t.as('manager')(KEYERS, { f: { provinceCode: '001' } })).data.keyerReport.items).toEqual([]);
      const elsewhere = (await t.as('manager')(AREAS, { l: 'ALL', f: { provinceCode: '001' } })).data.areaReport.items;
      expect(elsewhere.every((r: any) => (r.pendingFields ?? 0) === 0)).toBe(true);
      // Per day there is no queue (like open tasks).
      const byDay = (await t.as('manager')(KEYERS, { d: true })).data.keyerReport.items;
      expect(byDay.map((r: any) => r.pendingFields)).toEqual([null, null]);
      const areaDays = (await t.as('manager')(AREAS, { l: 'BATCH', d: true })).data.areaReport.items;
      expect(areaDays.length).toBeGreaterThan(0);
      expect(areaDays.every((r: any) => r.pendingFields === null)).toBe(true);
      expect((await t.as('manager')(OOC)).errors).toBeUndefined();

      // The reviewer (holding the task since the test above) takes the first keying: KT4 is charged.
      const task = form.task.id;
      const ids = form.discrepancies.map((d: any) => d.id);
      const r = await t.as('reviewer')(RESOLVE, { id: task, r: ids.map((id: string) => ({ discrepancyId: id, choice: 'FIRST' as const })) });
      expect(r.errors).toBeUndefined();
      const after = (await t.as('manager')(KEYERS, {})).data.keyerReport.items;
      expect(after.map((k: any) => [k.keyerCode, k.fieldErrors, k.pendingFields])).toEqual([
        ['KT3', 0, 0],
        ['KT4', waiting, 0],
      ]);
      expect((await t.as('manager')(AREAS, { l: 'BATCH' })).data.areaReport.items[0]).toMatchObject({ errors: waiting, openTasks: 0, pendingFields: 0 });
      expect((await t.as('manager')(FIELDS, {})).data.fieldReport.items.filter((r: any) => r.pendingFields)).toEqual([]);
    });
  });

  describe('reviewers by name', () => {
    it('names reviewers for staff and gives systems the id only', async () => {
      const rows = (await t.as('manager')(REVIEWERS)).data.reviewerReport.items;
      expect(rows).toEqual([expect.objectContaining({ reviewerName: 'reviewer', tasksResolved: 1 })]);
      const key = (await t.as('admin')(KEY)).data.createApiKey.key;
      const viaKey = (await withToken(t.gql, key)(REVIEWERS)).data.reviewerReport.items;
      expect(viaKey).toEqual([{ reviewerId: rows[0].reviewerId, reviewerName: null, tasksResolved: 1 }]);
    });
  });
});
