import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { loadCatalog } from '../src/catalog/load.js';
import { SdkRegistry } from '../src/catalog/registry.js';
import { renderConstants } from '../src/constants/generate.js';
import * as fromSource from '../src/index.js';

const catalog = loadCatalog();
const sdks = [...new Set(catalog.entries.map((e) => e.sdk))].sort();
const registry = SdkRegistry.of(catalog);
/** The export name the registry (sources/manifest.json) gives an SDK's constants. */
const exportNameOf = (sdk: string) => registry.get(sdk)!.constantsName;

/** The catalog's own answer: per SDK, name → value (bigint so 2^64 − 1 compares exactly). */
function expectedOf(sdk: string): Map<string, bigint> {
  return new Map(catalog.entries.filter((e) => e.sdk === sdk).map((e) => [e.name, BigInt(e.value)]));
}

function assertMatchesCatalog(modules: Record<string, unknown>, where: string): void {
  for (const sdk of sdks) {
    const constants = modules[exportNameOf(sdk)] as Record<string, number | bigint> | undefined;
    assert.ok(constants, `${where} exports ${exportNameOf(sdk)} for ${sdk}`);
    const expected = expectedOf(sdk);
    assert.deepEqual(Object.keys(constants).sort(), [...expected.keys()].sort(), `${where}: the names of ${exportNameOf(sdk)} are the ${sdk} names of the catalog`);
    for (const [name, value] of expected) {
      assert.equal(BigInt(constants[name]!), value, `${where}: ${exportNameOf(sdk)}.${name}`);
      assert.equal(typeof constants[name], value > BigInt(Number.MAX_SAFE_INTEGER) ? 'bigint' : 'number', `${exportNameOf(sdk)}.${name} is exact`);
    }
    assert.ok(Object.isFrozen(constants), `${exportNameOf(sdk)} is frozen`);
  }
}

describe('typed constants', () => {
  test('the package exports one frozen object per SDK with every catalog name and value', () => {
    assertMatchesCatalog(fromSource as unknown as Record<string, unknown>, 'src/index.ts');
    assert.equal(fromSource.KvsStatus.STATUS_STORE_OUT_OF_MEMORY, 0x5200002e, 'v1 line 57');
    assert.equal(fromSource.KvsStatus.INVALID_DURATION_VALUE, 0xffffffffffffffffn, 'v1 line 137');
    assert.equal(fromSource.TencentLvbEvent.PLAY_ERR_NET_DISCONNECT, -2301, 'LVB line 86');
  });

  test('the build wrote the constants of the built catalog into dist', async () => {
    const built = (await import(new URL('../dist/constants/generated/index.js', import.meta.url).href)) as Record<string, unknown>;
    assertMatchesCatalog(built, 'dist/constants/generated');
  });

  test('the committed src/constants/generated files are what the generator writes for this catalog', () => {
    const rendered = renderConstants(catalog);
    for (const m of [...rendered.modules.map((x) => ({ file: x.file, ts: x.ts })), { file: 'index', ts: rendered.index.ts }]) {
      const path = new URL(`../src/constants/generated/${m.file}.ts`, import.meta.url);
      assert.equal(readFileSync(path, 'utf8'), m.ts, `src/constants/generated/${m.file}.ts is stale: run \`npm run build\` and commit it`);
    }
  });
});
