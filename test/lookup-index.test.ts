// The lookup index `npm run build` writes (dist/lookup-index/), which a CLI lookup reads instead of
// the whole catalog, held against the index of the whole catalog (dist/catalog.json): the same
// entries for every key, the same answers for every kind of query, from the library and from the
// bin, and never read when it was made from another catalog.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { builtCatalogPath, loadCatalog } from '../src/catalog/load.js';
import { CatalogIndex, type EntryLookup } from '../src/lookup/catalog-index.js';
import { lookupResultToJson } from '../src/lookup/json.js';
import { LOOKUP_INDEX_FILES, openLookupIndex } from '../src/lookup/lookup-index.js';
import { findMatches, type LookupOptions } from '../src/lookup/matches.js';
import { AVCODES_BIN, type Run } from './process-helpers.js';

const catalogPath = builtCatalogPath();
const indexDir = join(dirname(catalogPath), 'lookup-index');
const catalog = loadCatalog();
const whole = new CatalogIndex(catalog);
const ids = (entries: readonly { id: string }[]) => entries.map((e) => e.id);

function built(): EntryLookup {
  const file = openLookupIndex(indexDir, catalogPath);
  assert.ok(file, `no lookup index made from ${catalogPath} in ${indexDir}: run npm run build`);
  return file;
}

