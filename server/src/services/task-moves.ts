import { LockMode } from '@mikro-orm/core';
import { CorrectionTask, Form, Keying, TaskComment, User } from '../db/entities/index.js';
import { DomainError } from '../domain/errors.js';
import { Deltas, onEscalated, onRejectedOrRescanned } from './aggregates.js';
import { audit } from './audit.service.js';
import type { ServiceContext } from './context.js';
import { isPostgres } from './sql.js';
import { assertBatchOpen, assertHolder, assertNotOwn, clearClaim, lockTask, moveForm, moveTask, refreshBatch, requireActor, requireText } from './task-state.js';
import { withinTeam } from './team.service.js';

// What a reviewer does with a task other than claiming and resolving it: escalate, ask for a
// re-key, reject the form (and an admin's rescan that undoes it), comment. Each move and its
// audit event commit together.

/** Hand the task to a senior reviewer; the comment says why. */
export async function escalate(ctx: ServiceContext, taskId: number, comment: string): Promise<CorrectionTask> {
  const actor = requireActor(ctx);
  const text = requireText('comment', comment);
  return ctx.em.transactional(async (em) => {
    const task = await lockTask(em, taskId);
    assertHolder(task, actor, new Date());
    if (task.escalated) throw new DomainError('INVALID_TRANSITION', `task ${task.id} is already escalated; resolve it`);
    moveTask(task, 'ESCALATED');
    task.escalated = true;
    const agg = new Deltas();
    await onEscalated(em, agg, { batch: task.batch, by: actor, now: new Date() });
    clearClaim(task);
    em.create(TaskComment, { task, author: em.getReference(User, actor.userId), text, createdAt: new Date() });
    await audit(em, actor, [{ action: 'task.escalate', entityType: 'task', entityId: task.id, data: { from: 'CLAIMED', to: 'ESCALATED', comment: text } }]);
    await agg.commit(em);
    return task;
  });
}

/** Ask a third clerk to key the disputed fields; the task waits for that keying. */
export async function requestRekey(ctx: ServiceContext, taskId: number, comment?: string | null): Promise<CorrectionTask> {
  const actor = requireActor(ctx);
  return ctx.em.transactional(async (em) => {
    const task = await lockTask(em, taskId);
    assertHolder(task, actor, new Date());
    assertNotOwn(task, actor);
    if (task.kind !== 'REVIEW') throw new DomainError('INVALID_TRANSITION', 'only a review task can be re-keyed');
    // A form is re-keyed once: a second pass 3 would collide with the first (unique form, pass).
    if (await em.count(Keying, { form: task.form.id, pass: 3 })) throw new DomainError('INVALID_TRANSITION', `form ${task.form.id} was already re-keyed; resolve it from the three values`);
    moveTask(task, 'REKEY_REQUESTED');
    clearClaim(task);
    if (comment?.trim()) em.create(TaskComment, { task, author: em.getReference(User, actor.userId), text: requireText('comment', comment), createdAt: new Date() });
    await audit(em, actor, [{ action: 'task.rekey', entityType: 'task', entityId: task.id, data: { from: 'CLAIMED', to: 'REKEY_REQUESTED' } }]);
    return task;
  });
}

/** The scan is unreadable: the form leaves the pipeline until it is rescanned. */
export async function rejectForm(ctx: ServiceContext, taskId: number, reason: string): Promise<CorrectionTask> {
  const actor = requireActor(ctx);
  const text = requireText('reason', reason);
  return ctx.em.transactional(async (em) => {
    const task = await lockTask(em, taskId);
    assertHolder(task, actor, new Date());
    if (task.kind !== 'REVIEW') throw new DomainError('INVALID_TRANSITION', 'a spot check confirms or corrects; it cannot reject the form');
    const form = await em.findOneOrFail(Form, task.form.id);
    moveTask(task, 'REJECTED');
    moveForm(form, 'REJECTED');
    clearClaim(task);
    task.note = text;
    task.resolvedBy = em.getReference(User, actor.userId);
    task.resolvedAt = new Date();
    await audit(em, actor, [
      { action: 'task.reject', entityType: 'task', entityId: task.id, data: { from: 'CLAIMED', to: 'REJECTED', reason: text } },
      { action: 'form.reject', entityType: 'form', entityId: form.id, data: { from: 'IN_REVIEW', to: 'REJECTED', reason: text } },
    ]);
    await em.flush();
    const agg = new Deltas();
    await onRejectedOrRescanned(em, agg, { batch: task.batch, task, rescan: false, by: actor, now: task.resolvedAt });
    await refreshBatch(em, task.batch.id, actor);
    await agg.commit(em);
    return task;
  });
}

/** A rejected form was scanned again: it returns to review with its new image. */
export async function rescanForm(ctx: ServiceContext, formId: number, imageRef: string): Promise<Form> {
  const actor = requireActor(ctx);
  const ref = requireText('imageRef', imageRef, 1000);
  return ctx.em.transactional(async (em) => {
    const form = await em.findOne(Form, formId, isPostgres(em) ? { lockMode: LockMode.PESSIMISTIC_WRITE } : {});
    if (!form) throw new DomainError('NOT_FOUND', `form ${formId} does not exist`);
    await assertBatchOpen(em, form.batch.id);
    const task = await em.findOneOrFail(CorrectionTask, { form: form.id, kind: 'REVIEW', status: 'REJECTED' });
    moveForm(form, 'IN_REVIEW');
    moveTask(task, 'OPEN');
    const old = form.imageRef;
    form.imageRef = ref;
    task.resolvedBy = null;
    task.resolvedAt = null;
    const agg = new Deltas();
    await onRejectedOrRescanned(em, agg, { batch: form.batch, task, rescan: true, by: actor, now: new Date() });
    await audit(em, actor, [
      { action: 'form.rescan', entityType: 'form', entityId: form.id, data: { from: 'REJECTED', to: 'IN_REVIEW', oldImageRef: old, newImageRef: ref } },
      { action: 'task.reopen', entityType: 'task', entityId: task.id, data: { from: 'REJECTED', to: 'OPEN' } },
    ]);
    await em.flush();
    await refreshBatch(em, form.batch.id, actor);
    await agg.commit(em);
    return form;
  });
}

export async function addComment(ctx: ServiceContext, taskId: number, text: string): Promise<TaskComment> {
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
