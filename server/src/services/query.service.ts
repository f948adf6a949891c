import type { SqlEntityManager } from '@mikro-orm/knex';
import type { EntityName, FilterQuery } from '@mikro-orm/core';
import { CursorError, decodeCursor, encodeCursor, type CursorPosition } from '../domain/cursor.js';
import { DomainError } from '../domain/errors.js';
import { exec, isPostgres } from './sql.js';

import type { PageArgs } from '../domain/paginate.js';
import { entityRows } from './entity-rows.js';

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

/** A list's paging arguments: the page grammar, or a cursor page (`first`/`after`). */
export interface ListArgs extends PageArgs {
  first?: number | null;
  after?: string | null;
}

export interface ListOptions {
  /** Sort fields named otherwise than their entity property (verifiedRecords' `sync` is changeSeq). */
  sortProperty?: Readonly<Record<string, string>>;
  /** Sort fields a cursor may follow at a cost independent of depth (an index on (field, id)); default: all. */
  cursorSorts?: readonly string[];
  /** Sort fields whose cursor pages only run ASC (the sync order: what comes later is what changed since). */
  ascendingOnly?: readonly string[];
  /** Per sort field, what a cursor page must also meet (the sync order's commit watermark). */
  cursorWhere?: Readonly<Record<string, (em: SqlEntityManager) => Record<string, unknown> | null>>;
  /** Reads the rows (default em.find): a list read in bulk may skip the ORM's entity management. */
  rows?: (em: SqlEntityManager, where: FilterQuery<never>, o: { orderBy: Record<string, 'asc' | 'desc'>; limit: number; offset: number }) => Promise<object[]>;
}

/**
 * ListOptions.rows for lists whose fields read properties and reference ids only: the ORM's SQL
 * for the filter, run raw (on em's connection: a readEm() reads a replica) and turned into plain
 * objects (entity-rows.ts), not hydrated entities.
 */
export function plainRows<T extends object>(entity: EntityName<T>): NonNullable<ListOptions['rows']> {
  return async (em, where, o) => {
    const qb = em.createQueryBuilder(entity, 'e').select('e.*').where(where as never).orderBy(o.orderBy as never).limit(o.limit).offset(o.offset);
    return entityRows(em, entity, await exec<Record<string, unknown>[]>(em, qb.getQuery(), qb.getParams() as unknown[]));
  };
}

/**
 * One page of a list. `total` and `totalIsEstimate` are getters: GraphQL reads them only when the
 * query selects them, so a page whose caller did not ask for the total runs no count.
 */
export interface ListPage<T> {
  items: T[];
  /** The page number; null for a cursor page. */
  page: number | null;
  perPage: number;
  hasNextPage: boolean;
  endCursor: string | null;
  readonly total: Promise<number>;
  readonly totalIsEstimate: Promise<boolean>;
}

/**
 * Above this many rows (the planner's estimate), an unfiltered list's total is that estimate: an
 * exact count reads every row (0.1-0.3 µs each), so 10,000 rows cost a page 1-3 ms and 100,000 ten
 * times that, on every page a screen or a consumer asks for.
 */
export const ESTIMATE_FROM = 10_000;

/** Paginated, sorted list; the sort key is always made unique with `id` so pages never overlap. */
export class QueryService {
  /**
   * A page in the page grammar (OFFSET: for screens, which jump to page N), or with `first`/`after`
   * a keyset page: the rows after the cursor's (sort value, id), found through the index, so
   * page 10,000 costs what page 1 does.
   */
  async list<T extends object>(em: SqlEntityManager, entity: EntityName<T>, where: FilterQuery<T>, args: ListArgs, opts: ListOptions = {}): Promise<ListPage<T>> {
    const meta = em.getMetadata().get<T>(entity as never);
    const prop = opts.sortProperty?.[args.sortField] ?? args.sortField;
    const asc = args.sortOrder === 'ASC';
    const dir = asc ? 'asc' : 'desc';
    const orderBy = prop === 'id' ? { id: dir } : { [prop]: dir, id: dir };
    const cursorMode = args.first != null || args.after != null;
    let limit = args.perPage;
    let offset = 0;
    let cond: FilterQuery<T> = where;
    if (cursorMode) {
      const bad = (field: string, reason: string) => new DomainError('BAD_USER_INPUT', `${field}: ${reason}`, { problems: [{ field, reason }] });
      if (args.page !== 1) throw bad('page', 'a cursor page (first/after) has no page number: leave page out');
      if (opts.cursorSorts && !opts.cursorSorts.includes(args.sortField)) throw bad('sortField', `cursor pages follow ${opts.cursorSorts.join(', ')} here`);
      if (!asc && opts.ascendingOnly?.includes(args.sortField)) throw bad('sortOrder', `cursor pages in ${args.sortField} order run ASC`);
      limit = args.first ?? args.perPage;
      const parts: Record<string, unknown>[] = [where as Record<string, unknown>];
      if (args.after) {
        let pos: CursorPosition;
        try {
          pos = decodeCursor(args.after, { list: meta.className, sortField: args.sortField, sortOrder: args.sortOrder });
        } catch (e) {
          if (e instanceof CursorError) throw bad('after', e.message);
          throw e;
        }
        parts.push(keyset(prop, asc, prop === 'id' ? null : sortValueOf((meta.properties as Record<string, { runtimeType?: string } | undefined>)[prop]?.runtimeType, pos.value, bad), pos.id));
      }
      const visible = opts.cursorWhere?.[args.sortField]?.(em);
      if (visible) parts.push(visible);
      if (parts.length > 1) cond = { $and: parts } as FilterQuery<T>;
    } else {
      offset = (args.page - 1) * args.perPage;
    }
    // One row more than the page says whether there is a next one.
    const rows = opts.rows
      ? ((await opts.rows(em, cond as FilterQuery<never>, { orderBy: orderBy as Record<string, 'asc' | 'desc'>, limit: limit + 1, offset })) as T[])
      : await em.find(entity, cond, { orderBy: orderBy as never, limit: limit + 1, offset });
    const hasNextPage = rows.length > limit;
    const items = hasNextPage ? rows.slice(0, limit) : rows;
    const last = items.at(-1) as Record<string, unknown> | undefined;
    const endCursor = last
      ? encodeCursor({ list: meta.className, sortField: args.sortField, sortOrder: args.sortOrder, value: prop === 'id' ? null : cursorValue(last[prop]), id: last.id as number })
      : cursorMode ? args.after ?? null : null;
    let counted: Promise<{ total: number; estimate: boolean }> | undefined;
    const count = () => (counted ??= this.count(em, entity, where, meta.tableName, offset + items.length + (hasNextPage ? 1 : 0)));
    return {
      items,
      page: cursorMode ? null : args.page,
      perPage: limit,
      hasNextPage,
      endCursor,
      get total() {
        return count().then((c) => c.total);
      },
      get totalIsEstimate() {
        return count().then((c) => c.estimate);
      },
    };
  }

