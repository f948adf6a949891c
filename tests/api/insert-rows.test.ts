import { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { SqlEntityManager } from '@mikro-orm/knex';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Batch, FormTemplate } from '../../server/src/db/entities/index.js';
import { exec, insertRows, type SqlValue } from '../../server/src/services/sql.js';
import { dbKinds, startTestApp, type TestApp } from '../helpers/test-app.js';

/**
 * insertRows is ingest's write path: a multi-row INSERT, and on PostgreSQL inside a transaction a
 * COPY (from 20 rows). Both must store exactly what they were given, hand back ids in input order,
 * and fail whole on a constraint.
 */
describe.each(dbKinds())('insertRows on %s', (kind) => {
  let t: TestApp;
  let batchId: number;
  const em = () => t.app.orm.em.fork() as SqlEntityManager;

  // Text COPY must escape (tab, newline, return, backslash, \N and \. look-alikes), and text it must not touch.
  const tricky = ['a\tb', 'line1\nline2', 'cr\rlf', 'back\\slash', '\\N', '\\.', 'quote "x" \'y\'', 'Nguyễn Thị Hoà'.normalize('NFD'), 'emoji 👍', '', ' lead and trail '];

  beforeAll(async () => {
    t = await startTestApp(kind, {}, { users: false });
    const e = em();
    const template = await e.findOneOrFail(FormTemplate, { code: 'dc01' });
    const b = e.create(Batch, { code: 'INSERT-ROWS', provinceCode: '01', district: 'd', commune: 'c', template, status: 'OPEN', createdAt: new Date() });
    await e.flush();
    batchId = b.id;
  });
  afterAll(async () => t?.close());

  const formRows = (prefix: string, n: number, at: Date): SqlValue[][] =>
    Array.from({ length: n }, (_, i) => [batchId, `${prefix}-${String(i).padStart(3, '0')}`, tricky[i % tricky.length], 'ONE_PASS_KEYED', at, at]);
  const COLUMNS = ['batch_id', 'form_number', 'image_ref', 'status', 'created_at', 'updated_at'];
  const count = async () => Number((await exec<{ n: number | string }[]>(em(), 'select count(*) as n from form'))[0].n);

  for (const n of [5, 60]) {
    it(`stores ${n} rows exactly and returns their ids in input order`, async () => {
      const at = new Date('2025-03-03T02:03:04.567Z');
      const rows = formRows(`F${n}`, n, at);
      const ids = await em().transactional((tx) => insertRows(tx, 'form', COLUMNS, rows, { returningIds: true }));
      expect(ids).toHaveLength(n);
      expect(new Set(ids).size).toBe(n);
      const stored = await exec<{ id: number; form_number: string; image_ref: string; status: string; created_at: unknown }[]>(
        em(),
        `select id, form_number, image_ref, status, created_at from form where id in (${ids.map(() => '?').join(',')})`,
        ids,
      );
      const byId = new Map(stored.map((r) => [Number(r.id), r]));
      rows.forEach((row, i) => {
        const r = byId.get(ids[i])!;
        expect(r.form_number).toBe(row[1]);
        expect(r.image_ref).toBe(row[2]);
        expect(r.status).toBe('ONE_PASS_KEYED');
        expect(new Date(r.created_at as string | number | Date).getTime()).toBe(at.getTime());
      });
    });

    it(`stores JSON, nulls and booleans unchanged (${n} rows)`, async () => {
      const data = (i: number) => ({ i, text: tricky[i % tricky.length], nested: { list: [tricky[(i + 1) % tricky.length], null, true] } });
      const rows: SqlValue[][] = Array.from({ length: n }, (_, i) => [new Date(), null, `system-${n}`, 'test.insert', 'batch', i % 3 ? i : null, data(i)]);
      const ids = await em().transactional((tx) => insertRows(tx, 'audit_event', ['at', 'actor_id', 'actor', 'action', 'entity_type', 'entity_id', 'data'], rows, { returningIds: true }));
      const stored = await exec<{ id: number; entity_id: number | null; actor_id: number | null; data: unknown }[]>(em(), `select id, entity_id, actor_id, data from audit_event where actor = ? order by id`, [`system-${n}`]);
      expect(stored.map((r) => Number(r.id))).toEqual(ids);
      stored.forEach((r, i) => {
        expect(typeof r.data === 'string' ? JSON.parse(r.data) : r.data).toEqual(data(i));
        expect(r.entity_id === null ? null : Number(r.entity_id)).toBe(i % 3 ? i : null);
        expect(r.actor_id).toBeNull();
      });
    });

    it(`fails whole on a duplicate, storing nothing (${n} rows)`, async () => {
      const before = await count();
      const rows = formRows(`D${n}`, n, new Date());
      rows.push([...rows[0]]);
      await expect(em().transactional((tx) => insertRows(tx, 'form', COLUMNS, rows, { returningIds: true }))).rejects.toBeInstanceOf(UniqueConstraintViolationException);
      expect(await count()).toBe(before);
      // The transaction's connection is usable again afterwards.
      const ids = await em().transactional((tx) => insertRows(tx, 'form', COLUMNS, rows.slice(0, n), { returningIds: true }));
      expect(ids).toHaveLength(n);
    });
  }
});
