/**
 * A household's forms contradict each other: both clerks keyed the wife's form alike, but the
 * head's name on it differs from the head's own form. The reviewer sees the head's form (a link
 * that opens in a new tab) and its value, takes that value with one click and submits with Enter;
 * the form page then shows the same link. Needs admin/dist and Chromium.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { CREATE_BATCH, keying, person, SUBMIT } from '../helpers/fixtures.js';
import { browserSkipReason, launchBrowser, loginThroughPage, requireAdminDist, screenshot, startDemoServer, type Browser, type DemoServer } from './helpers.js';
import { graphql } from '../gql/index.js';

const skip = browserSkipReason();
if (skip) console.warn(`\n*** ${skip}\n`);

/** expect.poll with room for a busy machine (the whole suite runs in parallel on 2 cores). */
const poll = <T>(fn: () => Promise<T> | T) => expect.poll(fn, { timeout: 15_000, interval: 50 });

const HEAD_ID = '001090012345';
const HEAD_NAME = 'Nguyễn Văn An';
const MISREAD_HEAD_NAME = 'Nguyễn Văn Ân';

/** The head of the household: his own form names himself as head. */
const head = person({ fullName: HEAD_NAME, citizenId: HEAD_ID, householdHeadName: HEAD_NAME, householdHeadCitizenId: HEAD_ID, relationToHead: 'Chủ hộ' });

/** His wife: every value valid on its own, but the head's name differs from his form. */
const wife = person({
  fullName: 'Lê Thị Thủy',
  dateOfBirth: '12/07/1992',
  sex: 'Nữ',
  citizenId: '001192011111',
  oldIdNumber: null,
  fatherName: 'Lê Văn Cường',
  fatherCitizenId: '001065054322',
  motherName: 'Phạm Thị Lan',
  motherCitizenId: '001168098766',
  spouseName: HEAD_NAME,
  spouseCitizenId: HEAD_ID,
  householdHeadName: MISREAD_HEAD_NAME,
  householdHeadCitizenId: HEAD_ID,
  relationToHead: 'Vợ',
  phone: '0912345679',
});

interface Disc {
  id: string;
  fieldKey: string;
  kind: string;
  relatedForm: { id: string; formNumber: string; batch: { code: string } } | null;
  relatedValue: string | null;
}

interface HeldTask {
  id: string;
  form: { id: string; formNumber: string; batch: { code: string } };
  discrepancies: Disc[];
}

const HELD = graphql(`query HouseholdHeldTasks($me: ID!) {
  correctionTasks(filter: { status: CLAIMED, claimedById: $me }, perPage: 5) {
    items { id form { id formNumber batch { code } } discrepancies { id fieldKey kind relatedForm { id formNumber batch { code } } relatedValue } }
  }
}`);

const OPEN_TASKS = graphql(`query HouseholdOpenTasks($b: ID!) {
  correctionTasks(filter: { batchId: $b, status: OPEN }, perPage: 10) { total }
}`);

const DISCREPANCIES = graphql(`query HouseholdDiscrepancies($b: ID!) {
  discrepancies(filter: { batchId: $b, kind: CONSISTENCY }, perPage: 10) {
    items { fieldKey kind form { formNumber } relatedForm { id formNumber batch { code } } relatedValue }
  }
}`);

const TASK = graphql(`query HouseholdTask($id: ID!) { correctionTask(id: $id) { id status } }`);

const FORMS = graphql(`query HouseholdForms($b: ID!) {
  forms(filter: { batchId: $b }, sortField: id, sortOrder: ASC) { items { id formNumber status verifiedRecord { values { key value } } } }
}`);

