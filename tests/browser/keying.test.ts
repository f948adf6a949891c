/**
 * The keying station end to end in a real browser against the real server (in-process, temp
 * SQLite, demo data): an admin uploads a batch's scans (one file corrupt: reported, the others
 * registered); two clerks key the same scanned forms blind, keyboard only, one field different
 * (one save answered 503 after it was stored: retried with the same key, stored once); the form
 * becomes a correction task, a reviewer resolves it and the batch is ready; the clerks see their
 * own figures. Needs admin/dist and Chromium.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { renderFormSvg } from '../../server/src/sim/scan-svg.js';
import { exec } from '../../server/src/services/sql.js';
import { CREATE_BATCH, person } from '../helpers/fixtures.js';
import { TEST_PASSWORD } from '../helpers/test-app.js';
import { browserSkipReason, launchBrowser, loginThroughPage, requireAdminDist, screenshot, startDemoServer, type Browser, type DemoServer } from './helpers.js';
import { graphql } from '../gql/index.js';

const skip = browserSkipReason();
if (skip) console.warn(`\n*** ${skip}\n`);

const poll = <T>(fn: () => Promise<T> | T) => expect.poll(fn, { timeout: 15_000, interval: 50 });

const TASK = graphql(`mutation KeyingBrowserClaimTask($b:ID){ claimNextTask(batchId:$b){ id form { formNumber } discrepancies { id fieldKey } } }`);
const RESOLVE = graphql(`mutation KeyingBrowserResolve($id:ID!,$r:[ResolutionInput!]!){ resolveTask(id:$id,resolutions:$r){ id status } }`);
const BATCH = graphql(`query KeyingBrowserBatch($id:ID!){ batch(id:$id){ status progress { forms autoVerified verified inReview } } }`);

describe.skipIf(skip !== null)('keying station in Chromium', () => {
  let server: DemoServer;
  let browser: Browser;
  let batch: { id: string; code: string };
  const truth = person();

  beforeAll(async () => {
    requireAdminDist();
    const results = await Promise.allSettled([startDemoServer(20).then((s) => (server = s)), launchBrowser().then((b) => (browser = b))]);
    for (const r of results) if (r.status === 'rejected') throw r.reason;
    const em = server.app.orm.em.fork();
    for (const [username, code] of [['clerk-a', 'KB01'], ['clerk-b', 'KB02']]) {
      await server.app.services.auth.createUser({ em, actor: null }, { username, password: TEST_PASSWORD, role: 'KEYER', displayName: `Nhân viên ${code}`, keyerCode: code });
    }
    const d = await server.gql<{ createBatch: { id: string; code: string } }>(CREATE_BATCH, { i: { code: 'KEY-B1', provinceCode: '001', district: 'Hoàn Kiếm', commune: 'Hàng Bạc' } }, await server.token('admin'));
    batch = d.data!.createBatch;
  }, 90_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  /** Keys the open form with the keyboard only: each value typed, Enter to the next field. */
  async function keyForm(page: Page, values: Record<string, string | null>, opts: { badCitizenIdFirst?: boolean } = {}) {
    const keys = await page.locator('[data-testid^="keying-field-"]').evaluateAll((els) => els.map((e) => (e as HTMLInputElement).dataset.field!));
    expect(keys[0]).toBe('fullName');
    await poll(() => page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.field)).toBe('fullName');
    for (const key of keys) {
      const v = values[key];
      if (key === 'oldIdNumber') {
        // Typed, marked illegible by mistake and unmarked: the text is back; then marked for good.
        const row = page.getByTestId('keying-row-oldIdNumber');
        if (v) await page.keyboard.insertText(v);
        await page.keyboard.press('F2');
        await poll(() => row.getAttribute('data-state')).toBe('illegible');
        await page.keyboard.press('F2');
        await poll(() => row.getAttribute('data-state')).not.toBe('illegible');
        if (v) await poll(() => page.getByTestId('keying-field-oldIdNumber').inputValue()).toBe(v);
        await page.keyboard.press('F2');
        await poll(() => row.getAttribute('data-state')).toBe('illegible');
      } else if (key === 'ethnicity') {
        // Type-ahead: "kin" and Enter take the allowed code.
        await page.keyboard.insertText('kin');
        await poll(() => page.getByTestId('keying-suggestions-ethnicity').textContent()).toContain('Kinh');
      } else if (key === 'fullName' && v) {
        // A decomposed input method: kept NFC.
        await page.keyboard.insertText(v.normalize('NFD'));
      } else if (key === 'citizenId' && v && opts.badCitizenIdFirst) {
        await page.keyboard.insertText(v.slice(0, 11));
        await poll(() => page.getByTestId('keying-row-citizenId').getAttribute('data-state')).toBe('refused');
        await poll(() => page.getByTestId('keying-row-citizenId').textContent()).toContain('12');
        await page.keyboard.insertText(v.slice(11));
        await poll(() => page.getByTestId('keying-row-citizenId').getAttribute('data-state')).not.toBe('refused');
      } else if (v) await page.keyboard.insertText(v);
      await page.keyboard.press('Enter');
    }
    expect(await page.getByTestId('keying-field-ethnicity').inputValue()).toBe('Kinh');
    expect(await page.getByTestId('keying-field-fullName').inputValue()).toBe(truth.fullName!.normalize('NFC'));
  }

  it('an admin uploads a batch’s scans: the corrupt file is reported, the others registered', async () => {
    const page = await browser.context.newPage();
    await loginThroughPage(page, server.base, 'admin', server.passwords.admin);
    await page.goto(`${server.base}/batches/${batch.id}/show`);
    await page.getByTestId('upload-scans').click();
    const svg = (no: string) => Buffer.from(renderFormSvg(truth, { batchCode: batch.code, formNumber: no, provinceName: 'Hà Nội' }));
    await page.getByTestId('upload-scans-input').setInputFiles([
      { name: '000001.svg', mimeType: 'image/svg+xml', buffer: svg('000001') },
      { name: '000002.svg', mimeType: 'image/svg+xml', buffer: svg('000002') },
      { name: '000003.png', mimeType: 'image/png', buffer: Buffer.from('\x89PNG\r\n\x1a\n this file was cut short', 'latin1') },
    ]);
    await page.getByTestId('upload-scans-start').click();
    await page.getByTestId('upload-summary').waitFor();
    await poll(() => page.locator('[data-testid="upload-row"][data-file="000001.svg"]').getAttribute('data-status')).toBe('IMPORTED');
    await poll(() => page.locator('[data-testid="upload-row"][data-file="000002.svg"]').getAttribute('data-status')).toBe('IMPORTED');
    const bad = page.locator('[data-testid="upload-row"][data-file="000003.png"]');
    await poll(() => bad.getAttribute('data-status')).toBe('REFUSED');
    await poll(() => bad.locator('[data-testid="upload-reason"]').getAttribute('data-reason')).toContain('damaged PNG');
    // Said in the reader's language (Vietnamese here).
    await poll(() => bad.textContent()).toContain('bị hỏng');
    await screenshot(page, 'keying-upload');
    await page.close();
  }, 60_000);

  it('two clerks key the same forms blind, keyboard only; a save answered 503 is retried and stored once', async () => {
    const a = await browser.context.newPage();
    await loginThroughPage(a, server.base, 'clerk-a', TEST_PASSWORD);
    await a.getByTestId('start-keying').waitFor();
    await a.goto(`${server.base}/key?batchId=${batch.id}`);
    await poll(() => a.getByTestId('keying-form-number').textContent()).toContain('000001');
    await a.getByTestId('scan-image').waitFor();
    // Saving an empty form says why at the first required field, instead of only moving there.
    await poll(() => a.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.field)).toBe('fullName');
    await a.keyboard.press('Control+Enter');
    await poll(() => a.getByTestId('keying-row-fullName').textContent()).toContain('Ô này bắt buộc');
    expect(await a.getByTestId('keying-row-fullName').getAttribute('data-state')).toBe('refused');
    await keyForm(a, truth, { badCitizenIdFirst: true });
    await a.getByTestId('field-strip').waitFor();
    // Beside the fields, over the scan: appearing above them would move every field under the pointer.
    const strip = (await a.getByTestId('field-strip').boundingBox())!;
    const form = (await a.getByTestId('keying-form').boundingBox())!;
    expect(strip.x + strip.width).toBeLessThanOrEqual(form.x);
    await screenshot(a, 'keying-screen');
    await a.keyboard.press('Control+Enter');
    await poll(() => a.getByTestId('keying-form-number').textContent()).toContain('000002');
    await keyForm(a, truth);
    await a.keyboard.press('Control+Enter');
    // Both forms' other passes are left: never for the clerk who keyed the first.
    await a.getByTestId('keying-empty').waitFor();
    await a.close();

    const b = await browser.context.newPage();
    await loginThroughPage(b, server.base, 'clerk-b', TEST_PASSWORD);
    let saves = 0;
    // The first save reaches the server and is stored, but its answer is lost behind a 503.
    await b.route('**/graphql', async (route) => {
      if (!route.request().postData()?.includes('saveLeasedKeying')) return route.continue();
      saves++;
      if (saves > 1) return route.continue();
      await route.fetch();
      await route.fulfill({ status: 503, contentType: 'application/json', body: JSON.stringify({ errors: [{ message: 'the database is unavailable right now', extensions: { code: 'SERVICE_UNAVAILABLE' } }] }) });
    });
    await b.goto(`${server.base}/key?batchId=${batch.id}`);
    await poll(() => b.getByTestId('keying-form-number').textContent()).toContain('000001');
    await keyForm(b, { ...truth, phone: '0912345679' });
    await b.keyboard.press('Control+Enter');
    await poll(() => b.getByTestId('keying-form-number').textContent()).toContain('000002');
    expect(saves).toBe(2);
    await keyForm(b, truth);
    await b.keyboard.press('Control+Enter');
    await b.getByTestId('keying-empty').waitFor();

    const rows = await exec<{ form_number: string; pass: number; keyer_code: string; station_code: string }[]>(
      server.app.orm.em.fork(),
      'select f.form_number, k.pass, k.keyer_code, k.station_code from keying k join form f on f.id = k.form_id where f.batch_id = ? order by f.form_number, k.keyer_code',
      [batch.id],
    );
    expect(rows.map((r) => [r.form_number, r.keyer_code, r.station_code])).toEqual([
      ['000001', 'KB01', 'WEB'],
      ['000001', 'KB02', 'WEB'],
      ['000002', 'KB01', 'WEB'],
      ['000002', 'KB02', 'WEB'],
    ]);
    await b.close();
  }, 120_000);

  it('the disagreement becomes a correction task; resolved, the batch is ready; each clerk sees their own figures', async () => {
    const reviewer = await server.token('reviewer');
    const task = (await server.gql<{ claimNextTask: { id: string; form: { formNumber: string }; discrepancies: { id: string; fieldKey: string }[] } }>(TASK, { b: batch.id }, reviewer)).data!.claimNextTask;
    expect(task.form.formNumber).toBe('000001');
    expect(task.discrepancies.map((d) => d.fieldKey)).toEqual(['phone']);
    const r = await server.gql(RESOLVE, { id: task.id, r: [{ discrepancyId: task.discrepancies[0].id, choice: 'FIRST' }] }, reviewer);
    expect(r.errors).toBeUndefined();
    const admin = await server.token('admin');
    await poll(async () => (await server.gql<{ batch: { status: string } }>(BATCH, { id: batch.id }, admin)).data!.batch.status).toBe('READY');

    const page = await browser.context.newPage();
    await loginThroughPage(page, server.base, 'clerk-b', TEST_PASSWORD);
    await poll(() => page.getByTestId('figure-today').textContent()).toBe('2');
    await poll(() => page.getByTestId('figure-error-rate').textContent()).not.toBe('—');
    await screenshot(page, 'keying-figures');
    await page.close();
  }, 60_000);

  /** A batch with one scanned form, 000001, of `truth`. */
  async function batchWithScan(code: string): Promise<{ id: string; code: string }> {
    const admin = await server.token('admin');
    const b = (await server.gql<{ createBatch: { id: string; code: string } }>(CREATE_BATCH, { i: { code, provinceCode: '001', district: 'Hoàn Kiếm', commune: 'Hàng Bạc' } }, admin)).data!.createBatch;
    const svg = Buffer.from(renderFormSvg(truth, { batchCode: b.code, formNumber: '000001', provinceName: 'Hà Nội' }));
    expect((await fetch(`${server.base}/scans/${b.code}/000001.svg`, { method: 'PUT', headers: { authorization: `Bearer ${admin}` }, body: new Uint8Array(svg) })).status).toBe(200);
    return b;
  }

  /** Signs in on the sign-in page the app opened, keeping the browser's storage (loginThroughPage clears it). */
  async function signInHere(page: Page, username: string) {
    await page.locator('input[name="username"]').fill(username);
    await page.locator('input[name="password"]').fill(TEST_PASSWORD);
    await page.locator('input[name="password"]').press('Enter');
    await page.waitForURL((u) => !u.pathname.startsWith('/login'));
  }

  it('a clerk signed out with a form typed: the sign-in page opens, and signed in again the save goes through, once', async () => {
    const b2 = await batchWithScan('KEY-B2');
    const stored = async () => Number((await exec<{ n: number }[]>(server.app.orm.em.fork(), "select count(*) as n from keying k join form f on f.id = k.form_id join batch b on b.id = f.batch_id where b.code = 'KEY-B2'"))[0].n);
    const page = await browser.context.newPage();
    try {
      await loginThroughPage(page, server.base, 'clerk-a', TEST_PASSWORD);
      await page.goto(`${server.base}/key?batchId=${b2.id}`);
      await poll(() => page.getByTestId('keying-form-number').textContent()).toContain('000001');
      await keyForm(page, truth);
      // A reload brings the same form back with what was typed (the lease's id is the same each time).
      await page.reload();
      await poll(() => page.getByTestId('keying-field-fullName').inputValue()).toBe(truth.fullName!.normalize('NFC'));
      expect(await page.getByTestId('keying-field-phone').inputValue()).toBe(truth.phone!);
      expect(await page.getByTestId('keying-row-oldIdNumber').getAttribute('data-state')).toBe('illegible');
      // The sign-in ends while the form is typed (a token no longer valid).
      await page.evaluate(() => localStorage.setItem('dualkey.token', 'no-longer-valid'));
      await page.keyboard.press('Control+Enter');
      await page.waitForURL((u) => u.pathname.startsWith('/login'));
      expect(await stored()).toBe(0);
      await signInHere(page, 'clerk-a');
      // Back at the keying screen, what was saved is sent first; nothing is left for this clerk then.
      await page.goto(`${server.base}/key?batchId=${b2.id}`);
      await page.getByTestId('keying-empty').waitFor();
      expect(await stored()).toBe(1);
    } finally {
      await page.close();
    }
  }, 60_000);

  it('what a clerk types before the next form is on screen goes in its first field, and never in the form just saved', async () => {
    const b4 = await batchWithScan('KEY-B4');
    const admin = await server.token('admin');
    const svg = Buffer.from(renderFormSvg(truth, { batchCode: b4.code, formNumber: '000002', provinceName: 'Hà Nội' }));
    expect((await fetch(`${server.base}/scans/${b4.code}/000002.svg`, { method: 'PUT', headers: { authorization: `Bearer ${admin}` }, body: new Uint8Array(svg) })).status).toBe(200);
    const page = await browser.context.newPage();
    try {
      await loginThroughPage(page, server.base, 'clerk-a', TEST_PASSWORD);
      // The saves take a moment on their way to the server (a busy floor), as long as the test holds them.
      let hold: Promise<void> = Promise.resolve();
      await page.route('**/graphql', async (route) => {
        if (route.request().postData()?.includes('saveLeasedKeying')) await hold;
        await route.continue();
      });
      await page.goto(`${server.base}/key?batchId=${b4.id}`);
      await poll(() => page.getByTestId('keying-form-number').textContent()).toContain('000001');
      // A save refused here (the form is empty) sends nothing: what is typed next stays in this form.
      await poll(() => page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.field)).toBe('fullName');
      await keyForm(page, truth);
      let release!: () => void;
      hold = new Promise((r) => (release = r));
      await page.keyboard.press('Control+Enter');
      await poll(() => page.getByTestId('keying-screen').getAttribute('data-phase')).toBe('saving');
      expect(await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.testid)).toBe('keying-type-ahead');
      // Typed on, through an input method's correction (Backspace) and up to Enter; the rest was for another field.
      await page.keyboard.type('Lê Thx');
      await page.keyboard.press('Backspace');
      await page.keyboard.type('ị');
      await page.keyboard.press('Enter');
      await page.keyboard.type('1990');
      release();
      await poll(() => page.getByTestId('keying-form-number').textContent()).toContain('000002');
      await poll(() => page.getByTestId('keying-field-fullName').inputValue()).toBe('Lê Thị');
      expect(await page.getByTestId('keying-field-dateOfBirth').inputValue()).toBe('');
      expect(await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.field)).toBe('fullName');
      // The form saved before was stored as typed: nothing typed ahead reached it.
      const [first] = await exec<{ n: number }[]>(server.app.orm.em.fork(), "select count(*) as n from keying k join form f on f.id = k.form_id join batch b on b.id = f.batch_id where b.code = 'KEY-B4' and f.form_number = '000001'");
      expect(Number(first.n)).toBe(1);
      // Typing on in the field goes after what was typed ahead.
      await page.keyboard.type(' Hoa');
      await poll(() => page.getByTestId('keying-field-fullName').inputValue()).toBe('Lê Thị Hoa');
    } finally {
      await page.close();
    }
  }, 60_000);

  it('what a clerk typed leaves the browser when they sign out, and when someone else signs in after their sign-in expired', async () => {
    const b3 = await batchWithScan('KEY-B3');
    const keyingStorage = (page: Page) =>
      page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('dualkey.keying.') && k !== 'dualkey.keying.owner').map((k) => `${k}=${localStorage.getItem(k)}`).join('\n'));
    const typeName = async (page: Page) => {
      await page.goto(`${server.base}/key?batchId=${b3.id}`);
      await poll(() => page.getByTestId('keying-form-number').textContent()).toContain('000001');
      await poll(() => page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.field)).toBe('fullName');
      await page.keyboard.insertText(truth.fullName!);
      await poll(() => keyingStorage(page)).toContain(truth.fullName!);
    };
    const page = await browser.context.newPage();
    try {
      // Signing out takes the draft with it.
      await loginThroughPage(page, server.base, 'clerk-a', TEST_PASSWORD);
      await typeName(page);
      await page.getByRole('button', { name: 'Tài khoản', exact: true }).click();
      await page.getByRole('menuitem', { name: 'Đăng xuất' }).click();
      await page.waitForURL((u) => u.pathname.startsWith('/login'));
      expect(await keyingStorage(page)).toBe('');
      // An expired sign-in keeps it for the same clerk; someone else signing in here does not get it.
      await loginThroughPage(page, server.base, 'clerk-a', TEST_PASSWORD);
      await typeName(page);
      await page.evaluate(() => localStorage.setItem('dualkey.token', 'no-longer-valid'));
      await page.reload();
      await page.waitForURL((u) => u.pathname.startsWith('/login'));
      expect(await keyingStorage(page)).toContain(truth.fullName!);
      await signInHere(page, 'clerk-b');
      expect(await keyingStorage(page)).toBe('');
    } finally {
      await page.close();
    }
  }, 60_000);
});
