import type { Command } from 'commander';
import { loadCatalog } from '../../catalog/load.js';
import { catalogStats, type SdkStats } from '../../catalog/stats.js';
import { EXIT } from '../exit.js';
import { alignRows, colorsFor } from '../render.js';

export function configure(command: Command): void {
  command
    .option('--json', 'print the counts as JSON: { total, sdks: [...] }')
    .addHelpText(
      'after',
      `
Per SDK: entries, how many a vendor document states (documented) or only the SDK source defines
(undocumented), how many a document and the SDK source disagree on (conflicting, each with an
erratum), and how many of each kind.

Examples:
  $ avcodes stats
  $ avcodes stats --json`,
    )
    .action((options: { json?: boolean }) => {
      const stats = catalogStats(loadCatalog());
      if (options.json) {
        process.stdout.write(JSON.stringify(stats, null, 2) + '\n');
      } else {
        const c = colorsFor(process.stdout);
        const kinds = [...new Set([stats.total, ...stats.sdks].flatMap((s) => Object.keys(s.byKind)))].sort();
        const row = (s: SdkStats) => [s.sdk, String(s.entries), String(s.documented), String(s.undocumented), String(s.conflicting), ...kinds.map((k) => String(s.byKind[k] ?? 0))];
        const rows = [['sdk', 'entries', 'documented', 'undocumented', 'conflicting', ...kinds], ...stats.sdks.map(row), row(stats.total)];
        const lines = alignRows(rows.map((r) => r.map((cell, i) => (i === 0 ? cell : cell.padStart(Math.max(...rows.map((x) => x[i]!.length)))))));
        process.stdout.write([c.bold(lines[0]!), ...lines.slice(1, -1), c.bold(lines[lines.length - 1]!)].join('\n') + '\n');
      }
      process.exitCode = EXIT.found;
    });
}
