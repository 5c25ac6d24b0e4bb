/**
 * Which edition's wording an entry shows for a text field. The newest edition's text wins, unless
 * an erratum found it damaged there and whole in an older one (fix.keepOlderText): then the entry
 * keeps the older text and holds the newest edition's in its history. No imports, so the web page
 * can say the same as the CLI.
 */

interface Worded {
  sources: readonly { sourceKind: string; edition: string }[];
  history: readonly { edition: string; field: string }[];
}

/** `{ shown: 'v1', damaged: 'v2' }` when the field shows an older edition's words, else undefined. */
export function olderWording(e: Worded, field: 'summary' | 'description' | 'action'): { shown: string; damaged: string } | undefined {
  const editions = e.sources.filter((s) => s.sourceKind === 'document').map((s) => s.edition);
  const newest = editions[editions.length - 1];
  if (newest === undefined || !e.history.some((h) => h.field === field && h.edition === newest)) return undefined;
  return { shown: editions[editions.length - 2] ?? 'an older edition', damaged: newest };
}
