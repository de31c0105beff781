import { THEMES, type Theme, clusterColor } from '../style';
import { type YearColors, yearColors } from './yearColors';
import type { Adjacency, FilterResult, MapIndex } from '../query';
import type { NodeGrid } from './NodeGrid';
import type { MapFile } from '../map';
import { countNoun } from '../util';
import { type ClusterName, type StaticCandidate, clusterNames, keywordCandidates, paperOrder } from './labelCandidates';
import type { SceneLegendEntry, SceneNode } from './scene';
import { type SceneCache, sameKey } from './SceneCache';
import { type Geometry, sceneGeometry } from './sceneGeometry';
import type { SceneInput } from './sceneInput';
import { FILTERED_OUT, type Styled, styledNodes } from './styledNodes';

/** What the view-independent part of a scene depends on. */
export type LayerInput = Pick<SceneInput, 'map' | 'index' | 'filter' | 'hideFiltered' | 'theme' | 'colorBy' | 'positions'> & {
  /** Nodes left out (and their links), whatever the filter: those a drag is moving. */
  readonly hidden?: ReadonlySet<string>;
};

/**
 * The map's links as columns, by priority for drawing only some: each paper's strongest link
 * before any paper's second, stronger before weaker (a view scans them all: in this order the scan
 * reads memory straight through). `group` says how the filter shows each: links passing it come
 * before the faded ones.
 */
export interface LinkLayer {
  /** Links drawn (group 0 or 1). */
  readonly count: number;
  /** Length of the columns. */
  readonly length: number;
  readonly x1: Float64Array;
  readonly y1: Float64Array;
  readonly x2: Float64Array;
  readonly y2: Float64Array;
  /** Index in map.papers and map.keywords of each link's ends. */
  readonly paper: Int32Array;
  readonly keyword: Int32Array;
  /** 0: passes the filter; 1: an end is outside it (drawn fainter); 2: not drawn (an end hidden). */
  readonly group: Uint8Array;
  /** Positions of the links of paper i (keyword i), ascending: by priority. */
  ofPaper(i: number): Int32Array;
  ofKeyword(i: number): Int32Array;
}

/** Everything of a scene that depends neither on the view nor on the focus. */
export interface SceneLayers {
  readonly theme: Theme;
  readonly legend: SceneLegendEntry[];
  readonly caption: string;
  /** Every node shown, unfocused, in draw order. */
  readonly nodes: SceneNode[];
  /** The node drawn for an id, if it is drawn. */
  node(id: string): SceneNode | undefined;
  /** Place of a node in `nodes` (by id), -1 when not drawn. */
  rank(id: string): number;
  /**
   * A number that sorts drawn nodes as `nodes` lists them (-1 when not drawn), without making
   * `nodes` (see rank for the place itself).
   */
  orderKey(id: string): number;
  /** The nodes that pass the filter, in draw order: the end of `nodes`, drawn over the rest. */
  passingNodes(): SceneNode[];
  /** Index of a paper in map.papers, or of a keyword in map.keywords. */
  indexOf(id: string): number | undefined;
  /**
   * A node as this filter shows it, even if it is left out (hidden): null when the filter hides
   * it. Where it is drawn is the caller's: `x` and `y` are the layers' positions.
   */
  styled(id: string): SceneNode | null;
  readonly links: LinkLayer;
  color(cluster: number): string;
  readonly clusterNames: readonly ClusterName[];
  /** Keyword labels as shown unfocused (not for nodes outside the filter), most important first. */
  readonly keywords: readonly StaticCandidate[];
  readonly keywordById: ReadonlyMap<string, StaticCandidate>;
  /** Papers that pass the filter, by title: paper labels are tried in this order. */
  papersByTitle(): readonly SceneNode[];
  /** Largest paper radius: paper labels need a paper this big on screen. */
  readonly maxPaperR: number;
  /** The fully opaque nodes, for labels that keep off nodes. */
  grid(): Pick<NodeGrid, 'touches'>;
}

/** The cache key of every inactive filter. */
const INACTIVE = Symbol('no filter');

/** Layers kept per cache: a filter that dims draws two sets (the whole map, what passes). */
export const LAYERS_KEPT = 3;

/**
 * The scene's nodes, links and label candidates with no focus, for one map, filter, theme and
 * version of the positions. Kept in `cache` on those (inputs are read-only: a change is a new
 * value), so zooming, hovering and selecting reuse them.
 */
export function sceneLayers(input: LayerInput, cache: SceneCache): SceneLayers {
  const key = [
    input.map,
    input.index,
    // Layers read the filter only when it is active: every inactive filter (the store's empty one,
    // filterMap's "everything") shows the same layers, so a filter that dims reuses the whole
    // map's layers (and the picture drawn from them) from before it was set.
    input.filter.active ? input.filter : INACTIVE,
    input.hideFiltered,
    input.theme,
    input.colorBy ?? 'cluster',
    input.positions?.at,
    input.positions?.version,
    input.hidden,
  ];
  const kept = cache.layers;
  const hit = kept.findIndex((m) => sameKey(m.key, key));
  if (hit >= 0) {
    const [entry] = kept.splice(hit, 1);
    kept.unshift(entry);
    return entry.layers;
  }
  const layers = computeLayers(input, cache);
  kept.unshift({ key, layers });
  kept.length = Math.min(kept.length, LAYERS_KEPT);
  return layers;
}

