import { THEMES, type Theme, type ThemeName, clusterColor, mixColor } from '../style';
import type { FilterResult, MapIndex } from '../query';
import { NodeGrid } from './NodeGrid';
import { keywordRadius, paperRadius } from '../layout';
import type { SceneLabel, SceneLegendEntry, SceneNode } from './scene';
import { shorten } from './shorten';
import type { MapFile, MapPaper } from '../map';
import { countNoun } from '../util';

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
  /** Nodes left out (and their links), whatever the filter: those a drag is moving. */
  hidden?: ReadonlySet<string>;
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
 * The map's links as columns, by priority for drawing only some: each paper's strongest link
 * before any paper's second, stronger before weaker (a view scans them all: in this order the scan
 * reads memory straight through). `group` says how the filter shows each: links passing it come
 * before the faded ones.
 */
export interface LinkLayer {
  /** Links drawn (group 0 or 1). */
  count: number;
  /** Length of the columns. */
  length: number;
  x1: Float64Array;
  y1: Float64Array;
  x2: Float64Array;
  y2: Float64Array;
  /** Index in map.papers and map.keywords of each link's ends. */
  paper: Int32Array;
  keyword: Int32Array;
  /** 0: passes the filter; 1: an end is outside it (drawn fainter); 2: not drawn (an end hidden). */
  group: Uint8Array;
  /** Positions of the links of paper i (keyword i), ascending: by priority. */
  ofPaper(i: number): Int32Array;
  ofKeyword(i: number): Int32Array;
}

/** Items grouped by node (compressed rows): those of node i are `at[start[i]]` to `at[start[i + 1] - 1]`. */
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
  /** The node drawn for an id, if it is drawn. */
  node(id: string): SceneNode | undefined;
  /** Place of a node in `nodes` (by id), -1 when not drawn. */
  rank(id: string): number;
  /** Index of a paper in map.papers, or of a keyword in map.keywords. */
  indexOf(id: string): number | undefined;
  /**
   * A node as this filter shows it, even if it is left out (hidden): null when the filter hides
   * it. Where it is drawn is the caller's: `x` and `y` are the layers' positions.
   */
  styled(id: string): SceneNode | null;
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
  grid(): Pick<NodeGrid, 'touches'>;
}

/** The last few layers made: a filter that dims draws two sets (the whole map, what passes). */
const memo: { key: readonly unknown[]; layers: SceneLayers }[] = [];
const MEMO_SIZE = 3;

/**
 * The scene's nodes, links and label candidates with no focus, for one map, filter, theme and
 * set of positions. Memoised on those (which the store replaces, never mutates), so zooming,
 * hovering and selecting reuse it.
 */
export function sceneLayers(input: LayerInput): SceneLayers {
  const key = [input.map, input.index, input.filter, input.hideFiltered, input.theme, input.positions, input.positionsVersion, input.hidden];
  const hit = memo.findIndex((m) => m.key.every((v, i) => v === key[i]));
  if (hit >= 0) {
    const [entry] = memo.splice(hit, 1);
    memo.unshift(entry);
    return entry.layers;
  }
  const layers = computeLayers(input);
  memo.unshift({ key, layers });
  memo.length = Math.min(memo.length, MEMO_SIZE);
  return layers;
}

/** Where nodes and links are: per map and set of positions. */
interface Geometry {
  /** Per node slot (papers, then keywords). */
  x: Float64Array;
  y: Float64Array;
  r: Float64Array;
  maxPaperR: number;
  /** Link columns by priority (see LinkLayer), with the link index each came from. */
  links: Omit<LinkLayer, 'count' | 'group' | 'ofPaper' | 'ofKeyword'> & { index: Int32Array; positionOf: Int32Array };
}

let geometryMemo: { key: readonly unknown[]; geometry: Geometry } | null = null;

