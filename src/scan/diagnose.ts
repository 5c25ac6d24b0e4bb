/**
 * Diagnosis: patterns over the sequence of codes, as data (data/diagnosis-rules.json). The engine is
 * streaming — each rule keeps a small state and bounded evidence — so a diagnosis costs the same
 * on a 10-line paste and a 10 GB device log.
 */
import type { Entry } from '../catalog/schema.js';
import { AvcodesError } from '../errors.js';
import type { CatalogIndex } from '../lookup/catalog-index.js';
import { readDiagnosisRules } from './knowledge.js';
import type { RuleSpec, RulesFile } from './knowledge-schema.js';
import type { Action, Diagnosis, Evidence } from './report.js';
import { displayCode } from '../notation/usual.js';
import type { Occurrence } from './summary.js';

export type { RuleSpec, RulesFile, Diagnosis, Evidence, Action };

/** The built-in rules (data/diagnosis-rules.json). */
export const DIAGNOSIS_RULES: RulesFile = readDiagnosisRules();

/** Thrown when a rule names a code the catalog does not have: rules must stay true to the data. */
export class RuleError extends AvcodesError {
  constructor(message: string) {
    super('rule_unresolved', message);
    this.name = 'RuleError';
  }
}

/** Matches a code reference against an entry: an id, a name (or alias), `*` for any run. */
export function codeMatcher(patterns: readonly string[]): (e: Entry) => boolean {
  const res = patterns.map((p) => ({ byId: p.includes('/'), re: new RegExp('^' + p.split('*').map(escapeRe).join('.*') + '$') }));
  return (e) => res.some(({ byId, re }) => (byId ? re.test(e.id) : re.test(e.name) || e.aliases.some((a) => re.test(a))));
}

/** Every pattern of every rule, resolved against the catalog: the ids each one matches. */
export function resolvePatterns(index: CatalogIndex, patterns: readonly string[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const p of patterns) {
    const match = codeMatcher([p]);
    out.set(
      p,
      index.entries.filter(match).map((e) => e.id),
    );
  }
  return out;
}

const MAX_AT = 3;

interface TallyItem {
  count: number;
  /** The first MAX_AT occurrences. */
  at: Occurrence[];
  lastFile: string | null;
  lastLine: number;
  lastTimestamp: string | null;
}

class Tally {
  readonly byId = new Map<string, TallyItem>();
  add(key: string, file: string | null, line: number, timestamp: string | null): void {
    let t = this.byId.get(key);
    if (!t) this.byId.set(key, (t = { count: 0, at: [], lastFile: file, lastLine: line, lastTimestamp: timestamp }));
    t.count++;
    if (t.at.length < MAX_AT) t.at.push({ file, line, timestamp });
    t.lastFile = file;
    t.lastLine = line;
    t.lastTimestamp = timestamp;
  }
  get total(): number {
    let n = 0;
    for (const t of this.byId.values()) n += t.count;
    return n;
  }
  clear(): void {
    this.byId.clear();
  }
}

/** The first occurrences and the last one. */
function occurrencesOf(t: TallyItem): Occurrence[] {
  const last = t.at[t.at.length - 1];
  if (last && last.line === t.lastLine && last.file === t.lastFile) return t.at;
  return [...t.at, { file: t.lastFile, line: t.lastLine, timestamp: t.lastTimestamp }];
}

interface RuleState {
  observe(key: string, file: string | null, line: number, timestamp: string | null): void;
  /** Evidence when the rule fired, else null. */
  result(): Tally[] | null;
}

/** A compiled rule set for one catalog. */
export class Diagnoser {
  private readonly compiled: { spec: RuleSpec; make: () => RuleState; keys: Set<string> }[];

  constructor(
    private readonly index: CatalogIndex,
    rules: RulesFile = DIAGNOSIS_RULES,
  ) {
    this.compiled = rules.rules.map((spec, i) => ({ spec, ...this.compile(spec, `rules[${i}]`) }));
  }

  /** A fresh streaming session over one log. */
  session(): DiagnosisSession {
    return new DiagnosisSession(
      this.index,
      this.compiled.map(({ spec, make, keys }) => ({ spec, state: make(), keys })),
    );
  }

  /** The ids the patterns at JSON path `at` (`rules[2].codes`) match; a pattern that matches nothing is a RuleError. */
  private ids(rule: string, patterns: readonly string[], at: string): Set<string> {
    const ids = new Set<string>();
    for (const [p, found] of resolvePatterns(this.index, patterns)) {
      if (found.length === 0) throw new RuleError(`diagnosis rule ${rule}: ${p} matches no catalog entry (at ${at}[${patterns.indexOf(p)}])`);
      for (const id of found) ids.add(id);
    }
    return ids;
  }

