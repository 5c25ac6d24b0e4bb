/**
 * The id a code page shows, read from its path (`/code/<sdk>/<NAME>`, each part URL-escaped). The
 * server (which answers 404 for an unknown id) and the page (which draws it) must read it alike.
 */
export function codeIdFromPath(path: string): string {
  return path
    .slice('/code/'.length)
    .split('/')
    .map((part) => {
      try {
        return decodeURIComponent(part);
      } catch {
        // A malformed escape is kept as written: the id then names no code, and the page says so.
        return part;
      }
    })
    .join('/');
}