function geometryOf(input: LayerInput): Geometry {
  const key = [input.map, input.positions, input.positionsVersion];
  if (geometryMemo && geometryMemo.key.every((v, i) => v === key[i])) return geometryMemo.geometry;
  const { map } = input;
  const papers = map.papers.length;
  const count = papers + map.keywords.length;
  const x = new Float64Array(count);
  const y = new Float64Array(count);
  const r = new Float64Array(count);
  const degree = paperDegrees(map);
  let maxPaperR = 0;
  const place = (slot: number, id: string, fallback: Point): void => {
    const p = input.positions?.get(id) ?? fallback;
    x[slot] = p.x;
    y[slot] = p.y;
  };
  map.papers.forEach((p, i) => {
    place(i, p.id, p);
    // A paper's weight is its keywords on the map (its links), as the layout sized it.
    r[i] = paperRadius(degree[i]);
    if (r[i] > maxPaperR) maxPaperR = r[i];
  });
  map.keywords.forEach((k, i) => {
    place(papers + i, k.id, k);
    r[papers + i] = keywordRadius(k.papers);
  });
  const ends = linkEndsOf(map);
  const n = ends.priority.length;
  const links = {
    length: n,
    x1: new Float64Array(n),
    y1: new Float64Array(n),
    x2: new Float64Array(n),
    y2: new Float64Array(n),
    paper: new Int32Array(n),
    keyword: new Int32Array(n),
    index: ends.priority,
    positionOf: new Int32Array(map.links.length).fill(-1),
  };
  ends.priority.forEach((i, p) => {
    const a = ends.paper[i];
    const b = papers + ends.keyword[i];
    links.x1[p] = x[a];
    links.y1[p] = y[a];
    links.x2[p] = x[b];
    links.y2[p] = y[b];
    links.paper[p] = ends.paper[i];
    links.keyword[p] = ends.keyword[i];
    links.positionOf[i] = p;
  });
  const geometry = { x, y, r, maxPaperR, links };
  geometryMemo = { key, geometry };
  return geometry;
}

/**
 * Every node as drawn unfocused, twice: passing the filter and outside it. Per map, theme and
 * geometry, so a filter only picks (no objects are made while the user filters).
 */
interface Styled {
  /** Node of slot s passing the filter at 2s, outside it at 2s + 1. */
  nodes: SceneNode[];
  /**
   * Slots in draw order within a layer (papers under keywords, by colour, then by slot): a
   * filter's draw order is this order twice, the nodes outside it first (see sortForDrawing).
   */
  order: Int32Array;
  /** The keywords' slots in that order. */
  keywordOrder: Int32Array;
  /** Every node by slot, for labels that keep off nodes (see SceneLayers.grid). */
  grid(): NodeGrid;
}

let styleMemo: { key: readonly unknown[]; styled: Styled } | null = null;

