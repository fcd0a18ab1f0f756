/** Why a deadline's signal aborted: the time ran out, or the browser went away. */
export type DeadlineEnd = 'timeout' | 'client-closed';

/** One signal for every attempt of an upstream call, headers and body; see `startDeadline`. */
export interface Deadline {
  /** Aborted when the time is up or the client has gone away. */
  readonly signal: AbortSignal;
  /** What aborted `signal`, once it has; `undefined` while the call may go on. */
  readonly ended: DeadlineEnd | undefined;
  /** Clears the timer and the client listener, once the call is answered. */
  release(): void;
}

/**
 * Starts the clock for an upstream call: the signal aborts after `timeoutMs` (all attempts
 * together, the body included) or as soon as `clientSignal` does. Without a `clientSignal`
 * (a mutation, which runs to its end whoever leaves) only the time counts, and no listener is
 * added anywhere: a listener on one signal shared by every mutation in flight would cost each
 * add and remove a walk over all the others.
 *
 * A controller, a timer and a listener rather than
 * `AbortSignal.any([AbortSignal.timeout(timeoutMs), clientSignal])`: on Node 20 those build two
 * transferable signals, register a dependant signal and leave a timer pending for `timeoutMs`
 * after every answer, about 20 µs a request against about 4 µs for this (`pnpm bench:proxy
 * --profile` found them).
 *
 * The references are strong on purpose: the pending timer and the client's listener hold the
 * controller, so whatever listens on `signal` (the body reader, see `readUpstreamBody`) stays
 * reachable until the call is released. fetch's own link from `signal` to its request is weak
 * on Node 20 (nodejs/node#55428): after a garbage collection, aborting it may no longer reach
 * a body still being read, so nothing may rely on that link alone.
 */
export function startDeadline(timeoutMs: number, clientSignal?: AbortSignal): Deadline {
  return new RunningDeadline(timeoutMs, clientSignal);
}

/**
 * A class rather than closures: one object per call (it is also the client signal's listener,
 * through `handleEvent`), and the timer gets it as an argument.
 */
class RunningDeadline implements Deadline {
  readonly #controller = new AbortController();
  readonly #clientSignal: AbortSignal | undefined;
  readonly #timer: ReturnType<typeof setTimeout>;
  #ended: DeadlineEnd | undefined;

  constructor(timeoutMs: number, clientSignal: AbortSignal | undefined) {
    this.#clientSignal = clientSignal;
    this.#timer = setTimeout(timeUp, timeoutMs, this, timeoutMs);
    if (clientSignal?.aborted) this.handleEvent();
    else clientSignal?.addEventListener('abort', this, { once: true });
  }

  get signal(): AbortSignal {
    return this.#controller.signal;
  }

  get ended(): DeadlineEnd | undefined {
    return this.#ended;
  }

  /** The client signal aborted. */
  handleEvent(): void {
    this.end('client-closed', this.#clientSignal?.reason);
  }

  end(why: DeadlineEnd, reason: unknown): void {
    if (this.#ended) return;
    this.#ended = why;
    this.#controller.abort(reason);
  }

  release(): void {
    clearTimeout(this.#timer);
    this.#clientSignal?.removeEventListener('abort', this);
  }
}

function timeUp(deadline: RunningDeadline, timeoutMs: number): void {
  deadline.end('timeout', new DOMException(`No answer within ${timeoutMs} ms.`, 'TimeoutError'));
}
