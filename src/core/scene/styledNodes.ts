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
 * Every node as drawn unfocused and passing the filter, and, made the first time a filter needs
 * it, as drawn outside the filter. Per map, theme and geometry, so a filter only picks (after the
 * first filter that fades a node, no objects are made for it while the user filters).
 */
export interface Styled {
  /** Node of slot s passing the filter. */
  readonly nodes: readonly SceneNode[];
  /**
   * Node of slot s outside the filter at s: its passing node at opacity FILTERED_OUT. Made on the
   * first call (by a filter, or when idle: prepareFilteredNodes) and kept, so a node is the same
   * object in every filter: the first load draws no filter and makes none of them.
   */
  faded(): readonly SceneNode[];
  /**
   * Makes up to `count` more faded nodes (for idle time, in slices: at 100,000 papers all of them
   * take a fifth of a second); true when all are made.
   */
  prepareFaded(count: number): boolean;
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
  const papers = map.papers.length;
  const count = papers + map.keywords.length;
  // Grown by push, slot by slot: a packed array (an array made at its full length, over some
  // tens of thousands, may start as a dictionary).
  const nodes: SceneNode[] = [];
  // Each slot's fill as a small number, for the draw order (which sorts by fill): fills are few
  // (a colour per cluster or year, and its tint), so each is looked up once per node here, not
  // again by the sort.
  const fillNumber = new Int32Array(count);
  const fills: string[] = [];
  const numberOf = new Map<string, number>();
  const fillOf = (fill: string): number => {
    let f = numberOf.get(fill);
    if (f === undefined) {
      f = fills.length;
      fills.push(fill);
      numberOf.set(fill, f);
    }
    return f;
  };
  // A paper's fill is its colour's tint: one per colour.
  const tintOf = new Map<string, { tint: string; number: number }>();
  for (let i = 0; i < papers; i++) {
    const p = map.papers[i];
    const base = nodeColor ? nodeColor(i) : color(p.cluster);
    let t = tintOf.get(base);
    if (t === undefined) {
      const tint = mixColor(base, theme.background, 0.45);
      t = { tint, number: fillOf(tint) };
      tintOf.set(base, t);
    }
    fillNumber[i] = t.number;
    nodes.push(styledNode(p.id, 'paper', geometry, i, t.tint, 1, 1.25, base));
  }
  for (let i = 0; i < map.keywords.length; i++) {
    const k = map.keywords[i];
    const slot = papers + i;
    const base = nodeColor ? nodeColor(slot) : color(k.cluster);
    fillNumber[slot] = fillOf(base);
    nodes.push(styledNode(k.id, 'keyword', geometry, slot, base, 1, 1, theme.halo));
  }
  // All passing, every node is in one layer with one opacity: their draw order is the order
  // within a layer (drawingOrder's), papers under keywords, then by fill.
  const order = orderWithinLayer(fillNumber, fills, papers);
  // Made when a filter first fades a node, or when idle (prepareFilteredNodes), slot by slot.
  const faded: SceneNode[] = [];
  const makeFaded = (upTo: number): void => {
    for (let i = faded.length; i < upTo; i++) {
      const o = nodes[i];
      faded.push(styledNode(o.id, o.kind, geometry, i, o.fill, FILTERED_OUT, o.strokeWidth, o.stroke));
    }
  };
  let grid: NodeGrid | null = null;
  const styled = {
    nodes,
    faded(): readonly SceneNode[] {
      if (faded.length < nodes.length) makeFaded(nodes.length);
      return faded;
    },
    prepareFaded(count: number): boolean {
      makeFaded(Math.min(nodes.length, faded.length + count));
      return faded.length === nodes.length;
    },
    order,
    keywordOrder: order.filter((slot) => slot >= papers),
    grid: () => (grid ??= new NodeGrid(nodes)),
  };
  cache.styled = { key, styled };
  return styled;
}

/** One node as drawn unfocused (one object shape for every node: the painter reads them in one loop). */
function styledNode(
  id: string,
  kind: 'paper' | 'keyword',
  geometry: Geometry,
  slot: number,
  fill: string,
  opacity: number,
  strokeWidth: number,
  stroke: string,
): SceneNode {
  return {
    id,
    kind,
    x: geometry.x[slot],
    y: geometry.y[slot],
    r: geometry.r[slot],
    fill,
    opacity,
    strokeWidth,
    stroke,
    highlighted: false,
    selected: false,
  };
}

/**
 * drawingOrder of nodes all in one layer with one opacity, from their fills' numbers: papers
 * (slots below `papers`) before keywords, then by fill (as strings sort), then by slot.
 */
function orderWithinLayer(fillNumber: Int32Array, fills: readonly string[], papers: number): Int32Array {
  const f = fills.length;
  const rank = new Int32Array(f);
  const sorted = Array.from(fills.keys()).sort((a, b) => (fills[a] < fills[b] ? -1 : fills[a] > fills[b] ? 1 : 0));
  for (let r = 0; r < f; r++) rank[sorted[r]] = r;
  // A counting sort on one small integer key: stable, and linear in the number of nodes.
  const n = fillNumber.length;
  const key = new Int32Array(n);
  const buckets = new Int32Array(2 * f + 1);
  for (let i = 0; i < n; i++) {
    const k = (i < papers ? 0 : f) + rank[fillNumber[i]];
    key[i] = k;
    buckets[k + 1]++;
  }
  for (let b = 1; b < buckets.length; b++) buckets[b] += buckets[b - 1];
  const order = new Int32Array(n);
  for (let i = 0; i < n; i++) order[buckets[key[i]]++] = i;
  return order;
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

/** Faded nodes made per call of prepareFilteredNodes: a few milliseconds' work. */
const FADED_PER_STEP = 10_000;

/**
 * Makes part of what a first filter needs that the first load did not (the faded nodes of the
 * cached style), so the first filter does not wait for it. For idle time after a paint, one call
 * per task until it returns true (all made).
 */
export function prepareFilteredNodes(cache: SceneCache): boolean {
  return cache.styled?.styled.prepareFaded(FADED_PER_STEP) ?? true;
}
