import type { Entry } from '../catalog/schema.js';
import type { WrittenNotation } from '../notation/written.js';

/** How a code was written in the log: a number's written notation, or its symbolic name. */
export type ScanNotation = WrittenNotation | 'name';

/** Which reading of the text found the entry. */
export type Reading =
  | 'value' // the number is the entry's value
  | 'twin' // the 32-bit two's-complement twin (-2301 printed as 4294964995 or 0xfffff703)
  | 'misprint' // a value a source printed for this entry (typo, document value, older SDK value)
  | 'as-written' // a bare-hex document literal (Alibaba's 20030004 = 0x20030004)
  | 'sign-dropped' // a negative error written without its sign (TRTC's -3301 posted as 3301), in an input that names its SDK
  | 'name'; // the symbolic name or one of its aliases

/** A compact view of a catalog entry, as findings carry it. */
export interface EntryRef {
  id: string;
  vendor: string;
  sdk: string;
  module: string;
  name: string;
  value: string;
  hex: string;
  /** The code as its SDK's documents write it: `0x5200002e`, `-2301`, `20030004`. */
  written: string;
  kind: Entry['kind'];
  category: Entry['category'];
  documented: boolean;
  summary: string;
}

export interface Alternative {
  id: string;
  name: string;
  sdk: string;
  reading: Reading;
  /** Ranking score (not a probability): higher fits the text and its context better. */
  score: number;
}

/** What the words around the number said. */
export interface FindingContext {
  /** The cue word before the number (`status`, `event`, `错误`…), if any. */
  cue: string | null;
  /** SDK context that ranked the entry: `line` (a marker on the line), `file` (earlier in the file), `forced` (--sdk), or null. */
  sdkFrom: 'line' | 'file' | 'forced' | null;
  /** Catalog sdk ids (and sdk/module) whose markers were on the line. */
  lineSdks: string[];
}

export interface Finding {
  /** Input name as given (`-` for stdin); null when scanning bytes without a name. */
  file: string | null;
  /** 1-based line number. */
  line: number;
  /** 1-based column, counted in characters (UTF-8 code points) from the start of the line. */
  column: number;
  /** The exact text of the code as it appears (`0x5200002F`, `-2301`, `STATUS_IOT_FAILED`). */
  text: string;
  notation: ScanNotation;
  /** The line's own timestamp when it starts with one, as written. */
  timestamp: string | null;
  entry: EntryRef | null;
  reading: Reading | null;
  alternatives: Alternative[];
  /** 0–1: how sure the scanner is that this text is this code (see README, "Scanning logs"). */
  confidence: number;
  context: FindingContext;
  /** For code-shaped values that are in no catalog entry: what their structure says. */
  structure: string | null;
}

/** Options shared by the library and the CLI. */
export interface ScanOptions {
  /** Force an SDK context: an SDK id or alias of the registry (sources/manifest.json `sdks`), optionally `/module`. */
  sdk?: string | null;
  /** Findings below this confidence are not reported (default 0.5). */
  minConfidence?: number;
  /** Size of each read (bytes); the scanner's buffer is this plus a small carry. Default 1 MiB. */
  chunkSize?: number;
}
