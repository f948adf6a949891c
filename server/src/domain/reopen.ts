/**
 * Who may reopen a resolved review task, and where it goes. A reviewer undoes their own slip
 * without a reason (it is seconds old, and typing a reason for every undo would make fixing a
 * slip dearer than leaving it; the audit keeps who and when, and the new resolution's changes);
 * a manager or an admin overrides somebody's decision, which needs a reason. Nobody after handover.
 */
import { DomainError, ValidationError } from './errors.js';
import type { Role } from './roles.js';

export interface ReopenRequest {
  actor: { userId: number; role: Role; keyerCode: string | null };
  task: { kind: string; status: string; resolvedById: number | null; keyer1: string; keyer2: string; escalated: boolean };
  batch: { code: string; status: string };
  reason: string | null;
}

/** Where the task goes: CLAIMED by the person who reopened it (to correct it now), or back to its queue. */
export type ReopenTarget = 'CLAIMED' | 'OPEN' | 'ESCALATED';

const SENIOR: readonly Role[] = ['MANAGER', 'ADMIN'];
const REVIEWS: readonly Role[] = ['MANAGER', 'REVIEWER'];

export function reopenTarget(r: ReopenRequest): ReopenTarget {
  const { actor, task, batch } = r;
  if (task.kind !== 'REVIEW') throw new DomainError('INVALID_TRANSITION', 'only a review task can be reopened; a spot check is corrected by another spot check');
  if (task.status !== 'RESOLVED') throw new DomainError('INVALID_TRANSITION', `correction task is ${task.status}, not RESOLVED: nothing to reopen`, { from: task.status, to: 'CLAIMED' });
  if (batch.status === 'HANDED_OVER') throw new DomainError('BATCH_HANDED_OVER', `batch ${batch.code} was handed over: its resolutions are final unless an admin reopens the batch`);
  const own = task.resolvedById !== null && task.resolvedById === actor.userId;
  const senior = SENIOR.includes(actor.role);
  if (!own && !senior) throw new DomainError('FORBIDDEN', 'a reviewer may reopen only their own resolutions; ask a manager');
  if (!own && !r.reason) throw new ValidationError("reason is required to reopen another person's resolution", [{ field: 'reason', reason: 'is required' }]);
  const keyedIt = actor.keyerCode !== null && (task.keyer1 === actor.keyerCode || task.keyer2 === actor.keyerCode);
  if (REVIEWS.includes(actor.role) && !keyedIt) return 'CLAIMED';
  return task.escalated ? 'ESCALATED' : 'OPEN';
}

/** Whether this person may reopen the task now (the reason aside): what the dashboard offers. */
export function mayReopen(actor: ReopenRequest['actor'], task: { kind: string; status: string; resolvedBy?: { id: number } | null; keyer1: string; keyer2: string; escalated: boolean }, batchStatus: string): boolean {
  try {
    reopenTarget({ actor, task: { ...task, resolvedById: task.resolvedBy?.id ?? null }, batch: { code: '', status: batchStatus }, reason: 'asked' });
    return true;
  } catch {
    return false;
  }
}
