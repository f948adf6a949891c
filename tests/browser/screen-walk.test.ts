/**
 * Every screen, in both languages, at 1280 px: signs in as each role, opens every screen its menu
 * and pages lead to (lists, a record of each, edit and create pages, custom routes such as
 * /review and /reports with their tabs) and fails on text a reader should never see: a raw
 * message key ("resources.forms.fields.x", "dk.errors.y"), a "||||" plural that was not picked,
 * or a page wider than the window. Screens are discovered, not listed, so new ones are walked too.
 * Needs admin/dist (npm run build:admin) and Chromium.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { browserSkipReason, launchBrowser, loginThroughPage, requireAdminDist, screenshot, startDemoServer, type Browser, type DemoServer } from './helpers.js';
import { graphql } from '../gql/index.js';

const CLAIM = graphql(`mutation WalkClaimTask { claimNextTask { id form { formNumber } batch { code } } }`);
const RELEASE = graphql(`mutation WalkReleaseTask($id: ID!) { releaseTask(id: $id) { id } }`);

const skip = browserSkipReason();
if (skip) console.warn(`\n*** ${skip}\n`);

const WIDTH = 1280;
/** A message key left untranslated: react-admin's, the resources', ours. */
const RAW_KEY = /\b(?:ra|resources|dk|dualkey)\.[a-zA-Z_]+\.[a-zA-Z_.-]+/g;
/** Screens that exist for everyone without a link on every page (the account menu is closed). */
const ALSO = ['/change-password'];
/** Paths outside the single-page app. */
const NOT_SCREENS = /^\/(?:graphql|scans|metrics|healthz|readyz|assets)\b/;
/** A bound, so that a link explosion fails loudly instead of running for an hour. */
const MAX_SCREENS = 80;

const LANGS = [
  { code: 'vi', menu: 'Tiếng Việt' },
  { code: 'en', menu: 'English' },
] as const;

/** One screen per kind: ids become :id, the reports' tab is kept (each tab is its own screen). */
export function screenShape(href: string, base: string): string | null {
  const u = new URL(href, base);
  if (u.origin !== new URL(base).origin || NOT_SCREENS.test(u.pathname) || u.pathname === '/login') return null;
  const tab = u.searchParams.get('tab');
  return u.pathname.replace(/\/\d+(?=\/|$)/g, '/:id') + (tab ? `?tab=${tab}` : '');
}

/** What is wrong with the page as shown: raw keys, "||||", horizontal overflow. */
async function problemsOf(page: Page): Promise<string[]> {
  return page.evaluate((rawKey) => {
    const found: string[] = [];
    const raw = new RegExp(rawKey, 'g');
    const texts = [document.title, document.body.innerText];
    // Words the reader meets without them being in the text: tooltips, labels, placeholders.
    for (const el of Array.from(document.querySelectorAll('[title], [aria-label], [placeholder]'))) {
      for (const a of ['title', 'aria-label', 'placeholder']) {
        const v = el.getAttribute(a);
        if (v) texts.push(v);
      }
    }
    for (const t of texts) {
      for (const m of t.matchAll(raw)) found.push(`raw message key "${m[0]}"`);
      const at = t.indexOf('||||');
      if (at >= 0) found.push(`untranslated plural "${t.slice(Math.max(0, at - 40), at + 44).replace(/\s+/g, ' ')}"`);
    }
    const wide = document.documentElement.scrollWidth;
    if (wide > window.innerWidth) {
      // Name the widest culprit: the deepest element that sticks out of the window.
      let culprit = '';
      for (const el of Array.from(document.querySelectorAll('body *'))) {
        const r = el.getBoundingClientRect();
        if (r.right > window.innerWidth + 1 && r.width > 0) culprit = `${el.tagName.toLowerCase()}.${String((el as HTMLElement).className).split(' ').slice(0, 2).join('.')}`;
      }
      found.push(`horizontal overflow: ${wide} px wide in a ${window.innerWidth} px window (${culprit})`);
    }
    return [...new Set(found)];
  }, RAW_KEY.source);
}

/** Until the screen has drawn its data: no request for a moment, no loader of react-admin's. */
async function settle(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle', { timeout: 8_000 }).catch(() => undefined);
  await page
    .waitForFunction(() => !document.querySelector('.RaLoading-root, .RaLoadingIndicator-loader, [role="progressbar"].MuiCircularProgress-root'), undefined, { timeout: 5_000 })
    .catch(() => undefined);
  await page.waitForTimeout(150);
}

