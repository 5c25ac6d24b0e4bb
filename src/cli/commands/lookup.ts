import type { Command } from 'commander';
import { builtInIndex } from '../../lookup/builtin.js';
import { builtInLookup } from '../../lookup/lookup-index.js';
import type { LookupResult } from '../../lookup/lookup.js';
import { findMatches } from '../../lookup/matches.js';
import { checkQuery } from '../../lookup/readings.js';
import { EXIT } from '../exit.js';
import { alignRows, briefLines, colorsFor, detailLines, displayValue, entryColumns, plural, type Colors } from '../render.js';
import { stdoutIsTerminal, writeAnswer } from '../stdout.js';
import { filterOf, filterOptions, type FilterOptions } from './options.js';

interface LookupOptions extends FilterOptions {
  context?: string;
  json?: boolean;
  verbose?: boolean;
}

export function configure(command: Command): void {
  command
    .argument('<query...>', 'codes or names: 0x5200002e, 5200002e, 1375731758, -2301, STATUS\\_NULL\\_ARG, …')
    .option('--context <sdk-or-vendor>', 'rank the matches of the SDK or vendor you are working with first')
    .option('-v, --verbose', 'every field of each match: the whole text and action, SDK-source provenance, errata, readings that matched nothing')
    .option('--json', 'print { query, readings, matches, explanations, suggestions } (an array for several queries)');
  filterOptions(command);
  command
    .addHelpText(
      'after',
      `
Every reading of the query is answered: a bare 8-digit number is decimal and hex (20010001),
a negative number also its unsigned 32-bit twin (-2301 = 0xfffff703), a name any case or
markdown-escaped. Misprinted values from the errata lead to the corrected entry.
Each match is short by default: name, SDK, value in the SDK's own notation, one line of
meaning, one line of action, sources as file:line. --verbose (or show) for everything.

Examples:
  $ avcodes 0x5200002e
  $ avcodes lookup 30000001            a Tencent recording error (decimal) and KVS 0x30000001 (hex)
  $ avcodes 1 --context kvs            STATUS_NULL_ARG first, then AV_ERR_FAILED
  $ avcodes 1001 --verbose             every field of the four 1001s
  $ avcodes -2301 4294964995 --json
  $ avcodes 0x520000ff                 not in the catalog: what its shape says

Exit status: 0 when some query matched, 1 when none did, 2 for bad input.`,
    )
    .action(async (queries: string[], options: LookupOptions) => {
      process.exitCode = await runLookup(queries, options);
    });
}

/**
 * Looks every query up and prints the answer; resolves with the exit code. Also main's fast path
 * (no options). The help for queries without a match and the JSON writer are loaded only when needed.
 */
export async function runLookup(queries: readonly string[], options: LookupOptions): Promise<number> {
  const cleaned = queries.map((q) => checkQuery(q));
  // One process answers a few queries: read only their entries (the whole catalog only to explain a miss).
  const index = builtInLookup();
  const lookupOptions = { ...filterOf(options), ...(options.context ? { context: options.context } : {}) };
  const results = cleaned.map((q) => findMatches(index, q, lookupOptions));
  const hidden = new Map<LookupResult, number>();
  if (results.some((r) => r.matches.length === 0)) {
    const { explainNoMatch } = await import('../../lookup/lookup.js');
    const filtered = Object.keys(filterOf(options)).length > 0;
    for (const r of results) {
      if (r.matches.length > 0) continue;
      explainNoMatch(builtInIndex(), r, lookupOptions);
      // Say when the filter, not the catalog, is why nothing matched.
      if (filtered) hidden.set(r, findMatches(index, r.query).matches.length);
    }
  }
  if (options.json) {
    const { lookupResultToJson } = await import('../../lookup/json.js');
    const json = results.map(lookupResultToJson);
    writeAnswer(JSON.stringify(json.length === 1 ? json[0] : json, null, 2) + '\n');
  } else {
    writeAnswer(renderResults(results, colorsFor({ isTTY: stdoutIsTerminal() }), hidden, options.verbose === true));
  }
  return results.some((r) => r.matches.length > 0) ? EXIT.found : EXIT.notFound;
}

/**
 * Human output: per query, each reading that matched as a header, its matches aligned, then a count.
 * Short by default (name, SDK, value, a line of meaning and of action, sources); `verbose` adds
 * every detail, the entry ids and the readings that matched nothing.
 */
export function renderResults(results: readonly LookupResult[], c: Colors, hiddenByFilter: ReadonlyMap<LookupResult, number> = new Map(), verbose = false): string {
  const out: string[] = [];
  // One alignment for every row of the output, so several queries read as one table.
  const allRows = results.flatMap((r) => r.matches.map((m) => (verbose ? entryColumns(m.entry) : [m.entry.name, m.entry.sdk, displayValue(m.entry)])));
  const aligned = alignRows(allRows, verbose ? [c.dim, c.dim, c.bold, c.cyan, c.dim] : [c.bold, c.dim, c.cyan]);
  let row = 0;
  for (const [i, r] of results.entries()) {
    if (i > 0) out.push('');
    const readings = r.readings.filter((x) => r.matches.some((m) => m.reading === x));
    if (r.matches.length === 0) {
      const hidden = hiddenByFilter.get(r) ?? 0;
      out.push(`${c.bold(r.query)}: no match${hidden > 0 ? ` with these filters (${plural(hidden, 'match', 'matches')} without them)` : ''}`);
      for (const note of r.explanations) out.push(`  ${note.text}`);
      if (r.suggestions.length > 0) out.push(`  did you mean: ${r.suggestions.join(', ')}`);
      if (r.explanations.length === 0 && r.suggestions.length === 0) {
        const how = r.readings.map((x) => x.label).join('; ');
        out.push(`  read ${how}; nothing in the catalog has this value or name, or a code of this shape`);
      }
      continue;
    }
    for (const reading of readings) {
      out.push(c.yellow(reading.label));
      for (const m of r.matches.filter((x) => x.reading === reading)) {
        out.push('  ' + aligned[row++]!);
        const misprint = m.via === 'misprint' ? m.misprint : undefined;
        const details = verbose ? detailLines(m.entry, misprint) : briefLines(m.entry, misprint);
        if (m.via === 'alias' && m.reading.type === 'name') details.unshift(`matched by its other name ${m.reading.name}`);
        const last = details.length - 1;
        details.forEach((line, k) => out.push('      ' + (!verbose && k === last ? c.dim(line) : line)));
        if (verbose) out.push('      ' + c.dim(`id ${m.entry.id}`));
      }
    }
    if (verbose) {
      const unmatched = r.readings.filter((x) => !readings.includes(x) && !(x.type === 'number' && x.twinOf));
      for (const x of unmatched) out.push(c.dim(`no match ${x.label}`));
    }
    const count = `${plural(r.matches.length, 'match')} for ${r.query}`;
    out.push(c.bold(verbose ? `${count} (${plural(readings.length, 'reading', 'readings')} matched)` : count));
  }
  if (!verbose && results.some((r) => r.matches.length > 0)) out.push(c.dim('everything about a code: avcodes show <NAME>, or this lookup with --verbose'));
  return out.join('\n') + '\n';
}
