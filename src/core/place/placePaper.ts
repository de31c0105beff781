import type { MapFile } from '../map';
import { compareKeys } from '../util';
import { computePaperPhrases, type PaperPhrase } from './computePaperPhrases';
import { type PlaceIndex, createPlaceIndex } from './createPlaceIndex';
import { PLACE_CONFIG, type PlaceConfig } from './placeConfig';

/** The paper to place: what a user pastes. */
export interface PlaceInput {
  title: string;
  abstract: string;
}

/** A map paper similar to the placed one. */
export interface SimilarPaper {
  id: string;
  title: string;
  cluster: number;
  /** Cosine similarity of the two papers' key-phrase vectors, 0–1, rounded to 4 decimals. */
  similarity: number;
  /** Key phrases both have, as the map shows them, the ones adding most to the similarity first. */
  shared: string[];
}

/** Where the paper goes on the map and why. */
export interface Placement {
  /** The paper's key phrases (the map's top-k), as the map would show them, strongest first. */
  keyPhrases: string[];
  /**
   * Its place: the weighted mean of its most similar papers' places (weights similarity^power);
   * null when it shares no key phrase with any paper of the map.
   */
  position: { x: number; y: number } | null;
  /**
   * Its nearest cluster: the one holding most of the weight of the neighbours that place it, with
   * the paper's cosine similarity to the cluster's centroid (the sum of its papers' unit vectors),
   * 0–1, 4 decimals; null with no shared phrase.
   */
  cluster: { id: number; label: string; similarity: number } | null;
  /** The most similar papers, most similar first (ties: map order). */
  similar: SimilarPaper[];
  /**
   * The map's key phrases it does not use: the nearest cluster's keyword nodes, strongest in the
   * cluster first (their weight in its centroid), that are neither among the paper's candidate
   * phrases nor part of one ("sequence lengths" is used by a paper saying "long sequence lengths").
   */
  unused: string[];
}

export interface PlaceOptions {
  /** The map's index (createPlaceIndex), built once and reused; built here when absent. */
  index?: PlaceIndex;
  config?: Partial<PlaceConfig>;
}

const round4 = (x: number): number => Math.round(x * 1e4) / 1e4;

/**
 * Places a new paper on a map without changing anything on it: its key phrases with the map's
 * vocabulary and IDF (computePaperPhrases), the map papers most like it (cosine of key-phrase
 * vectors), a place among them, its nearest cluster, and the phrases of that cluster it lacks.
 *
 * The paper's vector matches the map papers' (createPlaceIndex): its top-k phrases (k the map's
 * topK) and its top-k among the map's keyword nodes (as the map links a paper to its best keyword
 * nodes). Deterministic: ties go by map order or key. A paper already on the map finds itself
 * first, with the same phrases, and lands next to its own place (see PLACE_CONFIG.power).
 */
