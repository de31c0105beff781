import { chooseLinks } from './chooseLinks';
import { edgeAt } from './edgeAt';
import { focusState, fullNodes, loudEdges } from './focusState';
import type { Scene, SceneEdge, SceneView } from './scene';
import { type SceneCache, checkSceneCache } from './SceneCache';
import { type SceneInput, linkBudgetOf, sameView } from './sceneInput';
import { sceneLabels } from './sceneLabels';
import { type LinkLayer, type SceneLayers, sceneLayers } from './sceneLayers';

/**
 * What to draw, as plain data: nodes coloured by cluster and sized by weight, links, the labels
 * that fit (most important first), cluster names over their regions, legend and caption. Pure: the
 * same input gives the same scene, so the canvas and the SVG export show the same map.
 *
 * Nodes and label candidates depend on neither the view nor the focus, and are kept in `cache`
 * (the caller's, one per map) while only those change. Scenes therefore share arrays: treat them
 * as read-only.
 */
export function computeScene(input: SceneInput, cache: SceneCache): Scene {
  checkSceneCache(cache, input.map);
  const layers = sceneLayers(input, cache);
  const focus = focusState(layers, input, cache);
  const base = baseScene(layers, input, cache);
  if (!focus) return { ...base.scene, labels: sceneLabels(layers, null, input, cache) };
  const links = layers.links;
  const quiet: SceneEdge[] = [];
  for (const p of base.chosen ?? drawn(links)) {
    if (focus.loudSet.has(p)) continue;
    quiet.push(edgeAt(links, p, layers.theme.edge, 0.6, links.group[p] === 1 ? 0.03 : Math.min(base.opacity, 0.05)));
  }
  return {
    ...base.scene,
    nodes: fullNodes(layers, focus, cache),
    edges: quiet.concat(loudEdges(layers, focus, input, base.opacity, cache)),
    labels: sceneLabels(layers, focus, input, cache),
  };
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
  return quietOpacity(chosen ? Math.max(chosen.length, 1) : Math.max(input.index.linkEnds.paper.length, links.count));
}

// ---- the unfocused scene ----

/** The unfocused scene of a set of layers in a view, with the links it chose. */
export interface BaseScene {
  readonly scene: Omit<Scene, 'labels'>;
  /** Positions of the links drawn, or null for all. */
  readonly chosen: Int32Array | null;
  /** Opacity of the quiet links. */
  readonly opacity: number;
}

/** The links an unfocused scene draws in a view, and the opacity of the quiet ones. */
export interface ChosenLinks {
  /** Positions of the links drawn, or null for all. */
  readonly chosen: Int32Array | null;
  readonly opacity: number;
}

/** The links the layers' unfocused scene draws in the input's view; kept per layers and view. */
export function chosenLinks(layers: SceneLayers, input: SceneInput, cache: SceneCache): ChosenLinks {
  const budget = linkBudgetOf(input);
  const last = cache.chosen.get(layers);
  if (last && last.budget === budget && sameView(last.view, input.view)) return last.chosen;
  const links = layers.links;
  const chosen = chooseLinks(links, input.view, budget, undefined, cache.lengths);
  const result = { chosen, opacity: quietOpacityOf(input, chosen, links) };
  cache.chosen.set(layers, { view: { ...input.view }, budget, chosen: result });
  return result;
}

/** The layers with no focus, in the input's view (labels apart: see sceneLabels). */
export function baseScene(layers: SceneLayers, input: SceneInput, cache: SceneCache): BaseScene {
  const choice = chosenLinks(layers, input, cache);
  const last = cache.base.get(layers);
  if (last && last.choice === choice) return last.base;
  const links = layers.links;
  const { chosen, opacity } = choice;
  let edges: SceneEdge[];
  if (chosen === null) {
    // Every link fits: the same array for every view, as long as the layers stay.
    let all = cache.allEdges.get(layers);
    if (!all) {
      all = [];
      for (const p of drawn(links)) all.push(edgeAt(links, p, layers.theme.edge, 0.6, links.group[p] === 1 ? 0.03 : opacity));
      cache.allEdges.set(layers, all);
    }
    edges = all;
  } else {
    edges = Array.from(chosen, (p) => edgeAt(links, p, layers.theme.edge, 0.6, links.group[p] === 1 ? 0.03 : opacity));
  }
  const scene = {
    view: { ...input.view } as SceneView,
    background: layers.theme.background,
    foreground: layers.theme.foreground,
    edges,
    nodes: layers.nodes,
    legend: layers.legend,
    caption: layers.caption,
  };
  const base = { scene, chosen, opacity };
  cache.base.set(layers, { choice, base });
  return base;
}
