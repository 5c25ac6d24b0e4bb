import { SdkRegistry } from '../catalog/registry.js';
import type { Catalog, Entry } from '../catalog/schema.js';

/**
 * Typed constants, one module per SDK (`KvsStatus.STATUS_STORE_OUT_OF_MEMORY`), rendered from the
 * catalog so that applications compare codes without magic numbers. Each module is rendered three
 * ways from the same rows: TypeScript (committed under src/constants/generated/, where it is
 * type-checked and reviewed as a diff when the catalog changes) and JavaScript + declarations
 * (written into dist/ by the build, so the package always ships the constants of the catalog it ships).
 * The writer is deterministic: entries by value then name, one per line, trailing newline.
 */

export interface ConstantsModule {
  sdk: string;
  /** The exported object, e.g. `KvsStatus`. */
  exportName: string;
  /** File name without extension, e.g. `aws-kvs`. */
  file: string;
  ts: string;
  js: string;
  dts: string;
}

export interface RenderedConstants {
  modules: ConstantsModule[];
  /** The barrel re-exporting every module. */
  index: { ts: string; js: string; dts: string };
}

const HEADER = '// Generated from the catalog by src/constants/generate.ts during `npm run build`. Do not edit.\n';

export function renderConstants(catalog: Catalog): RenderedConstants {
  // Each SDK's export name is the registry's `constantsName`: the name its users already know
  // (KVS calls its codes STATUS, Alibaba's player ERROR, Tencent's LVB SDK events).
  const sdks = SdkRegistry.of(catalog).sdks;
  const modules = sdks.map((sdk) => renderModule(sdk.id, sdk.constantsName, catalog.entries.filter((e) => e.sdk === sdk.id)));
  const tsLines = modules.map((m) => `export { ${m.exportName}, type ${m.exportName}Name } from './${m.file}.js';`);
  const jsLines = modules.map((m) => `export { ${m.exportName} } from './${m.file}.js';`);
  const dtsLines = modules.map((m) => `export { ${m.exportName}, type ${m.exportName}Name } from './${m.file}.js';`);
  return {
    modules,
    index: { ts: HEADER + tsLines.join('\n') + '\n', js: HEADER + jsLines.join('\n') + '\n', dts: HEADER + dtsLines.join('\n') + '\n' },
  };
}

function renderModule(sdk: string, exportName: string, entries: Entry[]): ConstantsModule {
  const rows = [...entries].sort((a, b) => compareBig(BigInt(a.value), BigInt(b.value)) || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const writesHex = rows.some((e) => e.sources.some((s) => /^0x/i.test(s.codeAsWritten.trim())));
  const first = rows.find((e) => e.documented && BigInt(e.value) !== 0n) ?? rows[0]!;
  const doc =
    `/**\n * ${first.product} (${sdk}): every code of the catalog by name.\n` +
    ` * @example if (code === ${exportName}.${first.name}) { … }\n */\n`;
  const members = rows.map((e) => ({ e, comment: `  /** ${jsdocText(e)} */\n`, literal: literalOf(BigInt(e.value), writesHex) }));
  const ts =
    HEADER +
    '\n' +
    doc +
    `export const ${exportName} = Object.freeze({\n` +
    members.map(({ e, comment, literal }) => `${comment}  ${e.name}: ${literal},\n`).join('') +
    '} as const);\n\n' +
    `/** A name in ${exportName}. @example const name: ${exportName}Name = '${first.name}'; */\n` +
    `export type ${exportName}Name = keyof typeof ${exportName};\n`;
  const js =
    HEADER + '\n' + doc + `export const ${exportName} = Object.freeze({\n` + members.map(({ e, literal }) => `  ${e.name}: ${literal},\n`).join('') + '});\n';
  const dts =
    HEADER +
    '\n' +
    doc +
    `export declare const ${exportName}: {\n` +
    members.map(({ e, comment, literal }) => `${comment}  readonly ${e.name}: ${typeLiteralOf(BigInt(e.value), literal)};\n`).join('') +
    '};\n\n' +
    `/** A name in ${exportName}. @example const name: ${exportName}Name = '${first.name}'; */\n` +
    `export type ${exportName}Name = keyof typeof ${exportName};\n`;
  return { sdk, exportName, file: sdk, ts, js, dts };
}

/** Numbers beyond 2^53 (KVS INVALID_DURATION_VALUE = 2^64 − 1) are bigint: a float would be wrong. */
function literalOf(value: bigint, hex: boolean): string {
  const big = value > BigInt(Number.MAX_SAFE_INTEGER) || value < BigInt(Number.MIN_SAFE_INTEGER);
  const digits = hex && value >= 0n ? '0x' + value.toString(16).padStart(8, '0') : value.toString();
  return big ? digits + 'n' : digits;
}

/** Declaration files need decimal literal types. */
function typeLiteralOf(value: bigint, literal: string): string {
  return literal.endsWith('n') ? value.toString() + 'n' : value.toString();
}

function jsdocText(e: Entry): string {
  const hex = BigInt(e.value) < 0n ? e.value : e.hex;
  const text = (e.summary || e.description || (e.documented ? '' : 'defined in the SDK source; no document describes it')).replace(/\s+/g, ' ').trim();
  const cut = text.length > 110 ? text.slice(0, 109).trimEnd() + '…' : text;
  return `${hex}${cut ? ' — ' + cut : ''}`.replace(/\*\//g, '*\\/');
}

const compareBig = (a: bigint, b: bigint) => (a < b ? -1 : a > b ? 1 : 0);
