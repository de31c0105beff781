import { compareKeys, portableLog } from '../util';
import type { BuildSettings, KeywordIndex } from '../map';

/** A paper–keyword link: indices into the papers and into `MapGraph.keywordTerms`. */
export interface GraphLink {
  paper: number;
  keyword: number;
  /** The term's TF-IDF score in this paper divided by the paper's best linked score: (0, 1]. */
  weight: number;
}

/** Two keyword nodes linked to the same papers. `source < target` (keyword node indices). */
export interface GraphCooccurrence {
  source: number;
  target: number;
  /** Number of papers linked to both keywords. */
  count: number;
  /** Association strength count / (papers(source) * papers(target)), scaled so the map's max is 1. */
  weight: number;
}

/**
 * A paper and one word of its candidate terms (a stem of a vocabulary key). Clustering only: the
 * map does not draw words.
 */
export interface GraphWordLink {
  paper: number;
  word: number;
  /** (1 + ln count) · ln(N / df) of the word in the paper, divided by the paper's best: (0, 1]. */
  weight: number;
}

/** The paper–keyword graph: plain arrays indexed by paper (as in the KeywordIndex) and keyword node. */
export interface MapGraph {
  paperCount: number;
  /** Vocabulary index of each keyword node. Node order: relevance descending, then key ascending. */
  keywordTerms: number[];
  /** Corpus-level relevance of each keyword node (the ranking used to choose it). */
  keywordRelevance: number[];
  /** Number of papers linked to each keyword node. */
  keywordPapers: number[];
  /** Sorted by paper, then by the paper's own ranking of its terms (so weight descending). */
  links: GraphLink[];
  /** Sorted by source, then target. */
  cooccurrences: GraphCooccurrence[];
  /** Number of distinct words in `wordLinks`. */
  wordCount: number;
  /**
   * Each paper's most telling words, for clustering (see nearestPapers). The keyword nodes alone
   * are too thin a basis: 300 keywords over 3,000 papers leave most of each paper out, and whole
   * phrases rarely repeat ("squamous cell carcinoma" and "hepatocellular carcinoma" share only a
   * word). On the medical-abstracts benchmark, clustering by these words instead of by the
   * keyword links alone raised NMI from 0.05 to 0.18. Sorted by paper, then weight descending.
   */
  wordLinks: GraphWordLink[];
}

export type GraphSettings = Pick<BuildSettings, 'topK' | 'minDf' | 'maxKeywords'>;

/**
 * Links every paper to at least this many keyword nodes when it has that many terms with
 * df >= minDf: one link makes a paper a leaf that clustering and layout can only hang off one node.
 */
const MIN_LINKS_PER_PAPER = 2;
/** Co-occurrences seen in a single paper are mostly chance at any corpus size; they are dropped. */
const MIN_COOCCURRENCE_COUNT = 2;
/**
 * Each keyword keeps its strongest co-occurrences only (a link survives if it is among the best of
 * either end). Without a cap a 300-keyword map of 10,000 papers has tens of thousands of them.
 */
const MAX_COOCCURRENCES_PER_KEYWORD = 10;
/** Largest keyword-pair table (m × m counts) counted densely: 64 MB. */
const DENSE_PAIRS = 16_000_000;
/** Words kept per paper for clustering (its best by TF-IDF). */
const WORDS_PER_PAPER = 30;
/** Words in more than this share of papers ("patients", "model") say nothing about topics. */
const MAX_WORD_DF_SHARE = 0.3;
/**
 * Link weights are rounded to 4 decimals so the map file stays short and byte-stable. Literals,
 * not 10 ** -4: Math.pow may round differently in another engine.
 */
const WEIGHT_SCALE = 10000;
const MIN_WEIGHT = 0.0001;

/**
 * Chooses the keyword nodes of the map and links them to papers and to each other.
 *
 * Keyword choice. A term is eligible when its df >= minDf. Each paper "votes" for its topK best
 * eligible terms with its own normalised TF-IDF score (score / the paper's best eligible score),
 * and a term's relevance is the sum of its votes: a term ranks high when it is a main term of
 * many papers, not merely frequent (summed TF-IDF over all papers favours generic words). The
 * maxKeywords most relevant terms are chosen (ties: key ascending). Then coverage: a paper that
 * contains fewer than 2 chosen terms (and has 2 eligible ones) gets its own best eligible terms
 * added, even outside the relevance cap; if that pushes the map over maxKeywords, the least
 * relevant terms that no paper needs for its 2 links are dropped again. Papers without any
 * eligible term stay unlinked (clustering puts them in an "unclustered" group).
 *
 * Links. Each paper links to its topK best chosen terms (its own ranking), so a paper with rare
 * top terms still links to chosen terms further down its list. Keywords that end up linked to
 * fewer than min(2, minDf) papers are dropped (a keyword hanging off one paper only adds clutter)
 * unless a paper needs them for its 2 links, and the links are recomputed once.
 *
 * Co-occurrences: pairs of keywords linked to the same papers, counted over the links (what the
 * map shows), with VOSviewer's association strength; weak pairs are dropped (see constants).
 */
