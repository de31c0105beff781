import { clusterColor } from './clusterColor';
import type { FilterResult } from './filterMap';
import type { MapIndex } from './indexMap';
import type { MapSelection } from './mapSelection';
import { mixColor } from './mixColor';
import { keywordRadius, paperRadius } from './nodeRadius';
import { placeLabels, type LabelCandidate, type ScreenBox, type TextMeasure } from './placeLabels';
import type { Scene, SceneEdge, SceneLabel, SceneLegendEntry, SceneNode, SceneView } from './scene';
import { THEMES, type ThemeName } from './theme';
import type { MapFile, MapPaper } from './types';

export interface Point {
  x: number;
  y: number;
}

export interface SceneInput {
  map: MapFile;
  index: MapIndex;
  filter: FilterResult;
  /** Papers outside an active filter (and keywords left without a paper): hidden, or dimmed. */
  hideFiltered: boolean;
  selection: MapSelection | null;
  /** The node under the pointer: it and its neighbours are highlighted, before the selection. */
  hoverId: string | null;
  theme: ThemeName;
  view: SceneView;
  /** Positions that moved since the map was built (a dragged node and those it pulled). */
  positions?: ReadonlyMap<string, Point>;
  /**
   * Changes whenever `positions` was changed in place (the drag simulation moves the same
   * objects), so the scene knows its cached nodes and links are stale.
   */
  positionsVersion?: number;
  /**
   * Measures label text; the canvas passes the real font's metrics. Without it, widths are
   * estimated (no DOM needed), a little generously.
   */
  measureText?: TextMeasure;
  /** Screen areas hidden under panels floating over the map (the legend): labels keep out. */
  reserved?: readonly ScreenBox[];
}

const DIMMED = 0.14;
const FILTERED_OUT = 0.1;
const MAX_PAPER_LABEL_CHARS = 42;
/** Screen pixels a cluster name may always take, however small its cluster is on screen. */
const CLUSTER_LABEL_MIN_ROOM = 180;
/** Screen pixels between a node's rim and the centre of its label. */
const LABEL_GAP = 9;

/**
 * What to draw, as plain data: nodes coloured by cluster and sized by weight, links, the labels
 * that fit (most important first), cluster names over their regions, legend and caption. Pure: the
 * same input gives the same scene, so the canvas and the SVG export show the same map.
 *
 * Everything but the labels is independent of the view, and is reused from the previous call
 * when only the view changed (zooming and panning then cost only the label placement). Scenes
 * therefore share arrays: treat them as read-only.
 */
export function computeScene(input: SceneInput): Scene {
  const layers = viewIndependentLayers(input);
  return {
    view: { ...input.view },
    background: layers.background,
    foreground: layers.foreground,
    edges: layers.edges,
    nodes: layers.nodes,
    labels: placeVisibleLabels(layers, input),
    legend: layers.legend,
    caption: layers.caption,
  };
}