function computeLayers(input: LayerInput, cache: SceneCache): SceneLayers {
  const { map, index, filter, hideFiltered } = input;
  const theme = THEMES[input.theme];
  const colorOf = new Map(map.clusters.map((c) => [c.id, clusterColor(c.id, theme.name)]));
  const color = (cluster: number): string => colorOf.get(cluster) ?? clusterColor(cluster, theme.name);
  const geometry = sceneGeometry(input, cache);
  let years: YearColors | null = null;
  if (input.colorBy === 'year') {
    if (cache.yearColors?.theme !== theme.name) cache.yearColors = { theme: theme.name, colors: yearColors(map, theme) };
    years = cache.yearColors.colors;
  }
  const styled = styledNodes(input, geometry, theme, color, cache, years?.nodeColor);

  const papers = map.papers.length;
  const count = papers + map.keywords.length;
  // Per node slot: its opacity, -1 when hidden. The node drawn is styled.nodes[slot] when it
  // passes, styled.faded()[slot] when outside the filter (no array of 110k nodes per filter).
  const opacity = new Float64Array(count).fill(-1);
  const sn = styled.nodes;
  const slotNode = (slot: number): SceneNode | null => {
    const o = opacity[slot];
    return o === 1 ? sn[slot] : o === FILTERED_OUT ? styled.faded()[slot] : null;
  };
  const { hidden } = input;
  // By place when the filter gives its sets that way (no string lookups per node).
  const paperPasses = filter.active && filter.paperPasses?.length === papers ? filter.paperPasses : null;
  const keywordPasses = filter.active && filter.keywordPasses?.length === count - papers ? filter.keywordPasses : null;
  // Nodes shown outside the filter (a lower layer) and passing it: counted as they are marked.
  let below = 0;
  let above = 0;
  // Ids are read per node only for what needs them: hidden nodes, or a filter's sets by id.
  const byId = hidden !== undefined || (filter.active && !(paperPasses && keywordPasses));
  for (let slot = 0; slot < count; slot++) {
    const id = !byId ? '' : slot < papers ? map.papers[slot].id : map.keywords[slot - papers].id;
    if (hidden?.has(id)) continue;
    const passes = !filter.active
      ? true
      : slot < papers
        ? paperPasses
          ? paperPasses[slot] === 1
          : filter.papers.has(id)
        : keywordPasses
          ? keywordPasses[slot - papers] === 1
          : filter.keywords.has(id);
    if (passes) {
      opacity[slot] = 1;
      above++;
    } else if (!hideFiltered) {
      opacity[slot] = FILTERED_OUT;
      below++;
    }
  }
  const maxPaperR = geometry.maxPaperR;
  // Draw order: the nodes outside the filter (a lower layer), then those that pass; within each,
  // the order of a layer. The same as sortForDrawing gives, without sorting per filter. Made
  // when first read: a filter that dims draws only the nodes that pass (passingNodes) over the
  // whole map's picture, and its focus sorts by orderKey, so at 100,000 papers no array of
  // 110,000 nodes (and ranks) is made per filter unless something reads it.
  const order = styled.order;
  let drawn: { nodes: SceneNode[]; rankOfSlot: Int32Array } | null = null;
  const drawOrder = (): { nodes: SceneNode[]; rankOfSlot: Int32Array } => {
    if (drawn) return drawn;
    // Written in place, in one pass over the order: no array grown by 100,000 pushes.
    const nodes = new Array<SceneNode>(below + above);
    const rankOfSlot = new Int32Array(count).fill(-1);
    let under = 0;
    let over = below;
    // The faded nodes only when some are shown: a filter that hides the rest, or none, needs none.
    const faded = below > 0 ? styled.faded() : sn;
    for (let i = 0; i < order.length; i++) {
      const slot = order[i];
      const o = opacity[slot];
      if (o === 1) {
        rankOfSlot[slot] = over;
        nodes[over++] = sn[slot];
      } else if (o === FILTERED_OUT) {
        rankOfSlot[slot] = under;
        nodes[under++] = faded[slot];
      }
    }
    drawn = { nodes, rankOfSlot };
    return drawn;
  };
  let passing: SceneNode[] | null = null;
  const passingNodes = (): SceneNode[] => {
    if (passing) return passing;
    if (drawn) passing = drawn.nodes.slice(below);
    else if (below === 0) passing = drawOrder().nodes;
    else {
      passing = [];
      for (let i = 0; i < order.length; i++) if (opacity[order[i]] === 1) passing.push(sn[order[i]]);
    }
    return passing;
  };
  const slots = index.slots;
  const slotOf = (id: string): number => {
    const paper = slots.papers.get(id);
    if (paper !== undefined) return paper;
    const keyword = slots.keywords.get(id);
    return keyword === undefined ? -1 : papers + keyword;
  };

  const keywords = keywordCandidates(input, styled, opacity, theme, cache);
  let byTitle: SceneNode[] | null = null;
  return {
    theme,
    legend: years
      ? years.legend
      : [...map.clusters]
          .sort((a, b) => b.size - a.size || a.id - b.id)
          .map((c) => ({ color: color(c.id), label: c.label, size: c.size })),
    caption: captionOf(map, index, filter),
    get nodes() {
      return drawOrder().nodes;
    },
    passingNodes,
    node: (id) => {
      const slot = slotOf(id);
      return slot < 0 ? undefined : (slotNode(slot) ?? undefined);
    },
    rank: (id) => {
      const slot = slotOf(id);
      return slot < 0 ? -1 : drawOrder().rankOfSlot[slot];
    },
    orderKey: (id) => {
      const slot = slotOf(id);
      if (slot < 0 || opacity[slot] < 0) return -1;
      return (opacity[slot] === 1 ? count : 0) + placeInOrder(styled, cache)[slot];
    },
    indexOf: (id) => slots.papers.get(id) ?? slots.keywords.get(id),
    styled: (id) => {
      const slot = slotOf(id);
      if (slot < 0) return null;
      const passes = !filter.active || (slot < papers ? filter.papers.has(id) : filter.keywords.has(id));
      return passes ? sn[slot] : hideFiltered ? null : styled.faded()[slot];
    },
    links: linkLayer(index, geometry, opacity, papers),
    color,
    // Coloured by year, the nodes and the legend carry years: a cluster's name in its cluster
    // colour would stand for a colour the map no longer shows.
    clusterNames: clusterNames(input, styled, opacity, years ? () => theme.foreground : color, theme),
    keywords,
    keywordById: new Map(keywords.map((c) => [c.id!, c])),
    papersByTitle() {
      byTitle ??= paperOrder(map, cache)
        .filter((i) => opacity[i] === 1)
        .map((i) => sn[i]);
      return byTitle;
    },
    maxPaperR,
    grid() {
      // One grid of every node per geometry; a filter only says which of them count.
      const all = styled.grid();
      return { touches: (box, view, pad) => all.touches(box, view, pad, opacity) };
    },
  };
}

