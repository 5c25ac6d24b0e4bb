// Shape of the definition tables in sources/sdk-headers/ that carry full provenance (repository,
// commit, line) and the SDK's own description. Every row must be checkable by hand with
// `git show <commit>:<path> | sed -n '<line>p'`, so the checks here are about that provenance being
// well-formed and the columns agreeing with each other; whether a row says what its header says is
// checked when it is read (see sources/sdk-headers/README.md).
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';

const DIR = join(import.meta.dirname, '..', 'sources', 'sdk-headers');

// The first two tables predate the provenance columns (no line, no description); their shape is
// covered by the catalog tests that read them.
const LEGACY = new Set(['aws-kvs-status-definitions.tsv', 'tencent-alibaba-definitions.tsv']);

const COLUMNS = ['name', 'value', 'value_signed_decimal', 'evidence', 'defined_in', 'line', 'description', 'description_lang', 'description_en'];
const EVIDENCE = new Set(['sdk-header', 'decompiled-sdk', 'unattributed-copy']);
// owner/repo:path@commit, the commit abbreviated to no fewer than 12 hex digits.
const DEFINED_IN = /^[A-Za-z0-9][A-Za-z0-9_.-]*\/[A-Za-z0-9_.-]+:[^\s@:][^\s@]*@[0-9a-f]{12,40}$/;
// Han ideographs (CJK Unified, Extension A, Compatibility): what makes a description Chinese.
const HAN = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/u;

/** Every problem of one table's text, each naming its line; an empty list for a well-formed table. */
function problemsOf(text: string): string[] {
  const problems: string[] = [];
  const lines = text.split('\n');
  if (lines.at(-1) !== '') problems.push('the file does not end with a newline');
  const header = lines[0]!.split('\t');
  if (header.join('\t') !== COLUMNS.join('\t')) problems.push(`line 1: the columns are ${JSON.stringify(header)}, not ${JSON.stringify(COLUMNS)}`);
  const seen = new Map<string, number>();
  for (let i = 1; i < lines.length; i++) {
    const at = `line ${i + 1}`;
    const line = lines[i]!;
    if (line === '') {
      if (i !== lines.length - 1) problems.push(`${at}: empty line`);
      continue;
    }
    const cells = line.split('\t');
    if (cells.length !== COLUMNS.length) {
      problems.push(`${at}: ${cells.length} cells, not ${COLUMNS.length}`);
      continue;
    }
    const [name, value, signed, evidence, definedIn, lineNo, description, lang, descriptionEn] = cells as [string, string, string, string, string, string, string, string, string];
    for (const [column, cell] of COLUMNS.map((c, k) => [c, cells[k]!] as const)) {
      if (cell !== cell.trim() || /\s\s|[\r\t\n]/.test(cell)) problems.push(`${at}: ${column} is not trimmed to single spaces: ${JSON.stringify(cell)}`);
    }
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) problems.push(`${at}: name ${JSON.stringify(name)} is not an identifier`);
    if (!/^0x[0-9a-f]{8}$/.test(value)) problems.push(`${at}: value ${JSON.stringify(value)} is not 0x and 8 lower-case hex digits`);
    else if (!/^-?(0|[1-9][0-9]*)$/.test(signed)) problems.push(`${at}: value_signed_decimal ${JSON.stringify(signed)} is not a decimal integer`);
    else if (BigInt.asIntN(32, BigInt(value)) !== BigInt(signed)) problems.push(`${at}: ${value} read as a signed 32-bit number is ${BigInt.asIntN(32, BigInt(value))}, not ${signed}`);
    if (!EVIDENCE.has(evidence)) problems.push(`${at}: evidence ${JSON.stringify(evidence)} is not one of ${[...EVIDENCE].join(', ')}`);
    if (!DEFINED_IN.test(definedIn)) problems.push(`${at}: defined_in ${JSON.stringify(definedIn)} is not owner/repo:path@commit (12+ hex digits)`);
    if (!/^[1-9][0-9]*$/.test(lineNo)) problems.push(`${at}: line ${JSON.stringify(lineNo)} is not a positive integer`);
    const expectedLang = description === '' ? '' : HAN.test(description) ? 'zh' : 'en';
    if (lang !== expectedLang) problems.push(`${at}: description_lang is ${JSON.stringify(lang)} but the description ${description === '' ? 'is empty' : HAN.test(description) ? 'has Chinese text' : 'has no Chinese text'} (expected ${JSON.stringify(expectedLang)})`);
    if (descriptionEn !== '') {
      if (lang !== 'zh') problems.push(`${at}: description_en is only for a second, English text beside a Chinese description`);
      if (HAN.test(descriptionEn)) problems.push(`${at}: description_en has Chinese text`);
    }
    const key = `${name} ${value}`;
    const first = seen.get(key);
    if (first !== undefined) problems.push(`${at}: ${name} = ${value} is already on line ${first}`);
    else seen.set(key, i + 1);
  }
  return problems;
}

