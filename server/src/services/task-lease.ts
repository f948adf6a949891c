import type { SqlEntityManager } from '@mikro-orm/knex';
import { Batch, CorrectionTask, Discrepancy } from '../db/entities/index.js';
import { DomainError } from '../domain/errors.js';
import type { TaskStatus } from '../domain/state-machine.js';
import { inTeamScope, teamOf, type TeamScope } from '../domain/team-scope.js';
import { audit, auditFromRows } from './audit.service.js';
import type { Actor, ServiceContext } from './context.js';
import { entityRows } from './entity-rows.js';
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
   * `discrepancies` receives the task's discrepancies when the claim read them (PostgreSQL).
   * The task is a plain row shaped like the entity (entity-rows.ts), not managed.
   */
  async claimNext(ctx: ServiceContext, batchId?: number | null, discrepancies?: (taskId: number, rows: Discrepancy[]) => void): Promise<CorrectionTask | null> {
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
    let claimed = await this.claimTx(ctx, actor, now, batchId, team);
    if (!claimed && !swept && (await this.expireLeases(ctx.em, now))) claimed = await this.claimTx(ctx, actor, now, batchId, team);
    if (!claimed) return null;
    if (claimed.discrepancies && discrepancies) discrepancies(claimed.task.id, claimed.discrepancies);
    return claimed.task;
  }

  private async claimTx(ctx: ServiceContext, actor: Actor, now: Date, batchId: number | null | undefined, team: TeamScope | null): Promise<{ task: CorrectionTask; discrepancies?: Discrepancy[] } | null> {
    // The claim and its audit event commit together. Raw SQL and plain rows: the ORM's query
    // building and hydration were most of a claim's CPU. On PostgreSQL one statement does it all,
    // so it needs no transaction around it (BEGIN and COMMIT were half a claim's round trips).
    const pg = isPostgres(ctx.em);
    const run = async (em: SqlEntityManager) => {
      const scope: string[] = [];
      const scopeParams: unknown[] = [];
      if (batchId) {
        scope.push('batch_id = ?');
        scopeParams.push(batchId);
      } else if (team?.provinceCode) {
        // (province_code, status, created_at, id) index: still one indexed statement per claim.
        scope.push('province_code = ?');
        scopeParams.push(team.provinceCode);
      } else if (team) {
        scope.push(`batch_id in (${team.batchIds.length ? team.batchIds.map(() => '?').join(', ') : 'null'})`);
        scopeParams.push(...team.batchIds);
      }
      // A lease held from before a team change is not handed back across teams (the scope above
      // is the team's): it runs out by itself.
      const heldSql = `select * from correction_task where claimed_by_id = ? and status = 'CLAIMED' and lease_until > ?${scope.map((w) => ` and ${w}`).join('')} order by id limit 1`;
      const heldParams = [actor.userId, sqlDate(em, now), ...scopeParams];
      const senior = actor.role === 'MANAGER';
      const where: string[] = [senior ? `status in ('OPEN', 'ESCALATED')` : `status = 'OPEN'`, ...scope];
      const whereParams = [...scopeParams];
      if (actor.keyerCode) {
        where.push('keyer1 <> ? and keyer2 <> ?');
        whereParams.push(actor.keyerCode, actor.keyerCode);
      }
      const order = senior ? `case when status = 'ESCALATED' then 0 else 1 end, created_at, id` : 'created_at, id';
      // A task this reviewer handed back within a lease's length comes after every other (release,
      // then next: another form), and back to them only when nothing else is left. Two branches in
      // the queue's own order; the second runs only when the first finds nothing.
      const setAside = new Date(now.getTime() - this.leaseSeconds * 1000);
      const firstChoice = `(released_by_id is null or released_by_id <> ? or released_at < ?)`;
      const pick = (also: string[], lock: string) => {
        const w = [...also, ...where].join(' and ');
        return (
          `select id from (select id from correction_task where ${w} and ${firstChoice} order by ${order} limit 1${lock}) a` +
          ` union all select id from (select id from correction_task where ${w} order by ${order} limit 1${lock}) b limit 1`
        );
      };
      const pickParams = [...whereParams, actor.userId, sqlDate(em, setAside), ...whereParams];
      const set = `set status = 'CLAIMED', claimed_by_id = ?, claimed_at = ?, lease_until = ?`;
      const leaseUntil = new Date(now.getTime() + this.leaseSeconds * 1000);
      const setParams = [actor.userId, sqlDate(em, now), sqlDate(em, leaseUntil)];
      let row: Record<string, unknown> | undefined;
      let held = false;
      let found: Discrepancy[] | undefined;
      if (pg) {
        // One round trip: the lease already held, or else the claim (its inner select finds nothing
        // when one is held, so it locks nothing) and its audit event, with the task's discrepancies.
        const inner = pick(['not exists (select 1 from held)'], ' for update skip locked');
        const event = auditFromRows(actor, now, 'task.claim', 'task', 'claimed', 'claimed.id', `json_build_object('from', case when claimed.escalated then 'ESCALATED' else 'OPEN' end, 'to', 'CLAIMED', 'leaseUntil', ?::text)`, [
          leaseUntil.toISOString(),
        ]);
        const [r] = await exec<Record<string, unknown>[]>(
          em,
          `with held as (${heldSql}),
                claimed as (update correction_task ${set} where id = (${inner}) and status in ('OPEN', 'ESCALATED') returning *),
                event as (${event.sql}),
                t as (select *, true as was_held from held union all select *, false from claimed)
           select t.*, (select coalesce(json_agg(d order by d.id), '[]'::json) from discrepancy d where d.task_id = t.id) as discrepancies from t`,
          [...heldParams, ...setParams, ...pickParams, ...event.params],
        );
        if (r) {
          ({ was_held: held } = r as { was_held: boolean });
          found = entityRows(em, Discrepancy, r.discrepancies as Record<string, unknown>[]);
          row = r;
        }
      } else {
        [row] = await exec<Record<string, unknown>[]>(em, heldSql, heldParams);
        held = !!row;
        if (!row) {
          [row] = await exec<Record<string, unknown>[]>(em, `update correction_task ${set} where id = (${pick([], '')}) and status in ('OPEN', 'ESCALATED') returning *`, [...setParams, ...pickParams]);
        }
      }
      if (!row) return null;
      const [task] = entityRows(em, CorrectionTask, [row]);
      if (!held && !pg) await audit(em, actor, [{ action: 'task.claim', entityType: 'task', entityId: task.id, data: { from: task.escalated ? 'ESCALATED' : 'OPEN', to: 'CLAIMED', leaseUntil: task.leaseUntil } }], now);
      return { task, discrepancies: found };
    };
    return pg ? run(ctx.em) : ctx.em.transactional(run);
  }

  /** `setAside`: this reviewer's next claims pass over it for a lease's length (claimTx). */
  async release(ctx: ServiceContext, taskId: number, setAside = true): Promise<CorrectionTask> {
    const actor = requireActor(ctx);
    return ctx.em.transactional(async (em) => {
      const task = await lockTask(em, taskId);
      assertHolder(task, actor, new Date());
      const to: TaskStatus = task.escalated ? 'ESCALATED' : 'OPEN';
      moveTask(task, to);
      clearClaim(task);
      if (setAside) {
        task.releasedById = actor.userId;
        task.releasedAt = new Date();
      }
      await audit(em, actor, [{ action: 'task.release', entityType: 'task', entityId: task.id, data: { from: 'CLAIMED', to } }]);
      return task;
    });
  }
}
