// The public API of avcodes. Only re-exports: each export is documented where it is defined.
export { lookup, search, get, list, related, explain, ranges, openCodebook } from './lookup/api.js';
export { Codebook, type SearchOptions } from './lookup/codebook.js';
export { readingsOf, checkQuery, MAX_QUERY_LENGTH, type Query, type Reading, type NumberReading, type NameReading, type WrittenNotation, type TwinKind } from './lookup/readings.js';
export { RANK_WEIGHTS, type Match, type MatchVia, type ContextHint } from './lookup/rank.js';
export type { LookupOptions, LookupResult } from './lookup/lookup.js';
export type { EntryFilter } from './lookup/filter.js';
export type { SearchHit } from './lookup/search.js';
export type { RelatedHit } from './lookup/related.js';
export type { CodeRange, RangeKind, StructureNote } from './lookup/structure.js';
export { lookupResultToJson, type LookupJson, type ReadingJson, type MatchJson, type ExplanationJson } from './lookup/json.js';
export { AvcodesError, type AvcodesErrorCode } from './errors.js';
export { InvalidQueryError, UnknownFilterError, type InvalidQueryReason } from './lookup/errors.js';
export type { Catalog, Entry, Misprint, SourceRef, Kind, Category, Recovery } from './catalog/schema.js';
export * from './constants/generated/index.js';
export * from './scan/index.js';
