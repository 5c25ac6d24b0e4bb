import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, describe, test } from 'node:test';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { z } from 'zod';
import { buildCatalog } from '../src/catalog/build.js';
import { CatalogSchema, EntrySchema } from '../src/catalog/schema.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { catalog } = buildCatalog({ root });
const SCHEMA_PATH = 'schema/catalog.schema.json';

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
type Node = { [k: string]: Json };

// The JSON Schema 2020-12 keywords (core, applicator, validation, meta-data, format, content, unevaluated).
const KEYWORDS = new Set([
  '$schema', '$id', '$ref', '$defs', '$anchor', '$dynamicRef', '$dynamicAnchor', '$vocabulary', '$comment',
  'allOf', 'anyOf', 'oneOf', 'not', 'if', 'then', 'else', 'dependentSchemas', 'prefixItems', 'items', 'contains',
  'properties', 'patternProperties', 'additionalProperties', 'propertyNames', 'unevaluatedItems', 'unevaluatedProperties',
  'type', 'enum', 'const', 'multipleOf', 'maximum', 'exclusiveMaximum', 'minimum', 'exclusiveMinimum', 'maxLength', 'minLength',
  'pattern', 'maxItems', 'minItems', 'uniqueItems', 'maxContains', 'minContains', 'maxProperties', 'minProperties', 'required',
  'dependentRequired', 'title', 'description', 'default', 'deprecated', 'readOnly', 'writeOnly', 'examples', 'format',
  'contentEncoding', 'contentMediaType', 'contentSchema',
]);
const TYPES = new Set(['null', 'boolean', 'object', 'array', 'number', 'string', 'integer']);
const isObject = (v: Json | undefined): v is Node => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Problems with the shape of a schema node and its subschemas, each with its JSON pointer. */
function shapeProblems(node: Json, at = '#'): string[] {
  if (typeof node === 'boolean') return [];
  if (!isObject(node)) return [`${at}: a schema must be an object or a boolean`];
  const out: string[] = [];
  for (const key of Object.keys(node)) if (!KEYWORDS.has(key)) out.push(`${at}: unknown keyword "${key}"`);
  const types = node.type === undefined ? [] : Array.isArray(node.type) ? node.type : [node.type];
  for (const t of types) if (typeof t !== 'string' || !TYPES.has(t)) out.push(`${at}/type: "${String(t)}" is no JSON Schema type`);
  if (node.properties !== undefined && !isObject(node.properties)) out.push(`${at}/properties: not an object`);
  if (node.required !== undefined) {
    if (!Array.isArray(node.required) || node.required.some((r) => typeof r !== 'string')) out.push(`${at}/required: not an array of strings`);
    else for (const r of node.required) if (isObject(node.properties) && !(String(r) in node.properties)) out.push(`${at}/required: "${String(r)}" is not among the properties`);
  }
  if (node.enum !== undefined && (!Array.isArray(node.enum) || node.enum.length === 0)) out.push(`${at}/enum: not a non-empty array`);
  if (node.pattern !== undefined) {
    try {
      new RegExp(String(node.pattern), 'u');
    } catch {
      out.push(`${at}/pattern: does not compile`);
    }
  }
  for (const k of ['minItems', 'maxItems', 'minLength', 'maxLength']) {
    if (node[k] !== undefined && !(Number.isInteger(node[k]) && (node[k] as number) >= 0)) out.push(`${at}/${k}: not a non-negative integer`);
  }
  for (const k of ['minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum']) if (node[k] !== undefined && typeof node[k] !== 'number') out.push(`${at}/${k}: not a number`);
  if (isObject(node.properties)) for (const [name, sub] of Object.entries(node.properties)) out.push(...shapeProblems(sub, `${at}/properties/${name}`));
  for (const k of ['items', 'additionalProperties', 'not']) if (node[k] !== undefined) out.push(...shapeProblems(node[k]!, `${at}/${k}`));
  for (const k of ['anyOf', 'oneOf', 'allOf']) if (Array.isArray(node[k])) (node[k] as Json[]).forEach((s, i) => out.push(...shapeProblems(s, `${at}/${k}/${i}`)));
  return out;
}

