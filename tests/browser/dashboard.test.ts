/**
 * The dashboard in a real browser against the real server (in-process, temp SQLite, demo data):
 * the reviewer's keyboard-only flow, a refused submit that keeps the choices, what managers
 * and reviewers may see, and an administrator's API key from creation to revocation.
 * Needs admin/dist (npm run build:admin) and Chromium.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { DC01 } from '../../server/src/domain/template.js';
import { checkValue } from '../../server/src/domain/values.js';
import { browserSkipReason, launchBrowser, loginThroughPage, requireAdminDist, screenshot, startDemoServer, type Browser, type DemoServer } from './helpers.js';
import { graphql } from '../gql/index.js';

const skip = browserSkipReason();
if (skip) console.warn(`\n*** ${skip}\n`);

const FIELDS = new Map(DC01.fields.map((f) => [f.key, f]));

/** expect.poll with room for a busy machine (the whole suite runs in parallel on 2 cores). */
const poll = <T>(fn: () => Promise<T> | T) => expect.poll(fn, { timeout: 15_000, interval: 50 });

interface Disc {
  id: string;
  fieldKey: string;
  value1: string | null;
  value2: string | null;
}

/** "Phiếu 000005 · Lô 092-BT-0002": form numbers repeat across batches, so both. */
const formLine = (f: { formNumber: string; batch: { code: string } }) => new RegExp(`${f.formNumber}\\b.*\\b${f.batch.code}`);

const HELD = graphql(`query DashboardCorrectionTasks($me: ID!) {
  correctionTasks(filter: { status: CLAIMED, claimedById: $me }, perPage: 5) {
    items { id status form { id formNumber status imageRef batch { code } } discrepancies { id fieldKey value1 value2 } }
  }
}`);

