import type { Command } from 'commander';
import { loadCatalog } from '../../catalog/load.js';
import { SdkRegistry } from '../../catalog/registry.js';
import type { EntryFilter } from '../../lookup/filter.js';

/** The filter options lookup, search and list share; values are checked against the catalog (exit 2 if unknown). */
export type FilterOptions = EntryFilter;

export function filterOptions(command: Command): Command {
  return command
    .option('--vendor <vendor>', `only this vendor: ${vendorChoices()} (any case, or the first word)`)
    .option('--sdk <sdk>', `only this SDK: ${sdkChoices()}`)
    .option('--kind <kind>', 'only this kind: error, warning, event, info')
    .option('--category <category>', 'only this category, e.g. network, auth, storage/memory')
    .option('--module <module>', 'only this module (library or document section), e.g. client, heap, play');
}

/** The vendors of the registry's SDKs, for the help of `--vendor`. */
function vendorChoices(): string {
  return [...new Set(SdkRegistry.of(loadCatalog()).sdks.map((s) => s.vendor))].sort().join(', ');
}

/** The SDK ids and aliases of the registry, for the help of every `--sdk` option. */
export function sdkChoices(): string {
  return SdkRegistry.of(loadCatalog()).describe();
}

/** Just the filter fields that were given (commander leaves absent options undefined). */
export function filterOf(options: FilterOptions): EntryFilter {
  const filter: EntryFilter = {};
  for (const key of ['vendor', 'sdk', 'kind', 'category', 'module'] as const) {
    const value = options[key];
    if (value !== undefined) filter[key] = value;
  }
  return filter;
}
