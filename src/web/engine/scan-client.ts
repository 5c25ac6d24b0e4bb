/**
 * Scans a log in the browser: hands it to the scan worker (../worker.ts) and relays its progress.
 * The log is read from the user's own file or text box and goes nowhere else. One worker is kept
 * between scans (it has the catalog loaded); cancelling terminates it, which stops the read at once.
 */
import type { ScanReport } from '../api.js';
import type { ScanMessage, ScanRequest } from './scan-protocol.js';
import { workerUrl } from './trusted-urls.js';
// Vite bundles the worker as its own module file and gives its URL.
import workerScript from '../worker.ts?worker&url';

/** Findings kept for the list and the chart, as the server's default maxFindings. */
const MAX_FINDINGS = 10_000;

let worker: Worker | null = null;

export interface BrowserScanOptions {
  name: string;
  sdk?: string;
  signal?: AbortSignal;
  onProgress?: (read: number, total: number) => void;
}

/** The same report as `avcodes scan --format json` (and POST /api/v1/scan), computed in a worker. */
export function scanInBrowser(log: Blob | string, options: BrowserScanOptions): Promise<ScanReport> {
  const blob = typeof log === 'string' ? new Blob([log], { type: 'text/plain' }) : log;
  const w = (worker ??= new Worker(workerUrl(new URL(workerScript, import.meta.url)) as unknown as URL, { type: 'module', name: 'avcodes-scan' }));
  return new Promise<ScanReport>((resolve, reject) => {
    const stop = () => {
      w.removeEventListener('message', onMessage);
      w.removeEventListener('error', onError);
      options.signal?.removeEventListener('abort', onAbort);
    };
    const onMessage = (event: MessageEvent<ScanMessage>) => {
      const m = event.data;
      if (m.type === 'progress') options.onProgress?.(m.read, m.total);
      else {
        stop();
        if (m.type === 'done') resolve(m.report);
        else reject(new Error(m.message));
      }
    };
    const onError = (event: ErrorEvent) => {
      stop();
      if (worker === w) worker = null;
      w.terminate();
      reject(new Error(`the scan stopped: ${event.message || 'the worker could not start'}`));
    };
    const onAbort = () => {
      stop();
      if (worker === w) worker = null;
      w.terminate();
      reject(new DOMException('the scan was cancelled', 'AbortError'));
    };
    if (options.signal?.aborted) return onAbort();
    w.addEventListener('message', onMessage);
    w.addEventListener('error', onError);
    options.signal?.addEventListener('abort', onAbort);
    const request: ScanRequest = { log: blob, name: options.name, sdk: options.sdk ?? null, maxFindings: MAX_FINDINGS };
    w.postMessage(request);
  });
}
