/**
 * The catalog as SQL for a log store: DDL and data of three tables, for DuckDB or ClickHouse.
 *
 * - `avcodes_codes`: one row per entry — vendor, sdk, module, name, the value as signed and unsigned
 *   64-bit integers (and its 32-bit two's-complement reading), the hex form, kind, category, recovery,
 *   summary, action;
 * - `avcodes_keys`: every way a log writes a code, normalised as the documented query normalises a
 *   token (lower case; `0x` hex without leading zeros) → the entry, with the reading and its rank.
 *   A join on a string is what both engines distribute best, and it holds the twins, the bare-hex
 *   literals and the misprints that arithmetic on the value alone would miss;
 * - `avcodes_markers`: the scanner's SDK marker words (`kvssink`, `AliPlayer`, `TXLivePlayer`, …),
 *   so a query can prefer the SDK a message names when a value is shared.
 */
import { writtenCode } from '../notation/written.js';
import type { Catalog, Entry } from './schema.js';

export const SQL_DIALECTS = ['duckdb', 'clickhouse'] as const;
export type SqlDialect = (typeof SQL_DIALECTS)[number];

/** An SDK marker word (lower case) and the SDK (and module) it names. */
export interface SqlMarker {
  marker: string;
  sdk: string;
  module: string | null;
}

/** How a key reads a code; the rank orders the candidates of a shared token (lower first). */
const READINGS = { value: 0, name: 0, alias: 1, 'as-written': 1, twin: 2, misprint: 3 } as const;
type KeyReading = keyof typeof READINGS;

const U64 = 1n << 64n;
const ROWS_PER_INSERT = 200;

interface Column {
  name: string;
  duckdb: string;
  clickhouse: string;
  get: (e: Entry) => string | bigint | boolean | null;
}

const CODE_COLUMNS: readonly Column[] = [
  { name: 'id', duckdb: 'VARCHAR NOT NULL PRIMARY KEY', clickhouse: 'String', get: (e) => e.id },
  { name: 'vendor', duckdb: 'VARCHAR NOT NULL', clickhouse: 'String', get: (e) => e.vendor },
  { name: 'sdk', duckdb: 'VARCHAR NOT NULL', clickhouse: 'String', get: (e) => e.sdk },
  { name: 'module', duckdb: 'VARCHAR NOT NULL', clickhouse: 'String', get: (e) => e.module },
  { name: 'name', duckdb: 'VARCHAR NOT NULL', clickhouse: 'String', get: (e) => e.name },
  { name: 'value_signed', duckdb: 'BIGINT NOT NULL', clickhouse: 'Int64', get: (e) => BigInt.asIntN(64, BigInt(e.value)) },
  { name: 'value_unsigned', duckdb: 'UBIGINT NOT NULL', clickhouse: 'UInt64', get: (e) => BigInt.asUintN(64, BigInt(e.value)) },
  { name: 'value_u32', duckdb: 'UBIGINT', clickhouse: 'Nullable(UInt64)', get: (e) => twin32(BigInt(e.value)) },
  { name: 'hex', duckdb: 'VARCHAR NOT NULL', clickhouse: 'String', get: (e) => e.hex },
  { name: 'written', duckdb: 'VARCHAR NOT NULL', clickhouse: 'String', get: (e) => writtenCode(e) },
  { name: 'kind', duckdb: 'VARCHAR NOT NULL', clickhouse: 'String', get: (e) => e.kind },
  { name: 'category', duckdb: 'VARCHAR NOT NULL', clickhouse: 'String', get: (e) => e.category },
  { name: 'recovery', duckdb: 'VARCHAR NOT NULL', clickhouse: 'String', get: (e) => e.recovery },
  { name: 'documented', duckdb: 'BOOLEAN NOT NULL', clickhouse: 'UInt8', get: (e) => e.documented },
  { name: 'summary', duckdb: 'VARCHAR NOT NULL', clickhouse: 'String', get: (e) => e.summary },
  { name: 'action', duckdb: 'VARCHAR NOT NULL', clickhouse: 'String', get: (e) => e.action },
];

/** The value's other 32-bit reading (-2301 ↔ 4294964995) as an unsigned number, when it has one. */
function twin32(v: bigint): bigint | null {
  if (v >= -(1n << 31n) && v < 0n) return v + (1n << 32n);
  if (v >= 0n && v < 1n << 32n) return v;
  return null;
}

/** A numeric literal as the documented query normalises a token: lower case, `0x` hex without leading zeros. */
export function normaliseToken(token: string): string {
  const t = token.trim().toLowerCase();
  const m = /^(-?)0x0*([0-9a-f]*)$/.exec(t);
  return m ? `${m[1]}0x${m[2] || '0'}` : t;
}

