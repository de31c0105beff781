/**
 * @module core/keywords
 * Stage 2, key phrases. Takes papers; gives each paper's top-k key phrases by TF-IDF over
 * part-of-speech candidates, and the corpus vocabulary (`KeywordIndex`). `termKey` is the one
 * stemming rule: keyword ids and curation keys both come from it.
 */
export {
  type ChunkOccurrences,
  type ChunkVocabulary,
  chunkTermWeights,
  computeKeywords,
  type KeywordDoc,
  createKeywordExtractor,
  type KeywordExtractor,
  createKeywordMerger,
  type MergedKeywords,
  type ScoredChunk,
  scoreKeywordChunk,
  scoredTermLists,
} from './computeKeywords';
export { DEFAULT_KEYWORD_WEIGHTS, type KeywordWeights } from './keywordConfig';
export { findAcronyms, readAcronyms, sameExpansion, type AcronymDefinition, type AcronymReadings } from './findAcronyms';
export { readPaperAcronyms } from './paperAcronyms';
export { STOPWORDS } from './stopwords';
export { termKey, titleKey } from './termKey';
export { variantKey, variantMerges, type VariantMerge } from './variantMerges';
export { tokenize } from './tokenize';
export { languageWarnings, SUPPORTED_LANGUAGES } from './languageWarnings';
