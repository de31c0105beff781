import PorterStemmer from 'natural/lib/natural/stemmers/porter_stemmer.js';
import type { KeywordIndex, ScoredTerm, VocabularyTerm } from './types';
import { extractCandidates } from './extractCandidates';
import { portableLog, portablePow } from './portableMath';
import { STOPWORDS } from './stopwords';
import { tagTokens } from './tagTokens';
import { tokenize } from './tokenize';

/** How candidate occurrences turn into a score; see computeKeywords. */
export interface KeywordWeights {
  /** Multiplier for a term that occurs in the title. */
  titleBoost: number;
  /** Weight of the first occurrence's position: score × (1 + position / (1 + firstIndex)). */
  position: number;
  /** Exponent of the phrase length n: the sum of word IDFs is multiplied by n^lengthExponent. */
  lengthExponent: number;
}

export const DEFAULT_KEYWORD_WEIGHTS: KeywordWeights = {
  titleBoost: 1.5,
  position: 1,
  lengthExponent: 0.5,
};

export interface ComputeKeywordsOptions {
  /** Called every few documents while candidates are extracted, and once at the end. */
  onProgress?: (done: number, total: number) => void;
  weights?: Partial<KeywordWeights>;
}

const PROGRESS_EVERY = 50;
const SENTENCE_END = new Set(['.', '!', '?']);
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const UPPER = /\p{Lu}/u;
const LOWER = /\p{Ll}/u;

interface Occurrence {
  term: number;
  /** Index of the first occurrence among the document's candidate occurrences. */
  first: number;
  count: number;
  inTitle: boolean;
}

/** A word capitalised only on its first letter, or hyphen-joined such words ("Memory-Regret"). */
function isCapitalised(token: string): boolean {
  return token.split('-').every((part) => part === '' || !UPPER.test(part.slice(1))) && UPPER.test(token[0]);
}

/** Acronyms and mixed case ("LoRA", "KV", "HiPPO-LegS", "RWKV-7"): always shown as written. */
function isMixedCase(token: string): boolean {
  return token.split('-').some((part) => UPPER.test(part.slice(1)));
}

/**
 * The form a phrase is shown in. Acronyms and mixed case stay as written ("LoRA", "KV cache"); a
 * capitalised word is lowercased when it opens a sentence or sits in a title (where capitals say
 * nothing), and so are the capitalised words that follow it in the phrase ("Stochastic Gradient
 * Descent" opening a sentence); inside a sentence capitals are kept ("Kalman filter", "Muon").
 */
function displayPhrase(tokens: string[], start: number, end: number, isTitle: boolean): string {
  const shown: string[] = [];
  let lowering = isTitle || start === 0 || SENTENCE_END.has(tokens[start - 1]);
  for (let i = start; i < end; i++) {
    const token = tokens[i];
    if (isMixedCase(token)) {
      shown.push(token);
    } else if (isCapitalised(token)) {
      shown.push(lowering ? token.toLowerCase() : token);
    } else {
      shown.push(token);
      if (!isTitle) lowering = false;
    }
  }
  return shown.join(' ');
}

/**
 * Key-phrase candidates of every document scored by TF-IDF, and the corpus vocabulary.
 *
 * A candidate is a noun phrase found by part-of-speech tags (extractCandidates); variants that
 * stem alike share one vocabulary entry, shown in its most frequent surface form. A document's
 * score for a phrase is its frequency in the document (title + abstract) times the sum of its
 * words' IDF, log((N + 1) / df(word)), with word document frequencies from this corpus —
 * summing word IDFs instead of taking the phrase's own IDF lets a rare phrase made of telling
 * words rank, and was worth 2 points of F1 on Inspec; the + 1 keeps a corpus of one paper from
 * scoring all zero. Then weights (DEFAULT_KEYWORD_WEIGHTS, tuned on Inspec): × 1.5 if the phrase is in the
 * title, × (1 + 1 / (1 + i)) for a phrase first met as the document's i-th candidate, × √(words)
 * — each worth 0.5–1 point of F1@10. Pure and deterministic: the same documents give the same
 * index.
 */