  /**
   * The rows matching `where`: counted, except on PostgreSQL above ESTIMATE_FROM rows, where
   * counting would read every matching row on every page (a status filter over a national table
   * is millions), and the planner's estimate is given instead, never below the rows the caller
   * has already seen. Unfiltered: the planner's estimate for the table decides, not
   * pg_class.reltuples alone: it scales the last analyze's rows per page by the table's pages
   * now, so a table that grew since (or was never analyzed) is not taken for small. Filtered:
   * counted up to ESTIMATE_FROM + 1 rows (exact below that, a bounded read above it), then the
   * planner's estimate for the filter, at least that many.
   */
  private async count<T extends object>(em: SqlEntityManager, entity: EntityName<T>, where: FilterQuery<T>, table: string, seen: number): Promise<{ total: number; estimate: boolean }> {
    if (!isPostgres(em)) return { total: await em.count(entity, where), estimate: false };
    const planRows = async (sql: string, params: unknown[] = []) => {
      const [r] = await exec<{ 'QUERY PLAN': [{ Plan: { 'Plan Rows': number } }] }[]>(em, `explain (format json) ${sql}`, params);
      return r?.['QUERY PLAN']?.[0]?.Plan?.['Plan Rows'] ?? -1;
    };
    if (Object.keys(where as object).length === 0) {
      const n = await planRows(`select 1 from "${table}"`);
      if (n >= ESTIMATE_FROM) return { total: Math.max(n, seen), estimate: true };
      return { total: await em.count(entity, where), estimate: false };
    }
    const qb = em.createQueryBuilder(entity, 'e').select('e.id').where(where as never);
    const matching = qb.getQuery();
    const params = qb.getParams() as unknown[];
    const [c] = await exec<{ n: number | string }[]>(em, `select count(*) as n from (${matching} limit ${ESTIMATE_FROM + 1}) s`, params);
    const n = Number(c.n);
    if (n <= ESTIMATE_FROM) return { total: n, estimate: false };
    return { total: Math.max(await planRows(matching, params), n, seen), estimate: true };
  }

  /** `scope` (services/team.service.ts teamWhere): outside it, a row reads as missing, the same as in lists. */
  async get<T extends object>(em: SqlEntityManager, entity: EntityName<T>, id: string | number, what: string, scope?: Record<string, unknown> | null): Promise<T> {
    const byId = { id: toId(id) };
    const row = await em.findOne(entity, (scope ? { $and: [byId, scope] } : byId) as never);
    if (!row) throw new DomainError('NOT_FOUND', `${what} ${id} does not exist`);
    return row;
  }
}

/** Rows after (value, id) in the list's order: `field >= v` bounds the index scan, ties go by id. */
function keyset(prop: string, asc: boolean, value: unknown, id: number): Record<string, unknown> {
  const [past, pastOrAt] = asc ? ['$gt', '$gte'] : ['$lt', '$lte'];
  if (prop === 'id') return { id: { [past]: id } };
  return { $and: [{ [prop]: { [pastOrAt]: value } }, { $or: [{ [prop]: { [past]: value } }, { id: { [past]: id } }] }] };
}

/** A row's sort value as a cursor keeps it: dates as ISO text. */
function cursorValue(v: unknown): string | number | null {
  if (v instanceof Date) return v.toISOString();
  return typeof v === 'number' || typeof v === 'string' ? v : null;
}

/** A cursor's sort value back as the property's type; anything else means the cursor was not ours. */
function sortValueOf(runtimeType: string | undefined, v: string | number | null, bad: (field: string, reason: string) => Error): unknown {
  const notOurs = () => bad('after', 'not a cursor: pass the endCursor of a page as it came');
  if (runtimeType === 'Date') {
    const d = typeof v === 'string' ? new Date(v) : null;
    if (!d || Number.isNaN(d.getTime())) throw notOurs();
    return d;
  }
  if (runtimeType === 'number') {
    if (typeof v !== 'number' || !Number.isSafeInteger(v)) throw notOurs();
    return v;
  }
  if (typeof v !== 'string') throw notOurs();
  return v;
}
