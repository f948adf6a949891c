/**
 * A failed load in a real browser: the dashboard runs behind a reverse proxy whose backend for
 * /graphql is stopped (connection refused, so the proxy answers a plain-text 503, as nginx or a
 * load balancer would). Lists, detail pages and the dashboard must say that the load failed, why
 * (the server is temporarily unavailable, in the reader's language), and offer a retry that works
 * once the server is back: never an empty list, a page count or "no keyer above the limit".
 * Screenshots go to test-artifacts/. Needs admin/dist (npm run build:admin) and Chromium.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { browserSkipReason, launchBrowser, loginThroughPage, requireAdminDist, screenshot, startDemoServer, type Browser, type DemoServer } from './helpers.js';
import { startProxy, type Proxy } from './proxy.js';

const skip = browserSkipReason();
if (skip) console.warn(`\n*** ${skip}\n`);

const poll = <T>(fn: () => Promise<T> | T) => expect.poll(fn, { timeout: 15_000, interval: 50 });

/** Through the language menu of the app bar (or of the login page). */
async function setLanguage(page: Page, name: 'English' | 'Tiếng Việt') {
  await page.locator('button[aria-controls="simple-menu"]').first().click();
  await page.getByRole('menuitem', { name }).click();
}

const TEXT = {
  vi: { failed: 'Không tải được dữ liệu', unavailable: 'Máy chủ tạm thời không phản hồi', retry: 'Thử lại', empty: /Không tìm thấy|Chưa có dữ liệu/, range: /\d+–\d+ trên \d+/, ooc: 'Không có người nhập nào vượt giới hạn kiểm soát' },
  en: { failed: 'Could not load the data', unavailable: 'The server is temporarily unavailable', retry: 'Try again', empty: /No .* found|No .* yet/, range: /\d+-\d+ of \d+|\d+–\d+ of \d+/, ooc: 'No keyer is above the upper control limit' },
};

describe.skipIf(skip !== null)('failed loads in Chromium', () => {
  let server: DemoServer;
  let proxy: Proxy;
  let browser: Browser;

  beforeAll(async () => {
    requireAdminDist();
    const results = await Promise.allSettled([startDemoServer(24).then((s) => (server = s)), launchBrowser().then((b) => (browser = b))]);
    for (const r of results) if (r.status === 'rejected') throw r.reason;
    proxy = await startProxy(server.base);
  }, 90_000);

  afterAll(async () => {
    await browser?.close();
    await proxy?.close();
    await server?.close();
  });

  /** What a failed page must show, and must not. */
  async function expectFailed(page: Page, lang: 'vi' | 'en', testId = 'load-failed') {
    const t = TEXT[lang];
    const alert = page.getByTestId(testId);
    await alert.waitFor();
    await poll(() => alert.innerText()).toContain(t.failed);
    expect(await alert.innerText()).toContain(t.unavailable);
    expect(await page.getByTestId(`${testId}-retry`).innerText()).toMatch(new RegExp(t.retry, 'i'));
    const body = await page.locator('body').innerText();
    expect(body).not.toMatch(t.empty);
    expect(body).not.toMatch(t.range);
    expect(body).not.toMatch(/ra\.notification|dk\.errors|HTTP 503|internal error|refused|Máy chủ từ chối/i);
  }

  it('a list, a detail page and the dashboard say the load failed and why, in both languages, and retry once the server is back', async () => {
    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 1280, height: 900 });
    try {
      await loginThroughPage(page, proxy.base, 'manager', server.passwords.manager);
      await poll(() => page.getByTestId('stat-all-forms').innerText()).toMatch(/\d/);

      // The backend stops. The forms list, reached through the menu, says so (no empty table, no page count).
      proxy.stopBackend(true);
      await page.locator('[class*="RaMenu"] a[href="/forms"]').click();
      await page.waitForURL((u) => u.pathname === '/forms');
      await expectFailed(page, 'vi');
      expect(await page.locator('.MuiTablePagination-root').count()).toBe(0);
      expect(proxy.refused()).toBeGreaterThan(0);
      await screenshot(page, 'failed-load-forms-vi');

      // A retry while the server is still down fails again, visibly.
      const before = proxy.refused();
      await page.getByTestId('load-failed-retry').click();
      await poll(() => proxy.refused()).toBeGreaterThan(before);
      await expectFailed(page, 'vi');

      // A detail page stays put (no "does not exist", no jump back to the list).
      await page.goto(`${proxy.base}/forms/1/show`);
      await expectFailed(page, 'vi');
      expect(new URL(page.url()).pathname).toBe('/forms/1/show');
      await screenshot(page, 'failed-load-form-show-vi');

      // The dashboard: one failure with a retry; figures "—", charts "not loaded", never "no keyer above the limit".
      await page.goto(`${proxy.base}/`);
      await expectFailed(page, 'vi', 'dashboard-load-failed');
      await poll(() => page.getByTestId('chart-not-loaded').count()).toBe(4);
      expect(await page.getByTestId('ooc-none').count()).toBe(0);
      expect(await page.locator('body').innerText()).not.toContain(TEXT.vi.ooc);
      expect(await page.getByTestId('stat-all-forms').innerText()).toBe('—');
      await screenshot(page, 'failed-load-dashboard-vi');

      // In English, the same in English.
      await setLanguage(page, 'English');
      await expectFailed(page, 'en', 'dashboard-load-failed');
      expect(await page.locator('body').innerText()).not.toContain(TEXT.en.ooc);
      await screenshot(page, 'failed-load-dashboard-en');
      await page.goto(`${proxy.base}/forms`);
      await expectFailed(page, 'en');
      await screenshot(page, 'failed-load-forms-en');

      // The server is back: the retry loads the list, with its page count.
      proxy.stopBackend(false);
      await page.getByTestId('load-failed-retry').click();
      await poll(() => page.locator('.RaDatagrid-row, tbody tr').count()).toBeGreaterThan(0);
      expect(await page.getByTestId('load-failed').count()).toBe(0);
      await poll(() => page.locator('.MuiTablePagination-root').innerText()).toMatch(TEXT.en.range);
      await screenshot(page, 'failed-load-forms-retried-en');

      // And the dashboard's retry brings its figures back.
      proxy.stopBackend(true);
      await page.goto(`${proxy.base}/`);
      await page.getByTestId('dashboard-load-failed').waitFor();
      proxy.stopBackend(false);
      await page.getByTestId('dashboard-load-failed-retry').click();
      await poll(() => page.getByTestId('stat-all-forms').innerText()).toMatch(/^\d/);
      await poll(() => page.getByTestId('dashboard-load-failed').count()).toBe(0);
      expect(await page.getByTestId('chart-not-loaded').count()).toBe(0);
    } finally {
      await page.close();
    }
  });

  it('the login page has a language switch', async () => {
    const page = await browser.context.newPage();
    try {
      await page.goto(`${proxy.base}/login`);
      await page.evaluate(() => localStorage.clear());
      await page.goto(`${proxy.base}/login`);
      await page.getByTestId('login-language').waitFor();
      await setLanguage(page, 'English');
      await poll(() => page.locator('button[type="submit"]').innerText()).toMatch(/sign in/i);
      await screenshot(page, 'login-en');
      await setLanguage(page, 'Tiếng Việt');
      await poll(() => page.locator('button[type="submit"]').innerText()).toMatch(/đăng nhập/i);
    } finally {
      await page.close();
    }
  });
});
