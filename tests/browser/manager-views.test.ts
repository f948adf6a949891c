/**
 * A manager's screens in Chromium (demo campaign, temp SQLite): a discrepancy whose two masked
 * values read the same still shows where they differ (without the values), the reports draw a
 * chart on every tab and never widen the page past the window, and the dashboard shows what
 * still waits beside the error rates. Screenshots go to test-artifacts/.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { browserSkipReason, launchBrowser, loginThroughPage, requireAdminDist, screenshot, startDemoServer, type Browser, type DemoServer } from './helpers.js';
import { graphql } from '../gql/index.js';

const skip = browserSkipReason();
if (skip) console.warn(`\n*** ${skip}\n`);

const poll = <T>(fn: () => Promise<T> | T) => expect.poll(fn, { timeout: 15_000, interval: 50 });

const MASKED = graphql(`query ManagerViewsBrowserDiscrepancies {
  discrepancies(filter: { resolved: false }, perPage: 200) {
    items { id fieldKey value1 value2 form { id } maskedDifference { first { cells { change } } } }
  }
}`);
const CLEAR = graphql(`query ManagerViewsBrowserClear($id: ID!) { discrepancy(id: $id) { value1 value2 } }`);

const REPORT_TABS = ['keyers', 'fields', 'areas', 'reviewers', 'agreement'] as const;

/** How far the page is wider than the window (0: no horizontal scroll). */
const overflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

