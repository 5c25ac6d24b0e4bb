import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { AVCODES_BIN } from './process-helpers.js';

const MAIN = AVCODES_BIN;
const catalog = JSON.parse(readFileSync(new URL('../dist/catalog.json', import.meta.url), 'utf8')) as { formatVersion: number; entries: { id: string; sdk: string }[] };
const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };

function avcodes(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [MAIN, ...args], { env: { ...process.env, NO_COLOR: '1' }, maxBuffer: 64 << 20 }, (err, stdout, stderr) => {
      resolve({ code: err ? Number((err as { code?: unknown }).code) : 0, stdout, stderr });
    });
  });
}

/** Records of an RFC 4180 document (quoted fields may hold commas, quotes and line breaks). */
function csvRecords(text: string): string[][] {
  const records: string[][] = [];
  let field = '';
  let record: string[] = [];
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') record.push(field), (field = '');
    else if (ch === '\r' && text[i + 1] === '\n') {
      record.push(field), records.push(record), (record = []), (field = ''), i++;
    } else field += ch;
  }
  return records;
}

describe('avcodes search, list, show, export, stats', { concurrency: 4 }, () => {
  test('search finds the timeouts despite the typo, one aligned row each', async () => {
    const r = await avcodes(['search', 'timeot', '--limit', '5']);
    assert.equal(r.code, 0, r.stderr);
    const rows = r.stdout.trimEnd().split('\n');
    assert.equal(rows.at(-1), '5 hits');
    // TIMEUT: the IM SDK's own spelling (ERR_SVR_COMM_EXCHANGE_ACCOUNT_TIMEUT), a fair match for a typo.
    assert.ok(rows.slice(0, 5).every((row) => /TIMEOUT|TIMEUT|TIMED_OUT|Timeout|times? out/i.test(row)), r.stdout);
    const nameColumn = new Set(rows.slice(0, 5).map((row) => row.search(/ [A-Z_]{4,} /)));
    assert.equal(nameColumn.size, 1, 'the name column starts at the same place on every row');
  });

  test('search with no hit exits 1', async () => {
    assert.equal((await avcodes(['search', 'qqqqzzzz'])).code, 1);
  });

  test('list filters by SDK and module', async () => {
    const r = await avcodes(['list', '--sdk', 'kvs', '--module', 'heap']);
    assert.equal(r.code, 0);
    const rows = r.stdout.trimEnd().split('\n').slice(0, -1);
    assert.ok(rows.length >= 20, 'the 20 documented heap codes (v1 lines 174–193) at least');
    assert.ok(rows.every((row) => /^aws-kvs\s+heap\s+STATUS_/.test(row)), r.stdout);
  });

  test('list --json is an array of entries', async () => {
    const r = await avcodes(['list', '--vendor', 'alibaba', '--json']);
    const entries = JSON.parse(r.stdout) as { vendor: string }[];
    assert.ok(entries.length > 0 && entries.every((e) => e.vendor === 'Alibaba Cloud'));
  });

  test('show prints every field, the sources and related codes of other SDKs', async () => {
    const r = await avcodes(['show', 'tencent-lvb/PLAY_ERR_NET_DISCONNECT']);
    assert.equal(r.code, 0);
    assert.match(r.stdout, /^tencent-lvb\/PLAY_ERR_NET_DISCONNECT$/m);
    assert.match(r.stdout, /value\s+-2301 \(0xfffff703\)/);
    assert.match(r.stdout, /documented in sources\/tencent-lvb-push-play-events\.txt:86/);
    assert.match(r.stdout, /related codes of other SDKs/);
    const json = JSON.parse((await avcodes(['show', 'tencent-lvb/PLAY_ERR_NET_DISCONNECT', '--json'])).stdout) as { id: string; related: { sdk: string }[] };
    assert.equal(json.id, 'tencent-lvb/PLAY_ERR_NET_DISCONNECT');
    assert.ok(json.related.every((x) => x.sdk !== 'tencent-lvb'));
  });

  test('show of an unknown id exits 1 and suggests the ids of that name', async () => {
    const r = await avcodes(['show', 'tencent-lvb/STATUS_NULL_ARG']);
    assert.equal(r.code, 1);
    assert.match(r.stdout, /did you mean: aws-kvs\/STATUS_NULL_ARG/);
  });

  test('show takes a name or a code only one entry has, and lists the ids of one several have', async () => {
    for (const query of ['STATUS_STORE_OUT_OF_MEMORY', 'status_store_out_of_memory', '0x5200002e']) {
      const r = await avcodes(['show', query]);
      assert.equal(r.code, 0, `show ${query}: ${r.stdout}${r.stderr}`);
      assert.match(r.stdout, /^aws-kvs\/STATUS_STORE_OUT_OF_MEMORY$/m, query);
      assert.match(r.stdout, /value {10}0x5200002e \(1375731758\)/);
    }
    const many = await avcodes(['show', '1001']);
    assert.equal(many.code, 1);
    assert.match(many.stdout, /"1001" is not one entry but 4: .*tencent-lvb\/PUSH_EVT_CONNECT_SUCC/);
  });

  test('export --format json is { formatVersion, entries } with every entry', async () => {
    const json = JSON.parse((await avcodes(['export'])).stdout) as typeof catalog;
    assert.deepEqual(Object.keys(json), ['formatVersion', 'entries']);
    assert.equal(json.formatVersion, catalog.formatVersion);
    assert.deepEqual(json.entries.map((e) => e.id), catalog.entries.map((e) => e.id));
  });

  test('export --format ndjson has one entry per line', async () => {
    const lines = (await avcodes(['export', '--format', 'ndjson'])).stdout.trimEnd().split('\n');
    assert.deepEqual(lines.map((l) => (JSON.parse(l) as { id: string }).id), catalog.entries.map((e) => e.id));
  });

  test('export --format csv has a header and one record per entry', async () => {
    const records = csvRecords((await avcodes(['export', '--format', 'csv'])).stdout);
    const [header, ...rows] = records;
    assert.equal(header?.[0], 'id');
    assert.deepEqual(rows.map((r) => r[0]), catalog.entries.map((e) => e.id));
    assert.ok(rows.every((r) => r.length === header!.length), 'every record has every column');
  });

  test('stats counts entries by SDK, kind and documentation', async () => {
    const r = await avcodes(['stats', '--json']);
    const stats = JSON.parse(r.stdout) as { total: { entries: number }; sdks: { sdk: string; entries: number }[] };
    assert.equal(stats.total.entries, catalog.entries.length);
    for (const s of stats.sdks) assert.equal(s.entries, catalog.entries.filter((e) => e.sdk === s.sdk).length, s.sdk);
    const text = await avcodes(['stats']);
    assert.match(text.stdout, /^sdk\s+entries\s+documented\s+undocumented/m);
  });

  test('every command has --help with examples', async () => {
    for (const command of [[], ['lookup'], ['search'], ['list'], ['show'], ['export'], ['stats']]) {
      const r = await avcodes([...command, '--help']);
      assert.equal(r.code, 0, `avcodes ${command.join(' ')} --help`);
      assert.match(r.stdout, /Examples:\n {2}\$ avcodes/, `avcodes ${command.join(' ')} --help shows examples`);
    }
    const viaHelp = await avcodes(['help', 'search']);
    assert.match(viaHelp.stdout, /Usage: avcodes search/);
  });

  test('--version prints the package version', async () => {
    assert.equal((await avcodes(['--version'])).stdout.trim(), pkg.version);
  });
});