async function setLanguage(page: Page, name: string) {
  const button = page.locator('header button[aria-controls="simple-menu"]').first();
  if ((await button.innerText()).includes(name)) return;
  await button.click();
  await page.getByRole('menuitem', { name }).click();
  await page.waitForFunction((n) => document.querySelector('header button[aria-controls="simple-menu"]')?.textContent?.includes(n), name);
}

/** Walks every screen the signed-in user can reach; returns the problems found, by screen. */
async function walk(page: Page, base: string, label: string): Promise<{ visited: string[]; problems: string[] }> {
  const seen = new Set<string>();
  const queue: string[] = [];
  const push = (href: string) => {
    const shape = screenShape(href, base);
    if (shape === null || seen.has(shape)) return;
    seen.add(shape);
    const u = new URL(href, base);
    queue.push(u.pathname + u.search);
  };
  push('/');
  for (const p of ALSO) push(p);
  const problems: string[] = [];
  const visited: string[] = [];
  while (queue.length) {
    if (visited.length >= MAX_SCREENS) throw new Error(`more than ${MAX_SCREENS} screens for ${label}: ${visited.join(' ')}`);
    const path = queue.shift()!;
    await page.goto(`${base}${path}`);
    if (new URL(page.url()).pathname === '/login') throw new Error(`${label}: signed out on ${path}`);
    await settle(page);
    visited.push(path);
    const here = await problemsOf(page);
    if (here.length) {
      const shot = `walk-problem-${label.replace(/\W+/g, '-')}-${visited.length}`;
      await screenshot(page, shot);
      for (const p of here) problems.push(`${label} ${path}: ${p} (test-artifacts/${shot}.png)`);
    }
    for (const href of await page.locator('a[href]').evaluateAll((as) => as.filter((a) => !a.hasAttribute('download') && a.getAttribute('target') !== '_blank').map((a) => a.getAttribute('href')!))) push(href);
    // A list's rows open their record by a click, not a link: open the first one.
    const row = page.locator('.RaDatagrid-clickableRow').first();
    if ((await row.count()) > 0) {
      const from = page.url();
      // In the padding of the first cell: links and buttons in the row do other things.
      await row.locator('td').first().click({ position: { x: 3, y: 3 } });
      await page.waitForURL((u) => u.href !== from, { timeout: 5_000 }).catch(() => undefined);
      if (page.url() !== from) push(page.url());
    }
  }
  return { visited, problems };
}

