import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newKeyRing, serializeKeyRing } from '../../server/src/domain/crypto.js';
import { renderFormSvg } from '../../server/src/sim/scan-svg.js';
import { startTestApp, type TestApp } from '../helpers/test-app.js';
import { CREATE_BATCH, person } from '../helpers/fixtures.js';

/**
 * A campaign that keys on dualkey in production registers its scans here and its clerks key
 * beside them: the scan routes are served in production mode too, with the same guards.
 */
describe('scan routes in production mode (sqlite)', () => {
  let t: TestApp;
  let origin: string;
  beforeAll(async () => {
    t = await startTestApp('sqlite', { NODE_ENV: 'production', AUTH_SECRET: 'p'.repeat(40), DUALKEY_KEYRING: serializeKeyRing(newKeyRing()) });
    origin = new URL(t.url).origin;
    await t.as('admin')(CREATE_BATCH, { i: { code: 'PR1', provinceCode: '001', district: 'Hoàn Kiếm', commune: 'Hàng Bạc' } });
  });
  afterAll(async () => t?.close());

  it('registers a scan and serves it to an admin, never to anyone signed out or to a reviewer without the form', async () => {
    const svg = Buffer.from(renderFormSvg(person(), { batchCode: 'PR1', formNumber: '000001', provinceName: 'Hà Nội' }));
    const put = await fetch(`${origin}/scans/PR1/000001.svg`, { method: 'PUT', headers: { authorization: `Bearer ${t.tokens.admin}` }, body: new Uint8Array(svg) });
    expect(put.status).toBe(200);
    expect(await put.json()).toMatchObject({ status: 'IMPORTED', formNumber: '000001' });
    const anonymous = await fetch(`${origin}/scans/PR1/000001.svg`, { method: 'PUT', body: new Uint8Array(svg) });
    expect(anonymous.status).toBe(401);
    const get = (who?: string) => fetch(`${origin}/scans/PR1/000001.svg`, { headers: who ? { authorization: `Bearer ${t.tokens[who]}` } : {} });
    const admin = await get('admin');
    expect(admin.status).toBe(200);
    expect(admin.headers.get('cache-control')).toBe('no-store');
    expect(Buffer.from(await admin.arrayBuffer()).equals(svg)).toBe(true);
    expect((await get()).status).toBe(401);
    expect((await get('reviewer')).status).toBe(404);
    expect((await get('manager')).status).toBe(404);
  });
});