export function buildGraph(index: KeywordIndex, settings: GraphSettings): MapGraph {
  const { vocabulary, docs } = index;
  const topK = Math.max(1, Math.floor(settings.topK));
  const minDf = Math.max(1, Math.floor(settings.minDf));
  const maxKeywords = Math.max(1, Math.floor(settings.maxKeywords));
  const n = docs.length;
  const v = vocabulary.length;

  // Each paper's eligible terms, in its own ranking (the index already sorts them best first), as
  // compressed rows: paper d's terms are eligTerm[eligStart[d] .. eligStart[d + 1]). Flat typed
  // arrays: at 100,000 papers there are millions of entries.
  const eligStart = new Int32Array(n + 1);
  let total = 0;
  for (const doc of docs) total += doc.length;
  let eligTerm = new Int32Array(total);
  let eligScore = new Float64Array(total);
  const seenIn = new Int32Array(v).fill(-1);
  let at = 0;
  for (let d = 0; d < n; d++) {
    for (const { term, score } of docs[d]) {
      if (term < 0 || term >= v || seenIn[term] === d || vocabulary[term].df < minDf) continue;
      seenIn[term] = d;
      eligTerm[at] = term;
      eligScore[at] = score;
      at++;
    }
    eligStart[d + 1] = at;
  }
  eligTerm = eligTerm.slice(0, at);
  eligScore = eligScore.slice(0, at);
  const lengthOf = (d: number): number => eligStart[d + 1] - eligStart[d];

  const relevance = new Float64Array(v);
  const voted = new Uint8Array(v);
  // Terms in order of their first vote: the order the ranking below starts from.
  const candidates: number[] = [];
  for (let d = 0; d < n; d++) {
    const s = eligStart[d];
    const best = eligScore[s] > 0 ? eligScore[s] : 1;
    for (let r = 0; r < Math.min(topK, lengthOf(d)); r++) {
      const t = eligTerm[s + r];
      if (!voted[t]) {
        voted[t] = 1;
        candidates.push(t);
      }
      relevance[t] += Math.max(0, eligScore[s + r]) / best;
    }
  }
  const byRelevance = (a: number, b: number): number => relevance[b] - relevance[a] || compareKeys(vocabulary[a].key, vocabulary[b].key);

  const ranked = candidates.sort(byRelevance);
  const chosen = new Uint8Array(v);
  let chosenCount = 0;
  const choose = (t: number): void => {
    if (!chosen[t]) chosenCount++;
    chosen[t] = 1;
  };
  for (let r = 0; r < Math.min(maxKeywords, ranked.length); r++) choose(ranked[r]);

  // Papers containing each eligible term (compressed rows by term): coverage and dropping both
  // update per-paper counts. Also, per term, the papers that offer it (see below).
  const offerDepth = 2 * topK;
  const papersOf = rowsByTerm(v, n, eligStart, eligTerm, Infinity);
  const offeredIn = rowsByTerm(v, n, eligStart, eligTerm, offerDepth);

  // Coverage: a paper with fewer than `need` chosen terms is short. Add terms greedily, each time
  // the one found in the most short papers (a set cover: far fewer additions than each paper's
  // own best term, which on a 10,000-paper test tripled the map's keywords). Only a paper's first
  // 2 × topK eligible terms are offered: a term deep in its list does not describe it.
  const need = new Int32Array(n);
  const count = new Int32Array(n);
  for (let d = 0; d < n; d++) {
    need[d] = Math.min(MIN_LINKS_PER_PAPER, topK, lengthOf(d));
    for (let i = eligStart[d]; i < eligStart[d + 1]; i++) if (chosen[eligTerm[i]]) count[d]++;
  }
  const short = (d: number): boolean => count[d] < need[d];
  const gainOf = (t: number): number => {
    let g = 0;
    for (let i = offeredIn.start[t]; i < offeredIn.start[t + 1]; i++) if (short(offeredIn.paper[i])) g++;
    return g;
  };
  const addPapers = (t: number, delta: number): void => {
    for (let i = papersOf.start[t]; i < papersOf.start[t + 1]; i++) count[papersOf.paper[i]] += delta;
  };
  const stale = new Int32Array(v);
  const queued: number[] = [];
  for (let d = 0; d < n; d++) {
    if (!short(d)) continue;
    for (let i = eligStart[d]; i < Math.min(eligStart[d] + offerDepth, eligStart[d + 1]); i++) {
      const t = eligTerm[i];
      if (chosen[t]) continue;
      if (stale[t] === 0) queued.push(t);
      stale[t]++;
    }
  }
  // Before `b` in the queue: larger gain, then more relevant, then key order (a total order).
  const before = (a: number, b: number): boolean => stale[a] > stale[b] || (stale[a] === stale[b] && byRelevance(a, b) < 0);
  const queue = new BinaryHeap(before, queued);
  // Lazy greedy: gains only fall, so a term whose fresh gain still beats the next stale one wins.
  while (queue.size > 0) {
    const t = queue.pop();
    const gain = gainOf(t);
    if (gain === 0) continue;
    stale[t] = gain;
    if (queue.size > 0 && !before(t, queue.peek())) {
      queue.push(t);
      continue;
    }
    choose(t);
    addPapers(t, 1);
  }
  // A short paper whose offered terms ran out takes any eligible term it has.
  for (let d = 0; d < n; d++) {
    for (let i = eligStart[d]; short(d) && i < eligStart[d + 1]; i++) {
      const t = eligTerm[i];
      if (chosen[t]) continue;
      choose(t);
      addPapers(t, 1);
    }
  }

  const tryDrop = (t: number): boolean => {
    for (let i = papersOf.start[t]; i < papersOf.start[t + 1]; i++) {
      const d = papersOf.paper[i];
      if (count[d] - 1 < need[d]) return false;
    }
    addPapers(t, -1);
    chosen[t] = 0;
    chosenCount--;
    return true;
  };
  const chosenTerms = (): number[] => {
    const out: number[] = [];
    for (let t = 0; t < v; t++) if (chosen[t]) out.push(t);
    return out;
  };

  if (chosenCount > maxKeywords) {
    const weakestFirst = chosenTerms().sort(byRelevance).reverse();
    for (const t of weakestFirst) {
      if (chosenCount <= maxKeywords) break;
      tryDrop(t);
    }
  }

  let linked = linkPapers(eligStart, eligTerm, chosen, topK);
  const minPapers = Math.min(MIN_LINKS_PER_PAPER, minDf);
  const lonely = chosenTerms()
    .filter((t) => linked.papersOf[t] < minPapers)
    .sort(byRelevance)
    .reverse();
  let dropped = 0;
  for (const t of lonely) if (tryDrop(t)) dropped++;
  if (dropped > 0) linked = linkPapers(eligStart, eligTerm, chosen, topK);

  const keywordTerms = chosenTerms().sort(byRelevance);
  const node = new Int32Array(v).fill(-1);
  keywordTerms.forEach((t, i) => (node[t] = i));
  const keywordPapers = keywordTerms.map(() => 0);
  const links: GraphLink[] = [];
  for (let d = 0; d < n; d++) {
    const ranks = linked.perPaper[d];
    if (ranks.length === 0) continue;
    const s = eligStart[d];
    const best = eligScore[s + ranks[0]] > 0 ? eligScore[s + ranks[0]] : 1;
    for (const r of ranks) {
      const keyword = node[eligTerm[s + r]];
      keywordPapers[keyword]++;
      const weight = Math.max(0, eligScore[s + r]) / best;
      // A zero score (a term in every paper) still deserves a drawable link.
      links.push({ paper: d, keyword, weight: Math.max(roundWeight(weight), MIN_WEIGHT) });
    }
  }

  return {
    paperCount: docs.length,
    keywordTerms,
    keywordRelevance: keywordTerms.map((t) => roundWeight(relevance[t])),
    keywordPapers,
    links,
    cooccurrences: computeCooccurrences(links, keywordPapers),
    ...computeWordLinks(index),
  };
}

