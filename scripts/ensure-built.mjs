// Runs `npm run build` when dist/ is missing or older than what it is built from, so that
// `npm start` and `npm test` work on a fresh clone (npm ci no longer builds: a `prepare` script
// would make every consumer of the package run it) and do not rebuild when nothing changed.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
// The build's last step writes the page; when it is there, every earlier step finished.
const lastOutput = join(root, 'dist', 'web', 'index.html');
const inputs = ['src', 'sources', 'data', 'package.json', 'package-lock.json', 'tsconfig.json', 'vite.config.ts', 'vite.cli.config.ts'];

function newestMtime(path) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = 0;
  for (const name of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, name)));
  return newest;
}

const builtAt = existsSync(lastOutput) ? statSync(lastOutput).mtimeMs : -1;
const stale = inputs.find((input) => newestMtime(join(root, input)) > builtAt);
if (stale !== undefined) {
  console.error(builtAt < 0 ? 'dist/ is missing: building it (npm run build)' : `${stale} changed since the last build: rebuilding (npm run build)`);
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const run = spawnSync(npm, ['run', 'build'], { cwd: root, stdio: ['ignore', 2, 2] });
  process.exit(run.status ?? 1);
}
