import assert from 'node:assert/strict';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { BuildError, buildCatalog } from '../src/catalog/build.js';
import type { Entry, SourceRef } from '../src/catalog/schema.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const readLines = (rel: string, base = root) => readFileSync(join(base, rel), 'utf8').split('\n');

// ---------------------------------------------------------------------------------------------
// An independent scan of the raw documents: plain regexes and line logic, no importer, no parser.
// ---------------------------------------------------------------------------------------------

interface ScannedRow {
  line: number;
  /** The code exactly as the line writes it. */
  code: string;
  /** The name as written (backslash escapes kept); '' where the table has no name column. */
  name: string;
  /** Alibaba only: the decimal column. */
  decimal?: string;
}
interface ScannedSection {
  heading: string;
  start: number;
  end: number;
  rows: ScannedRow[];
  /** Lines inside a table that carry no code (LVB only). */
  orphans: { line: number; text: string }[];
}

function sectionsOf(lines: string[], isHeading: (line: string, i: number) => string | null): ScannedSection[] {
  const sections: ScannedSection[] = [];
  lines.forEach((line, i) => {
    const heading = isHeading(line, i);
    if (heading === null) return;
    if (sections.length > 0) sections[sections.length - 1]!.end = i;
    sections.push({ heading, start: i + 1, end: lines.length, rows: [], orphans: [] });
  });
  return sections;
}
const sectionAt = (sections: ScannedSection[], line: number) => sections.find((s) => line >= s.start && line <= s.end);
const markdownHeading = (line: string) => /^#+\s+(.*?)\s*(<a name=.*)?$/.exec(line)?.[1] ?? null;

/** AWS v1: `| 0x… | NAME | …` rows under `###` headings. */
function scanKvsMarkdown(lines: string[]): ScannedSection[] {
  const sections = sectionsOf(lines, markdownHeading);
  lines.forEach((line, i) => {
    const m = /^\|\s*(0x[0-9A-Fa-f]+)\s*\|\s*(\S+)/.exec(line);
    if (m) sectionAt(sections, i + 1)!.rows.push({ line: i + 1, code: m[1]!, name: m[2]! });
  });
  return sections;
}

/** AWS v2: a line that is only `0x…` starts a row; the next line is its name. */
function scanKvsText(lines: string[]): ScannedSection[] {
  const sections = sectionsOf(lines, (line) => (/^Errors? and Status Codes Returned by /.test(line) ? line.trim() : null));
  lines.forEach((line, i) => {
    if (/^0x[0-9A-Fa-f]+$/.test(line.trim())) sectionAt(sections, i + 1)!.rows.push({ line: i + 1, code: line.trim(), name: lines[i + 1]!.trim() });
  });
  return sections;
}

/** Alibaba: `|NAME|hex|decimal|description|` rows under `##` headings. */
function scanAlibaba(lines: string[]): ScannedSection[] {
  const sections = sectionsOf(lines, markdownHeading);
  lines.forEach((line, i) => {
    const m = /^\|([A-Z][A-Z0-9\\_]*)\|([^|]*)\|([^|]*)\|/.exec(line);
    if (m) sectionAt(sections, i + 1)!.rows.push({ line: i + 1, name: m[1]!, code: m[2]!.trim(), decimal: m[3]!.trim() });
  });
  return sections;
}

/** Tencent ILVB: pipe rows (some tab-separated, some unclosed); the code is the first numeric cell. */
function scanIlvb(lines: string[]): ScannedSection[] {
  const sections = sectionsOf(lines, markdownHeading);
  lines.forEach((line, i) => {
    if (!line.startsWith('|') || /^\|[\s|-]+$/.test(line) || line.includes('Error Code Name')) return;
    const cells = line.slice(1).split('|').map((c) => c.trim());
    const numericFirst = /^-?\d+$/.test(cells[0]!);
    sectionAt(sections, i + 1)!.rows.push({ line: i + 1, code: numericFirst ? cells[0]! : cells[1]!, name: numericFirst ? '' : cells[0]! });
  });
  return sections;
}

/** Tencent LVB: a table is the run of lines after "Error Code Event Description" up to a blank line. */
function scanLvb(lines: string[]): ScannedSection[] {
  const sections: ScannedSection[] = [];
  let lastHeading = '';
  let table: ScannedSection | null = null;
  lines.forEach((line, i) => {
    if (/^[A-Z][a-z]+ [a-z]+$/.test(line.trim())) lastHeading = line.trim();
    if (line.trim() === 'Error Code Event Description') {
      if (sections.length > 0) sections[sections.length - 1]!.end = i;
      table = { heading: `${lastHeading} #${sections.length + 1}`, start: i + 1, end: lines.length, rows: [], orphans: [] };
      sections.push(table);
      return;
    }
    if (!table) return;
    if (line.trim() === '') {
      table = null;
      return;
    }
    const m = /^(-?\d+) ([A-Z][A-Z0-9_]*) /.exec(line);
    if (m) table.rows.push({ line: i + 1, code: m[1]!, name: m[2]! });
    else table.orphans.push({ line: i + 1, text: line.trim() });
  });
  return sections;
}

