// Shared by the test/e2e-*.test.ts files: the built server on a free port of 127.0.0.1, started
// as `npm start` starts it, and Debian's chromium driven by playwright-core. Every server and
// browser started here is also closed by a root `after` hook, so a failing test or a failing
// setup never leaves one running (a live child process keeps the test run from ever ending).
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { after } from 'node:test';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser } from 'playwright-core';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const SCREENSHOTS = join(ROOT, 'test-output', 'screenshots');
const CLI = join(ROOT, 'dist', 'cli', 'main.js');
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
/** Long enough for a loaded machine; only a server that never prints its address reaches it. */
const SERVER_START_LIMIT_MS = 60_000;

const open = new Set<{ close: () => Promise<unknown> }>();
after(async () => {
  await Promise.allSettled([...open].map((r) => r.close()));
});

/** CI sets CI=true: there a missing browser is a failure, not a reason to skip. */
function inCI(): boolean {
  const ci = process.env.CI;
  return ci !== undefined && ci !== '' && ci !== '0' && ci.toLowerCase() !== 'false';
}

/**
 * Why the browser tests cannot run on this machine, or undefined when they can — or when they must
 * (under CI they run, and fail saying what is missing).
 */
export function browserSkipReason(): string | undefined {
  if (existsSync(CHROMIUM) || inCI()) return undefined;
  return `no chromium at ${CHROMIUM}; to run the browser tests, apt-get install chromium or set CHROMIUM_PATH to a Chromium binary`;
}

export interface RunningServer {
  url: string;
  child: ChildProcess;
  stderr: () => string;
  /** Sends the signal and resolves with the exit code (or the signal name if it was killed). */
  stop(signal?: NodeJS.Signals): Promise<number | string>;
}

/** Starts `avcodes serve --host 127.0.0.1 --port 0` from dist/ and waits for the address it prints. */
export function startServer(args: string[] = []): Promise<RunningServer> {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run \`npm run build\` first`);
  const child = spawn(process.execPath, [CLI, 'serve', '--host', '127.0.0.1', '--port', '0', ...args], {
    cwd: ROOT,
    env: { ...process.env, PORT: '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  child.stderr!.setEncoding('utf8').on('data', (d: string) => (err += d));
  const exited = new Promise<number | string>((resolve) => child.once('exit', (code, signal) => resolve(code ?? signal ?? 'unknown')));
  const stop = (signal: NodeJS.Signals = 'SIGTERM') => {
    if (child.exitCode === null && child.signalCode === null) child.kill(signal);
    return exited;
  };
  const tracked = { close: () => stop('SIGKILL') };
  open.add(tracked);
  void exited.then(() => open.delete(tracked));
  return new Promise((resolve, reject) => {
    const limit = setTimeout(() => {
      void stop('SIGKILL');
      reject(new Error(`the server printed no address within ${SERVER_START_LIMIT_MS / 1000} s: ${out}${err}`));
    }, SERVER_START_LIMIT_MS);
    child.stdout!.setEncoding('utf8').on('data', (d: string) => {
      out += d;
      const m = /serving \d+ codes on (http:\/\/127\.0\.0\.1:\d+)\//.exec(out);
      if (m) {
        clearTimeout(limit);
        resolve({ url: m[1]!, child, stderr: () => err, stop });
      }
    });
    void exited.then((code) => {
      clearTimeout(limit);
      reject(new Error(`the server exited (${code}) before listening: ${err}`));
    });
  });
}

export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) throw new Error(`no chromium at ${CHROMIUM}: apt-get install chromium, or set CHROMIUM_PATH to a Chromium binary`);
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
  const tracked = { close: () => browser.close() };
  open.add(tracked);
  browser.once('disconnected', () => open.delete(tracked));
  return browser;
}

export function screenshotPath(name: string): string {
  mkdirSync(SCREENSHOTS, { recursive: true });
  return join(SCREENSHOTS, `${name}.png`);
}
