import type { RequestHandler } from 'express';
import { refuse } from './http-security.js';

/**
 * First come, first served admission to GraphQL work. A process runs at most `limit` requests at
 * once; the rest wait here, in arrival order, having cost nothing but their parsed body.
 *
 * Why: without it, every request that arrives starts at once and they all take turns on one event
 * loop and a few database connections. A request that awaits 30 times (a keying save) then waits
 * behind every other request 30 times, while one that awaits twice finishes early; under a full
 * floor the slow ones' p99 was 3-5 times the median. Waiting once, in order, gives every request
 * about the same wait, and fewer requests in flight hold less memory.
 *
 * A request that cannot start within `maxWaitMs` is answered 503 SERVICE_UNAVAILABLE (retryable,
 * with Retry-After), so an overloaded process sheds work instead of queueing without end. A client
 * that hangs up while waiting leaves the queue.
 */
export class AdmissionQueue {
  private running = 0;
  // A Set keeps insertion order and deletes in O(1): a waiter can leave from the middle.
  private readonly waiting = new Set<() => void>();

  constructor(
    readonly limit: number,
    readonly maxWaitMs: number,
  ) {}

  get inFlight(): number {
    return this.running;
  }

  get queued(): number {
    return this.waiting.size;
  }

  /**
   * Calls `start(release)` when the request may run (now, or when its turn comes); `release`
   * must be called once it is done (extra calls are ignored). Calls `refuse()` instead when the
   * wait passed `maxWaitMs`. Returns a function that withdraws a request still waiting.
   */
  enter(start: (release: () => void) => void, refuse: () => void): () => void {
    const run = () => {
      this.running++;
      let done = false;
      start(() => {
        if (done) return;
        done = true;
        this.running--;
        this.next();
      });
    };
    if (this.running < this.limit && this.waiting.size === 0) {
      run();
      return () => {};
    }
    const timer = setTimeout(() => {
      if (this.waiting.delete(turn)) refuse();
    }, this.maxWaitMs);
    timer.unref();
    const turn = () => {
      clearTimeout(timer);
      run();
    };
    this.waiting.add(turn);
    return () => {
      if (this.waiting.delete(turn)) clearTimeout(timer);
    };
  }

  private next(): void {
    while (this.running < this.limit && this.waiting.size) {
      const turn = this.waiting.values().next().value as () => void;
      this.waiting.delete(turn);
      turn();
    }
  }
}

/**
 * Two queues: signed-in requests in one, requests without a credential (sign-ins, mostly) in a
 * lane of their own, half as wide. A sign-in holds its place while scrypt hashes the password
 * (50 ms or more, off the event loop): at a shift's start fifty sign-ins held every place, and the
 * claims of reviewers already signed in waited behind them (the review bench's claim p99 went from
 * 0.24 s to 1.15 s). Nor can a flood of anonymous requests starve the signed-in ones.
 */
export class AdmissionLanes {
  readonly signedIn: AdmissionQueue;
  readonly anonymous: AdmissionQueue;

  constructor(limit: number, maxWaitMs: number) {
    this.signedIn = new AdmissionQueue(limit, maxWaitMs);
    this.anonymous = new AdmissionQueue(Math.max(1, Math.floor(limit / 2)), maxWaitMs);
  }

  /** The lane of a request, by whether authentication found a caller (res.locals.actor). */
  pick(signedIn: boolean): AdmissionQueue {
    return signedIn ? this.signedIn : this.anonymous;
  }

  get inFlight(): number {
    return this.signedIn.inFlight + this.anonymous.inFlight;
  }

  get queued(): number {
    return this.signedIn.queued + this.anonymous.queued;
  }
}

/**
 * The queue as middleware. Placed after the body is read and the cheap refusals (the rate limit
 * too), so a slow upload or a caller over its rate never holds a place; the place is given back
 * when the answer is written (`res.end`), not when a slow reader has taken it in.
 */
export function admission(lanes: AdmissionLanes, busy: { code: string; message: string; retryAfterSeconds: number }, onRefused: () => void = () => {}): RequestHandler {
  return (_req, res, next) => {
    const withdraw = lanes.pick(Boolean(res.locals.actor)).enter(
      (release) => {
        const end = res.end;
        res.end = function (this: typeof res, ...args: Parameters<typeof res.end>) {
          release();
          return end.apply(this, args);
        } as typeof res.end;
        // Also when the client hangs up before any answer is written.
        res.once('close', release);
        next();
      },
      () => {
        onRefused();
        res.set('Retry-After', String(busy.retryAfterSeconds));
        refuse(res, 503, busy.code, busy.message, { retryable: true });
      },
    );
    res.once('close', withdraw);
  };
}
