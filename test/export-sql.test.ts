// The SQL export in a real engine: the DuckDB export loads into DuckDB embedded, and the query the
// README documents finds the codes of a generated log table; its agreement with `avcodes scan` on the
// same lines is printed (found by both, by one only) and held to a floor.
import assert from 'node:assert/strict';
import { execFile, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { keysOf, normaliseToken } from '../src/catalog/export-sql.js';
import { loadCatalog } from '../src/catalog/load.js';
import { AVCODES_BIN, runProcess, type Run } from './process-helpers.js';

const MAIN = fileURLToPath(new URL('../dist/cli/main.js', import.meta.url));
const README = readFileSync(new URL('../README.md', import.meta.url), 'utf8');

function exportSql(dialect: string): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [MAIN, 'export', '--format', 'sql', '--dialect', dialect], { maxBuffer: 64 << 20 }, (err, stdout, stderr) =>
      resolve({ code: err ? Number((err as { code?: number }).code ?? 1) : 0, stdout, stderr }),
    );
  });
}

/** The query the README documents for a dialect (the sql block after its marker comment). */
function documentedQuery(dialect: string): string {
  const m = new RegExp(`<!-- avcodes-query:${dialect} -->\\s*\`\`\`sql\\n([\\s\\S]*?)\`\`\``).exec(README);
  assert.ok(m, `README documents a ${dialect} query`);
  return m[1]!;
}

// A deterministic log: noise full of numbers that are not codes, and codes in the notations the SDKs print.
let seed = 13;
const rnd = (n: number) => {
  seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
  // The high bits: the low bits of this generator repeat with a short period (with 16 templates,
  // `seed % 16` never picked some of them).
  return (seed >>> 8) % n;
};
const pick = <T>(a: readonly T[]): T => a[rnd(a.length)]!;
const hex8 = (n: number) => '0x' + (n >>> 0).toString(16).padStart(8, '0');
const ts = () => `2024-05-02 08:${String(rnd(60)).padStart(2, '0')}:${String(rnd(60)).padStart(2, '0')}.${String(rnd(1000)).padStart(3, '0')}`;
const TEMPLATES: (() => string)[] = [
  () => `${ts()} [DEBUG] putKinesisVideoFrame(): frame pts ${rnd(1e9)} dts ${rnd(1e9)} size ${rnd(200000)} bytes flags 0x${String(rnd(2)).padStart(8, '0')}`,
  () => `${ts()} [INFO ] kvssink stream metrics: current view duration ${rnd(10000)} ms, allocation size ${rnd(1e8)}, storage ${rnd(100)}%`,
  () => `${ts()} [DEBUG] thread 0x${(0x7f0000000000 + rnd(0xffffff)).toString(16)} heap 0x${(0x55d000000000 + rnd(0xffffff)).toString(16)} alloc ${rnd(65536)}`,
  () => `${ts()} GET /v1/streams/${rnd(1e6)}?t=${rnd(1e9)} HTTP/1.1 200 ${rnd(50000)} ip 10.${rnd(256)}.${rnd(256)}.${rnd(256)} version 3.${rnd(10)}.${rnd(10)}`,
  () => `${ts()} I TXLivePlayer: onNetStatus CPU_USAGE=${rnd(100)} VIDEO_BITRATE=${rnd(3000)} NET_SPEED=${rnd(5000)}`,
  () => `${ts()} [ERROR] PutFrame failed with status code: ${hex8(pick([0x5200002e, 0x52000010, 0x5200005e, 0x15000011, 0x32000002, 0x5200002f, 0x52000037]))}`,
  () => `${ts()} [ERROR] kvssink createStream failed, Status: ${pick([1375731758, 1375731728, 352321553])}`,
  () => `${ts()} [ERROR] putKinesisVideoFrame returned ${pick(['STATUS_IOT_FAILED', 'STATUS_STORE_OUT_OF_MEMORY', 'STATUS_INVALID_ARG'])}`,
  () => `${ts()} I TXLivePlayer: onPlayEvent event=${pick([-2301, -2302, -2303])} param=${rnd(100)}`,
  () => `${ts()} E AliPlayer: onError error_code * ${pick(['20030004', '20050003', '20010105'])} * msg=network`,
  () => `${ts()} E AVSDK EnterRoom failed: recording error ${pick(['30000001', '30000002'])}`,
  () => `${ts()} W TXLivePusher: onPushEvent event=${pick([-1307, -1313])} reconnect`,
  // KVS WebRTC and TRTC, as their users' logs print them (test/corpus: kvs-webrtc-956, tencent-trtc-109).
  () => `${ts()} ERROR   iceAgentAddRemoteCandidate(): operation returned status code: ${hex8(pick([0x5a000005, 0x5a00000d, 0x5d00002e]))}`,
  () => `${ts()} 进房失败，提示错误码 进房失败get tinyid error ${pick([-100018, -3301, -3304])}`,
  // Short codes: the query leaves them to the scanner's cue words.
  () => `${ts()} I TXLivePlayer: onPlayEvent event=${pick([2103, 2004])}`,
  // A byte count that happens to equal a code value: the scanner's decoy words drop it, the query cannot.
  () => `${ts()} [DEBUG] kvssink allocation size ${pick([1375731758, 30000001])} bytes`,
];
// Every template in turn, so each kind of line is there whatever the generator gives.
const LINES = Array.from({ length: 3000 }, (_, i) => TEMPLATES[i % TEMPLATES.length]!());

