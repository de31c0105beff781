import { type Theme, mixColor } from '../style';
import type { MapFile, MapPaper } from '../map';
import type { SceneLabel } from './scene';
import { type SceneCache, sameKey } from './SceneCache';
import type { LayerInput } from './sceneLayers';
import { shorten } from '../util';
import type { Styled } from './styledNodes';

/** A label that may be shown; the view decides whether it is and where. */
export interface StaticCandidate {
  /** The labelled node; absent for cluster names. */
  id?: string;
  label: SceneLabel;
  /** World radius of the labelled node (0 for cluster names): the label sits below its rim. */
  r: number;
  /** Shown only once the node is at least this big on screen (pixels). */
  minScreenR: number;
  clamp: boolean;
  avoidNodes: boolean;
  /** World width of the region a cluster name stands for (0 for node labels). */
  extent: number;
}

/** A cluster name and where it goes: the centre of its visible keywords, weighted by papers. */
export interface ClusterName {
  id: number;
  text: string;
  x: number;
  y: number;
  color: string;
  extent: number;
}

export function clusterNames(
  input: LayerInput,
  styled: Styled,
  opacity: Float64Array,
  color: (cluster: number) => string,
  theme: Theme,
): ClusterName[] {
  const { map, index } = input;
  const centre = new Map<number, { x: number; y: number; w: number; x0: number; x1: number }>();
  // The keywords drawn fully, in draw order (the order of the sums, so positions stay the same).
  for (const slot of styled.keywordOrder) {
    if (opacity[slot] !== 1) continue;
    const n = styled.nodes[slot];
    const k = index.keywordById.get(n.id);
    if (!k) continue;
    const c = centre.get(k.cluster);
    const w = Math.max(1, k.papers);
    if (!c)
      centre.set(k.cluster, { x: 0 + n.x * w, y: 0 + n.y * w, w, x0: Math.min(Infinity, n.x), x1: Math.max(-Infinity, n.x) });
    else {
      c.x += n.x * w;
      c.y += n.y * w;
      c.w += w;
      c.x0 = Math.min(c.x0, n.x);
      c.x1 = Math.max(c.x1, n.x);
    }
  }
  const names: ClusterName[] = [];
  for (const cluster of [...map.clusters].sort((a, b) => b.size - a.size || a.id - b.id)) {
    const c = centre.get(cluster.id);
    if (!c || c.w === 0) continue;
    names.push({
      id: cluster.id,
      text: cluster.label,
      x: c.x / c.w,
      y: c.y / c.w,
      color: mixColor(color(cluster.id), theme.foreground, theme.name === 'dark' ? 0.25 : 0.4),
      extent: c.x1 - c.x0,
    });
  }
  return names;
}

/**
 * Keyword labels of the nodes drawn fully (not those outside the filter), most important first.
 * Every keyword's candidate is made and sorted once per map, theme and geometry; a filter only
 * picks from that order (a stable sort, so picking after sorting is sorting after picking).
 */
export function keywordCandidates(
  input: LayerInput,
  styled: Styled,
  opacity: Float64Array,
  theme: Theme,
  cache: SceneCache,
): StaticCandidate[] {
  const all = allKeywordCandidates(input, styled, theme, cache);
  const out: StaticCandidate[] = [];
  for (let i = 0; i < all.slots.length; i++) if (opacity[all.slots[i]] === 1) out.push(all.candidates[i]);
  return out;
}

/** Every keyword's label candidate, most important first, with the node slot of each. */
export interface KeywordCandidates {
  readonly candidates: readonly StaticCandidate[];
  readonly slots: Int32Array;
}

function allKeywordCandidates(input: LayerInput, styled: Styled, theme: Theme, cache: SceneCache): KeywordCandidates {
  const key = [input.map, input.index, theme, styled];
  const memo = cache.keywordCandidates;
  if (memo && sameKey(memo.key, key)) return memo.all;
  const { map, index } = input;
  const papers = map.papers.length;
  const maxPapers = map.keywords.reduce((m, k) => Math.max(m, k.papers), 1);
  const list: { candidate: StaticCandidate; slot: number }[] = [];
  // In draw order, as the scene's nodes list them.
  for (const slot of styled.order) {
    if (slot < papers) continue;
    const n = styled.nodes[slot];
    const k = index.keywordById.get(n.id);
    if (!k) continue;
    list.push({
      slot,
      candidate: {
        id: n.id,
        label: {
          text: k.term,
          x: n.x,
          y: n.y,
          fontSize: Math.round((11 + 3 * Math.sqrt(k.papers / maxPapers)) * 10) / 10,
          bold: false,
          color: theme.foreground,
          opacity: 1,
          kind: 'node',
        },
        r: n.r,
        minScreenR: 0,
        clamp: false,
        avoidNodes: false,
        extent: 0,
      },
    });
  }
  const candidates = byImportance(list.map((c) => c.candidate));
  const slotOf = new Map(list.map((c) => [c.candidate, c.slot]));
  const all = { candidates, slots: Int32Array.from(candidates, (c) => slotOf.get(c)!) };
  cache.keywordCandidates = { key, all };
  return all;
}

/** Bigger text first, then alphabetical (stable, so equal labels keep their order). */
export function byImportance(list: StaticCandidate[]): StaticCandidate[] {
  return list.sort(
    (a, b) => b.label.fontSize - a.label.fontSize || (a.label.text < b.label.text ? -1 : a.label.text > b.label.text ? 1 : 0),
  );
}

/** Paper indices by title (the order paper labels claim space in); computed once per map. */
export function paperOrder(map: MapFile, cache: SceneCache): readonly number[] {
  if (cache.titleOrder) return cache.titleOrder;
  const titles = map.papers.map((p) => shortTitle(p, cache));
  const order = Array.from(titles.keys()).sort((a, b) => (titles[a] < titles[b] ? -1 : titles[a] > titles[b] ? 1 : a - b));
  return (cache.titleOrder = order);
}

const MAX_PAPER_LABEL_CHARS = 42;

/** A paper's title as its label on the map: one line, at most 42 characters. */
export function shortTitle(paper: MapPaper, cache: SceneCache): string {
  let title = cache.shortTitles.get(paper);
  if (title === undefined) {
    title = shorten(paper.title, MAX_PAPER_LABEL_CHARS);
    cache.shortTitles.set(paper, title);
  }
  return title;
}
