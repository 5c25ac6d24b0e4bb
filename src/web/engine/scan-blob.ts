/**
 * One log, given as a Blob, through the real scanner: read as a stream (Blob.stream()), gunzipped
 * with DecompressionStream when it starts with the gzip magic, so memory stays bounded whatever
 * its size — one chunk in flight, the scanner's own fixed buffer, and at most `maxFindings`
 * findings kept. Runs in the scan worker (../worker.ts); only web-platform APIs, so Node runs it too
 * (test/scan-blob.test.ts).
 */
import type { Catalog } from '../../catalog/schema.js';
import { Scanner, ScanInputError, type ScanReport } from '../../scan/scanner.js';
import type { Finding } from '../../scan/types.js';

/** Inputs at least this big get the scanner's JIT warm-up first, as the CLI does. */
const WARM_UP_MIN_BYTES = 16 << 20;

export interface BlobScanOptions {
  /** The name messages use (the file's name, or "the pasted log"). */
  name: string;
  sdk: string | null;
  maxFindings: number;
  /** Bytes of the Blob read so far (compressed ones for .gz, so it reaches the Blob's size). */
  onProgress?: (read: number, total: number) => void;
  /** A non-fatal remark (a binary file is scanned as text all the same). */
  onWarning?: (message: string) => void;
}

/** The report `avcodes scan --format json` prints, with `findingsOmitted` past `maxFindings`. */
export async function scanBlob(catalog: Catalog, log: Blob, options: BlobScanOptions): Promise<ScanReport & { findingsOmitted?: number }> {
  const { name, maxFindings } = options;
  const findings: Finding[] = [];
  let omitted = 0;
  const scanner = new Scanner({
    catalog,
    sdk: options.sdk,
    onFinding: (f) => {
      if (findings.length < maxFindings) findings.push(f);
      else omitted++;
    },
  });
  if (log.size >= WARM_UP_MIN_BYTES) scanner.engine.warmUp();
  const head = new Uint8Array(await log.slice(0, 2).arrayBuffer());
  const gzip = head.length === 2 && head[0] === 0x1f && head[1] === 0x8b;
  let read = 0;
  const counted = log.stream().pipeThrough(
    new TransformStream<Uint8Array, Uint8Array>({
      transform(chunk, out) {
        read += chunk.byteLength;
        options.onProgress?.(read, log.size);
        out.enqueue(chunk);
      },
    }),
  );
  const bytes = gzip ? counted.pipeThrough(new DecompressionStream('gzip') as unknown as TransformStream<Uint8Array, Uint8Array>) : counted;
  const tokenizer = scanner.beginInput(null);
  const reader = bytes.getReader();
  let first = true;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      if (first && value.subarray(0, 8192).includes(0)) options.onWarning?.(`${name} looks binary (NUL bytes); scanning it as text`);
      first = false;
      tokenizer.push(value);
    }
  } catch (err) {
    if (gzip) throw new ScanInputError('input_bad_gzip', `${name} is not a valid gzip file (${(err as Error).message})`);
    throw new ScanInputError('input_read_error', `cannot read ${name}: ${(err as Error).message}`);
  }
  return { findings, ...scanner.result(), ...(omitted ? { findingsOmitted: omitted } : {}) };
}
