// `avcodes scan` on live input (dist/cli/main.js): a pipe that stays open gets each finding as its
// line completes; --follow survives rotation and truncation; Ctrl-C (SIGINT) still writes the
// summary. Every wait is for output, never for time; the test's timeout bounds it, and the child is
// killed on every path.
import assert from 'node:assert/strict';
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { appendFileSync, mkdtempSync, renameSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';

const MAIN = fileURLToPath(new URL('../dist/cli/main.js', import.meta.url));
const BOUND = { timeout: 30_000 };

/** A running avcodes whose stdout can be awaited line by line. */
class Live {
  readonly child: ChildProcessWithoutNullStreams;
  stdout = '';
  stderr = '';
  private waiters: (() => void)[] = [];
  readonly closed: Promise<number>;

  constructor(args: string[]) {
    this.child = spawn(process.execPath, [MAIN, ...args], { env: { ...process.env, NO_COLOR: '1' } });
    this.child.stdout.on('data', (d: Buffer) => {
      this.stdout += d.toString();
      for (const w of this.waiters.splice(0)) w();
    });
    this.child.stderr.on('data', (d: Buffer) => {
      this.stderr += d.toString();
      for (const w of this.waiters.splice(0)) w();
    });
    this.closed = new Promise((resolve) =>
      this.child.on('close', (code, signal) => {
        for (const w of this.waiters.splice(0)) w();
        resolve(code ?? (signal ? 128 : -1));
      }),
    );
  }

  /** Resolves when `pattern` has appeared on stdout (or stderr); rejects if the process ends first. */
  async until(pattern: RegExp, on: 'stdout' | 'stderr' = 'stdout'): Promise<string> {
    for (;;) {
      const m = pattern.exec(this[on]);
      if (m) return m[0];
      if (this.child.exitCode !== null || this.child.signalCode !== null) throw new Error(`avcodes ended before ${pattern} appeared on ${on}; stdout: ${this.stdout} stderr: ${this.stderr}`);
      await new Promise<void>((resolve) => this.waiters.push(resolve));
    }
  }

  kill(): void {
    if (this.child.exitCode === null && this.child.signalCode === null) this.child.kill('SIGKILL');
  }
}

function findings(stdout: string): Record<string, unknown>[] {
  return stdout
    .split('\n')
    .filter((l) => l.startsWith('{'))
    .map((l) => JSON.parse(l) as Record<string, unknown>)
    .filter((o) => o.type === 'finding');
}

let dir: string;
before(() => {
  dir = mkdtempSync(join(tmpdir(), 'avcodes-scan-live-'));
});
after(() => rmSync(dir, { recursive: true, force: true }));

describe('avcodes scan on a pipe that stays open', () => {
  test('ndjson: writes each finding while the pipe is still open', BOUND, async () => {
    const run = new Live(['scan', '--format', 'ndjson']);
    try {
      run.child.stdin.write('PutFrame failed with status code: 0x5200002e\n');
      await run.until(/"text":"0x5200002e"/);
      run.child.stdin.write('Create stream failed, status code: 0x52000010\n');
      await run.until(/"text":"0x52000010"/);
      assert.equal(run.child.exitCode, null, 'both findings arrived before the pipe was closed');
      assert.deepEqual(findings(run.stdout).map((f) => [f.line, f.text]), [[1, '0x5200002e'], [2, '0x52000010']]);
      assert.doesNotMatch(run.stdout, /"type":"summary"/, 'the summary waits for the end of the input');
      run.child.stdin.end();
      assert.equal(await run.closed, 0, run.stderr);
      const last = JSON.parse(run.stdout.trimEnd().split('\n').at(-1)!) as { type: string; findings: number };
      assert.deepEqual([last.type, last.findings], ['summary', 2]);
    } finally {
      run.kill();
    }
  });

  test('text: one line per finding as it comes, the summary and diagnosis at the end', BOUND, async () => {
    const run = new Live(['scan', '-']);
    try {
      run.child.stdin.write('2024-05-02 08:00:01.000 PutFrame failed with status code: 0x5200002e\n');
      const first = await run.until(/^line 1:.*\n/m);
      assert.match(first, /line 1:\d+ +2024-05-02 08:00:01\.000 +0x5200002e +STATUS_STORE_OUT_OF_MEMORY +aws-kvs\/client · error +confidence 0\.99/);
      run.child.stdin.write('noise 1234 size 4096\nstatus code: 0x5200002e\n');
      await run.until(/^line 3:.*0x5200002e/m);
      assert.equal(run.child.exitCode, null);
      run.child.stdin.end();
      assert.equal(await run.closed, 0, run.stderr);
      assert.match(run.stdout, /-: 3 lines, 2 findings, 1 distinct code/);
      assert.match(run.stdout, /The KVS content store is too small/);
    } finally {
      run.kill();
    }
  });

  test('SIGINT ends the scan of an open pipe with the summary and the diagnosis', BOUND, async () => {
    const run = new Live(['scan', '--format', 'ndjson']);
    try {
      run.child.stdin.write('status code: 0x5200002e\nstatus code: 0x5200002e\n');
      await run.until(/"line":2/);
      run.child.kill('SIGINT');
      assert.equal(await run.closed, 0, run.stderr);
      const last = JSON.parse(run.stdout.trimEnd().split('\n').at(-1)!) as { type: string; findings: number; diagnoses: { rule: string }[] };
      assert.equal(last.type, 'summary');
      assert.equal(last.findings, 2);
      assert.deepEqual(last.diagnoses.map((d) => d.rule), ['kvs-content-store-too-small']);
    } finally {
      run.kill();
    }
  });

  test('--no-live keeps the grouped report of a pipe', BOUND, async () => {
    const run = new Live(['scan', '--no-live']);
    try {
      run.child.stdin.end('status code: 0x5200002e\n');
      assert.equal(await run.closed, 0, run.stderr);
      assert.match(run.stdout, /^1× 0x5200002e {2}STATUS_STORE_OUT_OF_MEMORY/m);
    } finally {
      run.kill();
    }
  });
});

describe('avcodes scan --follow', () => {
  test('follows a growing file through a rotation and a truncation', BOUND, async () => {
    const log = join(dir, 'producer.log');
    writeFileSync(log, 'start\nPutFrame failed with status code: 0x5200002e and some more text after it\n');
    const run = new Live(['scan', '--follow', log, '--format', 'ndjson']);
    try {
      await run.until(/"text":"0x5200002e"/);
      appendFileSync(log, 'Create stream failed, status code: 0x52000010\n');
      await run.until(/"text":"0x52000010"/);

      // Rotation: the file is renamed away and a new one takes its path.
      renameSync(log, `${log}.1`);
      writeFileSync(log, 'IoT failed, status code: 0x15000011\n');
      await run.until(/"text":"0x15000011"/);
      await run.until(/was replaced \(rotated\)/, 'stderr');

      // Truncation: the same file is emptied and written again, shorter than what was read.
      truncateSync(log, 0);
      appendFileSync(log, 'ret 0x5200002f\n');
      await run.until(/"text":"0x5200002f"/);
      await run.until(/was truncated/, 'stderr');
      assert.equal(run.child.exitCode, null, 'still following');

      run.child.kill('SIGINT');
      assert.equal(await run.closed, 0, run.stderr);
      const found = findings(run.stdout).map((f) => `${f.line} ${f.text}`);
      assert.deepEqual(found, ['2 0x5200002e', '3 0x52000010', '1 0x15000011', '1 0x5200002f'], 'line numbers restart with the new file and after the truncation');
      const last = JSON.parse(run.stdout.trimEnd().split('\n').at(-1)!) as { type: string; findings: number };
      assert.deepEqual([last.type, last.findings], ['summary', 4]);
    } finally {
      run.kill();
    }
  });

  test('--follow needs exactly one existing file', BOUND, async () => {
    for (const [args, says] of [
      [['scan', '--follow', '-'], /--follow takes exactly one log file/],
      [['scan', '--follow', join(dir, 'a'), join(dir, 'b')], /--follow takes exactly one log file/],
      [['scan', '--follow', join(dir, 'missing.log')], /missing\.log' does not exist/],
    ] as const) {
      const run = new Live([...args]);
      try {
        run.child.stdin.end();
        assert.equal(await run.closed, 2, `${args.join(' ')}: ${run.stderr}`);
        assert.match(run.stderr, says);
        assert.doesNotMatch(run.stderr, /\n\s+at /);
      } finally {
        run.kill();
      }
    }
  });
});
