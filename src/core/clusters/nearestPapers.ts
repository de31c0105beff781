import type { MapGraph } from '../graph';

/**
 * Pairs of papers among each other's most similar, as columns: pair i is a[i] < b[i] with the
 * cosine similarity of their word vectors, (0, 1]. Typed columns, not an object per pair: a
 * million papers have some 15 million pairs.
 */
export interface PaperNeighbours {
  count: number;
  a: Int32Array;
  b: Int32Array;
  similarity: Float64Array;
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
export function nearestPapers(graph: MapGraph, k: number): PaperNeighbours {
  const n = graph.paperCount;
  if (k <= 0) return { count: 0, a: new Int32Array(0), b: new Int32Array(0), similarity: new Float64Array(0) };
  const links = graph.wordLinks;
  // Papers' word lists (wordLinks are sorted by paper), L2-normalised for cosine.
  const start = new Int32Array(n + 1);
  for (const paper of links.paper) start[paper + 1]++;
  for (let p = 0; p < n; p++) start[p + 1] += start[p];
  const word = links.word;
  // Normalised below: a copy, the graph's weights stay as they are.
  const value = Float64Array.from(links.weight);
  for (let p = 0; p < n; p++) {
    let norm = 0;
    for (let i = start[p]; i < start[p + 1]; i++) norm += value[i] * value[i];
    norm = Math.sqrt(norm) || 1;
    for (let i = start[p]; i < start[p + 1]; i++) value[i] /= norm;
  }

  // Postings (compressed rows of link indices): per word, the papers where it weighs most, at
  // most MAX_PAPERS_PER_WORD; a word a paper lost counts for none of that paper's pairs.
  const words = graph.wordCount;
  const byWord: number[][] = Array.from({ length: words }, () => []);
  for (let i = 0; i < word.length; i++) byWord[word[i]].push(i);
  const kept = new Uint8Array(word.length);
  const postStart = new Int32Array(words + 1);
  for (let w = 0; w < words; w++) {
    let list = byWord[w];
    if (list.length > MAX_PAPERS_PER_WORD) {
      list = strongest(list, value, MAX_PAPERS_PER_WORD);
      byWord[w] = list;
    }
    for (const i of list) kept[i] = 1;
    postStart[w + 1] = postStart[w] + list.length;
  }
  const postPaper = new Int32Array(postStart[words]);
  const postValue = new Float64Array(postStart[words]);
  for (let w = 0; w < words; w++) {
    let at = postStart[w];
    for (const i of byWord[w]) {
      postPaper[at] = links.paper[i];
      postValue[at] = value[i];
      at++;
    }
  }

  const similarity = new Float64Array(n);
  const touched = new Int32Array(n);
  // The best k so far of the current paper, best first.
  const topPaper = new Int32Array(k);
  const topSimilarity = new Float64Array(k);
  // Every paper's top k as (lower, higher, similarity), grouped by the lower paper below.
  const pairLow = new Int32Array(n * k);
  const pairHigh = new Int32Array(n * k);
  const pairSimilarity = new Float64Array(n * k);
  let pairs = 0;
  for (let p = 0; p < n; p++) {
    let count = 0;
    for (let i = start[p]; i < start[p + 1]; i++) {
      if (!kept[i]) continue;
      const x = value[i];
      for (let at = postStart[word[i]], end = postStart[word[i] + 1]; at < end; at++) {
        const q = postPaper[at];
        if (q === p) continue;
        // Without a branch: whether a paper is new is a coin toss the processor cannot predict.
        const sum = similarity[q];
        touched[count] = q;
        count += sum === 0 ? 1 : 0;
        similarity[q] = sum + x * postValue[at];
      }
    }
    // Top k by insertion into a short sorted list: sorting all touched papers costs far more.
    // The same pass clears the sums for the next paper (a second pass over them cost as much).
    let size = 0;
    for (let t = 0; t < count; t++) {
      const q = touched[t];
      const sq = similarity[q];
      similarity[q] = 0;
      if (size === k) {
        const last = topPaper[k - 1];
        if (sq < topSimilarity[k - 1] || (sq === topSimilarity[k - 1] && q > last)) continue;
        size--;
      }
      let at = size;
      while (at > 0 && (topSimilarity[at - 1] < sq || (topSimilarity[at - 1] === sq && topPaper[at - 1] > q))) {
        topPaper[at] = topPaper[at - 1];
        topSimilarity[at] = topSimilarity[at - 1];
        at--;
      }
      topPaper[at] = q;
      topSimilarity[at] = sq;
      size++;
    }
    for (let r = 0; r < size; r++) {
      const q = topPaper[r];
      pairLow[pairs] = Math.min(p, q);
      pairHigh[pairs] = Math.max(p, q);
      pairSimilarity[pairs] = topSimilarity[r];
      pairs++;
    }
  }

  // Sorted by a, then b; a pair found from both ends once, with the larger similarity (the two
  // sums may differ in the last bit).
  const byLow = new Int32Array(n + 1);
  for (let e = 0; e < pairs; e++) byLow[pairLow[e] + 1]++;
  for (let a = 0; a < n; a++) byLow[a + 1] += byLow[a];
  const fill = byLow.slice(0, n);
  const order = new Int32Array(pairs);
  for (let e = 0; e < pairs; e++) order[fill[pairLow[e]]++] = e;
  // At most `pairs` (a pair found from both ends is kept once).
  const outA = new Int32Array(pairs);
  const outB = new Int32Array(pairs);
  const outSimilarity = new Float64Array(pairs);
  let count = 0;
  const row: number[] = [];
  for (let a = 0; a < n; a++) {
    row.length = 0;
    for (let r = byLow[a]; r < byLow[a + 1]; r++) row.push(order[r]);
    row.sort((x, y) => pairHigh[x] - pairHigh[y] || pairSimilarity[y] - pairSimilarity[x]);
    for (let r = 0; r < row.length; r++) {
      const e = row[r];
      if (r > 0 && pairHigh[row[r - 1]] === pairHigh[e]) continue;
      outA[count] = a;
      outB[count] = pairHigh[e];
      outSimilarity[count] = Math.min(1, pairSimilarity[e]);
      count++;
    }
  }
  return { count, a: outA.subarray(0, count), b: outB.subarray(0, count), similarity: outSimilarity.subarray(0, count) };
}

/**
 * The `k` links of `list` (ascending link indices) with the largest `value`, ties to the lower
 * index: the first k of the list sorted by value descending, then index, but kept in index order
 * (a word's postings are summed per paper, so their order changes no bit). By a threshold from a
 * numeric sort of the values: a comparator sort of every frequent word's list cost more.
 */
export function strongest(list: number[], value: Float64Array, k: number): number[] {
  const sorted = Float64Array.from(list, (i) => value[i]).sort();
  const threshold = sorted[sorted.length - k];
  let above = 0;
  for (const i of list) if (value[i] > threshold) above++;
  let equal = k - above;
  const out: number[] = [];
  for (const i of list) {
    if (value[i] > threshold) out.push(i);
    else if (value[i] === threshold && equal > 0) {
      out.push(i);
      equal--;
    }
  }
  return out;
}