describe('the lookup index', () => {
  test('finds, for every value, misprint, name and other name of the catalog, the entries the whole catalog finds, in the same order', () => {
    const file = built();
    let keys = 0;
    for (const e of catalog.entries) {
      const value = BigInt(e.value);
      assert.deepEqual(ids(file.byValue(value)), ids(whole.byValue(value)), `value ${e.value} (${e.id})`);
      for (const m of e.misprints) assert.deepEqual(ids(file.byMisprint(BigInt(m.value))), ids(whole.byMisprint(BigInt(m.value))), `misprint ${m.value} (${e.id})`);
      // Names as people type them: any case, markdown-escaped.
      for (const name of [e.name, ...e.aliases]) {
        for (const typed of [name, name.toLowerCase(), name.replace(/_/g, '\\_')]) {
          assert.deepEqual(ids(file.byName(typed)), ids(whole.byName(typed)), `name ${typed} (${e.id})`);
          assert.deepEqual(ids(file.byAlias(typed)), ids(whole.byAlias(typed)), `other name ${typed} (${e.id})`);
        }
      }
      keys++;
    }
    assert.equal(keys, catalog.entries.length);
  });

  test('finds nothing for what the catalog lacks', () => {
    const file = built();
    for (const value of [0x520000ffn, -1n, 2n ** 64n]) {
      assert.deepEqual(ids(file.byValue(value)), ids(whole.byValue(value)), `value ${value}`);
      assert.deepEqual(file.byMisprint(value), [], `misprint ${value}`);
    }
    for (const name of ['NO_SUCH_NAME_AT_ALL', '', 'STATUS_STORE_OUT_OF_MEMROY']) {
      assert.deepEqual(file.byName(name), [], `name ${JSON.stringify(name)}`);
      assert.deepEqual(file.byAlias(name), [], `other name ${JSON.stringify(name)}`);
    }
  });

  test('gives ranking and filters the catalog\'s SDK registry, facets and written notations', () => {
    const file = built();
    assert.deepEqual(file.registry.sdks, whole.registry.sdks);
    assert.deepEqual(file.facets, whole.facets);
    for (const sdk of whole.facets.sdks) assert.deepEqual([...file.notationsOf(sdk)].sort(), [...whole.notationsOf(sdk)].sort(), sdk);
  });

  test('hands out one object per entry, so an entry two readings reach is one match', () => {
    const file = built();
    const [first] = file.byValue(1375731758n);
    assert.ok(first);
    assert.equal(file.byName(first.name)[0], first);
    assert.equal(findMatches(file, '1001').matches.length, findMatches(whole, '1001').matches.length);
  });

  const queries: [query: string, options: LookupOptions][] = [
    ['0x5200002e', {}],
    ['1375731758', {}],
    ['5200002E', {}],
    ['-2301', {}],
    ['4294964995', {}],
    ['1001', {}],
    ['30000001', {}],
    ['0x150000010', {}],
    ['0x01000001', {}],
    ['STATUS\\_NULL\\_ARG', {}],
    ['status_null_arg', {}],
    ['ERROR_UNKNOWN', {}],
    ['1', { context: 'kvs' }],
    ['1', { context: 'tencent' }],
    ['1', { context: { vendor: 'Alibaba Cloud' } }],
    ['1001', { sdk: 'lvb' }],
    ['1001', { vendor: 'aws' }],
    ['-1', { kind: 'error', category: 'network' }],
  ];
  for (const [query, options] of queries) {
    test(`answers ${query}${Object.keys(options).length > 0 ? ` with ${JSON.stringify(options)}` : ''} as the whole catalog does`, () => {
      const file = built();
      assert.deepEqual(lookupResultToJson(findMatches(file, query, options)), lookupResultToJson(findMatches(whole, query, options)), query);
    });
  }

  test('rejects an unknown filter or context as the whole catalog does', () => {
    const file = built();
    for (const options of [{ sdk: 'nosuch' }, { vendor: 'nosuch' }, { context: 'nosuch' }, { kind: 'nosuch' }] as LookupOptions[]) {
      const message = (index: EntryLookup) => {
        try {
          findMatches(index, '1', options);
        } catch (err) {
          return (err as Error).message;
        }
        return 'no error';
      };
      assert.equal(message(file), message(whole), JSON.stringify(options));
      assert.notEqual(message(file), 'no error', JSON.stringify(options));
    }
  });

  test('is not read when the catalog beside it is not the one it was made from, or when it is missing', () => {
    const dir = mkdtempSync(join(tmpdir(), 'avcodes-lookup-index-'));
    try {
      cpSync(indexDir, join(dir, 'lookup-index'), { recursive: true });
      writeFileSync(join(dir, 'catalog.json'), JSON.stringify(catalog, null, 1));
      assert.equal(openLookupIndex(join(dir, 'lookup-index'), join(dir, 'catalog.json')), null, 'a catalog of another size');
      cpSync(catalogPath, join(dir, 'catalog.json'));
      assert.ok(openLookupIndex(join(dir, 'lookup-index'), join(dir, 'catalog.json')), 'the same catalog');
      rmSync(join(dir, 'lookup-index', LOOKUP_INDEX_FILES.keys));
      assert.equal(openLookupIndex(join(dir, 'lookup-index'), join(dir, 'catalog.json')), null, 'no keys file');
      assert.equal(openLookupIndex(join(dir, 'nothing-here'), join(dir, 'catalog.json')), null, 'no index');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

// The bin through the index beside a copy of dist/ without it (the whole catalog): same output, same
// exit code, for the notations, twins, misprints, names, context, filters, JSON and errors.
describe('avcodes <query>… with and without the lookup index', { concurrency: 4 }, () => {
  let copy = '';
  before(() => {
    built(); // the bin reads the index: else both sides would read the whole catalog
    copy = mkdtempSync(join(tmpdir(), 'avcodes-no-lookup-index-'));
    const dist = dirname(catalogPath);
    // The page and the static site are not needed for lookups.
    cpSync(dist, join(copy, 'dist'), { recursive: true, filter: (src) => !['lookup-index', 'web', 'site'].includes(relative(dist, src).split(/[\\/]/)[0]!) });
    cpSync(join(dist, '..', 'package.json'), join(copy, 'package.json'));
    symlinkSync(join(dist, '..', 'node_modules'), join(copy, 'node_modules'), 'dir');
  });
  after(() => rmSync(copy, { recursive: true, force: true }));

  const run = (bin: string, args: string[]) =>
    new Promise<Run>((resolve) => {
      execFile(process.execPath, [bin, ...args], { env: { ...process.env, NO_COLOR: '1' }, maxBuffer: 16 << 20 }, (err, stdout, stderr) => {
        resolve({ code: err ? Number((err as { code?: unknown }).code) : 0, stdout, stderr });
      });
    });

  const lines: string[][] = [
    ['0x5200002e'],
    ['30000001', '-2301', '4294964995'],
    ['0x150000010', 'STATUS\\_NULL\\_ARG', 'error_unknown'],
    ['1', '--context', 'kvs'],
    ['1001', '--sdk', 'lvb', '--json'],
    ['1001', '--vendor', 'aws'],
    ['1001', '-v'],
    ['0x520000ff', 'STATUS_STORE_OUT_OF_MEMROY'],
    ['hello world'],
  ];
  for (const args of lines) {
    test(`avcodes ${args.join(' ')}`, async () => {
      const withIndex = await run(AVCODES_BIN, args);
      const withoutIndex = await run(join(copy, relative(join(dirname(catalogPath), '..'), AVCODES_BIN)), args);
      assert.ok(withIndex.stdout.length + withIndex.stderr.length > 0, 'says something');
      assert.deepEqual(withIndex, withoutIndex, `avcodes ${args.join(' ')}`);
    });
  }
});