/**
 * Compressed rows by term: the papers (ascending) whose first `depth` eligible terms include
 * term t are paper[start[t] .. start[t + 1]).
 */
function rowsByTerm(
  terms: number,
  n: number,
  eligStart: Int32Array,
  eligTerm: Int32Array,
  depth: number,
): { start: Int32Array; paper: Int32Array } {
  const start = new Int32Array(terms + 1);
  const end = (d: number): number => Math.min(eligStart[d + 1], eligStart[d] + depth);
  for (let d = 0; d < n; d++) for (let i = eligStart[d]; i < end(d); i++) start[eligTerm[i] + 1]++;
  for (let t = 0; t < terms; t++) start[t + 1] += start[t];
  const fill = start.slice(0, terms);
  const paper = new Int32Array(start[terms]);
  for (let d = 0; d < n; d++) for (let i = eligStart[d]; i < end(d); i++) paper[fill[eligTerm[i]]++] = d;
  return { start, paper };
}

/** A binary heap of numbers; `before(a, b)` is a strict total order, its first element on top. */
class BinaryHeap {
  private readonly items: number[];

  constructor(
    private readonly before: (a: number, b: number) => boolean,
    items: number[],
  ) {
    this.items = [];
    for (const item of items) this.push(item);
  }

  get size(): number {
    return this.items.length;
  }

