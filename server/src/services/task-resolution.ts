import type { SqlEntityManager } from '@mikro-orm/knex';
import { CorrectionTask, Discrepancy, Form, Keying, User, VerifiedRecord } from '../db/entities/index.js';
import { outcomeOf } from '../domain/attribution.js';
import type { Comparator } from '../domain/compare.js';
import { ChecksFailedError, DomainError, ValidationError, type FieldProblem } from '../domain/errors.js';
import { checkRecord, type CheckFinding } from '../domain/record-checks.js';
import { illegibleOverReadable, syllableAgainstKeyings, withChoiceFindings } from '../domain/review-checks.js';
import { textKindOf } from '../domain/syllables.js';
import type { TaskStatus } from '../domain/state-machine.js';
import { fieldMap, type FieldDef } from '../domain/template.js';
import { checkValue, ILLEGIBLE, type FieldValues } from '../domain/values.js';
import { Deltas, onSettled } from './aggregates.js';
import { audit } from './audit.service.js';
import type { Actor, ServiceContext } from './context.js';
import { chargeErrors, passesToCharge, type Charge } from './error-charging.js';
import { settledHouseholdChecks } from './household.js';
import { findingProblems, overrideAudit, overrideReasonOf } from './record-checks.js';
import { changeSeqOf } from './record-sync.js';
import { drawAfterReview } from './spot-check.js';
import { assertBatchOpen, assertHolder, assertNotOwn, clearClaim, loadFormWithBatch, lockTask, moveForm, moveTask, refreshBatch, requireActor } from './task-state.js';
import { loadEntities } from './entity-rows.js';
import type { TemplateCache } from './templates.js';
import type { Vault } from './vault.js';

/** Which value a reviewer takes for a discrepancy (the GraphQL ResolutionChoice). */
export const CHOICES = ['FIRST', 'SECOND', 'THIRD', 'VALUE'] as const;
export type Choice = (typeof CHOICES)[number];

/** Where a verified value came from (the GraphQL ValueSource; a record's `sources`). */
export const VALUE_SOURCES = ['AGREED', 'FIRST', 'SECOND', 'THIRD', 'REVIEWER'] as const;
export type ValueSource = (typeof VALUE_SOURCES)[number];

/** A reviewer's decision on one discrepancy (what resolveTask's ResolutionInput becomes). */
export interface DiscrepancyResolution {
  discrepancyId: number;
  choice: Choice;
  value?: string | null;
  illegible?: boolean | null;
}

/** The final raw value of a disputed field and where it came from. */
export interface SettledField {
  d: Discrepancy;
  raw: string | null;
  source: string;
}

/** Review tasks ending in a verified record: a reviewer's resolution, or a third keying that settles every field. */
export class TaskResolution {
  constructor(
    private readonly templates: TemplateCache,
    private readonly comparator: Comparator,
    private readonly vault: Vault,
  ) {}

  async resolve(ctx: ServiceContext, taskId: number, resolutions: DiscrepancyResolution[], overrideReason?: string | null): Promise<{ task: CorrectionTask; record: VerifiedRecord }> {
    const actor = requireActor(ctx);
    const reason = overrideReasonOf(overrideReason);
    return ctx.em.transactional(async (em) => {
      const now = new Date();
      const task = await lockTask(em, taskId);
      assertHolder(task, actor, now);
      assertNotOwn(task, actor);
      if (task.kind !== 'REVIEW') throw new DomainError('INVALID_TRANSITION', `task ${task.id} is a spot check: confirm or correct it with resolveSpotCheck`);
      const form = await loadFormWithBatch(em, task.form.id);
      await assertBatchOpen(em, form.batch.id);
      const { finals, fields } = await this.finalsOf(em, task, form, resolutions);
      const agg = new Deltas();
      const record = (await this.settle(em, { task, form, fields, finals, by: actor, now, agg, checks: { reason, extra: this.choiceFindings(form, fields, finals) } }))!;
      await agg.commit(em);
      // Last before COMMIT: the batch row lock it takes is held as briefly as possible.
      await refreshBatch(em, form.batch.id, actor);
      return { task, record };
    });
  }

  /**
   * What the final record would fail if the reviewer submitted these resolutions: the warnings
   * shown before submitting. Reads only; the same validation as resolve().
   */
  async preview(ctx: ServiceContext, taskId: number, resolutions: DiscrepancyResolution[]): Promise<CheckFinding[]> {
    const actor = requireActor(ctx);
    const em = ctx.em.fork();
    const task = await em.findOneOrFail(CorrectionTask, taskId, { failHandler: () => new DomainError('NOT_FOUND', `task ${taskId} not found`) });
    assertHolder(task, actor, new Date());
    if (task.kind !== 'REVIEW') throw new DomainError('INVALID_TRANSITION', `task ${task.id} is a spot check: preview its corrections with spotCheckWarnings`);
    const form = await loadFormWithBatch(em, task.form.id);
    const { finals, fields } = await this.finalsOf(em, task, form, resolutions, { partial: true });
    const template = await this.templates.get(em, form.batch.template.id);
    const values = await this.finalValues(em, form, fields, finals);
    const household = await settledHouseholdChecks(em, this.vault, template, { id: form.id, batchId: form.batch.id }, values, { lock: false, pending: true });
    return withChoiceFindings([...checkRecord(template, values, { now: new Date() }), ...household.findings], this.choiceFindings(form, fields, finals));
  }

