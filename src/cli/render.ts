import { createRequire } from 'node:module';
import type { Entry, Misprint, SourceRef } from '../catalog/schema.js';

/** Colours for one output stream: on only for a terminal, and never when NO_COLOR is set (no-color.org). */
export type Colors = ReturnType<(typeof import('picocolors'))['createColors']>;

export function colorsFor(stream: NodeJS.WriteStream): Colors {
  const noColor = process.env.NO_COLOR !== undefined && process.env.NO_COLOR !== '';
  // picocolors is loaded only for a terminal: piped output (scripts, the start-up benchmark) skips it.
  if (noColor || stream.isTTY !== true) return PLAIN;
  const pc = createRequire(import.meta.url)('picocolors') as typeof import('picocolors');
  return pc.createColors(true);
}

const same = (s: string) => s;
const PLAIN = new Proxy({} as Colors, { get: (_target, key) => (key === 'isColorSupported' ? false : same) });

/** Pads each column to its widest cell (widths measured before colouring), two spaces apart. */
export function alignRows(rows: readonly (readonly string[])[], style: readonly ((s: string) => string)[] = []): string[] {
  const widths: number[] = [];
  for (const row of rows) row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, cell.length)));
  return rows.map((row) =>
    row
      .map((cell, i) => {
        const padded = i === row.length - 1 ? cell : cell.padEnd(widths[i]!);
        const paint = style[i];
        return paint ? paint(padded) : padded;
      })
      .join('  ')
      .trimEnd(),
  );
}

/** The one-line identity of an entry: the columns lookup, search and list align. */
export function entryColumns(e: Entry): string[] {
  return [e.sdk, e.module, e.name, displayValue(e), `${e.kind}/${e.category}`];
}

/** Hex for codes their SDK writes in hex, decimal as well where the SDK writes decimal (negative Tencent codes). */
export function displayValue(e: Entry): string {
  return BigInt(e.value) < 0n ? `${e.value} (${e.hex})` : e.hex;
}

/** Where an entry comes from, one line per source: document lines first, then SDK definitions. */
export function provenanceLines(e: Entry): string[] {
  const docs = e.sources.filter((s) => s.sourceKind === 'document');
  const defs = e.sources.filter((s) => s.sourceKind !== 'document');
  const lines: string[] = [];
  if (docs.length > 0) lines.push(`documented in ${docs.map(where).join(', ')}`);
  for (const d of defs) {
    const origin = [d.definedIn, d.evidence].filter(Boolean).join(', ');
    lines.push(
      e.documented
        ? `also defined in the SDK source (${origin}; ${where(d)})`
        : `defined in the SDK source (${origin}; ${where(d)}), not in the documentation`,
    );
  }
  return lines;
}

const where = (s: SourceRef) => `${s.file}:${s.line}`;

/** What a misprinted value means, by the erratum's reason; unknown reasons still say where and what. */
export function misprintLine(m: Misprint, e: Entry): string {
  switch (m.reason) {
    case 'document-value':
      return `the documentation prints ${m.literal} (${m.file}:${m.line}); the SDK emits ${e.hex}`;
    case 'misprint':
      return `${m.literal} is a misprint in ${m.file}:${m.line}; the code is ${e.hex}`;
    case 'sdk-value':
      return `${m.literal} is the value an SDK source gives (${m.file}:${m.line}); the documentation gives ${e.hex}`;
    default:
      return `${m.literal} (${String(m.reason)}, ${m.file}:${m.line}) stands for ${e.hex}`;
  }
}

/**
 * The detail lines under an entry's row: the misprint that led here (if one did), text, action,
 * provenance, the other values printed for the code, errata.
 */
export function detailLines(e: Entry, matchedMisprint?: Misprint): string[] {
  const lines: string[] = [];
  if (matchedMisprint) lines.push(misprintLine(matchedMisprint, e));
  if (e.summary) lines.push(e.summary);
  if (e.description && e.description !== e.summary) lines.push(e.description);
  if (!e.summary && !e.description) lines.push('(no source describes this code)');
  if (e.action) lines.push(`action: ${e.action}`);
  lines.push(...provenanceLines(e));
  for (const m of e.misprints) if (m !== matchedMisprint) lines.push(misprintLine(m, e));
  for (const x of e.errata) lines.push(`erratum ${x.id}: ${x.note}`);
  return lines;
}

export function plural(n: number, word: string, many = word + 'es'): string {
  return `${n} ${n === 1 ? word : many}`;
}
