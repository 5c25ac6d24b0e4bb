import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { BuildError, buildCatalog } from '../src/catalog/build.ts';
import type { Defect } from '../src/catalog/defects.ts';
import type { Erratum } from '../src/catalog/errata.ts';
import type { Manifest, ManifestDefinitions } from '../src/catalog/manifest.ts';
import { mergeDefinitions, type Definition, type Draft } from '../src/catalog/sdk-definitions.ts';
import type { Entry } from '../src/catalog/schema.ts';

const root = join(import.meta.dirname, '..');
const { catalog, defects } = buildCatalog({ root });
const named = (name: string): Entry => {
  const e = catalog.entries.find((x) => x.name === name);
  assert.ok(e, `no entry named ${name}`);
  return e;
};
const TABLES = ['sources/sdk-headers/aws-kvs-status-definitions.tsv', 'sources/sdk-headers/tencent-alibaba-definitions.tsv'];

describe('SDK definitions in the catalog', () => {
  it('accounts for every row of both definition tables as a source of some entry', () => {
    for (const file of TABLES) {
      const lines = readFileSync(join(root, file), 'utf8').split('\n');
      let rows = 0;
      for (let i = 1; i < lines.length; i++) {
        if (lines[i]!.trim() === '') continue;
        rows++;
        const name = lines[i]!.split('\t')[0]!;
        const holder = catalog.entries.find((e) => e.sources.some((s) => s.file === file && s.line === i + 1));
        assert.ok(holder, `${file}:${i + 1} (${name}) is in no entry`);
        assert.ok(holder.name === name || holder.aliases.includes(name), `${file}:${i + 1}: ${name} is neither the name nor an alias of ${holder.id}`);
      }
      assert.ok(rows > 300, `${file}: read only ${rows} rows`);
    }
  });

  it('has an erratum for every disagreement between a document and the SDK source', () => {
    const sdkDefects = defects.filter((d) => d.kind.startsWith('sdk-'));
    assert.ok(sdkDefects.length >= 50, `only ${sdkDefects.length} conflicts found`);
    for (const d of sdkDefects) assert.ok(d.erratum, `${d.file}:${d.line} has no erratum`);
  });

  it('fails the build on a conflict that has no erratum', () => {
    const dir = mkdtempSync(join(tmpdir(), 'avcodes-sdk-'));
    after(() => rmSync(dir, { recursive: true, force: true }));
    cpSync(join(root, 'sources'), join(dir, 'sources'), { recursive: true });
    cpSync(join(root, 'data'), join(dir, 'data'), { recursive: true });
    const errata = JSON.parse(readFileSync(join(dir, 'data/errata.json'), 'utf8'));
    errata.errata = errata.errata.filter((e: { id: string }) => e.id !== 'sdk-aliyun-player-unknown');
    writeFileSync(join(dir, 'data/errata.json'), JSON.stringify(errata));
    assert.throws(
      () => buildCatalog({ root: dir }),
      (err: unknown) => err instanceof BuildError && /tencent-alibaba-definitions\.tsv:190: sdk-name-conflict/.test(err.message),
    );
  });

  it('gives KVS heap codes the value the SDK emits and keeps the printed one findable (0x01000001 → 0x10000001)', () => {
    const e = named('STATUS_HEAP_FLAGS_ERROR');
    assert.equal(e.hex, '0x10000001');
    assert.deepEqual(e.misprints.map((m) => [m.literal, m.reason]), [['0x01000001', 'document-value']]);
    assert.ok(e.documented);
  });

  it("names a code by the SDK's spelling and keeps the documents' as aliases (NOT_FOND, UNKOWN, DOWNLOADER_)", () => {
    const fond = named('STATUS_SERVICE_CALL_DEVICE_NOT_FOND_ERROR');
    assert.equal(fond.hex, '0x52000015');
    assert.ok(fond.aliases.includes('STATUS_SERVICE_CALL_DEVICE_NOT_FOUND_ERROR'));
    assert.ok(named('STATUS_SERVICE_CALL_UNKOWN_ERROR').aliases.includes('STATUS_SERVICE_CALL_UNKNOWN_ERROR'));
    const dl = named('DOWNLOADER_ERROR_NOT_SELECT_ITEM');
    assert.equal(dl.hex, '0x30010000');
    assert.ok(dl.aliases.includes('DOWNLOAD_ERROR_NOT_SELECT_ITEM'));
    assert.ok(named('PLAY_EVT_VOD_PLAY_PREPARED').aliases.includes('PLAY_EVT_PREPARED'));
  });

  it("never lets an unattributed header copy override a document's value, but the vendor's header does (ARTP)", () => {
    // The unattributed copy alone kept the document's 0x20013004; the vendor's AVPErrorCode.h (evidence sdk-header)
    // settles the numbering, and the document's value stays findable as a document-value reading.
    const notFound = named('ERROR_ARTP_STREAM_NOT_FOUND');
    assert.equal(notFound.hex, '0x20013005');
    assert.deepEqual(notFound.misprints.map((m) => [m.literal, m.reason]), [['0x20013004', 'document-value']]);
    for (const id of ['sdk-aliyun-artp-renumbered', 'sdk-aliyun-artp-vendor-header']) assert.ok(notFound.errata.some((e) => e.id === id), id);
    const forbidden = named('ERROR_ARTP_STREAM_FORBIDDEN');
    assert.equal(forbidden.documented, false);
    assert.deepEqual(forbidden.sources.map((s) => s.evidence), ['unattributed-copy', 'sdk-header']);
  });

  it('adds codes only the SDK source defines as undocumented entries with no invented text (0x52000085)', () => {
    const e = catalog.entries.find((x) => x.value === String(0x52000085));
    assert.ok(e);
    assert.equal(e.documented, false);
    assert.equal(e.module, 'client');
    assert.deepEqual([e.summary, e.description, e.action], ['', '', '']);
    assert.deepEqual(e.sources.map((s) => s.sourceKind), ['sdk-definition']);
  });

  it('records platform synonyms from several SDK sources on one entry (-1308)', () => {
    const e = named('PUSH_ERR_SCREEN_CAPTURE_START_FAILED');
    assert.equal(e.value, '-1308');
    assert.ok(e.aliases.includes('PUSH_ERR_AUDIO_SYSTEM_NOT_WORK'));
    // The document, the older table (a vendor header and a decompiled SDK) and TXLiveSDKEventDef.h of the LVB event table.
    assert.deepEqual(e.sources.map((s) => s.evidence).sort(), ['decompiled-sdk', 'document', 'sdk-header', 'sdk-header']);
    assert.match(e.notes.join(' '), /PUSH_ERR_AUDIO_SYSTEM_NOT_WORK/);
  });
});