interface StaticCandidate {
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

interface Layers {
  background: string;
  foreground: string;
  nodes: SceneNode[];
  edges: SceneEdge[];
  legend: SceneLegendEntry[];
  caption: string;
  /** Label candidates, most important first. */
  candidates: StaticCandidate[];
}

let memo: { key: readonly unknown[]; layers: Layers } | null = null;

function viewIndependentLayers(input: SceneInput): Layers {
  const key = [
    input.map,
    input.index,
    input.filter,
    input.hideFiltered,
    input.selection,
    input.hoverId,
    input.theme,
    input.positions,
    input.positionsVersion,
  ];
  if (memo && memo.key.every((v, i) => v === key[i])) return memo.layers;
  const layers = computeLayers(input);
  memo = { key, layers };
  return layers;
}

function computeLayers(input: SceneInput): Layers {
  const { map, index, filter, hideFiltered, selection, hoverId } = input;
  const theme = THEMES[input.theme];
  const at = (id: string, fallback: Point): Point => input.positions?.get(id) ?? fallback;
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

  const inFilter = (id: string, kind: 'paper' | 'keyword'): boolean =>
    !filter.active || (kind === 'paper' ? filter.papers.has(id) : filter.keywords.has(id));

  // Focus: what is highlighted (the hovered node, else the selection) and its neighbours.
  const focus = focusOf(index, hoverId, selection);

  const nodes: SceneNode[] = [];
  const count = map.papers.length + map.keywords.length;
  // Per node (papers, then keywords): where it is drawn and its opacity, -1 when hidden.
  const drawn: NodeArrays = { x: new Float64Array(count), y: new Float64Array(count), opacity: new Float32Array(count).fill(-1) };
  let slot = 0;
  const addNode = (id: string, kind: 'paper' | 'keyword', p: Point, r: number, cluster: number): void => {
    const i = slot++;
    const passes = inFilter(id, kind);
    if (!passes && hideFiltered) return;
    const highlighted = focus !== null && focus.ids.has(id);
    const selected = isSelected(selection, id, kind);
    let opacity = 1;
    if (!passes) opacity = FILTERED_OUT;
    else if (focus !== null && !highlighted) opacity = DIMMED;
    const base = color(cluster);
    nodes.push({
      id,
      kind,
      x: p.x,
      y: p.y,
      r,
      fill: kind === 'keyword' ? base : tint(cluster),
      opacity,
      strokeWidth: selected ? 2.5 : kind === 'keyword' ? 1 : 1.25,
      stroke: selected ? theme.selection : kind === 'keyword' ? theme.halo : base,
      highlighted,
      selected,
    });
    drawn.x[i] = p.x;
    drawn.y[i] = p.y;
    drawn.opacity[i] = opacity;
  };
  // A paper's weight is its keywords on the map (its links), as the layout sized it.
  for (const p of map.papers) {
    addNode(p.id, 'paper', at(p.id, p), paperRadius(index.keywordsOfPaper.get(p.id)?.length ?? 0), p.cluster);
  }
  for (const k of map.keywords) addNode(k.id, 'keyword', at(k.id, k), keywordRadius(k.papers), k.cluster);
  // Draw order: faded nodes first, then the rest, highlighted ones and the selection on top;
  // within a layer papers under keywords, and nodes of one colour together (so a renderer can
  // draw each run of same-styled nodes as one path).
  const layer = (n: SceneNode): number => (n.selected ? 3 : n.highlighted ? 2 : n.opacity < 1 ? 0 : 1);
  nodes.sort(
    (a, b) =>
      layer(a) - layer(b) ||
      (a.kind === b.kind ? 0 : a.kind === 'paper' ? -1 : 1) ||
      a.opacity - b.opacity ||
      (a.fill < b.fill ? -1 : a.fill > b.fill ? 1 : 0),
  );

  return {
    background: theme.background,
    foreground: theme.foreground,
    nodes,
    edges: computeEdges(input, focus, drawn, color),
    legend: [...map.clusters]
      .sort((a, b) => b.size - a.size || a.id - b.id)
      .map((c) => ({ color: color(c.id), label: c.label, size: c.size })),
    caption: captionOf(map, index, filter),
    candidates: labelCandidates(input, focus, nodes, color),
  };
}

interface NodeArrays {
  x: Float64Array;
  y: Float64Array;
  opacity: Float32Array;
}

interface Focus {
  ids: ReadonlySet<string>;
  /** The node whose links are emphasised; null when a cluster is in focus. */
  center: string | null;
  cluster: number | null;
  color: number;
}

function focusOf(index: MapIndex, hoverId: string | null, selection: MapSelection | null): Focus | null {
  const around = (id: string): Focus | null => {
    const paper = index.paperById.get(id);
    if (paper) {
      const ids = new Set([id, ...(index.keywordsOfPaper.get(id) ?? []).map((l) => l.keywordId)]);
      return { ids, center: id, cluster: null, color: paper.cluster };
    }
    const keyword = index.keywordById.get(id);
    if (keyword) {
      const ids = new Set([id, ...(index.papersOfKeyword.get(id) ?? []).map((l) => l.paperId)]);
      return { ids, center: id, cluster: null, color: keyword.cluster };
    }
    return null;
  };
  if (hoverId !== null) {
    const hovered = around(hoverId);
    if (hovered) return hovered;
  }
  if (selection === null) return null;
  if (selection.kind === 'cluster') {
    if (!index.clusterById.has(selection.id)) return null;
    const ids = new Set([
      ...(index.papersOfCluster.get(selection.id) ?? []),
      ...(index.keywordsOfCluster.get(selection.id) ?? []),
    ]);
    return { ids, center: null, cluster: selection.id, color: selection.id };
  }
  return around(selection.id);
}

function isSelected(selection: MapSelection | null, id: string, kind: 'paper' | 'keyword'): boolean {
  return selection !== null && selection.kind === kind && selection.id === id;
}

/** Links as indices into `map.papers` and `map.keywords`, computed once per map. */
const linkEnds = new WeakMap<MapFile, { paper: Int32Array; keyword: Int32Array }>();

function linkEndsOf(map: MapFile): { paper: Int32Array; keyword: Int32Array } {
  let ends = linkEnds.get(map);
  if (!ends) {
    const paperAt = new Map(map.papers.map((p, i) => [p.id, i]));
    const keywordAt = new Map(map.keywords.map((k, i) => [k.id, i]));
    ends = { paper: new Int32Array(map.links.length), keyword: new Int32Array(map.links.length) };
    map.links.forEach((l, i) => {
      ends!.paper[i] = paperAt.get(l.paper) ?? -1;
      ends!.keyword[i] = keywordAt.get(l.keyword) ?? -1;
    });
    linkEnds.set(map, ends);
  }
  return ends;
}

/**
 * The links, drawn quiet (grey) unless they touch the focus. Thousands of links are redone on
 * every hover, so this works on indices and typed arrays rather than id look-ups.
 */
function computeEdges(
  input: SceneInput,
  focus: Focus | null,
  drawn: NodeArrays,
  color: (cluster: number) => string,
): SceneEdge[] {
  const { map } = input;
  const theme = THEMES[input.theme];
  const ends = linkEndsOf(map);
  const offset = map.papers.length;
  // Many links drawn at once turn into a grey fog: fainter the more there are.
  const base = Math.min(0.35, Math.max(0.06, 0.35 * Math.sqrt(400 / Math.max(1, map.links.length))));
  const centerPaper = focus?.center !== null && focus !== null ? map.papers.findIndex((p) => p.id === focus.center) : -1;
  const centerKeyword =
    focus?.center !== null && focus !== null && centerPaper < 0 ? map.keywords.findIndex((k) => k.id === focus.center) : -1;
  const quiet: SceneEdge[] = [];
  const loud: SceneEdge[] = [];
  for (let i = 0; i < ends.paper.length; i++) {
    const a = ends.paper[i];
    const b = ends.keyword[i];
    if (a < 0 || b < 0) continue;
    const po = drawn.opacity[a];
    const ko = drawn.opacity[offset + b];
    if (po < 0 || ko < 0) continue;
    const edge: SceneEdge = {
      x1: drawn.x[a],
      y1: drawn.y[a],
      x2: drawn.x[offset + b],
      y2: drawn.y[offset + b],
      color: theme.edge,
      width: 0.6,
      opacity: base,
    };
    if (po === FILTERED_OUT || ko === FILTERED_OUT) {
      edge.opacity = 0.03;
      quiet.push(edge);
    } else if (focus === null) {
      quiet.push(edge);
    } else if (a === centerPaper || b === centerKeyword) {
      edge.color = color(focus.color);
      edge.width = 1.4;
      edge.opacity = 0.85;
      loud.push(edge);
    } else if (focus.cluster !== null && map.papers[a].cluster === focus.cluster && map.keywords[b].cluster === focus.cluster) {
      edge.color = color(focus.cluster);
      edge.width = 0.8;
      edge.opacity = Math.max(base, 0.3);
      loud.push(edge);
    } else {
      edge.opacity = Math.min(base, 0.05);
      quiet.push(edge);
    }
  }
  return quiet.concat(loud);
}

/** Every label that could be shown, in the order they claim space; the view decides which fit. */
function labelCandidates(
  input: SceneInput,
  focus: Focus | null,
  nodes: readonly SceneNode[],
  color: (cluster: number) => string,
): StaticCandidate[] {
  const { map, index, hoverId } = input;
  const theme = THEMES[input.theme];
  const maxPapers = map.keywords.reduce((m, k) => Math.max(m, k.papers), 1);

  const first: StaticCandidate[] = [];
  const clusterLabels: StaticCandidate[] = [];
  const highlighted: StaticCandidate[] = [];
  const keywords: StaticCandidate[] = [];
  const papers: StaticCandidate[] = [];
  const candidate = (label: SceneLabel, r: number, minScreenR = 0, clamp = false): StaticCandidate => ({
    label,
    r,
    minScreenR,
    clamp,
    avoidNodes: false,
    extent: 0,
  });

  // Cluster names sit at the centre of their visible keywords, weighted by how many papers use them.
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
  for (const cluster of [...map.clusters].sort((a, b) => b.size - a.size || a.id - b.id)) {
    const c = centre.get(cluster.id);
    if (!c || c.w === 0) continue;
    // A focused node's neighbourhood matters more than the cluster names; another cluster in focus, more still.
    const faded = focus !== null && focus.cluster !== cluster.id;
    clusterLabels.push({
      label: {
        text: cluster.label,
        x: c.x / c.w,
        y: c.y / c.w,
        fontSize: 14,
        bold: true,
        color: mixColor(color(cluster.id), theme.foreground, theme.name === 'dark' ? 0.25 : 0.4),
        opacity: faded ? (focus?.cluster === null ? 0.5 : 0.35) : 0.95,
        kind: 'cluster',
      },
      r: 0,
      minScreenR: 0,
      clamp: true,
      avoidNodes: true,
      extent: c.x1 - c.x0,
    });
  }

  for (const n of nodes) {
    if (n.opacity === FILTERED_OUT) continue;
    const focused = n.selected || n.id === hoverId;
    if (n.kind === 'keyword') {
      const k = index.keywordById.get(n.id);
      if (!k) continue;
      const label: SceneLabel = {
        text: k.term,
        x: n.x,
        y: n.y,
        fontSize: Math.round((11 + 3 * Math.sqrt(k.papers / maxPapers)) * 10) / 10,
        bold: focused,
        color: theme.foreground,
        opacity: n.opacity === DIMMED ? 0.45 : 1,
        kind: 'node',
      };
      if (focused) first.push(candidate(label, n.r, 0, true));
      else if (n.highlighted) highlighted.push(candidate(label, n.r));
      // Keywords dimmed by a focus elsewhere are named only when zoomed in on them.
      else keywords.push(candidate(label, n.r, n.opacity === 1 ? 0 : 4));
    } else {
      const p = index.paperById.get(n.id);
      if (!p) continue;
      if (!focused && n.opacity < 1) continue;
      const label: SceneLabel = {
        text: focused ? shorten(p.title, 80) : shortTitle(p),
        x: n.x,
        y: n.y,
        fontSize: focused ? 12 : 10.5,
        bold: focused,
        color: focused ? theme.foreground : theme.muted,
        opacity: 1,
        kind: 'node',
      };
      // The focused paper's title is what the user is looking at: slide it into view at an edge.
      if (focused) first.push(candidate(label, n.r, 0, true));
      else if (n.highlighted) highlighted.push(candidate(label, n.r));
      // Titles are long: only once zoomed in far enough that papers have room.
      else papers.push(candidate(label, n.r, 7));
    }
  }
  const byImportance = (list: StaticCandidate[]): StaticCandidate[] =>
    list.sort(
      (a, b) =>
        b.label.fontSize - a.label.fontSize || (a.label.text < b.label.text ? -1 : a.label.text > b.label.text ? 1 : 0),
    );
  // With a node in focus, its neighbours' names matter more than the cluster names.
  return focus !== null && focus.center !== null
    ? [...first, ...byImportance(highlighted), ...clusterLabels, ...byImportance(keywords), ...byImportance(papers)]
    : [...first, ...clusterLabels, ...byImportance(highlighted), ...byImportance(keywords), ...byImportance(papers)];
}

/** The candidates that can be seen in this view, thinned so that none overlap. */
function placeVisibleLabels(layers: Layers, input: SceneInput): SceneLabel[] {
  const { view } = input;
  const inView: LabelCandidate[] = [];
  for (const c of layers.candidates) {
    const screenR = c.r * view.k;
    if (screenR < c.minScreenR) continue;
    const dy = c.r > 0 ? screenR + LABEL_GAP : 0;
    const sx = c.label.x * view.k + view.x;
    const sy = c.label.y * view.k + view.y + dy;
    // A label anchored outside the view is not shown (one that sticks out may slide in).
    if (sx < 0 || sx > view.width || sy < 0 || sy > view.height) continue;
    inView.push({
      ...c.label,
      dy,
      clamp: c.clamp,
      avoidNodes: c.avoidNodes,
      alternatives: c.avoidNodes ? [-24, 24, -48, 48] : undefined,
      // A cluster name far wider than its cluster on screen would mislabel its neighbours: it
      // waits until the user zooms in.
      maxWidth: c.label.kind === 'cluster' ? Math.max(CLUSTER_LABEL_MIN_ROOM, 2.5 * c.extent * view.k) : undefined,
    });
  }
  const obstacles = (): { x: number; y: number; r: number }[] => {
    const out: { x: number; y: number; r: number }[] = [];
    for (const n of layers.nodes) {
      if (n.opacity !== 1) continue;
      const x = n.x * view.k + view.x;
      const y = n.y * view.k + view.y;
      const r = n.r * view.k + 2;
      if (x + r < 0 || y + r < 0 || x - r > view.width || y - r > view.height) continue;
      out.push({ x, y, r });
    }
    return out;
  };
  return placeLabels(inView, view, obstacles, input.measureText, input.reserved);
}

const shortTitles = new WeakMap<MapPaper, string>();

function shortTitle(paper: MapPaper): string {
  let title = shortTitles.get(paper);
  if (title === undefined) {
    title = shorten(paper.title, MAX_PAPER_LABEL_CHARS);
    shortTitles.set(paper, title);
  }
  return title;
}

function shorten(text: string, max: number): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  const chars = [...clean];
  return chars.length <= max ? clean : `${chars.slice(0, max - 1).join('').trimEnd()}…`;
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
