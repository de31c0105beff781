import { portableLog } from './portableMath';
import type { BuildSettings, KeywordIndex } from './types';

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

  // Each paper's eligible terms, in its own ranking (the index already sorts them best first).
  const eligible: number[][] = [];
  const eligibleScore: number[][] = [];
  for (const doc of docs) {
    const terms: number[] = [];
    const scores: number[] = [];
    const seen = new Set<number>();
    for (const { term, score } of doc) {
      if (seen.has(term) || vocabulary[term] === undefined || vocabulary[term].df < minDf) continue;
      seen.add(term);
      terms.push(term);
      scores.push(score);
    }
    eligible.push(terms);
    eligibleScore.push(scores);
  }

  const relevance = new Map<number, number>();
  eligible.forEach((terms, d) => {
    const best = eligibleScore[d][0] > 0 ? eligibleScore[d][0] : 1;
    for (let r = 0; r < Math.min(topK, terms.length); r++) {
      relevance.set(terms[r], (relevance.get(terms[r]) ?? 0) + Math.max(0, eligibleScore[d][r]) / best);
    }
  });
  const relevanceOf = (t: number): number => relevance.get(t) ?? 0;
  const byRelevance = (a: number, b: number): number =>
    relevanceOf(b) - relevanceOf(a) || compareKeys(vocabulary[a].key, vocabulary[b].key);

  const ranked = [...relevance.keys()].sort(byRelevance);
  const chosen = new Set(ranked.slice(0, maxKeywords));

  // Papers containing each eligible term: coverage and dropping both update per-paper counts.
  const papersOf = new Map<number, number[]>();
  eligible.forEach((terms, d) => {
    for (const t of terms) {
      const papers = papersOf.get(t);
      if (papers) papers.push(d);
      else papersOf.set(t, [d]);
    }
  });

  // Coverage: a paper with fewer than `need` chosen terms is short. Add terms greedily, each time
  // the one found in the most short papers (a set cover: far fewer additions than each paper's
  // own best term, which on a 10,000-paper test tripled the map's keywords). Only a paper's first
  // 2 × topK eligible terms are offered: a term deep in its list does not describe it.
  const need = eligible.map((terms) => Math.min(MIN_LINKS_PER_PAPER, topK, terms.length));
  const count = eligible.map((terms) => terms.reduce((n, t) => n + (chosen.has(t) ? 1 : 0), 0));
  const short = (d: number): boolean => count[d] < need[d];
  const offered = (d: number): number[] => eligible[d].slice(0, 2 * topK);
  const gainOf = (t: number): number => (papersOf.get(t) ?? []).reduce((g, d) => g + (short(d) && offered(d).includes(t) ? 1 : 0), 0);
  const stale = new Map<number, number>();
  eligible.forEach((_, d) => {
    if (!short(d)) return;
    for (const t of offered(d)) if (!chosen.has(t)) stale.set(t, (stale.get(t) ?? 0) + 1);
  });
  // Before `b` in the queue: larger gain, then more relevant, then key order.
  const before = (a: number, ga: number, b: number, gb: number): boolean => ga > gb || (ga === gb && byRelevance(a, b) < 0);
  const queue = [...stale.keys()].sort((a, b) => (before(a, stale.get(a) as number, b, stale.get(b) as number) ? -1 : 1));
  // Lazy greedy: gains only fall, so a term whose fresh gain still beats the next stale one wins.
  while (queue.length > 0) {
    const t = queue.shift() as number;
    const gain = gainOf(t);
    if (gain === 0) continue;
    const next = queue[0];
    if (next !== undefined && !before(t, gain, next, stale.get(next) as number)) {
      stale.set(t, gain);
      let at = 0;
      while (at < queue.length && before(queue[at], stale.get(queue[at]) as number, t, gain)) at++;
      queue.splice(at, 0, t);
      continue;
    }
    chosen.add(t);
    for (const d of papersOf.get(t) ?? []) count[d]++;
  }
  // A short paper whose offered terms ran out takes any eligible term it has.
  eligible.forEach((terms, d) => {
    for (let r = 0; short(d) && r < terms.length; r++) {
      if (chosen.has(terms[r])) continue;
      chosen.add(terms[r]);
      for (const e of papersOf.get(terms[r]) ?? []) count[e]++;
    }
  });

  const tryDrop = (t: number): boolean => {
    const papers = papersOf.get(t) ?? [];
    if (papers.some((d) => count[d] - 1 < need[d])) return false;
    for (const d of papers) count[d]--;
    chosen.delete(t);
    return true;
  };

  if (chosen.size > maxKeywords) {
    const weakestFirst = [...chosen].sort(byRelevance).reverse();
    for (const t of weakestFirst) {
      if (chosen.size <= maxKeywords) break;
      tryDrop(t);
    }
  }

  let linked = linkPapers(eligible, chosen, topK);
  const minPapers = Math.min(MIN_LINKS_PER_PAPER, minDf);
  const lonely = [...chosen].filter((t) => (linked.papersOf.get(t) ?? 0) < minPapers).sort(byRelevance).reverse();
  let dropped = 0;
  for (const t of lonely) if (tryDrop(t)) dropped++;
  if (dropped > 0) linked = linkPapers(eligible, chosen, topK);

  const keywordTerms = [...chosen].sort(byRelevance);
  const node = new Map(keywordTerms.map((t, i) => [t, i]));
  const keywordPapers = keywordTerms.map(() => 0);
  const links: GraphLink[] = [];
  linked.perPaper.forEach((ranks, d) => {
    const best = eligibleScore[d][ranks[0]] > 0 ? eligibleScore[d][ranks[0]] : 1;
    for (const r of ranks) {
      const keyword = node.get(eligible[d][r]) as number;
      keywordPapers[keyword]++;
      const weight = Math.max(0, eligibleScore[d][r]) / best;
      // A zero score (a term in every paper) still deserves a drawable link.
      links.push({ paper: d, keyword, weight: Math.max(roundWeight(weight), MIN_WEIGHT) });
    }
  });

  return {
    paperCount: docs.length,
    keywordTerms,
    keywordRelevance: keywordTerms.map((t) => roundWeight(relevanceOf(t))),
    keywordPapers,
    links,
    cooccurrences: computeCooccurrences(links, keywordPapers),
    ...computeWordLinks(index),
  };
}

