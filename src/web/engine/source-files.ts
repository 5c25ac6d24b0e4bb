/**
 * The source documents a code page quotes, fetched from the copies the build puts beside the page
 * (sources/…): only when a code page is opened, so they are no part of the first load.
 */
const files = new Map<string, Promise<string[] | null>>();

/** Where the build puts the copies: beside index.html, which the static site addresses relatively. */
function sourceUrl(file: string): URL {
  const root = __AVCODES_STATIC_SITE__ ? new URL('./', location.href) : new URL('/', location.href);
  return new URL(file.split('/').map(encodeURIComponent).join('/'), root);
}

function linesOf(file: string): Promise<string[] | null> {
  let p = files.get(file);
  if (!p) {
    p = fetch(sourceUrl(file))
      .then(async (res) => (res.ok ? (await res.text()).split(/\r?\n/) : null))
      .catch(() => null);
    files.set(file, p);
  }
  return p;
}

/** Lines `line - context … line + context` of a source file (1-based), or null when it cannot be fetched. */
export async function sourceExcerpt(file: string, line: number, context: number): Promise<{ number: number; text: string }[] | null> {
  if (!/^sources\/[\w./-]+$/.test(file) || file.includes('..')) return null;
  const lines = await linesOf(file);
  if (!lines) return null;
  const out: { number: number; text: string }[] = [];
  for (let n = Math.max(1, line - context); n <= Math.min(lines.length, line + context); n++) out.push({ number: n, text: lines[n - 1] ?? '' });
  return out;
}