describe('avcodes export --format sql', () => {
  test('normalises tokens as the documented query does', () => {
    for (const [token, key] of [
      ['0x5200002E', '0x5200002e'],
      ['0x00000001', '0x1'],
      ['0x00000000', '0x0'],
      ['-2301', '-2301'],
      ['STATUS_IOT_FAILED', 'status_iot_failed'],
    ]) {
      assert.equal(normaliseToken(token!), key, token);
    }
  });

  test('keys an entry by every form a log writes it in', () => {
    const e = loadCatalog().entries.find((x) => x.id === 'tencent-lvb/PLAY_ERR_NET_DISCONNECT')!;
    const keys = new Map(keysOf(e));
    for (const [k, reading] of [
      ['-2301', 'value'],
      ['4294964995', 'twin'],
      ['0xfffff703', 'twin'],
      ['0xfffffffffffff703', 'twin'],
      ['18446744073709549315', 'twin'],
      ['play_err_net_disconnect', 'name'],
    ]) {
      assert.equal(keys.get(k!), reading, `${k} reads -2301 as ${reading}`);
    }
    const ali = new Map(keysOf(loadCatalog().entries.find((x) => x.id === 'aliyun-player/ERROR_LOADING_TIMEOUT')!));
    assert.equal(ali.get('20030004'), 'as-written', 'the bare-hex literal of the Alibaba documents');
    assert.equal(ali.get('537067524'), 'value');
  });

  test('rejects --format sql without a dialect, and a dialect it does not know', async () => {
    for (const [args, says] of [
      [['export', '--format', 'sql'], /--format sql needs --dialect duckdb or clickhouse/],
      [['export', '--format', 'sql', '--dialect', 'mysql'], /--format sql needs --dialect duckdb or clickhouse, not "mysql"/],
      [['export', '--format', 'csv', '--dialect', 'duckdb'], /--dialect goes with --format sql/],
    ] as const) {
      const r = await new Promise<{ code: number; stderr: string }>((resolve) =>
        execFile(process.execPath, [MAIN, ...args], (err, _o, stderr) => resolve({ code: err ? Number((err as { code?: number }).code) : 0, stderr })),
      );
      assert.equal(r.code, 2, args.join(' '));
      assert.match(r.stderr, says);
      assert.equal(r.stderr.trimEnd().split('\n').length, 1);
    }
  });

  test('the ClickHouse export quotes with backslash escapes and types the values for ClickHouse', async () => {
    const r = await exportSql('clickhouse');
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /CREATE TABLE avcodes_codes \(\n {2}id String,[\s\S]*value_signed Int64,\n {2}value_unsigned UInt64,\n {2}value_u32 Nullable\(UInt64\),[\s\S]*\) ENGINE = MergeTree ORDER BY id;/);
    assert.match(r.stdout, /'tencent-lvb\/PLAY_ERR_NET_DISCONNECT', 'Tencent Cloud', 'tencent-lvb', 'play', 'PLAY_ERR_NET_DISCONNECT', -2301, 18446744073709549315, 4294964995, '0xfffff703', '-2301'/);
    assert.match(r.stdout, /It\\'s important to not overflow the storage/, 'a quote in a text is escaped with a backslash');
    assert.doesNotMatch(r.stdout, /It''s/, 'never doubled, as standard SQL would');
  });

  test('loads into DuckDB, and the documented query finds the codes avcodes scan finds', { timeout: 120_000 }, async () => {
    const r = await exportSql('duckdb');
    assert.equal(r.code, 0, r.stderr);
    const db = await DuckDBInstance.create(':memory:');
    const con: DuckDBConnection = await db.connect();
    try {
      await con.run(r.stdout);
      const counts = (await con.runAndReadAll('SELECT (SELECT count(*) FROM avcodes_codes) AS codes, (SELECT count(*) FROM avcodes_keys) AS keys, (SELECT count(*) FROM avcodes_markers) AS markers')).getRowObjectsJson()[0]!;
      assert.equal(Number(counts.codes), loadCatalog().entries.length);
      const big = (await con.runAndReadAll("SELECT value_signed, value_unsigned FROM avcodes_codes WHERE hex = '0xffffffffffffffff'")).getRowObjectsJson()[0]!;
      assert.deepEqual([String(big.value_signed), String(big.value_unsigned)], ['-1', '18446744073709551615']);

      await con.run('CREATE TABLE logs (line_no BIGINT, message VARCHAR)');
      const appender = await con.createAppender('logs');
      LINES.forEach((message, i) => {
        appender.appendBigInt(BigInt(i + 1));
        appender.appendVarchar(message);
        appender.endRow();
      });
      appender.closeSync();
      const rows = (await con.runAndReadAll(documentedQuery('duckdb'))).getRowObjectsJson() as { line_no: string; token: string; id: string }[];
      await compareWithScan('DuckDB', new Set(rows.map((x) => `${x.line_no} ${x.token} ${x.id}`)));
    } finally {
      con.closeSync();
      db.closeSync();
    }
  });
});

