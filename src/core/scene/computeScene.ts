import { chooseLinks } from './chooseLinks';
import { type FilterResult, type MapIndex, type MapSelection, filterMap } from '../query';
import { NodeGrid } from './NodeGrid';
import { placeLabels, type LabelCandidate, type NodeQuery, type ScreenBox, type TextMeasure } from './placeLabels';
import type { Scene, SceneEdge, SceneLabel, SceneNode, SceneView } from './scene';
import {
  byImportance,
  DIMMED,
  FILTERED_OUT,
  linkEndsOf,
  sceneLayers,
  shortTitle,
  sortForDrawing,
  type LinkLayer,
  type Point,
  type SceneLayers,
  type StaticCandidate,
} from './sceneLayers';
import { shorten } from './shorten';
import type { Theme, ThemeName } from '../style';
import type { MapFile } from '../map';

export type { Point } from './sceneLayers';

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
  /**
   * Nodes a drag is moving, and `positionsVersion` when it started: the screen draws the rest as
   * it was then (a picture kept for the whole drag) and these, with their links, over it.
   */
  moving?: { ids: ReadonlySet<string>; since: number };
  /**
   * Screen pixels of links a view may draw (their lengths added up); default LINK_BUDGET. A big
   * map has more links than can be drawn, or seen, at once: the most important ones that fit
   * are drawn, and more appear as the user zooms in.
   */
  linkBudget?: number;
}

/** About 1,500 links across a 1280-pixel map: drawn in a few milliseconds, and still readable. */
export const LINK_BUDGET = 250_000;

/**
 * Links and nodes drawn over a picture of what lies under them: the background colour is laid
 * over that picture at `veil` opacity (so it looks as dimmed as the whole scene shows it), then
 * these are drawn. A filter that dims is one (the papers that pass, over the whole map); a hovered
 * or selected node or cluster is another (it and its neighbours, over the rest).
 */
export interface Overlay {
  veil: number;
  edges: SceneEdge[];
  nodes: SceneNode[];
}

/**
 * A scene in layers for the screen: a change redraws only the layers it touches. Hovering draws
 * one small overlay over a cached picture; filtering draws the papers that pass over the cached
 * picture of the whole map.
 */
export interface LayeredScene {
  /**
   * The links and nodes drawn first: the scene with no hover and no selection, and with no
   * filter when the filter dims (rather than hides). Its labels are empty: see `labels`.
   */
  base: Scene;
  /** Drawn over the base, in order. */
  overlays: Overlay[];
  /** Every label of the scene (as computeScene places them), drawn last. */
  labels: SceneLabel[];
}

const LABEL_GAP = 9;
/** Screen pixels a cluster name may always take, however small its cluster is on screen. */
const CLUSTER_LABEL_MIN_ROOM = 180;

/**
 * What to draw, as plain data: nodes coloured by cluster and sized by weight, links, the labels
 * that fit (most important first), cluster names over their regions, legend and caption. Pure: the
 * same input gives the same scene, so the canvas and the SVG export show the same map.
 *
 * Nodes and label candidates depend on neither the view nor the focus, and are reused while only
 * those change. Scenes therefore share arrays: treat them as read-only.
 */
export function computeScene(input: SceneInput): Scene {
  const layers = sceneLayers(input);
  const focus = focusState(layers, input);
  const base = baseScene(layers, input);
  if (!focus) return { ...base.scene, labels: baseLabels(layers, input) };
  const links = layers.links;
  const quiet: SceneEdge[] = [];
  for (const p of base.chosen ?? drawn(links)) {
    if (focus.loudSet.has(p)) continue;
    quiet.push(edgeAt(links, p, layers.theme.edge, 0.6, links.group[p] === 1 ? 0.03 : Math.min(base.opacity, 0.05)));
  }
  return {
    ...base.scene,
    nodes: fullNodes(layers, focus),
    edges: quiet.concat(loudEdges(layers, focus, input, base.opacity)),
    labels: focusLabels(layers, focus, input),
  };
}