export function placePaper(map: MapFile, paper: PlaceInput, options: PlaceOptions = {}): Placement {
  const index = options.index ?? createPlaceIndex(map);
  if (index.map !== map) throw new Error('placePaper: the index was made for another map');
  const config = { ...PLACE_CONFIG, ...options.config };
  const topK = map.meta.settings.topK;
  const phrases = computePaperPhrases(paper, index);

  // The paper's vector: its top-k phrases and top-k keyword nodes. Phrases no map paper has count
  // in its length (they are part of the paper) but meet no map paper.
  const query = new Map<number, number>();
  let norm = 0;
  let kept = 0;
  let keywords = 0;
  for (const phrase of phrases) {
    const inTop = kept < topK;
    const keywordNode = phrase.id >= 0 && index.isKeyword[phrase.id] === 1 && keywords < topK;
    if (inTop) kept++;
    if (keywordNode) keywords++;
    if (!inTop && !keywordNode) continue;
    norm += phrase.weight * phrase.weight;
    if (phrase.id >= 0 && phrase.weight > 0) query.set(phrase.id, phrase.weight);
  }
  norm = Math.sqrt(norm);

  const keyPhrases = phrases.slice(0, topK).map((p) => p.term);
  if (query.size === 0 || norm === 0) return { keyPhrases, position: null, cluster: null, similar: [], unused: [] };

  // Dot products with every paper and cluster sharing a term.
  const { paperDot, clusterDot } = index;
  const touched: number[] = [];
  for (const [t, w] of query) {
    const q = w / norm;
    for (let j = index.postStart[t]; j < index.postStart[t + 1]; j++) {
      const p = index.postPaper[j];
      if (paperDot[p] === 0) touched.push(p);
      paperDot[p] += q * index.postWeight[j];
    }
    for (let j = index.clusterPostStart[t]; j < index.clusterPostStart[t + 1]; j++)
      clusterDot[index.clusterPostCluster[j]] += q * index.clusterPostWeight[j];
  }
  const scored = touched.map((p) => ({ p, s: paperDot[p] }));
  for (const p of touched) paperDot[p] = 0;
  scored.sort((a, b) => b.s - a.s || a.p - b.p);

  // Similarity to each cluster's centroid; the scratch is cleared for the next placement.
  const clusterSim = new Float64Array(clusterDot.length);
  for (let k = 0; k < clusterDot.length; k++) {
    clusterSim[k] = index.clusterNorm[k] > 0 ? clusterDot[k] / index.clusterNorm[k] : 0;
    clusterDot[k] = 0;
  }

  // The place and the cluster come from the same few neighbours: the weighted mean of their
  // places, and the cluster holding most of their weight (ties: the more similar centroid, then
  // map order), so the marker sits among the papers of the cluster named.
  let sx = 0;
  let sy = 0;
  let sw = 0;
  const vote = new Float64Array(clusterDot.length);
  for (const { p, s } of scored.slice(0, config.neighbours)) {
    const w = s ** config.power;
    sx += w * map.papers[p].x;
    sy += w * map.papers[p].y;
    sw += w;
    const k = index.clusterAt.get(map.papers[p].cluster);
    if (k !== undefined) vote[k] += w;
  }
  let best = -1;
  for (let k = 0; k < vote.length; k++) {
    if (vote[k] > 0 && (best < 0 || vote[k] > vote[best] || (vote[k] === vote[best] && clusterSim[k] > clusterSim[best])))
      best = k;
  }
  const bestSim = best >= 0 ? clusterSim[best] : 0;
  const position = sw > 0 ? { x: round2(sx / sw), y: round2(sy / sw) } : null;

  const similar = scored.slice(0, config.similar).map(({ p, s }) => {
    const shared: { term: string; key: string; v: number }[] = [];
    for (let j = index.paperStart[p]; j < index.paperStart[p + 1]; j++) {
      const q = query.get(index.paperTerm[j]);
      if (q !== undefined) {
        const t = index.paperTerm[j];
        shared.push({ term: index.termForms[t], key: index.termKeys[t], v: q * index.paperWeight[j] });
      }
    }
    shared.sort((a, b) => b.v - a.v || compareKeys(a.key, b.key));
    const mapPaper = map.papers[p];
    return {
      id: mapPaper.id,
      title: mapPaper.title,
      cluster: mapPaper.cluster,
      similarity: round4(Math.min(1, s)),
      shared: shared.slice(0, config.sharedPhrases).map((x) => x.term),
    };
  });

  const cluster = best >= 0 ? map.clusters[best] : null;
  return {
    keyPhrases,
    position,
    cluster: cluster ? { id: cluster.id, label: cluster.label, similarity: round4(Math.min(1, bestSim)) } : null,
    similar,
    unused: cluster ? unusedPhrases(index, best, cluster.id, phrases, config.unusedPhrases) : [],
  };
}

const round2 = (x: number): number => Math.round(x * 100) / 100;

/** The cluster's keyword nodes the paper lacks, by their weight in the cluster's centroid. */
function unusedPhrases(index: PlaceIndex, k: number, clusterId: number, phrases: PaperPhrase[], limit: number): string[] {
  // Used: one of its phrases, or inside one ("sequence lengths" in "long sequence lengths").
  const has = new Set(phrases.map((p) => p.key));
  const within = ` ${phrases.map((p) => p.key).join(' | ')} `;
  const uses = (key: string): boolean => has.has(key) || within.includes(` ${key} `);
  const out: { term: string; key: string; w: number }[] = [];
  for (const keyword of index.map.keywords) {
    if (keyword.cluster !== clusterId) continue;
    const t = index.termOf.get(keyword.id.slice(2));
    if (t === undefined || uses(index.termKeys[t])) continue;
    let w = 0;
    for (let j = index.clusterPostStart[t]; j < index.clusterPostStart[t + 1]; j++)
      if (index.clusterPostCluster[j] === k) w = index.clusterPostWeight[j];
    out.push({ term: keyword.term, key: index.termKeys[t], w });
  }
  out.sort((a, b) => b.w - a.w || compareKeys(a.key, b.key));
  return out.slice(0, limit).map((x) => x.term);
}
