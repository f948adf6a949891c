import type { SqlEntityManager } from '@mikro-orm/knex';
import type { EntityName, FilterQuery } from '@mikro-orm/core';
import { DomainError } from '../domain/errors.js';

import type { PageArgs } from '../domain/paginate.js';
import { entityRows } from './entity-rows.js';
import { exec } from './sql.js';

export type { PageArgs };

export function toId(raw: string | number, field = 'id'): number {
  const n = typeof raw === 'number' ? raw : /^\d{1,15}$/.test(raw) ? Number(raw) : NaN;
  if (!Number.isSafeInteger(n) || n < 1) {
    throw new DomainError('BAD_USER_INPUT', `${field} must be a positive integer id`, { problems: [{ field, reason: 'not an id' }] });
  }
  return n;
}

/**
 * How one field of a list filter narrows the list (`column` defaults to the field's name):
 * eq: column = value; id: column = the id (checked, BAD_USER_INPUT on `filter.<field>`); ids: column
 * in the ids; isSet: true → column not null, false → null; from/to: inclusive bounds of one range;
 * custom: left to the resolver (a lookup behind a permission check, e.g. the citizen-ID filters).
 */
export type FilterRule =
  | { op: 'eq' | 'id' | 'ids'; column?: string }
  | { op: 'isSet' | 'from' | 'to'; column: string }
  | { op: 'custom' };

/** One rule per filter field: a field added to a filter class without a rule does not compile. */
export type FilterSpec<F> = { [K in keyof F]-?: FilterRule };

export const by = {
  eq: (column?: string): FilterRule => ({ op: 'eq', column }),
  id: (column?: string): FilterRule => ({ op: 'id', column }),
  ids: (column = 'id'): FilterRule => ({ op: 'ids', column }),
  isSet: (column: string): FilterRule => ({ op: 'isSet', column }),
  from: (column: string): FilterRule => ({ op: 'from', column }),
  to: (column: string): FilterRule => ({ op: 'to', column }),
  custom: { op: 'custom' } as FilterRule,
};

/**
 * A list filter as a `where` object, field by field in the spec's order. A boolean counts when
 * given; any other value only when truthy (an empty string or pass 0 filters nothing).
 */
export function whereOf<F extends object>(filter: F | null | undefined, spec: FilterSpec<F>): Record<string, unknown> {
  const where: Record<string, unknown> = {};
  if (!filter) return where;
  for (const field of Object.keys(spec) as (keyof F & string)[]) {
    const rule = spec[field];
    const v = filter[field] as unknown;
    if (rule.op === 'custom' || (typeof v === 'boolean' ? false : !v)) continue;
    const column = rule.column ?? field;
    switch (rule.op) {
      case 'eq':
        where[column] = v;
        break;
      case 'id':
        where[column] = toId(v as string, `filter.${field}`);
        break;
      case 'ids':
        where[column] = { $in: (v as string[]).map((x) => toId(x, `filter.${field}`)) };
        break;
      case 'isSet':
        where[column] = v ? { $ne: null } : null;
        break;
      case 'from':
      case 'to':
        where[column] = { ...(where[column] as object), [rule.op === 'from' ? '$gte' : '$lte']: v };
        break;
    }
  }
  return where;
}

/**
 * Paginated, sorted list; the sort key is always made unique with `id` so pages never overlap.
 * `total` is counted only when read (GraphQL resolves it only when asked for): a count over the
 * filtered rows costs O(rows), and a consumer paging records does not ask for it.
 */
export class QueryService {
  async list<T extends object>(em: SqlEntityManager, entity: EntityName<T>, where: FilterQuery<T>, args: PageArgs, opts: { plain?: boolean } = {}) {
    const dir = args.sortOrder === 'ASC' ? 'asc' : 'desc';
    const orderBy = args.sortField === 'id' ? { id: dir } : { [args.sortField]: dir, id: dir };
    const page = { limit: args.perPage, offset: (args.page - 1) * args.perPage };
    let items: T[];
    if (opts.plain) {
      // The ORM's SQL for the same filter, run raw (on em's connection: a readEm() reads a replica)
      // and turned into plain objects (entity-rows.ts), not hydrated entities.
      const qb = em.createQueryBuilder(entity, 'e').select('e.*').where(where).orderBy(orderBy as never).limit(page.limit).offset(page.offset);
      items = entityRows(em, entity, await exec<Record<string, unknown>[]>(em, qb.getQuery(), qb.getParams() as unknown[]));
    } else {
      items = await em.find(entity, where, { orderBy: orderBy as never, ...page });
    }
    let total: Promise<number> | undefined;
    return {
      items,
      get total(): Promise<number> {
        return (total ??= em.count(entity, where));
      },
      page: args.page,
      perPage: args.perPage,
    };
  }

  /** `scope` (services/team.service.ts teamWhere): outside it, a row reads as missing, the same as in lists. */
  async get<T extends object>(em: SqlEntityManager, entity: EntityName<T>, id: string | number, what: string, scope?: Record<string, unknown> | null): Promise<T> {
    const byId = { id: toId(id) };
    const row = await em.findOne(entity, (scope ? { $and: [byId, scope] } : byId) as never);
    if (!row) throw new DomainError('NOT_FOUND', `${what} ${id} does not exist`);
    return row;
  }
}
