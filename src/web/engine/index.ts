/**
 * What answers the page: the library in the browser (local-api.ts), on the static site and on the
 * page `avcodes serve` serves alike — one engine, so both behave the same, work offline, and never
 * send what the user types. The HTTP API stays for programs.
 */
export { localApi as api } from './local-api.js';
export { scanInBrowser } from './scan-client.js';
