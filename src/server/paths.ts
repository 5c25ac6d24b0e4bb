import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

// Compiled this is dist/server/paths.js; under tsx it is src/server/paths.ts. Both sit two levels
// below the package root, so the same relative steps find the committed sources and the built page.
const packageRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** The package root: where `sources/` (the vendor documents as published) lives. */
export function defaultSourcesRoot(): string {
  return packageRoot;
}

/** Where `npm run build:web` writes the page (dist/web), whether running compiled or from src/. */
export function defaultWebRoot(): string {
  return join(packageRoot, 'dist', 'web');
}

let version: string | null = null;

/** The package's version, from its package.json. */
export function packageVersion(): string {
  if (version === null) {
    const pkg = JSON.parse(readFileSync(join(packageRoot, 'package.json'), 'utf8')) as { version?: string };
    version = pkg.version ?? '0.0.0';
  }
  return version;
}
