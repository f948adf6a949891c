import type { SqlEntityManager } from '@mikro-orm/knex';
import { Batch, CorrectionTask } from '../db/entities/index.js';
import { DomainError } from '../domain/errors.js';
import type { TaskStatus } from '../domain/state-machine.js';
import { inTeamScope, teamOf, type TeamScope } from '../domain/team-scope.js';
import { audit } from './audit.service.js';
import type { Actor, ServiceContext } from './context.js';
import { exec, isPostgres, sqlDate } from './sql.js';
import { assertHolder, clearClaim, lockTask, moveTask, requireActor } from './task-state.js';

/** How often a busy process returns expired leases to the queue. */
const SWEEP_MS = 1000;

/** Claims under a lease: taking the next task, giving it back, and leases that ran out. */
export class TaskLeases {
  private nextSweep = 0;

  constructor(
    private readonly leaseSeconds: number,
    private readonly onExpired: (n: number) => void = () => undefined,
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
    // At most once a second per process while the queue has work (a statement per claim saved);
    // always before answering that the queue is empty, so an expired lease is never left waiting.
    let swept = false;
    if (now.getTime() >= this.nextSweep) {
      this.nextSweep = now.getTime() + SWEEP_MS;
      await this.expireLeases(ctx.em, now);
      swept = true;
    }
    const task = await this.claimTx(ctx, actor, now, batchId, team);
    if (task || swept || !(await this.expireLeases(ctx.em, now))) return task;
    return this.claimTx(ctx, actor, now, batchId, team);
  }

  private claimTx(ctx: ServiceContext, actor: Actor, now: Date, batchId: number | null | undefined, team: TeamScope | null): Promise<CorrectionTask | null> {
    // The claim and its audit event commit together. Raw SQL and rows mapped straight to entities:
    // the ORM's query building was most of a claim's CPU.
    return ctx.em.transactional(async (em) => {
      const scope: string[] = [];
      const params: unknown[] = [];
      if (batchId) {
        scope.push('batch_id = ?');
        params.push(batchId);
      } else if (team?.provinceCode) {
        // (province_code, status, created_at, id) index: still one indexed statement per claim.
        scope.push('province_code = ?');
        params.push(team.provinceCode);
      } else if (team) {
        scope.push(`batch_id in (${team.batchIds.length ? team.batchIds.map(() => '?').join(', ') : 'null'})`);
        params.push(...team.batchIds);
      }
      // A lease held from before a team change is not handed back across teams (the scope above
      // is the team's): it runs out by itself.
      const [held] = await exec<Record<string, unknown>[]>(
        em,
        `select * from correction_task where claimed_by_id = ? and status = 'CLAIMED' and lease_until > ?${scope.map((w) => ` and ${w}`).join('')} order by id limit 1`,
        [actor.userId, sqlDate(em, now), ...params],
      );
      if (held) return em.map(CorrectionTask, held);
      const pg = isPostgres(em);
      const senior = actor.role === 'MANAGER';
      const where: string[] = [senior ? `status in ('OPEN', 'ESCALATED')` : `status = 'OPEN'`, ...scope];
      if (actor.keyerCode) {
        where.push('keyer1 <> ? and keyer2 <> ?');
        params.push(actor.keyerCode, actor.keyerCode);
      }
      const order = senior ? `case when status = 'ESCALATED' then 0 else 1 end, created_at, id` : 'created_at, id';
      const inner = `select id from correction_task where ${where.join(' and ')} order by ${order} limit 1${pg ? ' for update skip locked' : ''}`;
      const rows = await exec<Record<string, unknown>[]>(
        em,
        `update correction_task set status = 'CLAIMED', claimed_by_id = ?, claimed_at = ?, lease_until = ? where id = (${inner}) and status in ('OPEN', 'ESCALATED') returning *`,
        [actor.userId, sqlDate(em, now), sqlDate(em, new Date(now.getTime() + this.leaseSeconds * 1000)), ...params],
      );
      if (!rows.length) return null;
      const task = em.map(CorrectionTask, rows[0]);
      await audit(em, actor, [{ action: 'task.claim', entityType: 'task', entityId: task.id, data: { from: task.escalated ? 'ESCALATED' : 'OPEN', to: 'CLAIMED', leaseUntil: task.leaseUntil } }], now);
      return task;
    });
  }

  async release(ctx: ServiceContext, taskId: number): Promise<CorrectionTask> {
    const actor = requireActor(ctx);
    return ctx.em.transactional(async (em) => {
      const task = await lockTask(em, taskId);
      assertHolder(task, actor, new Date());
      const to: TaskStatus = task.escalated ? 'ESCALATED' : 'OPEN';
      moveTask(task, to);
      clearClaim(task);
      await audit(em, actor, [{ action: 'task.release', entityType: 'task', entityId: task.id, data: { from: 'CLAIMED', to } }]);
      return task;
    });
  }
}