export function computeKeywords(
  docs: { title: string; abstract: string }[],
  options: ComputeKeywordsOptions = {},
): KeywordIndex {
  const weights: KeywordWeights = { ...DEFAULT_KEYWORD_WEIGHTS, ...options.weights };
  const total = docs.length;
  // Token → stem, or '' for punctuation and stopwords. A corpus repeats its words, and stemming
  // costs ~5 µs a word uncached.
  const stemCache = new Map<string, string>();
  const stemOf = (token: string): string => {
    let s = stemCache.get(token);
    if (s === undefined) {
      const lower = token.toLowerCase();
      if (!LETTER_OR_DIGIT.test(token) || STOPWORDS.has(lower)) s = '';
      else if (lower.includes('-')) s = lower.split('-').map((part) => PorterStemmer.stem(part)).join('-');
      else s = PorterStemmer.stem(lower);
      stemCache.set(token, s);
    }
    return s;
  };

  const termIds = new Map<string, number>();
  const termWords: string[][] = [];
  const surfaces: Map<string, number>[] = [];
  const termDf: number[] = [];
  const wordDf = new Map<string, number>();
  const perDoc: Occurrence[][] = [];

  for (let d = 0; d < total; d++) {
    const occurrences = new Map<number, Occurrence>();
    const docWords = new Set<string>();
    let index = 0;
    const addText = (text: string, isTitle: boolean): void => {
      const tokens = tokenize(text);
      if (tokens.length === 0) return;
      const tags = tagTokens(tokens);
      // An all-capitals title says nothing about which words are acronyms.
      const shouting = isTitle && !LOWER.test(text);
      for (const token of tokens) {
        const stem = stemOf(token);
        if (stem !== '') docWords.add(stem);
      }
      for (const { start, end } of extractCandidates(tokens, tags)) {
        const words: string[] = [];
        // Candidates hold no stopword or punctuation, so every stem is a word.
        for (let i = start; i < end; i++) words.push(stemOf(tokens[i]));
        const key = words.join(' ');
        const surface = shouting
          ? tokens.slice(start, end).join(' ').toLowerCase()
          : displayPhrase(tokens, start, end, isTitle);
        let id = termIds.get(key);
        if (id === undefined) {
          id = termWords.length;
          termIds.set(key, id);
          termWords.push(words);
          surfaces.push(new Map());
          termDf.push(0);
        }
        const forms = surfaces[id];
        forms.set(surface, (forms.get(surface) ?? 0) + 1);
        const seen = occurrences.get(id);
        if (seen) {
          seen.count++;
          if (isTitle) seen.inTitle = true;
        } else {
          occurrences.set(id, { term: id, first: index, count: 1, inTitle: isTitle });
        }
        index++;
      }
    };
    addText(docs[d].title, true);
    addText(docs[d].abstract, false);
    for (const w of docWords) wordDf.set(w, (wordDf.get(w) ?? 0) + 1);
    const list = [...occurrences.values()];
    for (const o of list) termDf[o.term]++;
    perDoc.push(list);
    if (options.onProgress && ((d + 1) % PROGRESS_EVERY === 0 || d + 1 === total)) {
      options.onProgress(d + 1, total);
    }
  }

  const vocabulary: VocabularyTerm[] = termWords.map((words, id) => {
    let best = '';
    let bestCount = 0;
    // Map iteration follows insertion order, so on a tie the first-seen form wins.
    for (const [form, count] of surfaces[id]) {
      if (count > bestCount) {
        best = form;
        bestCount = count;
      }
    }
    return { key: words.join(' '), term: best, df: termDf[id] };
  });

  const idfCache = new Map<string, number>();
  const idf = (word: string): number => {
    let value = idfCache.get(word);
    if (value === undefined) {
      // A candidate word is always counted in its own document, so df >= 1 and IDF > 0.
      value = portableLog((total + 1) / (wordDf.get(word) ?? 1));
      idfCache.set(word, value);
    }
    return value;
  };
  const termWeight = termWords.map((words) => {
    let sum = 0;
    for (const w of words) sum += idf(w);
    return sum * portablePow(words.length, weights.lengthExponent);
  });

  const scored: ScoredTerm[][] = perDoc.map((list) => {
    const terms = list.map((o) => {
      let score = o.count * termWeight[o.term];
      if (o.inTitle) score *= weights.titleBoost;
      if (weights.position > 0) score *= 1 + weights.position / (1 + o.first);
      return { term: o.term, score };
    });
    terms.sort((a, b) => b.score - a.score || compareKeys(vocabulary[a.term].key, vocabulary[b.term].key));
    return terms;
  });

  return { vocabulary, docs: scored };
}

function compareKeys(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
