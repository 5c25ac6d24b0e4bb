/**
 * Offline after the first visit, on the static site: a service worker (../sw.ts) keeps the page's
 * files. A service worker rather than caching headers because a static host's headers are not ours
 * to set (an intranet share, a bucket, GitHub Pages each have their own), while the worker works on
 * any host that serves over HTTPS or from localhost. The page `avcodes serve` serves needs no worker:
 * it is online by definition, and its server sends the caching headers itself.
 */
import { workerUrl } from './trusted-urls.js';
// Vite emits the service worker beside index.html (see vite.config.ts): its scope is the site.
const SERVICE_WORKER = 'sw.js';

export function startOffline(): void {
  if (!__AVCODES_STATIC_SITE__ || !('serviceWorker' in navigator)) return;
  // Registration fails on http:// hosts other than localhost and on file://; the site still works, online.
  navigator.serviceWorker.register(workerUrl(new URL(SERVICE_WORKER, location.href)) as unknown as URL, { scope: './' }).catch(() => undefined);
}
