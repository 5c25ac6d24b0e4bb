import { fstatSync, writeSync } from 'node:fs';
import { createRequire } from 'node:module';
import { exitQuietlyWhenStdoutCloses } from './exit.js';

/*
 * Standard output for a command that prints one answer and ends (a lookup). It goes straight to
 * file descriptor 1: creating process.stdout loads Node's stream classes, a cost bench/lookup.ts
 * sees beside a bare `node -e 0` when the answer itself takes less.
 */

/** Whether standard output is a terminal (colours), asked without creating process.stdout. */
export function stdoutIsTerminal(): boolean {
  try {
    // Only a character device can be a terminal; only then is node:tty (which loads net and the
    // stream classes) worth loading to ask.
    if (!fstatSync(1).isCharacterDevice()) return false;
  } catch {
    return false; // no standard output at all
  }
  const tty = createRequire(import.meta.url)('node:tty') as typeof import('node:tty');
  return tty.isatty(1);
}

/**
 * Writes all of `text` to standard output. A reader that closed the pipe (`| head`) ends the writing
 * quietly, as process.stdout's EPIPE does in main.ts; a descriptor set non-blocking by whoever opened
 * it (EAGAIN) gets the rest through process.stdout, which waits for it to drain.
 */
export function writeAnswer(text: string): void {
  const bytes = Buffer.from(text, 'utf8');
  let written = 0;
  try {
    while (written < bytes.length) written += writeSync(1, bytes, written);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'EPIPE') return;
    if (code !== 'EAGAIN') throw err;
    exitQuietlyWhenStdoutCloses();
    process.stdout.write(bytes.subarray(written));
  }
}