interface DocumentSpec {
  file: string;
  sdk: string;
  scan: (lines: string[]) => ScannedSection[];
  /** heading → [module, rows, orphan lines], counted by reading the document. Unlisted headings hold no rows. */
  sections: Record<string, [string, number, number]>;
}

const V1 = 'sources/aws-kvs-producer-errors.v1.md';
const V2 = 'sources/aws-kvs-producer-errors.v2.txt';
const ALIYUN = 'sources/aliyun-apsaravideo-player-errors.md';
const ILVB = 'sources/tencent-ilvb-avsdk-errors.md';
const LVB = 'sources/tencent-lvb-push-play-events.txt';
const lib = (name: string) => `Error and Status Codes Returned by the ${name} Library`;

const DOCUMENTS: DocumentSpec[] = [
  {
    file: V1,
    sdk: 'aws-kvs',
    scan: scanKvsMarkdown,
    sections: {
      [lib('Client')]: ['client', 97, 0], [lib('Duration')]: ['duration', 1, 0], [lib('Common')]: ['common', 16, 0], [lib('Heap')]: ['heap', 20, 0],
      [lib('MKVGen')]: ['mkvgen', 22, 0], [lib('Trace')]: ['trace', 1, 0], [lib('Utils')]: ['utils', 14, 0], [lib('View')]: ['view', 6, 0],
    },
  },
  {
    file: V2,
    sdk: 'aws-kvs',
    scan: scanKvsText,
    sections: {
      [lib('Client')]: ['client', 111, 0], [lib('Duration')]: ['duration', 1, 0], [lib('Common')]: ['common', 16, 0], [lib('Heap')]: ['heap', 20, 0],
      [lib('MKVGen')]: ['mkvgen', 40, 0], [lib('Trace')]: ['trace', 1, 0], [lib('Utils')]: ['utils', 14, 0], [lib('View')]: ['view', 6, 0],
      'Errors and Status Codes Returned by PutFrame Callbacks - C Producer Library': ['c-producer', 24, 0],
    },
  },
  {
    file: ALIYUN,
    sdk: 'aliyun-player',
    scan: scanAlibaba,
    sections: {
      'Request error codes': ['request', 5, 0], 'POP error codes': ['pop', 14, 0], 'ApsaraVideo VOD error codes': ['vod', 7, 0],
      'ApsaraVideo for Media Processing error codes': ['mps', 37, 0], 'Error codes of time-shifting live streaming': ['liveshift', 3, 0],
      'Error codes of proprietary cryptography': ['tbdrm', 2, 0], 'ARTP error codes': ['artp', 11, 0], 'Playback error codes': ['playback', 27, 0],
      'Download-related error codes': ['download', 21, 0],
    },
  },
  {
    file: ILVB,
    sdk: 'tencent-ilvb',
    scan: scanIlvb,
    sections: {
      'AVSDK Client Error Codes': ['client', 23, 0], 'AVSDK Service Side Error': ['server', 11, 0],
      'Recording Error Codes': ['recording', 30, 0], 'Non-interactive Broadcasting Error Codes': ['push-server', 44, 0],
    },
  },
  {
    file: LVB,
    sdk: 'tencent-lvb',
    scan: scanLvb,
    sections: {
      'Normal events #1': ['push', 16, 0], 'Critical errors #2': ['push', 8, 3], 'Warning events #3': ['push', 10, 0],
      'Key events #4': ['play', 18, 3], 'Warning events #5': ['play', 12, 0],
    },
  },
];

// ---------------------------------------------------------------------------------------------
// The errata file read as plain JSON, and the built catalog.
// ---------------------------------------------------------------------------------------------

interface RawErratum {
  id: string;
  kind: string;
  file: string;
  lines: (number | string)[];
  says: string;
  catalog: string;
  why: string;
  fix?: { restore?: Record<string, { value: string; name: string }>; appendToPrevious?: true; value?: Record<string, string>; rename?: Record<string, string> };
}
const expand = (lines: (number | string)[]) =>
  lines.flatMap((l) => {
    if (typeof l === 'number') return [l];
    const [a, b] = l.split('-').map(Number) as [number, number];
    return Array.from({ length: b - a + 1 }, (_, i) => a + i);
  });
const errata: RawErratum[] = JSON.parse(readFileSync(join(root, 'data/errata.json'), 'utf8')).errata;
const erratumAt = (kind: string, file: string, line: number) => errata.find((e) => e.kind === kind && e.file === file && expand(e.lines).includes(line));

