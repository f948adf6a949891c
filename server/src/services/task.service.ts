import type { SqlEntityManager } from '@mikro-orm/knex';
import { LockMode } from '@mikro-orm/core';
import { Batch, CorrectionTask, Discrepancy, Form, Keying, KeyingError, TaskComment, User, VerifiedRecord } from '../db/entities/index.js';
import { chargedPasses, outcomeOf, type Outcome } from '../domain/attribution.js';
import { classify, type Comparator } from '../domain/compare.js';
import { DomainError, ValidationError, type FieldProblem } from '../domain/errors.js';
import { batchMachine, formMachine, taskMachine, type BatchStatus, type FormStatus, type TaskStatus } from '../domain/state-machine.js';
import { fieldMap, type FieldDef } from '../domain/template.js';
import { checkValue, ILLEGIBLE, type FieldValues } from '../domain/values.js';
import { audit } from './audit.service.js';
import { Deltas, onEscalated, onRejectedOrRescanned, onSettled, onSpotChecked } from './aggregates.js';
import type { Actor, ServiceContext } from './context.js';
import { exec, isPostgres, sqlDate } from './sql.js';
import type { TemplateCache } from './templates.js';
import type { Vault } from './vault.js';
import { inTeamScope, teamOf } from '../domain/team-scope.js';
import { withinTeam } from './team.service.js';

export type Choice = 'FIRST' | 'SECOND' | 'THIRD' | 'VALUE';

export interface ResolutionInput {
  discrepancyId: number;
  choice: Choice;
  value?: string | null;
  illegible?: boolean | null;
}

export interface CorrectionInput {
  fieldKey: string;
  value?: string | null;
  illegible?: boolean | null;
}

/** Task states in which a form still waits for someone. */
export const PENDING_TASK_STATUSES: TaskStatus[] = ['OPEN', 'CLAIMED', 'ESCALATED', 'REKEY_REQUESTED'];
/** Form states that count as done for handover. */
export const DONE_FORM_STATUSES: FormStatus[] = ['VERIFIED', 'AUTO_VERIFIED', 'REJECTED'];

function requireActor(ctx: ServiceContext): Actor {
  if (!ctx.actor) throw new DomainError('UNAUTHENTICATED', 'sign in first');
  return ctx.actor;
}

function requireText(field: string, text: string | null | undefined, max = 2000): string {
  const t = (text ?? '').trim();
  if (!t) throw new ValidationError(`${field} is required`, [{ field, reason: 'is required' }]);
  if (t.length > max) throw new ValidationError(`${field} is longer than ${max} characters`, [{ field, reason: `is longer than ${max} characters` }]);
  return t;
}

export class TaskService {
  constructor(
    private readonly templates: TemplateCache,
    private readonly comparator: Comparator,
    private readonly leaseSeconds: number,
    private readonly onExpired: (n: number) => void = () => undefined,
    private readonly vault: Vault,
  ) {}

  /** Returns expired leases to their queue. Idempotent, so several servers may run it at once. */
  async expireLeases(em: SqlEntityManager, now = new Date()): Promise<number> {
    const r = await exec<{ affectedRows?: number; changes?: number }>(
      em,
      `update correction_task set status = case when escalated then 'ESCALATED' else 'OPEN' end, claimed_by_id = null, claimed_at = null, lease_until = null where status = 'CLAIMED' and lease_until < ?`,
      [sqlDate(em, now)],
      'run',
    );
    const n = Number(r?.affectedRows ?? r?.changes ?? 0);
    if (n) this.onExpired(n);
    return n;
  }

