// One error model: every error the library, the scanner, the build, the importers and the rules
// raise is an AvcodesError with a snake_case code; the CLI turns each into one line on stderr
// and exit 2; and the scanner does not swallow the lookup library's structure notes.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { after, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { buildCatalog } from '../src/catalog/build.js';
import { loadCatalog } from '../src/catalog/load.js';
import { importMarkdownTables } from '../src/importers/markdown-table.js';
import { AvcodesError, checkQuery, explain, list, lookup, RuleError, scanFile, scanLog, ScanInputError, scanText, search } from '../src/index.js';
import { CatalogIndex } from '../src/lookup/catalog-index.js';
import { Diagnoser } from '../src/scan/diagnose.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const MAIN = join(root, 'dist/cli/main.js');
const SNAKE = /^[a-z]+(_[a-z]+)*$/;
const temp = mkdtempSync(join(tmpdir(), 'avcodes-errors-'));
after(() => rmSync(temp, { recursive: true, force: true }));

/** The error `run` raises (sync or async), or fails when it raises none. */
async function raised(run: () => unknown): Promise<unknown> {
  try {
    await run();
  } catch (err) {
    return err;
  }
  assert.fail('no error was raised');
}

/** A copy of the package's sources/ and data/ with one file replaced. */
function rootWith(file: string, text: string): string {
  const dir = mkdtempSync(join(temp, 'root-'));
  for (const sub of ['sources', 'data']) cpSync(join(root, sub), join(dir, sub), { recursive: true });
  writeFileSync(join(dir, file), text);
  return dir;
}

describe('every error raised is an AvcodesError with a snake_case code', () => {
  const cases: [string, () => unknown, string][] = [
    ['lookup of a number that is not a whole number', () => lookup(1.5), 'invalid_query'],
    ['lookup of an object, neither text nor a number', () => lookup({} as unknown as string), 'invalid_query'],
    ['checkQuery of an empty query', () => checkQuery(''), 'invalid_query'],
    ['list of an unknown SDK', () => list({ sdk: 'nosuch' }), 'unknown_filter'],
    ['search of an unknown kind', () => search('timeout', { kind: 'nosuch' }), 'unknown_filter'],
    ['lookup with an unknown context', () => lookup('1', { context: 'nosuch' }), 'unknown_filter'],
    ['scanText with an unknown --sdk', () => scanText('x', { sdk: 'nosuch' }), 'bad_option'],
    ['scanText with a confidence over 1', () => scanText('x', { minConfidence: 2 }), 'bad_option'],
    ['scanText with a zero chunk size', () => scanText('x', { chunkSize: 0 }), 'bad_option'],
    ['scanFile of a missing file', () => scanFile(join(temp, 'no-such.log')), 'input_not_found'],
    ['scanFile of a directory', () => scanFile(temp), 'input_is_directory'],
    ['scanLog of broken gzip', () => scanLog(Readable.from([Buffer.from([0x1f, 0x8b, 8, 0, 1, 2, 3, 4, 5, 6])])), 'input_bad_gzip'],
    ['a diagnosis rule naming a code the catalog lacks', () => new Diagnoser(new CatalogIndex(loadCatalog()), { formatVersion: 1, rules: [{ id: 'bad', title: 't', explanation: 'e', advice: [], why: 'w', kind: 'any', codes: ['aws-kvs/STATUS_NO_SUCH_CODE'] }] }), 'rule_unresolved'],
    ['loading a catalog that is not there', () => loadCatalog(join(temp, 'no-catalog.json')), 'catalog_missing'],
    ['an importer given an empty document', () => importMarkdownTables('sources/empty.md', new Uint8Array()), 'import_failed'],
    ['a build from a manifest that breaks its schema', () => buildCatalog({ root: rootWith('sources/manifest.json', '{"formatVersion": 1, "sources": []}') }), 'invalid_data'],
    ['a build from errata that break their schema', () => buildCatalog({ root: rootWith('data/errata.json', '{"errata": 3}') }), 'invalid_data'],
    ['a build whose source has a defect no erratum covers', () => buildCatalog({ root: rootWith('data/errata.json', '{"formatVersion": 1, "errata": []}') }), 'build_failed'],
  ];
  for (const [what, run, code] of cases) {
    test(`${what}: ${code}`, async () => {
      const err = await raised(run);
      assert.ok(err instanceof AvcodesError, `${what}: ${String(err)} is an AvcodesError`);
      assert.equal(err.code, code, what);
      assert.match(err.code, SNAKE);
      assert.ok(err.message.length > 0 && !err.message.includes('\n    at '), `${what}: a message, no stack`);
    });
  }

  test('the scanner and rule errors are their own classes too', async () => {
    assert.ok((await raised(() => scanText('x', { sdk: 'nosuch' }))) instanceof ScanInputError);
    assert.ok((await raised(cases.find(([, , code]) => code === 'rule_unresolved')![1])) instanceof RuleError);
  });
});

describe('the CLI exit paths: one line on stderr, exit 2, never a stack trace', { concurrency: 4 }, () => {
  const run = (args: string[]) =>
    new Promise<{ code: number; stderr: string }>((resolve) =>
      execFile(process.execPath, [MAIN, ...args], { env: { ...process.env, NO_COLOR: '1' } }, (err, _out, stderr) => resolve({ code: err ? Number((err as { code?: unknown }).code) : 0, stderr })),
    );
  const cases: [string, string[]][] = [
    ['an empty query', ['']],
    ['text that is no code or name', ['hello world']],
    ['an unknown --sdk for list', ['list', '--sdk', 'nosuch']],
    ['an ambiguous --sdk for lookup', ['1', '--sdk', 'tencent']],
    ['an unknown --context', ['1', '--context', 'nosuch']],
    ['an unknown option', ['--nosuch']],
    ['an unknown export format', ['export', '--format', 'xml']],
    ['an empty search', ['search', '']],
    ['scan of a missing file', ['scan', join(temp, 'no-such.log')]],
    ['scan with an unknown --sdk', ['scan', '--sdk', 'nosuch', join(root, 'test/fixtures/logs/kvs-producer.log')]],
    ['scan with a confidence over 1', ['scan', '--min-confidence', '2', join(root, 'test/fixtures/logs/kvs-producer.log')]],
    ['serve with a bad port', ['serve', '--port', 'x']],
  ];
  for (const [what, args] of cases) {
    test(`${what} (avcodes ${args.join(' ')})`, async () => {
      const r = await run(args);
      assert.equal(r.code, 2, `${what}: exit code; stderr ${r.stderr}`);
      assert.match(r.stderr, /^avcodes[ :]/, what);
      assert.doesNotMatch(r.stderr, /\n\s+at |internal error/, `${what}: no stack trace`);
    });
  }
});

describe('nothing swallowed', () => {
  test("an unknown code-shaped value gets the lookup library's structure note, not a fallback", () => {
    const finding = scanText('PutFrame failed with status code: 0x520000ff', { minConfidence: 0 }).findings[0];
    assert.equal(finding?.entry, null);
    assert.equal(finding?.structure, explain(0x520000ffn).map((n) => n.text).join('; '));
  });
});
