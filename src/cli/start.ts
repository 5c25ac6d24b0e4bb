#!/usr/bin/env node
/**
 * The `avcodes` bin. `npm run build` bundles this file, with the lookup code it imports, into one
 * CommonJS file, dist/cli/avcodes.cjs (vite.cli.config.ts): a plain lookup (`avcodes
 * 0x5200002e`, the command people type most) is then answered without starting Node's ES module
 * loader and resolving twenty modules, which was most of its cost beyond a bare `node -e 0` once
 * the lookup index spared it the catalog (bench/lookup.ts). Every other command line goes to
 * main.js, which reads it from process.argv.
 */
import { isPlainLookup } from './command-table.js';
import { runLookup } from './commands/lookup.js';
import { reportFailure } from './exit.js';

const args = process.argv.slice(2);
if (isPlainLookup(args)) {
  runLookup(args, {}).then(
    (code) => {
      process.exitCode = code;
    },
    (err: unknown) => {
      process.exitCode = reportFailure(err);
    },
  );
} else {
  import('./main.js').catch((err: unknown) => {
    process.exitCode = reportFailure(err);
  });
}
