/*
 * What the browser build puts in place of src/scan/knowledge.ts (vite.config.ts, `resolve.alias`):
 * the scanner's data files bundled into the page's code instead of read from data/ at run time,
 * which a page cannot do. The build validated both against their schemas before bundling them.
 */
import contextWordsFile from '../../../data/context-words.json';
import diagnosisRulesFile from '../../../data/diagnosis-rules.json';
import type { ContextWords, RulesFile } from '../../scan/knowledge-schema.js';

export const CONTEXT_WORDS_FILE = 'data/context-words.json';
export const DIAGNOSIS_RULES_FILE = 'data/diagnosis-rules.json';

export function readContextWords(): ContextWords {
  return contextWordsFile as ContextWords;
}

export function readDiagnosisRules(): RulesFile {
  return diagnosisRulesFile as unknown as RulesFile;
}
