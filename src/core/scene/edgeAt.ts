import type { SceneEdge } from './scene';
import type { LinkLayer } from './sceneLayers';

/** The link at position `p` of the layer as an edge to draw. */
export function edgeAt(links: LinkLayer, p: number, color: string, width: number, opacity: number): SceneEdge {
  return { x1: links.x1[p], y1: links.y1[p], x2: links.x2[p], y2: links.y2[p], color, width, opacity };
}
