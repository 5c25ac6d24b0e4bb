import { ApiError, type LookupResult, type Match, type SearchResult } from '../api.js';
import { api } from '../engine/index.js';
import { h, plural, replace } from '../dom.js';
import { entryCard, misprintSentence } from '../entry-parts.js';
import { appHref, navigate, replaceRoute, routeOfLink } from '../nav.js';

const EXAMPLES = ['0x5200002e', '1375731758', '-2301', '20010001', '1001', 'STATUS_STORE_OUT_OF_MEMORY', '0x01000001', 'network timeot'];
/** Long enough to skip work while a word is still being typed, short enough to feel immediate. */
const DEBOUNCE_MS = 120;
const TEXT_HITS = 10;

/** Worth a full-text search too: anything that is not simply a number (a name, words, a typo). */
function hasWords(q: string): boolean {
  return !/^[+-]?(0x)?[0-9a-f]+$/i.test(q);
}

/**
 * Could be a code or a name: one token of digits, letters, `_` (markdown-escaped or not), optionally
 * signed or in quotes. Anything else (`connect timeot`) goes to the full-text search alone, so the
 * lookup API is never asked for what it would refuse with a 400.
 */
function mayBeCode(q: string): boolean {
  const t = q.replace(/^([`'"])(.*)\1$/s, '$2').trim();
  return /^[+-]?[A-Za-z0-9_\\]+$/.test(t);
}

function matchNote(m: Match): string | undefined {
  return m.misprint ? `Found by a printed value: ${misprintSentence(m, m.misprint)}` : undefined;
}

function renderLookup(result: LookupResult, shown: Set<string>): HTMLElement[] {
  const out: HTMLElement[] = [];
  const byReading = new Map<string, Match[]>();
  for (const m of result.matches) byReading.set(m.reading, [...(byReading.get(m.reading) ?? []), m]);
  const empty: string[] = [];
  for (const r of result.readings) {
    const matches = byReading.get(r.key) ?? [];
    if (matches.length === 0) {
      empty.push(r.label);
      continue;
    }
    for (const m of matches) shown.add(m.id);
    out.push(
      h(
        'section',
        { class: 'reading', 'aria-label': r.label },
        h('h2', {}, r.label, ' ', h('span', { class: 'count' }, plural(matches.length, 'match', 'matches'))),
        h('ol', { class: 'cards' }, ...matches.map((m) => entryCard(m, matchNote(m)))),
      ),
    );
  }
  if (empty.length > 0 && result.matches.length > 0) out.push(h('p', { class: 'muted' }, `Nothing ${empty.join('; ')}.`));
  for (const note of result.explanations ?? []) out.push(h('p', { class: 'explanation' }, note.text));
  if (result.suggestions?.length) {
    out.push(
      h(
        'p',
        { class: 'suggestions' },
        'Did you mean ',
        ...result.suggestions.flatMap((s, i) => [i > 0 ? ', ' : '', h('a', { href: appHref(`/?q=${encodeURIComponent(s)}`) }, s)]),
        '?',
      ),
    );
  }
  return out;
}

function renderText(result: SearchResult, shown: Set<string>): HTMLElement | null {
  const hits = result.hits.map((hit) => hit.entry).filter((e) => !shown.has(e.id));
  if (hits.length === 0) return null;
  return h(
    'section',
    { class: 'reading', 'aria-label': 'as words' },
    h('h2', {}, `as words “${result.query}”`, ' ', h('span', { class: 'count' }, plural(hits.length, 'match', 'matches'))),
    h('ol', { class: 'cards' }, ...hits.map((e) => entryCard(e))),
  );
}

/** The look-up view: answers as you type, every reading of the query with its matches. */
export function searchView(root: HTMLElement, url: URL): () => void {
  const input = h('input', {
    id: 'q',
    type: 'search',
    autocomplete: 'off',
    autocapitalize: 'off',
    spellcheck: 'false',
    autofocus: true,
    placeholder: '0x5200002e, -2301, STATUS_STORE_OUT_OF_MEMORY, network timeout',
    'aria-describedby': 'q-hint',
    'aria-controls': 'results',
  });
  const status = h('p', { class: 'status', role: 'status' });
  const results = h('div', { id: 'results' });
  const examples = h(
    'div',
    { class: 'examples' },
    h('h2', {}, 'Try'),
    h('ul', {}, ...EXAMPLES.map((q) => h('li', {}, h('a', { href: appHref(`/?q=${encodeURIComponent(q)}`) }, q)))),
  );

  replace(
    root,
    h(
      'section',
      { class: 'search' },
      h('h1', { class: 'visually-hidden' }, 'Look up a code'),
      h('label', { for: 'q', class: 'big-label' }, 'A code, a name or words'),
      input,
      h('p', { id: 'q-hint', class: 'hint' }, 'Any notation: hex with or without 0x, decimal, negative, a symbolic name (escaped or not), or words from the description. Press / to come back here.'),
      status,
      results,
    ),
  );

  let controller: AbortController | null = null;
  let timer: number | undefined;

  const run = async (q: string) => {
    controller?.abort();
    const query = q.trim();
    replaceRoute(query ? `/?q=${encodeURIComponent(query)}` : '/');
    if (!query) {
      replace(status);
      replace(results, examples);
      return;
    }
    const mine = (controller = new AbortController());
    const words = hasWords(query);
    try {
      const [lookup, text] = await Promise.all([
        (mayBeCode(query) ? api.lookup(query, mine.signal) : Promise.resolve(null)).catch((err: unknown) => {
          // A query that is no code at all (400) can still be words.
          if (err instanceof ApiError && err.status === 400 && words) return null;
          throw err;
        }),
        words ? api.search(query, TEXT_HITS, mine.signal) : Promise.resolve(null),
      ]);
      if (mine.signal.aborted) return;
      const shown = new Set<string>();
      const parts = lookup ? renderLookup(lookup, shown) : [];
      const textPart = text ? renderText(text, shown) : null;
      const total = shown.size + (textPart ? textPart.querySelectorAll('li.card').length : 0);
      replace(status, total === 0 ? `Nothing found for “${query}”.` : `${plural(total, 'code')} for “${query}”.`);
      replace(results, ...parts, textPart);
    } catch (err) {
      if (mine.signal.aborted) return;
      replace(status, err instanceof Error ? err.message : String(err));
      replace(results);
    }
  };

  input.addEventListener('input', () => {
    window.clearTimeout(timer);
    timer = window.setTimeout(() => void run(input.value), DEBOUNCE_MS);
  });
  input.addEventListener('keydown', (event) => {
    if (event.key === 'Enter') {
      // Enter opens the best match.
      const first = results.querySelector<HTMLAnchorElement>('a.name');
      if (first) {
        event.preventDefault();
        navigate(routeOfLink(first.href) ?? '/');
      }
    } else if (event.key === 'ArrowDown') {
      const first = results.querySelector<HTMLAnchorElement>('a.name');
      if (first) {
        event.preventDefault();
        first.focus();
      }
    }
  });
  // Arrow keys walk the result names; Escape goes back to the box.
  results.addEventListener('keydown', (event) => {
    const names = [...results.querySelectorAll<HTMLAnchorElement>('a.name')];
    const at = names.indexOf(document.activeElement as HTMLAnchorElement);
    if (event.key === 'ArrowDown' && at >= 0 && at < names.length - 1) {
      event.preventDefault();
      names[at + 1]!.focus();
    } else if (event.key === 'ArrowUp' && at >= 0) {
      event.preventDefault();
      (at === 0 ? input : names[at - 1]!).focus();
    } else if (event.key === 'Escape') {
      input.focus();
    }
  });

  const initial = url.searchParams.get('q') ?? '';
  input.value = initial;
  void run(initial);

  return () => {
    window.clearTimeout(timer);
    controller?.abort();
  };
}
