/**
 * The review workflow in a real browser against the real server (in-process, temp SQLite, demo
 * data), keyboard only: a reviewer escalates a task with a comment and a manager resolves it; a
 * reviewer confirms one spot check and corrects another. Needs admin/dist and Chromium.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { renderFormSvg } from '../../server/src/sim/scan-svg.js';
import { CREATE_BATCH, keying, person, SUBMIT } from '../helpers/fixtures.js';
import { browserSkipReason, launchBrowser, loginThroughPage, requireAdminDist, screenshot, startDemoServer, type Browser, type DemoServer } from './helpers.js';
import { graphql } from '../gql/index.js';

const skip = browserSkipReason();
if (skip) console.warn(`\n*** ${skip}\n`);

/** expect.poll with room for a busy machine (the whole suite runs in parallel on 2 cores). */
const poll = <T>(fn: () => Promise<T> | T) => expect.poll(fn, { timeout: 15_000, interval: 50 });

interface Disc {
  id: string;
  fieldKey: string;
  kind: string;
  value1: string | null;
}

interface HeldTask {
  id: string;
  kind: string;
  status: string;
  escalated: boolean;
  form: { id: string; formNumber: string; batch: { code: string } };
  discrepancies: Disc[];
}

const HELD = graphql(`query WorkflowCorrectionTasks3($me: ID!) {
  correctionTasks(filter: { status: CLAIMED, claimedById: $me }, perPage: 5) {
    items { id kind status escalated form { id formNumber batch { code } } discrepancies { id fieldKey kind value1 } }
  }
}`);

const TASK = graphql(`query WorkflowCorrectionTask2($id: ID!) {
  correctionTask(id: $id) { id status escalated discrepancyCount comments { text author { username } } form { status verifiedRecord { values { key value source } } } }
}`);

/** "Phiếu 000005 · Lô 092-BT-0002": form numbers repeat across batches, so both. */
const formLine = (f: { formNumber: string; batch: { code: string } }) => new RegExp(`${f.formNumber}\\b.*\\b${f.batch.code}`);

