// The scanner's hand-made knowledge in data/ (context words, diagnosis rules) is validated at
// build time against zod schemas and the catalog; the build names the file and JSON path of a
// bad entry, and the schemas are published in schema/ like the catalog's.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { loadCatalog } from '../src/catalog/load.js';
import { checkScanKnowledge } from '../src/scan/knowledge-check.js';
import { ContextWordsSchema, RulesFileSchema } from '../src/scan/knowledge-schema.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const catalog = loadCatalog();
const readJson = (dir: string, file: string) => JSON.parse(readFileSync(join(dir, file), 'utf8')) as Record<string, unknown>;

describe('scan knowledge as checked data', () => {
  let dir = '';
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'avcodes-knowledge-'));
    for (const sub of ['sources', 'data', 'dist']) cpSync(join(root, sub), join(dir, sub), { recursive: true });
    symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  /** checkScanKnowledge over a copy of data/ with one file edited. */
  function problemsWith(file: string, edit: (json: Record<string, unknown>) => void): string[] {
    const original = readFileSync(join(root, file), 'utf8');
    const json = JSON.parse(original) as Record<string, unknown>;
    edit(json);
    writeFileSync(join(dir, file), JSON.stringify(json));
    try {
      return checkScanKnowledge(dir, catalog);
    } finally {
      writeFileSync(join(dir, file), original);
    }
  }

  test('the committed files pass their schemas and the catalog', () => {
    assert.deepEqual(checkScanKnowledge(root, catalog), []);
  });

  test('a rule of an unknown kind is reported with its file and JSON path', () => {
    const problems = problemsWith('data/diagnosis-rules.json', (j) => ((j.rules as { kind: string }[])[2]!.kind = 'sometimes'));
    assert.equal(problems.length, 1, problems.join('\n'));
    assert.match(problems[0]!, /^data\/diagnosis-rules\.json: rules\[2\]\.kind: /);
  });

  test('a rule missing its explanation, and a field no rule has, are reported where they are', () => {
    const problems = problemsWith('data/diagnosis-rules.json', (j) => {
      const rule = (j.rules as Record<string, unknown>[])[0]!;
      delete rule.explanation;
      rule.explaination = 'typo';
    });
    assert.ok(problems.some((p) => /^data\/diagnosis-rules\.json: rules\[0\]\.explanation: /.test(p)), problems.join('\n'));
    assert.ok(problems.some((p) => /^data\/diagnosis-rules\.json: rules\[0\]: .*explaination/.test(p)), problems.join('\n'));
  });

  test('a rule naming a code the catalog does not have is reported with its path', () => {
    const problems = problemsWith('data/diagnosis-rules.json', (j) => (j.rules as { codes?: string[] }[]).find((r) => r.codes)!.codes!.push('aws-kvs/STATUS_NO_SUCH_CODE'));
    assert.equal(problems.length, 1, problems.join('\n'));
    assert.match(problems[0]!, /^data\/diagnosis-rules\.json: diagnosis rule [a-z-]+: aws-kvs\/STATUS_NO_SUCH_CODE matches no catalog entry \(at rules\[\d+\]\.codes\[\d+\]\)$/);
  });

  test('a marker for an SDK the registry does not have is reported with its path', () => {
    const problems = problemsWith('data/context-words.json', (j) => (j.markers as { targets: string[] }[])[1]!.targets.push('acme-cam'));
    assert.deepEqual(problems.length, 1, problems.join('\n'));
    assert.match(problems[0]!, /^data\/context-words\.json: markers\[1\]\.targets\[1\]: "acme-cam" names no SDK of the registry/);
  });

  test('a module that needs its own marker and has none, or an unknown surfacing SDK, is reported with its path', () => {
    const problems = problemsWith('data/context-words.json', (j) => {
      const evidence = j.headerOnlyEvidence as { ownMarkerModules: string[]; surfacedBy: Record<string, string[]> };
      evidence.ownMarkerModules.push('tencent-liteav/vod-download', 'aliyun-player/no-such-module');
      evidence.surfacedBy['tencent-im']!.push('acme-cam');
    });
    assert.deepEqual(
      problems,
      [
        'data/context-words.json: headerOnlyEvidence.surfacedBy: "acme-cam" names no SDK of the registry',
        'data/context-words.json: headerOnlyEvidence.ownMarkerModules[1]: no marker names "tencent-liteav/vod-download", so its codes could never be read',
        'data/context-words.json: headerOnlyEvidence.ownMarkerModules[2]: "aliyun-player/no-such-module" names no module of the catalog',
      ],
      problems.join('\n'),
    );
  });

  test('a bad rule fails npm run build (exit 1) with its file and path on stderr', async () => {
    const rules = readJson(root, 'data/diagnosis-rules.json');
    (rules.rules as { min?: unknown; kind: string }[]).find((r) => r.kind === 'repeated')!.min = 0;
    writeFileSync(join(dir, 'data/diagnosis-rules.json'), JSON.stringify(rules));
    try {
      const { code, stderr } = await new Promise<{ code: number; stderr: string }>((resolve) =>
        execFile(process.execPath, [join(dir, 'dist/catalog/build-cli.js')], (err, _out, stderr) => resolve({ code: err ? Number((err as { code?: unknown }).code) : 0, stderr })),
      );
      assert.equal(code, 1, stderr);
      assert.match(stderr, /data\/diagnosis-rules\.json: rules\[\d+\]\.min: /);
      assert.doesNotMatch(stderr, /\n\s+at /, 'no stack trace');
    } finally {
      cpSync(join(root, 'data/diagnosis-rules.json'), join(dir, 'data/diagnosis-rules.json'));
    }
  });

  test('schema/ publishes the JSON Schemas of both files as src/scan/knowledge-schema.ts generates them', () => {
    for (const [file, schema] of [['schema/context-words.schema.json', ContextWordsSchema], ['schema/diagnosis-rules.schema.json', RulesFileSchema]] as const) {
      assert.deepEqual(readJson(root, file), JSON.parse(JSON.stringify(z.toJSONSchema(schema))), `${file} is fresh (run npm run build)`);
    }
  });
});
