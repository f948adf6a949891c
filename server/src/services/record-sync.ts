import type { SqlEntityManager } from '@mikro-orm/knex';
import { raw } from '@mikro-orm/core';
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
    const [r] = await exec<{ s: string }[]>(em, 'select pg_current_xact_id()::text as s');
    return Number(r.s);
  }
  const [r] = await exec<{ s: number }[]>(em, 'select coalesce(max(change_seq), 0) + 1 as s from verified_record');
  return Number(r.s);
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

/** verifiedRecords' paging: `sync` is the changeSeq order, forward only, below the watermark. */
export const RECORD_LIST: ListOptions = { sortProperty: { sync: 'changeSeq' }, ascendingOnly: ['sync'], cursorWhere: { sync: syncVisible } };