describe.skipIf(skip !== null)('review workflow in Chromium', () => {
  let server: DemoServer;
  let browser: Browser;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    requireAdminDist();
    // Both at once; whichever starts is kept so that afterAll cleans it up if the other fails.
    const results = await Promise.allSettled([startDemoServer(60).then((s) => (server = s)), launchBrowser().then((b) => (browser = b))]);
    for (const r of results) if (r.status === 'rejected') throw r.reason;
    for (const u of ['reviewer', 'reviewer2', 'manager']) {
      const me = await server.gql<{ me: { id: string } }>(graphql(`query Me { me { id } }`), {}, await server.token(u));
      ids[u] = me.data!.me.id;
    }
  }, 90_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  /** The one task `user` holds (in `batchCode`, when given), as the API sees it. */
  async function heldTask(user: string, batchCode?: string): Promise<HeldTask> {
    const d = await server.as<{ correctionTasks: { items: HeldTask[] } }>(user, HELD, { me: ids[user] });
    const items = d.correctionTasks.items.filter((t) => !batchCode || t.form.batch.code === batchCode);
    expect(items).toHaveLength(1);
    return items[0];
  }

  /** Opens /review (optionally for one batch), claims with N and waits for the form on screen. */
  async function claimWithN(page: Page, user: string, batch?: { id: string; code: string }) {
    await page.goto(`${server.base}/review${batch ? `?batchId=${batch.id}` : ''}`);
    await page.getByTestId('next-task').waitFor();
    await page.keyboard.press('n');
    await page.getByTestId('review-form').waitFor();
    const task = await heldTask(user, batch?.code);
    await poll(() => page.getByTestId('review-form').innerText()).toMatch(formLine(task.form));
    return task;
  }

  const activeDisc = (page: Page) => page.locator('[data-testid^="disc-row-"][data-active="true"]').getAttribute('data-discrepancy-id');

  it('a reviewer escalates with X and a comment; a manager gets it first, reads the comment and resolves it with the keyboard', async () => {
    const page = await browser.context.newPage();
    try {
      await loginThroughPage(page, server.base, 'reviewer', server.passwords.reviewer);
      const task = await claimWithN(page, 'reviewer');
      expect(task.kind).toBe('REVIEW');
      // The menu makes room for the work: collapsed on /review.
      await poll(() => page.locator('.RaSidebar-docked .MuiDrawer-paper').evaluate((el) => Math.round(el.getBoundingClientRect().width))).toBeLessThan(100);

      // X asks for the (required) comment; Enter on an empty one sends nothing.
      await page.keyboard.press('x');
      const input = page.getByTestId('action-dialog-input');
      await input.waitFor();
      expect(await page.getByTestId('action-dialog').getAttribute('data-action')).toBe('escalate');
      await page.keyboard.press('Enter');
      await poll(() => page.getByTestId('action-dialog').innerText()).toContain('Bắt buộc');
      const comment = 'Chữ ký khó đọc ở dòng họ tên, nhờ trưởng nhóm xem giúp';
      await page.keyboard.type(comment);
      await poll(() => input.inputValue()).toBe(comment);
      await screenshot(page, 'review-escalate-dialog');
      await page.keyboard.press('Enter');

      await poll(async () => (await server.as<{ correctionTask: { status: string; escalated: boolean } }>('reviewer', TASK, { id: task.id })).correctionTask).toMatchObject({
        status: 'ESCALATED',
        escalated: true,
      });
      await poll(() => page.getByTestId('status-message').innerText()).toContain(`Đã chuyển phiếu ${task.form.formNumber} lên cấp trên.`);
      await page.getByTestId('action-dialog').waitFor({ state: 'detached' });

      // The manager's N brings the escalated task before any other, with the reviewer's comment.
      await loginThroughPage(page, server.base, 'manager', server.passwords.manager);
      const mine = await claimWithN(page, 'manager');
      expect(mine.id).toBe(task.id);
      expect(mine.escalated).toBe(true);
      await poll(() => page.getByTestId('task-comments').innerText()).toContain(comment);
      expect(await page.getByTestId('task-comments').innerText()).toContain('Lê Văn Duyệt');
      await page.getByTestId('task-escalated').waitFor();
      expect(await page.getByTestId('escalate-task').isDisabled()).toBe(true);
      await screenshot(page, 'review-escalated');

      // Resolve with the keyboard: 1 (or 2 when the first keying is empty) on each row; the cursor
      // moves on by itself.
      const rows = page.locator('[data-testid^="disc-row-"]');
      await poll(() => rows.count()).toBe(mine.discrepancies.length);
      const byId = new Map(mine.discrepancies.map((d) => [d.id, d]));
      for (let n = 0; n < mine.discrepancies.length; n++) {
        const id = await activeDisc(page);
        const d = byId.get(id!)!;
        const key = d.value1 !== null || ['RULE', 'REFERENCE', 'SPELLING', 'CONSISTENCY'].includes(d.kind) ? '1' : '2';
        await page.keyboard.press(key);
        await poll(() => page.locator(`[data-discrepancy-id="${d.id}"]`).getAttribute('data-choice')).toBe(key === '1' ? 'FIRST' : 'SECOND');
      }
      await poll(() => page.getByTestId('review-progress').innerText()).toContain(`${mine.discrepancies.length}/${mine.discrepancies.length}`);
      await page.keyboard.press('Enter');
      // Kept values that fail a check (a demo form may hold one) need a reason: the dialog asks.
      const reason = page.locator('[data-testid="action-dialog"][data-action="override"]');
      const status = async () => (await server.as<{ correctionTask: { status: string } }>('manager', TASK, { id: task.id })).correctionTask.status;
      await poll(async () => (await reason.count()) > 0 || (await status()) === 'RESOLVED').toBe(true);
      if (await reason.count()) {
        await page.keyboard.type('Đúng như trên ảnh quét');
        await page.keyboard.press('Enter');
      }
      await poll(async () => {
        const t = (await server.as<{ correctionTask: { status: string; form: { status: string } } }>('manager', TASK, { id: task.id })).correctionTask;
        return [t.status, t.form.status];
      }).toEqual(['RESOLVED', 'VERIFIED']);
      await poll(() => page.getByTestId('status-message').innerText()).toContain(`Đã xác minh phiếu ${task.form.formNumber}.`);
    } finally {
      await page.close();
    }
  });

  it('spot checks: Enter confirms the agreed record, E corrects a field', async () => {
    // A batch that spot-checks every automatically verified form, and two forms keyed alike.
    const batch = (await server.as<{ createBatch: { id: string; code: string } }>('admin', CREATE_BATCH, { i: { code: 'SPOT-01', provinceCode: '001', district: 'Hoàn Kiếm', commune: 'Hàng Bạc' } })).createBatch;
    const policy = await server.as('admin', graphql(`mutation WorkflowSetSpotCheckPolicy3($b: ID!) { setSpotCheckPolicy(batchId: $b, policy: { percent: 100, seed: 7 }) { spotCheckPercent spotCheckSeed } }`), { b: batch.id });
    expect(policy).toEqual({ setSpotCheckPolicy: { spotCheckPercent: 100, spotCheckSeed: 7 } });
    const people = { S1: person(), S2: person({ fullName: 'Trần Thị Hồng', sex: 'Nữ', citizenId: '001190054321', dateOfBirth: '14/02/1990' }) };
    // Pictures of the forms, sealed and served like the demo scans (development only).
    for (const [no, values] of Object.entries(people)) {
      server.app.services.scans.write(batch.code, no, Buffer.from(renderFormSvg(values, { batchCode: batch.code, formNumber: no, provinceName: 'Hà Nội' })));
    }
    const keyings = Object.entries(people).flatMap(([no, values]) => [1, 2].map((pass) => keying(batch.code, no, pass, `KT${pass}`, values, { imageRef: `/scans/${batch.code}/${no}.svg` })));
    await server.as('admin', graphql(`mutation WorkflowRegisterClerks{ registerClerks(clerks: [{ keyerCode: "KT1", displayName: "Một" }, { keyerCode: "KT2", displayName: "Hai" }]){ created } }`));
    // Each pass through its own station: one credential never keys both.
    const submitted = [];
    for (const [pass, station] of [[1, 'station'], [2, 'station2']] as const) {
      const r = await server.as<{ submitKeyings: { status: string; formStatus: string }[] }>(station, SUBMIT, { k: keyings.filter((k) => k.pass === pass) });
      submitted.push(...r.submitKeyings);
    }
    expect(submitted.map((k) => k.status)).toEqual(['ACCEPTED', 'ACCEPTED', 'ACCEPTED', 'ACCEPTED']);
    expect(submitted[3].formStatus).toBe('AUTO_VERIFIED');

    const page = await browser.context.newPage();
    try {
      await loginThroughPage(page, server.base, 'reviewer2', server.passwords.reviewer2);
      const first = await claimWithN(page, 'reviewer2', batch);
      expect(first.kind).toBe('SPOT_CHECK');
      expect(first.discrepancies).toEqual([]);
      // Why it was drawn, and the agreed record, row by row.
      await poll(() => page.getByTestId('task-note').innerText()).toContain('ngẫu nhiên 100%');
      const values = people[first.form.formNumber as 'S1' | 'S2'];
      await poll(() => page.getByTestId('spot-value-fullName').innerText()).toBe(values.fullName!);
      expect(await page.locator('[data-testid^="spot-row-"]').count()).toBe(27);
      expect(await page.getByTestId('spot-row-fullName').getAttribute('data-active')).toBe('true');
      // The strip shows the active field's line of the scan.
      await poll(() => page.getByTestId('field-strip').getAttribute('data-field')).toBe('fullName');
      await page.keyboard.press('ArrowDown');
      await poll(() => page.getByTestId('spot-row-otherName').getAttribute('data-active')).toBe('true');
      await poll(() => page.getByTestId('field-strip').getAttribute('data-field')).toBe('otherName');
      await poll(() => page.getByTestId('field-strip-image').evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth)).toBeGreaterThan(0);
      // Under the table: it appears once the scan has loaded, and must not push the rows down then.
      const strip = (await page.getByTestId('field-strip').boundingBox())!;
      const table = (await page.getByTestId('review-table').boundingBox())!;
      expect(strip.y).toBeGreaterThanOrEqual(table.y + table.height);
      await screenshot(page, 'review-spot-check');

      // Enter: confirmed as agreed; the next spot check of the batch opens by itself.
      await page.keyboard.press('Enter');
      await poll(async () => (await server.as<{ correctionTask: { status: string; discrepancyCount: number } }>('admin', TASK, { id: first.id })).correctionTask).toMatchObject({
        status: 'RESOLVED',
        discrepancyCount: 0,
      });
      await poll(() => page.getByTestId('status-message').innerText()).toContain(`Đã xác nhận bản ghi của phiếu ${first.form.formNumber}.`);

      const second = await heldTask('reviewer2', batch.code);
      expect(second.id).not.toBe(first.id);
      await poll(() => page.getByTestId('review-form').innerText()).toMatch(formLine(second.form));
      // E on the phone row: the clerks both keyed it, the scan says otherwise.
      const phoneRow = page.getByTestId('spot-row-phone');
      for (let guard = 0; guard < 40 && (await phoneRow.getAttribute('data-active')) !== 'true'; guard++) await page.keyboard.press('ArrowDown');
      await poll(() => phoneRow.getAttribute('data-active')).toBe('true');
      await page.keyboard.press('e');
      const edit = page.getByTestId('edit-input');
      await edit.waitFor();
      await page.keyboard.press('Control+A');
      await page.keyboard.type('0987654321');
      await poll(() => edit.inputValue()).toBe('0987654321');
      await page.keyboard.press('Enter');
      await poll(() => phoneRow.getAttribute('data-corrected')).toBe('VALUE');
      await poll(() => page.getByTestId('submit-task').innerText()).toContain('Lưu 1 chỉnh sửa');
      await page.keyboard.press('Enter');
      await poll(async () => {
        const t = (await server.as<{ correctionTask: { status: string; discrepancyCount: number; form: { verifiedRecord: { values: { key: string; value: string; source: string }[] } } } }>('admin', TASK, { id: second.id })).correctionTask;
        return [t.status, t.discrepancyCount, t.form.verifiedRecord.values.find((v) => v.key === 'phone')];
      }).toEqual(['RESOLVED', 1, { key: 'phone', value: '0987654321', source: 'REVIEWER' }]);
      await poll(() => page.getByTestId('status-message').innerText()).toContain(`Đã sửa 1 trường của phiếu ${second.form.formNumber}.`);
    } finally {
      await page.close();
    }
  });

  it('a place both clerks misread: the reviewer takes an official name offered, or keeps the value with a reason after the warning', async () => {
    const batch = (await server.as<{ createBatch: { id: string; code: string } }>('admin', CREATE_BATCH, { i: { code: 'REF-01', provinceCode: '001', district: 'Thường Tín', commune: 'Hòa Bình' } })).createBatch;
    await server.as('admin', graphql(`mutation WorkflowRegisterClerksRef{ registerClerks(clerks: [{ keyerCode: "KT1", displayName: "Một" }, { keyerCode: "KT2", displayName: "Hai" }]){ created } }`));
    const misread = person({ hometown: 'Xã Hòa Bính, Huyện Thường Tín, Hà Nội' });
    for (const [pass, station] of [[1, 'station'], [2, 'station2']] as const) {
      await server.as(station, SUBMIT, { k: ['R1', 'R2'].map((no) => keying(batch.code, no, pass, `KT${pass}`, misread)) });
    }
    const page = await browser.context.newPage();
    try {
      await loginThroughPage(page, server.base, 'reviewer', server.passwords.reviewer);
      await claimWithN(page, 'reviewer', batch);
      const row = page.getByTestId('disc-row-hometown');
      expect(await row.getAttribute('data-kind')).toBe('REFERENCE');
      // The official names closest to what both typed, best first: one click takes it.
      const offered = page.getByTestId('disc-suggestions-hometown').getByTestId('disc-suggestion');
      await poll(() => offered.first().innerText()).toBe('Xã Hòa Bình, Huyện Thường Tín, Thành phố Hà Nội');
      await screenshot(page, 'review-reference-suggestions');
      await offered.first().click();
      await poll(() => row.getAttribute('data-choice')).toBe('VALUE');
      await page.keyboard.press('Enter');
      // The next form of the batch opens; keeping the misread value warns before submitting.
      await poll(() => page.getByTestId('status-message').innerText()).toContain('Đã xác minh phiếu R1');
      await poll(() => page.getByTestId('disc-row-hometown').getAttribute('data-choice')).toBe('');
      await page.keyboard.press('1');
      await poll(() => page.getByTestId('review-warnings').innerText()).toContain('không có trong danh mục');
      await page.keyboard.press('Enter');
      const dialog = page.locator('[data-testid="action-dialog"][data-action="override"]');
      await dialog.waitFor();
      await page.keyboard.type('Ảnh quét ghi đúng như vậy');
      await page.keyboard.press('Enter');
      await poll(() => page.getByTestId('status-message').innerText()).toContain('Đã xác minh phiếu R2');
      const forms = await server.as<{ forms: { items: { formNumber: string; status: string; verifiedRecord: { values: { key: string; value: string | null }[] } | null }[] } }>(
        'admin',
        graphql(`query WorkflowReferenceForms($b: ID!) { forms(filter: { batchId: $b }, sortField: id, sortOrder: ASC) { items { formNumber status verifiedRecord { values { key value } } } } }`),
        { b: batch.id },
      );
      const hometown = (no: string) => forms.forms.items.find((f) => f.formNumber === no)!.verifiedRecord!.values.find((v) => v.key === 'hometown')!.value;
      expect(forms.forms.items.map((f) => f.status)).toEqual(['VERIFIED', 'VERIFIED']);
      expect([hometown('R1'), hometown('R2')].sort()).toEqual(['Xã Hòa Bình, Huyện Thường Tín, Thành phố Hà Nội', 'Xã Hòa Bính, Huyện Thường Tín, Hà Nội']);
    } finally {
      await page.close();
    }
  });
});
