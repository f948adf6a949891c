import { CorrectionTask, Discrepancy, Keying, User, AuditEvent } from '../db/entities/index.js';
import { DomainError } from '../domain/errors.js';
import { reopenTarget } from '../domain/reopen.js';
import { inTeamScope, teamOf } from '../domain/team-scope.js';
import { Deltas, onUnsettled } from './aggregates.js';
import { audit } from './audit.service.js';
import type { ServiceContext } from './context.js';
import { loadEntities } from './entity-rows.js';
import { unchargeErrors } from './error-charging.js';
import { lockedBatchStatus, returnToReview } from './household-reopen.js';
import { loadFormWithBatch, lockTask, moveTask, refreshBatch, requireActor, requireText } from './task-state.js';
import type { Vault } from './vault.js';

/**
 * A resolved review task back in review, before its batch is handed over (who may: domain/reopen.ts).
 * The same task comes back (its discrepancies open again), so the form is counted once in the
 * reports, as a household reopen would count new discrepancies; the form returns to review like a
 * household reopen (household-reopen.ts), its record kept until settled again. What the
 * resolution counted is taken back: the clerks' error charges and the reviewer's figures; the
 * new resolution charges afresh.
 */
export async function reopenResolution(ctx: ServiceContext, deps: { vault: Vault; leaseSeconds: number }, taskId: number, rawReason?: string | null): Promise<CorrectionTask> {
  const actor = requireActor(ctx);
  const reason = rawReason == null || !rawReason.trim() ? null : requireText('reason', rawReason.normalize('NFC'), 500);
  return ctx.em.transactional(async (em) => {
    const now = new Date();
    const task = await lockTask(em, taskId);
    const form = await loadFormWithBatch(em, task.form.id);
    // A team sees only its batches: another team's task does not exist for it.
    if (!inTeamScope(teamOf(actor), form.batch)) throw new DomainError('NOT_FOUND', `correction task ${taskId} does not exist`);
    // Under the batch's row lock: a handover committing meanwhile is waited for, then refused.
    const batchStatus = (await lockedBatchStatus(em, form.batch.id)) ?? form.batch.status;
    const to = reopenTarget({
      actor,
      task: { kind: task.kind, status: task.status, resolvedById: task.resolvedBy?.id ?? null, keyer1: task.keyer1, keyer2: task.keyer2, escalated: task.escalated },
      batch: { code: form.batch.code, status: batchStatus },
      reason,
    });
    // The form must still rest on this resolution: not reopened since by a household check, not spot-checked since.
    const later = await em.count(CorrectionTask, { form: form.id, $or: [{ kind: 'REVIEW', id: { $gt: task.id } }, { kind: 'SPOT_CHECK', status: { $in: ['CLAIMED', 'RESOLVED'] } }] });
    if (form.status !== 'VERIFIED' || later) throw new DomainError('CONFLICT', `form ${form.formNumber} was reviewed or spot-checked again since this resolution: reopen the latest task instead`);

    const resolvedAt = task.resolvedAt!;
    const reviewerId = task.resolvedBy?.id ?? null;
    const discrepancies = await loadEntities(em, Discrepancy, 'where task_id = ? order by id', [task.id]);
    const keyings = await loadEntities(em, Keying, 'where form_id = ? order by pass', [form.id]);
    // Its claim as a rebuild of the reports reads it (aggregate-recompute.ts), for the review time taken back.
    const [claim] = await em.find(AuditEvent, { entityType: 'task', entityId: task.id, action: { $in: ['task.claim', 'task.reopen'] }, at: { $lte: resolvedAt } }, { orderBy: { at: 'desc', id: 'desc' }, limit: 1 });
    const errors = await unchargeErrors(em, form.id, resolvedAt, discrepancies.map((d) => d.fieldKey));
    const agg = new Deltas();
    onUnsettled(agg, { batch: form.batch, task, keyings, errors, outcomes: discrepancies.map((d) => d.outcome), reviewerId, claimedAt: claim?.at ?? null, resolvedAt });

    for (const d of discrepancies) Object.assign(d, { finalValue: null, outcome: null, resolvedAt: null });
    moveTask(task, to);
    task.resolvedBy = null;
    task.resolvedAt = null;
    if (to === 'CLAIMED') Object.assign(task, { claimedBy: em.getReference(User, actor.userId), claimedAt: now, leaseUntil: new Date(now.getTime() + deps.leaseSeconds * 1000) });
    await returnToReview(em, actor, form, now, { taskId: task.id, cause: 'resolution' });
    await em.flush();
    await audit(em, actor, [
      {
        action: 'task.reopen',
        entityType: 'task',
        entityId: task.id,
        data: {
          from: 'RESOLVED', to, resolvedBy: reviewerId, resolvedAt, own: reviewerId === actor.userId,
          // Keyer codes and field keys only; the reason may quote a value: sealed.
          uncharged: errors.map((e) => ({ keyerCode: e.keyerCode, field: e.fieldKey })),
          ...(to === 'CLAIMED' ? { leaseUntil: task.leaseUntil } : {}),
          ...(reason ? { sealedReason: deps.vault.sealJson(`audit:task:${task.id}:reopen`, reason) } : {}),
        },
      },
    ], now);
    await agg.commit(em);
    // Last before COMMIT, as after a resolution: READY goes back to OPEN.
    await refreshBatch(em, form.batch.id, actor);
    return task;
  });
}
