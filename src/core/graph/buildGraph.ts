import { compareKeys } from '../util';
import type { BuildSettings, KeywordIndex } from '../map';
import { redundantTerms } from './redundantTerms';
import { subsumedTerms } from './subsumedTerms';
import { termCoherence } from './termCoherence';
import { titledTerms } from './titledTerms';
import { withHeads } from './withHeads';
import { GRAPH_CONFIG } from './graphConfig';
import { isLoneCommonWord } from './isLoneCommonWord';
import { BinaryHeap } from './BinaryHeap';
import { computeCooccurrences } from './computeCooccurrences';
import { computeWordLinks } from './computeWordLinks';
import { linkPapers } from './linkPapers';
import { MIN_WEIGHT, roundWeight } from './roundWeight';

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
 * Papers and words of their candidate terms (stems of vocabulary keys), as columns: link i joins
 * paper[i] and word[i] with weight[i], (1 + ln count) · ln(N / df) of the word in the paper
 * divided by the paper's best: (0, 1]. Clustering only: the map does not draw words. Typed
 * columns, not an object per link: a million papers have some 30 million.
 */
export interface GraphWordLinks {
  paper: Int32Array;
  word: Int32Array;
  weight: Float64Array;
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
  /** Coherence of each keyword node's papers (termCoherence): 0 no more alike than chance, 1 identical. */
  keywordCoherence: number[];
  /** Sorted by paper, then by the paper's own ranking of its terms (so weight descending). */
  links: GraphLink[];
  /** Sorted by source, then target. */
  cooccurrences: GraphCooccurrence[];
  /** Number of distinct words in `wordLinks` (their ids are 0 .. wordCount - 1). */
  wordCount: number;
  /**
   * Each paper's most telling words, for clustering (see nearestPapers). The keyword nodes alone
   * are too thin a basis: 300 keywords over 3,000 papers leave most of each paper out, and whole
   * phrases rarely repeat ("squamous cell carcinoma" and "hepatocellular carcinoma" share only a
   * word). On the medical-abstracts benchmark, clustering by these words instead of by the
   * keyword links alone raised NMI from 0.05 to 0.18. Sorted by paper, then weight descending.
   */
  wordLinks: GraphWordLinks;
}

export type GraphSettings = Pick<BuildSettings, 'topK' | 'minDf' | 'maxKeywords'>;

/**
 * Chooses the keyword nodes of the map and links them to papers and to each other.
 *
 * Keyword choice. A term is eligible when its df >= minDf. Each paper "votes" for its topK best
 * eligible terms with its own normalised TF-IDF score (score / the paper's best eligible score),
 * and a term's relevance is the sum of its votes: a term ranks high when it is a main term of
 * many papers, not merely frequent (summed TF-IDF over all papers favours generic words). The
 * sum is then weighted by topicality: × the square root of the term's coherence (termCoherence:
 * how much more alike the papers using it are than any two papers, VOSviewer's idea of relevance),
 * × 0.5 for a lone lowercase word, which usually heads many topics rather than naming one, × 0.25
 * for a term only one paper writes on its own, the others only inside longer phrases
 * (GRAPH_CONFIG: coherencePower, singleWordWeight, headOnlyWeight). The
 * maxKeywords most relevant terms are chosen (ties: key ascending), less any term that a longer
 * chosen phrase ending with its words covers in most of its papers ("language models" under "large
 * language models": subsumedTerms), the next ones taking their place. Then coverage: a paper that
 * contains fewer than 2 chosen terms (and has 2 eligible ones) gets its own best eligible terms
 * added, even outside the relevance cap; if that pushes the map over maxKeywords, the least
 * relevant terms that no paper needs for its 2 links are dropped again. Papers without any
 * eligible term stay unlinked (clustering puts them in an "unclustered" group).
 *
 * Relevance is also × the term's keyphraseness (the share of the papers containing it in which
 * it is among their topK), and a phrase or name that the title of one of its papers contains is
 * × GRAPH_CONFIG.titleBoost (`titleKeys`: each paper's title through the keyword stage's termKey;
 * without them, no boost). After coverage, a paper still short takes its best remaining eligible
 * terms, topical or not.
 *
 * Links. Each paper links to its topK best chosen terms (its own ranking), so a paper with rare
 * top terms still links to chosen terms further down its list; a lone common word only when it
 * is among the paper's GRAPH_CONFIG.loneWordLinkRank best or fills the paper's 2 links. Keywords that end up linked to
 * fewer than min(2, minDf) papers are dropped (a keyword hanging off one paper only adds clutter)
 * unless a paper needs them for its 2 links, and the links are recomputed once. So is one of two
 * nodes, one inside the other, that link exactly the same papers (redundantTerms).
 *
 * Co-occurrences: pairs of keywords linked to the same papers, counted over the links (what the
 * map shows), with VOSviewer's association strength (computeCooccurrences).
 */