  peek(): number {
    return this.items[0];
  }

  push(item: number): void {
    const items = this.items;
    let i = items.length;
    items.push(item);
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!this.before(item, items[parent])) break;
      items[i] = items[parent];
      i = parent;
    }
    items[i] = item;
  }

  pop(): number {
    const items = this.items;
    const top = items[0];
    const last = items.pop() as number;
    if (items.length > 0) {
      let i = 0;
      for (;;) {
        const left = 2 * i + 1;
        if (left >= items.length) break;
        const right = left + 1;
        const child = right < items.length && this.before(items[right], items[left]) ? right : left;
        if (!this.before(items[child], last)) break;
        items[i] = items[child];
        i = child;
      }
      items[i] = last;
    }
    return top;
  }
}

/** Each paper's WORDS_PER_PAPER best words by TF-IDF, over the words of its candidate terms. */
function computeWordLinks(index: KeywordIndex): { wordCount: number; wordLinks: GraphWordLink[] } {
  const n = index.docs.length;
  // Each term's distinct words (ids in order of first appearance), worked out on first meeting,
  // in one flat array: term t's are termWords[wordsFrom[t] .. wordsFrom[t] + wordsIn[t]).
  const terms = index.vocabulary.length;
  const wordsFrom = new Int32Array(terms).fill(-1);
  const wordsIn = new Int32Array(terms);
  let termWords = new Int32Array(1024);
  let termWordCount = 0;
  const wordId = new Map<string, number>();
  const learnWords = (term: number): void => {
    const ids: number[] = [];
    for (const w of new Set(index.vocabulary[term]?.key.split(' ').filter((part) => part !== '') ?? [])) {
      let id = wordId.get(w);
      if (id === undefined) wordId.set(w, (id = wordId.size));
      ids.push(id);
    }
    if (termWordCount + ids.length > termWords.length) {
      const grown = new Int32Array(2 * (termWordCount + ids.length));
      grown.set(termWords);
      termWords = grown;
    }
    wordsFrom[term] = termWordCount;
    wordsIn[term] = ids.length;
    for (const id of ids) termWords[termWordCount++] = id;
  };
  // Per paper: how many of its distinct candidate terms contain each word, in scratch arrays
  // (`count` by word; `touched`, the paper's words in order of first meeting).
  let count = new Int32Array(1024);
  const touched: number[] = [];
  const countWords = (paper: number): void => {
    touched.length = 0;
    for (const { term } of index.docs[paper]) {
      if (wordsFrom[term] === -1) learnWords(term);
      for (let k = wordsFrom[term], end = k + wordsIn[term]; k < end; k++) {
        const w = termWords[k];
        if (w >= count.length) {
          const grown = new Int32Array(2 * w + 1024);
          grown.set(count);
          count = grown;
        }
        if (count[w]++ === 0) touched.push(w);
      }
    }
  };
  // Two sweeps, not a map of counts per paper kept for the second (memory at 100,000 papers).
  let df = new Int32Array(0);
  for (let paper = 0; paper < n; paper++) {
    countWords(paper);
    if (df.length < count.length) {
      const grown = new Int32Array(count.length);
      grown.set(df);
      df = grown;
    }
    for (const w of touched) {
      df[w]++;
      count[w] = 0;
    }
  }
  // Logarithms cached: the same inputs give the same bits, and there are few distinct ones.
  const idf = new Float64Array(wordId.size).fill(NaN);
  const logCount: number[] = [];
  const used = new Int32Array(wordId.size).fill(-1);
  let usedCount = 0;
  const wordLinks: GraphWordLink[] = [];
  const scored: { word: number; score: number }[] = [];
  for (let paper = 0; paper < n; paper++) {
    countWords(paper);
    scored.length = 0;
    for (const word of touched) {
      const c = count[word];
      count[word] = 0;
      if (df[word] < 2 || df[word] > MAX_WORD_DF_SHARE * n) continue;
      if (Number.isNaN(idf[word])) idf[word] = portableLog(n / df[word]);
      if (logCount[c] === undefined) logCount[c] = portableLog(c);
      scored.push({ word, score: (1 + logCount[c]) * idf[word] });
    }
    scored.sort((a, b) => b.score - a.score || a.word - b.word);
    const top = Math.min(WORDS_PER_PAPER, scored.length);
    for (let r = 0; r < top; r++) {
      const { word, score } = scored[r];
      if (used[word] === -1) used[word] = usedCount++;
      wordLinks.push({ paper, word: used[word], weight: Math.max(roundWeight(score / scored[0].score), MIN_WEIGHT) });
    }
  }
  return { wordCount: usedCount, wordLinks };
}

