// The work budget of one request: a deadline, a cap on the bytes it may produce and an abort signal
// (the server shutting down), checked by the heavy loops of query.ts and by the API's resolvers.
// Also tells a cooperative caller when it has held the event loop long enough to yield. No I/O here.

import { KgError } from "../errors.ts";

/** The request ran past its time budget, or the server is stopping. */
export class BudgetExceededError extends KgError {
  override name = "BudgetExceededError";
}

/** The answer would be larger than the response size cap. */
export class ResponseTooLargeError extends KgError {
  override name = "ResponseTooLargeError";
}

/** Options of a `WorkBudget`. */
export interface WorkBudgetOptions {
  /** Milliseconds of work allowed from creation. */
  timeMs: number;
  /** Most bytes the answer may hold (an estimate counted by `addBytes`); Infinity for no cap. */
  maxBytes?: number;
  /** Aborts the work (the server is stopping). */
  signal?: AbortSignal;
  /** After this many milliseconds without yielding, `shouldYield` says yes (default 5). */
  yieldEveryMs?: number;
}

// The clock is read once every CLOCK_EVERY ticks: a tick is a few nanoseconds of work, a clock read is not.
const CLOCK_EVERY = 256;

/** The work allowed to one request; `tick()` in a loop throws once the time is up. */
export class WorkBudget {
  /** Milliseconds allowed. */
  readonly timeMs: number;
  /** Most bytes allowed. */
  readonly maxBytes: number;
  private deadline: number;
  private readonly signal: AbortSignal | undefined;
  private readonly yieldEveryMs: number;
  private lastYield: number;
  private ticks = 0;
  private bytes = 0;
  // Once spent, every later check fails at once with the same error: the rest of the work stops fast.
  private spent: KgError | null = null;

  constructor(options: WorkBudgetOptions) {
    this.timeMs = options.timeMs;
    this.maxBytes = options.maxBytes ?? Number.POSITIVE_INFINITY;
    this.signal = options.signal;
    this.yieldEveryMs = options.yieldEveryMs ?? 5;
    this.lastYield = performance.now();
    this.deadline = this.lastYield + options.timeMs;
  }

  /** A budget that never runs out (for callers outside a request). */
  static unlimited(): WorkBudget {
    return new WorkBudget({ timeMs: Number.POSITIVE_INFINITY });
  }

  /** Throws `BudgetExceededError` when the deadline has passed or the work was aborted. */
  check(): void {
    if (this.spent) throw this.spent;
    if (this.signal?.aborted) {
      throw (this.spent = new BudgetExceededError("budget: the server should be running, found it stopping."));
    }
    if (performance.now() > this.deadline) {
      throw (this.spent = new BudgetExceededError(
        `budget: the request should finish within the time budget of ${this.timeMs} ms, found it still working.`,
      ));
    }
  }

  /**
   * Gives the whole time budget again from now (not after an abort): a mutation, once committed,
   * must not be reported as failed because building its answer found the clock already spent.
   */
  restart(): void {
    if (this.signal?.aborted) return;
    this.deadline = performance.now() + this.timeMs;
    if (this.spent instanceof BudgetExceededError) this.spent = null;
  }

  /**
   * One step of a loop: checks the deadline every few hundred steps (at once when already spent),
   * and returns true when the loop has held the event loop for `yieldEveryMs` or more and should
   * pause (a caller that cannot pause ignores it).
   */
  tick(): boolean {
    if (this.spent) throw this.spent;
    if (++this.ticks % CLOCK_EVERY !== 0) return false;
    this.check();
    return performance.now() - this.lastYield >= this.yieldEveryMs;
  }

  /** Counts `n` more bytes of the answer; throws `ResponseTooLargeError` past the cap. */
  addBytes(n: number): void {
    this.bytes += n;
    if (this.bytes > this.maxBytes) {
      throw (this.spent ??= new ResponseTooLargeError(
        `budget: the response should be at most ${this.maxBytes} bytes, found more than that.`,
      ));
    }
  }

  /**
   * One step of cooperative work (a field resolved): now and then reads the clock, throws like
   * `check` once the budget is spent, and returns true when the caller has held the event loop for
   * `yieldEveryMs` or more and should yield before going on.
   */
  step(): boolean {
    if (this.spent) throw this.spent;
    if (++this.ticks % 8 !== 0) return false;
    this.check();
    const now = performance.now();
    if (now - this.lastYield < this.yieldEveryMs) return false;
    this.lastYield = now;
    return true;
  }

  /** Records that the caller just yielded to the event loop. */
  yielded(): void {
    this.lastYield = performance.now();
  }
}
