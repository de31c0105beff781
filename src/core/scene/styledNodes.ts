import { type Theme, mixColor } from '../style';
import { NodeGrid } from './NodeGrid';
import type { SceneNode } from './scene';
import { type SceneCache, sameKey } from './SceneCache';
import type { Geometry } from './sceneGeometry';
import type { LayerInput } from './sceneLayers';

/** Opacity of what is outside the focus (a hovered or selected node and its neighbours). */
export const DIMMED = 0.14;
/** Opacity of what does not pass the filter. */
export const FILTERED_OUT = 0.1;

/**
 * Every node as drawn unfocused, twice: passing the filter and outside it. Per map, theme and
 * geometry, so a filter only picks (no objects are made while the user filters).
 */
export interface Styled {
  /** Node of slot s passing the filter at 2s, outside it at 2s + 1. */
  readonly nodes: readonly SceneNode[];
  /**
   * Slots in draw order within a layer (papers under keywords, by colour, then by slot): a
   * filter's draw order is this order twice, the nodes outside it first (see sortForDrawing).
   */
  readonly order: Int32Array;
  /** The keywords' slots in that order. */
  readonly keywordOrder: Int32Array;
  /** Every node by slot, for labels that keep off nodes (see SceneLayers.grid). */
  grid(): NodeGrid;
}

export function styledNodes(
  input: LayerInput,
  geometry: Geometry,
  theme: Theme,
  color: (cluster: number) => string,
  cache: SceneCache,
  /** A node's colour by slot (papers, then keywords), instead of its cluster's: the year overlay. */
  nodeColor?: (slot: number) => string,
): Styled {
  const key = [input.map, input.theme, input.colorBy ?? 'cluster', geometry];
  const memo = cache.styled;
  if (memo && sameKey(memo.key, key)) return memo.styled;
  const { map } = input;
  const tintOf = new Map<string, string>();
  const tint = (base: string): string => {
    let t = tintOf.get(base);
    if (t === undefined) {
      t = mixColor(base, theme.background, 0.45);
      tintOf.set(base, t);
    }
    return t;
  };
  const nodes: SceneNode[] = [];
  const add = (slot: number, id: string, kind: 'paper' | 'keyword', cluster: number): void => {
    const base = nodeColor ? nodeColor(slot) : color(cluster);
    for (const opacity of [1, FILTERED_OUT]) {
      nodes.push({
        id,
        kind,
        x: geometry.x[slot],
        y: geometry.y[slot],
        r: geometry.r[slot],
        fill: kind === 'keyword' ? base : tint(base),
        opacity,
        strokeWidth: kind === 'keyword' ? 1 : 1.25,
        stroke: kind === 'keyword' ? theme.halo : base,
        highlighted: false,
        selected: false,
      });
    }
  };
  map.papers.forEach((p, i) => add(i, p.id, 'paper', p.cluster));
  map.keywords.forEach((k, i) => add(map.papers.length + i, k.id, 'keyword', k.cluster));
  // All passing, every node is in one layer with one opacity: their draw order is the order within a layer.
  const passing = nodes.filter((_, i) => i % 2 === 0);
  const order = drawingOrder(passing);
  let grid: NodeGrid | null = null;
  const styled = {
    nodes,
    order,
    keywordOrder: order.filter((slot) => slot >= map.papers.length),
    grid: () => (grid ??= new NodeGrid(passing)),
  };
  cache.styled = { key, styled };
  return styled;
}

/**
 * Draw order: faded nodes first, then the rest, highlighted ones and the selection on top; within
 * a layer papers under keywords, and nodes of one colour together (so a renderer can draw each run
 * of same-styled nodes as one path). Stable: ties keep the order given.
 */
export function sortForDrawing(nodes: readonly SceneNode[]): SceneNode[] {
  return Array.from(drawingOrder(nodes), (i) => nodes[i]);
}

/** Indices of `nodes` in draw order (see sortForDrawing). */
function drawingOrder(nodes: readonly SceneNode[]): Int32Array {
  const layer = (n: SceneNode): number => (n.selected ? 3 : n.highlighted ? 2 : n.opacity < 1 ? 0 : 1);
  const fills = [...new Set(nodes.map((n) => n.fill))].sort();
  const fillRank = new Map(fills.map((f, i) => [f, i]));
  const opacities = [...new Set(nodes.map((n) => n.opacity))].sort((a, b) => a - b);
  const opacityRank = new Map(opacities.map((o, i) => [o, i]));
  // A counting sort on one small integer key: stable, and linear in the number of nodes.
  const key = new Int32Array(nodes.length);
  const buckets = new Int32Array(8 * opacities.length * fills.length + 1);
  nodes.forEach((n, i) => {
    key[i] =
      ((layer(n) * 2 + (n.kind === 'paper' ? 0 : 1)) * opacities.length + opacityRank.get(n.opacity)!) * fills.length +
      fillRank.get(n.fill)!;
    buckets[key[i] + 1]++;
  });
  for (let b = 1; b < buckets.length; b++) buckets[b] += buckets[b - 1];
  const order = new Int32Array(nodes.length);
  for (let i = 0; i < nodes.length; i++) order[buckets[key[i]]++] = i;
  return order;
}
