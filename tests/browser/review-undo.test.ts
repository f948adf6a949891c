/**
 * A reviewer's slips, put right in a real browser against the real server (in-process, temp
 * SQLite, demo data), keyboard first: Del takes back the row just decided (the cursor has moved
 * on), U reopens the form just submitted, the dashboard lists recent resolutions to reopen, each
 * row warns about an implausible value as it is typed, and submitting over a warning asks for a
 * reason. The form's page shows its scan. Needs admin/dist and Chromium; screenshots in
 * test-artifacts/.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { renderFormSvg } from '../../server/src/sim/scan-svg.js';
import { CREATE_BATCH, keying, person, SUBMIT } from '../helpers/fixtures.js';
import { browserSkipReason, launchBrowser, loginThroughPage, requireAdminDist, screenshot, startDemoServer, type Browser, type DemoServer } from './helpers.js';
import { graphql } from '../gql/index.js';

const skip = browserSkipReason();
if (skip) console.warn(`\n*** ${skip}\n`);

const poll = <T>(fn: () => Promise<T> | T) => expect.poll(fn, { timeout: 15_000, interval: 50 });

interface HeldTask {
  id: string;
  form: { id: string; formNumber: string; batch: { code: string } };
}

const HELD = graphql(`query UndoHeldTasks($me: ID!) {
  correctionTasks(filter: { status: CLAIMED, claimedById: $me }, perPage: 5) { items { id form { id formNumber batch { code } } } }
}`);
const TASKS = graphql(`query UndoBatchTasks($b: ID!) {
  correctionTasks(filter: { batchId: $b }, sortField: id, sortOrder: ASC) { items { id status claimedBy { username } form { id formNumber verifiedRecord { values { key value source } } } } }
}`);
const AUDIT = graphql(`query UndoAudit($id: ID!) { auditEvents(filter: { entityType: "task", entityId: $id }, sortField: id, sortOrder: ASC, perPage: 50) { items { action data } } }`);

/** Three people, one form each; the clerks differ on the name's last syllable and the phone's last digit. */
const PEOPLE: Record<string, Record<string, string | null>> = {
  U1: person({ fullName: 'Nguyễn Văn An', citizenId: '001090011111', phone: '0912345671' }),
  U2: person({ fullName: 'Nguyễn Văn Bình', citizenId: '001090022222', phone: '0912345672' }),
  U3: person({ fullName: 'Nguyễn Văn Cường', citizenId: '001090033333', phone: '0912345673' }),
};
const misread = (v: Record<string, string | null>) => ({ ...v, fullName: v.fullName!.replace(/ \S+$/, ' Ân'), phone: v.phone!.replace(/\d$/, '9') });

