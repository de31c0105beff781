import { clusterColor } from './clusterColor';
import type { FilterResult } from './filterMap';
import type { MapIndex } from './indexMap';
import { mixColor } from './mixColor';
import { NodeGrid } from './NodeGrid';
import { keywordRadius, paperRadius } from './nodeRadius';
import type { SceneLabel, SceneLegendEntry, SceneNode } from './scene';
import { THEMES, type Theme, type ThemeName } from './theme';
import type { MapFile, MapPaper } from './types';

export interface Point {
  x: number;
  y: number;
}

/** What the view-independent part of a scene depends on. */
export interface LayerInput {
  map: MapFile;
  index: MapIndex;
  filter: FilterResult;
  hideFiltered: boolean;
  theme: ThemeName;
  positions?: ReadonlyMap<string, Point>;
  positionsVersion?: number;
}

/** Opacity of what is outside the focus (a hovered or selected node and its neighbours). */
export const DIMMED = 0.14;
/** Opacity of what does not pass the filter. */
export const FILTERED_OUT = 0.1;

/** A label that may be shown; the view decides whether it is and where. */
export interface StaticCandidate {
  /** The labelled node; absent for cluster names. */
  id?: string;
  label: SceneLabel;
  /** World radius of the labelled node (0 for cluster names): the label sits below its rim. */
  r: number;
  /** Shown only once the node is at least this big on screen (pixels). */
  minScreenR: number;
  clamp: boolean;
  avoidNodes: boolean;
  /** World width of the region a cluster name stands for (0 for node labels). */
  extent: number;
}

/** A cluster name and where it goes: the centre of its visible keywords, weighted by papers. */
export interface ClusterName {
  id: number;
  text: string;
  x: number;
  y: number;
  color: string;
  extent: number;
}

/**
 * The links that can be drawn (both ends shown), as columns, by priority for drawing only some:
 * links passing the filter first, then each paper's strongest link before any paper's second,
 * stronger before weaker. (A view scans them all: in this order the scan reads memory straight
 * through.)
 */
export interface LinkLayer {
  count: number;
  x1: Float64Array;
  y1: Float64Array;
  x2: Float64Array;
  y2: Float64Array;
  /** Index in map.papers and map.keywords of each link's ends. */
  paper: Int32Array;
  keyword: Int32Array;
  /** 1 when an end is outside the filter (drawn fainter). */
  faded: Uint8Array;
  /** Positions of the links of paper i, by priority: `at.subarray(start[i], start[i + 1])`. */
  ofPaper(): Adjacency;
  ofKeyword(): Adjacency;
}

export interface Adjacency {
  start: Int32Array;
  at: Int32Array;
}

/** Everything of a scene that depends neither on the view nor on the focus. */
export interface SceneLayers {
  theme: Theme;
  legend: SceneLegendEntry[];
  caption: string;
  /** Every node shown, unfocused, in draw order. */
  nodes: SceneNode[];
  nodeById: ReadonlyMap<string, SceneNode>;
  /** Place of each node in `nodes`. */
  rank: ReadonlyMap<SceneNode, number>;
  links: LinkLayer;
  color(cluster: number): string;
  clusterNames: ClusterName[];
  /** Keyword labels as shown unfocused (not for nodes outside the filter), most important first. */
  keywords: StaticCandidate[];
  keywordById: ReadonlyMap<string, StaticCandidate>;
  /** Papers that pass the filter, by title: paper labels are tried in this order. */
  papersByTitle(): readonly SceneNode[];
  /** Largest paper radius: paper labels need a paper this big on screen. */
  maxPaperR: number;
  /** The fully opaque nodes, for labels that keep off nodes. */
  grid(): NodeGrid;
}

let memo: { key: readonly unknown[]; layers: SceneLayers } | null = null;

/**
 * The scene's nodes, links and label candidates with no focus, for one map, filter, theme and
 * set of positions. Memoised on those (which the store replaces, never mutates), so zooming,
 * hovering and selecting reuse it.
 */
export function sceneLayers(input: LayerInput): SceneLayers {
  const key = [input.map, input.index, input.filter, input.hideFiltered, input.theme, input.positions, input.positionsVersion];
  if (memo && memo.key.every((v, i) => v === key[i])) return memo.layers;
  const layers = computeLayers(input);
  memo = { key, layers };
  return layers;
}

