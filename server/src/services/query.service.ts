import type { SqlEntityManager } from '@mikro-orm/knex';
import type { EntityName, FilterQuery } from '@mikro-orm/core';
import { DomainError } from '../domain/errors.js';

export interface PageArgs {
  page: number;
  perPage: number;
  sortField: string;
  sortOrder: 'ASC' | 'DESC';
}

export function toId(raw: string | number, field = 'id'): number {
  const n = typeof raw === 'number' ? raw : /^\d{1,15}$/.test(raw) ? Number(raw) : NaN;
  if (!Number.isSafeInteger(n) || n < 1) {
    throw new DomainError('BAD_USER_INPUT', `${field} must be a positive integer id`, { problems: [{ field, reason: 'not an id' }] });
  }
  return n;
}

/** Paginated, sorted list; the sort key is always made unique with `id` so pages never overlap. */
export class QueryService {
  async list<T extends object>(em: SqlEntityManager, entity: EntityName<T>, where: FilterQuery<T>, args: PageArgs) {
    const dir = args.sortOrder === 'ASC' ? 'asc' : 'desc';
    const orderBy = args.sortField === 'id' ? { id: dir } : { [args.sortField]: dir, id: dir };
    const [items, total] = await em.findAndCount(entity, where, {
      orderBy: orderBy as never,
      limit: args.perPage,
      offset: (args.page - 1) * args.perPage,
    });
    return { items, total, page: args.page, perPage: args.perPage };
  }

  /** `scope` (services/team.service.ts teamWhere): outside it, a row reads as missing, the same as in lists. */
  async get<T extends object>(em: SqlEntityManager, entity: EntityName<T>, id: string | number, what: string, scope?: Record<string, unknown> | null): Promise<T> {
    const byId = { id: toId(id) };
    const row = await em.findOne(entity, (scope ? { $and: [byId, scope] } : byId) as never);
    if (!row) throw new DomainError('NOT_FOUND', `${what} ${id} does not exist`);
    return row;
  }
}
