import { describe, expect, it } from 'vitest';
import type { MapGraph } from '../../../src/core/graph';
import { nearestPapers as nearestColumns, strongest } from '../../../src/core/clusters/nearestPapers';
import { seededRandom } from '../../../src/core/util';

/** The pairs as objects; the columns checked to agree in length. */
function nearestPapers(graph: MapGraph, k: number): { a: number; b: number; similarity: number }[] {
  const pairs = nearestColumns(graph, k);
  expect([pairs.a.length, pairs.b.length, pairs.similarity.length]).toEqual([pairs.count, pairs.count, pairs.count]);
  return Array.from(pairs.a, (a, i) => ({ a, b: pairs.b[i], similarity: pairs.similarity[i] }));
}

/** A graph holding only word vectors: papers × words with weights. */
function wordsGraph(vectors: number[][]): MapGraph {
  const list = vectors.flatMap((v, paper) => v.map((weight, word) => ({ paper, word, weight })).filter((l) => l.weight > 0));
  const wordLinks = {
    paper: Int32Array.from(list, (l) => l.paper),
    word: Int32Array.from(list, (l) => l.word),
    weight: Float64Array.from(list, (l) => l.weight),
  };
  return {
    paperCount: vectors.length,
    keywordTerms: [],
    keywordRelevance: [],
    keywordPapers: [],
    keywordCoherence: [],
    links: [],
    cooccurrences: [],
    wordCount: vectors[0]?.length ?? 0,
    wordLinks,
  };
}

describe('nearestPapers', () => {
  const graph = wordsGraph([
    [1, 1, 0, 0],
    [1, 0.5, 0, 0],
    [0, 0, 1, 1],
    [0, 0, 1, 0],
    [0, 0, 0, 0],
  ]);

  it('links each paper to its most similar papers with their cosine similarity', () => {
    const pairs = nearestPapers(graph, 1);
    expect(pairs.map(({ a, b }) => [a, b])).toEqual([
      [0, 1],
      [2, 3],
    ]);
    expect(pairs[0].similarity).toBeCloseTo(1.5 / (Math.SQRT2 * Math.sqrt(1.25)), 12);
    expect(pairs[1].similarity).toBeCloseTo(1 / Math.SQRT2, 12);
  });

  it('never links papers without a shared word, nor a paper without words', () => {
    const pairs = nearestPapers(graph, 10);
    expect(pairs).toHaveLength(2);
    expect(pairs.some((p) => p.a === 4 || p.b === 4)).toBe(false);
  });

  it('keeps the k best, ties to the lower index', () => {
    const star = wordsGraph([[1], [1], [1], [1]]);
    expect(nearestPapers(star, 1).map(({ a, b }) => [a, b])).toEqual([
      [0, 1],
      [0, 2],
      [0, 3],
    ]);
    expect(nearestPapers(star, 0)).toEqual([]);
  });

  it('keeps, of a frequent word, the postings a sort by weight then index keeps first, ties included', () => {
    const random = seededRandom(7);
    for (const [size, k, levels] of [
      [1000, 200, 5],
      [450, 200, 1000],
      [201, 200, 2],
      [300, 200, 1],
    ]) {
      // Few distinct weights: many ties at the threshold.
      const value = Float64Array.from({ length: size + 50 }, () => Math.floor(random() * levels) / levels + 0.001);
      const list = Array.from({ length: size }, (_, r) => r + 50);
      const bySort = [...list].sort((x, y) => value[y] - value[x] || x - y).slice(0, k);
      const kept = strongest(list, value, k);
      expect(kept).toEqual([...bySort].sort((x, y) => x - y));
    }
  });
});
