import { ApiError, type CodeResult, type Entry, type SourceExcerpt } from '../api.js';
import { api } from '../engine/index.js';
import { appHref } from '../nav.js';
import { h, replace } from '../dom.js';
import { olderWording, sdkWords } from '../../lookup/wording.js';
import { codeLine, entryCard, evidenceLabel, kindBadge, misprintSentence, provenance, where } from '../entry-parts.js';
import { codeIdFromPath } from '../../lookup/code-path.js';

const SOURCE_CONTEXT = 3;

function field(label: string, value: Node | string | null | undefined): HTMLElement[] {
  if (value === null || value === undefined || value === '') return [];
  return [h('dt', {}, label), h('dd', {}, value)];
}

function textBlock(label: string, text: string, empty: string, wording?: { shown: string; damaged: string }): HTMLElement {
  return h(
    'section',
    { class: 'text-block' },
    h('h2', {}, label),
    text ? h('p', {}, text) : h('p', { class: 'muted' }, empty),
    // Where the newest edition damaged the text (an erratum says so), the page shows the older, whole one.
    text && wording ? h('p', { class: 'note wording' }, `As edition ${wording.shown} writes it: edition ${wording.damaged} damaged this text (see Errata).`) : null,
  );
}

/** The SDK headers' own comments for the code, Chinese and English, each marked with its language and table line. */
function sdkWordsBlock(entry: Entry): HTMLElement | null {
  const words = sdkWords(entry);
  if (words.length === 0) return null;
  return h(
    'section',
    { class: 'text-block sdk-words' },
    h('h2', {}, "In the SDK's own words"),
    ...words.map((w) => h('p', {}, h('span', { lang: w.lang }, w.text), ' ', h('span', { class: 'src muted' }, `(${w.lang}, ${w.file}:${w.line})`))),
  );
}

function sourcesSection(entry: Entry, excerpt: SourceExcerpt | null): HTMLElement {
  const refs = excerpt?.sources ?? entry.sources.map((s) => ({ ...s, lines: null }));
  return h(
    'section',
    { class: 'sources', 'aria-labelledby': 'sources-h' },
    h('h2', { id: 'sources-h' }, 'Sources'),
    ...refs.map((ref) =>
      h(
        'figure',
        { class: 'source' },
        h(
          'figcaption',
          {},
          h('span', { class: 'file' }, where(ref)),
          ` — ${ref.section}${ref.edition && ref.edition !== 'current' ? `, edition ${ref.edition}` : ''}, ${evidenceLabel(ref)}`,
          ref.definedIn ? ` (${ref.definedIn}${ref.definedLine ? ` line ${ref.definedLine}` : ''})` : '',
          `. Written there as ${ref.codeAsWritten || '(no code)'} ${ref.nameAsWritten || ''}`.trimEnd() + '.',
        ),
        ref.lines
          ? h(
              'pre',
              { class: 'excerpt', tabindex: 0, 'aria-label': `lines around ${where(ref)}` },
              ...ref.lines.map((l) =>
                h('span', { class: l.number === ref.line ? 'ln cited' : 'ln' }, h('span', { class: 'num', 'aria-hidden': 'true' }, String(l.number).padStart(5)), ` ${l.text}\n`),
              ),
            )
          : h('p', { class: 'muted' }, 'The source text is not available on this server.'),
      ),
    ),
  );
}

