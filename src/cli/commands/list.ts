import type { Command } from 'commander';
import { builtInCodebook } from '../../lookup/codebook.js';
import { EXIT } from '../exit.js';
import { alignRows, colorsFor, entryColumns, meaningText, plural } from '../render.js';
import { filterOf, filterOptions, type FilterOptions } from './options.js';

interface ListOptions extends FilterOptions {
  json?: boolean;
}

export function configure(command: Command): void {
  filterOptions(command)
    .option('--json', 'print the entries as a JSON array')
    .addHelpText(
      'after',
      `
Examples:
  $ avcodes list --sdk kvs --module heap
  $ avcodes list --vendor tencent --kind event
  $ avcodes list --category network --json

Exit status: 0 when some entry passes the filter, 1 when none does, 2 for an unknown filter value.`,
    )
    .action((options: ListOptions) => {
      const entries = builtInCodebook().list(filterOf(options));
      if (options.json) {
        process.stdout.write(JSON.stringify(entries, null, 2) + '\n');
      } else if (entries.length > 0) {
        const c = colorsFor(process.stdout);
        const rows = alignRows(
          entries.map((e) => [...entryColumns(e), meaningText(e)]),
          [c.dim, c.dim, c.bold, c.cyan, c.dim],
        );
        process.stdout.write(rows.join('\n') + '\n' + c.bold(plural(entries.length, 'entry', 'entries')) + '\n');
      } else {
        process.stdout.write('no entry passes this filter\n');
      }
      process.exitCode = entries.length > 0 ? EXIT.found : EXIT.notFound;
    });
}
