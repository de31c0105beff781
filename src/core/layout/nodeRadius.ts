import { layoutConfig } from './layoutConfig';

/**
 * Node radii in world (layout) units, on a square-root scale so a node's area grows with its
 * weight: a keyword with the number of papers using it, a paper with its number of keywords.
 * The layout's collision force and the scene use the same radii, so nodes drawn do not overlap.
 */
export function paperRadius(keywordCount: number): number {
  return layoutConfig.paperRadiusBase + layoutConfig.paperRadiusScale * Math.sqrt(Math.max(0, keywordCount));
}

export function keywordRadius(paperCount: number): number {
  return layoutConfig.keywordRadiusBase + layoutConfig.keywordRadiusScale * Math.sqrt(Math.max(0, paperCount));
}
