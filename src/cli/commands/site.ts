import { cpSync, existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Command } from 'commander';
import { formatSiteSize, measureSite } from '../../static-site/budget.js';
import { EXIT, UsageError } from '../exit.js';

// dist/cli/commands/site.js (or src/cli/commands/site.ts under tsx): three levels below the package root.
const BUILT_SITE = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'dist', 'site');

function files(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => join(d.parentPath, d.name));
}

export function configure(command: Command): void {
  command
    .requiredOption('--out <dir>', 'the folder to write the site to (created if missing; must be empty unless --force)')
    .option('--force', 'write into a folder that already has files (files of the same name are replaced, others are kept)')
    .addHelpText(
      'after',
      `
Writes the static site that \`npm run build\` makes (dist/site): the page, the catalog, the lookup
library and the log scanner for the browser, and the source documents the code pages quote. Any
static host serves it as it is (a web server's folder, an S3 bucket, GitHub Pages, an intranet
server); every URL in it is relative, so any folder works. Lookups and logs never leave the
browser: the site has no server part.

Examples:
  $ avcodes site --out ./public
  $ avcodes site --out /srv/www/avcodes --force
  $ (cd public && python3 -m http.server 8000)   # then open http://127.0.0.1:8000/`,
    )
    .action((options: { out: string; force?: boolean }) => {
      if (!existsSync(join(BUILT_SITE, 'index.html'))) throw new UsageError(`the static site is not built (no ${BUILT_SITE}); run \`npm run build\``);
      const out = resolve(options.out);
      if (existsSync(out)) {
        if (!statSync(out).isDirectory()) throw new UsageError(`--out '${options.out}' is a file, not a folder`);
        if (readdirSync(out).length > 0 && !options.force) throw new UsageError(`--out '${options.out}' is not empty; add --force to write into it anyway`);
      }
      cpSync(BUILT_SITE, out, { recursive: true, force: true });
      process.stdout.write(`wrote ${files(BUILT_SITE).length} files to ${out}\n${formatSiteSize(measureSite(out))}\n`);
      process.exitCode = EXIT.found;
    });
}
