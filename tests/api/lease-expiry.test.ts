import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { exec } from '../../server/src/services/sql.js';
import { CREATE_BATCH, keying, person } from '../helpers/fixtures.js';
import { startTestApp, type TestApp } from '../helpers/test-app.js';

/**
 * Lease expiry needs no single scheduler: it is one idempotent UPDATE that every instance's sweep
 * and every claim run. Here eight sweeps (each on its own connection, as eight instances would)
 * race over 30 expired leases: each lease is returned to its queue exactly once.
 */
describe.skipIf(!inject('pgAvailable'))('lease expiry run by many instances at once (PostgreSQL)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp('postgresql');
    await t.as('admin')(CREATE_BATCH, { i: { code: 'LE1', provinceCode: '001', district: 'D', commune: 'C' } });
    const k = Array.from({ length: 30 }, (_, i) => [keying('LE1', `F${i}`, 1, 'KT1', person()), keying('LE1', `F${i}`, 2, 'KT2', person({ phone: '0987654321' }))]).flat();
    const r = await t.submit(k);
    expect(r.data.submitKeyings.every((o: { status: string }) => o.status === 'ACCEPTED')).toBe(true);
  });
  afterAll(async () => t?.close());

  it('returns each expired lease to its queue exactly once, escalated ones to ESCALATED', async () => {
    const em = t.app.orm.em.fork();
    const [{ id: reviewer }] = await exec<{ id: number }[]>(em, `select id from app_user where username = 'reviewer'`);
    await exec(em, `update correction_task set status = 'CLAIMED', claimed_by_id = ?, claimed_at = now() - interval '20 minutes', lease_until = now() - interval '1 second', escalated = (id % 3 = 0)`, [reviewer], 'run');
    const expiries = async () => (await t.app.metrics.leaseExpiries.get()).values.reduce((n, v) => n + v.value, 0);
    const before = await expiries();
    const counts = await Promise.all(Array.from({ length: 8 }, () => t.app.services.tasks.expireLeases(t.app.orm.em.fork())));
    expect(counts.reduce((a, b) => a + b, 0)).toBe(30);
    expect((await expiries()) - before).toBe(30);
    const rows = await exec<{ status: string; n: string; held: string }[]>(em, `select status, count(*) as n, count(claimed_by_id) as held from correction_task group by status order by status`);
    expect(rows.map((r) => [r.status, Number(r.n), Number(r.held)])).toEqual([
      ['ESCALATED', 10, 0],
      ['OPEN', 20, 0],
    ]);
    // A second round finds nothing left to do.
    expect(await t.app.services.tasks.expireLeases(t.app.orm.em.fork())).toBe(0);
  });
});
