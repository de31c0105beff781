import type { MapIndex, MapSelection } from '../query';
import { chooseLinks } from './chooseLinks';
import { edgeAt } from './edgeAt';
import type { SceneEdge, SceneNode } from './scene';
import type { SceneCache } from './SceneCache';
import { type SceneInput, linkBudgetOf } from './sceneInput';
import type { SceneLayers } from './sceneLayers';
import { DIMMED, sortForDrawing } from './styledNodes';

/** What is in focus: a hovered or selected node and its neighbours, or a selected cluster. */
export interface Focus {
  readonly ids: ReadonlySet<string>;
  /** The node whose links are emphasised; null when a cluster is in focus. */
  readonly center: string | null;
  readonly cluster: number | null;
  readonly color: number;
}

export interface FocusState {
  readonly focus: Focus;
  /** Focus nodes (and the selection) as drawn, in draw order. */
  readonly nodes: SceneNode[];
  readonly byId: ReadonlyMap<string, SceneNode>;
  /** Positions in the link layer of the emphasised links, by priority. */
  readonly loud: Int32Array;
  readonly loudSet: ReadonlySet<number>;
}

/** The focus of the input's hover and selection over `layers`, or null; kept (one) in the cache. */
export function focusState(layers: SceneLayers, input: SceneInput, cache: SceneCache): FocusState | null {
  const { hoverId, selection } = input;
  const last = cache.focus;
  if (last && last.layers === layers && last.hoverId === hoverId && last.selection === selection) return last.state;
  const focus = focusOf(input.index, hoverId, selection);
  const state = focus ? computeFocusState(layers, focus, input) : null;
  cache.focus = { layers, hoverId, selection, state };
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
  // Each node's place in the unfocused scene, looked up once: a sort that looked both up in
  // every comparison took most of a big keyword's focus (14,000 papers: about 200 ms).
  const ranks: number[] = [];
  const pick = (id: string, highlighted: boolean): void => {
    const n = layers.node(id);
    if (!n) return;
    picked.push(restyle(n, highlighted));
    ranks.push(layers.orderKey(id));
  };
  for (const id of focus.ids) pick(id, true);
  if (selection !== null && selection.kind !== 'cluster' && !focus.ids.has(selection.id)) pick(selection.id, false);
  // Same order as in the whole scene: by layer and style, then as the unfocused scene has them.
  const byRank = Array.from(picked.keys()).sort((a, b) => ranks[a] - ranks[b]);
  const nodes = sortForDrawing(byRank.map((i) => picked[i]));

  const links = layers.links;
  const loud: number[] = [];
  if (focus.cluster !== null) {
    const { map } = input;
    for (let p = 0; p < links.length; p++) {
      if (
        links.group[p] === 0 &&
        map.papers[links.paper[p]].cluster === focus.cluster &&
        map.keywords[links.keyword[p]].cluster === focus.cluster
      ) {
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
export function fullNodes(layers: SceneLayers, state: FocusState, cache: SceneCache): SceneNode[] {
  if (cache.full?.state === state) return cache.full.nodes;
  const nodes = sortForDrawing(
    layers.nodes.map((n) => state.byId.get(n.id) ?? (n.opacity === 1 ? { ...n, opacity: DIMMED } : n)),
  );
  cache.full = { state, nodes };
  return nodes;
}

/** The focus's emphasised links that fit the view's budget, in its colour. */
export function loudEdges(
  layers: SceneLayers,
  state: FocusState,
  input: SceneInput,
  quiet: number,
  cache: SceneCache,
): SceneEdge[] {
  const links = layers.links;
  // Chosen by importance; drawn in map order, as the other links.
  const chosen =
    chooseLinks(links, input.view, linkBudgetOf(input), state.loud, cache.lengths) ?? Int32Array.from(state.loud).sort();
  const { focus } = state;
  const color = layers.color(focus.color);
  if (focus.cluster !== null) return Array.from(chosen, (p) => edgeAt(links, p, color, 0.8, Math.max(quiet, 0.3)));
  return Array.from(chosen, (p) => edgeAt(links, p, color, 1.4, 0.85));
}