export function buildGraph(index: KeywordIndex, settings: GraphSettings, titleKeys?: readonly string[]): MapGraph {
  const { vocabulary, docs } = index;
  const topK = Math.max(1, Math.floor(settings.topK));
  const minDf = Math.max(1, Math.floor(settings.minDf));
  const maxKeywords = Math.max(1, Math.floor(settings.maxKeywords));
  const n = docs.length;
  const v = vocabulary.length;

  // Each paper's eligible terms, in its own ranking (the index already sorts them best first), as
  // compressed rows: paper d's terms are eligTerm[eligStart[d] .. eligStart[d + 1]). Flat typed
  // arrays: at 100,000 papers there are millions of entries.
  const { eligStart, eligTerm, eligScore } = eligibleRows(index, minDf);
  const lengthOf = (d: number): number => eligStart[d + 1] - eligStart[d];

  const relevance = new Float64Array(v);
  // Papers in which the term is among the topK best: with its document frequency, its
  // keyphraseness (KEA's, computed from our own ranking instead of training labels).
  const votes = new Int32Array(v);
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
      votes[t]++;
    }
  }
  const wordGraph = computeWordLinks(index);
  const papersOf = rowsByTerm(v, n, eligStart, eligTerm, Infinity);
  // Topicality: relevance is weighted by how alike the papers using a term are (termCoherence),
  // and a lone common word by GRAPH_CONFIG.singleWordWeight (see graphConfig).
  const shared: number[] = [];
  for (let t = 0; t < v; t++) if (papersOf.start[t + 1] - papersOf.start[t] >= 2) shared.push(t);
  const { coherence, significance } = termCoherence(
    n,
    papersOf,
    shared,
    wordGraph.wordLinks,
    wordGraph.wordCount,
    GRAPH_CONFIG.coherencePapers,
  );
  // Topical: its papers are significantly more alike than chance (termCoherence). Only topical
  // terms are ranked; a paper short of links may also take a usable one (GRAPH_CONFIG).
  const topical = new Uint8Array(v);
  const usable = new Uint8Array(v);
  for (const t of shared) {
    // Too few papers to know what chance looks like: every shared term counts as topical.
    const z = n < GRAPH_CONFIG.minPapersForTopicality ? Infinity : (significance.get(t) ?? 0);
    if (z >= GRAPH_CONFIG.topicalSignificance) topical[t] = 1;
    if (z >= GRAPH_CONFIG.usableSignificance) usable[t] = 1;
  }
  // A phrase or name some title of its papers uses (titledTerms); lone words are in titles too
  // often to tell anything ("algorithm", "control"): boosting them made the map worse (graphConfig).
  const titled =
    titleKeys === undefined
      ? new Set<number>()
      : titledTerms(
          candidates.filter((t) => !isLoneCommonWord(vocabulary[t])),
          (t) => vocabulary[t].key,
          papersOf,
          titleKeys,
        );
  for (const t of candidates) {
    if (titled.has(t)) relevance[t] *= GRAPH_CONFIG.titleBoost;
    relevance[t] *= Math.max(GRAPH_CONFIG.minCoherence, coherence.get(t) ?? 0) ** GRAPH_CONFIG.coherencePower;
    // Written on its own by one paper only, reached by the others inside their longer phrases.
    if (vocabulary[t].df < 2) relevance[t] *= GRAPH_CONFIG.headOnlyWeight;
    if (isLoneCommonWord(vocabulary[t])) relevance[t] *= GRAPH_CONFIG.singleWordWeight;
    // Keyphraseness: the share of the papers containing the term in which it is a key phrase. A
    // word many papers mention in passing ("algorithm", "control") has a low share, a topic the
    // papers are about a high one, whatever their numbers.
    const containing = papersOf.start[t + 1] - papersOf.start[t];
    if (containing > 0) relevance[t] *= (votes[t] / containing) ** GRAPH_CONFIG.keyphrasenessPower;
  }
  const byRelevance = (a: number, b: number): number =>
    relevance[b] - relevance[a] || compareKeys(vocabulary[a].key, vocabulary[b].key);

  const ranked = candidates.filter((t) => topical[t]).sort(byRelevance);
  const chosen = new Uint8Array(v);
  let chosenCount = 0;
  const choose = (t: number): void => {
    if (!chosen[t]) chosenCount++;
    chosen[t] = 1;
  };
  // The most relevant terms, without the ones the longer chosen phrases subsume (subsumedTerms):
  // each round drops those and tops the choice up from further down the ranking. A few rounds
  // settle it (a round costs the chosen terms' papers); the cap keeps the stage linear.
  let next = 0;
  for (let round = 0; round < GRAPH_CONFIG.subsumedRounds; round++) {
    while (chosenCount < maxKeywords && next < ranked.length) choose(ranked[next++]);
    const chosenNow: number[] = [];
    for (const t of ranked.slice(0, next)) if (chosen[t]) chosenNow.push(t);
    const subsumed = subsumedTerms(chosenNow, (t) => vocabulary[t].key, papersOf, n, GRAPH_CONFIG.subsumedShare);
    for (const t of subsumed) {
      chosen[t] = 0;
      chosenCount--;
      // Not offered by coverage either; a paper with nothing else may still take it (usable).
      topical[t] = 0;
    }
    if (subsumed.length === 0 || next >= ranked.length) break;
  }
  while (chosenCount < maxKeywords && next < ranked.length) choose(ranked[next++]);

  // Papers containing each eligible term (compressed rows by term): coverage and dropping both
  // update per-paper counts. Also, per term, the papers that offer it (see below).
  const offerDepth = 2 * topK;
  const offeredIn = rowsByTerm(v, n, eligStart, eligTerm, offerDepth);

  // Coverage: a paper with fewer than `need` chosen terms is short. Add terms greedily, each time
  // the one found in the most short papers (a set cover: far fewer additions than each paper's
  // own best term, which on a 10,000-paper test tripled the map's keywords). Only a paper's first
  // 2 × topK eligible terms are offered: a term deep in its list does not describe it.
  const need = new Int32Array(n);
  const count = new Int32Array(n);
  for (let d = 0; d < n; d++) {
    let topicalTerms = 0;
    for (let i = eligStart[d]; i < eligStart[d + 1]; i++) topicalTerms += usable[eligTerm[i]];
    need[d] = Math.min(GRAPH_CONFIG.minLinksPerPaper, topK, topicalTerms);
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
      if (chosen[t] || !topical[t]) continue;
      if (stale[t] === 0) queued.push(t);
      stale[t]++;
    }
  }
  // Before `b` in the queue: larger gain, then more relevant, then key order (a total order).
  // Measured and not kept: weighting the gain by the term's keyphraseness (halved for a lone
  // word) changed node precision 52.3 → 52.0 (dev), 49.6 → 50.2 (train): the short papers share
  // little else. Also a first greedy pass over phrases and names only, lone words after: node
  // precision 51.8 / 58.2 → 51.8 / 55.5 (any gain), 51.5 / 57.5 (gain >= 2). On Inspec the
  // coverage nodes are 73 (dev) / 127 (train) of 299, 23% / 34% of them gold against 61% / 76% of
  // the ranked ones: the 2-links rule, not the ranking, holds node precision down.
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
  // A short paper whose offered terms ran out takes any topical term it has.
  for (let d = 0; d < n; d++) {
    for (let i = eligStart[d]; short(d) && i < eligStart[d + 1]; i++) {
      const t = eligTerm[i];
      if (chosen[t] || !usable[t]) continue;
      choose(t);
      addPapers(t, 1);
    }
  }
  // A paper still short (it has fewer than minLinksPerPaper usable terms) takes its best remaining
  // eligible terms, shared with another paper but not shown to be topical: a map of papers each
  // linked at least twice clusters and lays out; a leaf or an island does not.
  for (let d = 0; d < n; d++) {
    need[d] = Math.min(GRAPH_CONFIG.minLinksPerPaper, topK, lengthOf(d));
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

  // A lone common word links only the papers that need it for their minimum of links: such a
  // word is rarely the paper's key phrase (29% of Inspec's shared single words are gold), and a
  // paper with phrase nodes is already placed by them.
  const lone = new Uint8Array(v);
  for (let t = 0; t < v; t++) if (isLoneCommonWord(vocabulary[t])) lone[t] = 1;
  const linkAll = (): ReturnType<typeof linkPapers> =>
    linkPapers(eligStart, eligTerm, chosen, topK, lone, GRAPH_CONFIG.minLinksPerPaper);
  let linked = linkAll();
  const minPapers = Math.min(GRAPH_CONFIG.minLinksPerPaper, minDf);
  const lonely = chosenTerms()
    .filter((t) => linked.papersOf[t] < minPapers)
    .sort(byRelevance)
    .reverse();
  let dropped = 0;
  for (const t of lonely) if (tryDrop(t)) dropped++;
  // A lone word node left with fewer than minPapers links that a paper still needs (so it was
  // not dropped) links like any term: a node stands for at least minDf papers.
  // Freeing one can take a paper's fill link from another, so repeat until none is left (each
  // round frees at least one word: at most as many rounds as lone nodes).
  if (dropped > 0) linked = linkAll();
  for (let freed = true; freed; ) {
    freed = false;
    for (const t of chosenTerms()) {
      if (lone[t] && linked.papersOf[t] < minPapers) {
        lone[t] = 0;
        freed = true;
      }
    }
    if (freed) linked = linkAll();
  }

  // Two nodes for one thing (redundantTerms: "Adam" and "Adam optimizer" linking the same papers):
  // one goes, where each of its papers keeps its links.
  const redundant = redundantTerms(chosenTerms(), (t) => vocabulary[t].key, linked.perPaper, eligStart, eligTerm);
  let droppedRedundant = 0;
  for (const t of redundant) if (tryDrop(t)) droppedRedundant++;
  if (droppedRedundant > 0) linked = linkAll();

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
    keywordCoherence: keywordTerms.map((t) => roundWeight(coherence.get(t) ?? 0)),
    links,
    cooccurrences: computeCooccurrences(links, keywordPapers),
    ...wordGraph,
  };
}

