import type { ScanReport } from '../api.js';

/** What the page asks the scan worker: one log, as a Blob (a file, or pasted text wrapped in one). */
export interface ScanRequest {
  log: Blob;
  /** The name the report and the messages use (the file's name, or "the pasted log"). */
  name: string;
  sdk: string | null;
  /** Findings kept for the list and the chart; the summary and diagnosis still count every one. */
  maxFindings: number;
}

/** What the worker answers: progress (bytes of the Blob read so far), then the report or an error. */
export type ScanMessage =
  | { type: 'progress'; read: number; total: number }
  | { type: 'done'; report: ScanReport }
  | { type: 'error'; message: string };
