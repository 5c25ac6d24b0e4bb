import type { Context } from 'hono';
import type { OpenAPIHono } from '@hono/zod-openapi';
import { errorResponse } from '../errors.js';
import { sendRepresentation } from '../representation.js';
import { securedResponse } from '../security.js';
import { loadStaticFiles } from '../static-files.js';
import { codeIdFromPath } from '../../lookup/code-path.js';

/** The page's own routes: each is the single-page app, which reads the path to pick its view. */
export const PAGE_PATHS = ['/', '/log', '/code/*'] as const;

const IMMUTABLE = 'public, max-age=31536000, immutable';
const REVALIDATE = 'public, no-cache';

/** What an unknown page answers: a plain HTML page (no script or style: the policy allows none inline). */
function notFoundPage(path: string): string {
  const shown = path.slice(0, 200).replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
  return `<!doctype html>\n<html lang="en"><meta charset="utf-8"><title>Not found · avcodes</title>\n<h1>Not found</h1>\n<p>Nothing at <code>${shown}</code>.</p>\n<p><a href="/">Look up a code</a> · <a href="/log">Explain a log</a> · <a href="/openapi.json">the API</a></p>\n</html>\n`;
}

/** Answers a path nobody serves: an HTML page for a person, a JSON error for the API and for other methods. */
export function notFound(c: Context): Response {
  const path = c.req.path;
  const html = (c.req.method === 'GET' || c.req.method === 'HEAD') && !path.startsWith('/api/');
  if (!html) return errorResponse(c, 404, 'not_found', `nothing at ${c.req.method} ${path.slice(0, 200)}`);
  return securedResponse(c.req.method === 'HEAD' ? null : notFoundPage(path), 404, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' });
}

/**
 * Serves the built page (dist/web): the app shell for its views, and the hashed assets.
 * Without a build the API still works and the page paths say how to build it. The page of a code
 * the catalog does not have is the same shell (which says "No such code") with status 404.
 */
export function pageRoutes(app: OpenAPIHono, webRoot: string | null, hasCode: (id: string) => boolean): void {
  const files = webRoot ? loadStaticFiles(webRoot) : null;
  const shell = files?.get('/index.html');

  const sendShell = (c: Context) => {
    if (!shell) return errorResponse(c, 404, 'not_found', 'the web page is not built; run `npm run build:web`');
    if (c.req.path.startsWith('/code/') && !hasCode(codeIdFromPath(c.req.path))) {
      return securedResponse(c.req.method === 'HEAD' ? null : shell.body, 404, { 'Content-Type': shell.contentType, 'Cache-Control': 'no-store' });
    }
    return sendRepresentation(c, shell, REVALIDATE);
  };

  for (const path of PAGE_PATHS) app.get(path, sendShell);

  app.get('*', (c, next) => {
    const file = files?.get(c.req.path);
    if (!file || c.req.path === '/index.html') return next();
    return sendRepresentation(c, file, file.immutable ? IMMUTABLE : REVALIDATE);
  });
}
