// The SDK registry (sources/manifest.json `sdks`, carried in the catalog): one resolver of SDK
// names for every command and route, and an SDK family added as data only — its document and its
// manifest entry — is taken by the CLI, the API and the constants generator with no code change.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
// The server first: @hono/zod-openapi must extend zod before the catalog's schemas are made.
import { createApp } from '../src/server/app.js';
import { libraryDeps } from '../src/server/library-deps.js';
import { defaultSourcesRoot } from '../src/server/paths.js';
import { buildCatalog } from '../src/catalog/build.js';
import { loadCatalog } from '../src/catalog/load.js';
import { loadManifest } from '../src/catalog/manifest.js';
import { SdkRegistry } from '../src/catalog/registry.js';
import type { Catalog } from '../src/catalog/schema.js';
import { renderConstants } from '../src/constants/generate.js';
import { list, lookup, search } from '../src/index.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const catalog = loadCatalog();
const registry = SdkRegistry.of(catalog);
const log = readFileSync(new URL('./fixtures/logs/tencent-play.log', import.meta.url));

function run(main: string, args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [main, ...args], { env: { ...process.env, NO_COLOR: '1' }, maxBuffer: 64 << 20 }, (err, stdout, stderr) => {
      resolve({ code: err ? Number((err as { code?: unknown }).code) : 0, stdout, stderr });
    });
  });
}

function appOver(c: Catalog) {
  return createApp(libraryDeps(c), { sourcesRoot: defaultSourcesRoot(), webRoot: null, log: () => undefined });
}

/** Every name the registry answers to, with the SDK it must resolve to. */
const names = registry.sdks.flatMap((s) => [s.id, ...s.aliases].map((name) => ({ name, id: s.id })));

