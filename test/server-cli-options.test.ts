// `avcodes serve` refuses bad options with a clear message and exit code 2, before listening.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { ROOT } from './e2e-helpers.js';

const CLI = join(ROOT, 'dist', 'cli', 'main.js');

describe('avcodes serve options', () => {
  const bad: [string[], RegExp][] = [
    [['--scan-threads', '0'], /--scan-threads must be a whole number from 1 to 256, not "0"/],
    [['--scan-threads', 'many'], /--scan-threads must be a whole number/],
    [['--cors-origin', 'https://tools.example.com/page'], /--cors-origin must be an origin such as https:\/\/tools\.example\.com \(scheme, host and port only\)/],
    [['--cors-origin', 'tools.example.com'], /--cors-origin must be an origin/],
    [['--cors-origin', 'ftp://tools.example.com'], /--cors-origin must be an origin/],
  ];
  for (const [args, message] of bad) {
    it(`refuses ${args.join(' ')} with exit code 2`, () => {
      const run = spawnSync(process.execPath, [CLI, 'serve', '--port', '0', ...args], { encoding: 'utf8', timeout: 30_000, env: { ...process.env, PORT: '' } });
      assert.equal(run.status, 2, `${args.join(' ')}: ${run.stderr}`);
      assert.match(run.stderr, message);
      assert.equal(run.stdout, '', 'nothing served');
    });
  }
});
