/**
 * @module core/graph
 * Stage 4, the graph. Takes the keyword index; gives the map's vocabulary (keyword nodes), the
 * paper–keyword links weighted by TF-IDF and the keyword co-occurrences (association strength).
 */
export { buildGraph, type GraphWordLinks, type MapGraph } from './buildGraph';