  /** What the reviewer's own choices look like against the keyings (domain/review-checks.ts). */
  private choiceFindings(form: Form, fields: Map<string, FieldDef>, finals: SettledField[]): CheckFinding[] {
    const out: CheckFinding[] = [];
    for (const { d, raw, source } of finals) {
      const keyed = [d.value1, d.value2, d.value3].filter((v) => v != null).map((v) => this.vault.openField(form.id, d.fieldKey, v));
      const illegible = source === 'REVIEWER' ? illegibleOverReadable(d.fieldKey, raw, keyed.slice(0, 2)) : null;
      if (illegible) out.push(illegible);
      const field = fields.get(d.fieldKey);
      if (field && textKindOf(field.type)) out.push(...syllableAgainstKeyings(d.fieldKey, raw, keyed));
    }
    return out;
  }

  /** Validates a reviewer's resolutions and turns them into final raw values. */
  private async finalsOf(em: SqlEntityManager, task: CorrectionTask, form: Form, resolutions: DiscrepancyResolution[], opts: { partial?: boolean } = {}) {
    const fields = fieldMap(await this.templates.get(em, form.batch.template.id));
    const discrepancies = await loadEntities(em, Discrepancy, 'where task_id = ? order by id', [task.id]);
    const byId = new Map(discrepancies.map((d) => [d.id, d]));
    const problems = this.problems(task.id, fields, byId, resolutions);
    const missing = discrepancies.filter((d) => !resolutions.some((r) => r.discrepancyId === d.id));
    if (missing.length && !opts.partial) {
      problems.push({ field: 'resolutions', reason: `every discrepancy must be resolved; missing: ${missing.map((d) => d.fieldKey).join(', ')}` });
    }
    if (problems.length) throw new ValidationError(problems.map((p) => `${p.field} ${p.reason}`).join('; '), problems);
    const finals = resolutions.map((r): SettledField => {
      const d = byId.get(r.discrepancyId)!;
      const stored = r.choice === 'FIRST' ? d.value1 : r.choice === 'SECOND' ? d.value2 : r.choice === 'THIRD' ? d.value3 : null;
      const raw = r.choice === 'VALUE' ? (r.illegible ? ILLEGIBLE : r.value ?? null) : this.vault.openField(form.id, d.fieldKey, stored);
      return { d, raw, source: r.choice === 'VALUE' ? 'REVIEWER' : r.choice };
    });
    return { finals, fields };
  }

  /**
   * The record the finals make: pass 1's agreed values (canonical), or the record already verified
   * when a household check reopened the form, with each settled field replaced.
   */
  private async finalValues(em: SqlEntityManager, form: Form, fields: Map<string, FieldDef>, finals: SettledField[], keyings?: Keying[], record?: VerifiedRecord | null): Promise<FieldValues> {
    const values: FieldValues = {};
    const earlier = record === undefined ? (await loadEntities(em, VerifiedRecord, 'where form_id = ?', [form.id]))[0] ?? null : record;
    if (earlier) Object.assign(values, this.vault.openRecord(form.id, earlier.values));
    else {
      const p1 = (keyings ?? (await loadEntities(em, Keying, 'where form_id = ? and pass = 1', [form.id]))).find((k) => k.pass === 1)!;
      const p1Values = this.vault.openKeying(form.id, 1, p1.values);
      for (const f of fields.values()) values[f.key] = this.comparator.canonical(f, p1Values[f.key] ?? null);
    }
    for (const { d, raw } of finals) values[d.fieldKey] = this.comparator.canonical(fields.get(d.fieldKey)!, raw);
    return values;
  }

  private problems(taskId: number, fields: Map<string, FieldDef>, byId: Map<number, Discrepancy>, resolutions: DiscrepancyResolution[]): FieldProblem[] {
    const problems: FieldProblem[] = [];
    const seen = new Set<number>();
    resolutions.forEach((r, i) => {
      const d = byId.get(r.discrepancyId);
      if (!d) problems.push({ field: `resolutions.${i}.discrepancyId`, reason: `discrepancy ${r.discrepancyId} is not part of task ${taskId}` });
      else if (seen.has(d.id)) problems.push({ field: `resolutions.${i}.discrepancyId`, reason: `discrepancy ${d.id} (${d.fieldKey}) is resolved twice` });
      else seen.add(d.id);
      if (!d) return;
      if (r.choice === 'VALUE') {
        if (r.illegible) return;
        const why = checkValue(fields.get(d.fieldKey)!, r.value ?? null);
        if (why) problems.push({ field: `resolutions.${i}.value`, reason: `${d.fieldKey} ${why}` });
      } else if (r.value != null || r.illegible) {
        problems.push({ field: `resolutions.${i}.value`, reason: 'a value may only be given with choice VALUE' });
      } else if (r.choice === 'THIRD' && d.value3 === null) {
        problems.push({ field: `resolutions.${i}.choice`, reason: `${d.fieldKey} has no third keying` });
      }
    });
    return problems;
  }

