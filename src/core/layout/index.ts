/**
 * @module core/layout
 * Stage 6, layout. Takes the graph and its clusters; gives seeded, overlap-free x/y for every
 * paper and keyword (cluster discs, then d3-force, then overlap removal), and the node radii it
 * sized them by.
 */
export { computeLayout } from './computeLayout';
export { keywordRadius, paperRadius } from './nodeRadius';
export { layoutConfig } from './layoutConfig';
