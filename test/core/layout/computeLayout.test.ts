import { describe, expect, it } from 'vitest';
import { buildGraph, type MapGraph } from '../../../src/core/graph';
import { computeLayout, layoutTicks, type Layout } from '../../../src/core/layout/computeLayout';
import { detectClusters, type Clustering } from '../../../src/core/clusters';
import { keywordRadius, paperRadius } from '../../../src/core/layout/nodeRadius';
import type { KeywordIndex } from '../../../src/core/map';
import { syntheticIndex } from '../../fixtures/syntheticIndex';

interface Placed {
  x: number;
  y: number;
  r: number;
  cluster: number;
}

function placed(graph: MapGraph, clustering: Clustering, layout: Layout): Placed[] {
  const links = new Array<number>(graph.paperCount).fill(0);
  for (const l of graph.links) links[l.paper]++;
  return [
    ...layout.paperX.map((x, i) => ({ x, y: layout.paperY[i], r: paperRadius(links[i]), cluster: clustering.paperCluster[i] })),
    ...layout.keywordX.map((x, j) => ({
      x,
      y: layout.keywordY[j],
      r: keywordRadius(graph.keywordPapers[j]),
      cluster: clustering.keywordCluster[j],
    })),
  ];
}

function setup(index: KeywordIndex) {
  const graph = buildGraph(index, { topK: 10, minDf: 2, maxKeywords: 300 });
  const clustering = detectClusters(graph, { resolution: 1, seed: 42 });
  return { graph, clustering };
}

describe('computeLayout', () => {
  const { index } = syntheticIndex({
    topics: 2,
    papersPerTopic: 40,
    termsPerTopic: 30,
    termsPerPaper: 8,
    sharedPerPaper: 2,
    seed: 5,
  });
  const { graph, clustering } = setup(index);
  const layout = computeLayout(graph, clustering, { seed: 42 });
  const nodes = placed(graph, clustering, layout);

  it('places every paper and keyword at a finite point', () => {
    expect(layout.paperX).toHaveLength(graph.paperCount);
    expect(layout.keywordY).toHaveLength(graph.keywordTerms.length);
    for (const n of nodes) expect(Number.isFinite(n.x) && Number.isFinite(n.y)).toBe(true);
  });

  it('never overlaps two nodes, with the radii the app draws', () => {
    let worst = Infinity;
    for (let i = 0; i < nodes.length; i++) {
      for (let j = i + 1; j < nodes.length; j++) {
        const a = nodes[i];
        const b = nodes[j];
        worst = Math.min(worst, Math.hypot(a.x - b.x, a.y - b.y) - a.r - b.r);
      }
    }
    expect(worst).toBeGreaterThanOrEqual(0);
  });

  it('makes each cluster a region: nodes sit much nearer their own cluster than the other', () => {
    expect(clustering.clusterCount).toBe(2);
    const centroid = [0, 1].map((c) => {
      const members = nodes.filter((n) => n.cluster === c);
      return {
        x: members.reduce((s, n) => s + n.x, 0) / members.length,
        y: members.reduce((s, n) => s + n.y, 0) / members.length,
      };
    });
    let own = 0;
    let other = 0;
    for (const n of nodes) {
      own += Math.hypot(n.x - centroid[n.cluster].x, n.y - centroid[n.cluster].y);
      other += Math.hypot(n.x - centroid[1 - n.cluster].x, n.y - centroid[1 - n.cluster].y);
    }
    expect(own / nodes.length).toBeLessThan(0.5 * (other / nodes.length));
  });

  it('rounds to 2 decimals and centres the map on the origin', () => {
    for (const n of nodes) {
      expect(Math.round(n.x * 100) / 100).toBe(n.x);
      expect(Math.round(n.y * 100) / 100).toBe(n.y);
    }
    const meanX = nodes.reduce((s, n) => s + n.x, 0) / nodes.length;
    const meanY = nodes.reduce((s, n) => s + n.y, 0) / nodes.length;
    expect(Math.abs(meanX)).toBeLessThan(0.01);
    expect(Math.abs(meanY)).toBeLessThan(0.01);
  });

  it('is deterministic for a seed, and the seed matters', () => {
    expect(computeLayout(graph, clustering, { seed: 42 })).toEqual(layout);
    const other = computeLayout(graph, clustering, { seed: 7 });
    expect(other.paperX).not.toEqual(layout.paperX);
  });

  it('places a catch-all cluster and a map of one paper without overlap', () => {
    const lonely: KeywordIndex = {
      vocabulary: [...index.vocabulary, { key: 'lonely', term: 'lonely', df: 1 }],
      docs: [...index.docs, [{ term: index.vocabulary.length, score: 1 }]],
    };
    const s = setup(lonely);
    expect(s.clustering.unclustered).toBeGreaterThanOrEqual(0);
    const l = computeLayout(s.graph, s.clustering, { seed: 1 }, { ticks: 30 });
    const ns = placed(s.graph, s.clustering, l);
    const loner = ns[graph.paperCount];
    for (const n of ns) if (n !== loner) expect(Math.hypot(n.x - loner.x, n.y - loner.y)).toBeGreaterThanOrEqual(n.r + loner.r);

    const one = setup({ vocabulary: [{ key: 'a', term: 'a', df: 1 }], docs: [[{ term: 0, score: 1 }]] });
    expect(computeLayout(one.graph, one.clustering, { seed: 1 })).toEqual({
      paperX: [0],
      paperY: [0],
      keywordX: [],
      keywordY: [],
    });
    const none = setup({ vocabulary: [], docs: [] });
    expect(computeLayout(none.graph, none.clustering, { seed: 1 })).toEqual({
      paperX: [],
      paperY: [],
      keywordX: [],
      keywordY: [],
    });
  });

  it('uses fewer ticks for bigger maps, within bounds', () => {
    expect(layoutTicks(100)).toBe(200);
    expect(layoutTicks(1300)).toBeLessThan(layoutTicks(400));
    expect(layoutTicks(10_000)).toBeLessThan(layoutTicks(1300));
    expect(layoutTicks(1_000_000)).toBe(30);
  });
});