function render(root: HTMLElement, { entry, related }: CodeResult, excerpt: SourceExcerpt | null): void {
  const misprints = entry.misprints.map((m) => h('li', {}, misprintSentence(entry, m)));
  replace(
    root,
    h(
      'article',
      { class: 'code-page' },
      h('p', { class: 'crumbs' }, h('a', { href: appHref('/') }, 'Look up'), ` › ${entry.vendor} › ${entry.sdk}`),
      h('h1', {}, entry.name),
      h('p', { class: 'numbers big' }, codeLine(entry)),
      h(
        'p',
        { class: 'badges' },
        kindBadge(entry.kind),
        h('span', { class: 'badge' }, entry.category),
        h('span', { class: 'badge' }, `recovery: ${entry.recovery}`),
        entry.documented ? null : h('span', { class: 'badge undocumented' }, 'undocumented'),
      ),
      h('p', { class: entry.documented ? 'provenance' : 'provenance warn' }, provenance(entry)),
      misprints.length ? h('section', { class: 'misprints' }, h('h2', {}, 'Printed values'), h('ul', {}, ...misprints)) : null,
      textBlock('Summary', entry.summary, 'The documentation has no summary for this code.', olderWording(entry, 'summary')),
      entry.description && entry.description !== entry.summary ? textBlock('Description', entry.description, '', olderWording(entry, 'description')) : null,
      sdkWordsBlock(entry),
      textBlock('What to do', entry.action, 'The documentation recommends no action.', olderWording(entry, 'action')),
      entry.errata.length
        ? h(
            'section',
            { class: 'errata' },
            h('h2', {}, 'Errata'),
            h('ul', {}, ...entry.errata.map((e) => h('li', {}, h('strong', {}, e.kind), ` (${e.id}): ${e.note}`))),
          )
        : null,
      sourcesSection(entry, excerpt),
      h(
        'section',
        { class: 'related' },
        h('h2', {}, 'Related codes in other SDKs'),
        related.length ? h('ol', { class: 'cards' }, ...related.map((r) => entryCard(r.entry, r.terms.length ? `Shares: ${r.terms.join(', ')}` : undefined))) : h('p', { class: 'muted' }, 'None found.'),
      ),
      h(
        'section',
        { class: 'fields' },
        h('h2', {}, 'Every field'),
        h(
          'dl',
          {},
          ...field('id', entry.id),
          ...field('vendor', entry.vendor),
          ...field('product', entry.product),
          ...field('sdk', entry.sdk),
          ...field('module', entry.module),
          ...field('name', entry.name),
          ...field('name from', `${entry.nameOrigin}${entry.generatedName ? ' (generated: the document gives no name)' : ''}`),
          ...field('aliases', entry.aliases.join(', ') || '—'),
          ...field('value', entry.value),
          ...field('hex', entry.hex),
          ...field('kind', entry.kind),
          ...field('category', entry.category),
          ...field('recovery', entry.recovery),
          ...field('classified by', `kind: ${entry.classifiedBy.kind}; category: ${entry.classifiedBy.category}; recovery: ${entry.classifiedBy.recovery}`),
          ...field('documented', entry.documented ? 'yes' : 'no'),
          ...field('history', entry.history.map((x) => `${x.edition}: ${x.field} was “${x.was}”`).join('; ') || '—'),
          ...field('notes', entry.notes.join(' ') || '—'),
        ),
      ),
    ),
  );
}

/** A page per code at /code/<sdk>/<NAME>: every field, the source lines, errata and related codes. */
export function codeView(root: HTMLElement, url: URL): () => void {
  const id = codeIdFromPath(url.pathname);
  let live = true;
  replace(root, h('p', { class: 'status', role: 'status' }, `Loading ${id}…`));
  void (async () => {
    try {
      const [code, excerpt] = await Promise.all([api.code(id), api.source(id, SOURCE_CONTEXT).catch(() => null)]);
      if (!live) return;
      document.title = `${code.entry.name} — avcodes`;
      render(root, code, excerpt);
    } catch (err) {
      if (!live) return;
      const notFound = err instanceof ApiError && err.status === 404;
      replace(
        root,
        h('h1', {}, notFound ? 'No such code' : 'Could not load this code'),
        h('p', {}, notFound ? `The catalog has no code with the id “${id}”.` : err instanceof Error ? err.message : String(err)),
        h('p', {}, h('a', { href: appHref(`/?q=${encodeURIComponent(id.split('/').pop() ?? id)}`) }, 'Look it up instead')),
      );
    }
  })();
  return () => {
    live = false;
    document.title = 'avcodes';
  };
}
