import type { KeywordIndex, ScoredTerm, VocabularyTerm } from '../map';
import { authorKeywordTexts } from './authorKeywordEvidence';
import { extractCandidates, isCandidateWord } from './extractCandidates';
import { DEFAULT_KEYWORD_WEIGHTS, type KeywordWeights } from './keywordConfig';
import { compareKeys, portableLog, portablePow } from '../util';
import { STOPWORDS } from './stopwords';
import { tagTokens, tokenTagEntry, type TokenEntry } from './tagTokens';
import { stemWord } from './termKey';
import { tokenize } from './tokenize';

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

/** A word capitalised only on its first letter, or hyphen-joined such words ("Memory-Regret"). */
function isCapitalised(token: string): boolean {
  return token.split('-').every((part) => part === '' || !UPPER.test(part.slice(1))) && UPPER.test(token[0]);
}

/** Acronyms and mixed case ("LoRA", "KV", "HiPPO-LegS", "RWKV-7"): always shown as written. */
function isMixedCase(token: string): boolean {
  return token.split('-').some((part) => UPPER.test(part.slice(1)));
}

/**
 * Everything the keyword stage needs to know about one token string, worked out once per corpus:
 * a corpus of 10,000 abstracts has 2.5 million tokens but about 100,000 distinct ones, and one
 * look-up per token instead of one per question halved the stage.
 */
interface TokenInfo extends TokenEntry {
  /** Id of its stem (see `stems`), or -1 for punctuation and stopwords. */
  stem: number;
  /** Whether it can be part of a candidate (extractCandidates). */
  word: boolean;
  /** How displayPhrase treats it. */
  mixed: boolean;
  capitalised: boolean;
  sentenceEnd: boolean;
  /** Ids (see `forms`) of the token as written and lowercased. */
  form: number;
  lowerForm: number;
}

/** A node of a trie of terms keyed by their stems' ids. */
interface TrieNode {
  /** The id of the term ending here; -1 if none. */
  value: number;
  next: Map<number, TrieNode> | undefined;
}

const newNode = (): TrieNode => ({ value: -1, next: undefined });

