// A plain static file server for the end-to-end tests of the static site: files of one folder
// under a path prefix, as any static host serves them — no avcodes routes, no fallback, no API.
import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.md': 'text/plain; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.tsv': 'text/plain; charset=utf-8',
};

export interface StaticServer {
  /** The site's address, ending in the prefix and a slash. */
  url: string;
  /** Every path asked for, in order. */
  requested: string[];
  stop(): Promise<void>;
}

/** Serves `root` at http://127.0.0.1:<port><prefix>; a folder's URL serves its index.html, anything else missing is a 404. */
export function serveStatic(root: string, prefix = '/'): Promise<StaticServer> {
  const requested: string[] = [];
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    requested.push(path);
    if (req.method !== 'GET' && req.method !== 'HEAD') return void res.writeHead(405).end();
    if (!path.startsWith(prefix)) return void res.writeHead(404).end('not found');
    const rest = path.slice(prefix.length);
    const rel = normalize(rest === '' || rest.endsWith('/') ? `${rest}index.html` : rest);
    if (rel.split(sep).includes('..')) return void res.writeHead(404).end('not found');
    const file = join(root, rel);
    readFile(file).then(
      (body) => res.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(body),
      () => res.writeHead(404).end('not found'),
    );
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      resolve({ url: `http://127.0.0.1:${port}${prefix}`, requested, stop: () => new Promise((done) => server.close(() => done())) });
    });
  });
}
