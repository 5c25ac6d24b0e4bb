/**
 * The HTTP API as the page uses it. The scan report and SDK types are imported from the library
 * (type-only); the server's /openapi.json is the full description.
 */

import type { Sdk } from '../catalog/schema.js';
import type { ScanReport } from '../scan/report.js';

// The scan report's types are the scanner's own (type-only: nothing of the scanner is bundled).
export type { Diagnosis, EntryRef, Finding, Occurrence, ScanReport, ScanSummary } from '../scan/report.js';
export type { Sdk };

export type Kind = 'error' | 'warning' | 'event' | 'info';

export interface SourceRef {
  sourceId: string;
  file: string;
  line: number;
  section: string;
  edition: string;
  sourceKind: 'document' | 'sdk-definition';
  codeAsWritten: string;
  nameAsWritten: string;
  evidence: 'document' | 'sdk-header' | 'decompiled-sdk' | 'unattributed-copy';
  definedIn?: string;
  definedLine?: number;
  sdkText?: string;
  sdkTextLang?: 'zh' | 'en';
  sdkTextEn?: string;
}

export interface Misprint {
  literal: string;
  value: string;
  reason: 'misprint' | 'document-value' | 'sdk-value' | 'former-value';
  file: string;
  line: number;
}

export interface Entry {
  id: string;
  vendor: string;
  sdk: string;
  product: string;
  module: string;
  name: string;
  generatedName: boolean;
  nameOrigin: string;
  aliases: string[];
  value: string;
  hex: string;
  misprints: Misprint[];
  documented: boolean;
  summary: string;
  description: string;
  action: string;
  kind: Kind;
  category: string;
  recovery: string;
  classifiedBy: { kind: string; category: string; recovery: string };
  sources: SourceRef[];
  errata: { id: string; kind: string; note: string }[];
  history: { edition: string; field: string; was: string }[];
  notes: string[];
}

export type Reading =
  | { key: string; type: 'number'; value: string; hex: string; label: string; matches: number }
  | { key: string; type: 'name'; name: string; label: string; matches: number };

export type Match = Entry & { reading: string; misprint?: Misprint };

export interface LookupResult {
  query: string;
  readings: Reading[];
  matches: Match[];
  explanations?: { text: string; sdk: string }[];
  suggestions?: string[];
}

/** A search hit or a related code: the entry, how well it matched, and the words that matched. */
export interface ScoredEntry {
  score: number;
  terms: string[];
  entry: Entry;
}

export interface SearchResult {
  query: string;
  hits: ScoredEntry[];
}

export interface CodeResult {
  entry: Entry;
  related: ScoredEntry[];
}

export interface SourceExcerpt {
  id: string;
  sources: (SourceRef & { lines: { number: number; text: string }[] | null })[];
}

/** What `avcodes scan --format json` prints, and the API answers with `findingsOmitted` when it cut the list. */
export type ScanAnswer = ScanReport & { findingsOmitted?: number };

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

async function call<T>(url: string, init?: RequestInit): Promise<T> {
  const res = await fetch(url, { ...init, headers: { Accept: 'application/json', ...(init?.headers ?? {}) } });
  const body = (await res.json().catch(() => null)) as unknown;
  if (!res.ok) {
    const err = (body as { error?: { code?: string; message?: string } } | null)?.error;
    throw new ApiError(res.status, err?.code ?? 'http_error', err?.message ?? `the server answered ${res.status}`);
  }
  return body as T;
}

/** `aws-kvs/STATUS_X` → `aws-kvs/STATUS_X` with each part escaped, for paths. */
export function idPath(id: string): string {
  return id.split('/').map(encodeURIComponent).join('/');
}

export const api = {
  /** The SDK registry: what the page offers as SDK choices. */
  sdks: () => call<{ sdks: Sdk[] }>('/api/v1/sdks'),
  lookup: (q: string, signal?: AbortSignal) => call<LookupResult>(`/api/v1/lookup?q=${encodeURIComponent(q)}`, { signal }),
  search: (q: string, limit: number, signal?: AbortSignal) => call<SearchResult>(`/api/v1/search?q=${encodeURIComponent(q)}&limit=${limit}`, { signal }),
  code: (id: string) => call<CodeResult>(`/api/v1/codes/${idPath(id)}`),
  source: (id: string, context: number) => call<SourceExcerpt>(`/api/v1/codes/${idPath(id)}/source?context=${context}`),
  scan: (body: Blob | string, contentType: string, options: { sdk?: string; signal?: AbortSignal } = {}) =>
    call<ScanAnswer>(`/api/v1/scan${options.sdk ? `?sdk=${encodeURIComponent(options.sdk)}` : ''}`, {
      method: 'POST',
      body,
      headers: { 'Content-Type': contentType },
      signal: options.signal,
    }),
};
