/**
 * Live inputs: a growing file followed like `tail -F`, and a stream that ends when the user says
 * so (SIGINT) rather than when the writer closes it. Findings come out as each line completes,
 * because the tokenizer identifies a line as soon as its newline is pushed.
 */
import { closeSync, fstatSync, openSync, readSync, statSync, type Stats } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { inputError, ScanInputError, type Scanner } from './scanner.js';

/** How often a followed file is checked for new bytes, rotation and truncation (tail's own default is 1 s). */
export const FOLLOW_POLL_MS = 250;

export interface FollowOptions {
  /** Following stops (and the last line is ended) when this aborts. */
  signal: AbortSignal;
  pollMs?: number;
  /** Awaited after each chunk (the CLI flushes its output there). */
  afterChunk?: () => Promise<void> | void;
  /** A one-line remark: the file was rotated or truncated, or is missing for now. */
  onNotice?: (message: string) => void;
}

/**
 * Follows a log file as `tail -F` does: reads it from the start, then waits for more; when the path
 * is replaced (rotation) the rest of the old file is read and the new one is followed from its start;
 * when the file shrinks (truncation) it is read again from its start. Each new file or truncation is
 * a new input for the scanner, so line numbers restart while counts and the diagnosis go on.
 * @example
 *   const stop = new AbortController();
 *   process.once('SIGINT', () => stop.abort());
 *   await followFileInto(scanner, 'device.log', { signal: stop.signal });
 */
export async function followFileInto(scanner: Scanner, path: string, options: FollowOptions): Promise<void> {
  const { signal, pollMs = FOLLOW_POLL_MS } = options;
  let fd = openFile(path);
  let identity = fstatSync(fd);
  let t = scanner.beginInput(path);
  let pos = 0;
  let missing = false;
  try {
    while (!signal.aborted) {
      const got = readSync(fd, t.buf, t.writeOffset, t.writeLength, pos);
      if (got > 0) {
        t.commit(got);
        pos += got;
        await options.afterChunk?.();
        continue;
      }
      if (fstatSync(fd).size < pos) {
        options.onNotice?.(`'${path}' was truncated; reading it again from the start`);
        scanner.endInput();
        t = scanner.beginInput(path);
        pos = 0;
        continue;
      }
      const now = statOrNull(path);
      if (!now) {
        if (!missing) options.onNotice?.(`'${path}' is gone for now; waiting for it to come back`);
        missing = true;
      } else if (now.ino !== identity.ino || now.dev !== identity.dev) {
        // The old file has been read to its end (got === 0): the path now names a new file.
        missing = false;
        let next: number;
        try {
          next = openSync(path, 'r');
        } catch {
          await pause(pollMs, signal);
          continue;
        }
        closeSync(fd);
        fd = next;
        identity = fstatSync(fd);
        options.onNotice?.(`'${path}' was replaced (rotated); following the new file`);
        scanner.endInput();
        t = scanner.beginInput(path);
        pos = 0;
        continue;
      } else missing = false;
      await pause(pollMs, signal);
    }
    scanner.endInput();
  } finally {
    closeSync(fd);
  }
}

/**
 * The chunks of `stream` until it ends or `signal` aborts, whichever is first: a scan of a pipe that
 * never closes (`adb logcat`) can still end with its summary when the user presses Ctrl-C.
 */
export async function* untilAborted<T>(stream: AsyncIterable<T>, signal: AbortSignal): AsyncGenerator<T> {
  if (signal.aborted) return;
  const it = stream[Symbol.asyncIterator]();
  let onAbort: () => void = () => {};
  const aborted = new Promise<IteratorResult<T>>((resolve) => {
    onAbort = () => resolve({ done: true, value: undefined });
    signal.addEventListener('abort', onAbort, { once: true });
  });
  let ended = false;
  try {
    for (;;) {
      const r = await Promise.race([it.next(), aborted]);
      if (r.done) {
        ended = !signal.aborted;
        return;
      }
      yield r.value;
    }
  } finally {
    signal.removeEventListener('abort', onAbort);
    // Let go of a stream that is still open (a Readable's return() destroys it), so the process can exit.
    if (!ended) void Promise.resolve(it.return?.()).catch(() => {});
  }
}

function openFile(path: string): number {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch (err) {
    throw inputError(err, path);
  }
  if (fstatSync(fd).isDirectory()) {
    closeSync(fd);
    throw new ScanInputError('input_is_directory', `'${path}' is a directory, not a log file`);
  }
  return fd;
}

function statOrNull(path: string): Stats | null {
  try {
    return statSync(path);
  } catch {
    return null;
  }
}

async function pause(ms: number, signal: AbortSignal): Promise<void> {
  try {
    await sleep(ms, undefined, { signal });
  } catch {
    // Aborted: the loop sees signal.aborted.
  }
}
