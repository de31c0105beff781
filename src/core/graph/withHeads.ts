import { compareKeys, resized } from '../util';
import type { KeywordIndex } from '../map';
import { GRAPH_CONFIG } from './graphConfig';

/**
 * Each paper's terms and their heads as compressed rows: paper d's are term[start[d] ..
 * start[d + 1]), with their scores in `score`. Flat typed arrays, not a list of objects per paper:
 * at a million papers there are some 40 million entries, and the keyword index's own lists are
 * still alive beside them (objects were 3 GB more at the graph stage's peak).
 */
export interface HeadRows {
  start: Int32Array;
  term: Int32Array;
  score: Float64Array;
  /** Per vocabulary term: the papers that contain it, alone or as a head. */
  df: Int32Array;
}

/**
 * Each paper's terms with their heads: a phrase's trailing words that are a term of their own
 * ("neural networks" in "memory-consistent neural networks", "video segmentation" in "long video
 * segmentation"), scored GRAPH_CONFIG.headWeight × the phrase's score, so they rank after the
 * paper's own phrases. A paper whose phrases are all its own (df 1: common in a small corpus)
 * still links to the field's topics that its phrases name more narrowly. A term met both ways
 * keeps its best score. The last word alone is added too, at GRAPH_CONFIG.loneHeadWeight, for
 * papers that share no phrase. `df` counts the papers that contain each term, alone or as a head. Rows
 * best first (ties: key ascending), each term once.
 */
export function withHeads(index: KeywordIndex): HeadRows {
  const { vocabulary, docs } = index;
  const v = vocabulary.length;
  const n = docs.length;
  const idOfKey = new Map<string, number>();
  vocabulary.forEach((term, t) => idOfKey.set(term.key, t));
  const headsOf = new Map<number, number[]>();
  const loneHeads = new Map<number, number>();
  const heads = (t: number): number[] => {
    let found = headsOf.get(t);
    if (found === undefined) {
      found = [];
      const words = vocabulary[t].key.split(' ');
      // Heads of two words or more: a lone head word ("law", "networks") names a category, not a topic.
      for (let from = 1; from + 1 < words.length; from++) {
        const head = idOfKey.get(words.slice(from).join(' '));
        if (head !== undefined) found.push(head);
      }
      // Last, the head word alone ("tomography" in "thermoacoustic tomography"), scored far lower
      // (GRAPH_CONFIG.loneHeadWeight): a paper whose phrases are all its own can still join the
      // papers on the same kind of thing.
      if (words.length >= 2) {
        const head = idOfKey.get(words[words.length - 1]);
        if (head !== undefined) loneHeads.set(t, head);
      }
      // Measured and not kept: also every inner phrase of two words or more ("neural network" in
      // "neural network controller"): node precision 52.3 → 53.0 (dev) but 49.6 → 49.6 (train),
      // vocabulary precision 55.1 → 53.5 (train).
      headsOf.set(t, found);
    }
    return found;
  };
  const df = new Int32Array(v);
  const seenIn = new Int32Array(v).fill(-1);
  const slot = new Int32Array(v);
  const start = new Int32Array(n + 1);
  let own = 0;
  for (const doc of docs) own += doc.length;
  // Grown as needed; heads add about a third to the papers' own terms.
  let term = new Int32Array(Math.max(16, Math.ceil(own * 1.5)));
  let score = new Float64Array(term.length);
  let at = 0;
  // The row being made, then sorted through `order` when heads were added.
  const rowTerm: number[] = [];
  const rowScore: number[] = [];
  const order: number[] = [];
  const byRank = (a: number, b: number): number =>
    rowScore[b] - rowScore[a] || compareKeys(vocabulary[rowTerm[a]].key, vocabulary[rowTerm[b]].key);
  for (let d = 0; d < n; d++) {
    rowTerm.length = 0;
    rowScore.length = 0;
    const add = (t: number, s: number): void => {
      if (seenIn[t] === d) {
        if (s > rowScore[slot[t]]) rowScore[slot[t]] = s;
        return;
      }
      seenIn[t] = d;
      slot[t] = rowTerm.length;
      df[t]++;
      rowTerm.push(t);
      rowScore.push(s);
    };
    for (const { term: t, score: s } of docs[d]) if (t >= 0 && t < v) add(t, s);
    const owned = rowTerm.length;
    for (let i = 0; i < owned; i++) for (const head of heads(rowTerm[i])) add(head, rowScore[i] * GRAPH_CONFIG.headWeight);
    for (let i = 0; i < owned; i++) {
      const head = loneHeads.get(rowTerm[i]);
      if (head !== undefined) add(head, rowScore[i] * GRAPH_CONFIG.loneHeadWeight);
    }
    const length = rowTerm.length;
    if (at + length > term.length) {
      const size = Math.max(2 * term.length, at + length);
      term = resized(term, size);
      score = resized(score, size);
    }
    if (length > owned) {
      order.length = 0;
      for (let i = 0; i < length; i++) order.push(i);
      order.sort(byRank);
      for (const i of order) {
        term[at] = rowTerm[i];
        score[at] = rowScore[i];
        at++;
      }
    } else {
      for (let i = 0; i < length; i++) {
        term[at] = rowTerm[i];
        score[at] = rowScore[i];
        at++;
      }
    }
    start[d + 1] = at;
  }
  return { start, term: term.subarray(0, at), score: score.subarray(0, at), df };
}
