import { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { SqlEntityManager } from '@mikro-orm/knex';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Batch, FormTemplate } from '../../server/src/db/entities/index.js';
import { exec, insertRows, isPostgres, needsOrmTransaction, sqlTransaction } from '../../server/src/services/sql.js';
import { dbKinds, startTestApp, type TestApp } from '../helpers/test-app.js';

/**
 * sqlTransaction runs the save path's, the fold's and the sealer's direct SQL in a transaction of
 * its own on PostgreSQL (BEGIN and COMMIT on one pooled connection, not the ORM's): all of it or
 * none, its locks held to the end, and the connection back in the pool clean, whatever failed.
 */
describe.each(dbKinds())('sqlTransaction on %s', (kind) => {
  let t: TestApp;
  let batchId: number;
  let template: FormTemplate;
  const em = () => t.app.orm.em.fork() as SqlEntityManager;
  const COLUMNS = ['batch_id', 'form_number', 'image_ref', 'status', 'created_at', 'updated_at'];
  const row = (no: string) => [batchId, no, null, 'ONE_PASS_KEYED', new Date(), new Date()];
  const stored = async (prefix: string) => Number((await exec<{ n: number | string }[]>(em(), 'select count(*) as n from form where form_number like ?', [`${prefix}%`]))[0].n);

  beforeAll(async () => {
    // One connection: a connection left inside a transaction would show in the next test.
    t = await startTestApp(kind, { DATABASE_POOL_MAX: '1' }, { users: false });
    const e = em();
    template = await e.findOneOrFail(FormTemplate, { code: 'dc01' });
    const b = e.create(Batch, { code: 'SQL-TX', provinceCode: '01', district: 'd', commune: 'c', template, status: 'OPEN', createdAt: new Date() });
    await e.flush();
    batchId = b.id;
  });
  afterAll(async () => t?.close());

  it('commits every statement and returns what the function returns', async () => {
    const ids = await sqlTransaction(em(), async (tx) => {
      const a = await insertRows(tx, 'form', COLUMNS, [row('OK-1')], { returningIds: true });
      const b = await insertRows(tx, 'form', COLUMNS, [row('OK-2'), row('OK-3')], { returningIds: true });
      // Its own writes are visible inside.
      expect(Number((await exec<{ n: number | string }[]>(tx, 'select count(*) as n from form where form_number like ?', ['OK-%']))[0].n)).toBe(3);
      return [...a, ...b];
    });
    expect(ids).toHaveLength(3);
    expect(await stored('OK-')).toBe(3);
  });

  it('stores nothing when the function throws, and the connection serves the next transaction', async () => {
    await expect(
      sqlTransaction(em(), async (tx) => {
        await insertRows(tx, 'form', COLUMNS, [row('THROW-1'), row('THROW-2')]);
        throw new Error('refused halfway');
      }),
    ).rejects.toThrow('refused halfway');
    expect(await stored('THROW-')).toBe(0);
    await sqlTransaction(em(), (tx) => insertRows(tx, 'form', COLUMNS, [row('AFTER-1')]));
    expect(await stored('AFTER-')).toBe(1);
  });

  it('gives a failed statement as the ORM would (a unique violation) and rolls back the statements before it', async () => {
    await sqlTransaction(em(), (tx) => insertRows(tx, 'form', COLUMNS, [row('DUP-1')]));
    await expect(
      sqlTransaction(em(), async (tx) => {
        await insertRows(tx, 'form', COLUMNS, [row('DUP-2')]);
        await insertRows(tx, 'form', COLUMNS, [row('DUP-1')]);
      }),
    ).rejects.toBeInstanceOf(UniqueConstraintViolationException);
    expect(await stored('DUP-')).toBe(1);
    // Not left in an aborted transaction: the one connection still answers.
    expect(await stored('DUP-1')).toBe(1);
  });

  it('refuses an ORM query or change (it would run outside the transaction or not at all), and stores nothing', async () => {
    if (!isPostgres(em())) return; // SQLite: the ORM's own transaction, where both work.
    const refused = async (orm: (tx: SqlEntityManager) => Promise<unknown> | unknown) => {
      const e = await sqlTransaction(em(), async (tx) => {
        await insertRows(tx, 'form', COLUMNS, [row('ORM-1')]);
        await orm(tx);
      }).then(
        () => null,
        (x: unknown) => x,
      );
      expect(needsOrmTransaction(e)).toBe(true);
      expect(await stored('ORM-')).toBe(0);
    };
    await refused((tx) => tx.findOne(Batch, batchId));
    await refused((tx) => tx.count(Batch, {}));
    await refused((tx) => {
      tx.create(Batch, { code: 'SQL-TX-ORM', provinceCode: '01', district: 'd', commune: 'c', template: tx.getReference(FormTemplate, template.id), status: 'OPEN', createdAt: new Date() });
    });
    await refused(async (tx) => {
      tx.create(Batch, { code: 'SQL-TX-ORM', provinceCode: '01', district: 'd', commune: 'c', template: tx.getReference(FormTemplate, template.id), status: 'OPEN', createdAt: new Date() });
      await tx.flush();
    });
    expect(await em().count(Batch, { code: 'SQL-TX-ORM' })).toBe(0);
    // Other errors are not that refusal.
    expect(needsOrmTransaction(new Error('x'))).toBe(false);
  });

  it('holds its locks until it has committed', async () => {
    if (!isPostgres(em())) return; // SQLite has one writer.
    const other = new pg.Client({ connectionString: t.dbUrl });
    await other.connect();
    try {
      let release!: () => void;
      const held = new Promise<void>((r) => (release = r));
      let locked = false;
      const first = sqlTransaction(em(), async (tx) => {
        await exec(tx, 'select pg_advisory_xact_lock(?)', [4242], 'run');
        locked = true;
        await held;
        await insertRows(tx, 'form', COLUMNS, [row('LOCK-1')]);
      });
      while (!locked) await new Promise((r) => setTimeout(r, 5));
      let waited = true;
      const second = other.query('select pg_advisory_xact_lock(4242)').then(async () => {
        waited = false;
        return Number((await other.query("select count(*) as n from form where form_number = 'LOCK-1'")).rows[0].n);
      });
      await new Promise((r) => setTimeout(r, 200));
      expect(waited).toBe(true);
      release();
      await first;
      // The lock came free with the COMMIT, and the insert before it is visible.
      expect(await second).toBe(1);
    } finally {
      await other.end();
    }
  });
});