  /**
   * Oldest task this reviewer may take, under a lease (managers first get escalated ones). A
   * reviewer who already holds a live lease gets that task back (no hoarding). Never the same task
   * to two reviewers: SKIP LOCKED on PostgreSQL; SQLite serializes writers; the UPDATE re-checks.
   */
  async claimNext(ctx: ServiceContext, batchId?: number | null): Promise<CorrectionTask | null> {
    const actor = requireActor(ctx);
    const now = new Date();
    const team = teamOf(actor);
    if (batchId && team) {
      const b = await ctx.em.findOne(Batch, batchId);
      if (!b) throw new DomainError('NOT_FOUND', `batch ${batchId} does not exist`);
      if (!inTeamScope(team, b)) throw new DomainError('FORBIDDEN', `batch ${b.code} is not one of team ${team.code}'s batches`, { field: 'batchId' });
    }
    // Idempotent upkeep, not the claim: it commits on its own, so a failed claim does not undo it.
    await this.expireLeases(ctx.em, now);
    // The claim and its audit event commit together.
    return ctx.em.transactional(async (em) => {
      // A lease held from before a team change is not handed back across teams; it runs out by itself.
      const held = await em.findOne(CorrectionTask, withinTeam<CorrectionTask>(actor, 'batch', { claimedBy: actor.userId, status: 'CLAIMED', leaseUntil: { $gt: now }, ...(batchId ? { batch: batchId } : {}) }), { orderBy: { id: 'asc' } });
      if (held) return held;
      const pg = isPostgres(em);
      const senior = actor.role === 'MANAGER';
      const where: string[] = [senior ? `status in ('OPEN', 'ESCALATED')` : `status = 'OPEN'`];
      const params: unknown[] = [];
      if (batchId) {
        where.push('batch_id = ?');
        params.push(batchId);
      } else if (team?.provinceCode) {
        // (province_code, status, created_at, id) index: still one indexed statement per claim.
        where.push('province_code = ?');
        params.push(team.provinceCode);
      } else if (team) {
        where.push(`batch_id in (${team.batchIds.length ? team.batchIds.map(() => '?').join(', ') : 'null'})`);
        params.push(...team.batchIds);
      }
      if (actor.keyerCode) {
        where.push('keyer1 <> ? and keyer2 <> ?');
        params.push(actor.keyerCode, actor.keyerCode);
      }
      const order = senior ? `case when status = 'ESCALATED' then 0 else 1 end, created_at, id` : 'created_at, id';
      const inner = `select id from correction_task where ${where.join(' and ')} order by ${order} limit 1${pg ? ' for update skip locked' : ''}`;
      const rows = await exec<{ id: number }[]>(
        em,
        `update correction_task set status = 'CLAIMED', claimed_by_id = ?, claimed_at = ?, lease_until = ? where id = (${inner}) and status in ('OPEN', 'ESCALATED') returning id`,
        [actor.userId, sqlDate(em, now), sqlDate(em, new Date(now.getTime() + this.leaseSeconds * 1000)), ...params],
      );
      if (!rows.length) return null;
      const task = await em.findOneOrFail(CorrectionTask, Number(rows[0].id), { refresh: true });
      await audit(em, actor, [{ action: 'task.claim', entityType: 'task', entityId: task.id, data: { from: task.escalated ? 'ESCALATED' : 'OPEN', to: 'CLAIMED', leaseUntil: task.leaseUntil } }], now);
      return task;
    });
  }

  async release(ctx: ServiceContext, taskId: number): Promise<CorrectionTask> {
    const actor = requireActor(ctx);
    return ctx.em.transactional(async (em) => {
      const task = await this.lockTask(em, taskId);
      this.assertHolder(task, actor, new Date());
      const to: TaskStatus = task.escalated ? 'ESCALATED' : 'OPEN';
      this.move(task, to);
      this.clearClaim(task);
      await audit(em, actor, [{ action: 'task.release', entityType: 'task', entityId: task.id, data: { from: 'CLAIMED', to } }]);
      return task;
    });
  }

  /** Hand the task to a senior reviewer; the comment says why. */
  async escalate(ctx: ServiceContext, taskId: number, comment: string): Promise<CorrectionTask> {
    const actor = requireActor(ctx);
    const text = requireText('comment', comment);
    return ctx.em.transactional(async (em) => {
      const task = await this.lockTask(em, taskId);
      this.assertHolder(task, actor, new Date());
      if (task.escalated) throw new DomainError('INVALID_TRANSITION', `task ${task.id} is already escalated; resolve it`);
      this.move(task, 'ESCALATED');
      task.escalated = true;
      const agg = new Deltas();
      await onEscalated(em, agg, { batch: task.batch, by: actor, now: new Date() });
      this.clearClaim(task);
      em.create(TaskComment, { task, author: em.getReference(User, actor.userId), text, createdAt: new Date() });
      await audit(em, actor, [{ action: 'task.escalate', entityType: 'task', entityId: task.id, data: { from: 'CLAIMED', to: 'ESCALATED', comment: text } }]);
      await agg.commit(em);
      return task;
    });
  }

