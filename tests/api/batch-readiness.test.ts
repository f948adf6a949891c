import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startTestApp, type TestApp } from '../helpers/test-app.js';
import { CREATE_BATCH } from '../helpers/fixtures.js';
import { exec, isPostgres } from '../../server/src/services/sql.js';
import { FORM_STATUSES, TASK_STATUSES } from '../../server/src/domain/state-machine.js';
import { BATCH_HOLDS_SQL, DONE_FORM_STATUSES, PENDING_TASK_STATUSES } from '../../server/src/services/task-state.js';

/**
 * Whether a batch is ready for handover, asked after every resolution: every form done and no task
 * waiting, whatever the states, and on PostgreSQL without walking the batch's done forms.
 */
for (const kind of ['sqlite', 'postgresql'] as const) {
  describe.skipIf(kind === 'postgresql' && !inject('pgAvailable'))(`batch readiness (${kind})`, () => {
    let t: TestApp;
    let seq = 0;
    beforeAll(async () => {
      t = await startTestApp(kind);
    });
    afterAll(async () => t?.close());

    const newBatch = async () => {
      const r = await t.as('admin')(CREATE_BATCH, { i: { code: `RDY${++seq}`, provinceCode: '001', district: 'D', commune: 'C' } });
      return Number(r.data!.createBatch.id);
    };
    const addForm = async (batchId: number, status: string, number = `F${++seq}`) => {
      const now = new Date().toISOString();
      await exec(t.app.orm.em.fork(), 'insert into form (batch_id, form_number, status, created_at, updated_at) values (?, ?, ?, ?, ?)', [batchId, number, status, now, now], 'run');
      const [row] = await exec<{ id: number }[]>(t.app.orm.em.fork(), 'select id from form where batch_id = ? and form_number = ?', [batchId, number]);
      return Number(row.id);
    };
    const addTask = (batchId: number, formId: number, status: string) =>
      exec(
        t.app.orm.em.fork(),
        `insert into correction_task (form_id, batch_id, province_code, kind, status, keyer1, keyer2, discrepancy_count, created_at) values (?, ?, '001', 'REVIEW', ?, 'K1', 'K2', 1, ?)`,
        [formId, batchId, status, new Date().toISOString()],
        'run',
      );
    const ready = (batchId: number) => t.app.services.tasks.isReady(t.app.orm.em.fork(), batchId);

    it('is ready only with forms, every one done, and no task waiting', async () => {
      expect(await ready(await newBatch())).toBe(false); // empty
      for (const status of FORM_STATUSES) {
        const b = await newBatch();
        await addForm(b, 'VERIFIED');
        await addForm(b, status);
        expect(await ready(b), status).toBe(DONE_FORM_STATUSES.includes(status));
      }
      for (const status of TASK_STATUSES) {
        const b = await newBatch();
        const f = await addForm(b, 'VERIFIED');
        await addTask(b, f, status);
        expect(await ready(b), status).toBe(!PENDING_TASK_STATUSES.includes(status));
      }
    });

    it.skipIf(kind === 'sqlite')('probes the waiting states instead of walking a big batch', async () => {
      const b = await newBatch();
      const em = t.app.orm.em.fork();
      const now = new Date().toISOString();
      // 20,000 done forms and tasks, then one form still in review (the newest, as after a day's keying).
      await exec(em, `insert into form (batch_id, form_number, status, created_at, updated_at) select ?, 'D' || g, 'AUTO_VERIFIED', ?, ? from generate_series(1, 20000) g`, [b, now, now], 'run');
      await exec(em, `insert into correction_task (form_id, batch_id, province_code, kind, status, keyer1, keyer2, discrepancy_count, created_at) select id, batch_id, '001', 'REVIEW', 'RESOLVED', 'K1', 'K2', 1, created_at from form where batch_id = ?`, [b], 'run');
      const waiting = await addForm(b, 'IN_REVIEW');
      await exec(em, 'vacuum analyze form', [], 'run');
      await exec(em, 'vacuum analyze correction_task', [], 'run');
      expect(await ready(b)).toBe(false);
      const pages = async () => {
        const [row] = await exec<{ 'QUERY PLAN': unknown }[]>(em, `explain (analyze, buffers, format json) ${BATCH_HOLDS_SQL}`, [b]);
        const plan = (typeof row['QUERY PLAN'] === 'string' ? JSON.parse(row['QUERY PLAN']) : row['QUERY PLAN']) as { Plan: Record<string, number> }[];
        return plan[0].Plan['Shared Hit Blocks'] + plan[0].Plan['Shared Read Blocks'];
      };
      // A walk of the done forms' index entries reads ~100 pages here, and grows with the batch.
      expect(await pages()).toBeLessThan(40);
      await exec(em, `update form set status = 'VERIFIED' where id = ?`, [waiting], 'run');
      expect(await ready(b)).toBe(true);
      expect(await pages()).toBeLessThan(40);
      expect(isPostgres(em)).toBe(true);
    });
  });
}
