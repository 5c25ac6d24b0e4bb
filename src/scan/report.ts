/**
 * What a scan reports: the findings, the summary and the diagnosis, as `avcodes scan --format
 * json`, the library and the HTTP API give them. Types only, with no runtime import, so the web
 * page imports them too and shows exactly what the scanner reports.
 */
import type { Occurrence, ScanSummary } from './summary.js';
import type { Finding } from './types.js';

export type { Finding, EntryRef, Alternative, FindingContext, Reading, ScanNotation } from './types.js';
export type { ScanSummary, CodeSummary, TimelineStep, Occurrence } from './summary.js';

/** A code a diagnosis rests on, with where it occurred. */
export interface Evidence {
  id: string;
  name: string;
  hex: string;
  value: string;
  /** The code in its SDK's own notation (`-2301`, `20030004`, `0x5200002e`). */
  written: string;
  /** Lines it occurred on (within what the rule saw). */
  count: number;
  /** The first few occurrences and the last. */
  at: Occurrence[];
}

/** What to do, with the document text it comes from. */
export interface Action {
  /** The entry whose document gives this action, or null for the rule's own advice. */
  id: string | null;
  text: string;
  /** `file:line` of the document text. */
  source: string;
}

/** One finding of the diagnosis: what the sequence of codes means. */
export interface Diagnosis {
  rule: string;
  title: string;
  explanation: string;
  evidence: Evidence[];
  actions: Action[];
  /** What in the documents the rule rests on. */
  why: string;
}

/** Summary and diagnosis of everything scanned so far. */
export interface ScanResult {
  summary: ScanSummary;
  diagnoses: Diagnosis[];
}

/** What `avcodes scan --format json` prints: every finding, the summary and the diagnosis. */
export interface ScanReport extends ScanResult {
  findings: Finding[];
}
