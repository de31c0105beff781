import type { Theme } from '../style';
import type { FocusState, Focus } from './focusState';
import { type StaticCandidate, byImportance, shortTitle } from './labelCandidates';
import { NodeGrid } from './NodeGrid';
import { placeLabels, type LabelCandidate, type NodeQuery, type ScreenBox, type TextMeasure } from './placeLabels';
import { estimateTextWidth } from './estimateTextWidth';
import { LABEL_SEPARATOR } from '../clusters/labelClusters';
import type { SceneLabel, SceneNode, SceneView } from './scene';
import type { SceneCache } from './SceneCache';
import type { SceneInput } from './sceneInput';
import type { SceneLayers } from './sceneLayers';
import { shorten } from '../util';
import { DIMMED, FILTERED_OUT } from './styledNodes';

const LABEL_GAP = 9;
/** Where else a cluster name may go, in screen pixels up (negative) or down from its centre. */
const CLUSTER_NAME_SHIFTS = [-24, 24, -48, 48];
/** Screen pixels a cluster name may always take, however small its cluster is on screen. */
const CLUSTER_LABEL_MIN_ROOM = 180;
/** Titles are long: papers are named only once this big on screen (pixels). */
const PAPER_LABEL_MIN_R = 7;

/** The labels of a scene: with a focus, the focus's first (see focusLabels). */
export function sceneLabels(layers: SceneLayers, focus: FocusState | null, input: SceneInput, cache: SceneCache): SceneLabel[] {
  return focus ? focusLabels(layers, focus, input, cache) : baseLabels(layers, input, cache);
}

/** The unfocused scene's labels: the map's themes, cluster names, keywords, then (zoomed in) paper titles. */
function baseLabels(layers: SceneLayers, input: SceneInput, cache: SceneCache): SceneLabel[] {
  const { view } = input;
  // A keyword in more papers than any cluster holds is a theme of the whole map, named before the
  // cluster names: a cluster name has five places to try and a node's name two (the seed map's
  // "large language models", in 41 of 97 papers, lost both to the names of the clusters around it).
  const largest = input.map.clusters.reduce((m, c) => Math.max(m, c.size), 0);
  const themes: StaticCandidate[] = [];
  const rest: StaticCandidate[] = [];
  for (const c of layers.keywords) ((input.index.keywordById.get(c.id!)?.papers ?? 0) > largest ? themes : rest).push(c);
  const candidates: StaticCandidate[] = [...themes, ...clusterCandidates(layers, null), ...rest];
  // Titles are long: only once zoomed in far enough that papers have room.
  if (layers.maxPaperR * view.k >= PAPER_LABEL_MIN_R) {
    for (const n of layers.papersByTitle())
      candidates.push(paperCandidate(n, input, layers.theme, false, PAPER_LABEL_MIN_R, cache));
  }
  const labels = place(candidates, input, (box) => layers.grid().touches(box, view, 2));
  // A cluster name cut to its first term may read as a keyword's label next to it: said once.
  const names = new Set<string>();
  for (const l of labels) if (l.kind === 'cluster') names.add(l.text.toLowerCase());
  return names.size === 0 ? labels : labels.filter((l) => l.kind === 'cluster' || !names.has(l.text.toLowerCase()));
}

