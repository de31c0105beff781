import { compareKeys } from '../util';
import type { KeywordIndex, ScoredTerm } from '../map';
import { GRAPH_CONFIG } from './graphConfig';

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
export function withHeads(index: KeywordIndex): { rows: ScoredTerm[][]; df: Int32Array } {
  const { vocabulary, docs } = index;
  const v = vocabulary.length;
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
  const rows = docs.map((doc, d) => {
    const row: ScoredTerm[] = [];
    const add = (term: number, score: number): void => {
      if (seenIn[term] === d) {
        if (score > row[slot[term]].score) row[slot[term]].score = score;
        return;
      }
      seenIn[term] = d;
      slot[term] = row.length;
      df[term]++;
      row.push({ term, score });
    };
    for (const { term, score } of doc) if (term >= 0 && term < v) add(term, score);
    const own = row.length;
    for (let i = 0; i < own; i++) for (const head of heads(row[i].term)) add(head, row[i].score * GRAPH_CONFIG.headWeight);
    for (let i = 0; i < own; i++) {
      const head = loneHeads.get(row[i].term);
      if (head !== undefined) add(head, row[i].score * GRAPH_CONFIG.loneHeadWeight);
    }
    if (row.length > own) row.sort((a, b) => b.score - a.score || compareKeys(vocabulary[a.term].key, vocabulary[b.term].key));
    return row;
  });
  return { rows, df };
}