/** Every key of an entry: the forms of its value, its twins, its document literal, misprints, name and aliases. */
export function keysOf(e: Entry): [string, KeyReading][] {
  const keys = new Map<string, KeyReading>();
  const add = (k: string, r: KeyReading) => {
    const key = normaliseToken(k);
    const had = keys.get(key);
    if (had === undefined || READINGS[r] < READINGS[had]) keys.set(key, r);
  };
  const v = BigInt(e.value);
  const u64 = BigInt.asUintN(64, v);
  add(v.toString(), 'value');
  add(`0x${(v < 0n ? u64 : v).toString(16)}`, v < 0n ? 'twin' : 'value');
  add(e.hex, v < 0n ? 'twin' : 'value');
  if (v < 0n) add(u64.toString(), 'twin');
  if (v >= 1n << 63n) add(BigInt.asIntN(64, v).toString(), 'twin');
  const t32 = twin32(v);
  if (t32 !== null && t32 !== v) {
    add(t32.toString(), 'twin');
    add(`0x${t32.toString(16)}`, 'twin');
  }
  if (v >= 1n << 31n && v < 1n << 32n) add(BigInt.asIntN(32, v).toString(), 'twin');
  const written = writtenCode(e);
  // The bare-hex literal the documents print (Alibaba's 20030004 for 0x20030004).
  if (written !== e.hex && written !== e.value && /^[0-9a-fA-F]+$/.test(written)) add(written, 'as-written');
  for (const m of e.misprints) add(m.literal, 'misprint');
  add(e.name, 'name');
  for (const a of e.aliases) add(a, 'alias');
  return [...keys].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

function literal(value: string | bigint | boolean | number | null, dialect: SqlDialect): string {
  if (value === null) return 'NULL';
  if (typeof value === 'bigint' || typeof value === 'number') return value.toString();
  if (typeof value === 'boolean') return dialect === 'duckdb' ? String(value).toUpperCase() : value ? '1' : '0';
  // DuckDB strings are standard SQL (a quote is doubled); ClickHouse reads backslash escapes.
  if (dialect === 'duckdb') return `'${value.replace(/'/g, "''")}'`;
  return `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'").replace(/\n/g, '\\n').replace(/\r/g, '\\r').replace(/\t/g, '\\t')}'`;
}

function createTable(name: string, columns: readonly [string, string, string][], dialect: SqlDialect, orderBy: string): string {
  const cols = columns.map(([n, duck, ch]) => `  ${n} ${dialect === 'duckdb' ? duck : ch}`).join(',\n');
  if (dialect === 'duckdb') return `CREATE OR REPLACE TABLE ${name} (\n${cols}\n);\n`;
  return `DROP TABLE IF EXISTS ${name};\nCREATE TABLE ${name} (\n${cols}\n) ENGINE = MergeTree ORDER BY ${orderBy};\n`;
}

function inserts(table: string, rows: readonly (readonly (string | bigint | boolean | number | null)[])[], dialect: SqlDialect): string {
  let out = '';
  for (let i = 0; i < rows.length; i += ROWS_PER_INSERT) {
    const values = rows.slice(i, i + ROWS_PER_INSERT).map((r) => `(${r.map((v) => literal(v, dialect)).join(', ')})`);
    // clickhouse-client (18.16, Debian's) reads an INSERT's inline data to the end of its line only.
    out += dialect === 'duckdb' ? `INSERT INTO ${table} VALUES\n${values.join(',\n')};\n` : `INSERT INTO ${table} VALUES ${values.join(', ')};\n`;
  }
  return out;
}

/**
 * The catalog as SQL (DDL, then INSERTs) for DuckDB or ClickHouse; deterministic for a catalog.
 * @example
 *   catalogToSql(loadCatalog(), 'duckdb', markers); // 'CREATE OR REPLACE TABLE avcodes_codes (…'
 */
export function catalogToSql(catalog: Catalog, dialect: SqlDialect, markers: readonly SqlMarker[]): string {
  const parts = [
    `-- The avcodes catalog (format ${catalog.formatVersion}, ${catalog.entries.length} entries) for ${dialect}: avcodes export --format sql --dialect ${dialect}\n`,
    createTable(
      'avcodes_codes',
      CODE_COLUMNS.map((c) => [c.name, c.duckdb, c.clickhouse]),
      dialect,
      'id',
    ),
    inserts(
      'avcodes_codes',
      catalog.entries.map((e) => CODE_COLUMNS.map((c) => c.get(e))),
      dialect,
    ),
    createTable(
      'avcodes_keys',
      [
        ['token', 'VARCHAR NOT NULL', 'String'],
        ['id', 'VARCHAR NOT NULL', 'String'],
        ['reading', 'VARCHAR NOT NULL', 'String'],
        ['rank', 'INTEGER NOT NULL', 'UInt8'],
      ],
      dialect,
      '(token, id)',
    ),
    inserts(
      'avcodes_keys',
      catalog.entries.flatMap((e) => keysOf(e).map(([token, reading]) => [token, e.id, reading, READINGS[reading]])),
      dialect,
    ),
    createTable(
      'avcodes_markers',
      [
        ['marker', 'VARCHAR NOT NULL', 'String'],
        ['sdk', 'VARCHAR NOT NULL', 'String'],
        ['module', 'VARCHAR', 'Nullable(String)'],
      ],
      dialect,
      '(marker, sdk)',
    ),
    inserts(
      'avcodes_markers',
      markers.map((m) => [m.marker, m.sdk, m.module]),
      dialect,
    ),
  ];
  return parts.join('\n');
}