describe('the precedence between documents and SDK definitions', () => {
  const manifest = { formatVersion: 1, sdks: { s: { vendor: 'V', product: 'P' } }, sources: [], definitions: [] } as unknown as Manifest;
  const source = { id: 'defs', edition: 'sdk-headers' } as ManifestDefinitions;
  const draft = (name: string, value: number): Draft => ({
    entry: {
      id: `s/${name}`, vendor: 'V', sdk: 's', product: 'P', module: 'm', name, generatedName: false, nameOrigin: 'document', aliases: [],
      value: String(value), hex: '0x' + value.toString(16).padStart(8, '0'), misprints: [], documented: true, summary: 'text from the document',
      description: '', action: '', errata: [], history: [], notes: [],
      sources: [{ sourceId: 'doc', file: 'doc.md', line: 7, section: 'S', edition: '1', sourceKind: 'document', codeAsWritten: String(value), nameAsWritten: name, evidence: 'document' }],
    },
  });
  const def = (name: string, value: number, evidence: Definition['evidence'], line = 2): Definition => ({
    source, name, value: BigInt(value), valueText: String(value), evidence, definedIn: 'repo:h.h', sdk: 's', module: 'm',
    row: { file: 'defs.tsv', line, section: '', sectionIndex: 0, header: ['name', 'value'], cells: [name, String(value)], raw: '' },
  });
  const run = (drafts: Draft[], defs: Definition[]) => {
    const seen: Defect[] = [];
    const account = (d: Defect): Erratum => {
      seen.push(d);
      return { id: 'e', kind: d.kind, file: d.file, lines: [d.line], says: 's', catalog: 'c', why: 'w' };
    };
    return { out: mergeDefinitions(manifest, drafts, defs, account), seen };
  };

  it('takes the value from an SDK header and keeps the document value as a misprint', () => {
    const { out, seen } = run([draft('A', 0x0100_0001)], [def('A', 0x1000_0001, 'sdk-header')]);
    assert.equal(out[0]!.entry.value, String(0x1000_0001));
    assert.equal(out[0]!.entry.misprints[0]!.reason, 'document-value');
    assert.deepEqual(seen.map((d) => d.kind), ['sdk-value-conflict']);
  });

  it('keeps the document value against a decompiled SDK and adds its value as a second reading', () => {
    const { out, seen } = run([draft('A', 5)], [def('A', 6, 'decompiled-sdk')]);
    assert.equal(out[0]!.entry.value, '5');
    assert.deepEqual(out[0]!.entry.misprints.map((m) => [m.value, m.reason]), [['6', 'sdk-value']]);
    assert.deepEqual(seen.map((d) => d.kind), ['sdk-value-conflict']);
  });

  it("renames to an SDK header's name for the same value, keeping the document's name as alias and text as it was", () => {
    const { out, seen } = run([draft('DOC_NAME', 9)], [def('SDK_NAME', 9, 'sdk-header')]);
    const e = out[0]!.entry;
    assert.equal(e.name, 'SDK_NAME');
    assert.equal(e.id, 's/SDK_NAME');
    assert.deepEqual(e.aliases, ['DOC_NAME']);
    assert.equal(e.summary, 'text from the document');
    assert.deepEqual(seen.map((d) => d.kind), ['sdk-name-conflict']);
  });

  it("only adds an unattributed copy's name as an alias, never renames", () => {
    const { out } = run([draft('DOC_NAME', 9)], [def('COPY_NAME', 9, 'unattributed-copy')]);
    assert.equal(out[0]!.entry.name, 'DOC_NAME');
    assert.deepEqual(out[0]!.entry.aliases, ['COPY_NAME']);
  });

  it('joins an exact name match without any defect and adds an undocumented entry for an unknown name', () => {
    const { out, seen } = run([draft('A', 1)], [def('A', 1, 'sdk-header'), def('NEW', 2, 'sdk-header', 3)]);
    assert.deepEqual(seen, []);
    assert.equal(out.length, 2);
    assert.equal(out[0]!.entry.sources.at(-1)!.sourceKind, 'sdk-definition');
    assert.deepEqual([out[1]!.entry.name, out[1]!.entry.documented, out[1]!.entry.nameOrigin], ['NEW', false, 'sdk']);
  });
});