function child(node: TrieNode, key: number): TrieNode {
  if (node.next === undefined) node.next = new Map();
  let next = node.next.get(key);
  if (next === undefined) {
    next = newNode();
    node.next.set(key, next);
  }
  return next;
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
 * scoring all zero. Then weights (keywordConfig's DEFAULT_KEYWORD_WEIGHTS, tuned on Inspec): × 1.5 if the phrase is in the
 * title, × (1 + 1 / (1 + i)) for a phrase first met as the document's i-th candidate, × √(words)
 * — each worth 0.5–1 point of F1@10. Pure and deterministic: the same documents give the same
 * index.
 *
 * The display form of a phrase: acronyms and mixed case stay as written ("LoRA", "KV cache"); a
 * capitalised word is lowercased when it opens a sentence or sits in a title (where capitals say
 * nothing), and so are the capitalised words that follow it in the phrase ("Stochastic Gradient
 * Descent" opening a sentence); inside a sentence capitals are kept ("Kalman filter", "Muon").
 * An all-capitals title is lowercased whole.
 *
 * Memory holds per-term and per-word counts and each document's candidate occurrences, never a
 * document's tokens, so 100,000 abstracts fit.
 */
export function computeKeywords(
  docs: { title: string; abstract: string; authorKeywords?: readonly string[] }[],
  options: ComputeKeywordsOptions = {},
): KeywordIndex {
  const weights: KeywordWeights = { ...DEFAULT_KEYWORD_WEIGHTS, ...options.weights };
  const total = docs.length;

  // Stems and shown word forms by id; per stem, the documents containing it.
  const stemIds = new Map<string, number>();
  const stems: string[] = [];
  const wordDf: number[] = [];
  const wordLastDoc: number[] = [];
  const formIds = new Map<string, number>();
  const forms: string[] = [];
  const formOf = (text: string): number => {
    let id = formIds.get(text);
    if (id === undefined) {
      id = forms.length;
      formIds.set(text, id);
      forms.push(text);
    }
    return id;
  };

  // Token → its TokenInfo. Stemming costs ~5 µs a word uncached, and a corpus repeats its words.
  const tokenInfo = new Map<string, TokenInfo>();
  const infoOf = (token: string): TokenInfo => {
    let info = tokenInfo.get(token);
    if (info === undefined) {
      const lower = token.toLowerCase();
      let stem = -1;
      if (LETTER_OR_DIGIT.test(token) && !STOPWORDS.has(lower)) {
        const text = stemWord(lower);
        let id = stemIds.get(text);
        if (id === undefined) {
          id = stems.length;
          stemIds.set(text, id);
          stems.push(text);
          wordDf.push(0);
          wordLastDoc.push(-1);
        }
        stem = id;
      }
      const tag = tokenTagEntry(token);
      // Fields listed one by one: a spread would make these hot objects slow dictionaries.
      info = {
        known: tag.known,
        first: tag.first,
        plain: tag.plain,
        ruled: tag.ruled,
        plainFixed: tag.plainFixed,
        fixed: tag.fixed,
        wordContext: tag.wordContext,
        lower: tag.lower,
        stem,
        word: isCandidateWord(token),
        mixed: isMixedCase(token),
        capitalised: isCapitalised(token),
        sentenceEnd: SENTENCE_END.has(token),
        form: formOf(token),
        lowerForm: formOf(lower),
      };
      tokenInfo.set(token, info);
    }
    return info;
  };

  // Terms: found by their stem ids in a trie whose first level is an array by stem id. Each has
  // its surface forms in order of first meeting, each as [count, form id, form id, ...]: a term
  // has few, and a short scan beats a look-up.
  const termRoots: (TrieNode | undefined)[] = [];
  const termKeys: string[] = [];
  const termStems: number[][] = [];
  const termForms: number[][][] = [];
  const termDf: number[] = [];

  // Each document's candidate occurrences, flat: document d's are [docStart[d], docStart[d + 1]).
  const docStart: number[] = [0];
  const occTerm: number[] = [];
  const occFirst: number[] = [];
  const occCount: number[] = [];
  const occTitle: boolean[] = [];
  // Where a term's occurrence of the current document is, when termDoc[term] is that document.
  const termDoc: number[] = [];
  const termSlot: number[] = [];

  // Scratch arrays reused by every text (only their first tokens.length entries count).
  const shownForm: number[] = [];
  const infos: TokenInfo[] = [];
  const words: boolean[] = [];
  for (let d = 0; d < total; d++) {
    let index = 0;
    const addText = (text: string, isTitle: boolean): void => {
      const tokens = tokenize(text);
      if (tokens.length === 0) return;
      for (let i = 0; i < tokens.length; i++) {
        const info = infoOf(tokens[i]);
        infos[i] = info;
        words[i] = info.word;
        if (info.stem >= 0 && wordLastDoc[info.stem] !== d) {
          wordLastDoc[info.stem] = d;
          wordDf[info.stem]++;
        }
      }
      const tags = tagTokens(tokens, infos);
      // An all-capitals title says nothing about which words are acronyms.
      const shouting = isTitle && !LOWER.test(text);
      for (const { start, end } of extractCandidates(tokens, tags, words)) {
        // Candidates hold no stopword or punctuation, so every token has a stem.
        let node = termRoots[infos[start].stem];
        if (node === undefined) termRoots[infos[start].stem] = node = newNode();
        for (let i = start + 1; i < end; i++) node = child(node, infos[i].stem);
        let id = node.value;
        if (id === -1) {
          id = termKeys.length;
          node.value = id;
          const termStemIds: number[] = [];
          for (let i = start; i < end; i++) termStemIds.push(infos[i].stem);
          termStems.push(termStemIds);
          termKeys.push(termStemIds.map((w) => stems[w]).join(' '));
          termForms.push([]);
          termDf.push(0);
          termDoc.push(-1);
          termSlot.push(0);
        }
        if (shouting) {
          for (let i = start; i < end; i++) shownForm[i - start] = infos[i].lowerForm;
        } else {
          showPhrase(infos, start, end, isTitle, shownForm);
        }
        const length = end - start;
        const known = termForms[id];
        let form: number[] | undefined;
        for (const f of known) {
          let same = true;
          for (let w = 0; w < length && same; w++) same = f[w + 1] === shownForm[w];
          if (same) {
            form = f;
            break;
          }
        }
        if (form === undefined) {
          form = [0, ...shownForm.slice(0, length)];
          known.push(form);
        }
        form[0]++;
        if (termDoc[id] === d) {
          const slot = termSlot[id];
          occCount[slot]++;
          if (isTitle) occTitle[slot] = true;
        } else {
          termDoc[id] = d;
          termSlot[id] = occTerm.length;
          occTerm.push(id);
          occFirst.push(index);
          occCount.push(1);
          occTitle.push(isTitle);
        }
        index++;
      }
    };
    addText(docs[d].title, true);
    addText(docs[d].abstract, false);
    // Author keywords as evidence (authorKeywordEvidence.ts), when weighted: off by default.
    for (let r = 0; r < weights.authorKeywords; r++) for (const text of authorKeywordTexts(docs[d])) addText(text, true);
    for (let o = docStart[d]; o < occTerm.length; o++) termDf[occTerm[o]]++;
    docStart.push(occTerm.length);
    if (options.onProgress && ((d + 1) % PROGRESS_EVERY === 0 || d + 1 === total)) {
      options.onProgress(d + 1, total);
    }
  }

  const vocabulary: VocabularyTerm[] = termKeys.map((key, id) => {
    // The most frequent form; on a tie the first met.
    let best = termForms[id][0];
    for (const form of termForms[id]) if (form[0] > best[0]) best = form;
    return {
      key,
      term: best
        .slice(1)
        .map((f) => forms[f])
        .join(' '),
      df: termDf[id],
    };
  });

  const idf = stems.map((_, w) =>
    // A candidate word is always counted in its own document, so df >= 1 and IDF > 0.
    portableLog((total + 1) / (wordDf[w] || 1)),
  );
  const termWeight = termStems.map((words) => {
    let sum = 0;
    for (const w of words) sum += idf[w];
    return sum * portablePow(words.length, weights.lengthExponent);
  });

  const scored: ScoredTerm[][] = [];
  for (let d = 0; d < total; d++) {
    const terms: ScoredTerm[] = [];
    for (let o = docStart[d]; o < docStart[d + 1]; o++) {
      let score = occCount[o] * termWeight[occTerm[o]];
      if (occTitle[o]) score *= weights.titleBoost;
      if (weights.position > 0) score *= 1 + weights.position / (1 + occFirst[o]);
      terms.push({ term: occTerm[o], score });
    }
    terms.sort((a, b) => b.score - a.score || compareKeys(termKeys[a.term], termKeys[b.term]));
    scored.push(terms);
  }

  return { vocabulary, docs: scored };
}

/**
 * The forms (ids) a phrase is shown in, into `out`: see computeKeywords for the rules. A
 * capitalised word is lowered when it opens a sentence or sits in a title, and so are the
 * capitalised words after it until a word that is not capitalised.
 */
function showPhrase(infos: TokenInfo[], start: number, end: number, isTitle: boolean, out: number[]): void {
  let lowering = isTitle || start === 0 || infos[start - 1].sentenceEnd;
  for (let i = start; i < end; i++) {
    const info = infos[i];
    if (info.mixed) {
      out[i - start] = info.form;
    } else if (info.capitalised) {
      out[i - start] = lowering ? info.lowerForm : info.form;
    } else {
      out[i - start] = info.form;
      if (!isTitle) lowering = false;
    }
  }
}
