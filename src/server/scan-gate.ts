import { ApiError } from './errors.js';

/**
 * Admission control for scans: at most `concurrency` scans run, at most `queueLength` wait for a
 * turn, and anyone past that is refused at once with 503 and Retry-After, rather than left to time
 * out while the server runs out of memory. A waiting request whose client goes away leaves the queue.
 */
export class ScanGate {
  private running = 0;
  private readonly waiting: { admit: () => void }[] = [];

  constructor(
    readonly concurrency: number,
    readonly queueLength: number,
    /** Seconds a refused client is told to wait. */
    readonly retryAfterSeconds = 2,
  ) {}

  /** Resolves with a release function once the scan may run; throws 503 when full, rejects if `signal` aborts while waiting. */
  async enter(signal?: AbortSignal): Promise<() => void> {
    if (this.running < this.concurrency) {
      this.running++;
      return this.releaser();
    }
    if (this.waiting.length >= this.queueLength) {
      throw new ApiError(503, 'busy', `the server is scanning ${this.running} logs with ${this.waiting.length} waiting; try again in ${this.retryAfterSeconds} s`, {
        'Retry-After': String(this.retryAfterSeconds),
      });
    }
    await new Promise<void>((resolve, reject) => {
      const entry = {
        admit: () => {
          signal?.removeEventListener('abort', onAbort);
          resolve();
        },
      };
      const onAbort = () => {
        const i = this.waiting.indexOf(entry);
        if (i >= 0) this.waiting.splice(i, 1);
        reject(new ApiError(400, 'bad_request', 'the client closed the connection'));
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      this.waiting.push(entry);
    });
    return this.releaser();
  }

  private releaser(): () => void {
    let released = false;
    return () => {
      if (released) return;
      released = true;
      // The slot passes straight to the next in line, if any.
      const next = this.waiting.shift();
      if (next) next.admit();
      else this.running--;
    };
  }

  get load(): { running: number; waiting: number } {
    return { running: this.running, waiting: this.waiting.length };
  }
}
