import type { SqlEntityManager } from '@mikro-orm/knex';
import { wrap } from '@mikro-orm/core';
import { Batch, CorrectionTask, Form } from '../db/entities/index.js';
import { DomainError, ValidationError } from '../domain/errors.js';
import { batchMachine, formMachine, FORM_STATUSES, taskMachine, type BatchStatus, type FormStatus, type TaskStatus } from '../domain/state-machine.js';
import { audit } from './audit.service.js';
import type { Actor, ServiceContext } from './context.js';
import { exec, isPostgres, type Writes } from './sql.js';
import { inTeamScope, teamOf } from '../domain/team-scope.js';
import { loadEntities } from './entity-rows.js';

/** Task states in which a form still waits for someone. */
export const PENDING_TASK_STATUSES: TaskStatus[] = ['OPEN', 'CLAIMED', 'ESCALATED', 'REKEY_REQUESTED'];
/** Form states that count as done for handover. */
export const DONE_FORM_STATUSES: FormStatus[] = ['VERIFIED', 'AUTO_VERIFIED', 'REJECTED'];

export function requireActor(ctx: ServiceContext): Actor {
  if (!ctx.actor) throw new DomainError('UNAUTHENTICATED', 'sign in first');
  return ctx.actor;
}

export function requireText(field: string, text: string | null | undefined, max = 2000): string {
  const t = (text ?? '').trim();
  if (!t) throw new ValidationError(`${field} is required`, [{ field, reason: 'is required' }]);
  if (t.length > max) throw new ValidationError(`${field} is longer than ${max} characters`, [{ field, reason: `is longer than ${max} characters` }]);
  return t;
}

export async function lockTask(em: SqlEntityManager, taskId: number): Promise<CorrectionTask> {
  const [task] = await loadEntities(em, CorrectionTask, `where id = ?${isPostgres(em) ? ' for update' : ''}`, [taskId], { refresh: true });
  if (!task) throw new DomainError('NOT_FOUND', `correction task ${taskId} does not exist`);
  return task;
}

/** A form with its batch loaded (what findOne with populate: ['batch'] gives), in two indexed reads. */
export async function loadFormWithBatch(em: SqlEntityManager, formId: number): Promise<Form> {
  const [form] = await loadEntities(em, Form, 'where id = ?', [formId]);
  if (!form) throw new DomainError('NOT_FOUND', `form ${formId} does not exist`);
  if (!wrap(form.batch).isInitialized()) await loadEntities(em, Batch, 'where id = ?', [form.batch.id]);
  return form;
}

export function assertHolder(task: CorrectionTask, actor: Actor, now: Date): void {
  // Another team's task does not exist for this caller: not "resolved" nor "held by someone else".
  if (!inTeamScope(teamOf(actor), { id: task.batch.id, provinceCode: task.provinceCode })) throw new DomainError('NOT_FOUND', `correction task ${task.id} does not exist`);
  if (task.status === 'RESOLVED') throw new DomainError('ALREADY_RESOLVED', `task ${task.id} is already resolved`);
  if (task.status !== 'CLAIMED' || task.claimedBy?.id !== actor.userId) {
    throw new DomainError('NOT_LEASE_HOLDER', `task ${task.id} is not claimed by you; claim it first`);
  }
  if (!task.leaseUntil || task.leaseUntil.getTime() < now.getTime()) {
    throw new DomainError('LEASE_EXPIRED', `your lease on task ${task.id} expired; claim it again`);
  }
}

export function assertNotOwn(task: CorrectionTask, actor: Actor): void {
  if (actor.keyerCode && (task.keyer1 === actor.keyerCode || task.keyer2 === actor.keyerCode)) {
    throw new DomainError('OWN_KEYING', `you keyed form ${task.form.id}; another reviewer must handle it`);
  }
}

export async function assertBatchOpen(em: SqlEntityManager, batchId: number): Promise<void> {
  const b = await em.findOneOrFail(Batch, batchId);
  if (b.status === 'HANDED_OVER') throw new DomainError('CONFLICT', `batch ${b.code} was handed over and is locked; an admin must reopen it first`);
}

export function moveTask(task: CorrectionTask, to: TaskStatus): void {
  taskMachine.assert(task.status as TaskStatus, to);
  task.status = to;
}

export function moveForm(form: Form, to: FormStatus): void {
  formMachine.assert(form.status as FormStatus, to);
  form.status = to;
  form.updatedAt = new Date();
}

export function clearClaim(task: CorrectionTask): void {
  task.claimedBy = null;
  task.claimedAt = null;
  task.leaseUntil = null;
}

/**
 * OPEN <-> READY as the last pending form of a batch is settled or a new one arrives. `pending`:
 * the caller's transaction leaves a form of the batch waiting for someone, so it can only be OPEN.
 */