function computeLayers(input: LayerInput): SceneLayers {
  const { map, index, filter, hideFiltered } = input;
  const theme = THEMES[input.theme];
  const colorOf = new Map(map.clusters.map((c) => [c.id, clusterColor(c.id, theme.name)]));
  const color = (cluster: number): string => colorOf.get(cluster) ?? clusterColor(cluster, theme.name);
  const tintOf = new Map<number, string>();
  const tint = (cluster: number): string => {
    let t = tintOf.get(cluster);
    if (t === undefined) {
      t = mixColor(color(cluster), theme.background, 0.45);
      tintOf.set(cluster, t);
    }
    return t;
  };

  const papers = map.papers.length;
  const count = papers + map.keywords.length;
  // Per node slot (papers, then keywords): where it is drawn and its opacity, -1 when hidden.
  const x = new Float64Array(count);
  const y = new Float64Array(count);
  const opacity = new Float32Array(count).fill(-1);
  const slotNodes: (SceneNode | null)[] = new Array<SceneNode | null>(count).fill(null);
  const add = (slot: number, id: string, kind: 'paper' | 'keyword', p: Point, r: number, cluster: number): void => {
    const passes = !filter.active || (kind === 'paper' ? filter.papers.has(id) : filter.keywords.has(id));
    if (!passes && hideFiltered) return;
    const base = color(cluster);
    const o = passes ? 1 : FILTERED_OUT;
    slotNodes[slot] = {
      id,
      kind,
      x: p.x,
      y: p.y,
      r,
      fill: kind === 'keyword' ? base : tint(cluster),
      opacity: o,
      strokeWidth: kind === 'keyword' ? 1 : 1.25,
      stroke: kind === 'keyword' ? theme.halo : base,
      highlighted: false,
      selected: false,
    };
    x[slot] = p.x;
    y[slot] = p.y;
    opacity[slot] = o;
  };
  const at = (id: string, fallback: Point): Point => input.positions?.get(id) ?? fallback;
  const degree = paperDegrees(map);
  let maxPaperR = 0;
  map.papers.forEach((p, i) => {
    // A paper's weight is its keywords on the map (its links), as the layout sized it.
    const r = paperRadius(degree[i]);
    if (r > maxPaperR) maxPaperR = r;
    add(i, p.id, 'paper', at(p.id, p), r, p.cluster);
  });
  map.keywords.forEach((k, i) => add(papers + i, k.id, 'keyword', at(k.id, k), keywordRadius(k.papers), k.cluster));
  const nodes = sortForDrawing(slotNodes.filter((n): n is SceneNode => n !== null));
  const nodeById = new Map(nodes.map((n) => [n.id, n]));
  const rank = new Map(nodes.map((n, i) => [n, i]));

  const keywords = keywordCandidates(input, nodes, theme);
  let grid: NodeGrid | null = null;
  let byTitle: SceneNode[] | null = null;
  return {
    theme,
    legend: [...map.clusters]
      .sort((a, b) => b.size - a.size || a.id - b.id)
      .map((c) => ({ color: color(c.id), label: c.label, size: c.size })),
    caption: captionOf(map, index, filter),
    nodes,
    nodeById,
    rank,
    links: linkLayer(map, x, y, opacity),
    color,
    clusterNames: clusterNames(input, nodes, color, theme),
    keywords,
    keywordById: new Map(keywords.map((c) => [c.id!, c])),
    papersByTitle() {
      byTitle ??= paperOrder(map)
        .map((i) => slotNodes[i])
        .filter((n): n is SceneNode => n !== null && n.opacity === 1);
      return byTitle;
    },
    maxPaperR,
    grid() {
      grid ??= new NodeGrid(nodes.filter((n) => n.opacity === 1));
      return grid;
    },
  };
}

/**
 * Draw order: faded nodes first, then the rest, highlighted ones and the selection on top; within
 * a layer papers under keywords, and nodes of one colour together (so a renderer can draw each run
 * of same-styled nodes as one path). Stable: ties keep the order given.
 */
export function sortForDrawing(nodes: SceneNode[]): SceneNode[] {
  const layer = (n: SceneNode): number => (n.selected ? 3 : n.highlighted ? 2 : n.opacity < 1 ? 0 : 1);
  const fills = [...new Set(nodes.map((n) => n.fill))].sort();
  const fillRank = new Map(fills.map((f, i) => [f, i]));
  const opacities = [...new Set(nodes.map((n) => n.opacity))].sort((a, b) => a - b);
  const opacityRank = new Map(opacities.map((o, i) => [o, i]));
  const key = new Float64Array(nodes.length);
  nodes.forEach((n, i) => {
    key[i] =
      ((layer(n) * 2 + (n.kind === 'paper' ? 0 : 1)) * opacities.length + opacityRank.get(n.opacity)!) * fills.length +
      fillRank.get(n.fill)!;
  });
  const order = Array.from(nodes.keys()).sort((a, b) => key[a] - key[b] || a - b);
  return order.map((i) => nodes[i]);
}

/** Links each paper has on the map, by paper index; computed once per map. */
const degrees = new WeakMap<MapFile, Int32Array>();

