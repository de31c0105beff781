import type { MapGraph } from './buildGraph';

/** Two papers among each other's most similar; `a < b`. */
export interface PaperNeighbours {
  a: number;
  b: number;
  /** Cosine similarity of their word vectors, (0, 1]. */
  similarity: number;
}

/**
 * A word shared by very many papers adds to every pair of them: cost grows with the square of
 * its paper count. Each word therefore counts only for the papers where it weighs most, which
 * keeps the whole computation linear in corpus size (10,000 papers: about 10,000 × 30 × 200
 * additions) and loses little: such a word is weak evidence for any single pair.
 */
const MAX_PAPERS_PER_WORD = 200;

/**
 * Each paper's `k` most similar papers by cosine similarity of their word vectors
 * (MapGraph.wordLinks), as undirected pairs: the paper–paper graph clustering runs on. A pair
 * found from both ends appears once. Papers without words have no neighbours. Deterministic:
 * ties go to the lower paper index; output sorted by a, then b.
 */
export function nearestPapers(graph: MapGraph, k: number): PaperNeighbours[] {
  const n = graph.paperCount;
  if (k <= 0) return [];
  const links = graph.wordLinks;
  // Papers' word lists (wordLinks are sorted by paper), L2-normalised for cosine.
  const start = new Int32Array(n + 1);
  for (const link of links) start[link.paper + 1]++;
  for (let p = 0; p < n; p++) start[p + 1] += start[p];
  const word = new Int32Array(links.length);
  const value = new Float64Array(links.length);
  links.forEach((link, i) => {
    word[i] = link.word;
    value[i] = link.weight;
  });
  for (let p = 0; p < n; p++) {
    let norm = 0;
    for (let i = start[p]; i < start[p + 1]; i++) norm += value[i] * value[i];
    norm = Math.sqrt(norm) || 1;
    for (let i = start[p]; i < start[p + 1]; i++) value[i] /= norm;
  }

  // Postings: per word, the papers where it weighs most (at most MAX_PAPERS_PER_WORD).
  const postings: { paper: number; value: number }[][] = Array.from({ length: graph.wordCount }, () => []);
  for (let p = 0; p < n; p++) {
    for (let i = start[p]; i < start[p + 1]; i++) postings[word[i]].push({ paper: p, value: value[i] });
  }
  for (let w = 0; w < postings.length; w++) {
    if (postings[w].length > MAX_PAPERS_PER_WORD) {
      postings[w] = postings[w].sort((x, y) => y.value - x.value || x.paper - y.paper).slice(0, MAX_PAPERS_PER_WORD);
    }
  }
  // The query side must agree with the postings: a word a paper lost counts for none of its pairs.
  const kept = new Set<number>();
  postings.forEach((list, w) => {
    for (const { paper } of list) kept.add(paper * graph.wordCount + w);
  });

  const similarity = new Float64Array(n);
  const touched: number[] = [];
  const top: number[] = [];
  const best = new Map<number, number>();
  for (let p = 0; p < n; p++) {
    for (let i = start[p]; i < start[p + 1]; i++) {
      if (!kept.has(p * graph.wordCount + word[i])) continue;
      for (const { paper, value: v } of postings[word[i]]) {
        if (paper === p) continue;
        if (similarity[paper] === 0) touched.push(paper);
        similarity[paper] += value[i] * v;
      }
    }
    // Top k by insertion into a short sorted list: sorting all touched papers costs far more.
    top.length = 0;
    for (const q of touched) {
      const sq = similarity[q];
      if (top.length === k) {
        const last = top[k - 1];
        if (sq < similarity[last] || (sq === similarity[last] && q > last)) continue;
        top.pop();
      }
      let at = top.length;
      while (at > 0 && (similarity[top[at - 1]] < sq || (similarity[top[at - 1]] === sq && top[at - 1] > q))) at--;
      top.splice(at, 0, q);
    }
    for (const q of top) {
      const key = Math.min(p, q) * n + Math.max(p, q);
      best.set(key, Math.max(best.get(key) ?? 0, similarity[q]));
    }
    for (const q of touched) similarity[q] = 0;
    touched.length = 0;
  }

  return [...best.entries()]
    .sort((x, y) => x[0] - y[0])
    .map(([key, s]) => ({ a: Math.floor(key / n), b: key % n, similarity: Math.min(1, s) }));
}
