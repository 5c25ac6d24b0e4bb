import { readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, relative, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Representation } from './catalog-export.js';
import { etagOf } from './etag.js';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.txt': 'text/plain; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};

/** Types worth compressing; images are already compressed. */
const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.svg', '.json', '.webmanifest', '.txt', '.map']);

export interface StaticFile extends Representation {
  /** Vite puts content hashes in the names under assets/, so those never change under one URL. */
  immutable: boolean;
}

/**
 * The built page (dist/web), read into memory once: it is a few files of a few kilobytes, and
 * serving from memory keeps the request path free of file-system access and path handling.
 * Returns null when the page has not been built.
 */
export function loadStaticFiles(root: string): Map<string, StaticFile> | null {
  try {
    if (!statSync(join(root, 'index.html')).isFile()) return null;
  } catch {
    return null;
  }
  const files = new Map<string, StaticFile>();
  const walk = (dir: string) => {
    for (const dirent of readdirSync(dir, { withFileTypes: true })) {
      const full = join(dir, dirent.name);
      if (dirent.isDirectory()) walk(full);
      else if (dirent.isFile()) {
        const ext = extname(dirent.name).toLowerCase();
        const body = new Uint8Array(readFileSync(full));
        const urlPath = '/' + relative(root, full).split(sep).join('/');
        files.set(urlPath, {
          body,
          gzip: COMPRESSIBLE.has(ext) ? gzipSync(body, { level: 9 }) : null,
          etag: etagOf(body),
          contentType: CONTENT_TYPES[ext] ?? 'application/octet-stream',
          immutable: urlPath.startsWith('/assets/'),
        });
      }
    }
  };
  walk(root);
  return files;
}
