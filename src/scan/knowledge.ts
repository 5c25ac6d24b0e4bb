/**
 * Reads the scanner's hand-made knowledge from data/ (reviewed data, like the errata and the
 * classification). `npm run build` has validated both files against knowledge-schema.ts; reading
 * them here costs a JSON.parse and no schema library.
 */
import { readFileSync } from 'node:fs';
import { AvcodesError } from '../errors.js';
import type { ContextWords, RulesFile } from './knowledge-schema.js';

/** The package's data/ folder: two levels above this module both in src/scan and in dist/scan. */
const DATA = new URL('../../data/', import.meta.url);

export const CONTEXT_WORDS_FILE = 'data/context-words.json';
export const DIAGNOSIS_RULES_FILE = 'data/diagnosis-rules.json';

let contextWords: ContextWords | undefined;

/** data/context-words.json, read once per process. */
export function readContextWords(): ContextWords {
  return (contextWords ??= readData<ContextWords>(CONTEXT_WORDS_FILE));
}

/** data/diagnosis-rules.json (read each call: the scanner reads it once, when its engine is built). */
export function readDiagnosisRules(): RulesFile {
  return readData<RulesFile>(DIAGNOSIS_RULES_FILE);
}

function readData<T>(file: string): T {
  try {
    return JSON.parse(readFileSync(new URL(file.slice('data/'.length), DATA), 'utf8')) as T;
  } catch (err) {
    throw new AvcodesError('invalid_data', `${file}: ${(err as Error).message}`);
  }
}
