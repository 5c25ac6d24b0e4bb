/**
 * The log scanner in a Web Worker: the real scanner (src/scan/) over the log's bytes as a stream
 * (Blob.stream(), gunzipped with DecompressionStream when it starts with the gzip magic), so the
 * page stays responsive and memory stays bounded whatever the size of the log: one chunk in
 * flight, the scanner's own fixed buffer, and at most `maxFindings` findings kept.
 */
import { Scanner, ScanInputError } from '../scan/scanner.js';
import type { Finding } from '../scan/types.js';
import type { ScanReport } from './api.js';
import { fetchCatalog } from './engine/catalog.js';
import type { ScanMessage, ScanRequest } from './engine/scan-protocol.js';

/** Inputs at least this big get the scanner's JIT warm-up first, as the CLI does. */
const WARM_UP_MIN_BYTES = 16 << 20;
/** At most this often a progress message: enough for a smooth bar, few enough to cost nothing. */
const PROGRESS_EVERY_MS = 100;

const post = (message: ScanMessage) => (self as unknown as Worker).postMessage(message);

function isGzip(head: Uint8Array): boolean {
  return head.length >= 2 && head[0] === 0x1f && head[1] === 0x8b;
}

async function scan({ log, name, sdk, maxFindings }: ScanRequest): Promise<ScanReport> {
  const catalog = await fetchCatalog();
  const findings: Finding[] = [];
  let omitted = 0;
  const scanner = new Scanner({
    catalog,
    sdk,
    onFinding: (f) => {
      if (findings.length < maxFindings) findings.push(f);
      else omitted++;
    },
  });
  if (log.size >= WARM_UP_MIN_BYTES) scanner.engine.warmUp();
  const gzip = isGzip(new Uint8Array(await log.slice(0, 2).arrayBuffer()));
  // Progress counts the bytes of the Blob itself (compressed ones for .gz), so it reaches its size.
  let read = 0;
  let lastPost = 0;
  const counted = log.stream().pipeThrough(
    new TransformStream<Uint8Array, Uint8Array>({
      transform(chunk, out) {
        read += chunk.byteLength;
        const now = performance.now();
        if (now - lastPost >= PROGRESS_EVERY_MS) {
          lastPost = now;
          post({ type: 'progress', read, total: log.size });
        }
        out.enqueue(chunk);
      },
    }),
  );
  const bytes = gzip ? counted.pipeThrough(new DecompressionStream('gzip') as unknown as TransformStream<Uint8Array, Uint8Array>) : counted;
  const t = scanner.beginInput(null);
  const reader = bytes.getReader();
  let first = true;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      if (first && value.subarray(0, 8192).includes(0)) {
        // As the CLI warns: scanned as text all the same.
        console.warn(`${name} looks binary (NUL bytes); scanning it as text`);
      }
      first = false;
      t.push(value);
    }
  } catch (err) {
    if (gzip) throw new ScanInputError('BAD_GZIP', `${name} is not a valid gzip file (${(err as Error).message})`);
    throw new ScanInputError('READ_ERROR', `cannot read ${name}: ${(err as Error).message}`);
  }
  post({ type: 'progress', read: log.size, total: log.size });
  const result = scanner.result();
  return { findings, ...result, ...(omitted ? { findingsOmitted: omitted } : {}) } as unknown as ScanReport;
}

self.addEventListener('message', (event: MessageEvent<ScanRequest>) => {
  scan(event.data).then(
    (report) => post({ type: 'done', report }),
    (err: unknown) => post({ type: 'error', message: err instanceof Error ? err.message : String(err) }),
  );
});