interface ScanFinding {
  type: string;
  line: number;
  text: string;
  entry?: { id: string };
}

let scanned: Promise<ScanFinding[]> | undefined;
/** The findings of `avcodes scan --format ndjson` (the bin, as users run it) on LINES, read once. */
function scanFindings(): Promise<ScanFinding[]> {
  scanned ??= runProcess(process.execPath, [AVCODES_BIN, 'scan', '--format', 'ndjson', '-'], LINES.join('\n') + '\n').then((r) => {
    assert.equal(r.code, 0, r.stderr);
    return r.stdout
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l) as ScanFinding)
      .filter((f) => f.type === 'finding' && f.entry);
  });
  return scanned;
}

const CODE_SHAPED = /^(-?0[xX][0-9a-fA-F]{8,16}|-[0-9]{4,10}|[0-9]{8,20}|[A-Z][A-Z0-9]*_[A-Z0-9_]*[A-Z0-9])$/;
/** The generated lines' decoy: a byte count that equals a code value, which only the scanner's words can tell. */
const isByteCount = (key: string) => LINES[Number(key.split(' ')[0]) - 1]!.includes('allocation size');

/**
 * Prints the agreement of the query's rows (`line token id`) with `avcodes scan` on the same lines —
 * found by both, by the query only, by scan only, and scan's short codes the query does not look
 * for — and holds it to the floor.
 */
async function compareWithScan(engine: string, sql: Set<string>): Promise<void> {
  const scan = await scanFindings();
  const shaped = scan.filter((f) => CODE_SHAPED.test(f.text));
  const scanKeys = new Set(shaped.map((f) => `${f.line} ${f.text} ${f.entry!.id}`));
  const both = [...scanKeys].filter((k) => sql.has(k)).length;
  const sqlOnly = [...sql].filter((k) => !scanKeys.has(k));
  const scanOnly = [...scanKeys].filter((k) => !sql.has(k));
  const byteCounts = sqlOnly.filter(isByteCount).length;
  const pct = (n: number, of: number) => `${((100 * n) / of).toFixed(1)}%`;
  const examples = (keys: string[]) => (keys.length > 0 ? `  e.g. ${keys.slice(0, 3).join('; ')}` : '');
  console.log(
    [
      `${engine} documented query vs avcodes scan --format ndjson on ${LINES.length} generated lines (a row is line, token and entry):`,
      `  found by both          ${String(both).padStart(5)}   ${pct(both, scanKeys.size)} of scan's ${scanKeys.size} code-shaped findings, ${pct(both, sql.size)} of the query's ${sql.size} rows`,
      `  by the query only      ${String(sqlOnly.length).padStart(5)}   ${byteCounts} of them byte counts equal to a code value (scan's decoy words drop them)${examples(sqlOnly.filter((k) => !isByteCount(k)))}`,
      `  by scan only           ${String(scanOnly.length).padStart(5)}${examples(scanOnly)}`,
      `  scan's short codes     ${String(scan.length - shaped.length).padStart(5)}   (event=2103 and the like: cue words, which the query does not look for)`,
    ].join('\n'),
  );
  assert.ok(scanKeys.size > 500, 'the generated log has codes');
  assert.ok(both / scanKeys.size >= 0.99, `the query finds ${both} of scan's ${scanKeys.size} code-shaped findings`);
  assert.deepEqual(sqlOnly.filter((k) => !isByteCount(k)), [], 'the query reports nothing scan does not, except the byte counts that equal a code value');
}

