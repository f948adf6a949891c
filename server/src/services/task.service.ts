import type { SqlEntityManager } from '@mikro-orm/knex';
import type { CorrectionTask, Discrepancy, Form, TaskComment, VerifiedRecord } from '../db/entities/index.js';
import type { Comparator } from '../domain/compare.js';
import type { CheckFinding } from '../domain/record-checks.js';
import type { FieldDef } from '../domain/template.js';
import type { Deltas } from './aggregates.js';
import type { Actor, ServiceContext } from './context.js';
import { SpotChecks, type CorrectionInput } from './spot-check.js';
import { TaskLeases } from './task-lease.js';
import * as moves from './task-moves.js';
import { reopenResolution } from './task-reopen.js';
import { TaskResolution, type DiscrepancyResolution, type SettledField } from './task-resolution.js';
import { assertBatchOpen, isReady, refreshBatch } from './task-state.js';
import type { TemplateCache } from './templates.js';
import type { Vault } from './vault.js';

export { DONE_FORM_STATUSES, PENDING_TASK_STATUSES } from './task-state.js';
export { CHOICES, VALUE_SOURCES, type Choice, type DiscrepancyResolution, type SettledField, type ValueSource } from './task-resolution.js';
export type { CorrectionInput } from './spot-check.js';

/**
 * The review queue's use cases, in one service for the resolvers, the simulator and the ingest:
 * claims under a lease (task-lease.ts), the other moves of a task (task-moves.ts), resolution and
 * settlement (task-resolution.ts), spot checks (spot-check.ts); shared state rules in task-state.ts
 * and error charging in error-charging.ts.
 */
export class TaskService {
  private readonly leases: TaskLeases;
  private readonly resolution: TaskResolution;
  private readonly spotChecks: SpotChecks;

  constructor(templates: TemplateCache, comparator: Comparator, private readonly leaseSeconds: number, onExpired: (n: number) => void = () => undefined, private readonly vault: Vault) {
    this.leases = new TaskLeases(leaseSeconds, onExpired);
    this.resolution = new TaskResolution(templates, comparator, vault);
    this.spotChecks = new SpotChecks(templates, comparator, vault);
  }

  /** Returns expired leases to their queue. Idempotent, so several servers may run it at once. */
  expireLeases(em: SqlEntityManager, now = new Date()): Promise<number> {
    return this.leases.expireLeases(em, now);
  }

  claimNext(ctx: ServiceContext, batchId?: number | null, discrepancies?: (taskId: number, rows: Discrepancy[]) => void): Promise<CorrectionTask | null> {
    return this.leases.claimNext(ctx, batchId, discrepancies);
  }

  release(ctx: ServiceContext, taskId: number, setAside = true): Promise<CorrectionTask> {
    return this.leases.release(ctx, taskId, setAside);
  }

  escalate(ctx: ServiceContext, taskId: number, comment: string): Promise<CorrectionTask> {
    return moves.escalate(ctx, taskId, comment);
  }

  requestRekey(ctx: ServiceContext, taskId: number, comment?: string | null): Promise<CorrectionTask> {
    return moves.requestRekey(ctx, taskId, comment);
  }

  rejectForm(ctx: ServiceContext, taskId: number, reason: string): Promise<CorrectionTask> {
    return moves.rejectForm(ctx, taskId, reason);
  }

  rescanForm(ctx: ServiceContext, formId: number, imageRef: string): Promise<Form> {
    return moves.rescanForm(ctx, formId, imageRef);
  }

  addComment(ctx: ServiceContext, taskId: number, text: string): Promise<TaskComment> {
    return moves.addComment(ctx, taskId, text);
  }

  resolve(ctx: ServiceContext, taskId: number, resolutions: DiscrepancyResolution[], overrideReason?: string | null): Promise<{ task: CorrectionTask; record: VerifiedRecord }> {
    return this.resolution.resolve(ctx, taskId, resolutions, overrideReason);
  }

  /** A resolved review task back in review before handover (see task-reopen.ts and domain/reopen.ts). */
  reopen(ctx: ServiceContext, taskId: number, reason?: string | null): Promise<CorrectionTask> {
    return reopenResolution(ctx, { vault: this.vault, leaseSeconds: this.leaseSeconds }, taskId, reason);
  }

  /** The checks the final record would fail with these resolutions (warnings before submitting). */
  resolutionWarnings(ctx: ServiceContext, taskId: number, resolutions: DiscrepancyResolution[]): Promise<CheckFinding[]> {
    return this.resolution.preview(ctx, taskId, resolutions);
  }

  /** See TaskResolution.settle: how a third keying that settles every field verifies the form (unless a check fails). */
  settleByRekey(em: SqlEntityManager, args: { task: CorrectionTask; form: Form; fields: Map<string, FieldDef>; finals: SettledField[]; now: Date; agg: Deltas }): Promise<VerifiedRecord | null> {
    return this.resolution.settle(em, { ...args, by: null, checks: 'defer' });
  }

  resolveSpotCheck(ctx: ServiceContext, taskId: number, corrections: CorrectionInput[], overrideReason?: string | null): Promise<CorrectionTask> {
    return this.spotChecks.resolve(ctx, taskId, corrections, overrideReason);
  }

  spotCheckWarnings(ctx: ServiceContext, taskId: number, corrections: CorrectionInput[]): Promise<CheckFinding[]> {
    return this.spotChecks.preview(ctx, taskId, corrections);
  }

  refreshBatch(em: SqlEntityManager, batchId: number, actor: Actor | null, pending = false): Promise<void> {
    return refreshBatch(em, batchId, actor, pending);
  }

  isReady(em: SqlEntityManager, batchId: number): Promise<boolean> {
    return isReady(em, batchId);
  }

  assertBatchOpen(em: SqlEntityManager, batchId: number): Promise<void> {
    return assertBatchOpen(em, batchId);
  }
}