const tables = readdirSync(DIR).filter((f) => f.endsWith('.tsv') && !LEGACY.has(f)).sort();

describe('sources/sdk-headers: tables with provenance', () => {
  it('has the new tables', () => {
    assert.ok(tables.length >= 1, `no table besides ${[...LEGACY].join(', ')} in ${DIR}`);
  });

  for (const file of tables) {
    it(`${file} is well-formed`, () => {
      const text = readFileSync(join(DIR, file), 'utf8');
      assert.deepEqual(problemsOf(text), [], `${file} has problems`);
      assert.ok(text.split('\n').length > 2, `${file} has no rows`);
    });
  }

  it('describes every table in the folder README', () => {
    const readme = readFileSync(join(DIR, 'README.md'), 'utf8');
    for (const file of tables) assert.ok(readme.includes(file), `sources/sdk-headers/README.md does not mention ${file}`);
  });
});

describe('sources/sdk-headers: the shape check itself', () => {
  const HEADER = COLUMNS.join('\t');
  const ROW = ['STATUS_X', '0x55000001', '1426063361', 'sdk-header', 'owner/repo:src/a.h@0123456789ab', '10', '', '', ''];
  const table = (...rows: string[][]) => [HEADER, ...rows.map((r) => r.join('\t')), ''].join('\n');
  const withCell = (column: string, cell: string) => ROW.map((c, k) => (COLUMNS[k] === column ? cell : c));

  it('accepts a well-formed row, a negative code and a Chinese description with its English twin', () => {
    const negative = ['ERR_X', '0xfffffc17', '-1001', 'sdk-header', 'owner/repo:a/b.h@0123456789abcdef', '3', '网络断开', 'zh', 'Network disconnected'];
    assert.deepEqual(problemsOf(table(ROW, negative)), []);
  });

  const bad: [what: string, text: string, expected: RegExp][] = [
    ['a missing column', [COLUMNS.slice(0, -1).join('\t'), ROW.slice(0, -1).join('\t'), ''].join('\n'), /line 1: the columns are/],
    ['a row with a cell too few', table(ROW.slice(0, -1)), /line 2: 8 cells, not 9/],
    ['a value of 9 hex digits', table(withCell('value', '0x055000001')), /value "0x055000001" is not 0x and 8/],
    ['a signed decimal that disagrees', table(withCell('value_signed_decimal', '1426063362')), /is 1426063361, not 1426063362/],
    ['a negative code written unsigned', table(['ERR_X', '0xfffffc17', '4294966295', ...ROW.slice(3)]), /is -1001, not 4294966295/],
    ['an unknown evidence level', table(withCell('evidence', 'forum-post')), /evidence "forum-post" is not one of/],
    ['a short commit', table(withCell('defined_in', 'owner/repo:src/a.h@0123abc')), /defined_in .* is not owner\/repo:path@commit/],
    ['no path', table(withCell('defined_in', 'owner/repo@0123456789ab')), /defined_in .* is not owner\/repo:path@commit/],
    ['line 0', table(withCell('line', '0')), /line "0" is not a positive integer/],
    ['a duplicate name and value', table(ROW, ROW), /line 3: STATUS_X = 0x55000001 is already on line 2/],
    ['Chinese text marked en', table(withCell('description', '网络断开').map((c, k) => (k === 7 ? 'en' : c))), /description_lang is "en" but the description has Chinese text/],
    ['English text marked zh', table(withCell('description', 'Network down').map((c, k) => (k === 7 ? 'zh' : c))), /description_lang is "zh" but the description has no Chinese text/],
    ['a language without a description', table(withCell('description_lang', 'en')), /description_lang is "en" but the description is empty/],
    ['description_en beside an English description', table(['STATUS_X', '0x55000001', '1426063361', 'sdk-header', 'owner/repo:src/a.h@0123456789ab', '10', 'Down', 'en', 'Down again']), /description_en is only for/],
    ['a description with a doubled space', table(withCell('description', 'Network  down').map((c, k) => (k === 7 ? 'en' : c))), /description is not trimmed/],
    ['no final newline', [HEADER, ROW.join('\t')].join('\n'), /does not end with a newline/],
  ];
  for (const [what, text, expected] of bad) {
    it(`refuses ${what}`, () => {
      const problems = problemsOf(text);
      assert.ok(problems.some((p) => expected.test(p)), `${what}: expected a problem matching ${expected}, got ${JSON.stringify(problems)}`);
    });
  }
});
