import { filterMap } from '../core/query';
import {
  type BaseScene,
  type ChosenLinks,
  type FocusState,
  type LinkEdges,
  type Point,
  type Scene,
  type SceneCache,
  type SceneEdge,
  type SceneInput,
  type SceneLayers,
  type SceneNode,
  type SceneView,
  DIMMED,
  FILTERED_OUT,
  baseScene,
  chosenLinks,
  createSceneCache,
  focusState,
  linkBudgetOf,
  loudEdges,
  passingLinkEdges,
  sameView,
  sceneLabels,
  sceneLayers,
  sortForDrawing,
} from '../core/scene';
import type { MapFile } from '../core/map';

/**
 * Links and nodes drawn over a picture of what lies under them: the background colour is laid
 * over that picture at `veil` opacity (so it looks as dimmed as the whole scene shows it), then
 * these are drawn. A filter that dims is one (the papers that pass, over the whole map); a hovered
 * or selected node or cluster is another (it and its neighbours, over the rest).
 */
export interface Overlay {
  readonly veil: number;
  readonly edges: SceneEdge[];
  /** More links, drawn after `edges` in one style, by position (a filter's: no object per link). */
  readonly links?: LinkEdges;
  readonly nodes: SceneNode[];
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
  readonly base: Scene;
  /** Drawn over the base, in order. */
  readonly overlays: Overlay[];
  /** Every label of the scene (as computeScene places them), drawn last. */
  readonly labels: Scene['labels'];
}

/** Nodes a drag is moving, and the positions' version when it started. */
export interface MovingNodes {
  readonly ids: ReadonlySet<string>;
  readonly since: number;
}

export interface LayeredSceneInput extends SceneInput {
  /**
   * Nodes a drag is moving: the screen draws the rest as it was when the drag started (a picture
   * kept for the whole drag) and these, with their links, over it.
   */
  readonly moving?: MovingNodes;
}

/** The scene cache of one map on one canvas, with what the layered scene keeps of its own. */
export interface LayeredSceneCache {
  readonly scene: SceneCache;
  /** The moving nodes as the filter shows them, and their links: found once per drag. */
  moving: { still: SceneLayers; moving: MovingNodes; parts: MovingParts } | null;
  /** What passes the filter, per choice of the filtered scene's links. */
  readonly filterOverlays: WeakMap<ChosenLinks, Overlay>;
  /** The focus, per focus state and view (a hover over a still map redraws it only). */
  focusOverlay: { state: FocusState; view: SceneView; overlay: Overlay } | null;
}

export function createLayeredSceneCache(map: MapFile): LayeredSceneCache {
  return { scene: createSceneCache(map), moving: null, filterOverlays: new WeakMap(), focusOverlay: null };
}

/** Share of the link budget a frame of a drag spends on the moving links (frames come fast). */
const MOVING_LINK_SHARE = 0.25;

/** computeScene's scene in layers (see LayeredScene): the same nodes, edges and labels. */
export function computeLayeredScene(input: LayeredSceneInput, cache: LayeredSceneCache): LayeredScene {
  if (cache.scene.map !== input.map) throw new Error('computeLayeredScene: this cache was created for another map');
  if (input.moving && input.moving.ids.size > 0) return movingScene(input, input.moving, cache);
  const layers = sceneLayers(input, cache.scene);
  const focus = focusState(layers, input, cache.scene);
  const labels = sceneLabels(layers, focus, input, cache.scene);
  const overlays: Overlay[] = [];
  let base: BaseScene;
  if (input.filter.active && !input.hideFiltered) {
    // The whole map, veiled, then what passes the filter: the picture of the whole map is kept.
    const whole = sceneLayers(
      { ...input, filter: filterMap(input.map, input.index, { keywords: [], mode: input.filter.mode }) },
      cache.scene,
    );
    base = baseScene(whole, input, cache.scene);
    overlays.push(filterOverlay(layers, input, cache));
  } else {
    base = baseScene(layers, input, cache.scene);
  }
  if (focus) overlays.push(focusOverlay(layers, focus, input, cache));
  return { base: { ...base.scene, labels: [] }, overlays, labels };
}

/**
 * A scene while a drag moves some nodes: the others as they were when it started (their layers,
 * picture and labels are made once), and the moving nodes with their links over them, where they
 * are now. No focus is drawn (the dragged node and its neighbours are on top anyway), and the
 * moving nodes are not labelled until the drag is over.
 */
