import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dbKinds, startTestApp, type TestApp } from '../helpers/test-app.js';
import { CREATE_BATCH, keying, person } from '../helpers/fixtures.js';

describe.each(dbKinds())('smoke on %s', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(kind);
  });
  afterAll(async () => t?.close());

  it('ingests two agreeing keyings and verifies the form', async () => {
    const admin = t.as('admin');
    const b = await admin(CREATE_BATCH, { i: { code: 'B1', provinceCode: '001', district: 'Hoàn Kiếm', commune: 'Hàng Bạc' } });
    expect(b.errors).toBeUndefined();
    const r = await t.submit([keying('B1', '0001', 1, 'KT1', person()), keying('B1', '0001', 2, 'KT2', person())]);
    expect(r.errors).toBeUndefined();
    expect(r.data.submitKeyings.map((o: any) => o.status)).toEqual(['ACCEPTED', 'ACCEPTED']);
    expect(r.data.submitKeyings[1].formStatus).toBe('AUTO_VERIFIED');
  });
});
