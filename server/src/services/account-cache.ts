import type { SqlEntityManager } from '@mikro-orm/knex';

/**
 * Accounts as authentication reads them, kept a moment per process: a keying floor sends its
 * requests under a few hundred accounts, and re-reading the account on each one was a database
 * round trip on every call. Every change to an account or a team writes a 'user' or 'team' audit
 * event (audit.service), which marks all cached accounts stale in this process, at once and again
 * when its transaction commits; a change made by another process applies within the cache's
 * lifetime (AUTH_CACHE_MS, 2 s by default; 0 reads the account on every request).
 */
let generation = 0;

/** Marks every cached account of this process stale (an account or a team changed). */
export function accountsChanged(): void {
  generation++;
}

/** accountsChanged() now and once the transaction `em` is in commits (a read in between would cache the old row). */
export function accountsChangedIn(em: SqlEntityManager): void {
  accountsChanged();
  // knex's transaction settles `executionPromise` when COMMIT (or ROLLBACK) has run; nested
  // transactions are savepoints, so the outermost one decides.
  let trx = em.getTransactionContext() as { parentTransaction?: unknown; executionPromise?: Promise<unknown> } | undefined;
  while (trx?.parentTransaction) trx = trx.parentTransaction as typeof trx;
  trx?.executionPromise?.then(accountsChanged, accountsChanged);
}

export class AccountCache<T> {
  private readonly entries = new Map<number, { row: T; at: number; generation: number }>();

  constructor(
    private readonly ttlMs: number,
    private readonly max = 50_000,
  ) {}

  get(id: number, now = Date.now()): T | undefined {
    const e = this.entries.get(id);
    if (!e) return undefined;
    if (e.generation !== generation || now - e.at >= this.ttlMs) {
      this.entries.delete(id);
      return undefined;
    }
    return e.row;
  }

  /** Taken before reading an account: a change while the read runs keeps its row out of the cache. */
  mark(): number {
    return generation;
  }

  set(id: number, row: T, mark: number, now = Date.now()): void {
    if (this.ttlMs <= 0 || mark !== generation) return;
    // Bounded: more accounts than that only cost their reads again.
    if (this.entries.size >= this.max) this.entries.clear();
    this.entries.set(id, { row, at: now, generation: mark });
  }
}