const { catalog, defects } = buildCatalog({ root });
interface Located {
  entry: Entry;
  ref: SourceRef;
}
const documentRefs: Located[] = catalog.entries.flatMap((entry) => entry.sources.filter((ref) => ref.sourceKind === 'document').map((ref) => ({ entry, ref })));
const refsAt = (file: string, line: number) => documentRefs.filter((x) => x.ref.file === file && x.ref.line === line);
const entryAt = (file: string, line: number): Entry => {
  const hits = refsAt(file, line);
  assert.equal(hits.length, 1, `exactly one entry cites ${file}:${line} (found ${hits.map((h) => h.entry.id).join(', ') || 'none'})`);
  return hits[0]!.entry;
};
const byId = (id: string): Entry => {
  const e = catalog.entries.find((x) => x.id === id);
  assert.ok(e, `an entry ${id}`);
  return e;
};
/** The value a code literal denotes, read independently of src/notation: 0x-hex, bare hex (Alibaba) or signed decimal. */
const valueOf = (code: string, notation: 'hex' | 'bare-hex' | 'decimal'): bigint => {
  if (/^0x/i.test(code)) return BigInt(code);
  return notation === 'bare-hex' ? BigInt('0x' + code) : notation === 'hex' ? BigInt(code) : BigInt(code);
};
const notationOf = (file: string) => (file === ALIYUN ? 'bare-hex' : file === V1 || file === V2 ? 'hex' : 'decimal');
/** The printed value is the entry's value, or is kept on the entry as a recorded misprint or document value. */
const printedValueIsFindable = (entry: Entry, code: string, printed: bigint) =>
  BigInt(entry.value) === printed || entry.misprints.some((m) => m.literal === code && BigInt(m.value) === printed);

const scans = new Map(DOCUMENTS.map((d) => [d.file, d.scan(readLines(d.file))]));

describe('accounting: the independent scan agrees with a reading of each document', () => {
  test('the manifest lists exactly the five scanned documents as document sources', () => {
    const manifest = JSON.parse(readFileSync(join(root, 'sources/manifest.json'), 'utf8'));
    const files = manifest.sources.filter((s: { kind: string }) => s.kind === 'document').map((s: { file: string }) => s.file).sort();
    assert.deepEqual(files, DOCUMENTS.map((d) => d.file).sort());
  });

  for (const doc of DOCUMENTS) {
    test(`the scan of ${doc.file} finds the rows and orphan lines a reader counts in each section`, () => {
      const sections = scans.get(doc.file)!;
      const found = Object.fromEntries(sections.filter((s) => s.rows.length + s.orphans.length > 0).map((s) => [s.heading, [s.rows.length, s.orphans.length]]));
      const expected = Object.fromEntries(Object.entries(doc.sections).map(([h, [, rows, orphans]]) => [h, [rows, orphans]]));
      assert.deepEqual(found, expected);
    });
  }
});

describe('accounting: every code row of every document is an entry citing its line, or an erratum', () => {
  for (const doc of DOCUMENTS) {
    const lines = readLines(doc.file);
    for (const section of scans.get(doc.file)!.filter((s) => doc.sections[s.heading])) {
      const [module] = doc.sections[section.heading]!;
      test(`${doc.file} § ${section.heading}: each of its ${section.rows.length} rows is an entry of module ${module} citing the row's line and code`, () => {
        let errataOnly = 0;
        for (const row of section.rows) {
          const where = `${doc.file}:${row.line} (${row.code})`;
          const hits = refsAt(doc.file, row.line);
          if (hits.length === 0) {
            // Only a defect that leaves a row without a usable code or makes it a repeat may keep it out of the catalog.
            const listed = errata.find((e) => ['duplicate-row', 'missing-code', 'unreadable-code'].includes(e.kind) && e.file === doc.file && expand(e.lines).includes(row.line));
            assert.ok(listed && listed.why.trim() !== '', `${where} is neither an entry nor listed in errata with a reason`);
            errataOnly++;
            continue;
          }
          assert.equal(hits.length, 1, `${where} is cited by ${hits.length} entries: ${hits.map((h) => h.entry.id).join(', ')}`);
          const { entry, ref } = hits[0]!;
          assert.equal(ref.codeAsWritten, row.code, `${where}: codeAsWritten`);
          assert.ok(lines[row.line - 1]!.includes(ref.codeAsWritten), `${where}: the line contains ${ref.codeAsWritten}`);
          assert.equal(entry.sdk, doc.sdk, `${where}: sdk`);
          assert.equal(entry.module, module, `${where}: module`);
          assert.equal(entry.documented, true, `${where}: documented`);
          assert.ok(printedValueIsFindable(entry, row.code, valueOf(row.code, notationOf(doc.file))), `${where}: printed value is ${entry.id}'s value or a recorded misprint`);
        }
        const restored = section.orphans.filter((o) => erratumAt('orphan-line', doc.file, o.line)?.fix?.restore?.[String(o.line)] && refsAt(doc.file, o.line).length > 0).length;
        const cited = documentRefs.filter((x) => x.ref.file === doc.file && x.ref.line >= section.start && x.ref.line <= section.end).length;
        assert.equal(cited, section.rows.length - errataOnly + restored, `${doc.file} § ${section.heading}: entries citing the section`);
      });
    }

    test(`${doc.file}: every orphan line is listed in an orphan-line erratum that says what becomes of it`, () => {
      for (const section of scans.get(doc.file)!) {
        for (const orphan of section.orphans) {
          const e = erratumAt('orphan-line', doc.file, orphan.line);
          assert.ok(e && e.why.trim() !== '', `${doc.file}:${orphan.line} "${orphan.text}" has no orphan-line erratum with a reason`);
          const restore = e.fix?.restore?.[String(orphan.line)];
          if (restore) {
            const entry = byId(`${doc.sdk}/${restore.name}`);
            assert.equal(entry.value, restore.value, `${doc.file}:${orphan.line}: restored value`);
            assert.ok(entry.description.includes(orphan.text), `${doc.file}:${orphan.line}: the restored entry's description holds the line`);
          } else {
            assert.equal(e.fix?.appendToPrevious, true, `${doc.file}:${orphan.line}: erratum ${e.id} says neither restore nor append`);
            const previous = section.rows.filter((r) => r.line < orphan.line).at(-1)!;
            assert.ok(entryAt(doc.file, previous.line).description.endsWith(orphan.text), `${doc.file}:${orphan.line} is appended to the row of line ${previous.line}`);
          }
        }
      }
    });

    test(`${doc.file}: every document source in the catalog cites a scanned row or a restored orphan line`, () => {
      const rows = new Set(scans.get(doc.file)!.flatMap((s) => s.rows.map((r) => r.line)));
      for (const { entry, ref } of documentRefs.filter((x) => x.ref.file === doc.file)) {
        const restored = erratumAt('orphan-line', doc.file, ref.line)?.fix?.restore?.[String(ref.line)];
        assert.ok(rows.has(ref.line) || (restored && restored.value === ref.codeAsWritten), `${entry.id} cites ${doc.file}:${ref.line}, which is no code row`);
      }
    });
  }

  test('no entry cites a document outside the five', () => {
    const files = new Set(DOCUMENTS.map((d) => d.file));
    for (const { entry, ref } of documentRefs) assert.ok(files.has(ref.file), `${entry.id} cites ${ref.file}`);
  });
});

