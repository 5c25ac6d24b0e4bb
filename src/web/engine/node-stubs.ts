/*
 * What the browser build puts in place of the Node built-ins (vite.config.ts, `resolve.alias`).
 * The scanner and the lookup library import them only for reading files (scanFileInto,
 * loadCatalog); the page never calls those — it gives the scanner bytes and the catalog itself —
 * so each stand-in only says why it cannot run here.
 */
function unavailable(name: string): never {
  throw new Error(`${name} is not available in the browser: avcodes reads files there with File.stream()`);
}

export const readFileSync = () => unavailable('readFileSync');
export const openSync = () => unavailable('openSync');
export const readSync = () => unavailable('readSync');
export const closeSync = () => unavailable('closeSync');
export const fstatSync = () => unavailable('fstatSync');
export const createReadStream = () => unavailable('createReadStream');
export const createGunzip = () => unavailable('createGunzip');
export const fileURLToPath = () => unavailable('fileURLToPath');
export const dirname = () => unavailable('dirname');
export const join = () => unavailable('join');
export const Readable = { from: () => unavailable('Readable.from') };
