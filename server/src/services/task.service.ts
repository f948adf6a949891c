import type { SqlEntityManager } from '@mikro-orm/knex';
import { LockMode } from '@mikro-orm/core';
import { CorrectionTask, Discrepancy, Form, Keying, KeyingError, User, VerifiedRecord } from '../db/entities/index.js';
import { chargedPasses, outcomeOf } from '../domain/attribution.js';
import type { Comparator } from '../domain/compare.js';
import { DomainError, ValidationError, type FieldProblem } from '../domain/errors.js';
import { formMachine, taskMachine, type TaskStatus } from '../domain/state-machine.js';
import { fieldMap } from '../domain/template.js';
import { checkValue, ILLEGIBLE, type FieldValues } from '../domain/values.js';
import type { Actor, ServiceContext } from './context.js';
import { exec, isPostgres, sqlDate } from './sql.js';
import type { TemplateCache } from './templates.js';

export type Choice = 'FIRST' | 'SECOND' | 'VALUE';

export interface ResolutionInput {
  discrepancyId: number;
  choice: Choice;
  value?: string | null;
  illegible?: boolean | null;
}

function requireActor(ctx: ServiceContext): Actor {
  if (!ctx.actor) throw new DomainError('UNAUTHENTICATED', 'sign in first');
  return ctx.actor;
}

export class TaskService {
  constructor(
    private readonly templates: TemplateCache,
    private readonly comparator: Comparator,
    private readonly leaseSeconds: number,
  ) {}

  /** Returns expired leases to the queue. Idempotent, so several servers may run it at once. */
  async expireLeases(em: SqlEntityManager, now = new Date()): Promise<number> {
    return exec(em, 
      `update correction_task set status = 'OPEN', claimed_by_id = null, claimed_at = null, lease_until = null where status = 'CLAIMED' and lease_until < ?`,
      [sqlDate(em, now)],
      'run',
    ).then((r: unknown) => Number((r as { affectedRows?: number; changes?: number })?.affectedRows ?? (r as { changes?: number })?.changes ?? 0));
  }

  /**
   * Oldest open task this reviewer may take, under a lease. A reviewer who already holds a live
   * lease gets that task back (no hoarding). Never the same task to two reviewers: SKIP LOCKED on
   * PostgreSQL; SQLite serializes writers, and the UPDATE re-checks the status either way.
   */
  async claimNext(ctx: ServiceContext, batchId?: number | null): Promise<CorrectionTask | null> {
    const actor = requireActor(ctx);
    const em = ctx.em;
    const now = new Date();
    await this.expireLeases(em, now);
    const held = await em.findOne(CorrectionTask, { claimedBy: actor.userId, status: 'CLAIMED', leaseUntil: { $gt: now }, ...(batchId ? { batch: batchId } : {}) }, { orderBy: { id: 'asc' } });
    if (held) return held;
    const pg = isPostgres(em);
    const params: unknown[] = [actor.userId, sqlDate(em, now), sqlDate(em, new Date(now.getTime() + this.leaseSeconds * 1000))];
    const where: string[] = [`status = 'OPEN'`];
    if (batchId) {
      where.push('batch_id = ?');
    }
    if (actor.keyerCode) where.push('keyer1 <> ? and keyer2 <> ?');
    const inner = `select id from correction_task where ${where.join(' and ')} order by created_at, id limit 1${pg ? ' for update skip locked' : ''}`;
    const innerParams: unknown[] = [];
    if (batchId) innerParams.push(batchId);
    if (actor.keyerCode) innerParams.push(actor.keyerCode, actor.keyerCode);
    const rows = await exec<{ id: number }[]>(em, 
      `update correction_task set status = 'CLAIMED', claimed_by_id = ?, claimed_at = ?, lease_until = ? where id = (${inner}) and status = 'OPEN' returning id`,
      [...params, ...innerParams],
    );
    if (!rows.length) return null;
    return em.findOneOrFail(CorrectionTask, Number(rows[0].id), { refresh: true });
  }