describe('the SDK registry', () => {
  test('holds exactly the SDKs the catalog has entries for, each with a name, aliases, constants name and usual notation', () => {
    assert.deepEqual(registry.ids, [...new Set(catalog.entries.map((e) => e.sdk))].sort());
    const manifest = loadManifest(root);
    for (const sdk of registry.sdks) {
      assert.ok(sdk.id in manifest.sdks, `${sdk.id} comes from sources/manifest.json`);
      assert.ok(sdk.name.length > 0 && sdk.constantsName.length > 0 && sdk.notations.length > 0, sdk.id);
    }
    assert.ok(registry.ids.includes('tencent-liteav'), 'an SDK known only from SDK definitions is in the registry');
  });

  test('gives the usual notation: Tencent decimal, Alibaba hex without 0x then decimal, KVS 0x hex', () => {
    assert.deepEqual(registry.get('aws-kvs')?.notations, ['hex']);
    assert.deepEqual(registry.get('aliyun-player')?.notations, ['hex-no-prefix', 'decimal']);
    for (const id of ['tencent-lvb', 'tencent-ilvb', 'tencent-liteav']) assert.deepEqual(registry.get(id)?.notations, ['decimal'], id);
  });

  test('resolves ids and aliases in any case, parts of ids when unambiguous, and nothing else', () => {
    const cases: [string, string[]][] = [
      ['aws-kvs', ['aws-kvs']],
      ['KVS', ['aws-kvs']],
      ['alibaba', ['aliyun-player']],
      [' Aliyun ', ['aliyun-player']],
      ['player', ['aliyun-player']],
      ['trtc', ['tencent-liteav']],
      ['tencent_lvb', ['tencent-lvb']],
      ['tencent', ['tencent-ilvb', 'tencent-im', 'tencent-liteav', 'tencent-lvb', 'tencent-v2txlive']],
      ['webrtc', ['aws-kvs-webrtc']],
      ['nosuch', []],
      ['', []],
    ];
    for (const [given, expected] of cases) assert.deepEqual(registry.resolve(given), expected, JSON.stringify(given));
  });

  test('of a catalog made without a registry (older or hand-made) is derived from its entries', () => {
    const entries = catalog.entries.filter((e) => e.sdk === 'aliyun-player' || e.sdk === 'tencent-lvb');
    const derived = SdkRegistry.of({ formatVersion: 1, sources: [], entries });
    assert.deepEqual(derived.ids, ['aliyun-player', 'tencent-lvb']);
    assert.deepEqual(derived.get('tencent-lvb')?.notations, ['decimal']);
    assert.ok(derived.get('aliyun-player')?.notations.includes('hex-no-prefix'));
    assert.equal(derived.get('aliyun-player')?.constantsName, 'AliyunPlayerCode');
    assert.deepEqual(derived.resolve('player'), ['aliyun-player']);
    assert.deepEqual(derived.resolve('alibaba'), [], 'no aliases without the registry');
  });

  test('avcodes list --sdk alibaba lists the ApsaraVideo Player codes', async () => {
    const r = await run(join(root, 'dist/cli/main.js'), ['list', '--sdk', 'alibaba', '--json']);
    assert.equal(r.code, 0, r.stderr);
    const entries = JSON.parse(r.stdout) as { sdk: string }[];
    assert.ok(entries.length > 100);
    assert.ok(entries.every((e) => e.sdk === 'aliyun-player'));
  });

  test('every id and alias works in the library filters (list, lookup, search, context)', () => {
    for (const { name, id } of names) {
      const listed = list({ sdk: name });
      assert.ok(listed.length > 0 && listed.every((e) => e.sdk === id), `list --sdk ${name}`);
      const first = listed[0]!;
      const found = lookup(first.hex, { sdk: name }).matches;
      assert.ok(found.length > 0 && found.every((m) => m.entry.sdk === id), `lookup --sdk ${name}`);
      assert.ok(search('error', { sdk: name }).every((h) => h.entry.sdk === id), `search --sdk ${name}`);
      assert.equal(lookup(first.hex, { context: name }).matches[0]?.entry.sdk, id, `lookup --context ${name} ranks ${id} first`);
    }
  });

  test('every id and alias works in avcodes list --sdk, avcodes <code> --sdk and avcodes scan --sdk', async () => {
    const main = join(root, 'dist/cli/main.js');
    const fixture = fileURLToPath(new URL('./fixtures/logs/tencent-play.log', import.meta.url));
    await Promise.all(
      names.map(async ({ name, id }) => {
        const listed = await run(main, ['list', '--sdk', name, '--json']);
        assert.equal(listed.code, 0, `list --sdk ${name}: ${listed.stderr}`);
        assert.ok((JSON.parse(listed.stdout) as { sdk: string }[]).every((e) => e.sdk === id), `list --sdk ${name} lists ${id} only`);
        const code = list({ sdk: id })[0]!.hex;
        const looked = await run(main, [code, '--sdk', name, '--json']);
        assert.equal(looked.code, 0, `avcodes ${code} --sdk ${name}: ${looked.stderr}`);
        const matches = (JSON.parse(looked.stdout) as { matches: { sdk: string }[] }).matches;
        assert.ok(matches.length > 0 && matches.every((m) => m.sdk === id), `avcodes ${code} --sdk ${name} matches ${id} only`);
        const scanned = await run(main, ['scan', '--sdk', name, '--format', 'summary', fixture]);
        assert.ok(scanned.code === 0 || scanned.code === 1, `scan --sdk ${name} exits 0 or 1, not ${scanned.code}: ${scanned.stderr}`);
        assert.equal(scanned.stderr, '', `scan --sdk ${name}`);
      }),
    );
    const bad = await run(main, ['scan', '--sdk', 'nosuch', fixture]);
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /--sdk 'nosuch' names no SDK .*alibaba/);
  });

  test('every id and alias works in the API: /api/v1/codes, /api/v1/lookup and /api/v1/scan take it, /api/v1/sdks lists it', async () => {
    const app = appOver(catalog);
    const sdks = (await (await app.request('/api/v1/sdks')).json()) as { sdks: { id: string; aliases: string[] }[] };
    assert.deepEqual(sdks.sdks.map((s) => s.id), registry.ids);
    for (const { name, id } of names) {
      const q = encodeURIComponent(name);
      const codes = (await (await app.request(`/api/v1/codes?sdk=${q}`)).json()) as { entries: { sdk: string }[] };
      assert.ok(codes.entries.length > 0 && codes.entries.every((e) => e.sdk === id), `/api/v1/codes?sdk=${name}`);
      const res = await app.request(`/api/v1/lookup?q=1&sdk=${q}`);
      assert.equal(res.status, 200, `/api/v1/lookup?sdk=${name}`);
      const scan = await app.request(`/api/v1/scan?sdk=${q}`, { method: 'POST', body: log, headers: { 'Content-Type': 'text/plain' } });
      assert.equal(scan.status, 200, `/api/v1/scan?sdk=${name}`);
    }
    const bad = await app.request('/api/v1/codes?sdk=nosuch');
    assert.equal(bad.status, 400);
  });
});