/** The same scene in layers (see LayeredScene). */
export function computeLayeredScene(input: SceneInput): LayeredScene {
  if (input.moving && input.moving.ids.size > 0) return movingScene(input, input.moving);
  const layers = sceneLayers(input);
  const focus = focusState(layers, input);
  const labels = focus ? focusLabels(layers, focus, input) : baseLabels(layers, input);
  const overlays: Overlay[] = [];
  let base: BaseScene;
  if (input.filter.active && !input.hideFiltered) {
    // The whole map, veiled, then what passes the filter: the picture of the whole map is kept.
    base = baseScene(sceneLayers({ ...input, filter: filterMap(input.map, input.index, { keywords: [], mode: input.filter.mode }) }), input);
    overlays.push(filterOverlay(layers, input));
  } else {
    base = baseScene(layers, input);
  }
  if (focus) overlays.push(focusOverlay(layers, focus, input));
  return { base: { ...base.scene, labels: [] }, overlays, labels };
}

/**
 * A scene while a drag moves some nodes: the others as they were when it started (their layers,
 * picture and labels are made once), and the moving nodes with their links over them, where they
 * are now. No focus is drawn (the dragged node and its neighbours are on top anyway), and the
 * moving nodes are not labelled until the drag is over.
 */
function movingScene(input: SceneInput, moving: { ids: ReadonlySet<string>; since: number }): LayeredScene {
  const still = sceneLayers({ ...input, positionsVersion: moving.since, hidden: moving.ids });
  const base = baseScene(still, input);
  const parts = movingParts(still, input, moving);
  const at = (id: string, fallback: Point): Point => input.positions?.get(id) ?? fallback;
  const nodes = parts.nodes.map((n) => {
    const p = at(n.id, n);
    return { ...n, x: p.x, y: p.y };
  });
  // Their links, the dragged node's first, then its neighbours' and theirs, until the view's
  // budget is spent (a frame of a drag has no time to look for short links further on).
  const { view } = input;
  const budget = budgetOf(input) * MOVING_LINK_SHARE;
  const cap = Math.max(view.width, view.height);
  let used = 0;
  const edges: SceneEdge[] = [];
  for (const link of parts.links) {
    const a = link.a < 0 ? link.fixedA! : nodes[link.a];
    const b = link.b < 0 ? link.fixedB! : nodes[link.b];
    const x1 = a.x * view.k + view.x;
    const y1 = a.y * view.k + view.y;
    const x2 = b.x * view.k + view.x;
    const y2 = b.y * view.k + view.y;
    if ((x1 < 0 && x2 < 0) || (y1 < 0 && y2 < 0) || (x1 > view.width && x2 > view.width) || (y1 > view.height && y2 > view.height)) {
      continue;
    }
    const length = Math.min(cap, Math.max(Math.abs(x2 - x1), Math.abs(y2 - y1), 1));
    if (used + length > budget) break;
    used += length;
    edges.push({ x1: a.x, y1: a.y, x2: b.x, y2: b.y, color: still.theme.edge, width: 0.6, opacity: link.faded ? 0.03 : base.opacity });
  }
  return {
    base: { ...base.scene, labels: [] },
    overlays: [{ veil: 0, edges, nodes: sortForDrawing(nodes) }],
    labels: baseLabels(still, input),
  };
}

/** Share of the link budget a frame of a drag spends on the moving links (frames come fast). */
const MOVING_LINK_SHARE = 0.25;

interface MovingLink {
  /** Index of a moving end in `nodes`, or -1 for a still end (then `fixed` is where it is). */
  a: number;
  b: number;
  fixedA?: Point;
  fixedB?: Point;
  faded: boolean;
}

/** The moving nodes as the filter shows them, and their links: found once per drag. */
let lastMoving: { still: SceneLayers; moving: unknown; parts: { nodes: SceneNode[]; links: MovingLink[] } } | null = null;

