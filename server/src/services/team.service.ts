import type { FilterQuery } from '@mikro-orm/core';
import type { SqlEntityManager } from '@mikro-orm/knex';
import { Batch, Team, User } from '../db/entities/index.js';
import { DomainError, ValidationError, type FieldProblem } from '../domain/errors.js';
import { PROVINCE_CODES } from '../domain/provinces.js';
import { teamOf, teamProblems, type TeamScope } from '../domain/team-scope.js';
import { audit } from './audit.service.js';
import type { Actor, ServiceContext } from './context.js';

export function teamScopeOf(team: Team | null | undefined): TeamScope | null {
  if (!team) return null;
  return { teamId: team.id, code: team.code, provinceCode: team.provinceCode ?? null, batchIds: [...(team.batchIds ?? [])] };
}

/** Where an entity reaches its batch: itself (Batch), its `batch` relation, or its form's. */
export type BatchPath = 'self' | 'batch' | 'form.batch';

/**
 * The condition that keeps a query inside the actor's team, or null (national). Province teams
 * join the batch (batch.province_code is indexed); batch-set teams compare batch ids.
 */
export function teamWhere(actor: Actor | null | undefined, path: BatchPath): Record<string, unknown> | null {
  const team = teamOf(actor);
  if (!team) return null;
  const onBatch = team.provinceCode !== null ? { provinceCode: team.provinceCode } : { id: { $in: [...team.batchIds] } };
  if (path === 'self') return onBatch;
  if (path === 'batch') return { batch: onBatch };
  return { form: { batch: onBatch } };
}

/** A list's filter kept inside the actor's team. */
export function withinTeam<T>(actor: Actor | null | undefined, path: BatchPath, where: FilterQuery<T>): FilterQuery<T> {
  const scope = teamWhere(actor, path);
  return (scope ? { $and: [where, scope] } : where) as FilterQuery<T>;
}

export interface TeamInput {
  code?: string | null;
  name?: string | null;
  provinceCode?: string | null;
  batchIds?: (number | string)[] | null;
}

const idsOf = (raw: (number | string)[] | null | undefined, problems: FieldProblem[], field: string): number[] =>
  (raw ?? []).map((x, i) => {
    const n = typeof x === 'number' ? x : /^\d{1,10}$/.test(x) ? Number(x) : NaN;
    if (!Number.isSafeInteger(n) || n < 1) problems.push({ field: `${field}.${i}`, reason: 'not an id' });
    return n;
  });

/** Team administration: admins create teams, change them, and put accounts in them; every change is audited. */
export class TeamService {
  /** A team named by id or by code (what createUser and imports accept). */
  async find(em: SqlEntityManager, ref: string | number): Promise<Team | null> {
    const s = String(ref).trim();
    if (/^\d{1,10}$/.test(s)) {
      const byId = await em.findOne(Team, Number(s));
      if (byId) return byId;
    }
    return em.findOne(Team, { code: s });
  }

  /** The team a new account is created in (createUser's `team`: id or code), checked like setUserTeam. */
  async forNewUser(em: SqlEntityManager, ref: string | null | undefined, role: string): Promise<Team | null> {
    if (ref == null || ref.trim() === '') return null;
    const team = ref.length <= 50 ? await this.find(em, ref) : null;
    if (!team) throw new ValidationError(`team "${ref.slice(0, 50)}" does not exist`, [{ field: 'team', reason: 'unknown team (give its id or code)' }]);
    if (role === 'ADMIN') throw new ValidationError('an admin has the national view and belongs to no team', [{ field: 'team', reason: 'admins belong to no team' }]);
    return team;
  }

  async create(ctx: ServiceContext, input: TeamInput): Promise<Team> {
    const problems: FieldProblem[] = [];
    const t = { code: (input.code ?? '').trim(), name: (input.name ?? '').trim(), provinceCode: input.provinceCode ?? null, batchIds: idsOf(input.batchIds, problems, 'input.batchIds') };
    await this.check(ctx.em, t, problems);
    if (await ctx.em.count(Team, { code: t.code })) throw new DomainError('CONFLICT', `team "${t.code}" already exists`);
    return ctx.em.transactional(async (tx) => {
      const team = tx.create(Team, { ...t, createdAt: new Date() });
      await tx.flush();
      await audit(tx, ctx.actor, [{ action: 'team.create', entityType: 'team', entityId: team.id, data: { code: t.code, name: t.name, provinceCode: t.provinceCode, batchIds: t.batchIds } }]);
      return team;
    });
  }

