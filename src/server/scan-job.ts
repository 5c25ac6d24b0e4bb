import type { Catalog } from '../catalog/schema.js';
import { Scanner, ScanInputError, scanStreamInto, type Finding } from '../scan/index.js';
import { ApiError } from './errors.js';
import { jsonBytes } from './json-bytes.js';

/** Most findings an answer ever lists, `?findings=all` included; the summary still counts every one. */
export const MAX_LISTED_FINDINGS = 100_000;

/** Timeline steps in an answer that does not ask for everything: enough to draw, small to send. */
export const DEFAULT_TIMELINE_STEPS = 1000;

/**
 * The scanner's buffer for a posted log: a socket delivers about 64 KB at a time, and the default
 * buffer (1 MB, for reading files) would be allocated and zeroed on every request, its external
 * memory then driving the garbage collector.
 */
const SCAN_CHUNK_BYTES = 64 * 1024;

export interface ScanJobOptions {
  /** Force an SDK context, as `avcodes scan --sdk`. */
  sdk?: string;
  minConfidence?: number;
  /** Findings listed in the answer; the summary and diagnosis still count every one. */
  listFindings: number;
  /** Timeline steps kept in the answer's summary (the scanner keeps up to 10000). */
  timelineSteps: number;
}

/**
 * Scans a posted log and returns the answer as JSON in UTF-8: the summary and diagnoses always, the
 * findings up to `listFindings` with their total and a `truncated` flag, the timeline up to
 * `timelineSteps` (a log of 1 MB could otherwise answer with megabytes of JSON). The bytes are built
 * where the scan ran (a worker thread), in a buffer of their own that the thread hands over without
 * a copy, so a large answer costs the server's event loop nothing to serialise or encode.
 * `afterChunk` lets an in-thread caller yield to other requests between chunks.
 */
export async function scanToJson(catalog: Catalog, log: AsyncIterable<Uint8Array>, options: ScanJobOptions, afterChunk?: () => Promise<void>): Promise<Uint8Array<ArrayBuffer>> {
  const findings: Finding[] = [];
  let total = 0;
  let scanner: Scanner;
  try {
    scanner = new Scanner({
      catalog,
      sdk: options.sdk ?? null,
      chunkSize: SCAN_CHUNK_BYTES,
      minConfidence: options.minConfidence,
      onFinding: (f) => {
        if (findings.length < options.listFindings) findings.push(f);
        total++;
      },
    });
  } catch (err) {
    if (err instanceof ScanInputError) throw new ApiError(400, 'invalid_query', err.message);
    throw err;
  }
  // The scanner reports a failing input as a read error; keep the body's own error (413, bad gzip, abort) to answer with.
  let bodyError: unknown = null;
  const watched = (async function* () {
    try {
      yield* log;
    } catch (err) {
      bodyError = err;
      throw err;
    }
  })();
  try {
    await scanStreamInto(scanner, watched, '-', afterChunk ? { afterChunk } : {});
  } catch (err) {
    if (bodyError) throw bodyError;
    if (err instanceof ScanInputError) throw new ApiError(400, 'invalid_body', err.message.replace(/'-'/g, 'the log'));
    throw err;
  }
  const { summary: full, diagnoses } = scanner.result();
  const summary =
    full.timeline.length > options.timelineSteps ? { ...full, timeline: full.timeline.slice(0, options.timelineSteps), timelineTruncated: true } : full;
  const omitted = total - findings.length;
  // findingsOmitted is kept beside the newer fields: the page reads it.
  const answer = { findings, findingsTotal: total, truncated: omitted > 0, ...(omitted > 0 ? { findingsOmitted: omitted } : {}), summary, diagnoses };
  return jsonBytes(answer);
}
