/**
 * Counts per code, first and last occurrence, and the order in which distinct events happened.
 * Memory is bounded by the number of distinct codes (the catalog's size at most, plus unknowns
 * up to a cap) and a capped timeline, whatever the size of the log. Occurrences arrive as plain
 * arguments so that a log full of codes allocates nothing per occurrence.
 */
import type { EntryRef } from './types.js';

export interface Occurrence {
  file: string | null;
  line: number;
  timestamp: string | null;
}

/** One code: how often, where first and last. */
export interface CodeSummary {
  /** The entry id, or `unknown:<text>` for a code-shaped value no entry has. */
  key: string;
  entry: EntryRef | null;
  /** The text as first seen (`0x5200002e`, `-2301`). */
  text: string;
  /** Lines the code occurs on (a line that names it twice counts once). */
  count: number;
  first: Occurrence;
  last: Occurrence;
}

/** A run of the same code in the timeline. */
export interface TimelineStep {
  key: string;
  name: string;
  count: number;
  first: Occurrence;
  last: Occurrence;
}

export interface ScanSummary {
  files: string[];
  lines: number;
  bytes: number;
  /** Findings at or above the confidence threshold. */
  findings: number;
  /** Distinct codes in the order they first occurred: the sequence of distinct events. */
  codes: CodeSummary[];
  /** Consecutive occurrences of one code collapsed into one step, in log order. */
  timeline: TimelineStep[];
  /** True when the timeline stopped at MAX_TIMELINE steps (counts and codes are still complete). */
  timelineTruncated: boolean;
}

export const MAX_TIMELINE = 10_000;
const MAX_UNKNOWN_CODES = 1_000;

/** Mutable per-code state; turned into CodeSummary by report(). */
interface CodeState {
  key: string;
  entry: EntryRef | null;
  text: string;
  count: number;
  first: Occurrence;
  lastFile: string | null;
  lastLine: number;
  lastTimestamp: string | null;
}

interface StepState {
  key: string;
  name: string;
  count: number;
  first: Occurrence;
  lastFile: string | null;
  lastLine: number;
  lastTimestamp: string | null;
}

/** The summary key of a finding: its entry id, or `unknown:` and its text. */
export function codeKey(entry: EntryRef | null, text: string): string {
  return entry ? entry.id : `unknown:${text.toLowerCase()}`;
}

export class SummaryBuilder {
  private readonly codes = new Map<string, CodeState>();
  private readonly timeline: StepState[] = [];
  private truncated = false;
  private findings = 0;
  private unknowns = 0;

  /**
   * Counts one finding. Returns true when it is a new occurrence of its code (the first on its
   * line), which is what the diagnosis is fed.
   */
  add(key: string, entry: EntryRef | null, text: string, file: string | null, line: number, timestamp: string | null): boolean {
    this.findings++;
    let code = this.codes.get(key);
    if (code) {
      if (code.lastLine === line && code.lastFile === file) return false;
      code.count++;
      code.lastFile = file;
      code.lastLine = line;
      code.lastTimestamp = timestamp;
    } else {
      if (!entry && ++this.unknowns > MAX_UNKNOWN_CODES) return false;
      code = { key, entry, text, count: 1, first: { file, line, timestamp }, lastFile: file, lastLine: line, lastTimestamp: timestamp };
      this.codes.set(key, code);
    }
    const step = this.timeline[this.timeline.length - 1];
    if (step && step.key === key) {
      step.count++;
      step.lastFile = file;
      step.lastLine = line;
      step.lastTimestamp = timestamp;
    } else if (this.timeline.length < MAX_TIMELINE) {
      this.timeline.push({ key, name: entry?.name ?? text, count: 1, first: { file, line, timestamp }, lastFile: file, lastLine: line, lastTimestamp: timestamp });
    } else this.truncated = true;
    return true;
  }

  report(files: string[], lines: number, bytes: number): ScanSummary {
    const last = (s: CodeState | StepState): Occurrence => ({ file: s.lastFile, line: s.lastLine, timestamp: s.lastTimestamp });
    return {
      files,
      lines,
      bytes,
      findings: this.findings,
      codes: [...this.codes.values()].map((c) => ({ key: c.key, entry: c.entry, text: c.text, count: c.count, first: c.first, last: last(c) })),
      timeline: this.timeline.map((s) => ({ key: s.key, name: s.name, count: s.count, first: s.first, last: last(s) })),
      timelineTruncated: this.truncated,
    };
  }
}