function movingParts(still: SceneLayers, input: SceneInput, moving: { ids: ReadonlySet<string> }): { nodes: SceneNode[]; links: MovingLink[] } {
  if (lastMoving?.still === still && lastMoving.moving === moving) return lastMoving.parts;
  const nodes: SceneNode[] = [];
  const place = new Map<string, number>();
  for (const id of moving.ids) {
    const n = still.styled(id);
    if (!n) continue;
    place.set(id, nodes.length);
    nodes.push(n);
  }
  const { map } = input;
  const ends = linkEndsOf(map);
  const links: MovingLink[] = [];
  const seen = new Set<number>();
  const end = (id: string): { at: number; fixed?: SceneNode } | null => {
    const i = place.get(id);
    if (i !== undefined) return { at: i };
    const fixed = still.node(id);
    return fixed ? { at: -1, fixed } : null;
  };
  for (const n of nodes) {
    const i = still.indexOf(n.id)!;
    const adjacency = n.kind === 'paper' ? ends.byPaper : ends.byKeyword;
    for (let j = adjacency.start[i]; j < adjacency.start[i + 1]; j++) {
      const link = adjacency.at[j];
      if (seen.has(link)) continue;
      seen.add(link);
      const paper = map.papers[ends.paper[link]];
      const keyword = map.keywords[ends.keyword[link]];
      const a = paper && end(paper.id);
      const b = keyword && end(keyword.id);
      if (!a || !b) continue;
      const faded = (a.fixed ?? nodes[a.at]).opacity === FILTERED_OUT || (b.fixed ?? nodes[b.at]).opacity === FILTERED_OUT;
      links.push({ a: a.at, b: b.at, fixedA: a.fixed, fixedB: b.fixed, faded });
    }
  }
  const parts = { nodes, links };
  lastMoving = { still, moving, parts };
  return parts;
}

/** What passes the filter: its nodes, and its links among those the filtered scene draws. */
const filterOverlays = new WeakMap<ChosenLinks, Overlay>();

function filterOverlay(layers: SceneLayers, input: SceneInput): Overlay {
  // Only the filtered scene's choice of links is needed, not its edges: its base is not drawn.
  const filtered = chosenLinks(layers, input);
  let overlay = filterOverlays.get(filtered);
  if (!overlay) {
    const links = layers.links;
    const edges: SceneEdge[] = [];
    const color = layers.theme.edge;
    if (filtered.chosen) {
      for (const p of filtered.chosen) if (links.group[p] === 0) edges.push(edgeAt(links, p, color, 0.6, filtered.opacity));
    } else {
      for (let p = 0; p < links.length; p++) if (links.group[p] === 0) edges.push(edgeAt(links, p, color, 0.6, filtered.opacity));
    }
    const { nodes } = layers;
    let first = 0;
    while (first < nodes.length && nodes[first].opacity !== 1) first++;
    overlay = {
      veil: 1 - FILTERED_OUT,
      edges,
      // The nodes that pass come last (a higher layer than those outside the filter).
      nodes: nodes.slice(first),
    };
    filterOverlays.set(filtered, overlay);
  }
  return overlay;
}

/** The focus, memoised per focus state and view (a hover over a still map redraws it only). */
let lastFocusOverlay: { state: FocusState; view: SceneView; overlay: Overlay } | null = null;

function focusOverlay(layers: SceneLayers, state: FocusState, input: SceneInput): Overlay {
  if (lastFocusOverlay?.state === state && sameView(lastFocusOverlay.view, input.view)) return lastFocusOverlay.overlay;
  const overlay = { veil: 1 - DIMMED, edges: loudEdges(layers, state, input, baseScene(layers, input).opacity), nodes: state.nodes };
  lastFocusOverlay = { state, view: { ...input.view }, overlay };
  return overlay;
}

function budgetOf(input: SceneInput): number {
  return input.linkBudget ?? LINK_BUDGET;
}

/** Positions of the links drawn, in order. */
function* drawn(links: LinkLayer): Iterable<number> {
  for (let p = 0; p < links.length; p++) if (links.group[p] !== 2) yield p;
}

/** Many links drawn at once turn into a grey fog: fainter the more there are. */
function quietOpacity(count: number): number {
  return Math.min(0.35, Math.max(0.06, 0.35 * Math.sqrt(400 / Math.max(1, count))));
}

function quietOpacityOf(input: SceneInput, chosen: Int32Array | null, links: LinkLayer): number {
  return quietOpacity(chosen ? Math.max(chosen.length, 1) : Math.max(input.map.links.length, links.count));
}

function edgeAt(links: LinkLayer, p: number, color: string, width: number, opacity: number): SceneEdge {
  return { x1: links.x1[p], y1: links.y1[p], x2: links.x2[p], y2: links.y2[p], color, width, opacity };
}

// ---- the unfocused scene ----

