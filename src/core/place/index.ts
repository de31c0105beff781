/**
 * @module core/place
 * Placing a new paper on a map (issue 12), without changing the map. Takes a map file and a
 * paper's title and abstract (or a BibTeX entry, parsePlaceInput); gives its key phrases with the
 * map's vocabulary and IDF, its place among its most similar papers, its nearest cluster with a
 * similarity, the similar papers with the phrases they share, and the cluster's phrases it does
 * not use. The per-map work is a `PlaceIndex` the caller creates once (createPlaceIndex).
 */
export { computePaperPhrases, type PaperPhrase } from './computePaperPhrases';
export { createPlaceIndex, type PlaceIndex } from './createPlaceIndex';
export { PLACE_CONFIG, type PlaceConfig } from './placeConfig';
export { type Placement, type PlaceInput, type PlaceOptions, type SimilarPaper, placePaper } from './placePaper';
export { parsePlaceInput } from './parsePlaceInput';
export { PlaceInputError } from './PlaceInputError';
