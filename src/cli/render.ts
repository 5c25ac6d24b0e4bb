import { createRequire } from 'node:module';
import type { Entry, Misprint, SourceRef } from '../catalog/schema.js';
import { meaningParts, olderWording, sdkWords } from '../lookup/wording.js';
import { displayCode } from '../notation/usual.js';

/** Colours for one output stream: on only for a terminal, and never when NO_COLOR is set (no-color.org). */
export type Colors = ReturnType<(typeof import('picocolors'))['createColors']>;

/** Takes anything that says whether it is a terminal: a lookup asks without creating process.stdout. */
export function colorsFor(stream: { readonly isTTY?: boolean }): Colors {
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

/** The value in its SDK's own notation first, the other forms after: `-2301 (0xfffff703)`, `0x5200002e (1375731758)`. */
export function displayValue(e: Entry): string {
  return displayCode(e, e.value).text;
}

/** Where an entry comes from, one line per source: document lines first, then SDK definitions. */
export function provenanceLines(e: Entry): string[] {
  const docs = e.sources.filter((s) => s.sourceKind === 'document');
  const defs = e.sources.filter((s) => s.sourceKind !== 'document');
  const lines: string[] = [];
  if (docs.length > 0) lines.push(`documented in ${docs.map(where).join(', ')}`);
  for (const d of defs) {
    const origin = [d.definedIn && (d.definedLine ? `${d.definedIn} line ${d.definedLine}` : d.definedIn), d.evidence].filter(Boolean).join(', ');
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
    case 'former-value':
      return `${m.literal} is the value an earlier SDK release gave ${e.name} (${m.file}:${m.line}); the current SDK emits ${e.hex}`;
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
  if (!e.summary && !e.description) lines.push(noText(e));
  for (const w of sdkWords(e)) lines.push(`the SDK's own words (${w.lang}, ${w.file}:${w.line}): ${w.text}`);
  if (e.action) lines.push(`action: ${e.action}`);
  lines.push(...provenanceLines(e));
  for (const m of e.misprints) if (m !== matchedMisprint) lines.push(misprintLine(m, e));
  for (const x of e.errata) lines.push(`erratum ${x.id}: ${x.note}`);
  for (const n of e.notes) lines.push(`note: ${n}`);
  return lines;
}

/** The text column of search and list rows: the document's English, else the SDK's own English or Chinese comment. */
export function meaningText(e: Entry): string {
  const { english, chinese } = meaningParts(e);
  return english || chinese;
}

/** What to say for an entry without text: a document that lists a code bare is not "no source". */
export function noText(e: Entry): string {
  return e.documented ? '(the documents list this code without describing it)' : '(no document describes this code: only the SDK source defines it)';
}

/** Longest meaning or action line of the short output; the rest is in --verbose and show. */
const BRIEF_MAX = 160;

/** Letters only, lower case, without articles: "Content store is out-of-memory." ≈ "The content store is out of memory." */
const gist = (text: string) => text.toLowerCase().replace(/\b(the|a|an)\b/g, '').replace(/[^\p{L}\p{N}]/gu, '');

/**
 * The first sentence of a text that does not just repeat `skip` (an action that restates the
 * summary first), without wrapping quotes, cut at a word near BRIEF_MAX.
 */
export function briefText(text: string, skip = ''): string {
  let t = text.trim().replace(/^"(.*)"$/s, '$1').trim();
  let sentence = /^(.+?[.!?。])(\s+|$)/su.exec(t);
  while (sentence && skip !== '' && gist(sentence[1]!) === gist(skip) && sentence[0].length < t.length) {
    t = t.slice(sentence[0].length);
    sentence = /^(.+?[.!?。])(\s+|$)/su.exec(t);
  }
  if (sentence) t = sentence[1]!;
  if (t.length <= BRIEF_MAX) return t;
  const cut = t.slice(0, BRIEF_MAX);
  return cut.slice(0, Math.max(cut.lastIndexOf(' '), BRIEF_MAX / 2)).replace(/[\s,;:]+$/, '') + '…';
}

/**
 * The short lines under an entry's row: the misprint that led here (if one did), one line of
 * meaning, one line of action, and every source as file:line.
 */
export function briefLines(e: Entry, matchedMisprint?: Misprint): string[] {
  const lines: string[] = [];
  if (matchedMisprint) lines.push(misprintLine(matchedMisprint, e));
  const { english, chinese } = meaningParts(e);
  const meaning = english ? briefText(english) : '';
  const line = [meaning, chinese ? briefText(chinese) : ''].filter(Boolean).join(' — ');
  lines.push(line || noText(e));
  if (line && !e.documented) lines.push(noText(e));
  if (e.action) {
    const older = olderWording(e, 'action');
    lines.push(`action${older ? ` (as ${older.shown} writes it; ${older.damaged} damaged it)` : ''}: ${briefText(e.action, meaning)}`);
  }
  lines.push([...new Set(e.sources.map(where))].join(', '));
  return lines;
}

export function plural(n: number, word: string, many = word + 'es'): string {
  return `${n} ${n === 1 ? word : many}`;
}