describe.skipIf(skip !== null)('dashboard in Chromium', () => {
  let server: DemoServer;
  let browser: Browser;
  let reviewerId: string;

  beforeAll(async () => {
    requireAdminDist();
    // Both at once; whichever starts is kept so that afterAll cleans it up if the other fails.
    const results = await Promise.allSettled([startDemoServer(120).then((s) => (server = s)), launchBrowser().then((b) => (browser = b))]);
    for (const r of results) if (r.status === 'rejected') throw r.reason;
    const me = await server.gql<{ me: { id: string } }>(graphql(`query Me { me { id } }`), {}, await server.token('reviewer'));
    reviewerId = me.data!.me.id;
  }, 90_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  /** The task the reviewer holds, as the API sees it. */
  async function heldTask() {
    const r = await server.gql<{ correctionTasks: { items: { id: string; status: string; form: { id: string; formNumber: string; status: string; imageRef: string | null; batch: { code: string } }; discrepancies: Disc[] }[] } }>(
      HELD,
      { me: reviewerId },
      await server.token('reviewer'),
    );
    expect(r.errors).toBeUndefined();
    const items = r.data!.correctionTasks.items;
    expect(items).toHaveLength(1);
    return items[0];
  }

  const activeIndex = (page: Page) =>
    page.locator('[data-testid^="disc-row-"]').evaluateAll((rows) => rows.findIndex((r) => r.getAttribute('data-active') === 'true'));

  /** Moves the cursor to row `target` with ↓/↑ only, checking each step. */
  async function moveTo(page: Page, target: number) {
    for (let guard = 0; guard < 40; guard++) {
      const at = await activeIndex(page);
      if (at === target) return;
      await page.keyboard.press(at < target ? 'ArrowDown' : 'ArrowUp');
      await poll(() => activeIndex(page)).not.toBe(at);
    }
    throw new Error(`could not move to discrepancy row ${target}`);
  }

  /**
   * Chooses a value for every discrepancy with the keyboard: the last row first (reached with ↓),
   * then the others in order; the first one whose keyed value is valid is typed in with E.
   */
  async function chooseAll(page: Page, discs: Disc[], opts: { typeOne: boolean }) {
    const rows = page.locator('[data-testid^="disc-row-"]');
    await poll(() => rows.count()).toBe(discs.length);
    const order = await rows.evaluateAll((els) => els.map((e) => e.getAttribute('data-discrepancy-id')!));
    const byId = new Map(discs.map((d) => [d.id, d]));
    const typedIndex = opts.typeOne
      ? order.findIndex((id) => {
          const d = byId.get(id)!;
          const v = d.value2 ?? d.value1;
          return v !== null && v.trim() !== '' && checkValue(FIELDS.get(d.fieldKey)!, v) === null;
        })
      : -1;
    const sequence = [order.length - 1, ...order.keys()].filter((i, k, a) => a.indexOf(i) === k);
    for (const i of sequence) {
      await moveTo(page, i);
      const d = byId.get(order[i])!;
      const row = page.getByTestId(`disc-row-${d.fieldKey}`);
      if (i === typedIndex) {
        const value = (d.value2 ?? d.value1)!;
        await page.keyboard.press('e');
        const input = page.getByTestId('edit-input');
        await input.waitFor();
        await page.keyboard.press('Control+A');
        await page.keyboard.type(value);
        await poll(() => input.inputValue()).toBe(value);
        await page.keyboard.press('Enter');
        await poll(() => row.getAttribute('data-choice')).toBe('VALUE');
        await poll(() => page.getByTestId(`disc-final-${d.fieldKey}`).innerText()).toContain(value);
      } else {
        const key = d.value1 !== null ? '1' : '2';
        await page.keyboard.press(key);
        await poll(() => row.getAttribute('data-choice')).toBe(key === '1' ? 'FIRST' : 'SECOND');
      }
    }
    await poll(() => page.getByTestId('review-progress').innerText()).toContain(`${discs.length}/${discs.length}`);
    return order;
  }

  /** Opens /review and claims (or gets back) a task with N; returns the task as the API sees it. */
  async function openTask(page: Page) {
    await page.goto(`${server.base}/review`);
    await page.getByTestId('next-task').waitFor();
    await page.keyboard.press('n');
    await page.getByTestId('review-form').waitFor();
    const task = await heldTask();
    await poll(() => page.getByTestId('review-form').innerText()).toMatch(formLine(task.form));
    return task;
  }

  it('a reviewer resolves a task with the keyboard only, and the next one opens', async () => {
    const page = await browser.context.newPage();
    try {
      await loginThroughPage(page, server.base, 'reviewer', server.passwords.reviewer, { screenshot: 'login' });
      const task = await openTask(page);
      expect(task.form.status).toBe('IN_REVIEW');

      // The scan: only for those who may see the form in clear (the reviewer holding the task),
      // with their token; the page shows it through a blob: URL, since an <img> can't send one.
      const imageRef = task.form.imageRef;
      expect(imageRef).toMatch(/^\/scans\/.+\.svg$/);
      expect((await fetch(server.base + imageRef)).status).toBe(401);
      expect((await fetch(server.base + imageRef, { headers: { authorization: `Bearer ${await server.token('reviewer2')}` } })).status).toBe(404);
      const served = await fetch(server.base + imageRef, { headers: { authorization: `Bearer ${await server.token('reviewer')}` } });
      expect([served.status, served.headers.get('content-type'), served.headers.get('cache-control')]).toEqual([200, 'image/svg+xml', 'no-store']);
      const img = page.getByTestId('scan-image');
      await poll(() => img.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth)).toBeGreaterThan(0);
      expect(await img.getAttribute('src')).toMatch(/^blob:/);
      await screenshot(page, 'review');

      await chooseAll(page, task.discrepancies, { typeOne: true });
      await page.keyboard.press('Enter');
      // A chosen value may contradict another form of the household (the demo's households are
      // real ones): then the screen asks for the reason first, and Enter sends it.
      const reason = page.locator('[data-testid="action-dialog"][data-action="override"]');
      const state = async () =>
        (await server.gql<{ correctionTask: { status: string } }>(graphql(`query DashboardTaskState($id: ID!) { correctionTask(id: $id) { status } }`), { id: task.id }, await server.token('reviewer'))).data?.correctionTask.status;
      await poll(async () => (await reason.count()) > 0 || (await state()) === 'RESOLVED').toBe(true);
      if (await reason.count()) {
        await page.keyboard.type('Đúng như trên ảnh quét');
        await page.keyboard.press('Enter');
      }

      // The server verified the form and closed the task...
      await poll(async () => {
        const r = await server.gql<{ correctionTask: { status: string; form: { status: string } } }>(
          graphql(`query DashboardCorrectionTask($id: ID!) { correctionTask(id: $id) { status form { status } } }`),
          { id: task.id },
          await server.token('reviewer'),
        );
        return r.data?.correctionTask;
      }).toEqual({ status: 'RESOLVED', form: { status: 'VERIFIED' } });
      // ...and the screen said so and opened the next task by itself.
      await poll(() => page.getByTestId('status-message').innerText()).toContain(`Đã xác minh phiếu ${task.form.formNumber}.`);
      const next = await heldTask();
      expect(next.id).not.toBe(task.id);
      await poll(() => page.getByTestId('review-form').innerText()).toMatch(formLine(next.form));
      expect(await page.locator('[data-testid^="disc-row-"][data-choice=""]').count()).toBe(next.discrepancies.length);
    } finally {
      await page.close();
    }
  });

  it('a refused submit shows the server refusal and keeps the choices', async () => {
    const page = await browser.context.newPage();
    try {
      await loginThroughPage(page, server.base, 'reviewer', server.passwords.reviewer);
      const task = await openTask(page);
      const order = await chooseAll(page, task.discrepancies, { typeOne: false });
      const before = await page.locator('[data-testid^="disc-row-"]').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-choice')));

      // Meanwhile the same reviewer resolves it elsewhere (another tab, a script).
      const r = await server.gql(
        graphql(`mutation DashboardResolveTask($id: ID!, $res: [ResolutionInput!]!, $why: String) { resolveTask(id: $id, resolutions: $res, overrideReason: $why) { status } }`),
        { id: task.id, res: task.discrepancies.map((d) => ({ discrepancyId: d.id, choice: d.value1 !== null ? 'FIRST' : 'SECOND' })), why: 'as on the scan' },
        await server.token('reviewer'),
      );
      expect(r.errors).toBeUndefined();

      await page.keyboard.press('Enter');
      const status = page.getByTestId('status-message');
      await poll(() => status.innerText()).toContain('Phiếu này đã được duyệt xong'); // ALREADY_RESOLVED
      const text = await status.innerText();
      expect(text).toContain(`task ${task.id} is already resolved`); // the server's own words
      expect(text).toContain('vẫn được giữ nguyên'); // "your choices are kept"
      expect(await status.locator('.MuiAlert-standardError, .MuiAlert-colorError').count()).toBe(1);
      // Still the same task on screen, every row with its choice.
      expect(await page.getByTestId('review-form').innerText()).toMatch(formLine(task.form));
      const after = await page.locator('[data-testid^="disc-row-"]').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-choice')));
      expect(after).toEqual(before);
      expect(after).toHaveLength(order.length);
      expect(after.every((c) => c === 'FIRST' || c === 'SECOND')).toBe(true);
    } finally {
      await page.close();
    }
  });

  it('a manager sees the quality charts and the reports, and downloads a CSV', async () => {
    const page = await browser.context.newPage();
    try {
      await loginThroughPage(page, server.base, 'manager', server.passwords.manager);
      await page.getByTestId('chart-error-by-day').waitFor();
      await page.waitForLoadState('networkidle');
      await screenshot(page, 'manager-dashboard-quality');
      // The week's error rate as a vi-VN percentage ("1,23%"), next to the counts.
      // (the demo campaign is dated March 2025, so this week usually has no keying: "—")
      await poll(() => page.getByTestId('stat-error-rate-week').innerText()).toMatch(/^(\d+,\d\d\s?%|—)$/);
      // The demo was compared and half reviewed at start-up: forms were verified today, and tasks wait.
      await poll(async () => Number((await page.getByTestId('stat-verified-today').innerText()).replace(/\./g, ''))).toBeGreaterThan(0);
      await poll(() => page.getByTestId('stat-oldest-open-task').innerText()).toMatch(/\d/);
      for (const id of ['chart-error-by-day', 'chart-error-by-field', 'chart-error-by-province', 'card-out-of-control']) await page.getByTestId(id).waitFor();
      await poll(() => page.locator('[data-testid="chart-error-by-field"] .recharts-bar-rectangle').count()).toBeGreaterThan(0);
      await page.waitForLoadState('networkidle');
      await screenshot(page, 'manager-dashboard-quality');

      // The oldest open task's card opens that task.
      await page.getByTestId('stat-oldest-open-task').click();
      await page.waitForURL((u) => /^\/correctionTasks\/\d+\/show$/.test(u.pathname));
      await page.getByTestId('menu-reports').click();
      await page.waitForURL((u) => u.pathname === '/reports');
      await poll(() => page.locator('[data-testid="report-table-keyers"] tbody tr').count()).toBeGreaterThan(0);
      await page.getByTestId('report-tab-fields').click();
      await poll(() => page.locator('[data-testid="report-table-fields"] tbody tr').count()).toBeGreaterThan(0);
      const download = page.waitForEvent('download');
      await page.getByTestId('report-download-csv').click();
      const file = await download;
      expect(file.suggestedFilename()).toMatch(/^dualkey-fields-.*\.csv$/);
      await screenshot(page, 'manager-reports-fields');
    } finally {
      await page.close();
    }
  });

  it('a manager sees the figures and the forms; a reviewer cannot reach the users', async () => {
    const page = await browser.context.newPage();
    try {
      await loginThroughPage(page, server.base, 'manager', server.passwords.manager);
      const figure = async (id: string) => Number((await page.getByTestId(id).innerText()).replace(/\D/g, '') || NaN);
      await poll(() => figure('stat-verified')).toBeGreaterThan(0);
      const totals = await server.gql<Record<string, { total: number }>>(
        graphql(`query DashboardForms { all: forms(perPage: 1) { total } verified: forms(filter: { status: VERIFIED }, perPage: 1) { total } auto: forms(filter: { status: AUTO_VERIFIED }, perPage: 1) { total } }`),
        {},
        await server.token('manager'),
      );
      expect(totals.data!.all.total).toBe(120);
      await poll(() => figure('stat-all-forms')).toBe(120);
      await poll(() => figure('stat-verified')).toBe(totals.data!.verified.total);
      await poll(() => figure('stat-auto-verified')).toBe(totals.data!.auto.total);
      expect(await page.locator('.RaMenu-open a[href="/users"], a[href="/users"]').count()).toBe(0);
      await screenshot(page, 'manager-dashboard');

      await page.locator('.RaSidebar-fixed a[href="/forms"], a[href="/forms"]').first().click();
      await page.waitForURL((u) => u.pathname === '/forms');
      await poll(() => page.locator('table tbody tr').count()).toBeGreaterThanOrEqual(10);
      expect(await page.locator('body').innerText()).toMatch(/\b120\b/); // "1-25 / 120" in the pagination

      // A reviewer: no administration in the menu, and /users shows none of the accounts.
      await loginThroughPage(page, server.base, 'reviewer', server.passwords.reviewer);
      await page.locator('a[href="/review"]').first().waitFor();
      expect(await page.locator('a[href="/users"]').count()).toBe(0);
      const usersQueries: unknown[] = [];
      page.on('response', async (res) => {
        if (!res.url().endsWith('/graphql')) return;
        const body = res.request().postData() ?? '';
        if (/\busers\s*\(/.test(body)) usersQueries.push(await res.json().catch(() => null));
      });
      await page.goto(`${server.base}/users`);
      await page.locator('.RaLayout-appFrame').waitFor();
      await page.waitForLoadState('networkidle');
      await screenshot(page, 'reviewer-users');
      const shown = await page.locator('body').innerText();
      for (const secret of ['Trạm nhập liệu 01', 'CSDL quốc gia về dân cư', 'Quản trị viên', 'Trần Thị Quản Lý', 'Phạm Thị Kiểm']) {
        expect(shown).not.toContain(secret);
      }
      expect(await page.locator('table tbody tr').count()).toBe(0);
      // Whatever the screen asked for, the API did not hand out the user list.
      for (const q of usersQueries) expect((q as { data?: { users?: unknown } })?.data?.users ?? null).toBeNull();
      const direct = await server.gql(graphql(`query DashboardUsers { users { items { username } } }`), {}, await server.token('reviewer'));
      expect(direct.data?.users ?? null).toBeNull();
      expect(direct.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    } finally {
      await page.close();
    }
  });

  it('an admin creates an API key whose secret is shown once and works, then revokes it', async () => {
    const REPORT = graphql(`query DashboardAreaReport { areaReport(level: ALL) { total items { forms } } }`);
    const adminToken = await server.token('admin');
    // Another system's key, already in use, so the list shows both states.
    const other = await server.gql<{ createApiKey: { key: string } }>(
      graphql(`mutation DashboardCreateApiKey($input: CreateApiKeyInput!) { createApiKey(input: $input) { key } }`),
      { input: { name: 'CSDL quốc gia về dân cư (nhận bản ghi)', scopes: ['RECORDS_READ'] } },
      adminToken,
    );
    expect(other.errors).toBeUndefined();
    expect((await server.gql(graphql(`query DashboardVerifiedRecords { verifiedRecords(perPage: 1) { total } }`), {}, other.data!.createApiKey.key)).errors).toBeUndefined();

    const page = await browser.context.newPage();
    try {
      await browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.base });
      await loginThroughPage(page, server.base, 'admin', server.passwords.admin);
      await page.locator('a[href="/apiKeys"]').first().click();
      await page.waitForURL((u) => u.pathname === '/apiKeys');
      await poll(() => page.locator('table tbody tr').count()).toBe(1);

      await page.locator('a[href="/apiKeys/create"]').click();
      await page.locator('input[name="name"]').fill('Cổng báo cáo tỉnh Bến Tre');
      await page.locator('input[type="checkbox"][value="REPORTS_READ"]').check();
      await page.locator('button[type="submit"]').click();

      // The secret, once, with the warning and a working copy button.
      await page.getByTestId('api-key-created').waitFor();
      const secret = await page.getByTestId('api-key-secret').inputValue();
      expect(secret).toMatch(/^dk_[0-9a-f]{12}_[A-Za-z0-9_-]{43}$/);
      expect(await page.getByTestId('api-key-once-warning').innerText()).toContain('một lần duy nhất');
      await page.getByTestId('api-key-copy').click();
      await poll(() => page.getByTestId('api-key-copy').innerText()).toContain('Đã sao chép');
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(secret);

      // The key reads reports (its scope) and nothing else.
      const ok = await server.gql<{ areaReport: { total: number; items: { forms: number }[] } }>(REPORT, {}, secret);
      expect(ok.errors).toBeUndefined();
      expect(ok.data!.areaReport.items[0].forms).toBe(120);
      const records = await server.gql(graphql(`query DashboardVerifiedRecords { verifiedRecords(perPage: 1) { total } }`), {}, secret);
      expect(records.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

      // Closing opens the key, which no longer shows the secret anywhere.
      await page.getByTestId('api-key-done').click();
      await page.waitForURL((u) => /^\/apiKeys\/\d+\/show$/.test(u.pathname));
      const status = page.getByTestId('api-key-status');
      await poll(() => status.getAttribute('data-status')).toBe('active');
      expect(await page.locator('body').innerText()).not.toContain(secret.slice(16));

      await page.getByTestId('revoke-api-key').click();
      await page.locator('[data-testid="revoke-api-key-dialog"] .ra-confirm').click();
      await poll(() => status.getAttribute('data-status')).toBe('revoked');
      await page.getByTestId('api-key-revoked-banner').waitFor();
      expect(await page.getByTestId('revoke-api-key').count()).toBe(0); // revoked once and for all

      const refused = await server.gql(REPORT, {}, secret);
      expect(refused.data ?? null).toBeNull();
      expect(refused.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');

      // The list, freshly loaded: the revoked key and the other one, still active (only that one can be revoked).
      await page.goto(`${server.base}/apiKeys`);
      const rows = page.locator('table tbody tr');
      await poll(() => rows.count()).toBe(2);
      await poll(() => rows.filter({ hasText: 'Cổng báo cáo tỉnh Bến Tre' }).getByTestId('api-key-status').getAttribute('data-status')).toBe('revoked');
      expect(await rows.filter({ hasText: 'CSDL quốc gia về dân cư' }).getByTestId('api-key-status').getAttribute('data-status')).toBe('active');
      expect(await rows.getByTestId('revoke-api-key').count()).toBe(1);
      await page.waitForLoadState('networkidle');
      await screenshot(page, 'admin-api-keys');

      // The status filter: revoked keys only.
      await page.getByRole('combobox', { name: 'Trạng thái' }).click();
      await page.getByRole('option', { name: 'Đã thu hồi' }).click();
      await poll(() => rows.count()).toBe(1);
      expect(await rows.first().innerText()).toContain('Cổng báo cáo tỉnh Bến Tre');
    } finally {
      await browser.context.clearPermissions();
      await page.close();
    }
  });
});