describe.skipIf(skip !== null)('manager views in Chromium', () => {
  let server: DemoServer;
  let browser: Browser;

  beforeAll(async () => {
    requireAdminDist();
    const results = await Promise.allSettled([startDemoServer(120).then((s) => (server = s)), launchBrowser().then((b) => (browser = b))]);
    for (const r of results) if (r.status === 'rejected') throw r.reason;
  }, 90_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('shows a manager where two identical masks differ, on the discrepancy and on its form', async () => {
    const r = await server.gql<{ discrepancies: { items: { id: string; fieldKey: string; value1: string | null; value2: string | null; form: { id: string }; maskedDifference: { first: { cells: { change: string }[] } } | null }[] } }>(
      MASKED,
      {},
      await server.token('manager'),
    );
    expect(r.errors).toBeUndefined();
    // The case of the issue: both masks read the same although the keyings differ.
    const same = r.data!.discrepancies.items.filter((d) => d.maskedDifference && d.value1 && d.value1 === d.value2);
    expect(same.length).toBeGreaterThan(0);
    const d = same.find((x) => /citizenId|phone/i.test(x.fieldKey)) ?? same[0];
    const clear = (await server.gql<{ discrepancy: { value1: string; value2: string } }>(CLEAR, { id: d.id }, await server.token('admin'))).data!.discrepancy;
    expect(clear.value1).not.toBe(clear.value2);

    const page = await browser.context.newPage();
    try {
      await loginThroughPage(page, server.base, 'manager', server.passwords.manager);
      await page.goto(`${server.base}/discrepancies/${d.id}/show`);
      const a = page.getByTestId('masked-diff-a');
      const b = page.getByTestId('masked-diff-b');
      await a.waitFor();
      // The masks are the same text, but the differing cells are marked on at least one side.
      expect(await a.innerText()).toContain(d.value1!.slice(0, 3));
      await poll(async () => (await a.locator('mark').count()) + (await b.locator('mark').count())).toBeGreaterThan(0);
      await page.getByTestId('masked-diff-summary').first().waitFor();
      const body = await page.locator('body').innerText();
      // Neither clear value is anywhere on the screen.
      expect(body).not.toContain(clear.value1);
      expect(body).not.toContain(clear.value2);
      await screenshot(page, 'manager-masked-discrepancy');

      await page.goto(`${server.base}/forms/${d.form.id}/show`);
      const row = page.getByTestId(`field-row-${d.fieldKey}`);
      await row.waitFor();
      expect(await row.getAttribute('data-discrepant')).toBe('true');
      await poll(() => row.locator('[data-testid^="masked-diff-"] mark').count()).toBeGreaterThan(0);
      await row.getByTestId('masked-diff-summary').waitFor();
      const formText = await page.locator('body').innerText();
      expect(formText).not.toContain(clear.value1);
      expect(formText).not.toContain(clear.value2);
      await screenshot(page, 'manager-masked-form');
    } finally {
      await page.close();
    }
  });

  it('draws a chart on every report tab and never overflows the window at 1280 px and up', async () => {
    const page = await browser.context.newPage();
    try {
      await loginThroughPage(page, server.base, 'manager', server.passwords.manager);
      for (const width of [1440, 1280]) {
        await page.setViewportSize({ width, height: 900 });
        for (const tab of REPORT_TABS) {
          for (const byDay of [false, true]) {
            await page.goto(`${server.base}/reports?tab=${tab}${byDay ? '&byDay=1' : ''}`);
            await poll(() => page.locator(`[data-testid="report-table-${tab}"] tbody tr`).count()).toBeGreaterThan(0);
            await page.getByTestId(`report-chart-${tab}`).waitFor();
            await poll(() => page.locator(`[data-testid="report-chart-${tab}"] .recharts-surface`).count()).toBeGreaterThan(0);
            // The menu is open, and the page still fits: the wide table scrolls inside its card.
            expect(await page.locator('.RaSidebar-docked, .RaSidebar-fixed').first().isVisible()).toBe(true);
            await poll(() => overflow(page)).toBeLessThanOrEqual(0);
            if (width === 1280) await screenshot(page, `manager-reports-${tab}${byDay ? '-by-day' : ''}-1280`);
          }
        }
      }
      // Reviewers by name and provinces by name, not "Reviewer ID 3" nor "079".
      await page.goto(`${server.base}/reports?tab=reviewers`);
      await poll(() => page.locator('[data-testid="report-table-reviewers"] tbody tr').count()).toBeGreaterThan(0);
      const firstReviewer = await page.locator('[data-testid="report-table-reviewers"] tbody tr td').first().innerText();
      expect(firstReviewer).toMatch(/\p{L}{2,}.*\(#\d+\)/u);
      await page.goto(`${server.base}/reports?tab=areas&level=PROVINCE`);
      await poll(() => page.locator('[data-testid="report-table-areas"] tbody tr').count()).toBeGreaterThan(0);
      expect(await page.locator('[data-testid="report-table-areas"] tbody tr td').first().innerText()).toMatch(/^\d{3} · \p{L}/u);
      // Fields still waiting are shown beside the error rate.
      await page.goto(`${server.base}/reports?tab=areas`);
      await poll(() => page.locator('[data-testid="report-table-areas"] tbody tr').count()).toBeGreaterThan(0);
      expect(await page.locator('[data-testid="report-table-areas"] thead').innerText()).toMatch(/Trường chờ duyệt/);
      await screenshot(page, 'manager-reports-areas-pending');
      // In English too (the choice react-admin keeps in its store), at 1280 px with the menu open.
      await page.evaluate(() => localStorage.setItem('RaStore.locale', JSON.stringify('en')));
      await page.goto(`${server.base}/reports?tab=keyers`);
      await poll(() => page.locator('[data-testid="report-table-keyers"] thead').innerText()).toMatch(/Fields awaiting review/);
      await page.getByTestId('report-chart-keyers').waitFor();
      await poll(() => overflow(page)).toBeLessThanOrEqual(0);
      await screenshot(page, 'manager-reports-keyers-en-1280');
      await page.evaluate(() => localStorage.setItem('RaStore.locale', JSON.stringify('vi')));
    } finally {
      await page.close();
    }
  });

  it('shows what still waits beside the week’s error rate, and the control-limit card whole', async () => {
    const page = await browser.context.newPage();
    try {
      await page.setViewportSize({ width: 1440, height: 900 });
      await loginThroughPage(page, server.base, 'manager', server.passwords.manager);
      await page.getByTestId('card-out-of-control').waitFor();
      await page.waitForLoadState('networkidle');
      // The demo leaves tasks open: their fields are shown as waiting.
      await poll(() => page.getByTestId('stat-error-rate-week-pending').innerText()).toMatch(/\d/);
      const card = page.getByTestId('card-out-of-control');
      await screenshot(page, 'manager-dashboard-pending');
      if (await card.locator('tbody tr').count()) {
        // Every column fits in the card (nothing cut), and the interval is there.
        const cut = await card.evaluate((el) => {
          const box = el.getBoundingClientRect();
          return Array.from(el.querySelectorAll('th')).some((th) => th.getBoundingClientRect().right > box.right + 1);
        });
        expect(cut).toBe(false);
        expect(await card.locator('[data-testid^="ooc-ci-"]').first().innerText()).toMatch(/\d.*–.*\d/);
      }
      await screenshot(page, 'manager-dashboard-pending');
    } finally {
      await page.close();
    }
  });
});