  /**
   * Writes the outcome of a review task: discrepancies settled, clerks charged, the verified record,
   * form VERIFIED and task RESOLVED, with the audit trail. Shared by reviewers and by a third keying
   * that settles every disputed field. The final record must pass every check: a reviewer may
   * override with a reason; a third keying ('defer') settles nothing and answers null instead.
   */
  async settle(
    em: SqlEntityManager,
    args: { task: CorrectionTask; form: Form; fields: Map<string, FieldDef>; finals: SettledField[]; by: Actor | null; now: Date; agg: Deltas; checks: { reason: string | null; extra?: CheckFinding[] } | 'defer' },
  ): Promise<VerifiedRecord | null> {
    const { task, form, fields, finals, by, now, agg } = args;
    const template = await this.templates.get(em, form.batch.template.id);
    const keyings = await loadEntities(em, Keying, 'where form_id = ? order by pass', [form.id]);
    const byPass = new Map(keyings.map((k) => [k.pass, k]));
    const [earlier = null] = await loadEntities(em, VerifiedRecord, 'where form_id = ?', [form.id]);
    const values = await this.finalValues(em, form, fields, finals, keyings, earlier);
    // The final record passes every check, or a person says why it is right anyway.
    const household = await settledHouseholdChecks(em, this.vault, template, { id: form.id, batchId: form.batch.id }, values, { lock: true, pending: false });
    const findings = withChoiceFindings([...checkRecord(template, values, { now }), ...household.findings], args.checks === 'defer' ? [] : (args.checks.extra ?? []));
    const reason = args.checks === 'defer' ? null : args.checks.reason;
    // A third keying cannot give a reason: its record waits for a reviewer instead.
    if (findings.length && args.checks === 'defer') return null;
    if (findings.length && !reason) throw new ChecksFailedError(findingProblems(findings));
    const sources: Record<string, string> = { ...Object.fromEntries([...fields.keys()].map((k) => [k, 'AGREED'])), ...(earlier?.sources ?? {}) };
    const charges: Charge[] = [];
    const changes: Record<string, unknown>[] = [];
    for (const { d, raw, source } of finals) {
      const field = fields.get(d.fieldKey)!;
      const final = this.comparator.canonical(field, raw);
      const [v1, v2, v3] = [d.value1, d.value2, d.value3].map((v) => this.vault.openField(form.id, d.fieldKey, v));
      const outcome = outcomeOf(this.comparator, field, v1, v2, final);
      sources[d.fieldKey] = source;
      d.finalValue = this.vault.sealField(template, form.id, d.fieldKey, final);
      d.outcome = outcome;
      d.resolvedAt = now;
      changes.push({ field: d.fieldKey, value1: v1, value2: v2, value3: v3, final, outcome });
      const thirdWrong = v3 !== null && byPass.has(3) && !this.comparator.same(field, v3, final);
      for (const pass of passesToCharge(outcome, thirdWrong)) charges.push({ keying: byPass.get(pass)!, fieldKey: d.fieldKey, kind: d.kind });
    }
    const claimedAt = task.claimedAt;
    const from = task.status as TaskStatus;
    moveTask(task, 'RESOLVED');
    moveForm(form, 'VERIFIED');
    task.resolvedBy = by ? em.getReference(User, by.userId) : null;
    task.resolvedAt = now;
    clearClaim(task);
    form.verifiedAt = now;
    form.updatedAt = now;
    const recordData = {
      values: this.vault.sealRecord(template, form.id, values),
      sources,
      automatic: false,
      verifiedBy: by ? em.getReference(User, by.userId) : null,
      verifiedAt: now,
      citizenBidx: this.vault.citizenIndex(template, values),
    };
    // A reopened form keeps its record, settled again: a new version, which comes again to systems in sync.
    const changeSeq = await changeSeqOf(em);
    const record = earlier
      ? Object.assign(earlier, recordData, { version: earlier.version + 1, changeSeq })
      : em.create(VerifiedRecord, { form, batch: form.batch, ...recordData, changeSeq });
    const errors = await chargeErrors(em, form, charges, now);
    await em.flush();
    await household.remember(now);
    onSettled(agg, { batch: form.batch, keyings, errors, finals, by, claimedAt, now });
    await audit(em, by, [
      // Old and new values are personal data: the audit keeps them sealed.
      { action: 'task.resolve', entityType: 'task', entityId: task.id, data: { from, to: 'RESOLVED', fields: changes.map((c) => ({ field: c.field, outcome: c.outcome })), sealedChanges: this.vault.sealJson(`audit:task:${task.id}`, changes), ...overrideAudit(this.vault, task.id, findings, reason) } },
      { action: 'form.verify', entityType: 'form', entityId: form.id, data: { from: 'IN_REVIEW', to: 'VERIFIED', recordId: record.id, ...(earlier ? { again: true } : {}) } },
    ], now);
    await drawAfterReview(em, { task, form, sources, by, now });
    return record;
  }
}
