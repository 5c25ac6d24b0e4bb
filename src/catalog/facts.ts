import type { RawRow } from '../importers/types.js';
import type { Misprint } from './schema.js';
import type { ManifestSection, ManifestSource, Role } from './manifest.js';

/**
 * One row of one source, its cells sorted into roles by the manifest's column map. Values are
 * read later (after row errata), because some defects are in the very cells that hold them.
 */
export interface Fact {
  source: ManifestSource;
  section: ManifestSection;
  row: RawRow;
  /** Cell text by role; a role the table lacks is absent, an empty cell is ''. */
  cells: Partial<Record<Role, string>>;
  name: string;
  nameOrigin: 'document' | 'generated' | 'errata';
  /** The document gives no name for this code (a name-less table, a restored lost row). */
  nameMissing: boolean;
  /** Corrected literal from an erratum; otherwise the code cell is read as written. */
  valueOverride?: string;
  /** Names this row used to carry (a renamed duplicate, an older edition's spelling). */
  formerNames: string[];
  value: bigint | null;
  notes: string[];
  misprints: Misprint[];
  errata: { id: string; kind: string; note: string }[];
  /** Text fields an erratum says are damaged in this row and whole in an older edition (fix.keepOlderText). */
  damagedText?: { erratum: string; fields: Set<'summary' | 'description' | 'action'> };
}

export function factFromRow(source: ManifestSource, section: ManifestSection, row: RawRow): Fact {
  const cells: Partial<Record<Role, string>> = {};
  row.header.forEach((title, i) => {
    const role = source.columns[title];
    if (role) cells[role] = row.cells[i] ?? '';
  });
  return {
    source,
    section,
    row,
    cells,
    name: cells.name ?? '',
    nameOrigin: 'document',
    nameMissing: false,
    formerNames: [],
    value: null,
    notes: [],
    misprints: [],
    errata: [],
  };
}

/** Header titles the manifest does not map: the build refuses to guess what a new column means. */
export function unmappedColumns(source: ManifestSource, row: RawRow): string[] {
  return row.header.filter((title) => !(title in source.columns));
}
