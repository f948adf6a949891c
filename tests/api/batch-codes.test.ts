import { readdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Batch, FormTemplate } from '../../server/src/db/entities/index.js';
import { person } from '../helpers/fixtures.js';
import { dbKinds, startTestApp, type TestApp } from '../helpers/test-app.js';
import { graphql } from '../gql/index.js';

const CREATE = graphql(`mutation BatchCodesCreateBatch($i:CreateBatchInput!){ createBatch(input:$i){ id code } }`);
const EXPORT = graphql(`mutation BatchCodesExportBatch($b:ID!){ exportBatch(batchId:$b){ directory } }`);

describe.each(dbKinds())('batch codes and export paths on %s', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(kind);
  });
  afterAll(async () => t?.close());

  it('createBatch refuses codes that are not plain words, naming input.code', async () => {
    for (const code of ['..', '.', '.hidden', '../x', 'a/b', 'a\\b', 'A.', '-x', 'a b', 'x'.repeat(51)]) {
      const r = await t.as('admin')(CREATE, { i: { code, provinceCode: '001', district: 'D', commune: 'C' } });
      expect(r.errors?.[0]?.extensions, code).toMatchObject({ code: 'BAD_USER_INPUT', problems: [{ field: 'input.code', reason: expect.stringContaining('starting with a letter or digit') }] });
    }
    const ok = await t.as('admin')(CREATE, { i: { code: 'HN-001_a.2', provinceCode: '001', district: 'D', commune: 'C' } });
    expect(ok.data.createBatch.code).toBe('HN-001_a.2');
  });

  it('the export refuses a code from the database that would write outside the exports folder', async () => {
    // Codes the rule now refuses may already be stored: put them there directly.
    const em = t.app.orm.em.fork();
    const template = await em.findOneOrFail(FormTemplate, { code: 'dc01' });
    const ids: number[] = [];
    for (const code of ['..', '.']) {
      const b = em.create(Batch, { code, template, provinceCode: '001', district: 'D', commune: 'C', status: 'OPEN', createdAt: new Date() });
      await em.flush();
      ids.push(b.id);
      // One agreeing pair of keyings: the batch is ready, so only the path stops the export.
      const at = new Date('2026-11-02T08:00:00Z');
      const k = [1, 2].map((pass) => ({ idempotencyKey: `${code}/1/${pass}`, batchCode: code, formNumber: '1', pass, keyerCode: `KT${pass}`, stationCode: 'S', startedAt: at, submittedAt: at, values: person() }));
      // Each pass through its own station (one credential never keys both).
      for (const [i, who] of ['station', 'station2'].entries()) await t.app.services.ingest.submit({ em: t.app.orm.em.fork(), actor: await t.actorOf(who) }, [k[i]]);
    }
    const before = readdirSync(t.dataDir).sort();
    for (const id of ids) {
      const r = await t.as('admin')(EXPORT, { b: String(id) });
      expect(r.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(r.errors[0].message).toContain('outside the exports folder');
    }
    const after = readdirSync(t.dataDir).sort();
    expect(after.filter((f) => !before.includes(f))).toEqual([]);
    expect(after).not.toContain('manifest.json');
    // Nothing handed over, nothing locked.
    for (const b of await t.app.orm.em.fork().find(Batch, { id: { $in: ids } })) expect([b.status, b.manifest]).toEqual(['READY', null]);
  });
});
