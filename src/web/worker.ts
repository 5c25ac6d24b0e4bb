/**
 * The scan worker: the page posts a log (a Blob) and gets progress and the report back, while the
 * scan itself (engine/scan-blob.ts) runs here, off the page's main thread.
 */
import type { ScanReport } from './api.js';
import { fetchCatalog } from './engine/catalog.js';
import { scanBlob } from './engine/scan-blob.js';
import type { ScanMessage, ScanRequest } from './engine/scan-protocol.js';

/** At most this often a progress message: enough for a smooth bar, few enough to cost nothing. */
const PROGRESS_EVERY_MS = 100;

const post = (message: ScanMessage) => (self as unknown as Worker).postMessage(message);

async function scan({ log, name, sdk, maxFindings }: ScanRequest): Promise<ScanReport> {
  const catalog = await fetchCatalog();
  let lastPost = 0;
  const report = await scanBlob(catalog, log, {
    name,
    sdk,
    maxFindings,
    onProgress: (read, total) => {
      const now = performance.now();
      if (now - lastPost < PROGRESS_EVERY_MS) return;
      lastPost = now;
      post({ type: 'progress', read, total });
    },
    onWarning: (message) => console.warn(message),
  });
  post({ type: 'progress', read: log.size, total: log.size });
  return report as unknown as ScanReport;
}

self.addEventListener('message', (event: MessageEvent<ScanRequest>) => {
  scan(event.data).then(
    (report) => post({ type: 'done', report }),
    (err: unknown) => post({ type: 'error', message: err instanceof Error ? err.message : String(err) }),
  );
});