/** Each paper's WORDS_PER_PAPER best words by TF-IDF, over the words of its candidate terms. */
function computeWordLinks(index: KeywordIndex): { wordCount: number; wordLinks: GraphWordLink[] } {
  const n = index.docs.length;
  const wordsOfTerm = new Map<number, number[]>();
  const wordId = new Map<string, number>();
  const idOf = (word: string): number => {
    let id = wordId.get(word);
    if (id === undefined) wordId.set(word, (id = wordId.size));
    return id;
  };
  // Per paper: how many of its distinct candidate terms contain each word.
  const counts = index.docs.map((doc) => {
    const count = new Map<number, number>();
    for (const { term } of doc) {
      let words = wordsOfTerm.get(term);
      if (words === undefined) {
        words = [...new Set(index.vocabulary[term]?.key.split(' ').filter((w) => w !== '') ?? [])].map(idOf);
        wordsOfTerm.set(term, words);
      }
      for (const w of words) count.set(w, (count.get(w) ?? 0) + 1);
    }
    return count;
  });
  const df = new Array<number>(wordId.size).fill(0);
  for (const count of counts) for (const w of count.keys()) df[w]++;

  const used = new Map<number, number>();
  const wordLinks: GraphWordLink[] = [];
  counts.forEach((count, paper) => {
    const scored: { word: number; score: number }[] = [];
    for (const [word, c] of count) {
      if (df[word] < 2 || df[word] > MAX_WORD_DF_SHARE * n) continue;
      scored.push({ word, score: (1 + portableLog(c)) * portableLog(n / df[word]) });
    }
    scored.sort((a, b) => b.score - a.score || a.word - b.word);
    const top = scored.slice(0, WORDS_PER_PAPER);
    for (const { word, score } of top) {
      let id = used.get(word);
      if (id === undefined) used.set(word, (id = used.size));
      wordLinks.push({ paper, word: id, weight: Math.max(roundWeight(score / top[0].score), MIN_WEIGHT) });
    }
  });
  return { wordCount: used.size, wordLinks };
}

/** Each paper's links: ranks (into its eligible terms) of its topK best chosen terms. */
function linkPapers(
  eligible: number[][],
  chosen: Set<number>,
  topK: number,
): { perPaper: number[][]; papersOf: Map<number, number> } {
  const papersOf = new Map<number, number>();
  const perPaper = eligible.map((terms) => {
    const ranks: number[] = [];
    for (let r = 0; r < terms.length && ranks.length < topK; r++) {
      if (!chosen.has(terms[r])) continue;
      ranks.push(r);
      papersOf.set(terms[r], (papersOf.get(terms[r]) ?? 0) + 1);
    }
    return ranks;
  });
  return { perPaper, papersOf };
}

function computeCooccurrences(links: GraphLink[], keywordPapers: number[]): GraphCooccurrence[] {
  const m = keywordPapers.length;
  const counts = new Map<number, number>();
  for (let start = 0; start < links.length; ) {
    let end = start;
    while (end < links.length && links[end].paper === links[start].paper) end++;
    for (let i = start; i < end; i++) {
      for (let j = i + 1; j < end; j++) {
        const a = Math.min(links[i].keyword, links[j].keyword);
        const b = Math.max(links[i].keyword, links[j].keyword);
        counts.set(a * m + b, (counts.get(a * m + b) ?? 0) + 1);
      }
    }
    start = end;
  }

  const pairs: GraphCooccurrence[] = [];
  for (const [pair, count] of counts) {
    if (count < MIN_COOCCURRENCE_COUNT) continue;
    const source = Math.floor(pair / m);
    const target = pair % m;
    pairs.push({ source, target, count, weight: count / (keywordPapers[source] * keywordPapers[target]) });
  }

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

/** Code-unit order, not locale order: the same on every machine. */
function compareKeys(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