describe('catalog invariants', () => {
  test('ids are unique', () => {
    const seen = new Set<string>();
    for (const e of catalog.entries) {
      assert.ok(!seen.has(e.id), `duplicate id ${e.id}`);
      seen.add(e.id);
    }
  });

  test('every source reference resolves to an existing line that contains the code as written', () => {
    const cache = new Map<string, string[]>();
    for (const e of catalog.entries) {
      for (const ref of e.sources) {
        const where = `${e.id}: ${ref.file}:${ref.line}`;
        assert.ok(existsSync(join(root, ref.file)), `${where}: file exists`);
        if (!cache.has(ref.file)) cache.set(ref.file, readLines(ref.file));
        const text = cache.get(ref.file)![ref.line - 1];
        assert.ok(text !== undefined && ref.line >= 1, `${where}: line exists`);
        if (text.includes(ref.codeAsWritten)) continue;
        const orphan = erratumAt('orphan-line', ref.file, ref.line);
        assert.ok(ref.sourceKind === 'document' && orphan?.fix?.restore?.[String(ref.line)]?.value === ref.codeAsWritten, `${where}: "${text}" does not contain ${ref.codeAsWritten} and is no restored orphan line`);
      }
    }
  });

  test('values are canonical decimal strings that parse as BigInt', () => {
    for (const e of catalog.entries) {
      assert.match(e.value, /^(0|-?[1-9]\d*)$/, e.id);
      assert.equal(BigInt(e.value).toString(), e.value, e.id);
      for (const m of e.misprints) assert.equal(BigInt(m.value).toString(), m.value, `${e.id} misprint ${m.literal}`);
    }
  });

  test('hex is the value in lower-case hex, at least 8 digits, negatives as 32-bit two\'s complement', () => {
    for (const e of catalog.entries) {
      const v = BigInt(e.value);
      const unsigned = v < 0n ? v + (1n << 32n) : v;
      assert.equal(e.hex, '0x' + unsigned.toString(16).padStart(8, '0'), `${e.id} = ${e.value}`);
    }
  });

  test('every misprint literal denotes its recorded value', () => {
    for (const e of catalog.entries) {
      for (const m of e.misprints) {
        const v = /^0x/i.test(m.literal) ? BigInt(m.literal) : m.file === ALIYUN ? BigInt('0x' + m.literal) : BigInt(m.literal);
        assert.equal(v.toString(), m.value, `${e.id}: ${m.literal}`);
        assert.notEqual(m.value, e.value, `${e.id}: misprint ${m.literal} is the entry's own value`);
      }
    }
  });

  test('names from a document or an SDK are not flagged generated; generated names are', () => {
    for (const e of catalog.entries) {
      if (e.nameOrigin === 'document' || e.nameOrigin === 'sdk') assert.equal(e.generatedName, false, e.id);
      if (e.nameOrigin === 'generated') assert.equal(e.generatedName, true, e.id);
    }
  });
});

