import type { Catalog, Entry } from './schema.js';

export interface SdkStats {
  sdk: string;
  entries: number;
  /** Stated by at least one vendor document. */
  documented: number;
  /** Known only from SDK definitions. */
  undocumented: number;
  /** Where a document and the SDK source disagree on the value or the name (each has an erratum). */
  conflicting: number;
  /** Documented codes no SDK definition confirms. */
  documentOnly: number;
  /** Entries whose only SDK evidence is a decompiled SDK or an unattributed header copy. */
  weakEvidenceOnly: number;
  byKind: Record<string, number>;
}

const isConflict = (e: Entry) => e.errata.some((x) => x.kind === 'sdk-value-conflict' || x.kind === 'sdk-name-conflict');

/** Counts per SDK and in total: the numbers `avcodes stats` prints and the README quotes. */
export function catalogStats(catalog: Catalog): { total: SdkStats; sdks: SdkStats[] } {
  const bySdk = new Map<string, SdkStats>();
  const blank = (sdk: string): SdkStats => ({ sdk, entries: 0, documented: 0, undocumented: 0, conflicting: 0, documentOnly: 0, weakEvidenceOnly: 0, byKind: {} });
  const total = blank('all');
  for (const e of catalog.entries) {
    let s = bySdk.get(e.sdk);
    if (!s) bySdk.set(e.sdk, (s = blank(e.sdk)));
    const sdkRefs = e.sources.filter((r) => r.sourceKind === 'sdk-definition');
    for (const t of [s, total]) {
      t.entries++;
      if (e.documented) t.documented++;
      else t.undocumented++;
      if (isConflict(e)) t.conflicting++;
      if (e.documented && sdkRefs.length === 0) t.documentOnly++;
      if (sdkRefs.length > 0 && sdkRefs.every((r) => r.evidence !== 'sdk-header')) t.weakEvidenceOnly++;
      t.byKind[e.kind] = (t.byKind[e.kind] ?? 0) + 1;
    }
  }
  return { total, sdks: [...bySdk.values()].sort((a, b) => a.sdk.localeCompare(b.sdk)) };
}
