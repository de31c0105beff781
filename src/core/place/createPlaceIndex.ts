import { termKey, tokenize } from '../keywords';
import type { MapFile } from '../map';

type MapLink = MapFile['links'][number];

/**
 * What placing a paper needs of one map, worked out once per map (placePaper then answers in a few
 * milliseconds at 20,000 papers): the map's terms, each paper and each cluster as a unit-length
 * vector of term weights, and the papers and clusters by term (postings), so a placement touches
 * only the papers that share a term with the new one. Created by the caller, dropped with the map.
 *
 * A map paper's vector: its key phrases (`keywords`, the build's TF-IDF scores, which carry the
 * corpus's own IDF) and its links to keyword nodes. A link's weight is the term's score over the
 * paper's best linked score, so it is put back on the scores' scale with a linked term that is
 * also among its key phrases (score / weight); when none is, with its lowest key-phrase score
 * (a linked term outside the top-k scores no more than that). Terms are compared by their
 * stemmed key (termKey), merged acronyms and the curation's synonyms by their target's.
 */
export interface PlaceIndex {
  readonly map: MapFile;
  /** Papers on the map (N of the IDF). */
  readonly paperCount: number;
  /** Term id of a stemmed key (variants and synonyms give their target's). */
  readonly termOf: ReadonlyMap<string, number>;
  /** Per term: its key, its shown form (a keyword node's term where there is one), its document frequency. */
  readonly termKeys: readonly string[];
  readonly termForms: readonly string[];
  readonly df: Int32Array;
  /** Per term: whether it is a keyword node of the map. */
  readonly isKeyword: Uint8Array;
  /** Keys the curation removed: never a key phrase of a placed paper either. */
  readonly removed: ReadonlySet<string>;
  /** Per paper (map order), its unit vector: terms [paperStart[i], paperStart[i + 1]) of paperTerm/paperWeight, strongest first. */
  readonly paperStart: Int32Array;
  readonly paperTerm: Int32Array;
  readonly paperWeight: Float64Array;
  /** Per term, the papers having it and their weight: [postStart[t], postStart[t + 1]). */
  readonly postStart: Int32Array;
  readonly postPaper: Int32Array;
  readonly postWeight: Float64Array;
  /** Per cluster (map.clusters order) its centroid, the sum of its papers' unit vectors, as postings by term. */
  readonly clusterPostStart: Int32Array;
  readonly clusterPostCluster: Int32Array;
  readonly clusterPostWeight: Float64Array;
  readonly clusterNorm: Float64Array;
  /** Place in map.clusters of a cluster id. */
  readonly clusterAt: ReadonlyMap<number, number>;
  /** Scratch for one placement: a dot product per paper and per cluster. */
  readonly paperDot: Float64Array;
  readonly clusterDot: Float64Array;
}

