import type { SqlEntityManager } from '@mikro-orm/knex';
import { CorrectionTask, Discrepancy, Form, Keying, User, VerifiedRecord } from '../db/entities/index.js';
import { classify, type Comparator } from '../domain/compare.js';
import { ChecksFailedError, DomainError, ValidationError, type FieldProblem } from '../domain/errors.js';
import { checkRecord, type CheckFinding } from '../domain/record-checks.js';
import { fieldMap, type FieldDef } from '../domain/template.js';
import { checkValue, ILLEGIBLE } from '../domain/values.js';
import { Deltas, onBacklog, onSpotChecked } from './aggregates.js';
import { audit } from './audit.service.js';
import type { Actor, ServiceContext } from './context.js';
import { chargeErrors, passesToCharge, type Charge } from './error-charging.js';
import { settledHouseholdChecks } from './household.js';
import { findingProblems, overrideAudit, overrideReasonOf } from './record-checks.js';
import { changeSeqOf } from './record-sync.js';
import { drawForms, drawPolicyOf } from './spot-check-draw.js';
import { assertBatchOpen, assertHolder, assertNotOwn, clearClaim, lockTask, moveTask, refreshBatch, requireActor } from './task-state.js';
import type { TemplateCache } from './templates.js';
import type { Vault } from './vault.js';

/** A spot-check correction of one field (what resolveSpotCheck's FieldCorrectionInput becomes). */
export interface CorrectionInput {
  fieldKey: string;
  value?: string | null;
  illegible?: boolean | null;
}

/**
 * The fields a spot check covers: those both clerks agreed on (every field of an automatic
 * record, whose empty `sources` mean AGREED throughout), not those a review settled.
 */
export function agreedFields(fieldKeys: Iterable<string>, sources: Record<string, string>): string[] {
  return [...fieldKeys].filter((k) => (sources[k] ?? 'AGREED') === 'AGREED');
}

/**
 * Under a RISK policy a form verified after review (by a reviewer or a third keying) may be drawn
 * too, with the same rule as the automatic ones (ingest/spot-checks.ts): its spot check covers the
 * fields both clerks agreed on. Called by TaskResolution.settle, in its transaction.
 */
export async function drawAfterReview(em: SqlEntityManager, args: { task: CorrectionTask; form: Form; sources: Record<string, string>; by: Actor | null; now: Date }): Promise<void> {
  const { task, form, sources, by, now } = args;
  const policy = drawPolicyOf(form.batch);
  if (policy?.mode !== 'RISK') return;
  const agreed = agreedFields(Object.keys(sources), sources).length;
  if (!agreed) return;
  // A form reopened by a household check may have been drawn already: one spot check per form.
  if (await em.count(CorrectionTask, { form: form.id, kind: 'SPOT_CHECK' })) return;
  const [drawn] = await drawForms(em, policy, [{ id: form.id, keyer1: task.keyer1, keyer2: task.keyer2 }], now);
  if (!drawn) return;
  // References by id: the review's form and batch are plain rows (review-rows.ts), not entities.
  const spot = em.create(CorrectionTask, {
    form: form.id, batch: form.batch.id, kind: 'SPOT_CHECK', status: 'OPEN', keyer1: task.keyer1, keyer2: task.keyer2, provinceCode: form.batch.provinceCode,
    discrepancyCount: 0, note: `${drawn.note}; after review: the ${agreed} agreed fields`, createdAt: now,
  });
  await em.flush();
  await audit(em, by, [{ action: 'spotcheck.draw', entityType: 'task', entityId: spot.id, data: { formId: form.id, after: 'REVIEW', reviewTaskId: task.id, agreedFields: agreed } }], now);
  // Deltas of their own: the settle may have appended its own already, with its writes.
  const agg = new Deltas();
  onBacklog(agg, form.batch, spot, 1);
  await agg.commit(em);
}

/** Spot checks of verified records: automatic ones, and under RISK the agreed fields of reviewed ones. */
export class SpotChecks {
  constructor(
    private readonly templates: TemplateCache,
    private readonly comparator: Comparator,
    private readonly vault: Vault,
  ) {}

