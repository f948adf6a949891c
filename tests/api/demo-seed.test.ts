import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Discrepancy, FormTemplate, Keying, KeyingError, VerifiedRecord } from '../../server/src/db/entities/index.js';
import { fieldMap, type FieldDef } from '../../server/src/domain/template.js';
import { demoCampaign, seedDemoIfEmpty } from '../../server/src/sim/demo.js';
import { dbKinds, startTestApp, type TestApp } from '../helpers/test-app.js';

const FORMS = 100;

/**
 * The demo resolves half of its review tasks "as a careful reviewer" from the ground truth: it
 * takes the clerk whose value was right (FIRST or SECOND) and types a value only when neither was.
 * Sensitive values are stored sealed; comparing the ciphertext with the truth made every sensitive
 * field a typed value (source REVIEWER), so the demo's reviewer figures and error attribution
 * were wrong. The truth comes from the same deterministic campaign (demoCampaign).
 */
describe.each(dbKinds())('demo seeding attributes resolutions from the truth (%s)', (kind) => {
  let t: TestApp;
  const truth = new Map<string, Record<string, string | null>>();
  for (const b of demoCampaign(FORMS).batches) for (const f of b.forms) truth.set(`${b.code}/${f.formNumber}`, f.truth);
  let fields: Map<string, FieldDef>;

  beforeAll(async () => {
    t = await startTestApp(kind, {}, { users: false });
    await seedDemoIfEmpty(t.app, { forms: FORMS });
    fields = fieldMap(await t.app.orm.em.fork().findOneOrFail(FormTemplate, { code: 'dc01' }, { orderBy: { version: 'desc' } }));
  });
  afterAll(async () => t?.close());

  const same = (key: string, a: string | null | undefined, b: string | null | undefined) => t.app.services.comparator.same(fields.get(key)!, a ?? null, b ?? null);

  it('takes the clerk who was right (FIRST/SECOND), sensitive fields included, and types a value only when neither was', async () => {
    const em = t.app.orm.em.fork();
    const { vault } = t.app.services;
    const ds = await em.find(Discrepancy, { resolvedAt: { $ne: null }, task: { kind: 'REVIEW' } }, { populate: ['form.batch'], orderBy: { id: 'asc' } });
    expect(ds.length).toBeGreaterThan(10);
    const records = new Map((await em.find(VerifiedRecord, { automatic: false })).map((r) => [r.form.id, r]));
    const bySource: Record<'sensitive' | 'plain', Record<string, number>> = { sensitive: {}, plain: {} };
    const wrong: string[] = [];
    for (const d of ds) {
      const want = truth.get(`${d.form.batch.code}/${d.form.formNumber}`)![d.fieldKey] ?? null;
      const v1 = vault.openField(d.form.id, d.fieldKey, d.value1);
      const v2 = vault.openField(d.form.id, d.fieldKey, d.value2);
      const expected = same(d.fieldKey, v1, want) ? 'FIRST' : same(d.fieldKey, v2, want) ? 'SECOND' : 'REVIEWER';
      const source = records.get(d.form.id)!.sources[d.fieldKey];
      const group = fields.get(d.fieldKey)!.sensitive ? 'sensitive' : 'plain';
      bySource[group][source] = (bySource[group][source] ?? 0) + 1;
      if (source !== expected) wrong.push(`form ${d.form.id} ${d.fieldKey} (${group}): ${source}, expected ${expected}`);
    }
    expect(wrong).toEqual([]);
    // The campaign has mistakes in sensitive fields that one of the clerks got right.
    expect((bySource.sensitive.FIRST ?? 0) + (bySource.sensitive.SECOND ?? 0), JSON.stringify(bySource)).toBeGreaterThan(0);
  });

  it('charges exactly the clerks whose value differs from the truth', async () => {
    const em = t.app.orm.em.fork();
    const { vault } = t.app.services;
    const ds = await em.find(Discrepancy, { resolvedAt: { $ne: null }, task: { kind: 'REVIEW' } }, { populate: ['form.batch'] });
    const keyings = new Map((await em.find(Keying, { form: { $in: [...new Set(ds.map((d) => d.form.id))] } })).map((k) => [`${k.form.id}/${k.pass}`, k]));
    const charged = new Set((await em.find(KeyingError, { form: { $in: [...new Set(ds.map((d) => d.form.id))] } }, { populate: ['keying'] })).map((e) => `${e.form.id}/${e.keying.pass}/${e.fieldKey}`));
    const mistakes: string[] = [];
    for (const d of ds) {
      const want = truth.get(`${d.form.batch.code}/${d.form.formNumber}`)![d.fieldKey] ?? null;
      for (const pass of [1, 2]) {
        const k = keyings.get(`${d.form.id}/${pass}`)!;
        const keyed = vault.openKeying(d.form.id, pass, k.values)[d.fieldKey] ?? null;
        const isCharged = charged.has(`${d.form.id}/${pass}/${d.fieldKey}`);
        if (isCharged === same(d.fieldKey, keyed, want)) mistakes.push(`form ${d.form.id} pass ${pass} ${d.fieldKey}: ${isCharged ? 'charged though right' : 'not charged though wrong'}`);
      }
    }
    expect(mistakes).toEqual([]);
  });
});
