import { Worker } from 'node:worker_threads';
import { ApiError, ScanAborted, type ApiErrorCode } from './errors.js';
import type { ScanJobOptions } from './scan-job.js';

/** Messages between the pool and a scan thread (scan-worker.ts). */
export type ToWorker =
  | { type: 'start'; options: ScanJobOptions }
  | { type: 'chunk'; bytes: Uint8Array }
  | { type: 'end' }
  | { type: 'abort' };
export type FromWorker =
  /** The thread took a chunk: one more may be sent. */
  | { type: 'pull' }
  /** The answer's JSON in UTF-8, its buffer transferred (not copied). */
  | { type: 'done'; json: Uint8Array<ArrayBuffer> }
  | { type: 'aborted' }
  | { type: 'error'; status: number; code: string; message: string };

/**
 * A log goes to its thread in batches of this many bytes, each copied once into a buffer of its
 * own that is transferred, not cloned: the socket's chunks (16–64 KB) are views of buffers that
 * cannot be moved, and each message has a fixed cost. A 100 KB log is one batch.
 */
const BATCH_BYTES = 128 * 1024;

/** Batches sent to a thread ahead of its scan: with BATCH_BYTES, at most 512 KB of a log in flight. */
const BATCHES_AHEAD = 4;

/** The worker's entry point: beside this file, compiled (.js) or run from source under tsx (.ts). */
const FROM_SOURCE = import.meta.url.endsWith('.ts');
const WORKER_URL = new URL(FROM_SOURCE ? './scan-worker.ts' : './scan-worker.js', import.meta.url);

/**
 * A new scan thread. From source (tests, development) the thread registers tsx's loader before
 * loading its .ts entry: `node --import tsx` does not apply to a worker's entry point.
 */
function startThread(): Worker {
  if (!FROM_SOURCE) return new Worker(WORKER_URL);
  const tsx = JSON.stringify(import.meta.resolve('tsx/esm/api'));
  return new Worker(`import(${tsx}).then((tsx) => { tsx.register(); return import(${JSON.stringify(WORKER_URL.href)}); });`, { eval: true });
}


/**
 * Scan threads for the server. Scanning is CPU-bound, so it runs off the main thread: the event
 * loop keeps answering /healthz, lookups and the page while scans are in progress. A thread runs
 * one scan at a time; admission control in the app (scan-gate.ts) keeps the number of scans at
 * the pool's size, so `run` never waits for a thread. Threads are unref'd: they never keep the
 * process alive; one that fails is replaced on the next scan.
 */
export class ScanPool {
  private readonly idle: Worker[] = [];
  private readonly broken = new WeakSet<Worker>();
  private started = 0;

  /** Starts the threads at once, so that the first scans do not wait for a thread to load the catalog. */
  constructor(readonly size: number) {
    for (let i = 0; i < size; i++) this.idle.push(this.spawn());
  }

  async run(log: AsyncIterable<Uint8Array>, options: ScanJobOptions, signal?: AbortSignal): Promise<Uint8Array<ArrayBuffer>> {
    const worker = this.idle.pop() ?? this.spawn();
    try {
      return await this.job(worker, log, options, signal);
    } finally {
      // A thread that died or failed unexpectedly is not reused.
      if (!this.broken.has(worker)) this.idle.push(worker);
      else {
        this.started--;
        void worker.terminate();
      }
    }
  }

  private spawn(): Worker {
    if (this.started >= this.size) throw new Error(`scan pool: more than ${this.size} scans at once (admission control should have refused it)`);
    this.started++;
    const worker = startThread();
    worker.unref();
    // A thread that dies between scans leaves the pool (a job in progress sees its own 'exit'),
    // and its error is not left unhandled, which would take the whole server down.
    worker.on('error', () => this.broken.add(worker));
    worker.once('exit', () => {
      this.broken.add(worker);
      const i = this.idle.indexOf(worker);
      if (i >= 0) {
        this.idle.splice(i, 1);
        this.started--;
      }
    });
    return worker;
  }