/** A small validator for the keywords the published schema uses; enough to check the catalog against it. */
function validate(schema: Json, value: unknown, at = '$'): string[] {
  if (schema === true) return [];
  if (schema === false) return [`${at}: no value is allowed`];
  if (!isObject(schema)) return [`${at}: bad schema`];
  const out: string[] = [];
  const typeOf = (v: unknown) => (v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v);
  if (schema.type !== undefined) {
    const types = (Array.isArray(schema.type) ? schema.type : [schema.type]) as string[];
    const ok = types.some((t) => (t === 'integer' ? Number.isInteger(value) : t === typeOf(value)));
    if (!ok) return [`${at}: ${JSON.stringify(value)?.slice(0, 40)} is not ${types.join('|')}`];
  }
  if (schema.const !== undefined && value !== schema.const) out.push(`${at}: not ${JSON.stringify(schema.const)}`);
  if (Array.isArray(schema.enum) && !schema.enum.includes(value as Json)) out.push(`${at}: ${JSON.stringify(value)} is not one of ${JSON.stringify(schema.enum)}`);
  if (typeof value === 'string') {
    if (typeof schema.pattern === 'string' && !new RegExp(schema.pattern, 'u').test(value)) out.push(`${at}: "${value}" does not match ${schema.pattern}`);
    if (typeof schema.minLength === 'number' && [...value].length < schema.minLength) out.push(`${at}: shorter than ${schema.minLength}`);
    if (typeof schema.maxLength === 'number' && [...value].length > schema.maxLength) out.push(`${at}: longer than ${schema.maxLength}`);
  }
  if (typeof value === 'number') {
    if (typeof schema.minimum === 'number' && value < schema.minimum) out.push(`${at}: below ${schema.minimum}`);
    if (typeof schema.maximum === 'number' && value > schema.maximum) out.push(`${at}: above ${schema.maximum}`);
    if (typeof schema.exclusiveMinimum === 'number' && value <= schema.exclusiveMinimum) out.push(`${at}: not above ${schema.exclusiveMinimum}`);
    if (typeof schema.exclusiveMaximum === 'number' && value >= schema.exclusiveMaximum) out.push(`${at}: not below ${schema.exclusiveMaximum}`);
  }
  if (Array.isArray(value)) {
    if (typeof schema.minItems === 'number' && value.length < schema.minItems) out.push(`${at}: fewer than ${schema.minItems} items`);
    if (typeof schema.maxItems === 'number' && value.length > schema.maxItems) out.push(`${at}: more than ${schema.maxItems} items`);
    if (schema.items !== undefined) value.forEach((v, i) => out.push(...validate(schema.items!, v, `${at}[${i}]`)));
  }
  if (typeOf(value) === 'object') {
    const obj = value as Record<string, unknown>;
    const props = isObject(schema.properties) ? schema.properties : {};
    if (Array.isArray(schema.required)) for (const r of schema.required as string[]) if (!(r in obj)) out.push(`${at}: missing "${r}"`);
    for (const [k, v] of Object.entries(obj)) {
      if (k in props) out.push(...validate(props[k]!, v, `${at}.${k}`));
      else if (schema.additionalProperties !== undefined) out.push(...validate(schema.additionalProperties, v, `${at}.${k}`));
    }
  }
  if (Array.isArray(schema.anyOf) && !schema.anyOf.some((s) => validate(s, value, at).length === 0)) out.push(`${at}: matches none of anyOf`);
  if (Array.isArray(schema.oneOf) && schema.oneOf.filter((s) => validate(s, value, at).length === 0).length !== 1) out.push(`${at}: does not match exactly one of oneOf`);
  if (Array.isArray(schema.allOf)) for (const s of schema.allOf) out.push(...validate(s, value, at));
  return out;
}

describe('catalog schema', () => {
  const published: Json = JSON.parse(readFileSync(join(root, SCHEMA_PATH), 'utf8'));

  test('the built catalog validates against CatalogSchema', () => {
    const parsed = CatalogSchema.safeParse(JSON.parse(JSON.stringify(catalog)));
    assert.ok(parsed.success, parsed.success ? '' : z.prettifyError(parsed.error));
  });

  test('every entry carries its fields in the schema order, so the JSON diffs stably', () => {
    const order = Object.keys(EntrySchema.shape);
    for (const e of catalog.entries) assert.deepEqual(Object.keys(e).filter((k) => order.includes(k)), order.filter((k) => k in e), e.id);
  });

  test(`${SCHEMA_PATH} is a 2020-12 JSON Schema using only known keywords, with consistent required lists and compiling patterns`, () => {
    assert.ok(isObject(published));
    assert.equal(published.$schema, 'https://json-schema.org/draft/2020-12/schema');
    assert.equal(published.type, 'object');
    assert.deepEqual(shapeProblems(published), []);
    assert.deepEqual([...(published.required as string[])].sort(), ['entries', 'formatVersion', 'sources']);
    const entry = ((published.properties as Node).entries as Node).items as Node;
    assert.deepEqual(Object.keys(entry.properties as Node).sort(), Object.keys(EntrySchema.shape).sort(), 'the published entry has every field of EntrySchema');
  });

  test(`${SCHEMA_PATH} is what src/catalog/schema.ts generates (run npm run build when it is not)`, () => {
    assert.equal(readFileSync(join(root, SCHEMA_PATH), 'utf8'), JSON.stringify(z.toJSONSchema(CatalogSchema), null, 2) + '\n');
  });

  test('the built catalog validates against the published JSON Schema', () => {
    assert.deepEqual(validate(published, JSON.parse(JSON.stringify(catalog))).slice(0, 10), []);
  });

  test('the published JSON Schema rejects a catalog with a numeric value, a bad hex, a missing field and an extra one', () => {
    const bad = JSON.parse(JSON.stringify(catalog));
    bad.entries[0].value = 1;
    bad.entries[1].hex = '0x1';
    delete bad.entries[2].sources;
    bad.entries[3].surprise = true;
    const problems = validate(published, bad);
    assert.ok(problems.some((p) => p.startsWith('$.entries[0].value')), problems.join('\n'));
    assert.ok(problems.some((p) => p.startsWith('$.entries[1].hex')), problems.join('\n'));
    assert.ok(problems.some((p) => p === '$.entries[2]: missing "sources"'), problems.join('\n'));
    assert.ok(problems.some((p) => p.startsWith('$.entries[3].surprise')), problems.join('\n'));
  });
});

