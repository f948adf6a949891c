import type { SqlEntityManager } from '@mikro-orm/knex';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spotDraw } from '../../server/src/domain/spot-check.js';
import { DC01 } from '../../server/src/domain/template.js';
import { foldPending, readAggregates, recompute } from '../../server/src/services/aggregates.js';
import { CREATE_BATCH, keying, person } from '../helpers/fixtures.js';
import { dbKinds, startTestApp, type TestApp } from '../helpers/test-app.js';
import { graphql } from '../gql/index.js';

/**
 * Spot-check policies with real keyings. A training batch measures the clerks: KT3 slips on two
 * fields of every form (a reviewer charges them), KT4 to KT9 never do. Then RISK batches keyed by
 * KT3 get more spot checks than batches keyed by accurate clerks, the same campaign draws the
 * same forms, UNIFORM draws exactly as before RISK existed, and under RISK forms verified after
 * review are drawn too, their spot check covering only the fields both clerks agreed on.
 */

const CLAIM = graphql(`mutation SpotChecks1($b:ID){ claimNextTask(batchId:$b){ id kind note form { id formNumber } discrepancies { id fieldKey } spotCheckFields } }`);
const RESOLVE = graphql(`mutation SpotChecks2($id:ID!,$r:[ResolutionInput!]!){ resolveTask(id:$id,resolutions:$r){ id status } }`);
const SPOT = graphql(`mutation SpotChecks3($id:ID!,$c:[FieldCorrectionInput!]!){ resolveSpotCheck(id:$id, corrections:$c){ status discrepancyCount } }`);
const POLICY = graphql(`mutation SpotChecks4($b:ID!,$p:SpotCheckPolicyInput!){ setSpotCheckPolicy(batchId:$b, policy:$p){ spotCheckMode spotCheckPercent spotCheckSeed } }`);
const TASKS = graphql(`query SpotChecks5($b:ID!){ correctionTasks(filter:{batchId:$b}, perPage:200, sortField:id, sortOrder:ASC){ items { id kind status note form { id formNumber } spotCheckFields } } }`);

/** Submitted a minute ago: the clerks' rates are read over this month and the last. */
function timed() {
  const submitted = Date.now() - 60_000;
  return { startedAt: new Date(submitted - 180_000).toISOString(), submittedAt: new Date(submitted).toISOString() };
}
const k = (batch: string, no: string, pass: number, clerk: string, values: Record<string, string | null>) => keying(batch, no, pass, clerk, values, timed());
/** KT3's two slips: a wrong phone digit and a dropped diacritic. */
const SLIPS = { phone: '0912345679', fullName: 'Nguyen Văn An' };
const GOOD = ['KT4', 'KT5', 'KT6', 'KT7', 'KT8', 'KT9'];
const DC01_KEYS = DC01.fields.map((f) => f.key);

interface Campaign {
  batchIds: Record<string, string>;
  /** Spot-checked form numbers per batch. */
  spotted: (code: string) => Promise<string[]>;
}

/**
 * The part both apps of the reproducibility check run identically: training, a fold (so that the
 * draws read settled aggregates), RISK policies on BAD and GOOD, then their keyings, pass 1
 * (folded before pass 2 draws).
 */