  /** Ask a third clerk to key the disputed fields; the task waits for that keying. */
  async requestRekey(ctx: ServiceContext, taskId: number, comment?: string | null): Promise<CorrectionTask> {
    const actor = requireActor(ctx);
    return ctx.em.transactional(async (em) => {
      const task = await this.lockTask(em, taskId);
      this.assertHolder(task, actor, new Date());
      this.assertNotOwn(task, actor);
      if (task.kind !== 'REVIEW') throw new DomainError('INVALID_TRANSITION', 'only a review task can be re-keyed');
      // A form is re-keyed once: a second pass 3 would collide with the first (unique form, pass).
      if (await em.count(Keying, { form: task.form.id, pass: 3 })) throw new DomainError('INVALID_TRANSITION', `form ${task.form.id} was already re-keyed; resolve it from the three values`);
      this.move(task, 'REKEY_REQUESTED');
      this.clearClaim(task);
      if (comment?.trim()) em.create(TaskComment, { task, author: em.getReference(User, actor.userId), text: requireText('comment', comment), createdAt: new Date() });
      await audit(em, actor, [{ action: 'task.rekey', entityType: 'task', entityId: task.id, data: { from: 'CLAIMED', to: 'REKEY_REQUESTED' } }]);
      return task;
    });
  }

  /** The scan is unreadable: the form leaves the pipeline until it is rescanned. */
  async rejectForm(ctx: ServiceContext, taskId: number, reason: string): Promise<CorrectionTask> {
    const actor = requireActor(ctx);
    const text = requireText('reason', reason);
    return ctx.em.transactional(async (em) => {
      const task = await this.lockTask(em, taskId);
      this.assertHolder(task, actor, new Date());
      if (task.kind !== 'REVIEW') throw new DomainError('INVALID_TRANSITION', 'a spot check confirms or corrects; it cannot reject the form');
      const form = await em.findOneOrFail(Form, task.form.id);
      this.move(task, 'REJECTED');
      this.moveForm(form, 'REJECTED');
      this.clearClaim(task);
      task.note = text;
      task.resolvedBy = em.getReference(User, actor.userId);
      task.resolvedAt = new Date();
      await audit(em, actor, [
        { action: 'task.reject', entityType: 'task', entityId: task.id, data: { from: 'CLAIMED', to: 'REJECTED', reason: text } },
        { action: 'form.reject', entityType: 'form', entityId: form.id, data: { from: 'IN_REVIEW', to: 'REJECTED', reason: text } },
      ]);
      await em.flush();
      const agg = new Deltas();
      await onRejectedOrRescanned(em, agg, { batch: task.batch, rescan: false, by: actor, now: task.resolvedAt });
      await this.refreshBatch(em, task.batch.id, actor);
      await agg.commit(em);
      return task;
    });
  }

  /** A rejected form was scanned again: it returns to review with its new image. */
  async rescanForm(ctx: ServiceContext, formId: number, imageRef: string): Promise<Form> {
    const actor = requireActor(ctx);
    const ref = requireText('imageRef', imageRef, 1000);
    return ctx.em.transactional(async (em) => {
      const form = await em.findOne(Form, formId, isPostgres(em) ? { lockMode: LockMode.PESSIMISTIC_WRITE } : {});
      if (!form) throw new DomainError('NOT_FOUND', `form ${formId} does not exist`);
      await this.assertBatchOpen(em, form.batch.id);
      const task = await em.findOneOrFail(CorrectionTask, { form: form.id });
      this.moveForm(form, 'IN_REVIEW');
      this.move(task, 'OPEN');
      const old = form.imageRef;
      form.imageRef = ref;
      task.resolvedBy = null;
      task.resolvedAt = null;
      const agg = new Deltas();
      await onRejectedOrRescanned(em, agg, { batch: form.batch, rescan: true, by: actor, now: new Date() });
      await audit(em, actor, [
        { action: 'form.rescan', entityType: 'form', entityId: form.id, data: { from: 'REJECTED', to: 'IN_REVIEW', oldImageRef: old, newImageRef: ref } },
        { action: 'task.reopen', entityType: 'task', entityId: task.id, data: { from: 'REJECTED', to: 'OPEN' } },
      ]);
      await em.flush();
      await this.refreshBatch(em, form.batch.id, actor);
      await agg.commit(em);
      return form;
    });
  }