function movingScene(input: LayeredSceneInput, moving: MovingNodes, cache: LayeredSceneCache): LayeredScene {
  const positions = input.positions && { at: input.positions.at, version: moving.since };
  const still = sceneLayers({ ...input, positions, hidden: moving.ids }, cache.scene);
  const base = baseScene(still, input, cache.scene);
  const parts = movingParts(still, input, moving, cache);
  const at = (id: string, fallback: Point): Point => input.positions?.at.get(id) ?? fallback;
  const nodes = parts.nodes.map((n) => {
    const p = at(n.id, n);
    return { ...n, x: p.x, y: p.y };
  });
  // Their links, the dragged node's first, then its neighbours' and theirs, until the view's
  // budget is spent (a frame of a drag has no time to look for short links further on).
  const { view } = input;
  const budget = linkBudgetOf(input) * MOVING_LINK_SHARE;
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
    if (
      (x1 < 0 && x2 < 0) ||
      (y1 < 0 && y2 < 0) ||
      (x1 > view.width && x2 > view.width) ||
      (y1 > view.height && y2 > view.height)
    ) {
      continue;
    }
    const length = Math.min(cap, Math.max(Math.abs(x2 - x1), Math.abs(y2 - y1), 1));
    if (used + length > budget) break;
    used += length;
    edges.push({
      x1: a.x,
      y1: a.y,
      x2: b.x,
      y2: b.y,
      color: still.theme.edge,
      width: 0.6,
      opacity: link.faded ? 0.03 : base.opacity,
    });
  }
  return {
    base: { ...base.scene, labels: [] },
    overlays: [{ veil: 0, edges, nodes: sortForDrawing(nodes) }],
    labels: sceneLabels(still, null, input, cache.scene),
  };
}

interface MovingLink {
  /** Index of a moving end in `nodes`, or -1 for a still end (then `fixed` is where it is). */
  a: number;
  b: number;
  fixedA?: Point;
  fixedB?: Point;
  faded: boolean;
}

interface MovingParts {
  nodes: SceneNode[];
  links: MovingLink[];
}

function movingParts(still: SceneLayers, input: SceneInput, moving: MovingNodes, cache: LayeredSceneCache): MovingParts {
  if (cache.moving?.still === still && cache.moving.moving === moving) return cache.moving.parts;
  const nodes: SceneNode[] = [];
  const place = new Map<string, number>();
  for (const id of moving.ids) {
    const n = still.styled(id);
    if (!n) continue;
    place.set(id, nodes.length);
    nodes.push(n);
  }
  const { map } = input;
  const ends = input.index.linkEnds;
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
  cache.moving = { still, moving, parts };
  return parts;
}

/** What passes the filter: its nodes, and its links among those the filtered scene draws. */
function filterOverlay(layers: SceneLayers, input: SceneInput, cache: LayeredSceneCache): Overlay {
  // Only the filtered scene's choice of links is needed, not its edges: its base is not drawn.
  const filtered = chosenLinks(layers, input, cache.scene);
  let overlay = cache.filterOverlays.get(filtered);
  if (!overlay) {
    // One index list of the passing links, not an edge object per link: a filter at 100,000
    // papers passes tens of thousands, and the objects (with their garbage) were most of its cost.
    const links = passingLinkEdges(layers.links, filtered.chosen, layers.theme.edge, 0.6, filtered.opacity);
    overlay = {
      veil: 1 - FILTERED_OUT,
      edges: [],
      links,
      // The nodes that pass (a higher layer than those outside the filter), without the draw
      // order of all the nodes.
      nodes: layers.passingNodes(),
    };
    cache.filterOverlays.set(filtered, overlay);
  }
  return overlay;
}

function focusOverlay(layers: SceneLayers, state: FocusState, input: SceneInput, cache: LayeredSceneCache): Overlay {
  const last = cache.focusOverlay;
  if (last?.state === state && sameView(last.view, input.view)) return last.overlay;
  // The quiet links' opacity only: baseScene would make an edge object per chosen link for it
  // (a filtered map's whole scene, 30 ms and its garbage on a 100k map with a paper selected).
  const quiet = chosenLinks(layers, input, cache.scene).opacity;
  const overlay = { veil: 1 - DIMMED, edges: loudEdges(layers, state, input, quiet, cache.scene), nodes: state.nodes };
  cache.focusOverlay = { state, view: { ...input.view }, overlay };
  return overlay;
}
