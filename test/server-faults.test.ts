// Faults inside the app: an unexpected error is a logged 500 with a request id (no stack to the
// client); scans beyond capacity are refused at once; scan threads stop when their client leaves.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ScanAborted } from '../src/server/errors.js';
import { libraryDeps } from '../src/server/library-deps.js';
import { ScanGate } from '../src/server/scan-gate.js';
import { ScanPool } from '../src/server/scan-pool.js';
import { assertApiError, assertSecurityHeaders, makeApp } from './server-helpers.js';

const LOG = 'PutFrame failed with status code: 0x5200002e\n';
/** A scan answer (JSON in UTF-8) as a value. */
const parsed = (answer: Uint8Array) => JSON.parse(new TextDecoder().decode(answer)) as { findingsTotal: number };

describe('unexpected errors', () => {
  it('answer 500 with a request id that the log line repeats, with the stack only in the log', async () => {
    const { app, logged } = makeApp({
      search: () => {
        throw new TypeError('boom in search');
      },
    });
    const res = await app.request('/api/v1/search?q=timeout');
    assertSecurityHeaders(res, '500');
    const message = await assertApiError(res, 500, 'internal', '500');
    const id = /request id ([0-9a-f]{8})/.exec(message)?.[1];
    assert.ok(id, `the message gives a request id: ${message}`);
    assert.doesNotMatch(message, /boom|TypeError/, 'nothing of the error reaches the client');
    assert.equal(logged.length, 1);
    assert.match(logged[0]!, new RegExp(`request ${id}: GET /api/v1/search: TypeError: boom in search\\n\\s+at `));
  });
});

describe('ScanGate', () => {
  it('admits up to its concurrency, queues up to its queue, refuses the rest at once with 503 and Retry-After', async () => {
    const gate = new ScanGate(1, 1, 3);
    const first = await gate.enter();
    let secondIn = false;
    const second = gate.enter().then((release) => ((secondIn = true), release));
    await assert.rejects(gate.enter(), (err: { status: number; code: string; headers: Record<string, string> }) => {
      assert.equal(err.status, 503);
      assert.equal(err.code, 'busy');
      assert.equal(err.headers['Retry-After'], '3');
      return true;
    });
    assert.equal(secondIn, false, 'the second waits');
    first();
    (await second)();
    assert.equal(secondIn, true, 'and gets the slot when the first is done');
    assert.deepEqual(gate.load, { running: 0, waiting: 0 });
  });

  it('drops a waiting request whose client went away', async () => {
    const gate = new ScanGate(1, 1);
    const first = await gate.enter();
    const abort = new AbortController();
    const waiting = gate.enter(abort.signal);
    abort.abort();
    await assert.rejects(waiting);
    assert.deepEqual(gate.load, { running: 1, waiting: 0 });
    first();
    assert.deepEqual(gate.load, { running: 0, waiting: 0 });
  });
});

describe('POST /api/v1/scan under load', () => {
  it('answers 503 with Retry-After and a JSON error while its scans and queue are full, without reading the body', async () => {
    let finish!: () => void;
    const blocked = new Promise<void>((resolve) => (finish = resolve));
    let bodiesRead = 0;
    const { app } = makeApp(
      {
        scan: async (log) => {
          for await (const _ of log) bodiesRead++;
          await blocked;
          return new TextEncoder().encode('{"findings":[]}');
        },
      },
      { scanConcurrency: 1, scanQueue: 0 },
    );
    const post = () => app.request('/api/v1/scan', { method: 'POST', body: LOG, headers: { 'Content-Type': 'text/plain' } });
    const running = post();
    while (bodiesRead === 0) await new Promise((r) => setTimeout(r, 5));
    const refused = await post();
    assert.equal(refused.headers.get('retry-after'), '2');
    assertSecurityHeaders(refused, '503');
    await assertApiError(refused, 503, 'busy', '503');
    assert.equal(bodiesRead, 1, 'the refused body was not read');
    finish();
    assert.equal((await running).status, 200);
    assert.equal((await post()).status, 200, 'admitted again once the scan is done');
  });
});

describe('scan threads', () => {
  const deps = libraryDeps(undefined, { scanThreads: 1 });
  const chunks = (n: number, onPull?: (i: number) => void) =>
    (async function* () {
      for (let i = 0; i < n; i++) {
        onPull?.(i);
        yield new TextEncoder().encode(LOG.repeat(100));
      }
    })();

  it('scan on a thread and answer what the in-thread scan answers', async () => {
    const inThread = libraryDeps(undefined, { scanThreads: 0 });
    const options = { listFindings: 5, timelineSteps: 1000 };
    const answer = await deps.scan(chunks(3), options);
    assert.deepEqual(answer, await inThread.scan(chunks(3), options));
    assert.equal(parsed(answer).findingsTotal, 300);
  });

  it('stop pulling the log when the client goes away, and the thread serves the next scan', async () => {
    const abort = new AbortController();
    let pulled = 0;
    const scan = deps.scan(
      chunks(1000, (i) => {
        pulled = i;
        if (i === 5) abort.abort();
      }),
      { listFindings: 5, timelineSteps: 1000, signal: abort.signal },
    );
    await assert.rejects(scan, ScanAborted);
    assert.ok(pulled < 10, `stopped after ${pulled + 1} of 1000 chunks`);
    const next = parsed(await deps.scan(chunks(2), { listFindings: 5, timelineSteps: 1000 }));
    assert.equal(next.findingsTotal, 200);
  });

  it('answer a bad option as a 400, and keep the thread', async () => {
    await assert.rejects(deps.scan(chunks(1), { sdk: 'nosuch', listFindings: 5, timelineSteps: 1000 }), (err: { status: number }) => err.status === 400);
    assert.equal(parsed(await deps.scan(chunks(1), { listFindings: 5, timelineSteps: 1000 })).findingsTotal, 100);
  });

  it('scan small logs of known size in the calling thread while the only scan thread is busy', { timeout: 60_000 }, async () => {
    const one = libraryDeps(undefined, { scanThreads: 1 });
    const abort = new AbortController();
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    // A log that keeps the thread busy until released (its client is still uploading).
    const busy = one.scan(
      (async function* () {
        yield new TextEncoder().encode(LOG);
        await held;
      })(),
      { listFindings: 5, timelineSteps: 1000, signal: abort.signal },
    );
    const small = new TextEncoder().encode(LOG.repeat(10));
    const scanSmall = () =>
      one.scan(
        (async function* () {
          yield small;
        })(),
        { listFindings: 5, timelineSteps: 1000, logBytes: small.length },
      );
    const answers = await Promise.all([scanSmall(), scanSmall()]);
    assert.deepEqual(answers.map((a) => parsed(a).findingsTotal), [10, 10]);
    abort.abort();
    release();
    await assert.rejects(busy, ScanAborted);
  });

  it('replace a thread that died between two scans', async () => {
    const pool = new ScanPool(1);
    const [thread] = (pool as unknown as { idle: import('node:worker_threads').Worker[] }).idle;
    await thread!.terminate();
    const answer = parsed(await pool.run(chunks(1), { listFindings: 5, timelineSteps: 1000 }));
    assert.equal(answer.findingsTotal, 100);
  });
});
