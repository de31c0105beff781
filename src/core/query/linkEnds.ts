import { linkPlacesOf, type MapFile, nodePlacesOf } from '../map';

/** Items grouped by node (compressed rows): those of node i are `at[start[i]]` to `at[start[i + 1] - 1]`. */
export interface Adjacency {
  readonly start: Int32Array;
  readonly at: Int32Array;
}

/** Place of each paper and keyword in `map.papers` and `map.keywords`, by id. */
export interface NodeSlots {
  readonly papers: ReadonlyMap<string, number>;
  readonly keywords: ReadonlyMap<string, number>;
}

/** The map's links by place: what filters and scenes walk instead of looking ids up. */
export interface LinkEnds {
  /** Index in map.papers and map.keywords of each link's ends (-1 when the map lacks it). */
  readonly paper: Int32Array;
  readonly keyword: Int32Array;
  /** Each link's weight. */
  readonly weight: Float64Array;
  /**
   * Link indices by priority: each paper's strongest link before any paper's second, stronger
   * before weaker (the order a view that draws only some links takes them in).
   */
  readonly priority: Int32Array;
  /** Link indices of each paper, of each keyword. */
  readonly byPaper: Adjacency;
  readonly byKeyword: Adjacency;
}

export function computeNodeSlots(map: MapFile): NodeSlots {
  // A map validateMap returned has them already (it made them checking that ids are unique).
  const known = nodePlacesOf(map);
  if (known) return known;
  // Set one by one: no [id, place] pair per node to build and collect (100,000 at 100k papers).
  const papers = new Map<string, number>();
  for (let i = 0; i < map.papers.length; i++) papers.set(map.papers[i].id, i);
  const keywords = new Map<string, number>();
  for (let i = 0; i < map.keywords.length; i++) keywords.set(map.keywords[i].id, i);
  return { papers, keywords };
}

/** Links as indices into `map.papers` and `map.keywords`, and their priority. */
export function computeLinkEnds(map: MapFile, slots: NodeSlots): LinkEnds {
  const { papers: paperAt, keywords: keywordAt } = slots;
  // A compact map's reader knows the places already (linkPlaces): no id to look up, and no link
  // object read (its reader makes them only when first read).
  const places = linkPlacesOf(map);
  const n = places ? places.paper.length : map.links.length;
  const paper = new Int32Array(n);
  const keyword = new Int32Array(n);
  const weight = new Float64Array(n);
  if (places) {
    paper.set(places.paper);
    keyword.set(places.keyword);
    weight.set(places.weight);
  } else {
    map.links.forEach((l, i) => {
      paper[i] = paperAt.get(l.paper) ?? -1;
      keyword[i] = keywordAt.get(l.keyword) ?? -1;
      weight[i] = l.weight;
    });
  }
  const byPaper = adjacency(paper, map.papers.length);
  const byKeyword = adjacency(keyword, map.keywords.length);
  // Rank of each link among its paper's links, strongest first (a paper has a handful). Indexed
  // loops, no view per paper: this runs once, on the first load, mostly before it is compiled.
  const rankInPaper = new Int32Array(n);
  const { start, at } = byPaper;
  let maxRank = 0;
  for (let i = 0; i < map.papers.length; i++) {
    const from = start[i];
    const to = start[i + 1];
    // Map files list a paper's links strongest first; sort only if this one does not.
    let sorted = true;
    for (let j = from + 1; j < to && sorted; j++) sorted = weight[at[j - 1]] >= weight[at[j]];
    if (sorted) for (let j = from; j < to; j++) rankInPaper[at[j]] = j - from;
    else {
      const own = Array.from(at.subarray(from, to)).sort((a, b) => weight[b] - weight[a] || a - b);
      for (let rank = 0; rank < own.length; rank++) rankInPaper[own[rank]] = rank;
    }
    if (to - from - 1 > maxRank) maxRank = to - from - 1;
  }
  return { paper, keyword, weight, priority: linkPriority(paper, keyword, weight, rankInPaper, maxRank), byPaper, byKeyword };
}

/**
 * Links with both ends, by rank in their paper, then stronger first, then by index. One numeric
 * sort of a number per link that orders the same way (rank, weight's place among the distinct
 * weights, index), instead of a sort per rank calling a comparator per pair.
 */
function linkPriority(
  paper: Int32Array,
  keyword: Int32Array,
  weight: Float64Array,
  rankInPaper: Int32Array,
  maxRank: number,
): Int32Array {
  const n = paper.length;
  const distinct = weight.slice().sort();
  let w = 0;
  for (let i = 0; i < n; i++) if (i === 0 || distinct[i] !== distinct[w - 1]) distinct[w++] = distinct[i];
  let kept = 0;
  for (let i = 0; i < n; i++) if (paper[i] >= 0 && keyword[i] >= 0) kept++;
  const priority = new Int32Array(kept);
  if ((maxRank + 1) * w * n >= Number.MAX_SAFE_INTEGER) {
    // Too many links for one exact number each: a sort per rank (stable, so by index on ties).
    const ranks: number[][] = Array.from({ length: maxRank + 1 }, () => []);
    for (let i = 0; i < n; i++) if (paper[i] >= 0 && keyword[i] >= 0) ranks[rankInPaper[i]].push(i);
    let next = 0;
    for (const r of ranks) for (const i of r.sort((a, b) => weight[b] - weight[a] || a - b)) priority[next++] = i;
    return priority;
  }
  const keys = new Float64Array(kept);
  let next = 0;
  for (let i = 0; i < n; i++) {
    if (paper[i] < 0 || keyword[i] < 0) continue;
    // Place of the weight among the distinct ones, strongest first (0 for the strongest).
    let lo = 0;
    let hi = w - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (distinct[mid] < weight[i]) lo = mid + 1;
      else hi = mid;
    }
    keys[next++] = (rankInPaper[i] * w + (w - 1 - lo)) * n + i;
  }
  keys.sort();
  for (let j = 0; j < kept; j++) priority[j] = keys[j] % n;
  return priority;
}

/** Positions grouped by the node at one end (compressed rows), each group in position order. */
function adjacency(end: Int32Array, nodes: number): Adjacency {
  const start = new Int32Array(nodes + 1);
  for (let p = 0; p < end.length; p++) if (end[p] >= 0) start[end[p] + 1]++;
  for (let i = 0; i < nodes; i++) start[i + 1] += start[i];
  const fill = start.slice(0, -1);
  const at = new Int32Array(end.length);
  for (let p = 0; p < end.length; p++) if (end[p] >= 0) at[fill[end[p]]++] = p;
  return { start, at: at.subarray(0, start[nodes]) };
}