  async addComment(ctx: ServiceContext, taskId: number, text: string): Promise<TaskComment> {
    const actor = requireActor(ctx);
    const body = requireText('text', text);
    return ctx.em.transactional(async (em) => {
      const task = await em.findOne(CorrectionTask, withinTeam<CorrectionTask>(actor, 'batch', { id: taskId }));
      if (!task) throw new DomainError('NOT_FOUND', `correction task ${taskId} does not exist`);
      const c = em.create(TaskComment, { task, author: em.getReference(User, actor.userId), text: body, createdAt: new Date() });
      await em.flush();
      await audit(em, actor, [{ action: 'task.comment', entityType: 'task', entityId: task.id, data: { commentId: c.id } }]);
      return c;
    });
  }

  async resolve(ctx: ServiceContext, taskId: number, resolutions: ResolutionInput[]): Promise<{ task: CorrectionTask; record: VerifiedRecord }> {
    const actor = requireActor(ctx);
    return ctx.em.transactional(async (em) => {
      const now = new Date();
      const task = await this.lockTask(em, taskId);
      this.assertHolder(task, actor, now);
      this.assertNotOwn(task, actor);
      if (task.kind !== 'REVIEW') throw new DomainError('INVALID_TRANSITION', `task ${task.id} is a spot check: confirm or correct it with resolveSpotCheck`);
      const form = await em.findOneOrFail(Form, task.form.id, { populate: ['batch'] });
      await this.assertBatchOpen(em, form.batch.id);
      const fields = fieldMap(await this.templates.get(em, form.batch.template.id));
      const discrepancies = await em.find(Discrepancy, { task: task.id }, { orderBy: { id: 'asc' } });

      const problems: FieldProblem[] = [];
      const byId = new Map(discrepancies.map((d) => [d.id, d]));
      const seen = new Set<number>();
      resolutions.forEach((r, i) => {
        const d = byId.get(r.discrepancyId);
        if (!d) problems.push({ field: `resolutions.${i}.discrepancyId`, reason: `discrepancy ${r.discrepancyId} is not part of task ${task.id}` });
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
      const missing = discrepancies.filter((d) => !seen.has(d.id));
      if (missing.length) {
        problems.push({ field: 'resolutions', reason: `every discrepancy must be resolved; missing: ${missing.map((d) => d.fieldKey).join(', ')}` });
      }
      if (problems.length) throw new ValidationError(problems.map((p) => `${p.field} ${p.reason}`).join('; '), problems);

      const finals = resolutions.map((r) => {
        const d = byId.get(r.discrepancyId)!;
        const stored = r.choice === 'FIRST' ? d.value1 : r.choice === 'SECOND' ? d.value2 : r.choice === 'THIRD' ? d.value3 : null;
        const raw = r.choice === 'VALUE' ? (r.illegible ? ILLEGIBLE : r.value ?? null) : this.vault.openField(form.id, d.fieldKey, stored);
        const source = r.choice === 'FIRST' ? 'FIRST' : r.choice === 'SECOND' ? 'SECOND' : r.choice === 'THIRD' ? 'THIRD' : 'REVIEWER';
        return { d, raw, source };
      });
      const agg = new Deltas();
      const record = await this.settle(em, { task, form, fields, finals, by: actor, now, agg });
      await this.refreshBatch(em, form.batch.id, actor);
      await agg.commit(em);
      return { task, record };
    });
  }

  /**
   * Writes the outcome of a review task: discrepancies settled, clerks charged, the verified record,
   * form VERIFIED and task RESOLVED, with the audit trail. Shared by reviewers and by a third keying
   * that settles every disputed field.
   */
  async settle(
    em: SqlEntityManager,
    args: { task: CorrectionTask; form: Form; fields: Map<string, FieldDef>; finals: { d: Discrepancy; raw: string | null; source: string }[]; by: Actor | null; now: Date; agg: Deltas },
  ): Promise<VerifiedRecord> {
    const { task, form, fields, finals, by, now, agg } = args;
    const keyings = await em.find(Keying, { form: form.id }, { orderBy: { pass: 'asc' } });
    const byPass = new Map(keyings.map((k) => [k.pass, k]));
    const p1 = byPass.get(1)!;
    const p1Values = this.vault.openKeying(form.id, 1, p1.values);
    const template = [...fields.values()];
    const tdef = { code: '', version: 0, name: '', fields: template };
    const values: FieldValues = {};
    const sources: Record<string, string> = {};
    for (const f of template) {
      values[f.key] = this.comparator.canonical(f, p1Values[f.key] ?? null);
      sources[f.key] = 'AGREED';
    }
    const errors: object[] = [];
    const charged = new Map<number, number>();
    const changes: Record<string, unknown>[] = [];
    for (const { d, raw, source } of finals) {
      const field = fields.get(d.fieldKey)!;
      const final = this.comparator.canonical(field, raw);
      const [v1, v2, v3] = [d.value1, d.value2, d.value3].map((v) => this.vault.openField(form.id, d.fieldKey, v));
      const outcome: Outcome = outcomeOf(this.comparator, field, v1, v2, final);
      values[d.fieldKey] = final;
      sources[d.fieldKey] = source;
      d.finalValue = this.vault.sealField(tdef, form.id, d.fieldKey, final);
      d.outcome = outcome;
      d.resolvedAt = now;
      changes.push({ field: d.fieldKey, value1: v1, value2: v2, value3: v3, final, outcome });
      const wrong = chargedPasses(outcome);
      // A third clerk is charged like the first two when their value is not the final one.
      if (v3 !== null && byPass.has(3) && !this.comparator.same(field, v3, final)) wrong.push(3);
      for (const pass of wrong) {
        const k = byPass.get(pass)!;
        errors.push({ keying: k.id, form: form.id, batch: form.batch.id, keyerCode: k.keyerCode, fieldKey: d.fieldKey, kind: d.kind, createdAt: now });
        charged.set(k.id, (charged.get(k.id) ?? 0) + 1);
      }
    }
    const claimedAt = task.claimedAt;
    const from = task.status as TaskStatus;
    this.move(task, 'RESOLVED');
    this.moveForm(form, 'VERIFIED');
    task.resolvedBy = by ? em.getReference(User, by.userId) : null;
    task.resolvedAt = now;
    this.clearClaim(task);
    form.verifiedAt = now;
    form.updatedAt = now;
    const record = em.create(VerifiedRecord, {
      form,
      batch: form.batch,
      values: this.vault.sealRecord(tdef, form.id, values),
      sources,
      automatic: false,
      verifiedBy: by ? em.getReference(User, by.userId) : null,
      verifiedAt: now,
      citizenBidx: this.vault.citizenIndex(tdef, values),
    });
    if (errors.length) await em.insertMany(KeyingError, errors as never[]);
    for (const [keyingId, n] of charged) await exec(em, 'update keying set error_count = error_count + ? where id = ?', [n, keyingId], 'run');
    await em.flush();
    onSettled(agg, { batch: form.batch, keyings, errors: errors as never, finals, by, claimedAt, now });
    await audit(em, by, [
      // Old and new values are personal data: the audit keeps them sealed.
      { action: 'task.resolve', entityType: 'task', entityId: task.id, data: { from, to: 'RESOLVED', fields: changes.map((c) => ({ field: c.field, outcome: c.outcome })), sealedChanges: this.vault.sealJson(`audit:task:${task.id}`, changes) } },
      { action: 'form.verify', entityType: 'form', entityId: form.id, data: { from: 'IN_REVIEW', to: 'VERIFIED', recordId: record.id } },
    ], now);
    return record;
  }

  /**
   * A spot check confirms an automatically verified record or corrects fields of it. A correction
   * means both clerks agreed on a wrong value: both are charged.
   */
  async resolveSpotCheck(ctx: ServiceContext, taskId: number, corrections: CorrectionInput[]): Promise<CorrectionTask> {
    const actor = requireActor(ctx);
    return ctx.em.transactional(async (em) => {
      const now = new Date();
      const task = await this.lockTask(em, taskId);
      this.assertHolder(task, actor, now);
      this.assertNotOwn(task, actor);
      if (task.kind !== 'SPOT_CHECK') throw new DomainError('INVALID_TRANSITION', `task ${task.id} is a review task: resolve it with resolveTask`);
      const form = await em.findOneOrFail(Form, task.form.id, { populate: ['batch'] });
      await this.assertBatchOpen(em, form.batch.id);
      const fields = fieldMap(await this.templates.get(em, form.batch.template.id));
      const problems: FieldProblem[] = [];
      const seen = new Set<string>();
      corrections.forEach((c, i) => {
        const f = fields.get(c.fieldKey);
        if (!f) return problems.push({ field: `corrections.${i}.fieldKey`, reason: `${c.fieldKey} is not a field of the form` });
        if (seen.has(c.fieldKey)) problems.push({ field: `corrections.${i}.fieldKey`, reason: `${c.fieldKey} is corrected twice` });
        seen.add(c.fieldKey);
        if (c.illegible) return;
        const why = checkValue(f, c.value ?? null);
        if (why) problems.push({ field: `corrections.${i}.value`, reason: `${c.fieldKey} ${why}` });
      });
      if (problems.length) throw new ValidationError(problems.map((p) => `${p.field} ${p.reason}`).join('; '), problems);

      const record = await em.findOneOrFail(VerifiedRecord, { form: form.id });
      const keyings = await em.find(Keying, { form: form.id }, { orderBy: { pass: 'asc' } });
      const keyed = keyings.map((k) => this.vault.openKeying(form.id, k.pass, k.values));
      const tdef = { code: '', version: 0, name: '', fields: [...fields.values()] };
      const values = this.vault.openRecord(form.id, record.values);
      const sources = { ...record.sources };
      const changes: Record<string, unknown>[] = [];
      const discrepancies: object[] = [];
      const errors: object[] = [];
      for (const c of corrections) {
        const f = fields.get(c.fieldKey)!;
        const agreed = values[c.fieldKey] ?? null;
        const final = this.comparator.canonical(f, c.illegible ? ILLEGIBLE : c.value ?? null);
        if (this.comparator.same(f, agreed, final)) continue;
        const { kind, distance } = classify(f, agreed, final);
        values[c.fieldKey] = final;
        sources[c.fieldKey] = 'REVIEWER';
        changes.push({ field: c.fieldKey, old: agreed, new: final });
        const sealed = (v: string | null | undefined) => this.vault.sealField(tdef, form.id, c.fieldKey, v);
        discrepancies.push({
          form: form.id, task: task.id, batch: form.batch.id, fieldKey: c.fieldKey, value1: sealed(keyed[0][c.fieldKey]), value2: sealed(keyed[1][c.fieldKey]),
          kind, editDistance: distance, note: 'spot check: both keyings agreed on a wrong value', finalValue: sealed(final), outcome: 'BOTH_WRONG', resolvedAt: now, createdAt: now,
        });
        for (const k of keyings.slice(0, 2)) errors.push({ keying: k.id, form: form.id, batch: form.batch.id, keyerCode: k.keyerCode, fieldKey: c.fieldKey, kind, createdAt: now });
      }
      if (changes.length) {
        record.values = this.vault.sealRecord(tdef, form.id, values);
        record.citizenBidx = this.vault.citizenIndex(tdef, values);
        record.sources = sources;
        record.verifiedBy = em.getReference(User, actor.userId);
        record.verifiedAt = now;
        await em.insertMany(Discrepancy, discrepancies as never[]);
        await em.insertMany(KeyingError, errors as never[]);
        for (const k of keyings.slice(0, 2)) await exec(em, 'update keying set error_count = error_count + ? where id = ?', [changes.length, k.id], 'run');
        task.discrepancyCount = changes.length;
      }
      const agg = new Deltas();
      onSpotChecked(agg, { batch: form.batch, keyings, errors: errors as never, corrected: changes.length > 0, by: actor, claimedAt: task.claimedAt, now });
      this.move(task, 'RESOLVED');
      task.resolvedBy = em.getReference(User, actor.userId);
      task.resolvedAt = now;
      this.clearClaim(task);
      await em.flush();
      await audit(em, actor, [{ action: changes.length ? 'spotcheck.correct' : 'spotcheck.confirm', entityType: 'task', entityId: task.id, data: { from: 'CLAIMED', to: 'RESOLVED', fields: changes.map((c) => c.field), sealedChanges: this.vault.sealJson(`audit:task:${task.id}`, changes) } }], now);
      await this.refreshBatch(em, form.batch.id, actor);
      await agg.commit(em);
      return task;
    });
  }

  /** OPEN <-> READY as the last pending form of a batch is settled or a new one arrives. */
  async refreshBatch(em: SqlEntityManager, batchId: number, actor: Actor | null): Promise<void> {
    // Two transactions settling the last two forms of a batch would each still see the other's
    // form pending and neither would mark it READY: lock the batch row first, then count in a new
    // statement, which (READ COMMITTED) sees what the previous holder committed.
    // NO KEY UPDATE: rows inserted with a batch_id hold KEY SHARE on it (foreign keys), which FOR UPDATE would wait on.
    if (isPostgres(em)) await exec(em, 'select id from batch where id = ? for no key update', [batchId]);
    // One round trip: the batch's status and whether anything in it still waits for someone.
    const [row] = await exec<{ status: string; forms: number | string; pending: number | string }[]>(
      em,
      `select b.status,
              (select count(*) from form f where f.batch_id = b.id) as forms,
              (select count(*) from (select 1 from form f where f.batch_id = b.id and f.status not in (${DONE_FORM_STATUSES.map(() => '?').join(',')})
                                     union all
                                     select 1 from correction_task t where t.batch_id = b.id and t.status in (${PENDING_TASK_STATUSES.map(() => '?').join(',')})) p) as pending
         from batch b where b.id = ?`,
      [...DONE_FORM_STATUSES, ...PENDING_TASK_STATUSES, batchId],
    );
    if (!row || row.status === 'HANDED_OVER') return;
    const to: BatchStatus = Number(row.forms) > 0 && Number(row.pending) === 0 ? 'READY' : 'OPEN';
    if (to === row.status) return;
    batchMachine.assert(row.status as BatchStatus, to);
    await exec(em, 'update batch set status = ? where id = ? and status = ?', [to, batchId, row.status], 'run');
    await audit(em, actor, [{ action: 'batch.status', entityType: 'batch', entityId: batchId, data: { from: row.status, to } }]);
  }

  /** Every form verified or rejected, and no task waiting for anyone. */
  async isReady(em: SqlEntityManager, batchId: number): Promise<boolean> {
    const forms = await em.count(Form, { batch: batchId });
    if (!forms) return false;
    const notDone = await em.count(Form, { batch: batchId, status: { $nin: DONE_FORM_STATUSES } });
    if (notDone) return false;
    return (await em.count(CorrectionTask, { batch: batchId, status: { $in: PENDING_TASK_STATUSES } })) === 0;
  }

  async assertBatchOpen(em: SqlEntityManager, batchId: number): Promise<void> {
    const b = await em.findOneOrFail(Batch, batchId);
    if (b.status === 'HANDED_OVER') throw new DomainError('CONFLICT', `batch ${b.code} was handed over and is locked; an admin must reopen it first`);
  }

  private async lockTask(em: SqlEntityManager, taskId: number): Promise<CorrectionTask> {
    const task = await em.findOne(CorrectionTask, taskId, isPostgres(em) ? { lockMode: LockMode.PESSIMISTIC_WRITE } : {});
    if (!task) throw new DomainError('NOT_FOUND', `correction task ${taskId} does not exist`);
    return task;
  }

  private assertHolder(task: CorrectionTask, actor: Actor, now: Date): void {
    if (task.status === 'RESOLVED') throw new DomainError('ALREADY_RESOLVED', `task ${task.id} is already resolved`);
    if (task.status !== 'CLAIMED' || task.claimedBy?.id !== actor.userId) {
      throw new DomainError('NOT_LEASE_HOLDER', `task ${task.id} is not claimed by you; claim it first`);
    }
    if (!task.leaseUntil || task.leaseUntil.getTime() < now.getTime()) {
      throw new DomainError('LEASE_EXPIRED', `your lease on task ${task.id} expired; claim it again`);
    }
  }

  private assertNotOwn(task: CorrectionTask, actor: Actor): void {
    if (actor.keyerCode && (task.keyer1 === actor.keyerCode || task.keyer2 === actor.keyerCode)) {
      throw new DomainError('OWN_KEYING', `you keyed form ${task.form.id}; another reviewer must handle it`);
    }
  }

  private move(task: CorrectionTask, to: TaskStatus): void {
    taskMachine.assert(task.status as TaskStatus, to);
    task.status = to;
  }

  private moveForm(form: Form, to: FormStatus): void {
    formMachine.assert(form.status as FormStatus, to);
    form.status = to;
    form.updatedAt = new Date();
  }

  private clearClaim(task: CorrectionTask): void {
    task.claimedBy = null;
    task.claimedAt = null;
    task.leaseUntil = null;
  }
}
