import type { Context } from 'hono';
import type { OpenAPIHono } from '@hono/zod-openapi';
import { errorResponse } from '../errors.js';
import { sendRepresentation } from '../representation.js';
import { loadStaticFiles } from '../static-files.js';

/** The page's own routes: each is the single-page app, which reads the path to pick its view. */
export const PAGE_PATHS = ['/', '/log', '/code/*'] as const;

const IMMUTABLE = 'public, max-age=31536000, immutable';
const REVALIDATE = 'public, no-cache';

/**
 * Serves the built page (dist/web): the app shell for its views, and the hashed assets.
 * Without a build the API still works and the page paths say how to build it.
 */
export function pageRoutes(app: OpenAPIHono, webRoot: string | null): void {
  const files = webRoot ? loadStaticFiles(webRoot) : null;
  const shell = files?.get('/index.html');

  const sendShell = (c: Context) =>
    shell ? sendRepresentation(c, shell, REVALIDATE) : errorResponse(c, 404, 'not_found', 'the web page is not built; run `npm run build:web`');

  for (const path of PAGE_PATHS) app.get(path, sendShell);

  app.get('*', (c, next) => {
    const file = files?.get(c.req.path);
    if (!file || c.req.path === '/index.html') return next();
    return sendRepresentation(c, file, file.immutable ? IMMUTABLE : REVALIDATE);
  });
}
