/**
 * @module core/query
 * Questions asked of a built map: an index of papers and keywords, keyword filters, search,
 * related papers, keyword autocomplete and the highlighting of terms in an abstract. Takes a
 * `MapFile`; gives ids and ranked lists. Imports no scene code.
 */
export { filterMap, type FilterMode, type FilterResult, type YearRange } from './filterMap';
export { filterMapForExport } from './filterMapForExport';
export { indexMap, type MapIndex } from './indexMap';
export type { Adjacency, LinkEnds, NodeSlots } from './linkEnds';
export type { MapSelection } from './mapSelection';
export { markKeywords } from './markKeywords';
export { type ClusterKeyword, type KeywordRanking, rankClusterKeywords } from './rankClusterKeywords';
export { relatedPapers } from './relatedPapers';
export { rankClusterPapers } from './rankClusterPapers';
export { searchMap, type SearchHit } from './searchMap';
export { suggestKeywords } from './suggestKeywords';