/** Each slot's place in the styled nodes' draw order within a layer (kept per styled nodes). */
function placeInOrder(styled: Styled, cache: SceneCache): Int32Array {
  if (cache.orderPlace?.order === styled.order) return cache.orderPlace.place;
  const place = new Int32Array(styled.order.length);
  for (let i = 0; i < styled.order.length; i++) place[styled.order[i]] = i;
  cache.orderPlace = { order: styled.order, place };
  return place;
}

function linkLayer(index: MapIndex, geometry: Geometry, opacity: Float64Array, offset: number): LinkLayer {
  const ends = index.linkEnds;
  const columns = geometry.links;
  const group = new Uint8Array(columns.length);
  let count = 0;
  for (let p = 0; p < columns.length; p++) {
    const oa = opacity[columns.paper[p]];
    const ob = opacity[offset + columns.keyword[p]];
    if (oa < 0 || ob < 0) group[p] = 2;
    else {
      group[p] = oa === FILTERED_OUT || ob === FILTERED_OUT ? 1 : 0;
      count++;
    }
  }
  const linksOf = (byNode: Adjacency, i: number): Int32Array => {
    const out: number[] = [];
    for (let j = byNode.start[i]; j < byNode.start[i + 1]; j++) {
      const p = columns.positionOf[byNode.at[j]];
      if (p >= 0 && group[p] !== 2) out.push(p);
    }
    return Int32Array.from(out).sort();
  };
  return {
    count,
    length: columns.length,
    x1: columns.x1,
    y1: columns.y1,
    x2: columns.x2,
    y2: columns.y2,
    paper: columns.paper,
    keyword: columns.keyword,
    group,
    ofPaper: (i) => linksOf(ends.byPaper, i),
    ofKeyword: (i) => linksOf(ends.byKeyword, i),
  };
}

function captionOf(map: MapFile, index: MapIndex, filter: FilterResult): string {
  const parts = [
    map.meta.source,
    countNoun(map.papers.length, 'paper'),
    countNoun(map.keywords.length, 'keyword'),
    countNoun(map.clusters.length, 'cluster'),
  ];
  if (filter.active) {
    const terms = filter.chosen.map((id) => index.keywordById.get(id)?.term ?? id);
    const joiner = filter.mode === 'all' ? ' + ' : ' or ';
    const what = [terms.join(joiner), filter.years ? `years ${filter.years.from}–${filter.years.to}` : ''].filter(Boolean);
    parts.push(`filter: ${what.join(', ')} (${filter.papers.size} of ${filter.total} papers)`);
  }
  return parts.join(' · ');
}
