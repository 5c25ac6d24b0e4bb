#!/usr/bin/env node
import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import { COMMANDS, DEFAULT_COMMAND, isCommand, isPlainLookup, type CommandSpec } from './command-table.js';
import { EXIT, UsageError, exitQuietlyWhenStdoutCloses, reportFailure } from './exit.js';

/**
 * The `avcodes` command. Subcommands live one per file under ./commands/ and are imported only
 * when chosen, so `avcodes 0x5200002e` loads the lookup code and nothing else.
 *
 * A command module exports one of:
 * - `configure(command)`: adds the command's arguments, options, help text and action to the
 *   (already named and described) commander Command. The action sets `process.exitCode`
 *   (0 found, 1 nothing found) and throws UsageError for bad input (exit 2);
 * - `run(argv)`: parses the arguments after the command name itself and resolves with the exit code.
 */
export interface CommandModule {
  configure?(command: Command): void;
  run?(argv: string[]): Promise<number> | number;
}

const EXAMPLES = `
Examples:
  $ avcodes 0x5200002e                 every reading and every match of a code
  $ avcodes 20010001 -2301 STATUS\\_NULL\\_ARG
  $ avcodes 1 --context kvs --json      rank the SDK you are in first; JSON output
  $ avcodes search "connect timeot"     typos are fine
  $ avcodes list --sdk lvb --kind warning
  $ avcodes show aws-kvs/STATUS_STORE_OUT_OF_MEMORY
  $ avcodes export --format csv > codes.csv

Exit status: 0 found, 1 nothing found, 2 usage or input error.
Colour only on a terminal, never with NO_COLOR set.`;

/**
 * The subcommand argv selects and where its own arguments start: its first word if that names one,
 * `help <name>`'s name, else lookup (then every argument is the lookup's).
 */
function selectedCommand(args: readonly string[]): { name: string; rest: string[] } {
  const at = args.findIndex((a) => !a.startsWith('-') || /^-[0-9]/.test(a));
  const first = args[at];
  if (first === 'help') {
    const next = args[at + 1];
    return next !== undefined && isCommand(next) ? { name: next, rest: ['--help'] } : { name: '', rest: [] };
  }
  if (first !== undefined && isCommand(first)) return { name: first, rest: args.slice(at + 1) };
  return { name: DEFAULT_COMMAND, rest: [...args] };
}

async function load(name: string, spec: CommandSpec): Promise<CommandModule> {
  let mod: CommandModule & { default?: unknown };
  try {
    mod = (await import(spec.module)) as typeof mod;
  } catch (err) {
    const missing = (err as NodeJS.ErrnoException).code === 'ERR_MODULE_NOT_FOUND' && String((err as Error).message).includes(spec.module.slice(2));
    if (missing) throw new UsageError(`\`${name}\` is not available in this build`);
    throw err;
  }
  if (!mod.configure && !mod.run && typeof mod.default === 'function') mod = { configure: mod.default as CommandModule['configure'] };
  if (!mod.configure && !mod.run) throw new UsageError(`\`${name}\` is not available in this build (its module has neither configure() nor run())`);
  return mod;
}

function version(): string {
  try {
    return (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version;
  } catch {
    // --version of a copy without its package.json still answers; nothing else depends on it.
    return 'unknown';
  }
}

export async function main(argv: readonly string[]): Promise<number> {
  const args = argv.slice(2);
  if (isPlainLookup(args)) {
    const { runLookup } = await import('./commands/lookup.js');
    return await runLookup(args, {});
  }
  const { Command } = await import('commander');
  const program = new Command('avcodes')
    .description('Identify the error and event codes of streaming SDKs in any notation (avcodes stats lists the SDKs).')
    .version(version(), '-V, --version')
    .exitOverride()
    // One line, like every other error: commander's "(Did you mean …?)" joins the message.
    .configureOutput({ outputError: (text, write) => write(`avcodes: ${text.replace(/^error: /, '').trim().replace(/\s*\n\s*/g, ' ')}\n`) })
    .showSuggestionAfterError()
    .addHelpText('after', EXAMPLES);
  const stubs = new Map(Object.entries(COMMANDS).map(([name, spec]) => [name, program.command(name, { isDefault: name === DEFAULT_COMMAND }).description(spec.summary)]));
  if (args.length === 0) {
    program.outputHelp({ error: true });
    return EXIT.usage;
  }
  const selected = selectedCommand(args);
  if (selected.name !== '') {
    const chosen = await load(selected.name, COMMANDS[selected.name]!);
    // A command that parses its own arguments gets them as they are.
    if (!chosen.configure && chosen.run) return await chosen.run(selected.rest);
    chosen.configure!(stubs.get(selected.name)!);
  }
  await program.parseAsync(argv as string[]);
  return typeof process.exitCode === 'number' ? process.exitCode : EXIT.found;
}

exitQuietlyWhenStdoutCloses();

main(process.argv).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    process.exitCode = reportFailure(err);
  },
);