/** The per-map index placePaper works with; build it once per map and pass it to every placement. */
export function createPlaceIndex(map: MapFile): PlaceIndex {
  const termOf = new Map<string, number>();
  const termKeys: string[] = [];
  const termForms: string[] = [];
  const keywordTerm: boolean[] = [];
  const idOf = (key: string, form: string): number => {
    let id = termOf.get(key);
    if (id === undefined) {
      id = termKeys.length;
      termOf.set(key, id);
      termKeys.push(key);
      termForms.push(form);
      keywordTerm.push(false);
    }
    return id;
  };
  // Keyword nodes first: their shown form is the map's.
  for (const keyword of map.keywords) {
    const id = idOf(keyword.id.slice(2), keyword.term);
    termForms[id] = keyword.term;
    keywordTerm[id] = true;
  }
  for (const keyword of map.keywords) {
    const id = termOf.get(keyword.id.slice(2)) as number;
    for (const variant of keyword.variants ?? []) if (!termOf.has(termKey(variant))) termOf.set(termKey(variant), id);
  }
  const removed = new Set((map.curation?.stopwords ?? []).map(termKey));
  for (const { from, to } of map.curation?.synonyms ?? []) {
    const target = termOf.get(termKey(to));
    if (target !== undefined && !termOf.has(termKey(from))) termOf.set(termKey(from), target);
  }

  // termKey, word by word with each word's key kept: stemming costs microseconds, and a map of
  // 20,000 papers has 200,000 phrase forms but far fewer distinct words.
  const keyOfWord = new Map<string, string>();
  const keyOfForm = new Map<string, string>();
  const keyOf = (form: string): string => {
    let key = keyOfForm.get(form);
    if (key === undefined) {
      const words: string[] = [];
      for (const token of tokenize(form)) {
        let word = keyOfWord.get(token);
        if (word === undefined) {
          word = termKey(token);
          keyOfWord.set(token, word);
        }
        if (word !== '') words.push(word);
      }
      key = words.join(' ');
      keyOfForm.set(form, key);
    }
    return key;
  };

  const linksOf = new Map<string, MapLink[]>();
  for (const link of map.links) {
    const list = linksOf.get(link.paper);
    if (list) list.push(link);
    else linksOf.set(link.paper, [link]);
  }

  const n = map.papers.length;
  const paperStart = new Int32Array(n + 1);
  const terms: number[] = [];
  const weights: number[] = [];
  const row = new Map<number, number>();
  for (let i = 0; i < n; i++) {
    const paper = map.papers[i];
    row.clear();
    let lowest = Number.POSITIVE_INFINITY;
    for (const { term, score } of paper.keywords) {
      const id = idOf(keyOf(term), term);
      if (score > 0 && !row.has(id)) row.set(id, score);
      if (score > 0) lowest = Math.min(lowest, score);
    }
    const links = linksOf.get(paper.id) ?? [];
    let scale = Number.isFinite(lowest) ? lowest : 1;
    for (const link of links) {
      const score = row.get(termOf.get(link.keyword.slice(2)) ?? -1);
      if (score !== undefined && link.weight > 0) {
        scale = score / link.weight;
        break;
      }
    }
    for (const link of links) {
      const id = termOf.get(link.keyword.slice(2));
      if (id !== undefined && !row.has(id) && link.weight > 0) row.set(id, link.weight * scale);
    }
    let norm = 0;
    for (const v of row.values()) norm += v * v;
    norm = Math.sqrt(norm);
    // Ties by term id: ids are given in map order, so this is as deterministic as by key, and cheaper.
    const entries = [...row].sort((a, b) => b[1] - a[1] || a[0] - b[0]);
    for (const [id, v] of entries) {
      terms.push(id);
      weights.push(v / norm);
    }
    paperStart[i + 1] = terms.length;
  }

  const termCount = termKeys.length;
  const df = new Int32Array(termCount);
  for (const t of terms) df[t]++;
  const postStart = new Int32Array(termCount + 1);
  for (let t = 0; t < termCount; t++) postStart[t + 1] = postStart[t] + df[t];
  const postPaper = new Int32Array(terms.length);
  const postWeight = new Float64Array(terms.length);
  const fill = postStart.slice(0, termCount);
  for (let i = 0; i < n; i++) {
    for (let j = paperStart[i]; j < paperStart[i + 1]; j++) {
      const at = fill[terms[j]]++;
      postPaper[at] = i;
      postWeight[at] = weights[j];
    }
  }

  // Cluster centroids, as postings by term (clusters in map order within a term), summed from the
  // papers' postings: no per-cluster map of terms.
  const clusterAt = new Map<number, number>();
  map.clusters.forEach((c, k) => clusterAt.set(c.id, k));
  const paperCluster = Int32Array.from(map.papers, (p) => clusterAt.get(p.cluster) ?? -1);
  const sum = new Float64Array(map.clusters.length);
  const norm2 = new Float64Array(map.clusters.length);
  const touched: number[] = [];
  const clusterPostStart = new Int32Array(termCount + 1);
  const postCluster: number[] = [];
  const postSum: number[] = [];
  for (let t = 0; t < termCount; t++) {
    touched.length = 0;
    for (let j = postStart[t]; j < postStart[t + 1]; j++) {
      const k = paperCluster[postPaper[j]];
      if (k < 0) continue;
      if (sum[k] === 0) touched.push(k);
      sum[k] += postWeight[j];
    }
    touched.sort((x, y) => x - y);
    for (const k of touched) {
      postCluster.push(k);
      postSum.push(sum[k]);
      norm2[k] += sum[k] * sum[k];
      sum[k] = 0;
    }
    clusterPostStart[t + 1] = postCluster.length;
  }
  const clusterPostCluster = Int32Array.from(postCluster);
  const clusterPostWeight = Float64Array.from(postSum);
  const clusterNorm = norm2.map(Math.sqrt);

  return {
    map,
    paperCount: n,
    termOf,
    termKeys,
    termForms,
    df,
    isKeyword: Uint8Array.from(keywordTerm, (k) => (k ? 1 : 0)),
    removed,
    paperStart,
    paperTerm: Int32Array.from(terms),
    paperWeight: Float64Array.from(weights),
    postStart,
    postPaper,
    postWeight,
    clusterPostStart,
    clusterPostCluster,
    clusterPostWeight,
    clusterNorm,
    clusterAt,
    paperDot: new Float64Array(n),
    clusterDot: new Float64Array(map.clusters.length),
  };
}
