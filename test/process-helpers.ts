import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs a command to its end with the input on stdin (closed at once when there is none). */
export function runProcess(command: string, args: string[], input?: string, env: NodeJS.ProcessEnv = process.env): Promise<Run> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { env });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr }));
    child.stdin.end(input ?? '');
  });
}

/** The `avcodes` bin as npm installs it (package.json `bin`, dist/cli/avcodes.cjs): what a user runs. */
export const AVCODES_BIN = fileURLToPath(new URL(`../${(JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { bin: { avcodes: string } }).bin.avcodes}`, import.meta.url));
