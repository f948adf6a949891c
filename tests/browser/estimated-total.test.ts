/**
 * A list whose total the server estimated (more than 10,000 rows on PostgreSQL: totalIsEstimate)
 * reads "of about N" under the table, in the reader's language; a counted total reads as a count.
 * The demo runs on SQLite, which always counts, so the browser's answer for the forms list is
 * turned into an estimate on its way in (the server side is tests/api/maintenance.test.ts).
 */
import { describe, expect, it } from 'vitest';
import { browserSkipReason, demoWithBrowser, loginThroughPage, screenshot } from './helpers.js';

const skip = browserSkipReason();
if (skip) console.warn(`\n*** ${skip}\n`);

const poll = <T>(fn: () => Promise<T> | T) => expect.poll(fn, { timeout: 15_000, interval: 50 });

describe.skipIf(skip !== null)('estimated list totals in Chromium', () => {
  const demo = demoWithBrowser(40);

  it('marks an estimated total as approximate and leaves a counted one as it is', async () => {
    const server = demo.server();
    const page = await demo.browser().context.newPage();
    await page.setViewportSize({ width: 1280, height: 900 });
    try {
      await page.route('**/graphql', async (route) => {
        const body = route.request().postDataJSON() as { query?: string } | null;
        if (!body?.query?.includes('query FormList')) return route.continue();
        const res = await route.fetch();
        const json = await res.json();
        if (json.data?.rows) Object.assign(json.data.rows, { total: 1234567, totalIsEstimate: true });
        await route.fulfill({ response: res, json });
      });
      await loginThroughPage(page, server.base, 'manager', server.passwords.manager);
      const pagination = page.locator('.MuiTablePagination-root');

      await page.goto(`${server.base}/forms`);
      await poll(() => pagination.first().innerText()).toMatch(/1–\d+ trên khoảng 1\.234\.567/);
      await screenshot(page, 'estimated-total-forms-vi');

      // Batches are counted (nothing rewritten): a plain "of N".
      await page.goto(`${server.base}/batches`);
      await poll(() => pagination.first().innerText()).toMatch(/\d+–\d+ trên \d+/);
      expect(await pagination.first().innerText()).not.toContain('khoảng');

      await page.locator('button[aria-controls="simple-menu"]').first().click();
      await page.getByRole('menuitem', { name: 'English' }).click();
      await page.goto(`${server.base}/forms`);
      await poll(() => pagination.first().innerText()).toMatch(/1–\d+ of about 1,234,567/);
    } finally {
      await page.close();
    }
  });
});
