/**
 * @module core/map
 * The map file model. Types of the map file, its validation (the one reader for every map,
 * wherever it comes from), deterministic serialisation, build settings and the tool version; the
 * compact form (compactFormat: a binary main file and texts files fetched on demand) and its reader.
 */
export { applyCompactTexts } from './applyCompactTexts';
export { COMPACT_MAGIC, TEXTS_CHUNK_SIZE, isCompactMap, textsFileName, textsPrefixFor } from './compactFormat';
export { type CompactMapPart, compactMapParts } from './encodeCompactMap';
export { type CompactTexts, type DecodedCompactMap, decodeCompactMap } from './decodeCompactMap';
export { type LinkPlaces, linkPlacesOf } from './linkPlaces';
export { type NodePlaces, nodePlacesOf } from './nodePlaces';
export { readCompactMap } from './readCompactMap';
export { corpusFromMap } from './corpusFromMap';
export { MAX_SEED, resolveSettings } from './resolveSettings';
export { isMapFileStart } from './isMapFileStart';
export { serializeMap } from './serializeMap';
export { serializeMapParts } from './serializeMapParts';
export { APP_VERSION, TOOL_VERSION } from './toolVersion';
export {
  DEFAULT_SETTINGS,
  MAP_FORMAT,
  MAP_VERSION,
  type BuildSettings,
  type ClusterChange,
  type ClusterChangeKind,
  type CorpusFormat,
  type CorpusTally,
  type CorpusWarning,
  type KeywordIndex,
  type MapBurst,
  type MapChanges,
  type MapCluster,
  type MapFile,
  type MapKeyword,
  type MapLink,
  type MapMeta,
  type MapPaper,
  type Paper,
  type PaperMetadata,
  type PaperSourceIds,
  type ParsedCorpus,
  type ScoredTerm,
  type VocabularyTerm,
} from './types';
export { MAX_COORDINATE, MapFileError, parseMapFile, validateMap } from './validateMap';