describe.skipIf(skip !== null)('undo, reopen and warnings on the review screen (Chromium)', () => {
  let server: DemoServer;
  let browser: Browser;
  let batch: { id: string; code: string };
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    requireAdminDist();
    const results = await Promise.allSettled([startDemoServer(20).then((s) => (server = s)), launchBrowser().then((b) => (browser = b))]);
    for (const r of results) if (r.status === 'rejected') throw r.reason;
    for (const u of ['reviewer']) ids[u] = (await server.gql<{ me: { id: string } }>(graphql(`query UndoMe { me { id } }`), {}, await server.token(u))).data!.me.id;
    batch = (await server.as<{ createBatch: { id: string; code: string } }>('admin', CREATE_BATCH, { i: { code: 'UNDO-01', provinceCode: '001', district: 'Hoàn Kiếm', commune: 'Hàng Bạc' } })).createBatch;
    await server.as('admin', graphql(`mutation UndoRegisterClerks{ registerClerks(clerks: [{ keyerCode: "KT1", displayName: "Một" }, { keyerCode: "KT2", displayName: "Hai" }]){ created } }`));
    for (const [no, values] of Object.entries(PEOPLE)) {
      server.app.services.scans.write(batch.code, no, Buffer.from(renderFormSvg(values, { batchCode: batch.code, formNumber: no, provinceName: 'Hà Nội' })));
    }
    for (const [pass, station] of [[1, 'station'], [2, 'station2']] as const) {
      const k = Object.entries(PEOPLE).map(([no, v]) => keying(batch.code, no, pass, `KT${pass}`, pass === 1 ? v : misread(v), { imageRef: `/scans/${batch.code}/${no}.svg` }));
      const r = await server.as<{ submitKeyings: { status: string }[] }>(station, SUBMIT, { k });
      expect(r.submitKeyings.map((x) => x.status)).toEqual(['ACCEPTED', 'ACCEPTED', 'ACCEPTED']);
    }
  }, 90_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const tasks = async () =>
    (await server.as<{ correctionTasks: { items: { id: string; status: string; claimedBy: { username: string } | null; form: { id: string; formNumber: string; verifiedRecord: { values: { key: string; value: string | null; source: string }[] } | null } }[] } }>('admin', TASKS, { b: batch.id })).correctionTasks.items;
  const taskOf = async (no: string) => (await tasks()).find((t) => t.form.formNumber === no)!;
  const recordValue = async (no: string, key: string) => (await taskOf(no)).form.verifiedRecord?.values.find((v) => v.key === key);

  async function held(): Promise<HeldTask> {
    const d = await server.as<{ correctionTasks: { items: HeldTask[] } }>('reviewer', HELD, { me: ids.reviewer });
    const items = d.correctionTasks.items.filter((t) => t.form.batch.code === batch.code);
    expect(items).toHaveLength(1);
    return items[0];
  }

  async function openReview(page: Page) {
    await page.goto(`${server.base}/review?batchId=${batch.id}`);
    await page.getByTestId('next-task').waitFor();
    await page.keyboard.press('n');
    await page.getByTestId('review-form').waitFor();
    const t = await held();
    await poll(() => page.getByTestId('review-form').innerText()).toContain(t.form.formNumber);
    return t;
  }

  const row = (page: Page, field: string) => page.getByTestId(`disc-row-${field}`);
  const choiceOf = (page: Page, field: string) => row(page, field).getAttribute('data-choice');
  const activeOf = (page: Page, field: string) => row(page, field).getAttribute('data-active');

  it('Del and the undo button take back the row just decided; U reopens the form just submitted, with its choices', async () => {
    const page = await browser.context.newPage();
    try {
      await loginThroughPage(page, server.base, 'reviewer', server.passwords.reviewer);
      const first = await openReview(page);
      expect(first.form.formNumber).toBe('U1');
      await poll(() => activeOf(page, 'fullName')).toBe('true');
      // A laptop's 1024 px: the scan stays beside the table, and the table's bar stays one line.
      await page.setViewportSize({ width: 1024, height: 768 });
      await poll(() => page.getByTestId('scan-image').isVisible()).toBe(true);
      const tableTop = async () => (await page.getByTestId('review-table').boundingBox())!.y;
      const top = await tableTop();
      await page.keyboard.press('1');
      await poll(() => page.getByTestId('undo-choice').innerText()).toContain('Họ');
      expect(await tableTop()).toBe(top);
      await screenshot(page, 'review-1024');
      await page.keyboard.press('Delete');
      await poll(() => choiceOf(page, 'fullName')).toBe('');
      await poll(() => activeOf(page, 'fullName')).toBe('true');
      await page.setViewportSize({ width: 1440, height: 900 });
      // Clicking the agreed-rows switch (on and off again) leaves the keys working.
      const agreed = page.getByTestId('hide-agreed');
      const was = await agreed.getAttribute('data-checked');
      for (const label of [agreed.locator('input'), agreed.getByText('Thu gọn dòng khớp')]) {
        await label.click();
        await poll(() => agreed.getAttribute('data-checked')).not.toBe(was);
        await label.click();
        await poll(() => agreed.getAttribute('data-checked')).toBe(was);
      }

      // 1 takes the first keying and moves on to the phone: Del clears the name, not the phone.
      await page.keyboard.press('1');
      await poll(() => choiceOf(page, 'fullName')).toBe('FIRST');
      await poll(() => activeOf(page, 'phone')).toBe('true');
      await poll(() => page.getByTestId('undo-choice').innerText()).toContain('Họ');
      await page.keyboard.press('Delete');
      await poll(() => choiceOf(page, 'fullName')).toBe('');
      await poll(() => activeOf(page, 'fullName')).toBe('true');
      expect(await choiceOf(page, 'phone')).toBe('');

      // The same with the visible button, after 2.
      await page.keyboard.press('2');
      await poll(() => choiceOf(page, 'fullName')).toBe('SECOND');
      await poll(() => activeOf(page, 'phone')).toBe('true');
      await screenshot(page, 'review-undo-choice');
      await page.getByTestId('undo-choice').click();
      await poll(() => choiceOf(page, 'fullName')).toBe('');
      await poll(() => activeOf(page, 'fullName')).toBe('true');

      // Submitted with the wrong phone (1); the next form opens, and U brings this one back.
      await page.keyboard.press('1');
      await poll(() => activeOf(page, 'phone')).toBe('true');
      await page.keyboard.press('1');
      await poll(() => choiceOf(page, 'phone')).toBe('FIRST');
      await page.keyboard.press('Enter');
      await poll(() => page.getByTestId('status-message').innerText()).toContain('Đã xác minh phiếu U1');
      await poll(async () => (await taskOf('U1')).status).toBe('RESOLVED');
      await poll(() => page.getByTestId('review-form').innerText()).toContain('U2');
      await poll(() => page.getByTestId('reopen-last').innerText()).toContain('U1');
      await screenshot(page, 'review-reopen-offered');
      await page.keyboard.press('u');
      await poll(() => page.getByTestId('review-form').innerText()).toContain('U1');
      await poll(() => page.getByTestId('status-message').innerText()).toContain('Đã mở lại phiếu U1');
      // Back with the choices it was submitted with, the cursor on the row decided last.
      await poll(() => choiceOf(page, 'fullName')).toBe('FIRST');
      await poll(() => choiceOf(page, 'phone')).toBe('FIRST');
      await poll(() => activeOf(page, 'phone')).toBe('true');
      expect(await page.getByTestId('reopen-last').count()).toBe(0);
      const now = await tasks();
      expect(now.map((t) => [t.form.formNumber, t.status, t.claimedBy?.username ?? null])).toEqual([
        ['U1', 'CLAIMED', 'reviewer'],
        ['U2', 'OPEN', null],
        ['U3', 'OPEN', null],
      ]);
      // The record stays until settled again.
      expect(await recordValue('U1', 'phone')).toEqual({ key: 'phone', value: '0912345671', source: 'FIRST' });
      await screenshot(page, 'review-reopened');

      await page.keyboard.press('Delete');
      await poll(() => choiceOf(page, 'phone')).toBe('');
      await page.keyboard.press('2');
      await poll(() => choiceOf(page, 'phone')).toBe('SECOND');
      await page.keyboard.press('Enter');
      await poll(() => recordValue('U1', 'phone')).toEqual({ key: 'phone', value: '0912345679', source: 'SECOND' });
      const audit = await server.as<{ auditEvents: { items: { action: string; data: { from?: string; to?: string; own?: boolean } }[] } }>('admin', AUDIT, { id: first.id });
      expect(audit.auditEvents.items.filter((e) => e.action === 'task.reopen').map((e) => [e.data.from, e.data.to, e.data.own])).toEqual([['RESOLVED', 'CLAIMED', true]]);
      await poll(() => page.getByTestId('review-form').innerText()).toContain('U2');
    } finally {
      await page.close();
    }
  });

  it('a row warns as an implausible value is typed or a readable field marked illegible; submitting over it asks for a reason', async () => {
    const page = await browser.context.newPage();
    try {
      await loginThroughPage(page, server.base, 'reviewer', server.passwords.reviewer);
      const t = await openReview(page);
      expect(t.form.formNumber).toBe('U2');
      await poll(() => activeOf(page, 'fullName')).toBe('true');

      // I on a name both clerks read: warned in the row before submitting.
      await page.keyboard.press('i');
      await poll(() => choiceOf(page, 'fullName')).toBe('ILLEGIBLE');
      await poll(() => page.getByTestId('row-warning-fullName').innerText()).toContain('không đọc được dù cả hai người nhập đều đọc được');
      await page.keyboard.press('Delete');
      await poll(() => page.getByTestId('row-warning-fullName').count()).toBe(0);

      // Typing a misspelt name: the warning shows while typing, and stays once confirmed.
      await poll(() => activeOf(page, 'fullName')).toBe('true');
      await page.keyboard.press('e');
      const edit = page.getByTestId('edit-input');
      await edit.waitFor();
      await page.keyboard.press('Control+A');
      await page.keyboard.type('Nguễyn Văn Bình');
      await poll(() => page.getByTestId('row-warning-fullName').innerText()).toContain('không phải âm tiết tiếng Việt');
      await screenshot(page, 'review-row-warning-typing');
      await page.keyboard.press('Enter');
      await poll(() => choiceOf(page, 'fullName')).toBe('VALUE');
      await poll(() => page.getByTestId('row-warning-fullName').innerText()).toContain('không phải âm tiết tiếng Việt');
      await poll(() => activeOf(page, 'phone')).toBe('true');
      await page.keyboard.press('1');
      await poll(() => choiceOf(page, 'phone')).toBe('FIRST');

      // Enter: the check fails, the reason dialog opens; nothing is stored until a reason is given.
      await page.keyboard.press('Enter');
      const dialog = page.locator('[data-testid="action-dialog"][data-action="override"]');
      await dialog.waitFor();
      expect((await taskOf('U2')).status).toBe('CLAIMED');
      await page.keyboard.type('Tên viết đúng như trên giấy khai sinh');
      await screenshot(page, 'review-override-reason');
      await page.keyboard.press('Enter');
      await poll(() => recordValue('U2', 'fullName')).toEqual({ key: 'fullName', value: 'Nguễyn Văn Bình', source: 'REVIEWER' });
      const audit = await server.as<{ auditEvents: { items: { action: string; data: { overridden?: { field: string; kind: string }[] } }[] } }>('admin', AUDIT, { id: t.id });
      expect(audit.auditEvents.items.find((e) => e.action === 'task.resolve')?.data.overridden).toEqual([expect.objectContaining({ field: 'fullName', kind: 'SPELLING' })]);
    } finally {
      await page.close();
    }
  });

  it('the dashboard lists recent resolutions to reopen; the form page shows the scan', async () => {
    const page = await browser.context.newPage();
    try {
      await loginThroughPage(page, server.base, 'reviewer', server.passwords.reviewer);
      // U3 is held from the last test: resolve it, then reopen it from the dashboard.
      const t = await openReview(page);
      expect(t.form.formNumber).toBe('U3');
      // The screen takes keys once its rows are live (keys pressed while it loads are dropped).
      await poll(() => activeOf(page, 'fullName')).toBe('true');
      await page.keyboard.press('1');
      await poll(() => activeOf(page, 'phone')).toBe('true');
      await page.keyboard.press('1');
      await page.keyboard.press('Enter');
      await poll(async () => (await taskOf('U3')).status).toBe('RESOLVED');

      await page.goto(`${server.base}/`);
      const card = page.getByTestId('recent-resolutions');
      await poll(() => card.innerText()).toContain('U3');
      expect(await card.innerText()).toContain('U1');
      // Times as everywhere else in the dashboard: hh:mm dd/mm/yyyy, a four-digit year.
      expect(await card.innerText()).toMatch(/\d{2}:\d{2},? \d{2}\/\d{2}\/\d{4}/);
      await screenshot(page, 'dashboard-recent-resolutions');
      await page.getByTestId(`reopen-task-${t.id}`).click();
      const dialog = page.getByTestId('reopen-dialog');
      await dialog.waitFor();
      // Their own resolution: no reason needed.
      await page.getByTestId('reopen-dialog-send').click();
      await page.waitForURL((u) => u.pathname.startsWith('/review'));
      await poll(() => page.getByTestId('review-form').innerText()).toContain('U3');
      expect((await taskOf('U3')).status).toBe('CLAIMED');
      await page.keyboard.press('2');
      await poll(() => activeOf(page, 'phone')).toBe('true');
      await page.keyboard.press('2');
      await page.keyboard.press('Enter');
      await poll(() => recordValue('U3', 'phone')).toEqual({ key: 'phone', value: '0912345679', source: 'SECOND' });

      // The form's page: the scan itself, not its path.
      const u1 = await taskOf('U1');
      await page.goto(`${server.base}/forms/${u1.form.id}/show`);
      await page.getByTestId('form-scan').waitFor();
      await poll(() => page.getByTestId('scan-image').evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth)).toBeGreaterThan(0);
      await screenshot(page, 'form-page-scan');
    } finally {
      await page.close();
    }
  });
});
