import { AsyncLocalStorage } from 'node:async_hooks';

/** An admitted request's place among those a process runs at once (http-admission.ts). */
export interface Place {
  /** Gives the place up; the function returned waits for one again (ahead of new requests). */
  leave(): () => Promise<void>;
}

/** The place of the request whose work is running, set by the admission middleware. */
export const requestPlace = new AsyncLocalStorage<Place>();

/**
 * Runs `work` without holding the request's place: for work that waits on something other than
 * this process's event loop and database connections, such as password hashing on libuv's
 * threads (~50-100 ms each). At a shift's start, fifty sign-ins held every place while claims of
 * those already signed in waited behind them (claim p99 0.24 s without admission, 1.15 s with).
 */
export async function offQueue<T>(work: () => Promise<T>): Promise<T> {
  const place = requestPlace.getStore();
  if (!place) return work();
  const back = place.leave();
  try {
    return await work();
  } finally {
    await back();
  }
}
