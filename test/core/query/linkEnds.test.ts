import { describe, expect, test } from 'vitest';
import type { MapFile } from '../../../src/core/map';
import { computeLinkEnds, computeNodeSlots } from '../../../src/core/query/linkEnds';

/** A map of only what linkEnds reads: papers and keywords by id, links between them (some dangling). */
function linkMap(seed: number, papers: number, keywords: number, links: number): MapFile {
  let s = seed;
  const random = (): number => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return s / 2147483648;
  };
  const map = {
    papers: Array.from({ length: papers }, (_, i) => ({ id: `p${i}` })),
    keywords: Array.from({ length: keywords }, (_, i) => ({ id: `k${i}` })),
    links: Array.from({ length: links }, () => ({
      // A few ends the map lacks (-1), and weights from a small set, so that ties are many.
      paper: random() < 0.03 ? 'p-missing' : `p${Math.floor(random() * papers)}`,
      keyword: random() < 0.03 ? 'k-missing' : `k${Math.floor(random() * keywords)}`,
      weight: random() < 0.1 ? -0 : Math.round(random() * 8) / 4,
    })),
  };
  return map as unknown as MapFile;
}

/** The priority as computeLinkEnds made it with a comparator sort per rank. */
function comparatorPriority(paper: Int32Array, keyword: Int32Array, weight: Float64Array, papers: number): number[] {
  const byPaper = Array.from({ length: papers }, () => [] as number[]);
  paper.forEach((p, i) => {
    if (p >= 0) byPaper[p].push(i);
  });
  const rank = new Int32Array(paper.length);
  for (const own of byPaper) own.sort((a, b) => weight[b] - weight[a] || a - b).forEach((i, r) => (rank[i] = r));
  const ranks: number[][] = [];
  paper.forEach((p, i) => {
    if (p >= 0 && keyword[i] >= 0) (ranks[rank[i]] ??= []).push(i);
  });
  return ranks.flatMap((r) => (r ?? []).sort((a, b) => weight[b] - weight[a] || a - b));
}

describe('computeLinkEnds', () => {
  test.each([
    [1, 50, 8, 400],
    [2, 300, 20, 2000],
    [3, 5, 3, 0],
    [4, 1, 1, 30],
  ])('seed %i: priority is by rank in its paper, then stronger, then by index; adjacency lists every end', (seed, p, k, l) => {
    const map = linkMap(seed, p, k, l);
    const ends = computeLinkEnds(map, computeNodeSlots(map));
    expect(Array.from(ends.priority)).toEqual(comparatorPriority(ends.paper, ends.keyword, ends.weight, p));
    for (const [adj, end, count] of [
      [ends.byPaper, ends.paper, p],
      [ends.byKeyword, ends.keyword, k],
    ] as const) {
      for (let i = 0; i < count; i++) {
        const expected = Array.from(end.keys()).filter((j) => end[j] === i);
        expect(Array.from(adj.at.subarray(adj.start[i], adj.start[i + 1]))).toEqual(expected);
      }
      expect(adj.at.length).toBe(Array.from(end).filter((e) => e >= 0).length);
    }
  });
});
