/**
 * Account management in a real browser against the real server (in-process, temp SQLite, demo
 * data): an administrator creates a team and a reviewer in it, resets the reviewer's password and
 * reads the one-time password from its dialog; the reviewer signing in with it can do nothing but
 * choose a new one; a CSV import with a bad row; a disabled account's session is refused at once.
 * Needs admin/dist (npm run build:admin) and Chromium.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { browserSkipReason, launchBrowser, loginThroughPage, requireAdminDist, screenshot, startDemoServer, type Browser, type DemoServer } from './helpers.js';
import { graphql } from '../gql/index.js';
import { ageOneTimePassword } from '../helpers/fixtures.js';

const skip = browserSkipReason();
if (skip) console.warn(`\n*** ${skip}\n`);

/** expect.poll with room for a busy machine (the whole suite runs in parallel on 2 cores). */
const poll = <T>(fn: () => Promise<T> | T) => expect.poll(fn, { timeout: 15_000, interval: 50 });

const TOKEN_KEY = 'dualkey.token';
const ME = graphql(`query AccountsMe2 { me { id username mustChangePassword team { code } } }`);

/** A MUI select (react-admin SelectInput) by its label, then one of its options. */
async function pick(page: Page, label: string, option: string | RegExp) {
  await page.getByRole('combobox', { name: label }).click();
  await page.getByRole('option', { name: option }).click();
}

async function signOut(page: Page) {
  await page.getByRole('button', { name: 'Tài khoản', exact: true }).click();
  await page.getByRole('menuitem', { name: 'Đăng xuất' }).click();
  await page.waitForURL((u) => u.pathname === '/login');
}