  /** A rule's state machine and every code it looks at (a code outside them changes nothing). */
  private compile(spec: RuleSpec, at: string): { make: () => RuleState; keys: Set<string> } {
    switch (spec.kind) {
      case 'any':
      case 'repeated': {
        const codes = this.ids(spec.id, spec.codes, `${at}.codes`);
        const min = spec.kind === 'repeated' ? spec.min : 1;
        const make = (): RuleState => {
          const tally = new Tally();
          return {
            observe: (key, file, line, timestamp) => {
              if (codes.has(key)) tally.add(key, file, line, timestamp);
            },
            result: () => (tally.total >= min ? [tally] : null),
          };
        };
        return { make, keys: codes };
      }
      case 'sequence': {
        const steps = spec.steps.map((s, i) => ({ codes: this.ids(spec.id, s.codes, `${at}.steps[${i}].codes`), min: s.min ?? 1 }));
        const reset = this.ids(spec.id, spec.resetBy ?? [], `${at}.resetBy`);
        const make = (): RuleState => {
          let step = 0;
          let tallies = steps.map(() => new Tally());
          let fired: Tally[] | null = null;
          return {
            observe: (key, file, line, timestamp) => {
              if (fired) return;
              if (reset.has(key)) {
                step = 0;
                tallies.forEach((t) => t.clear());
                return;
              }
              const cur = steps[step]!;
              const next = steps[step + 1];
              if (next && next.codes.has(key) && tallies[step]!.total >= cur.min) step++;
              if (steps[step]!.codes.has(key)) tallies[step]!.add(key, file, line, timestamp);
              if (step === steps.length - 1 && tallies[step]!.total >= steps[step]!.min) fired = tallies;
              if (fired) tallies = [];
            },
            result: () => fired,
          };
        };
        return { make, keys: new Set([...steps.flatMap((s) => [...s.codes]), ...reset]) };
      }
      case 'last': {
        const codes = this.ids(spec.id, spec.codes, `${at}.codes`);
        const scope = this.ids(spec.id, spec.scope, `${at}.scope`);
        const make = (): RuleState => {
          let lastKey: string | null = null;
          const tally = new Tally();
          return {
            observe: (key, file, line, timestamp) => {
              if (scope.has(key) || codes.has(key)) lastKey = key;
              if (codes.has(key)) tally.add(key, file, line, timestamp);
            },
            result: () => {
              if (lastKey === null || !codes.has(lastKey)) return null;
              const only = new Tally();
              only.byId.set(lastKey, tally.byId.get(lastKey)!);
              return [only];
            },
          };
        };
        return { make, keys: new Set([...codes, ...scope]) };
      }
    }
  }
}

export class DiagnosisSession {
  // The rules each code concerns, found on first sight: most codes concern none or one.
  private readonly byKey = new Map<string, RuleState[]>();

  constructor(
    private readonly index: CatalogIndex,
    private readonly rules: { spec: RuleSpec; state: RuleState; keys: Set<string> }[],
  ) {}

  /** Feed one occurrence of a catalog code (one per code per line, in log order). */
  observe(key: string, file: string | null, line: number, timestamp: string | null): void {
    let states = this.byKey.get(key);
    if (!states) this.byKey.set(key, (states = this.rules.filter((r) => r.keys.has(key)).map((r) => r.state)));
    for (const state of states) state.observe(key, file, line, timestamp);
  }

  /** The diagnoses, in rule order. */
  finish(): Diagnosis[] {
    const out: Diagnosis[] = [];
    for (const { spec, state } of this.rules) {
      const tallies = state.result();
      if (!tallies) continue;
      const evidence: Evidence[] = [];
      const actions: Action[] = [];
      const seenAction = new Set<string>();
      for (const tally of tallies) {
        for (const [id, t] of tally.byId) {
          const e = this.index.get(id);
          if (!e) continue;
          evidence.push({ id, name: e.name, hex: e.hex, value: e.value, written: displayCode(e, e.value).usual, count: t.count, at: occurrencesOf(t) });
          const action = e.action.trim();
          if (action && !seenAction.has(action)) {
            seenAction.add(action);
            actions.push({ id, text: action, source: actionSource(e) });
          }
        }
      }
      for (const a of spec.advice) actions.push({ id: null, text: a.text, source: `${a.source.file}:${a.source.line}` });
      out.push({ rule: spec.id, title: spec.title, explanation: spec.explanation, evidence, actions, why: spec.why });
    }
    return withoutOverlaps(out);
  }
}

/**
 * Drops a diagnosis that rests only on lines another diagnosis already covers, with more: one
 * -2301 after three 2103s is "network lost", not also "playback ended". The wider diagnosis takes
 * any advice the dropped one cites from a document line it does not cite yet.
 */
function withoutOverlaps(diagnoses: Diagnosis[]): Diagnosis[] {
  const lines = (d: Diagnosis) => new Set(d.evidence.flatMap((ev) => ev.at.map((o) => `${ev.id}@${o.file ?? ''}:${o.line}`)));
  const covered = diagnoses.map(lines);
  const dropped = new Set<number>();
  diagnoses.forEach((d, i) => {
    const mine = covered[i]!;
    const wider = diagnoses.findIndex((_, j) => j !== i && !dropped.has(j) && covered[j]!.size > mine.size && [...mine].every((x) => covered[j]!.has(x)));
    if (wider < 0) return;
    dropped.add(i);
    const keeper = diagnoses[wider]!;
    const cited = new Set(keeper.actions.map((a) => a.source));
    for (const a of d.actions) if (!cited.has(a.source)) keeper.actions.push(a);
  });
  return diagnoses.filter((_, i) => !dropped.has(i));
}

/**
 * Where an entry's action text comes from: the newest vendor document whose text it is (an edition
 * whose action the entry keeps only as history, because an erratum found it damaged, is skipped).
 */
function actionSource(e: Entry): string {
  const replaced = new Set(e.history.filter((h) => h.field === 'action').map((h) => h.edition));
  const docs = e.sources.filter((s) => s.sourceKind === 'document' && !replaced.has(s.edition));
  const s = docs[docs.length - 1] ?? e.sources[0]!;
  return `${s.file}:${s.line}`;
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