  /**
   * A spot check confirms a verified record or corrects fields both clerks agreed on. A correction
   * means both agreed on a wrong value: both are charged.
   */
  async resolve(ctx: ServiceContext, taskId: number, corrections: CorrectionInput[], overrideReason?: string | null) {
    const actor = requireActor(ctx);
    const reason = overrideReasonOf(overrideReason);
    return ctx.em.transactional(async (em) => {
      const now = new Date();
      const task = await lockTask(em, taskId);
      // What the backlog counted of it while it waited (a correction sets the count below).
      const waiting = { createdAt: task.createdAt, discrepancyCount: task.discrepancyCount };
      assertHolder(task, actor, now);
      assertNotOwn(task, actor);
      if (task.kind !== 'SPOT_CHECK') throw new DomainError('INVALID_TRANSITION', `task ${task.id} is a review task: resolve it with resolveTask`);
      const form = await em.findOneOrFail(Form, task.form.id, { populate: ['batch'] });
      await assertBatchOpen(em, form.batch.id);
      // Back in review (a reopened resolution, a household check): its reviewer settles it first.
      if (form.status !== 'VERIFIED' && form.status !== 'AUTO_VERIFIED') throw new DomainError('CONFLICT', `form ${form.formNumber} is back in review; check it once it is settled again`);
      const template = await this.templates.get(em, form.batch.template.id);
      const fields = fieldMap(template);
      const record = await em.findOneOrFail(VerifiedRecord, { form: form.id });
      this.validate(fields, corrections, new Set(agreedFields(fields.keys(), record.sources)));

      const keyings = await em.find(Keying, { form: form.id }, { orderBy: { pass: 'asc' } });
      const byPass = new Map(keyings.map((k) => [k.pass, k]));
      const keyed = keyings.map((k) => this.vault.openKeying(form.id, k.pass, k.values));
      const values = this.vault.openRecord(form.id, record.values);
      const sources = { ...record.sources };
      const changes: Record<string, unknown>[] = [];
      const discrepancies: object[] = [];
      const charges: Charge[] = [];
      for (const c of corrections) {
        const f = fields.get(c.fieldKey)!;
        const agreed = values[c.fieldKey] ?? null;
        const final = this.comparator.canonical(f, c.illegible ? ILLEGIBLE : c.value ?? null);
        if (this.comparator.same(f, agreed, final)) continue;
        const { kind, distance } = classify(f, agreed, final);
        values[c.fieldKey] = final;
        sources[c.fieldKey] = 'REVIEWER';
        changes.push({ field: c.fieldKey, old: agreed, new: final });
        const sealed = (v: string | null | undefined) => this.vault.sealField(template, form.id, c.fieldKey, v);
        discrepancies.push({
          form: form.id, task: task.id, batch: form.batch.id, fieldKey: c.fieldKey, value1: sealed(keyed[0][c.fieldKey]), value2: sealed(keyed[1][c.fieldKey]),
          kind, editDistance: distance, note: 'spot check: both keyings agreed on a wrong value', finalValue: sealed(final), outcome: 'BOTH_WRONG', resolvedAt: now, createdAt: now,
        });
        for (const pass of passesToCharge('BOTH_WRONG', false)) charges.push({ keying: byPass.get(pass)!, fieldKey: c.fieldKey, kind });
      }
      // The record after the check must pass every check, or the reviewer says why it is right.
      // A changed record is checked against its household too.
      const household = changes.length ? await settledHouseholdChecks(em, this.vault, template, { id: form.id, batchId: form.batch.id }, values, { lock: true, pending: false, keyed }) : null;
      const findings = [...checkRecord(template, values, { now }), ...(household?.findings ?? [])];
      if (findings.length && !reason) throw new ChecksFailedError(findingProblems(findings));
      let errors: Awaited<ReturnType<typeof chargeErrors>> = [];
      if (changes.length) {
        record.values = this.vault.sealRecord(template, form.id, values);
        record.citizenBidx = this.vault.citizenIndex(template, values);
        record.sources = sources;
        record.verifiedBy = em.getReference(User, actor.userId);
        record.verifiedAt = now;
        // A new version: systems in sync get the corrected record again.
        record.version += 1;
        record.changeSeq = await changeSeqOf(em);
        await em.insertMany(Discrepancy, discrepancies as never[]);
        errors = await chargeErrors(em, form, charges, now);
        task.discrepancyCount = changes.length;
        await household?.remember(now);
      }
      const agg = new Deltas();
      onSpotChecked(agg, { batch: form.batch, task: waiting, keyings, errors, corrected: changes.length > 0, by: actor, claimedAt: task.claimedAt, now });
      moveTask(task, 'RESOLVED');
      task.resolvedBy = em.getReference(User, actor.userId);
      task.resolvedAt = now;
      clearClaim(task);
      await em.flush();
      await audit(em, actor, [{ action: changes.length ? 'spotcheck.correct' : 'spotcheck.confirm', entityType: 'task', entityId: task.id, data: { from: 'CLAIMED', to: 'RESOLVED', fields: changes.map((c) => c.field), sealedChanges: this.vault.sealJson(`audit:task:${task.id}`, changes), ...overrideAudit(this.vault, task.id, findings, reason) } }], now);
      await refreshBatch(em, form.batch.id, actor);
      await agg.commit(em);
      return task;
    });
  }

