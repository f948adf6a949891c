import type { SqlEntityManager } from '@mikro-orm/knex';
import { raw, type FilterQuery } from '@mikro-orm/core';
import { VerifiedRecord } from '../db/entities/index.js';
import type { ListOptions } from './query.service.js';
import { exec, isPostgres } from './sql.js';

/**
 * The sync order of verified records: other systems page through `verifiedRecords(sortField:
 * sync, first, after)` by (changeSeq, id), and a cursor kept from yesterday's run brings every
 * record verified or changed since. Each write that creates or changes a record gives it a new
 * `changeSeq` inside its transaction.
 *
 * The trap is commit order: a value taken inside a transaction (a sequence, a timestamp) is
 * smaller than one taken by a transaction that commits earlier, so a reader that already went
 * past it would never see the row. So:
 * - PostgreSQL: changeSeq is the writing transaction's 64-bit id (pg_current_xact_id()), and a
 *   cursor page only returns rows whose transaction id is below the oldest transaction still
 *   running in the reading statement's own snapshot (pg_snapshot_xmin(pg_current_snapshot())):
 *   those are all committed, and every later commit has a larger id. A long transaction delays
 *   what consumers see (never skips it). The same holds on a streaming replica (its snapshot
 *   knows the primary's transactions in flight as replayed so far), so sync reads stay
 *   replica-tolerant.
 * - SQLite: one writer at a time, so a counter taken inside the write transaction is in commit
 *   order already.
 * Records written by one transaction share its changeSeq (on PostgreSQL); id breaks ties.
 */
export async function changeSeqOf(em: SqlEntityManager): Promise<number> {
  if (isPostgres(em)) {
    // Outside a transaction this would be a transaction of its own, with nothing to protect.
    if (!em.getTransactionContext()) throw new Error('changeSeqOf needs the writing transaction');
  }
  const [r] = await exec<{ s: number | string }[]>(em, `select ${changeSeqSql(em)} as s`);
  return Number(r.s);
}

/**
 * The change sequence as an SQL expression (what changeSeqOf reads), for a statement that writes
 * the record or does other work in the same round trip.
 */
export function changeSeqSql(em: SqlEntityManager): string {
  if (isPostgres(em)) return 'pg_current_xact_id()::text::bigint';
  return '(select coalesce(max(change_seq), 0) + 1 from verified_record)';
}

/**
 * The extra condition of a cursor page in the sync order: on PostgreSQL, only changes of
 * transactions that ended before the reading statement's snapshot (see above); none on SQLite.
 * One statement reads both the rows and the watermark, so both come from the same snapshot (two
 * statements could even run on two replicas at different replay points).
 */
export function syncVisible(em: SqlEntityManager): Record<string, unknown> | null {
  return isPostgres(em) ? { changeSeq: { $lt: raw('pg_snapshot_xmin(pg_current_snapshot())::text::bigint') } } : null;
}

/**
 * A verified record as the GraphQL fields read it: an entity, or a plain row of plainRecords().
 * An interface, so type-graphql passes a resolver's root as it is (with a class as the declared
 * type it copies a plain root into a new instance for every field of every record).
 */
export interface RecordView {
  id: number;
  form: { id: number };
  batch: { id: number };
  values: VerifiedRecord['values'];
  sources: VerifiedRecord['sources'];
  automatic: boolean;
  verifiedBy?: { id: number } | null;
  verifiedAt: Date;
  version: number;
}

/**
 * A page of records as plain objects shaped like the entity (references as `{ id }`): what the
 * GraphQL fields read. Hydrating a thousand managed entities per page (identity map, change-set
 * snapshots of the sealed values) cost more server CPU than opening and masking their values.
 * Read-only: never persist these.
 */
export async function plainRecords(em: SqlEntityManager, where: FilterQuery<VerifiedRecord>, o: { orderBy: Record<string, 'asc' | 'desc'>; limit: number; offset: number }): Promise<VerifiedRecord[]> {
  let sql: string;
  let params: unknown[];
  if (Object.keys(where as object).length === 0) {
    // Unfiltered (a consumer paging through everything): the ORM's query building cost more CPU than the read.
    const props = em.getMetadata().get(VerifiedRecord).properties as Record<string, { fieldNames: string[] }>;
    const order = Object.entries(o.orderBy).map(([p, dir]) => `"${props[p].fieldNames[0]}" ${dir === 'asc' ? 'asc' : 'desc'}`);
    sql = `select * from "verified_record" order by ${order.join(', ')} limit ? offset ?`;
    params = [o.limit, o.offset];
  } else {
    const qb = em.createQueryBuilder(VerifiedRecord).select('*').where(where as never).orderBy(o.orderBy).limit(o.limit).offset(o.offset);
    const q = qb.getKnexQuery().toSQL();
    sql = q.sql;
    params = q.bindings as unknown[];
  }
  const rows = await exec<RecordRow[]>(em, sql, params);
  const json = <T>(v: T | string): T => (typeof v === 'string' ? JSON.parse(v) : v);
  return rows.map((r) => ({
    id: Number(r.id),
    form: { id: Number(r.form_id) },
    batch: { id: Number(r.batch_id) },
    values: json(r.values),
    sources: json(r.sources),
    automatic: !!r.automatic,
    verifiedBy: r.verified_by_id == null ? null : { id: Number(r.verified_by_id) },
    verifiedAt: new Date(r.verified_at),
    citizenBidx: r.citizen_bidx,
    version: Number(r.version),
    changeSeq: Number(r.change_seq),
  })) as unknown as VerifiedRecord[];
}

/** A verified_record row as the drivers give it (json as text and dates as epoch ms on SQLite). */
interface RecordRow {
  id: number | string;
  form_id: number | string;
  batch_id: number | string;
  values: Record<string, string | null> | string;
  sources: Record<string, string> | string;
  automatic: boolean | number;
  verified_by_id: number | string | null;
  verified_at: Date | number | string;
  citizen_bidx: string | null;
  version: number | string;
  change_seq: number | string;
}

/** verifiedRecords' paging: `sync` is the changeSeq order, forward only, below the watermark; rows read plain. */
export const RECORD_LIST: ListOptions = { sortProperty: { sync: 'changeSeq' }, ascendingOnly: ['sync'], cursorWhere: { sync: syncVisible }, rows: plainRecords as ListOptions['rows'] };