describe('an SDK family added as data', () => {
  // A copy of the package: sources/ with one more document and manifest entry, data/, the built
  // dist/ with the catalog rebuilt from that copy, and the real node_modules.
  let dir = '';
  let fake: Catalog;

  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'avcodes-fake-sdk-'));
    for (const sub of ['sources', 'data', 'dist']) cpSync(join(root, sub), join(dir, sub), { recursive: true });
    cpSync(join(root, 'package.json'), join(dir, 'package.json'));
    symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
    cpSync(fileURLToPath(new URL('./fixtures/sources/acme-cam-errors.md', import.meta.url)), join(dir, 'sources', 'acme-cam-errors.md'));
    const manifestPath = join(dir, 'sources', 'manifest.json');
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { sdks: Record<string, unknown>; sources: unknown[] };
    manifest.sdks['acme-cam'] = { vendor: 'Acme', product: 'Acme Camera SDK', name: 'Acme Camera', aliases: ['acme', 'acmecam'], constantsName: 'AcmeCamError', notations: ['hex'] };
    manifest.sources.push({
      id: 'acme-cam', file: 'sources/acme-cam-errors.md', kind: 'document', vendor: 'Acme', sdk: 'acme-cam', product: 'Acme Camera SDK',
      title: 'Acme Camera SDK error codes', edition: 'v1', editionRank: 1, format: 'markdown table', importer: 'markdown-table', codeNotation: 'hex',
      columns: { Code: 'code', Message: 'name', Notes: 'summary' }, sections: [{ match: 'Camera Library', module: 'camera' }],
    });
    writeFileSync(manifestPath, JSON.stringify(manifest, null, 2));
    fake = buildCatalog({ root: dir }).catalog;
    writeFileSync(join(dir, 'dist', 'catalog.json'), JSON.stringify(fake));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  test('the build puts it in the catalog and its registry', () => {
    assert.deepEqual(fake.entries.filter((e) => e.sdk === 'acme-cam').map((e) => e.name), ['ACME_ERR_LENS_CAP_ON', 'ACME_ERR_SENSOR_OVERHEATED']);
    assert.deepEqual(SdkRegistry.of(fake).resolve('acme'), ['acme-cam']);
  });

  test('avcodes list --sdk and scan --sdk take its id and aliases', async () => {
    const main = join(dir, 'dist', 'cli', 'main.js');
    for (const name of ['acme-cam', 'acme', 'AcmeCam']) {
      const listed = await run(main, ['list', '--sdk', name, '--json']);
      assert.equal(listed.code, 0, `list --sdk ${name}: ${listed.stderr}`);
      assert.deepEqual((JSON.parse(listed.stdout) as { id: string }[]).map((e) => e.id), ['acme-cam/ACME_ERR_LENS_CAP_ON', 'acme-cam/ACME_ERR_SENSOR_OVERHEATED'], `list --sdk ${name}`);
    }
    const logFile = join(dir, 'camera.log');
    writeFileSync(logFile, '10:00:01 camera start failed, status code: 0x7a000002\n');
    const scanned = await run(main, ['scan', '--sdk', 'acme', '--format', 'ndjson', logFile]);
    assert.equal(scanned.code, 0, scanned.stderr);
    const finding = JSON.parse(scanned.stdout.split('\n')[0]!) as { entry: { id: string }; context: { sdkFrom: string | null } };
    assert.equal(finding.entry.id, 'acme-cam/ACME_ERR_SENSOR_OVERHEATED');
    assert.equal(finding.context.sdkFrom, 'forced');
  });

  test('the API filters take it and /api/v1/sdks lists it', async () => {
    const app = appOver(fake);
    const codes = (await (await app.request('/api/v1/codes?sdk=acmecam')).json()) as { count: number };
    assert.equal(codes.count, 2);
    const lookedUp = (await (await app.request('/api/v1/lookup?q=0x7a000001&sdk=acme')).json()) as { matches: { id: string }[] };
    assert.deepEqual(lookedUp.matches.map((m) => m.id), ['acme-cam/ACME_ERR_LENS_CAP_ON']);
    const scan = await app.request('/api/v1/scan?sdk=acme', { method: 'POST', body: 'status code: 0x7a000001\n', headers: { 'Content-Type': 'text/plain' } });
    assert.equal(scan.status, 200);
    const sdks = (await (await app.request('/api/v1/sdks')).json()) as { sdks: { id: string; name: string }[] };
    assert.deepEqual(sdks.sdks.find((s) => s.id === 'acme-cam')?.name, 'Acme Camera');
  });

  test('the constants generator names its module after the registry', () => {
    const module = renderConstants(fake).modules.find((m) => m.sdk === 'acme-cam');
    assert.equal(module?.exportName, 'AcmeCamError');
    assert.match(module!.ts, /ACME_ERR_LENS_CAP_ON: 0x7a000001/);
  });

  test('an alias another SDK already has fails the manifest, naming where', () => {
    const manifestPath = join(dir, 'sources', 'manifest.json');
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { sdks: Record<string, { aliases: string[] }> };
    manifest.sdks['acme-cam']!.aliases.push('kvs');
    writeFileSync(manifestPath, JSON.stringify(manifest, null, 2));
    assert.throws(() => buildCatalog({ root: dir }), /sdks\.acme-cam\.aliases\[2\]|alias "kvs" already names aws-kvs/);
  });
});
