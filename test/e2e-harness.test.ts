// What a newcomer meets before any test of the product runs: the suite on a machine without
// Chromium, a setup that fails half-way, and the package's install behaviour.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { ROOT } from './e2e-helpers.js';

interface Run {
  code: number | null;
  output: string;
}

/** Runs node with tsx on a test file; `timeout` only stops a run that would hang, so a hang fails instead of blocking the suite. */
function runTests(args: string[], env: NodeJS.ProcessEnv): Promise<Run> {
  // NODE_TEST_CONTEXT would make the child a part of this run instead of a run of its own.
  const clean: NodeJS.ProcessEnv = { ...process.env, NODE_TEST_CONTEXT: undefined, ...env };
  for (const [k, v] of Object.entries(clean)) if (v === undefined) delete clean[k];
  return new Promise((resolve) => {
    execFile(process.execPath, ['--import', 'tsx', '--test-reporter=tap', ...args], { cwd: ROOT, env: clean, timeout: 180_000, killSignal: 'SIGKILL' }, (err, stdout, stderr) => {
      const code = err ? (typeof (err as { code?: unknown }).code === 'number' ? (err as { code: number }).code : null) : 0;
      resolve({ code, output: stdout + stderr });
    });
  });
}

describe('the browser tests on a machine without Chromium', { concurrency: 2 }, () => {
  test('are one skipped test that says why and how to run them; the run passes and ends', async () => {
    const r = await runTests(['--test', 'test/e2e-page.test.ts'], { CHROMIUM_PATH: '/nonexistent/chromium', CI: undefined });
    assert.equal(r.code, 0, r.output);
    const skips = r.output.split('\n').filter((l) => l.includes('# SKIP'));
    assert.equal(skips.length, 1, r.output);
    assert.match(skips[0]!, /no chromium at \/nonexistent\/chromium; to run the browser tests, apt-get install chromium or set CHROMIUM_PATH/);
    assert.match(r.output, /^# skipped 1$/m);
  });

  test('fail under CI=true, saying what is missing, and the run ends', async () => {
    const r = await runTests(['--test', 'test/e2e-page.test.ts'], { CHROMIUM_PATH: '/nonexistent/chromium', CI: 'true' });
    assert.equal(r.code, 1, r.output);
    assert.match(r.output, /no chromium at \/nonexistent\/chromium: apt-get install chromium, or set CHROMIUM_PATH/);
  });
});

test('a setup that fails after starting a server still ends the run, with the server stopped', async () => {
  const r = await runTests([join('test', 'fixtures', 'harness', 'setup-fails.test.ts')], {});
  assert.notEqual(r.code, null, `the run ended by itself:\n${r.output}`);
  assert.notEqual(r.code, 0, 'the failed setup fails the run');
  assert.match(r.output, /setup failed on purpose/);
  const pid = Number(/server pid (\d+)/.exec(r.output)?.[1]);
  assert.ok(pid > 0, r.output);
  assert.throws(() => process.kill(pid, 0), (err: NodeJS.ErrnoException) => err.code === 'ESRCH', `server ${pid} is no longer running`);
});

test('the package has no install script, builds at prepack, and git ignores the tarball npm pack leaves', () => {
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string>; files: string[] };
  for (const hook of ['preinstall', 'install', 'postinstall', 'prepare']) assert.equal(pkg.scripts[hook], undefined, `no ${hook} script: consumers would run it`);
  assert.match(pkg.scripts.prepack ?? '', /npm run build/);
  assert.ok(pkg.files.includes('dist'), 'dist/ is shipped');
  for (const script of ['pretest', 'prestart']) assert.match(pkg.scripts[script] ?? '', /ensure-built/, `${script} builds a missing dist/ on a fresh clone`);
  assert.ok(readFileSync(join(ROOT, '.gitignore'), 'utf8').split('\n').includes('*.tgz'));
});
