// The scanner's public API; src/index.ts re-exports it.
export { Scanner, ScanEngine, ScanInputError, scanText, scanFile, scanLog, scanFileInto, scanStreamInto, DEFAULT_MIN_CONFIDENCE } from './scanner.js';
export type { ScannerOptions, ScanResult, ScanReport, ReadOptions } from './scanner.js';
export type { Finding, EntryRef, Alternative, FindingContext, Reading as ScanReading, ScanNotation, ScanOptions } from './types.js';
export type { ScanSummary, CodeSummary, TimelineStep, Occurrence } from './summary.js';
export { DIAGNOSIS_RULES, RuleError, type Diagnosis, type Evidence, type Action, type RuleSpec, type RulesFile } from './diagnose.js';
export { followFileInto, untilAborted, FOLLOW_POLL_MS, type FollowOptions } from './live.js';
export { RecordFeeder, scanRecordsInto, forEachLine, parseRecord, looksLikeNdjson, DEFAULT_FIELDS, type RecordPlace, type RecordFinding } from './records.js';