async function campaign(t: TestApp): Promise<Campaign> {
  const admin = t.as('admin');
  const batchIds: Record<string, string> = {};
  for (const code of ['TRAIN', 'BAD', 'GOOD']) {
    const r = await admin(CREATE_BATCH, { i: { code, provinceCode: '001', district: 'D', commune: 'C' } });
    expect(r.errors).toBeUndefined();
    batchIds[code] = r.data.createBatch.id;
  }
  const fold = () => foldPending(t.app.orm.em.fork() as SqlEntityManager);
  // Training: 20 forms KT3/KT4 (KT3 wrong twice each), 80 agreeing forms of the accurate clerks.
  const train = [
    ...Array.from({ length: 20 }, (_, i) => [k('TRAIN', `T${i}`, 1, 'KT3', person(SLIPS)), k('TRAIN', `T${i}`, 2, 'KT4', person())]),
    ...Array.from({ length: 80 }, (_, i) => [k('TRAIN', `A${i}`, 1, GOOD[i % 6], person()), k('TRAIN', `A${i}`, 2, GOOD[(i + 1) % 6], person())]),
  ].flat();
  expect((await t.submit(train)).errors).toBeUndefined();
  for (let i = 0; i < 20; i++) {
    const task = (await t.as('reviewer')(CLAIM, { b: batchIds.TRAIN })).data.claimNextTask;
    const r = await t.as('reviewer')(RESOLVE, { id: task.id, r: task.discrepancies.map((d: { id: string }) => ({ discrepancyId: d.id, choice: 'SECOND' as const })) });
    expect(r.errors).toBeUndefined();
  }
  await fold();
  for (const code of ['BAD', 'GOOD']) {
    const p = await admin(POLICY, { b: batchIds[code], p: { percent: 10, seed: 7, mode: 'RISK' } });
    expect(p.data.setSpotCheckPolicy).toEqual({ spotCheckMode: 'RISK', spotCheckPercent: 10, spotCheckSeed: 7 });
  }
  // BAD: KT3 with an accurate clerk (agreeing this time); GOOD: two accurate clerks.
  const bad = Array.from({ length: 40 }, (_, i) => [k('BAD', `B${i}`, 1, 'KT3', person()), k('BAD', `B${i}`, 2, 'KT5', person())]);
  const good = Array.from({ length: 40 }, (_, i) => [k('GOOD', `G${i}`, 1, 'KT6', person()), k('GOOD', `G${i}`, 2, 'KT7', person())]);
  expect((await t.submit([...bad.map((x) => x[0]), ...good.map((x) => x[0])])).errors).toBeUndefined();
  await fold();
  const second = await t.submit([...bad.map((x) => x[1]), ...good.map((x) => x[1])]);
  expect(second.data.submitKeyings.filter((o: { formStatus: string }) => o.formStatus !== 'AUTO_VERIFIED')).toEqual([]);
  return {
    batchIds,
    spotted: async (code) =>
      (await admin(TASKS, { b: batchIds[code] })).data.correctionTasks.items.filter((x: { kind: string }) => x.kind === 'SPOT_CHECK').map((x: { form: { formNumber: string } }) => x.form.formNumber),
  };
}

