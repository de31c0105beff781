/**
 * @module core/scene
 * What to draw. Takes a map, the view, selection, filter and theme; gives a `Scene` (nodes,
 * edges, labels in world units) that the canvas and the SVG export both draw, so both show the
 * same thing. What it keeps between calls lives in a `SceneCache` the caller creates per map.
 *
 * The parts of a scene (layers, unfocused base, focus, labels) are exported for the canvas's
 * layered scene (src/render/computeLayeredScene.ts), which draws them as separate pictures.
 */
export { baseScene, chosenLinks, computeScene, type BaseScene, type ChosenLinks } from './computeScene';
export { edgeAt } from './edgeAt';
export { estimateTextWidth } from './estimateTextWidth';
export {
  FIT_MARGIN,
  MAX_FIT_K,
  MAX_SHOWN_K,
  VIEW_LIMITS,
  boundsOf,
  fitShown,
  fitTransform,
  isValidView,
  zoomExtent,
  type Bounds,
  type Padding,
  type View,
} from './fitTransform';
export { focusState, loudEdges, type FocusState } from './focusState';
export { expandLinkEdges, passingLinkEdges, type LinkEdges } from './linkEdges';
export type { ScreenBox, TextMeasure } from './placeLabels';
export type { Scene, SceneEdge, SceneLabel, SceneNode, SceneView } from './scene';
export { createSceneCache, type SceneCache } from './SceneCache';
export {
  LINK_BUDGET,
  linkBudgetOf,
  sameView,
  type ColorBy,
  type MovedPositions,
  type Point,
  type SceneInput,
} from './sceneInput';
export { sceneLabels } from './sceneLabels';
export { sceneLayers, type LayerInput, type LinkLayer, type SceneLayers } from './sceneLayers';
export { segmentTouchesBox } from './segmentTouchesBox';
export { DIMMED, FILTERED_OUT, prepareFilteredNodes, sortForDrawing } from './styledNodes';
