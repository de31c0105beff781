/**
 * A small seeded pseudo-random generator (mulberry32): every random choice in the pipeline
 * (Louvain's node order, layout start positions, d3-force's jiggle) draws from one of these, so
 * the same corpus, settings and seed give the same map byte for byte. Math.random is never used.
 *
 * Returns a function with Math.random's contract: a float in [0, 1).
 */
export function seededRandom(seed: number): () => number {
  // Mix the seed once so that nearby seeds (1, 2, 3) do not start nearby streams.
  let state = (Math.imul((seed | 0) ^ 0x9e3779b9, 0x85ebca6b) ^ 0xc2b2ae35) >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