export async function refreshBatch(em: SqlEntityManager, batchId: number, actor: Actor | null, pending = false): Promise<void> {
  // Two transactions settling the last two forms of a batch would each still see the other's
  // form pending and neither would mark it READY: lock the batch row first, then count in a new
  // statement, which (READ COMMITTED) sees what the previous holder committed.
  if (isPostgres(em)) {
    const [b] = await exec<{ status: string }[]>(em, lockBatchesSql(1), [batchId]);
    if (pending && stays(b?.status)) return;
  }
  await readiness(em, batchId, actor);
}

/**
 * refreshBatch for the batches a transaction touched, in id order, after its `writes`: on
 * PostgreSQL the batch locks are the last part of the writes' statement (one round trip fewer;
 * the usual call, which leaves a form pending in an open batch, then has nothing else to do).
 */
export async function refreshBatches(em: SqlEntityManager, batchIds: number[], pending: Set<number>, actor: Actor | null, writes: Writes): Promise<void> {
  if (!batchIds.length || !isPostgres(em)) {
    await writes.flush(em);
    for (const id of batchIds) await refreshBatch(em, id, actor, pending.has(id));
    return;
  }
  const locked = await writes.flushWith<{ id: number | string; status: string }>(em, lockBatchesSql(batchIds.length), batchIds);
  const status = new Map(locked.map((r) => [Number(r.id), r.status]));
  for (const id of batchIds) if (!(pending.has(id) && stays(status.get(id)))) await readiness(em, id, actor);
}

// NO KEY UPDATE: rows inserted with a batch_id hold KEY SHARE on it (foreign keys), which FOR UPDATE would wait on.
const lockBatchesSql = (n: number) => `select id, status from batch where id in (${Array.from({ length: n }, () => '?').join(', ')}) order by id for no key update`;
/** The locked row is its newest version: already OPEN (or locked) with a form pending, nothing to count. */
const stays = (status: string | undefined) => status === 'OPEN' || status === 'HANDED_OVER';

/** OPEN or READY by what the batch holds now; the caller holds the batch row's lock (PostgreSQL). */
async function readiness(em: SqlEntityManager, batchId: number, actor: Actor | null): Promise<void> {
  const row = await batchHolds(em, batchId);
  if (!row || row.status === 'HANDED_OVER') return;
  const to: BatchStatus = row.forms && !row.waiting ? 'READY' : 'OPEN';
  if (to === row.status) return;
  batchMachine.assert(row.status as BatchStatus, to);
  await exec(em, 'update batch set status = ? where id = ? and status = ?', [to, batchId, row.status], 'run');
  await audit(em, actor, [{ action: 'batch.status', entityType: 'batch', entityId: batchId, data: { from: row.status, to } }]);
}

/** Form states in which a form still waits for a keying or a reviewer. */
const WAITING_FORM_STATUSES = FORM_STATUSES.filter((s) => !DONE_FORM_STATUSES.includes(s));
const probes = (table: string, alias: string, statuses: readonly string[]) =>
  statuses.map((s) => `exists (select 1 from ${table} ${alias} where ${alias}.batch_id = b.id and ${alias}.status = '${s}')`);
/**
 * Whether anything in batch `b` still waits for someone: one equality probe per waiting status,
 * each a short walk of a (batch_id, status, ...) index. Not `status not in (done...)`: that walks
 * every done form of the batch before it meets a waiting one, on every resolution (a batch of
 * 30,000 forms: 7 ms and 1,000 pages a check, against 0.2 ms and 20 pages).
 */
const WAITING_SQL = [...probes('form', 'f', WAITING_FORM_STATUSES), ...probes('correction_task', 't', PENDING_TASK_STATUSES)].join(' or ');

/** In one round trip: the batch's status, whether it holds a form, and whether anything in it waits (one parameter: the batch id). */
export const BATCH_HOLDS_SQL = `select b.status, exists (select 1 from form f where f.batch_id = b.id) as forms, (${WAITING_SQL}) as waiting from batch b where b.id = ?`;

async function batchHolds(em: SqlEntityManager, batchId: number): Promise<{ status: string; forms: boolean; waiting: boolean } | null> {
  const [row] = await exec<{ status: string; forms: number | string | boolean; waiting: number | string | boolean }[]>(em, BATCH_HOLDS_SQL, [batchId]);
  return row ? { status: row.status, forms: truthy(row.forms), waiting: truthy(row.waiting) } : null;
}

// PostgreSQL answers booleans, SQLite 0/1.
const truthy = (v: number | string | boolean) => v === true || Number(v) === 1;

/** Every form verified or rejected, and no task waiting for anyone. */
export async function isReady(em: SqlEntityManager, batchId: number): Promise<boolean> {
  const row = await batchHolds(em, batchId);
  return !!row && row.forms && !row.waiting;
}