describe.skipIf(skip !== null)('account management in Chromium', () => {
  let server: DemoServer;
  let browser: Browser;

  beforeAll(async () => {
    requireAdminDist();
    const results = await Promise.allSettled([startDemoServer(24).then((s) => (server = s)), launchBrowser().then((b) => (browser = b))]);
    for (const r of results) if (r.status === 'rejected') throw r.reason;
  }, 90_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('an admin creates a team and a reviewer in it and resets their password; the reviewer must choose a new one first', async () => {
    const page = await browser.context.newPage();
    const username = 'duyet.bt01';
    const newPassword = 'Sông Hàm Luông chảy qua 9 cây dừa xiêm';
    try {
      await loginThroughPage(page, server.base, 'admin', server.passwords.admin);

      // A team for one province.
      await page.locator('a[href="/teams"]').first().click();
      await page.locator('a[href="/teams/create"]').click();
      await page.locator('input[name="code"]').fill('BT-01');
      await page.locator('input[name="name"]').fill('Nhóm duyệt Bến Tre');
      await pick(page, 'Tỉnh/thành phố', '083 · Bến Tre');
      await page.locator('button[type="submit"]').click();
      await page.waitForURL((u) => u.pathname === '/teams');
      await poll(() => page.locator('table tbody').innerText()).toContain('083 · Bến Tre');

      // A reviewer in it. A password with the username in it comes back refused, its reason under the input.
      await page.goto(`${server.base}/users/create`);
      await page.locator('input[name="username"]').fill(username);
      await page.locator('input[name="displayName"]').fill('Nguyễn Thị Bích Trâm');
      await page.locator('input[name="password"]').fill(`${username}-Xq7#vLp2!`);
      await pick(page, 'Nhóm', 'BT-01 · Nhóm duyệt Bến Tre');
      await page.locator('button[type="submit"]').click();
      const passwordHelp = page.locator('.MuiFormControl-root', { has: page.locator('input[name="password"]') }).locator('.MuiFormHelperText-root');
      await poll(() => passwordHelp.innerText()).toBe('Không được chứa tên đăng nhập');
      expect(page.url()).toContain('/users/create');
      await page.locator('input[name="password"]').fill('Kq7#vLp2!xRm9@wZ-tre');
      await page.locator('button[type="submit"]').click();
      await page.waitForURL((u) => /^\/users\/\d+\/show$/.test(u.pathname));
      await poll(() => page.getByTestId('user-team').innerText()).toContain('BT-01');
      const userId = new URL(page.url()).pathname.split('/')[2];

      // Reset: confirm, then the one-time password, once, with its warning.
      await page.getByTestId('user-reset-password').click();
      await page.locator('[data-testid="user-reset-dialog"] .ra-confirm').click();
      await page.getByTestId('one-time-password-dialog').waitFor();
      const oneTime = await page.getByTestId('one-time-password').inputValue();
      expect(oneTime.length).toBeGreaterThanOrEqual(12);
      expect(await page.getByTestId('one-time-password-warning').innerText()).toContain('chỉ hiển thị một lần');
      // Until when it works, in the reader's language and time.
      expect(await page.getByTestId('one-time-password-expires').innerText()).toMatch(/dùng được đến .*\d/);
      await page.getByTestId('one-time-password-close').click();
      await page.getByTestId('one-time-password-dialog').waitFor({ state: 'detached' });
      expect(await page.locator('body').innerText()).not.toContain(oneTime);
      await poll(() => page.getByTestId('user-status').innerText()).toContain('Chờ đổi mật khẩu');
      const user = await server.gql<{ user: { team: { code: string } | null; mustChangePassword: boolean } }>(
        graphql(`query AccountsUser($id: ID!) { user(id: $id) { mustChangePassword team { code } } }`),
        { id: userId },
        await server.token('admin'),
      );
      expect(user.data!.user).toEqual({ mustChangePassword: true, team: { code: 'BT-01' } });

      // Signing out revokes the token on the server, not only in this browser.
      const adminToken = await page.evaluate((k) => localStorage.getItem(k), TOKEN_KEY);
      expect((await server.gql(ME, {}, adminToken)).errors).toBeUndefined();
      await signOut(page);
      expect((await server.gql(ME, {}, adminToken)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');

      // The reviewer with the one-time password: straight to the change-password page, nothing else.
      await page.locator('input[name="username"]').fill(username);
      await page.locator('input[name="password"]').fill(oneTime);
      await page.locator('input[name="password"]').press('Enter');
      await page.waitForURL((u) => u.pathname === '/change-password');
      const card = page.getByTestId('change-password-page');
      expect(await card.getAttribute('data-forced')).toBe('true');
      await page.goto(`${server.base}/correctionTasks`);
      await page.waitForURL((u) => u.pathname === '/change-password');
      expect(await page.locator('.RaLayout-appFrame').count()).toBe(0);

      // A wrong current password is said in the form and keeps the session.
      await page.getByTestId('password-oldPassword').fill('not-the-one-time-password');
      await page.getByTestId('password-newPassword').fill(newPassword);
      await page.getByTestId('password-repeat').fill(newPassword);
      await page.getByTestId('change-password-submit').click();
      await poll(() => card.innerText()).toContain('Mật khẩu hiện tại không đúng');
      expect(page.url()).toContain('/change-password');
      expect(await page.evaluate((k) => localStorage.getItem(k), TOKEN_KEY)).toBeTruthy();

      await page.getByTestId('password-oldPassword').fill(oneTime);
      await page.getByTestId('change-password-submit').click();
      await page.waitForURL((u) => u.pathname === '/');
      await page.locator('.RaLayout-appFrame').waitFor();
      await page.getByTestId('menu-review').waitFor();
      const token = await page.evaluate((k) => localStorage.getItem(k), TOKEN_KEY);
      const me = await server.gql<{ me: { username: string; mustChangePassword: boolean; team: { code: string } } }>(ME, {}, token);
      expect(me.data!.me).toMatchObject({ username, mustChangePassword: false, team: { code: 'BT-01' } });
      // The new password signs in.
      const again = await server.gql(graphql(`mutation AccountsLogin2($u: String!, $p: String!) { login(username: $u, password: $p) { mustChangePassword } }`), { u: username, p: newPassword });
      expect(again.data).toEqual({ login: { mustChangePassword: false } });
      await screenshot(page, 'accounts-after-forced-change');
    } finally {
      await page.close();
    }
  });

  it('an admin imports a CSV: the bad row by its line, one-time passwords once, downloadable', async () => {
    const page = await browser.context.newPage();
    try {
      await loginThroughPage(page, server.base, 'admin', server.passwords.admin);
      await page.locator('a[href="/users"]').first().click();
      await page.waitForURL((u) => u.pathname === '/users');
      await page.getByTestId('import-users').click();
      const csv = [
        'username,displayName,role,keyerCode',
        'nhap.bt01,Trần Văn Nhập,KEYER,BT0101',
        'sep.bt01,Lê Thị Sếp,BOSS,',
        'admin,Quản trị viên,ADMIN,',
        'duyet.bt02,Phạm Minh Duyệt,REVIEWER,',
      ].join('\n');
      await page.getByTestId('import-users-file').setInputFiles({ name: 'ben-tre.csv', mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf8') });
      await poll(() => page.getByTestId('import-users-chosen').innerText()).toContain('ben-tre.csv');
      await page.getByTestId('import-users-send').click();
      await page.getByTestId('import-users-result').waitFor();

      expect(await page.getByTestId('import-created').getAttribute('data-count')).toBe('2');
      expect(await page.getByTestId('import-skipped').getAttribute('data-count')).toBe('1');
      expect(await page.getByTestId('import-failed').getAttribute('data-count')).toBe('1');
      const problem = page.getByTestId('import-problem');
      expect(await problem.count()).toBe(1);
      expect(await problem.getAttribute('data-line')).toBe('3');
      expect(await problem.getAttribute('data-field')).toBe('role');
      expect(await page.getByTestId('import-skipped-list').innerText()).toContain('admin');
      expect(await page.getByTestId('import-once-warning').innerText()).toContain('chỉ hiển thị một lần');
      expect(await page.getByTestId('import-otp-expires').innerText()).toMatch(/dùng được đến .*\d/);

      const rows = page.getByTestId('import-account');
      await poll(() => rows.count()).toBe(2);
      const otp = await rows.filter({ hasText: 'nhap.bt01' }).getByTestId('import-otp').innerText();
      expect(otp.length).toBeGreaterThanOrEqual(12);
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('import-download').click()]);
      const file = await download.path();
      const { readFileSync } = await import('node:fs');
      const text = readFileSync(file, 'utf8');
      expect(text).toContain('username,displayName,role,keyerCode,oneTimePassword');
      expect(text).toContain(`nhap.bt01,Trần Văn Nhập,KEYER,BT0101,${otp}`);
      // Nothing of it is kept by the browser.
      const stored = await page.evaluate(() => Object.values(localStorage).join('\n'));
      expect(stored).not.toContain(otp);
      await screenshot(page, 'accounts-import');

      await page.getByTestId('import-users-close').click();
      await page.getByTestId('import-users-dialog').waitFor({ state: 'detached' });
      const login = await server.gql(graphql(`mutation AccountsLogin2($u: String!, $p: String!) { login(username: $u, password: $p) { mustChangePassword } }`), { u: 'nhap.bt01', p: otp });
      expect(login.data).toEqual({ login: { mustChangePassword: true } });

      // A week later the other one was never used: its account says so, for the admin to reset it.
      const id = await ageOneTimePassword(server.app.orm.em.fork(), 'duyet.bt02', 7 * 24 * 3600 + 60);
      await page.goto(`${server.base}/users/${id}/show`);
      await poll(() => page.getByTestId('user-status').innerText()).toContain('Mật khẩu một lần đã hết hạn');
    } finally {
      await page.close();
    }
  });

  it("disabling an account refuses its open session at once", async () => {
    const token = await server.token('reviewer2');
    const me = await server.gql<{ me: { id: string } }>(ME, {}, token);
    expect(me.errors).toBeUndefined();
    const page = await browser.context.newPage();
    try {
      await loginThroughPage(page, server.base, 'admin', server.passwords.admin);
      await page.goto(`${server.base}/users/${me.data!.me.id}/show`);
      const status = page.getByTestId('user-status');
      await poll(() => status.getAttribute('data-status')).toBe('active');
      await page.getByTestId('user-disable').click();
      await page.locator('[data-testid="user-active-dialog"] .ra-confirm').click();
      await poll(() => status.getAttribute('data-status')).toBe('disabled');
      const refused = await server.gql(ME, {}, token);
      expect(refused.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
      await page.getByTestId('user-enable').waitFor();
    } finally {
      await page.close();
    }
  });
});