  /** Fields left out (undefined) stay as they are; null clears provinceCode or batchIds (to switch a team's kind). */
  async update(ctx: ServiceContext, id: number, input: TeamInput): Promise<Team> {
    return ctx.em.transactional(async (tx) => {
      const team = await tx.findOne(Team, id);
      if (!team) throw new DomainError('NOT_FOUND', `team ${id} does not exist`);
      const problems: FieldProblem[] = [];
      const before = { code: team.code, name: team.name, provinceCode: team.provinceCode ?? null, batchIds: [...team.batchIds] };
      const after = {
        code: input.code === undefined || input.code === null ? before.code : input.code.trim(),
        name: input.name === undefined || input.name === null ? before.name : input.name.trim(),
        provinceCode: input.provinceCode === undefined ? before.provinceCode : input.provinceCode,
        batchIds: input.batchIds === undefined ? before.batchIds : idsOf(input.batchIds, problems, 'input.batchIds'),
      };
      await this.check(tx, after, problems);
      if (after.code !== before.code && (await tx.count(Team, { code: after.code }))) throw new DomainError('CONFLICT', `team "${after.code}" already exists`);
      const changed = (Object.keys(after) as (keyof typeof after)[]).filter((k) => JSON.stringify(after[k]) !== JSON.stringify(before[k]));
      if (!changed.length) return team;
      Object.assign(team, after);
      await tx.flush();
      await audit(tx, ctx.actor, [{ action: 'team.update', entityType: 'team', entityId: team.id, data: { from: pick(before, changed), to: pick(after, changed) } }]);
      return team;
    });
  }

  /** Puts an account in a team, or takes it out (null). Admins are national: they get no team. */
  async setUserTeam(ctx: ServiceContext, userId: number, teamId: number | null): Promise<User> {
    return ctx.em.transactional(async (tx) => {
      const user = await tx.findOne(User, userId, { populate: ['team'] });
      if (!user) throw new DomainError('NOT_FOUND', `user ${userId} does not exist`);
      const team = teamId === null ? null : await tx.findOne(Team, teamId);
      if (teamId !== null && !team) throw new ValidationError(`team ${teamId} does not exist`, [{ field: 'teamId', reason: 'unknown team' }]);
      if (team && user.role === 'ADMIN') throw new ValidationError('an admin has the national view and belongs to no team', [{ field: 'teamId', reason: 'admins belong to no team' }]);
      const from = user.team ? user.team.code : null;
      if ((user.team?.id ?? null) === (team?.id ?? null)) return user;
      user.team = team;
      await tx.flush();
      await audit(tx, ctx.actor, [{ action: 'user.team', entityType: 'user', entityId: user.id, data: { from, to: team?.code ?? null } }]);
      return user;
    });
  }

  /** Field problems, including batch ids that name no batch; throws them all at once. */
  private async check(em: SqlEntityManager, t: { code: string; name: string; provinceCode: string | null; batchIds: number[] }, problems: FieldProblem[]): Promise<void> {
    problems.push(...teamProblems(t, PROVINCE_CODES));
    const ids = t.batchIds.filter((n) => Number.isSafeInteger(n) && n > 0);
    if (ids.length && !problems.length) {
      const found = new Set((await em.find(Batch, { id: { $in: ids } }, { fields: ['id'] })).map((b) => b.id));
      t.batchIds.forEach((n, i) => {
        if (!found.has(n)) problems.push({ field: `input.batchIds.${i}`, reason: `batch ${n} does not exist` });
      });
    }
    if (problems.length) throw new ValidationError(problems.slice(0, 50).map((p) => `${p.field} ${p.reason}`).join('; '), problems.slice(0, 200));
  }
}

function pick<T extends object>(o: T, keys: (keyof T)[]): Partial<T> {
  return Object.fromEntries(keys.map((k) => [k, o[k]])) as Partial<T>;
}