function paperDegrees(map: MapFile): Int32Array {
  let d = degrees.get(map);
  if (!d) {
    d = new Int32Array(map.papers.length);
    const ends = linkEndsOf(map);
    for (let i = 0; i < ends.paper.length; i++) if (ends.paper[i] >= 0 && ends.keyword[i] >= 0) d[ends.paper[i]]++;
    degrees.set(map, d);
  }
  return d;
}

interface LinkEnds {
  paper: Int32Array;
  keyword: Int32Array;
  /** Link indices by priority (see LinkLayer). */
  priority: Int32Array;
}

/** Links as indices into `map.papers` and `map.keywords`, and their priority; computed once per map. */
const linkEnds = new WeakMap<MapFile, LinkEnds>();

function linkEndsOf(map: MapFile): LinkEnds {
  let ends = linkEnds.get(map);
  if (ends) return ends;
  const paperAt = new Map(map.papers.map((p, i) => [p.id, i]));
  const keywordAt = new Map(map.keywords.map((k, i) => [k.id, i]));
  const n = map.links.length;
  const paper = new Int32Array(n);
  const keyword = new Int32Array(n);
  map.links.forEach((l, i) => {
    paper[i] = paperAt.get(l.paper) ?? -1;
    keyword[i] = keywordAt.get(l.keyword) ?? -1;
  });
  // Rank of each link among its paper's links, strongest first.
  const byPaper = Array.from({ length: n }, (_, i) => i).sort(
    (a, b) => paper[a] - paper[b] || map.links[b].weight - map.links[a].weight || a - b,
  );
  const rankInPaper = new Int32Array(n);
  for (let j = 0; j < n; j++) {
    const i = byPaper[j];
    rankInPaper[i] = j > 0 && paper[byPaper[j - 1]] === paper[i] ? rankInPaper[byPaper[j - 1]] + 1 : 0;
  }
  const priority = Int32Array.from(
    byPaper.sort((a, b) => rankInPaper[a] - rankInPaper[b] || map.links[b].weight - map.links[a].weight || a - b),
  );
  ends = { paper, keyword, priority };
  linkEnds.set(map, ends);
  return ends;
}

function linkLayer(map: MapFile, x: Float64Array, y: Float64Array, opacity: Float32Array): LinkLayer {
  const ends = linkEndsOf(map);
  const offset = map.papers.length;
  const drawable = (i: number): boolean => {
    const a = ends.paper[i];
    const b = ends.keyword[i];
    return a >= 0 && b >= 0 && opacity[a] >= 0 && opacity[offset + b] >= 0;
  };
  const faded = (i: number): number =>
    opacity[ends.paper[i]] === FILTERED_OUT || opacity[offset + ends.keyword[i]] === FILTERED_OUT ? 1 : 0;
  // Links passing the filter before the others, each group in the map's priority order.
  const order: number[] = [];
  for (const group of [0, 1]) for (const i of ends.priority) if (drawable(i) && faded(i) === group) order.push(i);
  const count = order.length;
  const layer = {
    count,
    x1: new Float64Array(count),
    y1: new Float64Array(count),
    x2: new Float64Array(count),
    y2: new Float64Array(count),
    paper: new Int32Array(count),
    keyword: new Int32Array(count),
    faded: new Uint8Array(count),
  };
  order.forEach((i, p) => {
    const a = ends.paper[i];
    const b = offset + ends.keyword[i];
    layer.x1[p] = x[a];
    layer.y1[p] = y[a];
    layer.x2[p] = x[b];
    layer.y2[p] = y[b];
    layer.paper[p] = ends.paper[i];
    layer.keyword[p] = ends.keyword[i];
    layer.faded[p] = faded(i);
  });
  let ofPaper: Adjacency | null = null;
  let ofKeyword: Adjacency | null = null;
  return {
    ...layer,
    ofPaper: () => (ofPaper ??= adjacency(layer.paper, map.papers.length)),
    ofKeyword: () => (ofKeyword ??= adjacency(layer.keyword, map.keywords.length)),
  };
}

/** Positions grouped by the node at one end (compressed rows), each group in position order. */
function adjacency(end: Int32Array, nodes: number): Adjacency {
  const start = new Int32Array(nodes + 1);
  for (const n of end) start[n + 1]++;
  for (let i = 0; i < nodes; i++) start[i + 1] += start[i];
  const fill = start.slice(0, -1);
  const at = new Int32Array(end.length);
  for (let p = 0; p < end.length; p++) at[fill[end[p]]++] = p;
  return { start, at };
}