// ClickHouse: Debian's clickhouse-server (18.16), started on a free port in a temporary directory.
const CLICKHOUSE_SERVER = ['/usr/sbin/clickhouse-server', '/usr/bin/clickhouse-server'].find((p) => existsSync(p));
const HAS_CLIENT = spawnSync('clickhouse-client', ['--version']).status === 0;

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => resolve(port));
    });
  });
}

function client(port: number, args: string[], input?: string): Promise<Run> {
  return runProcess('clickhouse-client', ['--host', '127.0.0.1', '--port', String(port), ...args], input);
}

describe('the ClickHouse export in ClickHouse', { skip: CLICKHOUSE_SERVER && HAS_CLIENT ? false : 'clickhouse-server and clickhouse-client are not installed (apt-get install clickhouse-server clickhouse-client)' }, () => {
  test('loads, and the documented query finds the codes avcodes scan finds', { timeout: 180_000 }, async () => {
    const dir = mkdtempSync(join(tmpdir(), 'avcodes-clickhouse-'));
    for (const sub of ['data', 'tmp', 'user_files']) mkdirSync(join(dir, sub));
    const port = await freePort();
    writeFileSync(
      join(dir, 'config.xml'),
      `<yandex>
  <logger><level>warning</level><log>${dir}/server.log</log><errorlog>${dir}/server.err.log</errorlog></logger>
  <listen_host>127.0.0.1</listen_host>
  <tcp_port>${port}</tcp_port>
  <path>${dir}/data/</path>
  <tmp_path>${dir}/tmp/</tmp_path>
  <user_files_path>${dir}/user_files/</user_files_path>
  <users_config>${dir}/users.xml</users_config>
  <default_profile>default</default_profile>
  <default_database>default</default_database>
  <mark_cache_size>268435456</mark_cache_size>
</yandex>
`,
    );
    writeFileSync(
      join(dir, 'users.xml'),
      `<yandex>
  <profiles><default></default></profiles>
  <users><default><password></password><networks><ip>127.0.0.1</ip></networks><profile>default</profile><quota>default</quota></default></users>
  <quotas><default></default></quotas>
</yandex>
`,
    );
    const server = spawn(CLICKHOUSE_SERVER!, [`--config-file=${join(dir, 'config.xml')}`], { stdio: 'ignore' });
    try {
      // Ready when it answers; bounded by the test's timeout, and by the server ending early.
      let exited = false;
      server.once('exit', () => (exited = true));
      for (;;) {
        if (exited) throw new Error(`clickhouse-server ended at start: ${readFileSync(join(dir, 'server.err.log'), 'utf8').slice(-2000)}`);
        if ((await client(port, ['-q', 'SELECT 1'])).code === 0) break;
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
      const sql = await exportSql('clickhouse');
      assert.equal(sql.code, 0, sql.stderr);
      const load = await client(port, ['--multiquery'], sql.stdout);
      assert.equal(load.code, 0, load.stderr);
      const counts = await client(port, ['-q', 'SELECT count() FROM avcodes_codes']);
      assert.equal(Number(counts.stdout.trim()), loadCatalog().entries.length);
      assert.equal((await client(port, ['-q', 'CREATE TABLE logs (line_no UInt64, message String) ENGINE = MergeTree ORDER BY line_no'])).code, 0);
      const tsv = LINES.map((l, i) => `${i + 1}\t${l.replace(/\\/g, '\\\\').replace(/\t/g, '\\t')}\n`).join('');
      const insert = await client(port, ['-q', 'INSERT INTO logs FORMAT TabSeparated'], tsv);
      assert.equal(insert.code, 0, insert.stderr);
      const query = await client(port, ['--multiquery', '--format', 'TabSeparated'], documentedQuery('clickhouse'));
      assert.equal(query.code, 0, query.stderr);
      const rows = query.stdout.trimEnd().split('\n').map((l) => l.split('\t'));
      await compareWithScan('ClickHouse', new Set(rows.map(([line, token, id]) => `${line} ${token} ${id}`)));
    } finally {
      server.kill('SIGKILL');
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
