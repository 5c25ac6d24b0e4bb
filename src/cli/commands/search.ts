import type { Command } from 'commander';
import { builtInCodebook } from '../../lookup/codebook.js';
import { EXIT, UsageError } from '../exit.js';
import { alignRows, colorsFor, entryColumns, meaningText, plural } from '../render.js';
import { filterOf, filterOptions, type FilterOptions } from './options.js';

interface SearchCommandOptions extends FilterOptions {
  limit: string;
  json?: boolean;
}

const MAX_TEXT = 500;

export function configure(command: Command): void {
  command.argument('<text...>', 'words to look for in names, summaries, descriptions and actions').option('--limit <n>', 'at most this many hits', '20').option('--json', 'print the hits as JSON: [{ score, terms, entry }]');
  filterOptions(command);
  command
    .addHelpText(
      'after',
      `
Words match fuzzily (one typo in 5 letters, two in 10) and by prefix; hits that have every word
come first. To look a code or name up, use lookup (the default command).

Examples:
  $ avcodes search timeot                      finds the timeouts
  $ avcodes search network disconnect --sdk lvb
  $ avcodes search "out of memory" --limit 5 --json

Exit status: 0 when something matched, 1 when nothing did, 2 for bad input.`,
    )
    .action((words: string[], options: SearchCommandOptions) => {
      const text = words.join(' ').trim();
      if (text === '') throw new UsageError('the search text is empty');
      if (text.length > MAX_TEXT) throw new UsageError(`the search text is too long (${text.length} characters; at most ${MAX_TEXT})`);
      // eslint-disable-next-line no-control-regex
      if (/[\u0000-\u0008\u000a-\u001f\u007f-\u009f\ufffd]/.test(text)) throw new UsageError('the search text contains control characters or bytes that are not text');
      const limit = Number(options.limit);
      if (!Number.isInteger(limit) || limit < 1 || limit > 10_000) throw new UsageError(`--limit must be a whole number from 1 to 10000, not ${JSON.stringify(options.limit)}`);
      const hits = builtInCodebook().search(text, { ...filterOf(options), limit });
      if (options.json) {
        process.stdout.write(JSON.stringify(hits.map((h) => ({ score: round(h.score), terms: h.terms, entry: h.entry })), null, 2) + '\n');
      } else if (hits.length === 0) {
        process.stdout.write(`no entry matches ${JSON.stringify(text)}\n`);
      } else {
        const c = colorsFor(process.stdout);
        const rows = alignRows(
          hits.map((h) => [...entryColumns(h.entry), meaningText(h.entry)]),
          [c.dim, c.dim, c.bold, c.cyan, c.dim],
        );
        process.stdout.write(rows.join('\n') + '\n' + c.bold(plural(hits.length, 'hit', 'hits')) + '\n');
      }
      process.exitCode = hits.length > 0 ? EXIT.found : EXIT.notFound;
    });
}

const round = (n: number) => Math.round(n * 1000) / 1000;