function clusterNames(input: LayerInput, nodes: readonly SceneNode[], color: (cluster: number) => string, theme: Theme): ClusterName[] {
  const { map, index } = input;
  const centre = new Map<number, { x: number; y: number; w: number; x0: number; x1: number }>();
  for (const n of nodes) {
    if (n.kind !== 'keyword' || n.opacity === FILTERED_OUT) continue;
    const k = index.keywordById.get(n.id);
    if (!k) continue;
    const c = centre.get(k.cluster) ?? { x: 0, y: 0, w: 0, x0: Infinity, x1: -Infinity };
    const w = Math.max(1, k.papers);
    centre.set(k.cluster, {
      x: c.x + n.x * w,
      y: c.y + n.y * w,
      w: c.w + w,
      x0: Math.min(c.x0, n.x),
      x1: Math.max(c.x1, n.x),
    });
  }
  const names: ClusterName[] = [];
  for (const cluster of [...map.clusters].sort((a, b) => b.size - a.size || a.id - b.id)) {
    const c = centre.get(cluster.id);
    if (!c || c.w === 0) continue;
    names.push({
      id: cluster.id,
      text: cluster.label,
      x: c.x / c.w,
      y: c.y / c.w,
      color: mixColor(color(cluster.id), theme.foreground, theme.name === 'dark' ? 0.25 : 0.4),
      extent: c.x1 - c.x0,
    });
  }
  return names;
}

function keywordCandidates(input: LayerInput, nodes: readonly SceneNode[], theme: Theme): StaticCandidate[] {
  const { map, index } = input;
  const maxPapers = map.keywords.reduce((m, k) => Math.max(m, k.papers), 1);
  const out: StaticCandidate[] = [];
  for (const n of nodes) {
    if (n.kind !== 'keyword' || n.opacity === FILTERED_OUT) continue;
    const k = index.keywordById.get(n.id);
    if (!k) continue;
    out.push({
      id: n.id,
      label: {
        text: k.term,
        x: n.x,
        y: n.y,
        fontSize: Math.round((11 + 3 * Math.sqrt(k.papers / maxPapers)) * 10) / 10,
        bold: false,
        color: theme.foreground,
        opacity: 1,
        kind: 'node',
      },
      r: n.r,
      minScreenR: 0,
      clamp: false,
      avoidNodes: false,
      extent: 0,
    });
  }
  return byImportance(out);
}

/** Bigger text first, then alphabetical (stable, so equal labels keep their order). */
export function byImportance(list: StaticCandidate[]): StaticCandidate[] {
  return list.sort(
    (a, b) => b.label.fontSize - a.label.fontSize || (a.label.text < b.label.text ? -1 : a.label.text > b.label.text ? 1 : 0),
  );
}

/** Paper indices by title (the order paper labels claim space in); computed once per map. */
const titleOrders = new WeakMap<MapFile, number[]>();

function paperOrder(map: MapFile): number[] {
  let order = titleOrders.get(map);
  if (!order) {
    const titles = map.papers.map((p) => shortTitle(p));
    order = Array.from(titles.keys()).sort((a, b) => (titles[a] < titles[b] ? -1 : titles[a] > titles[b] ? 1 : a - b));
    titleOrders.set(map, order);
  }
  return order;
}

const MAX_PAPER_LABEL_CHARS = 42;
const shortTitles = new WeakMap<MapPaper, string>();

/** A paper's title as its label on the map: one line, at most 42 characters. */
export function shortTitle(paper: MapPaper): string {
  let title = shortTitles.get(paper);
  if (title === undefined) {
    title = shorten(paper.title, MAX_PAPER_LABEL_CHARS);
    shortTitles.set(paper, title);
  }
  return title;
}

/** `text` on one line, cut to `max` characters (code points) with an ellipsis. */
export function shorten(text: string, max: number): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  // Code points never outnumber UTF-16 units: most titles need no counting.
  if (clean.length <= max) return clean;
  let points = 0;
  let cut = clean.length;
  for (let i = 0; i < clean.length; i++) {
    const unit = clean.charCodeAt(i);
    // The second half of a surrogate pair belongs to the code point before it.
    if (unit >= 0xdc00 && unit <= 0xdfff) continue;
    if (points === max - 1) cut = i;
    points++;
    if (points > max) return `${clean.slice(0, cut).trimEnd()}…`;
  }
  return clean;
}

function captionOf(map: MapFile, index: MapIndex, filter: FilterResult): string {
  const parts = [
    map.meta.source,
    `${map.papers.length} papers`,
    `${map.keywords.length} keywords`,
    `${map.clusters.length} clusters`,
  ];
  if (filter.active) {
    const terms = filter.chosen.map((id) => index.keywordById.get(id)?.term ?? id);
    const joiner = filter.mode === 'all' ? ' + ' : ' or ';
    parts.push(`filter: ${terms.join(joiner)} (${filter.papers.size} of ${filter.total} papers)`);
  }
  return parts.join(' · ');
}
