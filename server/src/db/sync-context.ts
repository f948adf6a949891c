import { createRequire } from 'node:module';

/**
 * MikroORM keeps four AsyncLocalStorage instances (transaction and request context, "inside a
 * flush", raw-fragment clean-up). On Node 20 the first `run()` of any of them switches on promise
 * hooks for the whole process, and from then on every promise pays for them: an await-heavy loop
 * ran 3.4 times slower, and one server under the load mix used 5.5% more CPU per request with
 * them on (switched on and off every 3 s in the same process, README's benchmark section).
 *
 * We never rely on that implicit propagation: every query goes through an explicit fork or the
 * transaction's own EntityManager, and `allowGlobalContext: false` makes a lapse throw. So MikroORM
 * gets a store that holds for the synchronous part of a call only. It can lose a value after an
 * await, never leak one to other work: nothing else runs during a synchronous call.
 *
 * This module must be evaluated before anything loads @mikro-orm/core: it is the first import of
 * the entry points (main.ts, cli/main.ts) and of the test setup; `openOrm` checks it.
 */
export class SyncOnlyStorage<T> {
  #store: T | undefined;
  getStore(): T | undefined {
    return this.#store;
  }
  run<R>(store: T, fn: (...args: unknown[]) => R, ...args: unknown[]): R {
    const prev = this.#store;
    this.#store = store;
    try {
      return fn(...args);
    } finally {
      this.#store = prev;
    }
  }
  exit<R>(fn: (...args: unknown[]) => R, ...args: unknown[]): R {
    return this.run(undefined as T, fn, ...args);
  }
  /** Would hold past the call: refused rather than leaked to whatever runs next. */
  enterWith(): never {
    throw new Error('enterWith is not supported: use an explicit EntityManager fork');
  }
  disable(): void {
    this.#store = undefined;
  }
}

const require = createRequire(import.meta.url);
const hooks = require('node:async_hooks') as { AsyncLocalStorage: unknown };
const real = hooks.AsyncLocalStorage;
// Only MikroORM's module-level instances are made while the class is swapped; anything loaded
// later gets Node's own.
hooks.AsyncLocalStorage = SyncOnlyStorage;
try {
  require('@mikro-orm/core');
} finally {
  hooks.AsyncLocalStorage = real;
}

/** Throws when @mikro-orm/core was loaded before this module (an entry point imported it first). */
export function assertSyncContext(): void {
  const { TransactionContext } = require('@mikro-orm/core') as { TransactionContext: { storage: unknown } };
  if (!(TransactionContext.storage instanceof SyncOnlyStorage)) {
    throw new Error('@mikro-orm/core was loaded before server/src/db/sync-context.ts: import it first in the entry point');
  }
}
