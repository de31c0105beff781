/**
 * The scene: everything that is drawn, as plain data. The canvas renderer (src/render/) and the
 * SVG writer (src/core/export/writeSvg.ts) both draw from a Scene, so screen and export agree.
 *
 * Coordinates: node and edge positions are in map (world) units; `view` maps them to the
 * viewport: screenX = x * view.k + view.x. Radii are world units (they grow with zoom); stroke
 * widths and font sizes are screen pixels (constant on screen).
 */
export interface SceneView {
  /** Viewport size in screen pixels. */
  width: number;
  height: number;
  /** Zoom transform, as d3-zoom's {k, x, y}. */
  k: number;
  x: number;
  y: number;
}

export interface SceneEdge {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  color: string;
  /** Screen pixels. */
  width: number;
  opacity: number;
}

export interface SceneNode {
  id: string;
  kind: 'paper' | 'keyword';
  x: number;
  y: number;
  /** World units. */
  r: number;
  fill: string;
  opacity: number;
  /** Outline in screen pixels; 0 for none. */
  strokeWidth: number;
  stroke: string;
  /** The node is the selection or one of its neighbours. */
  highlighted: boolean;
  selected: boolean;
}

export interface SceneLabel {
  text: string;
  /** World position of the anchor point; the text is centred on it horizontally. */
  x: number;
  y: number;
  /** Screen pixels. */
  fontSize: number;
  bold: boolean;
  color: string;
  opacity: number;
  kind: 'node' | 'cluster';
  /** The named cluster's id, for a cluster name (two clusters may have the same name). */
  cluster?: number;
}

export interface SceneLegendEntry {
  color: string;
  label: string;
  size: number;
}

export interface Scene {
  view: SceneView;
  background: string;
  foreground: string;
  edges: SceneEdge[];
  nodes: SceneNode[];
  /** Only the labels that are visible (already thinned so they do not overlap). */
  labels: SceneLabel[];
  legend: SceneLegendEntry[];
  /** One line: corpus name, counts, active filters. */
  caption: string;
}