describe.each(dbKinds())('spot checks where the errors are, on %s', (kind) => {
  let t: TestApp;
  let c: Campaign;
  const admin = () => t.as('admin');

  beforeAll(async () => {
    t = await startTestApp(kind);
    c = await campaign(t);
  });
  afterAll(async () => t?.close());

  it('under RISK, a batch keyed by a clerk with many errors gets more spot checks than one keyed by accurate clerks', async () => {
    const bad = await c.spotted('BAD');
    const good = await c.spotted('GOOD');
    // KT3 is out of control: forms with KT3 take most of the 10% first (about half of them);
    // a pair of accurate clerks keeps a small share (under 1 in 100).
    expect(bad.length).toBeGreaterThanOrEqual(8);
    expect(good.length).toBeLessThanOrEqual(3);
    const tasks = (await admin()(TASKS, { b: c.batchIds.BAD })).data.correctionTasks.items;
    expect(tasks[0].note).toBe('spot check: risk-weighted 10% (seed 7): a clerk is out of control');
    const batch = await admin()(graphql(`query SpotChecks6($b:ID!){ batch(id:$b){ spotCheckMode spotCheckPercent } }`), { b: c.batchIds.BAD });
    expect(batch.data.batch).toEqual({ spotCheckMode: 'RISK', spotCheckPercent: 10 });
  });

  it('draws the same forms when the same campaign is run again with the same seed', async () => {
    const again = await startTestApp(kind);
    try {
      const c2 = await campaign(again);
      expect(await c2.spotted('BAD')).toEqual(await c.spotted('BAD'));
    } finally {
      await again.close();
    }
  });

  it('names the mode in the audit event of the policy, and refuses RISK without a percentage', async () => {
    const ev = await admin()(graphql(`query SpotChecks7($b:ID!){ auditEvents(filter:{action:"batch.spotcheck", entityType:"batch", entityId:$b}){ items { data } } }`), { b: c.batchIds.BAD });
    expect(ev.data.auditEvents.items).toEqual([{ data: { mode: 'RISK', every: null, percent: 10, seed: 7 } }]);
    const every = await admin()(POLICY, { b: c.batchIds.GOOD, p: { every: 5, mode: 'RISK' } });
    expect(every.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', problems: [{ field: 'policy.mode', reason: 'RISK draws a percentage of the forms: give a percentage' }] });
    const created = await admin()(CREATE_BATCH, { i: { code: 'RISKNOPCT', provinceCode: '001', district: 'D', commune: 'C', spotCheckMode: 'RISK' } });
    expect(created.errors[0].extensions.problems).toEqual([{ field: 'input.spotCheckMode', reason: 'RISK draws a percentage of the forms: give a percentage' }]);
    // Left out, the mode is UNIFORM (callers from before the mode keep working), and the event says so.
    const plain = await admin()(POLICY, { b: c.batchIds.GOOD, p: { percent: 5, seed: 1 } });
    expect(plain.data.setSpotCheckPolicy.spotCheckMode).toBe('UNIFORM');
    const ev2 = await admin()(graphql(`query SpotChecks8($b:ID!){ auditEvents(filter:{action:"batch.spotcheck", entityId:$b}, sortField:id, sortOrder:DESC, perPage:1){ items { data } } }`), { b: c.batchIds.GOOD });
    expect(ev2.data.auditEvents.items[0].data).toEqual({ mode: 'UNIFORM', every: null, percent: 5, seed: 1 });
  });

  it('UNIFORM draws exactly the seeded share of before, whatever the clerks, and never a reviewed form', async () => {
    const r = await admin()(CREATE_BATCH, { i: { code: 'UNI', provinceCode: '001', district: 'D', commune: 'C', spotCheckPercent: 50, spotCheckSeed: 42 } });
    const b = r.data.createBatch.id;
    const keyings = Array.from({ length: 30 }, (_, i) => [k('UNI', `U${i}`, 1, 'KT3', person()), k('UNI', `U${i}`, 2, 'KT5', person())]).flat();
    const out = (await t.submit(keyings)).data.submitKeyings as { formId: string }[];
    const ids = [...new Set(out.map((o) => Number(o.formId)))];
    const expected = ids.filter((id) => spotDraw(42, id) < 0.5).sort((x, y) => x - y);
    const spots = (await admin()(TASKS, { b })).data.correctionTasks.items;
    expect(spots.map((x: { form: { id: string } }) => Number(x.form.id)).sort((x: number, y: number) => x - y)).toEqual(expected);
    expect(expected.length).toBeGreaterThan(5);
    expect(new Set(spots.map((x: { kind: string; note: string }) => `${x.kind} ${x.note}`))).toEqual(new Set(['SPOT_CHECK spot check: random 50% (seed 42)']));
    expect(spots[0].spotCheckFields).toEqual(DC01_KEYS);

    // A reviewed form of a UNIFORM batch: no spot check after review, even at 100%.
    const u = (await admin()(CREATE_BATCH, { i: { code: 'UNIR', provinceCode: '001', district: 'D', commune: 'C', spotCheckPercent: 100, spotCheckSeed: 3 } })).data.createBatch.id;
    await t.submit([k('UNIR', 'R0', 1, 'KT3', person(SLIPS)), k('UNIR', 'R0', 2, 'KT4', person())]);
    const task = (await t.as('reviewer')(CLAIM, { b: u })).data.claimNextTask;
    expect((await t.as('reviewer')(RESOLVE, { id: task.id, r: task.discrepancies.map((d: { id: string }) => ({ discrepancyId: d.id, choice: 'SECOND' as const })) })).errors).toBeUndefined();
    const after = (await admin()(TASKS, { b: u })).data.correctionTasks.items;
    expect(after.map((x: { kind: string; status: string }) => [x.kind, x.status])).toEqual([['REVIEW', 'RESOLVED']]);
    expect((await admin()(graphql(`query SpotChecks9($b:ID!){ batch(id:$b){ status } }`), { b: u })).data.batch.status).toBe('READY');
  });

  it('under RISK, a form verified after review is drawn too, its spot check covering only the agreed fields', async () => {
    const b = (await admin()(CREATE_BATCH, { i: { code: 'REV', provinceCode: '001', district: 'D', commune: 'C', spotCheckPercent: 100, spotCheckSeed: 5, spotCheckMode: 'RISK' } })).data.createBatch.id;
    // R1: KT3 slips on phone and fullName, and both clerks key the same wrong religion (an identical error).
    // R2: the same slips; a third clerk settles it.
    await t.submit([
      k('REV', 'R1', 1, 'KT3', person({ ...SLIPS, religion: 'Phật giáo' })), k('REV', 'R1', 2, 'KT4', person({ religion: 'Phật giáo' })),
      k('REV', 'R2', 1, 'KT3', person(SLIPS)), k('REV', 'R2', 2, 'KT6', person()),
    ]);
    const r1 = (await t.as('reviewer')(CLAIM, { b })).data.claimNextTask;
    expect(r1).toMatchObject({ kind: 'REVIEW', form: { formNumber: 'R1' }, spotCheckFields: null });
    expect((await t.as('reviewer')(RESOLVE, { id: r1.id, r: r1.discrepancies.map((d: { id: string }) => ({ discrepancyId: d.id, choice: 'SECOND' as const })) })).errors).toBeUndefined();
    const r2 = (await t.as('reviewer')(CLAIM, { b })).data.claimNextTask;
    expect(r2.form.formNumber).toBe('R2');
    await t.as('reviewer')(graphql(`mutation SpotChecks10($id:ID!){ requestRekey(id:$id){ status } }`), { id: r2.id });
    const third = await t.submit([{ ...k('REV', 'R2', 3, 'KT9', { phone: '0912345678', fullName: 'Nguyễn Văn An' }) }]);
    expect(third.data.submitKeyings[0]).toMatchObject({ status: 'ACCEPTED', formStatus: 'VERIFIED' });

    const FORM = graphql(`query SpotChecks11($id:ID!){ form(id:$id){ status task { kind status } tasks { kind status note spotCheckFields } keyings { pass errorCount } fields { field { key } value1 } } }`);
    const agreed = DC01_KEYS.filter((key) => key !== 'phone' && key !== 'fullName');
    for (const f of [r1.form, r2.form]) {
      const form = (await admin()(FORM, { id: f.id })).data.form;
      expect(form.status).toBe('VERIFIED');
      expect(form.task).toEqual({ kind: 'SPOT_CHECK', status: 'OPEN' });
      expect(form.tasks.map((x: { kind: string; status: string }) => [x.kind, x.status])).toEqual([['REVIEW', 'RESOLVED'], ['SPOT_CHECK', 'OPEN']]);
      expect(form.tasks[1].spotCheckFields).toEqual(agreed);
      expect(form.tasks[1].note).toBe(`spot check: risk-weighted 100% (seed 5): a clerk is out of control; after review: the ${agreed.length} agreed fields`);
    }
    const ev = await admin()(graphql(`query SpotChecks12{ auditEvents(filter:{action:"spotcheck.draw"}){ items { entityType data } } }`));
    expect(ev.data.auditEvents.items.map((e: any) => [e.data.formId, e.data.after]).sort()).toEqual([[Number(r1.form.id), 'REVIEW'], [Number(r2.form.id), 'REVIEW']].sort());
    // The batch waits for its spot checks.
    expect((await admin()(graphql(`query SpotChecks13($b:ID!){ batch(id:$b){ status } }`), { b })).data.batch.status).toBe('OPEN');

    // Another reviewer takes the spot check of R1: the form is theirs to read in clear now.
    const spot = (await t.as('reviewer2')(CLAIM, { b })).data.claimNextTask;
    expect(spot).toMatchObject({ kind: 'SPOT_CHECK', form: { formNumber: 'R1' }, spotCheckFields: agreed });
    const seen = (await t.as('reviewer2')(FORM, { id: r1.form.id })).data.form.fields.find((x: { field: { key: string } }) => x.field.key === 'motherName');
    expect(seen!.value1).toBe('Trần Thị Hoa');
    // A field the reviewer settled is not part of it; an agreed one is, and correcting it charges both clerks.
    const settled = await t.as('reviewer2')(SPOT, { id: spot.id, c: [{ fieldKey: 'phone', value: '0912345670' }] });
    expect(settled.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', problems: [{ field: 'corrections.0.fieldKey', reason: 'phone was settled in review: this spot check covers the fields both clerks agreed on' }] });
    const fixed = await t.as('reviewer2')(SPOT, { id: spot.id, c: [{ fieldKey: 'religion', value: 'Không' }] });
    expect(fixed.data.resolveSpotCheck).toEqual({ status: 'RESOLVED', discrepancyCount: 1 });
    const form = (await admin()(FORM, { id: r1.form.id })).data.form;
    // KT3: two slips found in review, one identical error found by the spot check; KT4: that one.
    expect(form.keyings.map((x: { errorCount: number }) => x.errorCount)).toEqual([3, 1]);
    // The spot checks drawn after review counted in the backlog (and the one resolved out), as the tables say.
    const em = t.app.orm.em.fork();
    expect(await readAggregates(em)).toEqual(await recompute(em));
    expect(form.tasks[1]).toMatchObject({ status: 'RESOLVED', spotCheckFields: agreed });
  });
});