interface BaseScene {
  scene: Omit<Scene, 'labels'>;
  /** Positions of the links drawn, or null for all. */
  chosen: Int32Array | null;
  /** Opacity of the quiet links. */
  opacity: number;
}

/** The links an unfocused scene draws in a view, and the opacity of the quiet ones. */
interface ChosenLinks {
  /** Positions of the links drawn, or null for all. */
  chosen: Int32Array | null;
  opacity: number;
}

/** The last choice of links of each set of layers (a filter draws two: the whole map and what passes). */
const lastChosen = new WeakMap<SceneLayers, { view: SceneView; budget: number; chosen: ChosenLinks }>();

function chosenLinks(layers: SceneLayers, input: SceneInput): ChosenLinks {
  const budget = budgetOf(input);
  const last = lastChosen.get(layers);
  if (last && last.budget === budget && sameView(last.view, input.view)) return last.chosen;
  const links = layers.links;
  const chosen = chooseLinks(links, input.view, budget);
  const result = { chosen, opacity: quietOpacityOf(input, chosen, links) };
  lastChosen.set(layers, { view: { ...input.view }, budget, chosen: result });
  return result;
}

/** The last unfocused scene of each set of layers. */
const lastBase = new WeakMap<SceneLayers, { choice: ChosenLinks; base: BaseScene }>();
const allEdges = new WeakMap<SceneLayers, SceneEdge[]>();

function baseScene(layers: SceneLayers, input: SceneInput): BaseScene {
  const choice = chosenLinks(layers, input);
  const last = lastBase.get(layers);
  if (last && last.choice === choice) return last.base;
  const links = layers.links;
  const { chosen, opacity } = choice;
  let edges: SceneEdge[];
  if (chosen === null) {
    // Every link fits: the same array for every view, as long as the layers stay.
    let all = allEdges.get(layers);
    if (!all) {
      all = [];
      for (const p of drawn(links)) all.push(edgeAt(links, p, layers.theme.edge, 0.6, links.group[p] === 1 ? 0.03 : opacity));
      allEdges.set(layers, all);
    }
    edges = all;
  } else {
    edges = Array.from(chosen, (p) => edgeAt(links, p, layers.theme.edge, 0.6, links.group[p] === 1 ? 0.03 : opacity));
  }
  const scene = {
    view: { ...input.view },
    background: layers.theme.background,
    foreground: layers.theme.foreground,
    edges,
    nodes: layers.nodes,
    legend: layers.legend,
    caption: layers.caption,
  };
  const base = { scene, chosen, opacity };
  lastBase.set(layers, { choice, base });
  return base;
}

function sameView(a: SceneView, b: SceneView): boolean {
  return a.width === b.width && a.height === b.height && a.k === b.k && a.x === b.x && a.y === b.y;
}

function baseLabels(layers: SceneLayers, input: SceneInput): SceneLabel[] {
  const { view } = input;
  const candidates: StaticCandidate[] = [...clusterCandidates(layers, null), ...layers.keywords];
  // Titles are long: only once zoomed in far enough that papers have room.
  if (layers.maxPaperR * view.k >= PAPER_LABEL_MIN_R) {
    for (const n of layers.papersByTitle()) candidates.push(paperCandidate(n, input, layers.theme, false, PAPER_LABEL_MIN_R));
  }
  return place(candidates, input, (box) => layers.grid().touches(box, view, 2));
}

const PAPER_LABEL_MIN_R = 7;

// ---- focus ----

interface Focus {
  ids: ReadonlySet<string>;
  /** The node whose links are emphasised; null when a cluster is in focus. */
  center: string | null;
  cluster: number | null;
  color: number;
}

interface FocusState {
  focus: Focus;
  /** Focus nodes (and the selection) as drawn, in draw order. */
  nodes: SceneNode[];
  byId: ReadonlyMap<string, SceneNode>;
  /** Positions in the link layer of the emphasised links, by priority. */
  loud: Int32Array;
  loudSet: ReadonlySet<number>;
}

let lastFocus: { layers: SceneLayers; hoverId: string | null; selection: MapSelection | null; state: FocusState | null } | null = null;