describe('deterministic build', () => {
  const dirs: string[] = [];
  after(() => {
    for (const d of dirs) rmSync(d, { recursive: true, force: true });
  });

  test('two builds give byte-identical JSON', () => {
    assert.equal(JSON.stringify(buildCatalog({ root }).catalog), JSON.stringify(catalog));
  });

  test('a build from a copy of the sources elsewhere gives the same JSON, with no absolute path in it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'avcodes-determinism-'));
    dirs.push(dir);
    cpSync(join(root, 'sources'), join(dir, 'sources'), { recursive: true });
    cpSync(join(root, 'data'), join(dir, 'data'), { recursive: true });
    const text = JSON.stringify(buildCatalog({ root: dir }).catalog);
    assert.equal(text, JSON.stringify(catalog));
    assert.ok(!text.includes(root) && !text.includes(dir));
  });

  test('the build gives the same JSON whatever the locale (LANG=lt_LT sorts Y between I and J)', async () => {
    // Two entries of one SDK and value whose names differ at U/Y: an order only a locale-aware compare changes.
    const dir = mkdtempSync(join(tmpdir(), 'avcodes-locale-'));
    dirs.push(dir);
    cpSync(join(root, 'sources'), join(dir, 'sources'), { recursive: true });
    cpSync(join(root, 'data'), join(dir, 'data'), { recursive: true });
    const manifestPath = join(dir, 'sources/manifest.json');
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
    if (Array.isArray(manifest.definitions)) manifest.definitions = [];
    writeFileSync(manifestPath, JSON.stringify(manifest));
    const errataPath = join(dir, 'data/errata.json');
    const errata = JSON.parse(readFileSync(errataPath, 'utf8'));
    errata.errata = errata.errata.filter((e: { file: string }) => !e.file.startsWith('sources/sdk-headers/'));
    writeFileSync(errataPath, JSON.stringify(errata));
    const lvb = join(dir, 'sources/tencent-lvb-push-play-events.txt');
    const text = readFileSync(lvb, 'utf8');
    assert.ok(text.includes('\n3001 PLAY_WARNING_DNS_FAIL '));
    writeFileSync(lvb, text.replace('\n3001 PLAY_WARNING_DNS_FAIL ', '\n3001 PYAY_WARNING_DNS_FAIL '));
    const build = pathToFileURL(join(root, 'src/catalog/build.ts')).href;
    const script = `import { buildCatalog } from ${JSON.stringify(build)}; process.stdout.write(JSON.stringify(buildCatalog({ root: ${JSON.stringify(dir)} }).catalog));`;
    const run = (locale: string) =>
      promisify(execFile)(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { cwd: root, env: { ...process.env, LANG: locale, LC_ALL: locale }, maxBuffer: 64 * 1024 * 1024 });
    const [en, lt] = await Promise.all([run('en_US.UTF-8'), run('lt_LT.UTF-8')]);
    const names = (json: string) => (JSON.parse(json) as typeof catalog).entries.filter((e) => e.sdk === 'tencent-lvb' && e.value === '3001').map((e) => e.name);
    assert.deepEqual(names(lt.stdout), names(en.stdout));
    assert.equal(lt.stdout, en.stdout);
  });

  test('entries are sorted by SDK, then numeric value, then name', () => {
    const cmp = (a: (typeof catalog.entries)[number], b: (typeof catalog.entries)[number]) => {
      const va = BigInt(a.value);
      const vb = BigInt(b.value);
      return a.sdk < b.sdk ? -1 : a.sdk > b.sdk ? 1 : va < vb ? -1 : va > vb ? 1 : a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
    };
    for (let i = 1; i < catalog.entries.length; i++) {
      const [a, b] = [catalog.entries[i - 1]!, catalog.entries[i]!];
      assert.ok(cmp(a, b) < 0, `${a.id} (${a.value}) before ${b.id} (${b.value})`);
    }
  });
});
