import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { gunzipSync } from 'node:zlib';
import { loadCatalog } from '../src/catalog/load.js';
import { CSV_COLUMNS } from '../src/catalog/export-formats.js';
import { makeApp } from './server-helpers.js';

const { app } = makeApp();
const catalog = loadCatalog();

/** A small RFC 4180 reader, enough to check the export round-trips. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += ch;
  }
  return rows;
}

for (const [path, type] of [
  ['/api/v1/catalog.json', /^application\/json/],
  ['/api/v1/catalog.csv', /^text\/csv/],
] as const) {
  describe(`GET ${path}`, () => {
    it('carries a strong ETag and asks caches to revalidate', async () => {
      const res = await app.request(path);
      assert.equal(res.status, 200);
      assert.match(res.headers.get('content-type') ?? '', type);
      assert.match(res.headers.get('etag') ?? '', /^"[A-Za-z0-9_-]+"$/);
      assert.match(res.headers.get('cache-control') ?? '', /no-cache/);
    });

    it('answers 304 with no body to If-None-Match with the current ETag, weak or strong, alone or in a list', async () => {
      const etag = (await app.request(path)).headers.get('etag')!;
      for (const header of [etag, `W/${etag}`, `"other", ${etag}`, '*']) {
        const res = await app.request(path, { headers: { 'If-None-Match': header } });
        assert.equal(res.status, 304, header);
        assert.equal(await res.text(), '', `${header}: empty body`);
        assert.equal(res.headers.get('etag'), etag, `${header}: repeats the ETag`);
      }
    });

    it('answers 200 to a stale ETag', async () => {
      const res = await app.request(path, { headers: { 'If-None-Match': '"stale"' } });
      assert.equal(res.status, 200);
    });

    it('sends gzip when the client accepts it, with the same content and its own ETag', async () => {
      const plain = await app.request(path);
      const zipped = await app.request(path, { headers: { 'Accept-Encoding': 'gzip, br' } });
      assert.equal(zipped.headers.get('content-encoding'), 'gzip');
      assert.notEqual(zipped.headers.get('etag'), plain.headers.get('etag'));
      assert.equal(gunzipSync(Buffer.from(await zipped.arrayBuffer())).toString('utf8'), await plain.text());
      const refused = await app.request(path, { headers: { 'Accept-Encoding': 'gzip;q=0' } });
      assert.equal(refused.headers.get('content-encoding'), null, 'gzip;q=0 refuses gzip');
      const revalidated = await app.request(path, { headers: { 'Accept-Encoding': 'gzip', 'If-None-Match': zipped.headers.get('etag')! } });
      assert.equal(revalidated.status, 304);
    });

    it('answers HEAD with the headers and no body', async () => {
      const res = await app.request(path, { method: 'HEAD' });
      assert.equal(res.status, 200);
      assert.ok(res.headers.get('etag'));
      assert.equal(await res.text(), '');
    });

    it('answers 405 to POST', async () => {
      const res = await app.request(path, { method: 'POST', body: 'x' });
      assert.equal(res.status, 405);
      assert.match(res.headers.get('allow') ?? '', /GET/);
    });
  });
}

describe('the catalog exports', () => {
  it('JSON is { formatVersion, entries } with every entry, as `avcodes export` writes it', async () => {
    const body = (await (await app.request('/api/v1/catalog.json')).json()) as { formatVersion: number; entries: unknown[] };
    assert.deepEqual(Object.keys(body), ['formatVersion', 'entries']);
    assert.equal(body.formatVersion, catalog.formatVersion);
    assert.deepEqual(body.entries, catalog.entries);
  });

  it('CSV has a header row and one row per entry that reads back to the entry', async () => {
    const rows = parseCsv(await (await app.request('/api/v1/catalog.csv')).text());
    assert.deepEqual(rows[0], CSV_COLUMNS.map(([name]) => name));
    assert.equal(rows.length, catalog.entries.length + 1);
    const col = (name: string) => rows[0]!.indexOf(name);
    catalog.entries.forEach((e, i) => {
      const row = rows[i + 1]!;
      assert.equal(row.length, CSV_COLUMNS.length, `${e.id}: every column`);
      assert.equal(row[col('id')], e.id);
      assert.equal(row[col('value')], e.value, `${e.id}: value`);
      assert.equal(row[col('action')], e.action, `${e.id}: action with its commas, quotes and newlines`);
    });
  });
});