function focusState(layers: SceneLayers, input: SceneInput): FocusState | null {
  const { hoverId, selection } = input;
  if (lastFocus && lastFocus.layers === layers && lastFocus.hoverId === hoverId && lastFocus.selection === selection) {
    return lastFocus.state;
  }
  const focus = focusOf(input.index, hoverId, selection);
  const state = focus ? computeFocusState(layers, focus, input) : null;
  lastFocus = { layers, hoverId, selection, state };
  return state;
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

function isSelected(selection: MapSelection | null, node: SceneNode): boolean {
  return selection !== null && selection.kind === node.kind && selection.id === node.id;
}

function computeFocusState(layers: SceneLayers, focus: Focus, input: SceneInput): FocusState {
  const { selection } = input;
  const theme = layers.theme;
  const picked: SceneNode[] = [];
  const restyle = (n: SceneNode, highlighted: boolean): SceneNode => {
    const selected = isSelected(selection, n);
    let opacity = n.opacity;
    if (!highlighted && opacity === 1) opacity = DIMMED;
    return {
      ...n,
      opacity,
      highlighted,
      selected,
      strokeWidth: selected ? 2.5 : n.strokeWidth,
      stroke: selected ? theme.selection : n.stroke,
    };
  };
  for (const id of focus.ids) {
    const n = layers.node(id);
    if (n) picked.push(restyle(n, true));
  }
  if (selection !== null && selection.kind !== 'cluster' && !focus.ids.has(selection.id)) {
    const n = layers.node(selection.id);
    if (n) picked.push(restyle(n, false));
  }
  // Same order as in the whole scene: by layer and style, then as the unfocused scene has them.
  picked.sort((a, b) => layers.rank(a.id) - layers.rank(b.id));
  const nodes = sortForDrawing(picked);

  const links = layers.links;
  const loud: number[] = [];
  if (focus.cluster !== null) {
    const { map } = input;
    for (let p = 0; p < links.length; p++) {
      if (links.group[p] === 0 && map.papers[links.paper[p]].cluster === focus.cluster && map.keywords[links.keyword[p]].cluster === focus.cluster) {
        loud.push(p);
      }
    }
  } else {
    const center = layers.node(focus.center!);
    const i = layers.indexOf(focus.center!);
    if (center && i !== undefined) {
      for (const p of center.kind === 'paper' ? links.ofPaper(i) : links.ofKeyword(i)) if (links.group[p] === 0) loud.push(p);
    }
  }
  return { focus, nodes, byId: new Map(nodes.map((n) => [n.id, n])), loud: Int32Array.from(loud), loudSet: new Set(loud) };
}

/** Every node of the focused scene: the focus as it is drawn, everything else dimmed. */
let lastFull: { state: FocusState; nodes: SceneNode[] } | null = null;

function fullNodes(layers: SceneLayers, state: FocusState): SceneNode[] {
  if (lastFull?.state === state) return lastFull.nodes;
  const nodes = sortForDrawing(
    layers.nodes.map((n) => state.byId.get(n.id) ?? (n.opacity === 1 ? { ...n, opacity: DIMMED } : n)),
  );
  lastFull = { state, nodes };
  return nodes;
}

function loudEdges(layers: SceneLayers, state: FocusState, input: SceneInput, quiet: number): SceneEdge[] {
  const links = layers.links;
  // Chosen by importance; drawn in map order, as the other links.
  const chosen = chooseLinks(links, input.view, budgetOf(input), state.loud) ?? Int32Array.from(state.loud).sort();
  const { focus } = state;
  const color = layers.color(focus.color);
  if (focus.cluster !== null) return Array.from(chosen, (p) => edgeAt(links, p, color, 0.8, Math.max(quiet, 0.3)));
  return Array.from(chosen, (p) => edgeAt(links, p, color, 1.4, 0.85));
}

/** The focused scene's labels: the focus first, then its neighbours and the cluster names. */
function focusLabels(layers: SceneLayers, state: FocusState, input: SceneInput): SceneLabel[] {
  const { focus, nodes } = state;
  const { hoverId } = input;
  const first: StaticCandidate[] = [];
  const highlighted: StaticCandidate[] = [];
  for (const n of nodes) {
    if (n.opacity === FILTERED_OUT) continue;
    const focused = n.selected || n.id === hoverId;
    if (n.kind === 'keyword') {
      const base = layers.keywordById.get(n.id);
      if (!base) continue;
      const label: SceneLabel = { ...base.label, bold: focused, opacity: n.opacity === DIMMED ? 0.45 : 1 };
      if (focused) first.push({ ...base, label, clamp: true });
      else if (n.highlighted) highlighted.push({ ...base, label });
    } else {
      if (!focused && n.opacity < 1) continue;
      const candidate = paperCandidate(n, input, layers.theme, focused, 0);
      if (focused) first.push(candidate);
      else if (n.highlighted) highlighted.push(candidate);
    }
  }
  // Keywords dimmed by the focus are named only when zoomed in on them.
  const dimmed: StaticCandidate[] = [];
  for (const c of layers.keywords) {
    if (!state.byId.has(c.id!)) dimmed.push({ ...c, label: { ...c.label, opacity: 0.45 }, minScreenR: 4 });
  }
  const clusters = clusterCandidates(layers, focus);
  // With a node in focus, its neighbours' names matter more than the cluster names.
  const candidates =
    focus.center !== null
      ? [...first, ...byImportance(highlighted), ...clusters, ...dimmed]
      : [...first, ...clusters, ...byImportance(highlighted), ...dimmed];
  const grid = focusGrid(state);
  return place(candidates, input, (box) => grid.touches(box, input.view, 2));
}

let lastGrid: { state: FocusState; grid: NodeGrid } | null = null;

function focusGrid(state: FocusState): NodeGrid {
  if (lastGrid?.state !== state) lastGrid = { state, grid: new NodeGrid(state.nodes.filter((n) => n.opacity === 1)) };
  return lastGrid.grid;
}

function clusterCandidates(layers: SceneLayers, focus: Focus | null): StaticCandidate[] {
  return layers.clusterNames.map((c) => {
    // A focused node's neighbourhood matters more than the cluster names; another cluster in focus, more still.
    const faded = focus !== null && focus.cluster !== c.id;
    return {
      label: {
        text: c.text,
        x: c.x,
        y: c.y,
        fontSize: 14,
        bold: true,
        color: c.color,
        opacity: faded ? (focus?.cluster === null ? 0.5 : 0.35) : 0.95,
        kind: 'cluster',
      },
      r: 0,
      minScreenR: 0,
      clamp: true,
      avoidNodes: true,
      extent: c.extent,
    };
  });
}

function paperCandidate(n: SceneNode, input: SceneInput, theme: Theme, focused: boolean, minScreenR: number): StaticCandidate {
  const p = input.index.paperById.get(n.id)!;
  return {
    id: n.id,
    label: {
      text: focused ? shorten(p.title, 80) : shortTitle(p),
      x: n.x,
      y: n.y,
      fontSize: focused ? 12 : 10.5,
      bold: focused,
      color: focused ? theme.foreground : theme.muted,
      opacity: 1,
      kind: 'node',
    },
    r: n.r,
    minScreenR,
    // The focused paper's title is what the user is looking at: slide it into view at an edge.
    clamp: focused,
    avoidNodes: false,
    extent: 0,
  };
}

/** The candidates that can be seen in this view, thinned so that none overlap. */
function place(candidates: readonly StaticCandidate[], input: SceneInput, occupied: NodeQuery): SceneLabel[] {
  const { view } = input;
  const inView: LabelCandidate[] = [];
  for (const c of candidates) {
    const screenR = c.r * view.k;
    if (screenR < c.minScreenR) continue;
    const dy = c.r > 0 ? screenR + LABEL_GAP : 0;
    const sx = c.label.x * view.k + view.x;
    const sy = c.label.y * view.k + view.y + dy;
    // A label anchored outside the view is not shown (one that sticks out may slide in).
    if (sx < 0 || sx > view.width || sy < 0 || sy > view.height) continue;
    inView.push({
      label: c.label,
      dy,
      clamp: c.clamp,
      avoidNodes: c.avoidNodes,
      alternatives: c.avoidNodes ? [-24, 24, -48, 48] : undefined,
      // A cluster name far wider than its cluster on screen would mislabel its neighbours: it
      // waits until the user zooms in.
      maxWidth: c.label.kind === 'cluster' ? Math.max(CLUSTER_LABEL_MIN_ROOM, 2.5 * c.extent * view.k) : undefined,
    });
  }
  return placeLabels(inView, view, occupied, input.measureText, input.reserved);
}