/** Each paper's links: ranks (into its eligible terms) of its topK best chosen terms. */
function linkPapers(
  eligStart: Int32Array,
  eligTerm: Int32Array,
  chosen: Uint8Array,
  topK: number,
): { perPaper: number[][]; papersOf: Int32Array } {
  const papersOf = new Int32Array(chosen.length);
  const perPaper: number[][] = [];
  for (let d = 0; d + 1 < eligStart.length; d++) {
    const ranks: number[] = [];
    const s = eligStart[d];
    for (let r = 0; s + r < eligStart[d + 1] && ranks.length < topK; r++) {
      const t = eligTerm[s + r];
      if (!chosen[t]) continue;
      ranks.push(r);
      papersOf[t]++;
    }
    perPaper.push(ranks);
  }
  return { perPaper, papersOf };
}

function computeCooccurrences(links: GraphLink[], keywordPapers: number[]): GraphCooccurrence[] {
  const m = keywordPapers.length;
  // Counts by pair a * m + b: a dense table while it stays small (a map of millions of entries
  // cost more than the rest of the graph stage), else a map. Either way pairs are sorted below.
  const dense = m * m <= DENSE_PAIRS ? new Int32Array(m * m) : null;
  const sparse = new Map<number, number>();
  for (let start = 0; start < links.length; ) {
    let end = start;
    while (end < links.length && links[end].paper === links[start].paper) end++;
    for (let i = start; i < end; i++) {
      for (let j = i + 1; j < end; j++) {
        const key = Math.min(links[i].keyword, links[j].keyword) * m + Math.max(links[i].keyword, links[j].keyword);
        if (dense) dense[key]++;
        else sparse.set(key, (sparse.get(key) ?? 0) + 1);
      }
    }
    start = end;
  }

  const pairs: GraphCooccurrence[] = [];
  const addPair = (key: number, count: number): void => {
    if (count < MIN_COOCCURRENCE_COUNT) return;
    const source = Math.floor(key / m);
    const target = key % m;
    pairs.push({ source, target, count, weight: count / (keywordPapers[source] * keywordPapers[target]) });
  };
  if (dense) for (let key = 0; key < dense.length; key++) addPair(key, dense[key]);
  else for (const [key, count] of sparse) addPair(key, count);

  // Keep a pair when it is among the strongest few of either keyword.
  const strongestFirst = (a: GraphCooccurrence, b: GraphCooccurrence): number =>
    b.weight - a.weight || b.count - a.count || a.source - b.source || a.target - b.target;
  pairs.sort(strongestFirst);
  const kept = new Array<number>(m).fill(0);
  const keep: GraphCooccurrence[] = [];
  for (const pair of pairs) {
    const keepIt = kept[pair.source] < MAX_COOCCURRENCES_PER_KEYWORD || kept[pair.target] < MAX_COOCCURRENCES_PER_KEYWORD;
    kept[pair.source]++;
    kept[pair.target]++;
    if (keepIt) keep.push(pair);
  }

  const max = keep.reduce((best, pair) => Math.max(best, pair.weight), 0);
  return keep
    .map((pair) => ({ ...pair, weight: roundWeight(pair.weight / max) }))
    .sort((a, b) => a.source - b.source || a.target - b.target);
}

function roundWeight(value: number): number {
  return Math.round(value * WEIGHT_SCALE) / WEIGHT_SCALE;
}