describe.skipIf(skip !== null)('every screen in both languages at 1280 px', () => {
  let server: DemoServer;
  let browser: Browser;

  beforeAll(async () => {
    requireAdminDist();
    const results = await Promise.allSettled([startDemoServer(40).then((s) => (server = s)), launchBrowser().then((b) => (browser = b))]);
    for (const r of results) if (r.status === 'rejected') throw r.reason;
  }, 90_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('the checks catch what they look for', async () => {
    const page = await browser.context.newPage();
    try {
      await page.setViewportSize({ width: WIDTH, height: 900 });
      await page.goto(`${server.base}/login`);
      await page.locator('input[name="username"]').waitFor();
      expect(await problemsOf(page)).toEqual([]);
      await page.evaluate(() => {
        const p = document.createElement('p');
        p.textContent = 'resources.forms.fields.status · Form |||| Forms';
        p.style.width = '1500px';
        document.body.append(p);
      });
      const found = await problemsOf(page);
      expect(found).toEqual(expect.arrayContaining([expect.stringContaining('raw message key "resources.forms.fields.status"'), expect.stringContaining('untranslated plural'), expect.stringContaining('horizontal overflow')]));
      expect(screenShape('/forms/12/show', server.base)).toBe('/forms/:id/show');
      expect(screenShape('/reports?tab=keyers&from=2026-01-01', server.base)).toBe('/reports?tab=keyers');
      expect(screenShape('/scans/a/b.svg', server.base)).toBeNull();
    } finally {
      await page.close();
    }
  });

  it('reloading /review does not leave the menu collapsed on the other screens', async () => {
    const page = await browser.context.newPage();
    const menu = async () => ((await page.locator('.RaMenu-open').count()) > 0 ? 'open' : (await page.locator('.RaMenu-closed').count()) > 0 ? 'closed' : 'none');
    const poll = <T>(fn: () => Promise<T>) => expect.poll(fn, { timeout: 15_000, interval: 50 });
    try {
      await page.setViewportSize({ width: WIDTH, height: 900 });
      await loginThroughPage(page, server.base, 'reviewer', server.passwords.reviewer);
      await page.goto(`${server.base}/forms`);
      await poll(menu).toBe('open');
      // The review screen takes the width…
      await page.goto(`${server.base}/review`);
      await poll(menu).toBe('closed');
      // …also after a reload on it; leaving through the menu gives it back.
      await page.reload();
      await poll(menu).toBe('closed');
      await page.locator('.RaMenu-closed a[href="/forms"]').click();
      await page.waitForURL((u) => u.pathname === '/forms');
      await poll(menu).toBe('open');
      // Leaving by a new page load (another tab, a bookmark) after a reload on /review: open too.
      await page.goto(`${server.base}/review`);
      await poll(menu).toBe('closed');
      await page.reload();
      await poll(menu).toBe('closed');
      await page.goto(`${server.base}/correctionTasks`);
      await poll(menu).toBe('open');
      await page.goto(`${server.base}/forms`);
      await poll(menu).toBe('open');
    } finally {
      await page.close();
    }
  });

  it('the audit log reads as sentences, the task named by its form and linked, in both languages', async () => {
    const token = await server.token('reviewer2');
    const claimed = await server.gql<{ claimNextTask: { id: string; form: { formNumber: string }; batch: { code: string } } }>(CLAIM, {}, token);
    expect(claimed.errors).toBeUndefined();
    const task = claimed.data!.claimNextTask;
    expect((await server.gql(RELEASE, { id: task.id }, token)).errors).toBeUndefined();
    const page = await browser.context.newPage();
    try {
      await page.setViewportSize({ width: WIDTH, height: 900 });
      await loginThroughPage(page, server.base, 'admin', server.passwords.admin);
      for (const [lang, said] of [
        ['Tiếng Việt', `reviewer2 trả nhiệm vụ duyệt phiếu ${task.form.formNumber} · ${task.batch.code} về hàng đợi`],
        ['English', `reviewer2 put the review task of form ${task.form.formNumber} · ${task.batch.code} back in the queue`],
      ] as const) {
        await page.goto(`${server.base}/`);
        await setLanguage(page, lang);
        await page.goto(`${server.base}/auditEvents`);
        const sentence = page.getByTestId('audit-sentence').filter({ hasText: said });
        await expect.poll(() => sentence.count(), { timeout: 15_000 }).toBe(1);
        expect(await sentence.locator('a').getAttribute('href')).toBe(`/correctionTasks/${task.id}/show`);
        // No action codes, no JSON, no "#<database id>" standing in for a form number (once the
        // page's names have loaded: they come in one request per kind after the rows).
        const raw = async () => (await page.locator('table').innerText()).match(/\b(task|form|batch|keyings)\.[a-z]+\b|\{"|#\d+/)?.[0] ?? null;
        await expect.poll(raw, { timeout: 15_000 }).toBeNull();
        await screenshot(page, `audit-log-${lang === 'English' ? 'en' : 'vi'}`);
      }
    } finally {
      await page.close();
    }
  });

  // Administrators see the most screens; managers, reviewers and consumers see theirs differently.
  for (const role of ['admin', 'manager', 'reviewer', 'consumer'] as const) {
    it(`as ${role}`, async () => {
      const page = await browser.context.newPage();
      const report: string[] = [];
      try {
        await page.setViewportSize({ width: WIDTH, height: 900 });
        await loginThroughPage(page, server.base, role, server.passwords[role]);
        for (const lang of LANGS) {
          await page.goto(`${server.base}/`);
          await setLanguage(page, lang.menu);
          const { visited, problems } = await walk(page, server.base, `${role}/${lang.code}`);
          report.push(...problems);
          console.log(`screen walk ${role}/${lang.code}: ${visited.length} screens: ${visited.join(' ')}`);
          // A walk that found next to nothing proves nothing: every role has a few screens.
          expect(visited.length).toBeGreaterThanOrEqual(role === 'consumer' ? 3 : 8);
        }
      } finally {
        await page.close();
      }
      expect(report).toEqual([]);
    }, 600_000);
  }
});