  /** The checks the record would fail after these corrections (warnings before submitting). */
  async preview(ctx: ServiceContext, taskId: number, corrections: CorrectionInput[]): Promise<CheckFinding[]> {
    const actor = requireActor(ctx);
    const em = ctx.em.fork();
    const task = await em.findOneOrFail(CorrectionTask, taskId, { failHandler: () => new DomainError('NOT_FOUND', `task ${taskId} not found`) });
    assertHolder(task, actor, new Date());
    if (task.kind !== 'SPOT_CHECK') throw new DomainError('INVALID_TRANSITION', `task ${task.id} is a review task: preview it with resolutionWarnings`);
    const form = await em.findOneOrFail(Form, task.form.id, { populate: ['batch'] });
    const template = await this.templates.get(em, form.batch.template.id);
    const fields = fieldMap(template);
    const record = await em.findOneOrFail(VerifiedRecord, { form: form.id });
    this.validate(fields, corrections, new Set(agreedFields(fields.keys(), record.sources)));
    const values = this.vault.openRecord(form.id, record.values);
    for (const c of corrections) values[c.fieldKey] = this.comparator.canonical(fields.get(c.fieldKey)!, c.illegible ? ILLEGIBLE : c.value ?? null);
    const keyed = corrections.length ? (await em.find(Keying, { form: form.id })).map((k) => this.vault.openKeying(form.id, k.pass, k.values)) : [];
    const household = corrections.length ? await settledHouseholdChecks(em, this.vault, template, { id: form.id, batchId: form.batch.id }, values, { lock: false, pending: true, keyed }) : null;
    return [...checkRecord(template, values, { now: new Date() }), ...(household?.findings ?? [])];
  }

  /** Corrections name fields of the form both clerks agreed on (`checked`), once each, with valid values. */
  private validate(fields: Map<string, FieldDef>, corrections: CorrectionInput[], checked: ReadonlySet<string>): void {
    const problems: FieldProblem[] = [];
    const seen = new Set<string>();
    corrections.forEach((c, i) => {
      const f = fields.get(c.fieldKey);
      if (!f) return problems.push({ field: `corrections.${i}.fieldKey`, reason: `${c.fieldKey} is not a field of the form` });
      if (!checked.has(c.fieldKey)) return problems.push({ field: `corrections.${i}.fieldKey`, reason: `${c.fieldKey} was settled in review: this spot check covers the fields both clerks agreed on` });
      if (seen.has(c.fieldKey)) problems.push({ field: `corrections.${i}.fieldKey`, reason: `${c.fieldKey} is corrected twice` });
      seen.add(c.fieldKey);
      if (c.illegible) return;
      const why = checkValue(f, c.value ?? null);
      if (why) problems.push({ field: `corrections.${i}.value`, reason: `${c.fieldKey} ${why}` });
    });
    if (problems.length) throw new ValidationError(problems.map((p) => `${p.field} ${p.reason}`).join('; '), problems);
  }
}
