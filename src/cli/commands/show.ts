import type { Command } from 'commander';
import type { Entry } from '../../catalog/schema.js';
import { builtInCodebook } from '../../lookup/codebook.js';
import { readingsOf } from '../../lookup/readings.js';
import { sdkWords } from '../../lookup/wording.js';
import { EXIT, UsageError } from '../exit.js';
import { alignRows, colorsFor, displayValue, entryColumns, misprintLine, provenanceLines } from '../render.js';

interface ShowOptions {
  json?: boolean;
  related: string;
}

export function configure(command: Command): void {
  command
    .argument('<id>', 'an entry id, e.g. aws-kvs/STATUS_STORE_OUT_OF_MEMORY, or a name or code only one entry has (other names and codes suggest ids)')
    .option('--related <n>', 'how many related codes of other SDKs to show', '5')
    .option('--json', 'print the entry with a "related" list as JSON')
    .addHelpText(
      'after',
      `
Examples:
  $ avcodes show aws-kvs/STATUS_STORE_OUT_OF_MEMORY
  $ avcodes show STATUS_STORE_OUT_OF_MEMORY           a name only one entry has
  $ avcodes show tencent-lvb/PLAY_ERR_NET_DISCONNECT --related 10
  $ avcodes show aliyun-player/ERROR_GENERAL_EIO --json

Exit status: 0 when the entry exists, 1 when it does not or the name or code is not unique
(with the ids it has), 2 for bad input.`,
    )
    .action((id: string, options: ShowOptions) => {
      const wanted = id.trim();
      if (wanted === '' || wanted.length > 300 || /[\u0000-\u001f\u007f]/.test(wanted)) throw new UsageError(`not an entry id: ${JSON.stringify(id.slice(0, 60))}`);
      const limit = Number(options.related);
      if (!Number.isInteger(limit) || limit < 0 || limit > 100) throw new UsageError(`--related must be a whole number from 0 to 100, not ${JSON.stringify(options.related)}`);
      const codebook = builtInCodebook();
      let entry = codebook.get(wanted);
      if (!entry) {
        const guess = wanted.includes('/') ? wanted.slice(wanted.indexOf('/') + 1) : wanted;
        const ids = readingsOf(guess).length > 0 ? [...new Set(codebook.lookup(guess).matches.map((m) => m.entry.id))] : [];
        // A name or code that only one entry has is as good as its id (`show STATUS_STORE_OUT_OF_MEMORY`).
        if (ids.length === 1 && !wanted.includes('/')) entry = codebook.get(ids[0]!);
        else {
          const many = ids.length > 1 && !wanted.includes('/');
          process.stdout.write(
            many
              ? `${JSON.stringify(wanted)} is not one entry but ${ids.length}: ${ids.join(', ')}\n`
              : `no entry with id ${JSON.stringify(wanted)}${ids.length ? `; did you mean: ${ids.join(', ')}` : ''}\n`,
          );
          process.exitCode = EXIT.notFound;
          return;
        }
      }
      if (!entry) return;
      const related = codebook.related(entry, limit);
      if (options.json) {
        const json = { ...entry, related: related.map((r) => ({ id: r.entry.id, sdk: r.entry.sdk, name: r.entry.name, hex: r.entry.hex, summary: r.entry.summary, score: Math.round(r.score * 1000) / 1000 })) };
        process.stdout.write(JSON.stringify(json, null, 2) + '\n');
      } else {
        process.stdout.write(renderEntry(entry, related.map((r) => r.entry)));
      }
      process.exitCode = EXIT.found;
    });
}

function renderEntry(e: Entry, related: Entry[]): string {
  const c = colorsFor(process.stdout);
  const fields: [string, string][] = [
    ['name', e.name + (e.generatedName ? ' (generated: no source names it)' : '')],
    ['value', displayValue(e)],
    ['sdk', `${e.sdk} — ${e.vendor}, ${e.product}`],
    ['module', e.module],
    ['kind', `${e.kind}, category ${e.category}, recovery ${e.recovery}`],
    ['classified by', `kind ${e.classifiedBy.kind}, category ${e.classifiedBy.category}, recovery ${e.classifiedBy.recovery}`],
    ['documented', e.documented ? 'yes' : 'no — only the SDK source defines it'],
  ];
  const aliases = [...new Set(e.aliases.map((a) => a.replace(/\\_/g, '_')))].filter((a) => a !== e.name);
  if (aliases.length) fields.push(['other names', aliases.join(', ')]);
  if (e.summary) fields.push(['summary', e.summary]);
  if (e.description && e.description !== e.summary) fields.push(['description', e.description]);
  for (const w of sdkWords(e)) fields.push([`sdk text (${w.lang})`, `${w.text} — ${w.file}:${w.line}`]);
  if (e.action) fields.push(['action', e.action]);
  for (const line of provenanceLines(e)) fields.push(['source', line]);
  for (const s of e.sources) fields.push(['as written', `${s.codeAsWritten} ${s.nameAsWritten} — ${s.file}:${s.line}, ${s.section} (${s.edition})`]);
  for (const m of e.misprints) fields.push(['misprint', misprintLine(m, e)]);
  for (const x of e.errata) fields.push(['erratum', `${x.id} (${x.kind}): ${x.note}`]);
  for (const h of e.history) fields.push(['history', `${h.edition} ${h.field} was: ${h.was}`]);
  for (const n of e.notes) fields.push(['note', n]);
  const width = Math.max(...fields.map(([k]) => k.length));
  const out = [c.bold(e.id), ...fields.map(([k, v]) => `  ${c.dim(k.padEnd(width))}  ${v}`)];
  if (related.length > 0) {
    out.push('', c.bold(`related codes of other SDKs (category ${e.category}, similar text):`));
    out.push(...alignRows(related.map((r) => [...entryColumns(r), r.summary]), [c.dim, c.dim, c.bold, c.cyan, c.dim]).map((l) => '  ' + l));
  }
  return out.join('\n') + '\n';
}
