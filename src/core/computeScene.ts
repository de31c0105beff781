import { clusterColor } from './clusterColor';
import type { FilterResult } from './filterMap';
import type { MapIndex } from './indexMap';
import type { MapSelection } from './mapSelection';
import { mixColor } from './mixColor';
import { keywordRadius, paperRadius } from './nodeRadius';
import { placeLabels, type LabelCandidate, type TextMeasure } from './placeLabels';
import type { Scene, SceneEdge, SceneLegendEntry, SceneNode, SceneView } from './scene';
import { THEMES, type ThemeName } from './theme';
import type { MapFile } from './types';

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
   * Measures label text; the canvas passes the real font's metrics. Without it, widths are
   * estimated (no DOM needed), a little generously.
   */
  measureText?: TextMeasure;
}

const DIMMED = 0.14;
const FILTERED_OUT = 0.1;
const MAX_PAPER_LABEL_CHARS = 42;

/**
 * What to draw, as plain data: nodes coloured by cluster and sized by weight, links, the labels
 * that fit (most important first), cluster names over their regions, legend and caption. Pure: the
 * same input gives the same scene, so the canvas and the SVG export show the same map.
 */
export function computeScene(input: SceneInput): Scene {
  const { map, index, filter, hideFiltered, selection, hoverId, view } = input;
  const theme = THEMES[input.theme];
  const at = (id: string, fallback: Point): Point => input.positions?.get(id) ?? fallback;
  const colorOf = new Map(map.clusters.map((c) => [c.id, clusterColor(c.id, theme.name)]));
  const color = (cluster: number): string => colorOf.get(cluster) ?? clusterColor(cluster, theme.name);

  const inFilter = (id: string, kind: 'paper' | 'keyword'): boolean =>
    !filter.active || (kind === 'paper' ? filter.papers.has(id) : filter.keywords.has(id));

  // Focus: what is highlighted (the hovered node, else the selection) and its neighbours.
  const focus = focusOf(index, hoverId, selection);

  const nodes: SceneNode[] = [];
  const opacityOf = new Map<string, number>();
  const addNode = (
    id: string,
    kind: 'paper' | 'keyword',
    p: Point,
    r: number,
    cluster: number,
  ): void => {
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
      fill: kind === 'keyword' ? base : mixColor(base, theme.background, 0.45),
      opacity,
      strokeWidth: selected ? 2.5 : kind === 'keyword' ? 1 : 1.25,
      stroke: selected ? theme.selection : kind === 'keyword' ? theme.halo : base,
      highlighted,
      selected,
    });
    opacityOf.set(id, opacity);
  };
  for (const p of map.papers) addNode(p.id, 'paper', at(p.id, p), paperRadius(p.keywords.length), p.cluster);
  for (const k of map.keywords) addNode(k.id, 'keyword', at(k.id, k), keywordRadius(k.papers), k.cluster);
  // Draw order: faded nodes first, then the rest, highlighted ones and the selection on top.
  const layer = (n: SceneNode): number => (n.selected ? 3 : n.highlighted ? 2 : n.opacity < 1 ? 0 : 1);
  nodes.sort((a, b) => layer(a) - layer(b));

  const edges = computeEdges(input, focus, opacityOf, at, color);
  const labels = computeLabels(input, focus, nodes, color);
  const legend: SceneLegendEntry[] = [...map.clusters]
    .sort((a, b) => b.size - a.size || a.id - b.id)
    .map((c) => ({ color: color(c.id), label: c.label, size: c.size }));

  return {
    view: { ...view },
    background: theme.background,
    foreground: theme.foreground,
    edges,
    nodes,
    labels,
    legend,
    caption: captionOf(map, index, filter),
  };
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

function computeEdges(
  input: SceneInput,
  focus: Focus | null,
  opacityOf: ReadonlyMap<string, number>,
  at: (id: string, fallback: Point) => Point,
  color: (cluster: number) => string,
): SceneEdge[] {
  const { map, index } = input;
  const theme = THEMES[input.theme];
  // Many links drawn at once turn into a grey fog: fainter the more there are.
  const base = Math.min(0.35, Math.max(0.06, 0.35 * Math.sqrt(400 / Math.max(1, map.links.length))));
  const quiet: SceneEdge[] = [];
  const loud: SceneEdge[] = [];
  for (const link of map.links) {
    const po = opacityOf.get(link.paper);
    const ko = opacityOf.get(link.keyword);
    if (po === undefined || ko === undefined) continue;
    const paper = index.paperById.get(link.paper);
    const keyword = index.keywordById.get(link.keyword);
    if (!paper || !keyword) continue;
    const a = at(paper.id, paper);
    const b = at(keyword.id, keyword);
    const edge: SceneEdge = { x1: a.x, y1: a.y, x2: b.x, y2: b.y, color: theme.edge, width: 0.6, opacity: base };
    const faded = po === FILTERED_OUT || ko === FILTERED_OUT;
    if (faded) {
      edge.opacity = 0.03;
      quiet.push(edge);
    } else if (focus === null) {
      quiet.push(edge);
    } else if (focus.center !== null && (link.paper === focus.center || link.keyword === focus.center)) {
      loud.push({ ...edge, color: color(focus.color), width: 1.4, opacity: 0.85 });
    } else if (focus.cluster !== null && paper.cluster === focus.cluster && keyword.cluster === focus.cluster) {
      loud.push({ ...edge, color: color(focus.cluster), width: 0.8, opacity: Math.max(base, 0.3) });
    } else {
      edge.opacity = Math.min(base, 0.05);
      quiet.push(edge);
    }
  }
  return quiet.concat(loud);
}