function styledNodes(input: LayerInput, geometry: Geometry, theme: Theme, color: (cluster: number) => string): Styled {
  const key = [input.map, input.theme, geometry];
  if (styleMemo && styleMemo.key.every((v, i) => v === key[i])) return styleMemo.styled;
  const { map } = input;
  const tintOf = new Map<number, string>();
  const tint = (cluster: number): string => {
    let t = tintOf.get(cluster);
    if (t === undefined) {
      t = mixColor(color(cluster), theme.background, 0.45);
      tintOf.set(cluster, t);
    }
    return t;
  };
  const nodes: SceneNode[] = [];
  const add = (slot: number, id: string, kind: 'paper' | 'keyword', cluster: number): void => {
    const base = color(cluster);
    for (const opacity of [1, FILTERED_OUT]) {
      nodes.push({
        id,
        kind,
        x: geometry.x[slot],
        y: geometry.y[slot],
        r: geometry.r[slot],
        fill: kind === 'keyword' ? base : tint(cluster),
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
  styleMemo = { key, styled };
  return styled;
}

function computeLayers(input: LayerInput): SceneLayers {
  const { map, index, filter, hideFiltered } = input;
  const theme = THEMES[input.theme];
  const colorOf = new Map(map.clusters.map((c) => [c.id, clusterColor(c.id, theme.name)]));
  const color = (cluster: number): string => colorOf.get(cluster) ?? clusterColor(cluster, theme.name);
  const geometry = geometryOf(input);
  const styled = styledNodes(input, geometry, theme, color);

  const papers = map.papers.length;
  const count = papers + map.keywords.length;
  // Per node slot: its opacity, -1 when hidden; and the node drawn.
  const opacity = new Float64Array(count).fill(-1);
  const slotNodes: (SceneNode | null)[] = new Array<SceneNode | null>(count).fill(null);
  const { hidden } = input;
  // By place when the filter gives its sets that way (no string lookups per node).
  const paperPasses = filter.active && filter.paperPasses?.length === papers ? filter.paperPasses : null;
  const keywordPasses = filter.active && filter.keywordPasses?.length === count - papers ? filter.keywordPasses : null;
  for (let slot = 0; slot < count; slot++) {
    const id = slot < papers ? map.papers[slot].id : map.keywords[slot - papers].id;
    if (hidden && hidden.has(id)) continue;
    const passes = !filter.active
      ? true
      : slot < papers
        ? paperPasses
          ? paperPasses[slot] === 1
          : filter.papers.has(id)
        : keywordPasses
          ? keywordPasses[slot - papers] === 1
          : filter.keywords.has(id);
    if (!passes && hideFiltered) continue;
    opacity[slot] = passes ? 1 : FILTERED_OUT;
    slotNodes[slot] = styled.nodes[slot * 2 + (passes ? 0 : 1)];
  }
  const maxPaperR = geometry.maxPaperR;
  // Draw order: the nodes outside the filter (a lower layer), then those that pass; within each,
  // the order of a layer. The same as sortForDrawing gives, without sorting per filter.
  const nodes: SceneNode[] = [];
  const rankOfSlot = new Int32Array(count).fill(-1);
  for (const layer of [FILTERED_OUT, 1]) {
    for (const slot of styled.order) {
      if (opacity[slot] !== layer) continue;
      rankOfSlot[slot] = nodes.length;
      nodes.push(slotNodes[slot]!);
    }
  }
  const slotOf = (id: string): number => {
    const paper = idIndex(map).papers.get(id);
    if (paper !== undefined) return paper;
    const keyword = idIndex(map).keywords.get(id);
    return keyword === undefined ? -1 : papers + keyword;
  };

  const keywords = keywordCandidates(input, styled, opacity, theme);
  let byTitle: SceneNode[] | null = null;
  return {
    theme,
    legend: [...map.clusters]
      .sort((a, b) => b.size - a.size || a.id - b.id)
      .map((c) => ({ color: color(c.id), label: c.label, size: c.size })),
    caption: captionOf(map, index, filter),
    nodes,
    node: (id) => {
      const slot = slotOf(id);
      return slot < 0 ? undefined : (slotNodes[slot] ?? undefined);
    },
    rank: (id) => {
      const slot = slotOf(id);
      return slot < 0 ? -1 : rankOfSlot[slot];
    },
    indexOf: (id) => idIndex(map).papers.get(id) ?? idIndex(map).keywords.get(id),
    styled: (id) => {
      const slot = slotOf(id);
      if (slot < 0) return null;
      const passes = !filter.active || (slot < papers ? filter.papers.has(id) : filter.keywords.has(id));
      return !passes && hideFiltered ? null : styled.nodes[slot * 2 + (passes ? 0 : 1)];
    },
    links: linkLayer(map, geometry, opacity),
    color,
    clusterNames: clusterNames(input, styled, opacity, color, theme),
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
      // One grid of every node per geometry; a filter only says which of them count.
      const all = styled.grid();
      return { touches: (box, view, pad) => all.touches(box, view, pad, opacity) };
    },
  };
}

/**
 * Draw order: faded nodes first, then the rest, highlighted ones and the selection on top; within
 * a layer papers under keywords, and nodes of one colour together (so a renderer can draw each run
 * of same-styled nodes as one path). Stable: ties keep the order given.
 */
export function sortForDrawing(nodes: SceneNode[]): SceneNode[] {
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

/** idIndex per map. */
const idIndices = new WeakMap<MapFile, { papers: Map<string, number>; keywords: Map<string, number> }>();

/** Place of each paper and keyword in `map.papers` and `map.keywords` by id; once per map. */
export function idIndex(map: MapFile): { papers: Map<string, number>; keywords: Map<string, number> } {
  let ids = idIndices.get(map);
  if (!ids) {
    ids = { papers: new Map(map.papers.map((p, i) => [p.id, i])), keywords: new Map(map.keywords.map((k, i) => [k.id, i])) };
    idIndices.set(map, ids);
  }
  return ids;
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

export interface LinkEnds {
  paper: Int32Array;
  keyword: Int32Array;
  /** Link indices by priority (see LinkLayer). */
  priority: Int32Array;
  /** Link indices of each paper, of each keyword. */
  byPaper: Adjacency;
  byKeyword: Adjacency;
}

/** Links as indices into `map.papers` and `map.keywords`, and their priority; computed once per map. */
const linkEnds = new WeakMap<MapFile, LinkEnds>();

export function linkEndsOf(map: MapFile): LinkEnds {
  let ends = linkEnds.get(map);
  if (ends) return ends;
  const { papers: paperAt, keywords: keywordAt } = idIndex(map);
  const n = map.links.length;
  const paper = new Int32Array(n);
  const keyword = new Int32Array(n);
  const weight = new Float64Array(n);
  map.links.forEach((l, i) => {
    paper[i] = paperAt.get(l.paper) ?? -1;
    keyword[i] = keywordAt.get(l.keyword) ?? -1;
    weight[i] = l.weight;
  });
  const byPaper = adjacency(paper, map.papers.length);
  const byKeyword = adjacency(keyword, map.keywords.length);
  // Rank of each link among its paper's links, strongest first (a paper has a handful).
  const rankInPaper = new Int32Array(n);
  let maxRank = 0;
  for (let i = 0; i < map.papers.length; i++) {
    const from = byPaper.start[i];
    const to = byPaper.start[i + 1];
    // Map files list a paper's links strongest first; sort only if this one does not.
    let sorted = true;
    for (let j = from + 1; j < to && sorted; j++) sorted = weight[byPaper.at[j - 1]] >= weight[byPaper.at[j]];
    const own = sorted ? byPaper.at.subarray(from, to) : Array.from(byPaper.at.subarray(from, to)).sort((a, b) => weight[b] - weight[a] || a - b);
    for (let rank = 0; rank < own.length; rank++) rankInPaper[own[rank]] = rank;
    if (own.length - 1 > maxRank) maxRank = own.length - 1;
  }
  // By rank, then stronger first: one sort per rank, on numbers only.
  const ranks: number[][] = Array.from({ length: maxRank + 1 }, () => []);
  for (let i = 0; i < n; i++) if (paper[i] >= 0 && keyword[i] >= 0) ranks[rankInPaper[i]].push(i);
  const priority = new Int32Array(ranks.reduce((sum, r) => sum + r.length, 0));
  let next = 0;
  for (const r of ranks) for (const i of r.sort((a, b) => weight[b] - weight[a] || a - b)) priority[next++] = i;
  ends = { paper, keyword, priority, byPaper, byKeyword };
  linkEnds.set(map, ends);
  return ends;
}

function linkLayer(map: MapFile, geometry: Geometry, opacity: Float64Array): LinkLayer {
  const ends = linkEndsOf(map);
  const columns = geometry.links;
  const offset = map.papers.length;
  const group = new Uint8Array(columns.length);
  let count = 0;
  for (let p = 0; p < columns.length; p++) {
    const oa = opacity[columns.paper[p]];
    const ob = opacity[offset + columns.keyword[p]];
    if (oa < 0 || ob < 0) group[p] = 2;
    else {
      group[p] = oa === FILTERED_OUT || ob === FILTERED_OUT ? 1 : 0;
      count++;
    }
  }
  const linksOf = (byNode: Adjacency, i: number): Int32Array => {
    const out: number[] = [];
    for (let j = byNode.start[i]; j < byNode.start[i + 1]; j++) {
      const p = columns.positionOf[byNode.at[j]];
      if (p >= 0 && group[p] !== 2) out.push(p);
    }
    return Int32Array.from(out).sort();
  };
  return {
    count,
    length: columns.length,
    x1: columns.x1,
    y1: columns.y1,
    x2: columns.x2,
    y2: columns.y2,
    paper: columns.paper,
    keyword: columns.keyword,
    group,
    ofPaper: (i) => linksOf(ends.byPaper, i),
    ofKeyword: (i) => linksOf(ends.byKeyword, i),
  };
}

/** Positions grouped by the node at one end (compressed rows), each group in position order. */
function adjacency(end: Int32Array, nodes: number): Adjacency {
  const start = new Int32Array(nodes + 1);
  for (const n of end) if (n >= 0) start[n + 1]++;
  for (let i = 0; i < nodes; i++) start[i + 1] += start[i];
  const fill = start.slice(0, -1);
  const at = new Int32Array(end.length);
  for (let p = 0; p < end.length; p++) if (end[p] >= 0) at[fill[end[p]]++] = p;
  return { start, at: at.subarray(0, start[nodes]) };
}

function clusterNames(
  input: LayerInput,
  styled: Styled,
  opacity: Float64Array,
  color: (cluster: number) => string,
  theme: Theme,
): ClusterName[] {
  const { map, index } = input;
  const centre = new Map<number, { x: number; y: number; w: number; x0: number; x1: number }>();
  // The keywords drawn fully, in draw order (the order of the sums, so positions stay the same).
  for (const slot of styled.keywordOrder) {
    if (opacity[slot] !== 1) continue;
    const n = styled.nodes[slot * 2];
    const k = index.keywordById.get(n.id);
    if (!k) continue;
    const c = centre.get(k.cluster);
    const w = Math.max(1, k.papers);
    if (!c) centre.set(k.cluster, { x: 0 + n.x * w, y: 0 + n.y * w, w, x0: Math.min(Infinity, n.x), x1: Math.max(-Infinity, n.x) });
    else {
      c.x += n.x * w;
      c.y += n.y * w;
      c.w += w;
      c.x0 = Math.min(c.x0, n.x);
      c.x1 = Math.max(c.x1, n.x);
    }
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

/**
 * Keyword labels of the nodes drawn fully (not those outside the filter), most important first.
 * Every keyword's candidate is made and sorted once per map, theme and geometry; a filter only
 * picks from that order (a stable sort, so picking after sorting is sorting after picking).
 */
function keywordCandidates(input: LayerInput, styled: Styled, opacity: Float64Array, theme: Theme): StaticCandidate[] {
  const all = allKeywordCandidates(input, styled, theme);
  const out: StaticCandidate[] = [];
  for (let i = 0; i < all.slots.length; i++) if (opacity[all.slots[i]] === 1) out.push(all.candidates[i]);
  return out;
}

let keywordMemo: { key: readonly unknown[]; all: { candidates: StaticCandidate[]; slots: Int32Array } } | null = null;

function allKeywordCandidates(input: LayerInput, styled: Styled, theme: Theme): { candidates: StaticCandidate[]; slots: Int32Array } {
  const key = [input.map, input.index, theme, styled];
  if (keywordMemo && keywordMemo.key.every((v, i) => v === key[i])) return keywordMemo.all;
  const { map, index } = input;
  const papers = map.papers.length;
  const maxPapers = map.keywords.reduce((m, k) => Math.max(m, k.papers), 1);
  const list: { candidate: StaticCandidate; slot: number }[] = [];
  // In draw order, as the scene's nodes list them.
  for (const slot of styled.order) {
    if (slot < papers) continue;
    const n = styled.nodes[slot * 2];
    const k = index.keywordById.get(n.id);
    if (!k) continue;
    list.push({
      slot,
      candidate: {
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
      },
    });
  }
  const candidates = byImportance(list.map((c) => c.candidate));
  const slotOf = new Map(list.map((c) => [c.candidate, c.slot]));
  const all = { candidates, slots: Int32Array.from(candidates, (c) => slotOf.get(c)!) };
  keywordMemo = { key, all };
  return all;
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

function captionOf(map: MapFile, index: MapIndex, filter: FilterResult): string {
  const parts = [
    map.meta.source,
    countNoun(map.papers.length, 'paper'),
    countNoun(map.keywords.length, 'keyword'),
    countNoun(map.clusters.length, 'cluster'),
  ];
  if (filter.active) {
    const terms = filter.chosen.map((id) => index.keywordById.get(id)?.term ?? id);
    const joiner = filter.mode === 'all' ? ' + ' : ' or ';
    parts.push(`filter: ${terms.join(joiner)} (${filter.papers.size} of ${filter.total} papers)`);
  }
  return parts.join(' · ');
}
