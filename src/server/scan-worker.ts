// A scan thread of the server's pool (scan-pool.ts). It pulls the log from the main thread chunk by
// chunk, so a scan never holds more than one chunk of a log it has not read, and stops between
// two chunks when the main thread says the client went away.
import { parentPort } from 'node:worker_threads';
import { loadCatalog } from '../catalog/load.js';
import { ApiError } from './errors.js';
import { scanToJson, type ScanJobOptions } from './scan-job.js';
import type { FromWorker, ToWorker } from './scan-pool.js';

const port = parentPort!;
const catalog = loadCatalog();
const send = (message: FromWorker) => port.postMessage(message);

/** Chunks as the main thread sends them, pulled one at a time. */
let waiting: { resolve: (r: IteratorResult<Uint8Array>) => void; reject: (e: Error) => void } | null = null;

class Aborted extends Error {}

async function* chunks(): AsyncGenerator<Uint8Array> {
  for (;;) {
    const next = await new Promise<IteratorResult<Uint8Array>>((resolve, reject) => {
      waiting = { resolve, reject };
      send({ type: 'pull' });
    });
    if (next.done) return;
    yield next.value;
  }
}

async function run(options: ScanJobOptions): Promise<void> {
  try {
    send({ type: 'done', json: await scanToJson(catalog, chunks(), options) });
  } catch (err) {
    if (err instanceof Aborted) send({ type: 'aborted' });
    else if (err instanceof ApiError) send({ type: 'error', status: err.status, code: err.code, message: err.message });
    else send({ type: 'error', status: 500, code: 'internal', message: err instanceof Error ? (err.stack ?? err.message) : String(err) });
  } finally {
    waiting = null;
  }
}

port.on('message', (message: ToWorker) => {
  const w = waiting;
  switch (message.type) {
    case 'start':
      void run(message.options);
      return;
    case 'chunk':
      waiting = null;
      w?.resolve({ done: false, value: message.bytes });
      return;
    case 'end':
      waiting = null;
      w?.resolve({ done: true, value: undefined });
      return;
    case 'abort':
      waiting = null;
      w?.reject(new Aborted());
      return;
  }
});
