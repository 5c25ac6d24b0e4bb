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

interface SdkWorded {
  sources: readonly { sourceKind: string; file: string; line: number; sdkText?: string | undefined; sdkTextLang?: string | undefined; sdkTextEn?: string | undefined }[];
}

/** One text an SDK header gives a code, in its language, with the table line that holds it. */
export interface SdkWords {
  text: string;
  lang: 'zh' | 'en';
  file: string;
  line: number;
}

/**
 * The SDK's own comments for a code, as its headers write them (Chinese and English), each text
 * once, in source order: the words the SDK's users read beside the code.
 */
export function sdkWords(e: SdkWorded): SdkWords[] {
  const out: SdkWords[] = [];
  const seen = new Set<string>();
  const add = (text: string | undefined, lang: 'zh' | 'en', s: { file: string; line: number }) => {
    const t = text?.trim();
    if (!t || seen.has(t)) return;
    seen.add(t);
    out.push({ text: t, lang, file: s.file, line: s.line });
  };
  for (const s of e.sources) {
    if (s.sourceKind !== 'sdk-definition') continue;
    if (s.sdkTextLang === 'zh' || s.sdkTextLang === 'en') add(s.sdkText, s.sdkTextLang, s);
    add(s.sdkTextEn, 'en', s);
  }
  return out;
}

/**
 * The one line of meaning: the document's English text if any (else the SDK's own English comment),
 * and beside it the SDK's own Chinese comment when it has one. Empty when no source says anything.
 */
export function meaningParts(e: SdkWorded & { summary: string; description: string }): { english: string; chinese: string } {
  const words = sdkWords(e);
  const english = e.summary || e.description || (words.find((w) => w.lang === 'en')?.text ?? '');
  return { english, chinese: words.find((w) => w.lang === 'zh')?.text ?? '' };
}