describe('errata and defects correspond one to one', () => {
  test('every defect the build found is accounted for by an erratum that lists its kind, file and line', () => {
    assert.ok(defects.length > 0);
    for (const d of defects) {
      const e = errata.find((x) => x.id === d.erratum);
      assert.ok(e, `${d.file}:${d.line} ${d.kind} cites unknown erratum ${d.erratum}`);
      assert.equal(e.kind, d.kind, `${d.file}:${d.line}`);
      assert.equal(e.file, d.file, `${d.file}:${d.line}`);
      assert.ok(expand(e.lines).includes(d.line), `${e.id} lists ${d.file}:${d.line}`);
    }
  });

  test('every line of every erratum matches a defect of its kind', () => {
    for (const e of errata) {
      assert.ok(e.why.trim() && e.says.trim() && e.catalog.trim(), `${e.id} says what, what the catalog does, and why`);
      for (const line of expand(e.lines)) {
        assert.ok(defects.some((d) => d.kind === e.kind && d.file === e.file && d.line === line), `${e.id}: no ${e.kind} defect at ${e.file}:${line}`);
      }
    }
  });
});

describe('the build refuses unaccounted defects and stale errata', () => {
  const dirs: string[] = [];
  after(() => {
    for (const d of dirs) rmSync(d, { recursive: true, force: true });
  });
  /** A copy of sources/ and data/ in a temp dir, changed by `edit`, built. */
  const buildCopy = (edit: (dir: string) => void) => {
    const dir = mkdtempSync(join(tmpdir(), 'avcodes-accounting-'));
    dirs.push(dir);
    cpSync(join(root, 'sources'), join(dir, 'sources'), { recursive: true });
    cpSync(join(root, 'data'), join(dir, 'data'), { recursive: true });
    edit(dir);
    return () => buildCatalog({ root: dir });
  };
  const editErrata = (dir: string, change: (list: RawErratum[]) => RawErratum[]) => {
    const path = join(dir, 'data/errata.json');
    const data = JSON.parse(readFileSync(path, 'utf8'));
    data.errata = change(data.errata);
    writeFileSync(path, JSON.stringify(data, null, 2));
  };
  const editLine = (dir: string, file: string, line: number, from: string, to: string) => {
    const lines = readLines(file, dir);
    assert.ok(lines[line - 1]!.includes(from), `${file}:${line} contains ${from}`);
    lines[line - 1] = lines[line - 1]!.replace(from, to);
    writeFileSync(join(dir, file), lines.join('\n'));
  };
  const failsWith = (build: () => unknown, ...needles: string[]) =>
    assert.throws(build, (err: unknown) => {
      assert.ok(err instanceof BuildError, `BuildError, not ${String(err)}`);
      for (const n of needles) assert.ok(err.message.includes(n), `the message names ${n}:\n${err.message}`);
      return true;
    });

  test('the unchanged copy builds', () => {
    assert.equal(buildCopy(() => {})().catalog.entries.length, catalog.entries.length);
  });

  test("fails, naming each row's file:line, when a header table's rows lose their manifest route", () => {
    // The V2 live table's result codes (V2TXLIVE_OK, …) are claimed only by the catch-all route.
    const dropRoute = (dir: string) => {
      const path = join(dir, 'sources/manifest.json');
      const manifest = JSON.parse(readFileSync(path, 'utf8'));
      const table = manifest.definitions.find((d: { id: string }) => d.id === 'sdk-tencent-v2txlive');
      table.routes = table.routes.filter((r: { name: string }) => r.name !== '^V2TXLIVE_');
      writeFileSync(path, JSON.stringify(manifest, null, 1));
    };
    failsWith(buildCopy(dropRoute), 'sources/sdk-headers/tencent-v2txlive-code-definitions.tsv:2: V2TXLIVE_OK matches no route in sources/manifest.json');
  });

  test('fails, naming file:line, when the erratum of an edition rename is dropped', () => {
    failsWith(buildCopy((dir) => editErrata(dir, (l) => l.filter((e) => e.id !== 'kvs-v2-renames-device-not-fond'))), `${V2}:152: edition-rename`);
  });

  test('fails, naming each line, when the erratum of a lost row is dropped', () => {
    failsWith(buildCopy((dir) => editErrata(dir, (l) => l.filter((e) => e.id !== 'lvb-lost-row-1308'))), `${LVB}:43: orphan-line`, `${LVB}:44: orphan-line`, `${LVB}:45: orphan-line`);
  });

  test('fails, naming the erratum, on a stale erratum whose line has no such defect', () => {
    const stale: RawErratum = { id: 'test-stale', kind: 'missing-cell', file: V1, lines: [34], says: 'nothing', catalog: 'nothing', why: 'a test' };
    failsWith(buildCopy((dir) => editErrata(dir, (l) => [...l, stale])), 'stale erratum', 'test-stale', `${V1} 34`);
  });

  test('fails when a corrected document leaves its erratum stale (v1 line 48 spelled FOUND)', () => {
    failsWith(buildCopy((dir) => editLine(dir, V1, 48, 'NOT\\_FOND', 'NOT\\_FOUND')), 'stale erratum', 'kvs-v2-renames-device-not-fond');
  });

  test('fails, naming file:line, when a new edition slips in a nine-digit code (v2 line 1284)', () => {
    failsWith(buildCopy((dir) => editLine(dir, V2, 1284, '0x15000001', '0x150000001')), `${V2}:1284: hex-digit-count`);
  });

  test('fails with a hex-decimal-mismatch naming the Alibaba row whose decimal disagrees (line 9)', () => {
    failsWith(buildCopy((dir) => editLine(dir, ALIYUN, 9, '|536936449|', '|536936450|')), `${ALIYUN}:9: hex-decimal-mismatch`);
  });

  test('records the hex-decimal-mismatch as a defect once an erratum covers it, keeping the hex value', () => {
    const mismatch: RawErratum = { id: 'test-hex-decimal', kind: 'hex-decimal-mismatch', file: ALIYUN, lines: [9], says: 'decimal off by one', catalog: 'hex wins', why: 'a test' };
    const result = buildCopy((dir) => {
      editLine(dir, ALIYUN, 9, '|536936449|', '|536936450|');
      editErrata(dir, (l) => [...l, mismatch]);
    })();
    assert.ok(result.defects.some((d) => d.kind === 'hex-decimal-mismatch' && d.file === ALIYUN && d.line === 9 && d.erratum === 'test-hex-decimal'));
    const entry = result.catalog.entries.find((e) => e.sources.some((s) => s.file === ALIYUN && s.line === 9))!;
    assert.equal(entry.value, '536936449');
  });
});

