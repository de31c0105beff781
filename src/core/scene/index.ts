/**
 * @module core/scene
 * What to draw. Takes a map, the view, selection, filter and theme; gives a `Scene` (nodes,
 * edges, labels in world units) that the canvas and the SVG export both draw, so both show the
 * same thing.
 */
export { computeLayeredScene, computeScene, type LayeredScene, type Overlay, type SceneInput } from './computeScene';
export { estimateTextWidth } from './estimateTextWidth';
export {
  FIT_MARGIN,
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
export type { TextMeasure } from './placeLabels';
export type { Scene, SceneEdge, SceneLabel, SceneNode, SceneView } from './scene';
export { idIndex, linkEndsOf } from './sceneLayers';
export { segmentTouchesBox } from './segmentTouchesBox';