/** The focused scene's labels: the focus first, then its neighbours and the cluster names. */
function focusLabels(layers: SceneLayers, state: FocusState, input: SceneInput, cache: SceneCache): SceneLabel[] {
  const { focus, nodes } = state;
  const { hoverId } = input;
  const first: StaticCandidate[] = [];
  const highlighted: StaticCandidate[] = [];
  // The middle of a focused node is kept clear: a neighbour's name written across the node the
  // user is looking at (a paper under the seed map's "large language models") hid it.
  const kept: ScreenBox[] = [];
  for (const n of nodes) {
    if (n.opacity === FILTERED_OUT) continue;
    const focused = n.selected || n.id === hoverId;
    if (focused) keepClear(n, input.view, kept);
    if (n.kind === 'keyword') {
      const base = layers.keywordById.get(n.id);
      if (!base) continue;
      const label: SceneLabel = { ...base.label, bold: focused, opacity: n.opacity === DIMMED ? 0.45 : 1 };
      if (focused) first.push({ ...base, label, clamp: true });
      else if (n.highlighted) highlighted.push({ ...base, label });
    } else {
      if (!focused && n.opacity < 1) continue;
      const candidate = paperCandidate(n, input, layers.theme, focused, 0, cache);
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
  const grid = focusGrid(state, cache);
  return place(candidates, input, (box) => grid.touches(box, input.view, 2), kept);
}

/** Screen pixels a focused node's radius must pass for its middle to be kept clear of labels. */
const KEEP_CLEAR_MIN_R = 8;

/**
 * The square inside a focused node's disc (70% of its radius each way), when the node is big
 * enough on screen to be covered: its own name, below its rim, stays clear of it. Cut to the view
 * (no label goes outside it): zoomed far in, a node is millions of pixels wide, and placeLabels
 * files a box under every 64-pixel cell it covers.
 */
function keepClear(n: SceneNode, view: SceneView, out: ScreenBox[]): void {
  const r = n.r * view.k;
  if (r < KEEP_CLEAR_MIN_R) return;
  const x = n.x * view.k + view.x;
  const y = n.y * view.k + view.y;
  const half = 0.7 * r;
  const box = {
    x0: Math.max(0, x - half),
    y0: Math.max(0, y - half),
    x1: Math.min(view.width, x + half),
    y1: Math.min(view.height, y + half),
  };
  if (box.x0 < box.x1 && box.y0 < box.y1) out.push(box);
}

function focusGrid(state: FocusState, cache: SceneCache): NodeGrid {
  if (cache.focusGrid?.state !== state)
    cache.focusGrid = { state, grid: new NodeGrid(state.nodes.filter((n) => n.opacity === 1)) };
  return cache.focusGrid.grid;
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
        cluster: c.id,
      },
      r: 0,
      minScreenR: 0,
      clamp: true,
      avoidNodes: true,
      extent: c.extent,
    };
  });
}

function paperCandidate(
  n: SceneNode,
  input: SceneInput,
  theme: Theme,
  focused: boolean,
  minScreenR: number,
  cache: SceneCache,
): StaticCandidate {
  const p = input.index.paperById.get(n.id)!;
  return {
    id: n.id,
    label: {
      text: focused ? shorten(p.title, 80) : shortTitle(p, cache),
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
function place(
  candidates: readonly StaticCandidate[],
  input: SceneInput,
  occupied: NodeQuery,
  kept: readonly ScreenBox[] = [],
): SceneLabel[] {
  const { view } = input;
  const measure = input.measureText ?? estimateTextWidth;
  const inView: LabelCandidate[] = [];
  for (const c of candidates) {
    const screenR = c.r * view.k;
    if (screenR < c.minScreenR) continue;
    const dy = c.r > 0 ? screenR + LABEL_GAP : 0;
    const sx = c.label.x * view.k + view.x;
    const sy = c.label.y * view.k + view.y + dy;
    // A label anchored outside the view is not shown (one that sticks out may slide in).
    if (sx < 0 || sx > view.width || sy < 0 || sy > view.height) continue;
    // A cluster name far wider than its cluster on screen would mislabel its neighbours: its
    // leading terms stand for it (the legend names it whole), and none until the user zooms in.
    const maxWidth = c.label.kind === 'cluster' ? Math.max(CLUSTER_LABEL_MIN_ROOM, 2.5 * c.extent * view.k) : undefined;
    const label = maxWidth === undefined ? c.label : fitClusterName(c.label, maxWidth, measure);
    inView.push({
      label,
      dy,
      clamp: c.clamp,
      avoidNodes: c.avoidNodes,
      // A cluster name may move up or down; a node's name goes above the node when below is taken
      // (a big node's name beside a cluster name or a neighbour's would otherwise be left out).
      alternatives: c.avoidNodes ? CLUSTER_NAME_SHIFTS : dy > 0 ? [-dy] : undefined,
      maxWidth,
    });
  }
  const reserved = kept.length === 0 ? input.reserved : [...(input.reserved ?? []), ...kept];
  return placeLabels(inView, view, occupied, measure, reserved);
}

/**
 * A cluster name as wide as `maxWidth` allows: whole, or its first terms (they are its most
 * important: labelClusters orders them), or unchanged when even the first is too wide (placeLabels
 * then leaves it out).
 */
function fitClusterName(label: SceneLabel, maxWidth: number, measure: TextMeasure): SceneLabel {
  const terms = label.text.split(LABEL_SEPARATOR);
  for (let n = terms.length; n > 1; n--) {
    const text = n === terms.length ? label.text : terms.slice(0, n).join(LABEL_SEPARATOR);
    if (measure(text, label.fontSize, label.bold) <= maxWidth) return text === label.text ? label : { ...label, text };
  }
  return terms.length > 1 ? { ...label, text: terms[0] } : label;
}