  private job(worker: Worker, log: AsyncIterable<Uint8Array>, options: ScanJobOptions, signal?: AbortSignal): Promise<Uint8Array<ArrayBuffer>> {
    const source = log[Symbol.asyncIterator]();
    return new Promise<Uint8Array<ArrayBuffer>>((resolve, reject) => {
      // Why the job stops early: the client left, or the body failed (413, bad gzip). The thread
      // is told at once, stops before its next chunk and answers 'aborted'; then the job rejects
      // with this reason.
      let stopReason: unknown = null;
      let reading = false;
      const stop = (reason: unknown) => {
        if (stopReason) return;
        stopReason = reason;
        worker.postMessage({ type: 'abort' } satisfies ToWorker);
        void source.return?.();
      };
      const onAbort = () => stop(new ScanAborted());
      signal?.addEventListener('abort', onAbort, { once: true });

      // Batches are sent ahead of the thread, up to BATCHES_AHEAD not yet taken: the thread never
      // waits on a round trip while the body keeps arriving, and a slow scan still holds back a
      // fast upload (bounded memory).
      let credit = BATCHES_AHEAD;
      let ended = false;
      // Allocated when the first byte of a batch arrives, unsafe (not zeroed): every byte sent is written first.
      let batch: Buffer<ArrayBuffer> | null = null;
      let filled = 0;
      const sendBatch = () => {
        if (!batch || filled === 0) return;
        credit--;
        const bytes = new Uint8Array(batch.buffer, 0, filled);
        worker.postMessage({ type: 'chunk', bytes } satisfies ToWorker, [batch.buffer]);
        batch = null;
        filled = 0;
      };
      const pump = async () => {
        if (reading) return;
        reading = true;
        try {
          while (credit > 0 && !ended && !stopReason) {
            const next = await source.next();
            if (stopReason) break;
            if (next.done) {
              ended = true;
              sendBatch();
              worker.postMessage({ type: 'end' } satisfies ToWorker);
              break;
            }
            let chunk = next.value;
            while (chunk.byteLength > 0) {
              batch ??= Buffer.allocUnsafeSlow(BATCH_BYTES);
              const n = Math.min(chunk.byteLength, BATCH_BYTES - filled);
              batch.set(chunk.subarray(0, n), filled);
              filled += n;
              chunk = chunk.subarray(n);
              if (filled === BATCH_BYTES) sendBatch();
            }
          }
        } catch (err) {
          stop(err);
        } finally {
          reading = false;
        }
      };
      const finish = (fn: () => void) => {
        worker.off('message', onMessage);
        worker.off('error', onError);
        worker.off('exit', onExit);
        signal?.removeEventListener('abort', onAbort);
        if (reading) void source.return?.();
        fn();
      };
      const onMessage = (message: FromWorker) => {
        switch (message.type) {
          case 'pull':
            credit++;
            void pump();
            return;
          case 'done':
            return finish(() => (stopReason ? reject(stopReason) : resolve(message.json)));
          case 'aborted':
            return finish(() => reject(stopReason ?? new ScanAborted()));
          case 'error':
            if (message.status >= 500) this.broken.add(worker);
            return finish(() => reject(stopReason ?? (message.status < 500 ? new ApiError(message.status as 400, message.code as ApiErrorCode, message.message) : new Error(`scan thread: ${message.message}`))));
        }
      };
      const onError = (err: Error) => (this.broken.add(worker), finish(() => reject(err)));
      const onExit = (code: number) => (this.broken.add(worker), finish(() => reject(new Error(`scan thread exited (${code})`))));
      worker.on('message', onMessage);
      worker.on('error', onError);
      worker.on('exit', onExit);
      worker.postMessage({ type: 'start', options } satisfies ToWorker);
      if (signal?.aborted) stop(new ScanAborted());
      else void pump();
    });
  }
}