function computeLabels(
  input: SceneInput,
  focus: Focus | null,
  nodes: readonly SceneNode[],
  color: (cluster: number) => string,
): ReturnType<typeof placeLabels> {
  const { map, index, view, hoverId } = input;
  const theme = THEMES[input.theme];
  const maxPapers = Math.max(1, ...map.keywords.map((k) => k.papers));

  const first: LabelCandidate[] = [];
  const clusterLabels: LabelCandidate[] = [];
  const highlighted: LabelCandidate[] = [];
  const keywords: LabelCandidate[] = [];
  const papers: LabelCandidate[] = [];

  // Cluster names sit at the centre of their visible keywords, weighted by how many papers use them.
  const centre = new Map<number, { x: number; y: number; w: number }>();
  for (const n of nodes) {
    if (n.kind !== 'keyword' || n.opacity === FILTERED_OUT) continue;
    const k = index.keywordById.get(n.id);
    if (!k) continue;
    const c = centre.get(k.cluster) ?? { x: 0, y: 0, w: 0 };
    const w = Math.max(1, k.papers);
    centre.set(k.cluster, { x: c.x + n.x * w, y: c.y + n.y * w, w: c.w + w });
  }
  for (const cluster of [...map.clusters].sort((a, b) => b.size - a.size || a.id - b.id)) {
    const c = centre.get(cluster.id);
    if (!c || c.w === 0) continue;
    const faded = focus !== null && focus.cluster !== cluster.id && focus.cluster !== null;
    clusterLabels.push({
      text: cluster.label,
      x: c.x / c.w,
      y: c.y / c.w,
      fontSize: 15,
      bold: true,
      color: mixColor(color(cluster.id), theme.foreground, theme.name === 'dark' ? 0.25 : 0.4),
      opacity: faded ? 0.35 : 0.95,
      kind: 'cluster',
      dy: 0,
      // Beside the centre rather than over the nodes there, if there is room.
      alternatives: [-24, 24, -48, 48],
      avoidNodes: true,
      clamp: true,
    });
  }

  for (const n of nodes) {
    if (n.opacity === FILTERED_OUT) continue;
    const screenR = n.r * view.k;
    const dy = screenR + 9;
    if (n.kind === 'keyword') {
      const k = index.keywordById.get(n.id);
      if (!k) continue;
      const candidate: LabelCandidate = {
        text: k.term,
        x: n.x,
        y: n.y,
        fontSize: Math.round((11 + 3 * Math.sqrt(k.papers / maxPapers)) * 10) / 10,
        bold: n.selected || n.id === hoverId,
        color: theme.foreground,
        opacity: n.opacity === DIMMED ? 0.45 : 1,
        kind: 'node',
        dy,
      };
      if (n.selected || n.id === hoverId) first.push(candidate);
      else if (n.highlighted) highlighted.push(candidate);
      else if (n.opacity === 1 || screenR >= 4) keywords.push(candidate);
    } else {
      const p = index.paperById.get(n.id);
      if (!p) continue;
      const focused = n.selected || n.id === hoverId;
      // Titles are long: only when zoomed in far enough that papers have room, or in focus.
      if (!focused && !n.highlighted && screenR < 7) continue;
      if (!focused && n.opacity < 1) continue;
      const candidate: LabelCandidate = {
        text: shorten(p.title, focused ? 80 : MAX_PAPER_LABEL_CHARS),
        x: n.x,
        y: n.y,
        fontSize: focused ? 12 : 10.5,
        bold: focused,
        color: focused ? theme.foreground : theme.muted,
        opacity: 1,
        kind: 'node',
        dy,
      };
      // The focused paper's title is what the user is looking at: slide it into view at an edge.
      if (focused) first.push({ ...candidate, clamp: true });
      else if (n.highlighted) highlighted.push(candidate);
      else papers.push({ ...candidate, opacity: n.opacity });
    }
  }
  const byImportance = (list: LabelCandidate[]): LabelCandidate[] =>
    list.sort((a, b) => b.fontSize - a.fontSize || (a.text < b.text ? -1 : a.text > b.text ? 1 : 0));
  // With something in focus, its neighbours' names matter more than the cluster names.
  const ordered =
    focus !== null && focus.center !== null
      ? [...first, ...byImportance(highlighted), ...clusterLabels, ...byImportance(keywords), ...byImportance(papers)]
      : [...first, ...clusterLabels, ...byImportance(highlighted), ...byImportance(keywords), ...byImportance(papers)];
  const obstacles = nodes
    .filter((n) => n.opacity === 1)
    .map((n) => ({ x: n.x * view.k + view.x, y: n.y * view.k + view.y, r: n.r * view.k + 2 }));
  return placeLabels(ordered, view, obstacles, input.measureText);
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
