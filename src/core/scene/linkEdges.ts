import type { SceneEdge } from './scene';
import type { LinkLayer } from './sceneLayers';

/**
 * Links of a layer drawn in one style, by position in the layer's columns: a filter that passes
 * tens of thousands of links makes one index list, not an edge object per link (and the garbage
 * collection after them). Drawn as `expandLinkEdges` would give, in the same order.
 */
export interface LinkEdges {
  /** The columns the positions are in (x1, y1, x2, y2 in world units). */
  readonly links: Pick<LinkLayer, 'x1' | 'y1' | 'x2' | 'y2'>;
  /** Positions of the links drawn, in drawing order. */
  readonly at: Int32Array;
  readonly color: string;
  /** Screen pixels. */
  readonly width: number;
  readonly opacity: number;
}

/**
 * The links of `chosen` (in its order; every position when null) that pass the filter (group 0),
 * in one style.
 */
export function passingLinkEdges(
  links: LinkLayer,
  chosen: Int32Array | null,
  color: string,
  width: number,
  opacity: number,
): LinkEdges {
  const { group } = links;
  const n = chosen ? chosen.length : links.length;
  let count = 0;
  for (let i = 0; i < n; i++) if (group[chosen ? chosen[i] : i] === 0) count++;
  const at = new Int32Array(count);
  let k = 0;
  for (let i = 0; i < n; i++) {
    const p = chosen ? chosen[i] : i;
    if (group[p] === 0) at[k++] = p;
  }
  // The columns only (no closures of the layer): equal layers give equal lists.
  return { links: { x1: links.x1, y1: links.y1, x2: links.x2, y2: links.y2 }, at, color, width, opacity };
}

/** The same links as edge objects (for tests, and for writers that want a Scene's edges). */
export function expandLinkEdges(edges: LinkEdges): SceneEdge[] {
  const { links, color, width, opacity } = edges;
  return Array.from(edges.at, (p) => ({
    x1: links.x1[p],
    y1: links.y1[p],
    x2: links.x2[p],
    y2: links.y2[p],
    color,
    width,
    opacity,
  }));
}
