import { keywordRadius, paperRadius } from '../layout';
import type { LinkLayer } from './sceneLayers';
import { type SceneCache, sameKey } from './SceneCache';
import type { LayerInput } from './sceneLayers';

/** Where nodes and links are: per map and version of the moved positions. */
export interface Geometry {
  /** Per node slot (papers, then keywords). */
  readonly x: Float64Array;
  readonly y: Float64Array;
  readonly r: Float64Array;
  readonly maxPaperR: number;
  /** Link columns by priority (see LinkLayer), with the link index each came from. */
  readonly links: Omit<LinkLayer, 'count' | 'group' | 'ofPaper' | 'ofKeyword'> & { index: Int32Array; positionOf: Int32Array };
}

/** The geometry of the input's positions, kept (one) in the cache until their version changes. */
export function sceneGeometry(input: LayerInput, cache: SceneCache): Geometry {
  const key = [input.map, input.positions?.at, input.positions?.version];
  const memo = cache.geometry;
  if (memo && sameKey(memo.key, key)) return memo.geometry;
  const { map } = input;
  const papers = map.papers.length;
  const count = papers + map.keywords.length;
  const x = new Float64Array(count);
  const y = new Float64Array(count);
  const r = new Float64Array(count);
  const degree = paperDegrees(input, cache);
  let maxPaperR = 0;
  // Indexed loops, no closure per node: this runs on the first load, mostly before it is compiled.
  const moved = input.positions?.at;
  for (let i = 0; i < papers; i++) {
    const p = map.papers[i];
    const at = moved?.get(p.id) ?? p;
    x[i] = at.x;
    y[i] = at.y;
    // A paper's weight is its keywords on the map (its links), as the layout sized it.
    const radius = paperRadius(degree[i]);
    r[i] = radius;
    if (radius > maxPaperR) maxPaperR = radius;
  }
  for (let i = 0; i < map.keywords.length; i++) {
    const k = map.keywords[i];
    const at = moved?.get(k.id) ?? k;
    x[papers + i] = at.x;
    y[papers + i] = at.y;
    r[papers + i] = keywordRadius(k.papers);
  }
  const ends = input.index.linkEnds;
  const n = ends.priority.length;
  const links = {
    length: n,
    x1: new Float64Array(n),
    y1: new Float64Array(n),
    x2: new Float64Array(n),
    y2: new Float64Array(n),
    paper: new Int32Array(n),
    keyword: new Int32Array(n),
    index: ends.priority,
    // One per map link (linkEnds has one per link; reading map.links would make a compact map's link objects).
    positionOf: new Int32Array(ends.paper.length).fill(-1),
  };
  for (let p = 0; p < n; p++) {
    const i = ends.priority[p];
    const a = ends.paper[i];
    const b = papers + ends.keyword[i];
    links.x1[p] = x[a];
    links.y1[p] = y[a];
    links.x2[p] = x[b];
    links.y2[p] = y[b];
    links.paper[p] = ends.paper[i];
    links.keyword[p] = ends.keyword[i];
    links.positionOf[i] = p;
  }
  const geometry = { x, y, r, maxPaperR, links };
  cache.geometry = { key, geometry };
  return geometry;
}

/** Links each paper has on the map, by paper index; computed once per map. */
function paperDegrees(input: LayerInput, cache: SceneCache): Int32Array {
  if (cache.degrees) return cache.degrees;
  const { map } = input;
  const d = new Int32Array(map.papers.length);
  const ends = input.index.linkEnds;
  for (let i = 0; i < ends.paper.length; i++) if (ends.paper[i] >= 0 && ends.keyword[i] >= 0) d[ends.paper[i]]++;
  return (cache.degrees = d);
}
