/**
 * Link weights are rounded to 4 decimals so the map file stays short and byte-stable. Literals,
 * not 10 ** -4: Math.pow may round differently in another engine.
 */
const WEIGHT_SCALE = 10000;
/** The least weight a kept link gets: a zero score (a term in every paper) still deserves a drawable link. */
export const MIN_WEIGHT = 0.0001;

export function roundWeight(value: number): number {
  return Math.round(value * WEIGHT_SCALE) / WEIGHT_SCALE;
}
