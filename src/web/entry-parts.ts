import type { Entry, Misprint, SourceRef } from './api.js';
import { displayCode } from '../notation/usual.js';
import { meaningParts } from '../lookup/wording.js';
import { h } from './dom.js';
import { codeHref } from './nav.js';

const EVIDENCE: Record<SourceRef['evidence'], string> = {
  document: 'vendor document',
  'sdk-header': 'SDK header',
  'decompiled-sdk': 'decompiled SDK',
  'unattributed-copy': 'unattributed header copy',
};

export function evidenceLabel(ref: SourceRef): string {
  return EVIDENCE[ref.evidence] ?? ref.evidence;
}

export function kindBadge(kind: string): HTMLElement {
  return h('span', { class: `badge kind-${kind}` }, kind);
}

export function where(ref: { file: string; line: number }): string {
  return `${ref.file}:${ref.line}`;
}

/**
 * Where the catalog knows the code from, in one sentence: "documented in …" or, for a code only the
 * SDK defines, "defined in the SDK source (…), not in the documentation".
 */
export function provenance(entry: Entry): string {
  const docs = entry.sources.filter((s) => s.sourceKind === 'document');
  const sdk = entry.sources.filter((s) => s.sourceKind === 'sdk-definition');
  const sdkText = sdk.map((s) => `${s.definedIn ? `${s.definedIn}${s.definedLine ? ` line ${s.definedLine}` : ''}` : s.file}, ${evidenceLabel(s)}`).join('; ');
  if (entry.documented && docs.length > 0) {
    const docText = docs.map((s) => `${s.file} (${s.edition === 'current' ? '' : `edition ${s.edition}, `}${s.section})`).join('; ');
    return sdk.length > 0 ? `Documented in ${docText}; also defined in the SDK source (${sdkText}).` : `Documented in ${docText}.`;
  }
  return `Defined in the SDK source (${sdkText || 'SDK definitions'}), not in the documentation.`;
}

/** A printed value that is not the code's value, said as what it is. */
export function misprintSentence(entry: Entry, m: Misprint): string {
  switch (m.reason) {
    case 'misprint':
      return `The documentation misprints it as ${m.literal} (${where(m)}); the value is ${entry.hex}.`;
    case 'document-value':
      return `The documentation prints ${m.literal} (${where(m)}); the SDK emits ${entry.hex}.`;
    case 'sdk-value':
      return `A weaker SDK source gives ${m.literal} (${where(m)}); the documentation's ${entry.hex} is kept.`;
    case 'former-value':
      return `An earlier SDK release gave it ${m.literal} (${where(m)}); the current SDK emits ${entry.hex}.`;
    default:
      return `Also printed as ${m.literal} (${where(m)}).`;
  }
}

/** The one-line identity of a code: its value in its SDK's notation first, the other forms after, SDK and module. */
export function codeLine(entry: Pick<Entry, 'value' | 'sdk' | 'vendor' | 'module'>): string {
  return `${displayCode(entry, entry.value).text} · ${entry.sdk}${entry.module ? ` / ${entry.module}` : ''}`;
}

/** A result card: the name linking to the code's page, kind, numbers, summary and the first source. */
export function entryCard(entry: Entry, note?: string): HTMLElement {
  const first = entry.sources[0];
  // The document's English (else the SDK's English comment), and the SDK's own Chinese text beside it.
  const { english, chinese } = meaningParts(entry);
  return h(
    'li',
    { class: 'card' },
    h('div', { class: 'card-head' }, h('a', { class: 'name', href: codeHref(entry.id) }, entry.name), kindBadge(entry.kind), entry.documented ? null : h('span', { class: 'badge undocumented' }, 'undocumented')),
    h('div', { class: 'numbers' }, codeLine(entry)),
    english ? h('p', { class: 'summary' }, english) : chinese ? null : h('p', { class: 'summary muted' }, 'No description in the documentation.'),
    chinese ? h('p', { class: 'summary sdk-words', lang: 'zh' }, chinese) : null,
    note ? h('p', { class: 'note' }, note) : null,
    first ? h('p', { class: 'src' }, where(first)) : null,
  );
}