/**
 * Each paper's terms with their heads (withHeads) whose df >= minDf, in the paper's ranking, as
 * compressed rows. The rows with every term go when this returns.
 */
function eligibleRows(
  index: KeywordIndex,
  minDf: number,
): { eligStart: Int32Array; eligTerm: Int32Array; eligScore: Float64Array } {
  const n = index.docs.length;
  const rows = withHeads(index);
  const { df } = rows;
  // A lone common word in more than maxWordDfShare of the papers ("patients" in 62% of the
  // medical set) heads every topic and names none: it is no keyword node (GRAPH_CONFIG).
  const maxLoneDf = n < GRAPH_CONFIG.minPapersForTopicality ? Infinity : GRAPH_CONFIG.maxWordDfShare * n;
  const eligible = (t: number): boolean => df[t] >= minDf && !(df[t] > maxLoneDf && isLoneCommonWord(index.vocabulary[t]));
  const eligStart = new Int32Array(n + 1);
  let total = 0;
  for (let i = 0; i < rows.term.length; i++) if (eligible(rows.term[i])) total++;
  const eligTerm = new Int32Array(total);
  const eligScore = new Float64Array(total);
  let at = 0;
  for (let d = 0; d < n; d++) {
    for (let i = rows.start[d]; i < rows.start[d + 1]; i++) {
      const term = rows.term[i];
      if (!eligible(term)) continue;
      eligTerm[at] = term;
      eligScore[at] = rows.score[i];
      at++;
    }
    eligStart[d + 1] = at;
  }
  return { eligStart, eligTerm, eligScore };
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