describe('golden facts read from the documents', () => {
  const v1 = scans.get(V1)!;
  const v2 = scans.get(V2)!;
  const unescape = (name: string) => name.replace(/\\_/g, '_');

  test('every v1 code is in v2 under the same library: one entry with both lines as its two document sources', () => {
    let pairs = 0;
    for (const section of v1.filter((s) => s.rows.length > 0)) {
      const twin = v2.find((s) => s.heading === section.heading)!;
      for (const row of section.rows) {
        const newer = twin.rows.find((r) => BigInt(r.code) === BigInt(row.code));
        assert.ok(newer, `${V1}:${row.line} ${row.code} is in v2 § ${section.heading}`);
        const entry = entryAt(V1, row.line);
        assert.equal(entryAt(V2, newer.line), entry, `${V1}:${row.line} and ${V2}:${newer.line} are one entry`);
        assert.deepEqual(entry.sources.filter((s) => s.sourceKind === 'document').map((s) => [s.file, s.line]), [[V1, row.line], [V2, newer.line]], entry.id);
        pairs++;
      }
    }
    assert.equal(pairs, 177);
  });

  test("v2's spelling wins over v1's, and v1's stays findable; only 0x52000015 and 0x52000031 are spelled differently", () => {
    const differing: string[] = [];
    for (const section of v1) {
      const twin = v2.find((s) => s.heading === section.heading);
      for (const row of section.rows) {
        const newer = twin!.rows.find((r) => BigInt(r.code) === BigInt(row.code))!;
        const entry = entryAt(V1, row.line);
        // An SDK header may rename the entry (that precedence is tested in catalog-sdk-definitions); among the documents, v2 wins.
        const sdkName = entry.sources.find((s) => s.sourceKind === 'sdk-definition' && s.evidence === 'sdk-header' && s.nameAsWritten === entry.name)?.nameAsWritten;
        assert.equal(entry.name, sdkName ?? newer.name, `${entry.id}: name`);
        const spellings = [entry.name, ...entry.aliases];
        assert.ok(spellings.includes(newer.name), `${entry.id}: v2 spelling ${newer.name} findable`);
        assert.ok(spellings.includes(unescape(row.name)), `${entry.id}: v1 spelling ${unescape(row.name)} findable`);
        // The escaped spelling is that name (lookups unescape), not an alias of its own.
        if (row.name !== unescape(row.name)) assert.ok(!entry.aliases.includes(row.name), `${entry.id}: v1's escaped spelling ${row.name} is no alias`);
        if (unescape(row.name) !== newer.name) {
          differing.push(row.code);
          assert.ok(entry.history.some((h) => h.edition === 'v1' && h.field === 'name' && h.was === unescape(row.name)), `${entry.id}: history keeps v1's name`);
        }
      }
    }
    assert.deepEqual(differing, ['0x52000015', '0x52000031']);
  });

  test('0x52000015 is one entry found by both STATUS_SERVICE_CALL_DEVICE_NOT_FOND_ERROR (v1:48) and …_NOT_FOUND_ERROR (v2:152)', () => {
    const entry = entryAt(V2, 152);
    assert.equal(entry.hex, '0x52000015');
    assert.equal(entry.value, '1375731733');
    const spellings = [entry.name, ...entry.aliases];
    assert.ok(spellings.includes('STATUS_SERVICE_CALL_DEVICE_NOT_FOND_ERROR'));
    assert.ok(spellings.includes('STATUS_SERVICE_CALL_DEVICE_NOT_FOUND_ERROR'));
    assert.equal(entryAt(V1, 48), entry);
  });

  test('keeps the misprint 0x150000010 on STATUS_HMAC_GENERATION_ERROR = 0x15000010, and likewise through 0x150000018', () => {
    const names = ['STATUS_HMAC_GENERATION_ERROR', 'STATUS_IOT_FAILED', 'STATUS_MAX_ROLE_ALIAS_LEN_EXCEEDED', 'STATUS_MAX_USER_AGENT_NAME_POSTFIX_LEN_EXCEEDED', 'STATUS_MAX_CUSTOM_USER_AGENT_LEN_EXCEEDED', 'STATUS_INVALID_USER_AGENT_LENGTH', 'STATUS_INVALID_ENDPOINT_CACHING_PERIOD', 'STATUS_IOT_EXPIRATION_OCCURS_IN_PAST', 'STATUS_IOT_EXPIRATION_PARSING_FAILED'];
    names.forEach((name, i) => {
      const line = 1374 + 6 * i;
      const literal = '0x1500000' + (0x10 + i).toString(16);
      const entry = entryAt(V2, line);
      assert.equal(entry.id, `aws-kvs/${name}`);
      assert.equal(entry.hex, '0x150000' + (0x10 + i).toString(16));
      assert.equal(entry.value, String(0x15000010 + i));
      assert.deepEqual(entry.misprints.filter((m) => m.reason === 'misprint').map((m) => [m.literal, m.value, m.file, m.line]), [[literal, BigInt(literal).toString(), V2, line]]);
    });
    assert.equal(byId('aws-kvs/STATUS_HMAC_GENERATION_ERROR').misprints[0]!.value, '5637144592');
  });

  test('names 10009 AV_ERR_SERVER_ROOM_NOT_EXIST with the printed AV_ERR_SERVER_ID_NOT_IN_ROOM as alias; 10006 keeps that name', () => {
    const room = entryAt(ILVB, 43);
    assert.equal(room.id, 'tencent-ilvb/AV_ERR_SERVER_ROOM_NOT_EXIST');
    assert.equal(room.value, '10009');
    assert.ok(room.aliases.includes('AV_ERR_SERVER_ID_NOT_IN_ROOM'));
    const member = entryAt(ILVB, 40);
    assert.equal(member.id, 'tencent-ilvb/AV_ERR_SERVER_ID_NOT_IN_ROOM');
    assert.equal(member.value, '10006');
  });

  test('shows v1\'s whole text where v2 lost the "+" its markdown escape stood for, and says so', () => {
    const store = entryAt(V2, 206);
    assert.equal(store.id, 'aws-kvs/STATUS_STORE_OUT_OF_MEMORY');
    assert.match(store.action, /for all the streams \+ ~20%/, 'the action keeps its "+"');
    assert.ok(store.history.some((h) => h.edition === 'v2' && h.field === 'action' && /streams {2}~20%/.test(h.was)), 'v2\'s damaged action is history');
    assert.ok(store.notes.some((n) => n.includes('action is the v1 wording') && n.includes(`${V2}:206`) && n.includes('kvs-v2-markdown-escapes')), store.notes.join(' | '));
    const view = entryAt(V2, 1259);
    for (const field of ['summary', 'description'] as const) assert.match(view[field], /DTS\(n\) >= DTS\(n-1\) \+ Duration\(n-1\)/, `${view.id} ${field}`);
    // Every other row still takes v2's wording: only these two say their text is older.
    assert.deepEqual(catalog.entries.filter((e) => e.notes.some((n) => / wording \(/.test(n))).map((e) => e.id), [view.id, store.id]);
    assert.equal(store.summary, 'The content store is out of memory.', 'the undamaged summary is v2\'s');
  });

  test('never lists a name written with markdown escapes as an alias of itself', () => {
    for (const e of catalog.entries) assert.ok(!e.aliases.some((a) => a.includes('\\')), `${e.id}: ${e.aliases.join(', ')}`);
    assert.deepEqual(entryAt(V1, 57).aliases, []);
  });

  test('restores -1308 from lines 43-45 and 2010 from lines 80-81 of the LVB list', () => {
    const screen = entryAt(LVB, 43);
    assert.deepEqual([screen.id, screen.value, screen.module], ['tencent-lvb/PUSH_ERR_SCREEN_CAPTURE_START_FAILED', '-1308', 'push']);
    assert.equal(screen.description, 'The camera is in use and you may try enabling a different camera (Windows). System exception and recording failed (iOS). Failed to start screencap, which is possibly rejected by the user (Android).');
    const info = entryAt(LVB, 80);
    assert.deepEqual([info.id, info.value, info.module], ['tencent-lvb/PLAY_EVT_GET_PLAYINFO_SUCC', '2010', 'play']);
    assert.equal(info.description, 'VOD file information obtained successfully (Android, iOS). The error code of screencap snapshot (Windows).');
    for (const e of [screen, info]) assert.equal(e.nameOrigin, 'errata', e.id);
    assert.ok(entryAt(LVB, 87).description.endsWith(' Note: only RTMP playback addresses support low-delay acceleration.'));
  });

  test('gives each Tencent recording and push row a generated name flagged generatedName', () => {
    const sections = scans.get(ILVB)!;
    const prefixes: Record<string, string> = { 'Recording Error Codes': 'RECORDING_ERR_', 'Non-interactive Broadcasting Error Codes': 'PUSH_SERVER_ERR_' };
    let n = 0;
    for (const [heading, prefix] of Object.entries(prefixes)) {
      for (const row of sections.find((s) => s.heading === heading)!.rows) {
        const entry = entryAt(ILVB, row.line);
        assert.equal(entry.name, `${prefix}${row.code}`, `${ILVB}:${row.line}`);
        assert.equal(entry.generatedName, true, entry.id);
        assert.equal(entry.nameOrigin, 'generated', entry.id);
        assert.equal(entry.value, row.code, entry.id);
        n++;
      }
    }
    assert.equal(n, 74);
    // 1001 is both a push-server row (line 121) and the client's AV_ERR_REPEATED_OPERATION (line 9).
    assert.deepEqual([entryAt(ILVB, 121).id, entryAt(ILVB, 121).value], ['tencent-ilvb/PUSH_SERVER_ERR_1001', '1001']);
    assert.deepEqual([entryAt(ILVB, 9).id, entryAt(ILVB, 9).value], ['tencent-ilvb/AV_ERR_REPEATED_OPERATION', '1001']);
  });

  test('reads Tencent codes as signed decimal: every ILVB and LVB row has the value it prints', () => {
    for (const file of [ILVB, LVB]) {
      for (const row of scans.get(file)!.flatMap((s) => s.rows)) {
        const entry = entryAt(file, row.line);
        assert.ok(printedValueIsFindable(entry, row.code, BigInt(row.code)), `${file}:${row.line} ${row.code} → ${entry.id} = ${entry.value}`);
      }
    }
    assert.equal(entryAt(LVB, 36).value, '-1301');
    assert.equal(entryAt(LVB, 36).hex, '0xfffffaeb');
  });

  test('Alibaba: the hexadecimal column agrees with the decimal column on every row, and the entry has that value', () => {
    const rows = scans.get(ALIYUN)!.flatMap((s) => s.rows);
    assert.equal(rows.length, 127);
    for (const row of rows) {
      const hex = BigInt('0x' + row.code.replace(/^0x/i, ''));
      assert.equal(hex, BigInt(row.decimal!), `${ALIYUN}:${row.line}: ${row.code} vs ${row.decimal}`);
      // The entry has the document's value, or (ARTP, erratum sdk-aliyun-artp-vendor-header) the vendor header's,
      // with the document's kept as a document-value reading.
      const e = entryAt(ALIYUN, row.line);
      const kept = e.value === row.decimal || e.misprints.some((m) => m.reason === 'document-value' && m.value === row.decimal && m.line === row.line);
      assert.ok(kept, `${ALIYUN}:${row.line}: ${e.id} = ${e.value}, the document ${row.decimal}`);
    }
    assert.deepEqual(rows.filter((r) => r.code.startsWith('0x')).map((r) => r.line), [100, 107, 108, 109, 110, 111, 112, 113, 114, 115, 116, 117, 149]);
    assert.ok(rows.filter((r) => !r.code.startsWith('0x')).some((r) => /^\d{8}$/.test(r.code)), 'bare 8-digit codes exist and are read as hex');
  });

  test('Alibaba: 0x20013007 is two entries, one per printed name (lines 114 and 115); the SDK emits 0x20013008 for both', () => {
    const a = entryAt(ALIYUN, 114);
    const b = entryAt(ALIYUN, 115);
    assert.notEqual(a.id, b.id);
    assert.equal(a.value, '536948744');
    assert.equal(b.value, '536948744');
    for (const e of [a, b]) assert.ok(e.misprints.some((m) => m.reason === 'document-value' && m.value === '536948743'), e.id);
  });

  test('the 64-bit INVALID_DURATION_VALUE keeps its full value 0xFFFFFFFFFFFFFFFF', () => {
    const e = entryAt(V1, 137);
    assert.equal(e.value, '18446744073709551615');
    assert.equal(e.hex, '0xffffffffffffffff');
    assert.equal(entryAt(V2, 711), e);
  });
});