describe.skipIf(skip !== null)('a household inconsistency in Chromium', () => {
  let server: DemoServer;
  let browser: Browser;
  let reviewerId: string;

  beforeAll(async () => {
    requireAdminDist();
    // Both at once; whichever starts is kept so that afterAll cleans it up if the other fails.
    const results = await Promise.allSettled([startDemoServer(12).then((s) => (server = s)), launchBrowser().then((b) => (browser = b))]);
    for (const r of results) if (r.status === 'rejected') throw r.reason;
    const me = await server.gql<{ me: { id: string } }>(graphql(`query HouseholdMe { me { id } }`), {}, await server.token('reviewer'));
    reviewerId = me.data!.me.id;
  }, 90_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  /** The task the reviewer holds in the batch that is not one of `done` (the screen claims the next by itself). */
  async function nextHeld(batchCode: string, done: Set<string>): Promise<HeldTask> {
    let found: HeldTask | undefined;
    await poll(async () => {
      const d = await server.as<{ correctionTasks: { items: HeldTask[] } }>('reviewer', HELD, { me: reviewerId });
      found = d.correctionTasks.items.find((t) => t.form.batch.code === batchCode && !done.has(t.id));
      return Boolean(found);
    }).toBe(true);
    return found!;
  }

  /** Activates a discrepancy's row (its field cell only selects) and confirms the agreed value with 1. */
  async function confirmWith1(page: Page, fieldKey: string) {
    const row = page.getByTestId(`disc-row-${fieldKey}`);
    await row.locator('td').nth(1).click();
    await poll(() => row.getAttribute('data-active')).toBe('true');
    await page.keyboard.press('1');
    await poll(() => row.getAttribute('data-choice')).toBe('FIRST');
  }

  /** Enter submits; a kept value failing a check asks for a reason first. */
  async function submit(page: Page, taskId: string) {
    await page.keyboard.press('Enter');
    const reason = page.locator('[data-testid="action-dialog"][data-action="override"]');
    const status = async () => (await server.as<{ correctionTask: { status: string } }>('reviewer', TASK, { id: taskId })).correctionTask.status;
    await poll(async () => (await reason.count()) > 0 || (await status()) === 'RESOLVED').toBe(true);
    if (await reason.count()) {
      await page.keyboard.type('Đúng như trên ảnh quét');
      await page.keyboard.press('Enter');
    }
    await poll(status).toBe('RESOLVED');
  }

  it("the wife's form names the head differently: the reviewer takes the head form's value and the form is verified", async () => {
    const batch = (await server.as<{ createBatch: { id: string; code: string } }>('admin', CREATE_BATCH, { i: { code: 'HH-01', provinceCode: '001', district: 'Hoàn Kiếm', commune: 'Hàng Bạc' } })).createBatch;
    await server.as('admin', graphql(`mutation HouseholdRegisterClerks{ registerClerks(clerks: [{ keyerCode: "KT1", displayName: "Một" }, { keyerCode: "KT2", displayName: "Hai" }]){ created } }`));
    // The head's form first, then the wife's; each pass through its own station, both passes alike.
    for (const [no, values] of [['H1', head], ['V1', wife]] as const) {
      for (const [pass, station] of [[1, 'station'], [2, 'station2']] as const) {
        const r = await server.as<{ submitKeyings: { status: string }[] }>(station, SUBMIT, { k: [keying(batch.code, no, pass, `KT${pass}`, values)] });
        expect(r.submitKeyings.map((k) => k.status)).toEqual(['ACCEPTED']);
      }
    }
    const forms = async () => (await server.as<{ forms: { items: { id: string; formNumber: string; status: string; verifiedRecord: { values: { key: string; value: string | null }[] } | null }[] } }>('admin', FORMS, { b: batch.id })).forms.items;
    const headForm = (await forms()).find((f) => f.formNumber === 'H1')!;

    // The API's view: the wife's head name contradicts the head's form, whose value comes along.
    const found = (await server.as<{ discrepancies: { items: (Disc & { form: { formNumber: string } })[] } }>('admin', DISCREPANCIES, { b: batch.id })).discrepancies.items;
    expect(found).toContainEqual({
      fieldKey: 'householdHeadName',
      kind: 'CONSISTENCY',
      form: { formNumber: 'V1' },
      relatedForm: { id: headForm.id, formNumber: 'H1', batch: { code: batch.code } },
      relatedValue: HEAD_NAME,
    });
    const tasks = (await server.as<{ correctionTasks: { total: number } }>('admin', OPEN_TASKS, { b: batch.id })).correctionTasks.total;
    expect(tasks).toBeGreaterThanOrEqual(1);

    const page = await browser.context.newPage();
    try {
      await loginThroughPage(page, server.base, 'reviewer', server.passwords.reviewer);
      await page.goto(`${server.base}/review?batchId=${batch.id}`);
      await page.getByTestId('next-task').waitFor();
      await page.keyboard.press('n');
      await page.getByTestId('review-form').waitFor();

      const done = new Set<string>();
      for (let n = 0; n < tasks; n++) {
        const task = await nextHeld(batch.code, done);
        await poll(() => page.getByTestId('review-form').innerText()).toMatch(new RegExp(`${task.form.formNumber}\\b.*\\b${batch.code}`));
        if (task.form.formNumber === 'V1') {
          const row = page.getByTestId('disc-row-householdHeadName');
          await poll(() => row.getAttribute('data-kind')).toBe('CONSISTENCY');
          // The head's form and its value under the row; the link keeps this session (new tab).
          const related = page.getByTestId('disc-related-householdHeadName');
          await poll(() => related.innerText()).toContain(`H1 (lô ${batch.code})`);
          expect(await related.getByTestId('disc-related-value').innerText()).toBe(HEAD_NAME);
          const link = related.getByTestId('disc-related-link');
          expect(await link.getAttribute('href')).toBe(`/forms/${headForm.id}/show`);
          expect(await link.getAttribute('target')).toBe('_blank');
          await screenshot(page, 'review-household-related');
          // What the record would fail comes a moment after the task, under the table: nothing above
          // the rows moves, so the click below lands where it was aimed (it once landed on value 1).
          const warnings = page.getByTestId('review-warnings');
          await warnings.waitFor();
          const table = (await page.getByTestId('review-table').boundingBox())!;
          expect((await warnings.boundingBox())!.y).toBeGreaterThanOrEqual(table.y + table.height - 1);
          // One click takes the head form's value; the keyboard keeps working (Enter submits).
          await related.getByTestId('disc-related-use').click();
          await poll(() => row.getAttribute('data-choice')).toBe('VALUE');
          await poll(() => page.getByTestId('disc-final-householdHeadName').innerText()).toContain(HEAD_NAME);
          // Any other discrepancy of the form: its agreed value (1) or the first keying.
          for (const d of task.discrepancies.filter((x) => x.fieldKey !== 'householdHeadName')) await confirmWith1(page, d.fieldKey);
        } else {
          // The head's own form, if it was drawn in too: his name as he wrote it (1) everywhere.
          const own = task.discrepancies.find((d) => d.fieldKey === 'fullName' && d.kind === 'CONSISTENCY');
          if (own) await poll(() => page.getByTestId('disc-related-fullName').innerText()).toContain(`V1 (lô ${batch.code})`);
          for (const d of task.discrepancies) await confirmWith1(page, d.fieldKey);
        }
        await submit(page, task.id);
        done.add(task.id);
      }
      expect([...done]).toHaveLength(tasks);

      const after = await forms();
      const v1 = after.find((f) => f.formNumber === 'V1')!;
      expect(v1.status).toBe('VERIFIED');
      expect(v1.verifiedRecord!.values.find((v) => v.key === 'householdHeadName')!.value).toBe(HEAD_NAME);
      expect(['VERIFIED', 'AUTO_VERIFIED']).toContain(after.find((f) => f.formNumber === 'H1')!.status);

      // The wife's form page shows the head's form under the field too.
      await page.goto(`${server.base}/forms/${v1.id}/show`);
      const onPage = page.getByTestId('field-related-householdHeadName');
      await poll(() => onPage.innerText()).toContain(`H1 (lô ${batch.code})`);
      expect(await onPage.getByTestId('disc-related-value').innerText()).toBe(HEAD_NAME);
      expect(await onPage.getByTestId('disc-related-use').count()).toBe(0);
    } finally {
      await page.close();
    }
  });
});
