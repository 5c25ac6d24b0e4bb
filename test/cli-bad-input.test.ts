import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { describe, test } from 'node:test';
import { AVCODES_BIN } from './process-helpers.js';

const MAIN = AVCODES_BIN;

function avcodes(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [MAIN, ...args], { env: { ...process.env, NO_COLOR: '1' } }, (err, stdout, stderr) => {
      resolve({ code: err ? Number((err as { code?: unknown }).code) : 0, stdout, stderr });
    });
  });
}

describe('bad input: one line on stderr, exit 2, never a stack trace', { concurrency: 4 }, () => {
  const cases: [what: string, args: string[], says: RegExp][] = [
    ['an empty query', [''], /the query is empty/],
    ['a blank query', ['   '], /the query is empty/],
    ['a 10 000-character query', ['7'.repeat(10_000)], /too long .*\(10000 characters\)/],
    ['control bytes', ['\u0001\u0002\u0003'], /control characters/],
    ['bytes that are not text (U+FFFD)', ['\ufffd\ufffd'], /control characters or bytes that are not text/],
    ['text that is no code or name', ['hello world'], /not a code or a name: "hello world"/],
    ['an unknown vendor', ['1001', '--vendor', 'nosuch'], /no such vendor "nosuch" \(known: AWS, Alibaba Cloud, Tencent Cloud\)/],
    ['an unknown SDK', ['1001', '--sdk', 'nosuch'], /no such sdk "nosuch"/],
    ['an unknown context', ['1', '--context', 'nosuch'], /no such context "nosuch"/],
    ['an unknown kind for list', ['list', '--kind', 'nosuch'], /no such kind "nosuch"/],
    ['an unknown option', ['1001', '--bogus'], /unknown option '--bogus'/],
    ['search without text', ['search'], /missing required argument 'text'/],
    ['an empty search', ['search', ''], /the search text is empty/],
    ['a bad search limit', ['search', 'timeout', '--limit', '0'], /--limit must be a whole number/],
    ['show without an id', ['show'], /missing required argument 'id'/],
    ['an unknown export format', ['export', '--format', 'xml'], /--format must be one of json, ndjson, csv, sql, not "xml"/],
  ];
  for (const [what, args, says] of cases) {
    test(`rejects ${what}`, async () => {
      const r = await avcodes(args);
      assert.equal(r.code, 2, `exit code for ${what}: ${r.stderr}`);
      assert.equal(r.stdout, '', 'nothing on stdout');
      const lines = r.stderr.trimEnd().split('\n');
      assert.equal(lines.length, 1, `one line: ${JSON.stringify(r.stderr)}`);
      assert.match(lines[0]!, /^avcodes: /);
      assert.match(lines[0]!, says);
      assert.ok(!/\n\s+at /.test(r.stderr), 'no stack trace');
    });
  }

  test('no arguments at all prints the usage on stderr and exits 2', async () => {
    const r = await avcodes([]);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /Usage: avcodes/);
    assert.equal(r.stdout, '');
  });

  test('a well-formed query without a match is not an error: exit 1, answer on stdout', async () => {
    const r = await avcodes(['0x7fff1234']);
    assert.equal(r.code, 1);
    assert.equal(r.stderr, '');
    assert.match(r.stdout, /0x7fff1234: no match/);
    const builtinWord = await avcodes(['toString']);
    assert.equal(builtinWord.code, 1, 'a word that is a JavaScript object key is still just a query');
    assert.match(builtinWord.stdout, /toString: no match/);
  });
});
