import 'reflect-metadata';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AddressInfo } from 'node:net';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import { loadConfig } from '../../server/src/config.js';
import { createApp, type App } from '../../server/src/app.js';
import { seedDemoIfEmpty } from '../../server/src/sim/demo.js';
import { graphql } from '../gql/index.js';
import type { Doc } from '../helpers/gql.js';

export const REPO_ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '../..');
export const ADMIN_DIST = join(REPO_ROOT, 'admin', 'dist');
export const ARTIFACTS = join(REPO_ROOT, 'test-artifacts');
export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

/** Outside CI a machine without Chromium skips the browser tests (loudly); in CI that is a failure. */
export function browserSkipReason(): string | null {
  if (existsSync(CHROMIUM) || process.env.CI) return null;
  return `Chromium not found at ${CHROMIUM}: the browser tests are SKIPPED (install it with "apt-get install -y chromium"; in CI they fail instead).`;
}

export function requireAdminDist(): void {
  if (!existsSync(join(ADMIN_DIST, 'index.html'))) {
    throw new Error(`The dashboard is not built: ${join(ADMIN_DIST, 'index.html')} is missing. Run "npm run build:admin" first (npm test does it for you).`);
  }
}

export interface DemoServer {
  app: App;
  base: string;
  dataDir: string;
  passwords: Record<string, string>;
  gql<T = any>(query: Doc, variables?: Record<string, unknown>, token?: string | null): Promise<{ data?: T; errors?: { message: string; extensions?: { code?: string } }[] }>;
  /** A bearer token for a demo account, through the `login` mutation (cached). */
  token(username: string): Promise<string>;
  /** A query as a demo account: its data, the test failing on any error. */
  as<T = any>(username: string, query: Doc, variables?: Record<string, unknown>): Promise<T>;
  close(): Promise<void>;
}

/** The real server in-process on a temp SQLite file, with the demo accounts and campaign, serving admin/dist. */
export async function startDemoServer(forms = 120): Promise<DemoServer> {
  const dataDir = mkdtempSync(join(tmpdir(), 'dualkey-browser-'));
  let app: App | undefined;
  let passwords: Record<string, string>;
  try {
    const config = loadConfig({
      DATA_DIR: dataDir,
      DATABASE_URL: `sqlite:${join(dataDir, 'b.sqlite')}`,
      ADMIN_DIST,
      DEMO_FORMS: String(forms),
      LOG_LEVEL: 'warn',
    } as NodeJS.ProcessEnv);
    app = await createApp(config);
    const accounts = await seedDemoIfEmpty(app, { forms });
    if (!accounts) throw new Error('seedDemoIfEmpty returned no accounts on a fresh database');
    passwords = Object.fromEntries(accounts.users.map((u) => [u.username, u.password]));
    await new Promise<void>((r) => app!.http.listen(0, '127.0.0.1', r));
  } catch (e) {
    await app?.close().catch(() => undefined);
    rmSync(dataDir, { recursive: true, force: true });
    throw e;
  }
  const running = app;
  const base = `http://127.0.0.1:${(running.http.address() as AddressInfo).port}`;
  const tokens = new Map<string, string>();
  const gql: DemoServer['gql'] = async (query, variables, token) => {
    const res = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query: String(query), variables }),
    });
    return (await res.json()) as never;
  };
  const token: DemoServer['token'] = async (username) => {
    const cached = tokens.get(username);
    if (cached) return cached;
    const r = await gql<{ login: { token: string } }>(graphql(`mutation Login($u:String!,$p:String!){ login(username:$u,password:$p){ token } }`), { u: username, p: passwords[username] });
    if (!r.data) throw new Error(`login of ${username} failed: ${JSON.stringify(r.errors)}`);
    tokens.set(username, r.data.login.token);
    return r.data.login.token;
  };
  return {
    app: running,
    base,
    dataDir,
    passwords,
    gql,
    token,
    async as(username, query, variables = {}) {
      const r = await gql(query, variables, await token(username));
      expect(r.errors).toBeUndefined();
      return r.data!;
    },
    async close() {
      await running.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export interface Browser {
  context: BrowserContext;
  close(): Promise<void>;
}

export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM} (required in CI): apt-get install -y chromium`);
  const profile = mkdtempSync(join(tmpdir(), 'dualkey-chromium-'));
  try {
    const context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      viewport: { width: 1440, height: 900 },
      locale: 'vi-VN',
      timezoneId: 'Asia/Ho_Chi_Minh',
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    context.setDefaultTimeout(10_000);
    return {
      context,
      async close() {
        await context.close().catch(() => undefined);
        rmSync(profile, { recursive: true, force: true });
      },
    };
  } catch (e) {
    rmSync(profile, { recursive: true, force: true });
    throw e;
  }
}

/** Signs in through the login page (after dropping any previous session) and waits for the dashboard. */
export async function loginThroughPage(page: Page, base: string, username: string, password: string, opts: { screenshot?: string } = {}): Promise<void> {
  await page.goto(`${base}/login`);
  await page.evaluate(() => localStorage.clear());
  await page.goto(`${base}/login`);
  const user = page.locator('input[name="username"]');
  await user.waitFor();
  if (opts.screenshot) await screenshot(page, opts.screenshot);
  await user.fill(username);
  await page.locator('input[name="password"]').fill(password);
  await page.locator('input[name="password"]').press('Enter');
  await page.waitForURL((u) => !u.pathname.startsWith('/login'));
  // Signed in: the layout's menu is on screen.
  await page.locator('.RaLayout-appFrame').waitFor();
}

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(ARTIFACTS, { recursive: true });
  const path = join(ARTIFACTS, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}

/**
 * A demo server of `forms` forms and Chromium for the describe block it is called in: started
 * together before its tests (whichever starts is closed even if the other fails), closed after.
 */
export function demoWithBrowser(forms: number): { server: () => DemoServer; browser: () => Browser } {
  let server: DemoServer | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    requireAdminDist();
    const results = await Promise.allSettled([startDemoServer(forms).then((s) => (server = s)), launchBrowser().then((b) => (browser = b))]);
    for (const r of results) if (r.status === 'rejected') throw r.reason;
  }, 90_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  return { server: () => server!, browser: () => browser! };
}
