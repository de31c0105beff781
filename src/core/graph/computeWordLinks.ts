import { portableLog, resized } from '../util';
import type { KeywordIndex } from '../map';
import type { GraphWordLinks } from './buildGraph';
import { GRAPH_CONFIG } from './graphConfig';
import { MIN_WEIGHT, roundWeight } from './roundWeight';

/** Each paper's GRAPH_CONFIG.wordsPerPaper best words by TF-IDF, over the words of its candidate terms. */
export function computeWordLinks(index: KeywordIndex): { wordCount: number; wordLinks: GraphWordLinks } {
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
      termWords = resized(termWords, 2 * (termWordCount + ids.length));
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
          count = resized(count, 2 * w + 1024);
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
      df = resized(df, count.length);
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
  // At most wordsPerPaper a paper: filled, then cut to size.
  const most = Math.min(GRAPH_CONFIG.wordsPerPaper * n, 2 ** 31 - 1);
  let linkPaper = new Int32Array(Math.min(most, 1024));
  let linkWord = new Int32Array(linkPaper.length);
  let linkWeight = new Float64Array(linkPaper.length);
  let links = 0;
  const scored: { word: number; score: number }[] = [];
  for (let paper = 0; paper < n; paper++) {
    countWords(paper);
    scored.length = 0;
    for (const word of touched) {
      const c = count[word];
      count[word] = 0;
      if (df[word] < 2 || df[word] > GRAPH_CONFIG.maxWordDfShare * n) continue;
      if (Number.isNaN(idf[word])) idf[word] = portableLog(n / df[word]);
      if (logCount[c] === undefined) logCount[c] = portableLog(c);
      scored.push({ word, score: (1 + logCount[c]) * idf[word] });
    }
    scored.sort((a, b) => b.score - a.score || a.word - b.word);
    const top = Math.min(GRAPH_CONFIG.wordsPerPaper, scored.length);
    if (links + top > linkPaper.length) {
      const size = Math.min(most, Math.max(2 * linkPaper.length, links + top));
      linkPaper = resized(linkPaper, size);
      linkWord = resized(linkWord, size);
      linkWeight = resized(linkWeight, size);
    }
    for (let r = 0; r < top; r++) {
      const { word, score } = scored[r];
      if (used[word] === -1) used[word] = usedCount++;
      linkPaper[links] = paper;
      linkWord[links] = used[word];
      linkWeight[links] = Math.max(roundWeight(score / scored[0].score), MIN_WEIGHT);
      links++;
    }
  }
  return {
    wordCount: usedCount,
    wordLinks: { paper: linkPaper.slice(0, links), word: linkWord.slice(0, links), weight: linkWeight.slice(0, links) },
  };
}
