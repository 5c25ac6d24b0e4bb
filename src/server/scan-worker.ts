// A scan thread of the server's pool (scan-pool.ts). The main thread sends the log chunk by chunk,
// a few ahead of the scan (a 'pull' gives one back), so a scan never holds more than a few chunks
// of a log it has not read, and it stops before its next chunk when told the client went away.
import { parentPort } from 'node:worker_threads';
import { loadCatalog } from '../catalog/load.js';
import { ScanEngine } from '../scan/index.js';
import { ApiError } from './errors.js';
import { scanToJson, type ScanJobOptions } from './scan-job.js';
import type { FromWorker, ToWorker } from './scan-pool.js';

const port = parentPort!;
const catalog = loadCatalog();
// Pay the scanner's one-time costs now rather than on the first posted log.
ScanEngine.for(catalog).warmUp();
const send = (message: FromWorker) => port.postMessage(message);

/** The current scan's chunks as the main thread sent them (null: the end), and whether it said stop. */
let queue: (Uint8Array | null)[] = [];
let aborted = false;
let wake: (() => void) | null = null;

class Aborted extends Error {}

async function* chunks(): AsyncGenerator<Uint8Array> {
  for (;;) {
    if (aborted) throw new Aborted();
    if (queue.length === 0) {
      await new Promise<void>((resolve) => (wake = resolve));
      continue;
    }
    const chunk = queue.shift()!;
    if (chunk === null) return;
    send({ type: 'pull' });
    yield chunk;
  }
}

async function run(options: ScanJobOptions): Promise<void> {
  try {
    // Encoded here and its buffer moved to the main thread: no copy of the answer there, no encoding on the event loop.
    const json = await scanToJson(catalog, chunks(), options);
    port.postMessage({ type: 'done', json } satisfies FromWorker, [json.buffer]);
  } catch (err) {
    if (err instanceof Aborted) send({ type: 'aborted' });
    else if (err instanceof ApiError) send({ type: 'error', status: err.status, code: err.code, message: err.message });
    else send({ type: 'error', status: 500, code: 'internal', message: err instanceof Error ? (err.stack ?? err.message) : String(err) });
  }
}

function woken(): void {
  const w = wake;
  wake = null;
  w?.();
}

port.on('message', (message: ToWorker) => {
  switch (message.type) {
    case 'start':
      queue = [];
      aborted = false;
      void run(message.options);
      return;
    case 'chunk':
      queue.push(message.bytes);
      return woken();
    case 'end':
      queue.push(null);
      return woken();
    case 'abort':
      aborted = true;
      queue = [];
      return woken();
  }
});