  async release(ctx: ServiceContext, taskId: number): Promise<CorrectionTask> {
    const actor = requireActor(ctx);
    return ctx.em.transactional(async (em) => {
      const task = await this.lockTask(em, taskId);
      this.assertHolder(task, actor, new Date());
      taskMachine.assert(task.status as TaskStatus, 'OPEN');
      task.status = 'OPEN';
      task.claimedBy = null;
      task.claimedAt = null;
      task.leaseUntil = null;
      return task;
    });
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

  async resolve(ctx: ServiceContext, taskId: number, resolutions: ResolutionInput[]): Promise<{ task: CorrectionTask; record: VerifiedRecord }> {
    const actor = requireActor(ctx);
    return ctx.em.transactional(async (em) => {
      const now = new Date();
      const task = await this.lockTask(em, taskId);
      this.assertHolder(task, actor, now);
      if (actor.keyerCode && (task.keyer1 === actor.keyerCode || task.keyer2 === actor.keyerCode)) {
        throw new DomainError('OWN_KEYING', `you keyed form ${task.form.id}; another reviewer must resolve it`);
      }
      const form = await em.findOneOrFail(Form, task.form.id, { populate: ['batch'] });
      const template = await this.templates.get(em, form.batch.template.id);
      const fields = fieldMap(template);
      const [discrepancies, keyings] = await Promise.all([
        em.find(Discrepancy, { task: task.id }, { orderBy: { id: 'asc' } }),
        em.find(Keying, { form: form.id }, { orderBy: { pass: 'asc' } }),
      ]);
      const byPass = new Map(keyings.map((k) => [k.pass, k]));

      const problems: FieldProblem[] = [];
      const byId = new Map(discrepancies.map((d) => [d.id, d]));
      const seen = new Set<number>();
      resolutions.forEach((r, i) => {
        const d = byId.get(r.discrepancyId);
        if (!d) problems.push({ field: `resolutions.${i}.discrepancyId`, reason: `discrepancy ${r.discrepancyId} is not part of task ${task.id}` });
        else if (seen.has(d.id)) problems.push({ field: `resolutions.${i}.discrepancyId`, reason: `discrepancy ${d.id} (${d.fieldKey}) is resolved twice` });
        else seen.add(d.id);
        if (d && r.choice === 'VALUE') {
          if (r.illegible) return;
          const why = checkValue(fields.get(d.fieldKey)!, r.value ?? null);
          if (why) problems.push({ field: `resolutions.${i}.value`, reason: `${d.fieldKey} ${why}` });
        } else if (r.value != null || r.illegible) {
          problems.push({ field: `resolutions.${i}.value`, reason: 'a value may only be given with choice VALUE' });
        }
      });
      const missing = discrepancies.filter((d) => !seen.has(d.id));
      if (missing.length) {
        problems.push({ field: 'resolutions', reason: `every discrepancy must be resolved; missing: ${missing.map((d) => d.fieldKey).join(', ')}` });
      }
      if (problems.length) throw new ValidationError(problems.map((p) => `${p.field} ${p.reason}`).join('; '), problems);

      // The agreed fields come from pass 1 (equal to pass 2 under the comparator).
      const p1 = byPass.get(1)!, p2 = byPass.get(2)!;
      const values: FieldValues = {};
      const sources: Record<string, string> = {};
      for (const f of template.fields) {
        values[f.key] = this.comparator.canonical(f, p1.values[f.key] ?? null);
        sources[f.key] = 'AGREED';
      }
      const errors: object[] = [];
      for (const r of resolutions) {
        const d = byId.get(r.discrepancyId)!;
        const field = fields.get(d.fieldKey)!;
        const raw = r.choice === 'FIRST' ? d.value1 ?? null : r.choice === 'SECOND' ? d.value2 ?? null : r.illegible ? ILLEGIBLE : r.value ?? null;
        const final = this.comparator.canonical(field, raw);
        const outcome = outcomeOf(this.comparator, field, d.value1 ?? null, d.value2 ?? null, final);
        values[d.fieldKey] = final;
        sources[d.fieldKey] = r.choice === 'FIRST' ? 'FIRST' : r.choice === 'SECOND' ? 'SECOND' : 'REVIEWER';
        d.finalValue = final;
        d.outcome = outcome;
        d.resolvedAt = now;
        for (const pass of chargedPasses(outcome)) {
          const k = pass === 1 ? p1 : p2;
          errors.push({ keying: k.id, form: form.id, batch: form.batch.id, keyerCode: k.keyerCode, fieldKey: d.fieldKey, kind: d.kind, createdAt: now });
        }
      }
      taskMachine.assert(task.status as TaskStatus, 'RESOLVED');
      formMachine.assert(form.status as never, 'VERIFIED');
      task.status = 'RESOLVED';
      task.resolvedBy = em.getReference(User, actor.userId);
      task.resolvedAt = now;
      task.leaseUntil = null;
      form.status = 'VERIFIED';
      form.verifiedAt = now;
      form.updatedAt = now;
      const record = em.create(VerifiedRecord, {
        form,
        batch: form.batch,
        values,
        sources,
        automatic: false,
        verifiedBy: em.getReference(User, actor.userId),
        verifiedAt: now,
      });
      if (errors.length) await em.insertMany(KeyingError, errors as never[]);
      await em.flush();
      return { task, record };
    });
  }
}
