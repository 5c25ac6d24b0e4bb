import { AvcodesError } from '../errors.js';

/** The CLI's documented exit codes (ripgrep's convention). */
export const EXIT = {
  /** Something was found. */
  found: 0,
  /** A well-formed request found nothing. */
  notFound: 1,
  /** Usage or input error: bad option, bad query, unreadable input. */
  usage: 2,
} as const;

/** A mistake in how avcodes was called; main prints the message on one line and exits 2. */
export class UsageError extends AvcodesError {
  constructor(message: string) {
    super('usage', message);
    this.name = 'UsageError';
  }
}

/**
 * The exit code for an error that ended a command, after its message on stderr: one line that
 * quotes the input for a usage or input error, and no stack trace unless AVCODES_DEBUG is set.
 */
export function reportFailure(err: unknown): number {
  if (err instanceof Error && 'exitCode' in err && String((err as { code?: unknown }).code).startsWith('commander.')) {
    // Help and --version "errors" are a normal exit; commander has already printed anything else.
    return (err as { exitCode: number }).exitCode === 0 ? 0 : EXIT.usage;
  }
  if (err instanceof AvcodesError) {
    process.stderr.write(`avcodes: ${err.message}\n`);
    return EXIT.usage;
  }
  const debug = process.env.AVCODES_DEBUG;
  process.stderr.write(`avcodes: internal error: ${err instanceof Error ? err.message : String(err)}${debug ? '' : ' (set AVCODES_DEBUG=1 for details)'}\n`);
  if (debug && err instanceof Error && err.stack) process.stderr.write(err.stack + '\n');
  return EXIT.usage;
}

/** Output piped into `head` closes early: that is the reader's choice, not an error. */
export function exitQuietlyWhenStdoutCloses(): void {
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw err;
  });
}
