import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../../src/core/graph';
import { computeAnchoredLayout, computeLayout, type Layout, type LayoutAnchors } from '../../../src/core/layout';
import { detectClusters } from '../../../src/core/clusters';
import { keywordRadius, paperRadius } from '../../../src/core/layout/nodeRadius';
import { syntheticIndex } from '../../fixtures/syntheticIndex';

// Three planted topics; the previous map is the fresh layout with one cluster's nodes left out
// (as if they were new), so what the anchored layout does with old and new nodes can be measured.
const { index } = syntheticIndex({
  topics: 3,
  papersPerTopic: 40,
  termsPerTopic: 30,
  termsPerPaper: 8,
  sharedPerPaper: 2,
  seed: 7,
});
const graph = buildGraph(index, { topK: 10, minDf: 2, maxKeywords: 300 });
const clustering = detectClusters(graph, { resolution: 1, seed: 42 });
const fresh = computeLayout(graph, clustering, { seed: 42 });
const NEW = clustering.clusterCount - 1;

function anchorsFrom(layout: Layout, isNew: (cluster: number) => boolean): LayoutAnchors {
  const pick = (values: number[], clusters: number[]) =>
    Float64Array.from(values, (v, i) => (isNew(clusters[i]) ? Number.NaN : v));
  return {
    paperX: pick(layout.paperX, clustering.paperCluster),
    paperY: pick(layout.paperY, clustering.paperCluster),
    keywordX: pick(layout.keywordX, clustering.keywordCluster),
    keywordY: pick(layout.keywordY, clustering.keywordCluster),
  };
}

const points = (layout: Layout) => [
  ...layout.paperX.map((x, i) => ({ x, y: layout.paperY[i], cluster: clustering.paperCluster[i] })),
  ...layout.keywordX.map((x, j) => ({ x, y: layout.keywordY[j], cluster: clustering.keywordCluster[j] })),
];

describe('computeAnchoredLayout', () => {
  it('leaves a map whose every node is anchored nearly where it was', () => {
    const layout = computeAnchoredLayout(
      graph,
      clustering,
      { seed: 42 },
      anchorsFrom(fresh, () => false),
    );
    const before = points(fresh);
    const xs = before.map((p) => p.x);
    const width = Math.max(...xs) - Math.min(...xs);
    const moved = points(layout).map((p, i) => Math.hypot(p.x - before[i].x, p.y - before[i].y) / width);
    moved.sort((a, b) => a - b);
    expect(moved[moved.length >> 1]).toBeLessThan(0.005);
  });

  it('holds old nodes near their places and gives a new cluster a region outside the old map, without overlaps', () => {
    expect(clustering.clusterCount).toBeGreaterThanOrEqual(3);
    const layout = computeAnchoredLayout(
      graph,
      clustering,
      { seed: 42 },
      anchorsFrom(fresh, (c) => c === NEW),
    );
    const before = points(fresh);
    const after = points(layout);
    const old = before.filter((p) => p.cluster !== NEW);
    const cx = old.reduce((s, p) => s + p.x, 0) / old.length;
    const cy = old.reduce((s, p) => s + p.y, 0) / old.length;
    const reach = Math.max(...old.map((p) => Math.hypot(p.x - cx, p.y - cy)));
    const width = Math.max(...old.map((p) => p.x)) - Math.min(...old.map((p) => p.x));
    const moved = after
      .map((p, i) => ({ p, d: Math.hypot(p.x - before[i].x, p.y - before[i].y) / width }))
      .filter(({ p }) => p.cluster !== NEW)
      .map(({ d }) => d)
      .sort((a, b) => a - b);
    expect(moved[moved.length >> 1]).toBeLessThan(0.03);
    // The new cluster's centre lies outside most of the old map.
    const added = after.filter((p) => p.cluster === NEW);
    const nx = added.reduce((s, p) => s + p.x, 0) / added.length;
    const ny = added.reduce((s, p) => s + p.y, 0) / added.length;
    expect(Math.hypot(nx - cx, ny - cy)).toBeGreaterThan(0.8 * reach);
    // No two nodes overlap, with the radii the app draws.
    const links = new Array<number>(graph.paperCount).fill(0);
    for (const l of graph.links) links[l.paper]++;
    const radius = [...links.map((k) => paperRadius(k)), ...graph.keywordPapers.map((k) => keywordRadius(k))];
    let worst = Infinity;
    for (let i = 0; i < after.length; i++) {
      for (let j = i + 1; j < after.length; j++) {
        worst = Math.min(worst, Math.hypot(after[i].x - after[j].x, after[i].y - after[j].y) - radius[i] - radius[j]);
      }
    }
    expect(worst).toBeGreaterThanOrEqual(0);
  });

  it('is deterministic', () => {
    const anchors = anchorsFrom(fresh, (c) => c === NEW);
    expect(computeAnchoredLayout(graph, clustering, { seed: 42 }, anchors)).toEqual(
      computeAnchoredLayout(graph, clustering, { seed: 42 }, anchors),
    );
  });
});
