/**
 * @module core/layout
 * Stage 6, layout. Takes the graph and its clusters; gives seeded, overlap-free x/y for every
 * paper and keyword (cluster discs, then d3-force, then overlap removal), and the node radii it
 * sized them by. computeAnchoredLayout does the same from a previous map's places (an update),
 * moving old nodes only as far as the new ones push them.
 */
export { computeAnchoredLayout, type LayoutAnchors } from './computeAnchoredLayout';
export { computeLayout, type Layout } from './computeLayout';
export { keywordRadius, paperRadius } from './nodeRadius';
export { layoutConfig } from './layoutConfig';
