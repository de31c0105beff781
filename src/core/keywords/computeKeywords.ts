import type { KeywordIndex, ScoredTerm, VocabularyTerm } from '../map';
import { authorKeywordTexts } from './authorKeywordEvidence';
import { type Candidate, POSSESSIVE, extractCandidates, isCandidateWord } from './extractCandidates';
import { definitionSpans } from './findAcronyms';
import { DEFAULT_KEYWORD_WEIGHTS, type KeywordWeights } from './keywordConfig';
import { compareKeys, portableLog, portablePow } from '../util';
import { STOPWORDS } from './stopwords';
import { tagTokens, tokenTagEntry, type TokenEntry } from './tagTokens';
import { sectionHeadingSpans } from './sectionHeadings';
import { keyWord } from './termKey';
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
/** A possessive token in a phrase's forms joined by spaces ("Crohn 's disease"). */
const POSSESSIVE_AFTER_SPACE = / (['\u2019]s)(?= |$)/g;
/** Whether a joined form may hold one: two searches, cheaper than the pattern on every form. */
const hasSpacedPossessive = (text: string): boolean => text.includes(" '") || text.includes(' \u2019');

/** A word capitalised only on its first letter, or hyphen-joined such words ("Memory-Regret"). */
function isCapitalised(token: string): boolean {
  return token.split('-').every((part) => part === '' || !UPPER.test(part.slice(1))) && UPPER.test(token[0]);
}

/**
 * Acronyms, mixed case and names written with a symbol ("LoRA", "KV", "HiPPO-LegS", "RWKV-7",
 * "C++", "C#", "A*": tokenize's names): always shown as written.
 */
function isMixedCase(token: string): boolean {
  return /[+#*]/.test(token) || token.split('-').some((part) => UPPER.test(part.slice(1)));
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
  /** A possessive "'s" (an eponym's: extractCandidates): its name before it keeps its capital. */
  possessive: boolean;
  /** Ids (see `forms`) of the token as written and lowercased. */
  form: number;
  lowerForm: number;
}

/**
 * A text's candidates with the expansions it defines (definitionSpans) among them, in order of
 * position; an expansion that is a candidate already is not counted twice. The candidates inside
 * an expansion stay ("quantization" in "Post-training quantization (PTQ)"), as a phrase inside a
 * longer one does: on six 90% samples of each Inspec split, paired, dropping them changed node /
 * link precision by −0.20 / −0.05 (dev) and −0.73 / −0.28 (train) on average, keeping them by
 * −0.47 / −0.08 and −0.12 / −0.17, label precision −0.8 on train against +2.4.
 */
function withDefinitions(candidates: Candidate[], defined: Candidate[]): Candidate[] {
  if (defined.length === 0) return candidates;
  const same = (d: Candidate): boolean => candidates.some((c) => c.start === d.start && c.end === d.end);
  return [...candidates, ...defined.filter((d) => !same(d))].sort((a, b) => a.start - b.start || a.end - b.end);
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
 * An all-capitals title is lowercased whole. A term is shown in its most frequent form, with the
 * initial capitals its writers use where nothing forces them (createKeywordMerger): a name that a
 * title and keywords lowercase keeps its capital.
 *
 * Memory holds per-term and per-word counts and each document's candidate occurrences, never a
 * document's tokens, so 100,000 abstracts fit.
 */
/** A document as the keyword stage reads it; author keywords are extra evidence (authorKeywordEvidence.ts). */
export interface KeywordDoc {
  title: string;
  abstract: string;
  authorKeywords?: readonly string[];
}

export function computeKeywords(docs: KeywordDoc[], options: ComputeKeywordsOptions = {}): KeywordIndex {
  // One chunk of every document: the parallel builder (scripts/lib/parallel) runs the same three
  // steps on chunks in worker threads and gets the same index, byte for byte.
  const chunk = extractKeywordChunk(docs, options.onProgress, options.weights?.authorKeywords);
  const merged = mergeKeywordChunks([chunk.vocabulary], docs.length, options.weights);
  const weights = chunkTermWeights(merged, 0);
  const scored = scoreKeywordChunk(chunk.occurrences, weights, chunk.vocabulary.keys, merged.termMaps[0], options.weights);
  return { vocabulary: merged.vocabulary, docs: scoredTermLists([scored]) };
}

/**
 * What a run of documents adds to the corpus vocabulary, in order of first meeting: its stems
 * with their document frequencies, its terms (by stem ids) with their document frequencies and
 * surface forms. Plain arrays and typed arrays only, so it crosses a worker boundary cheaply.
 */
export interface ChunkVocabulary {
  docCount: number;
  /** Stem texts by local stem id, and the number of the run's documents containing each. */
  stems: string[];
  stemDf: Int32Array;
  /** Term t's stems are termStemIds[termStemStart[t] .. termStemStart[t + 1]). */
  termStemStart: Int32Array;
  termStemIds: Int32Array;
  termDf: Int32Array;
  /** Each term's key (its stems joined by spaces), for the ties of scoreKeywordChunk. */
  keys: string[];
  /**
   * Term t's surface forms, in order of first meeting: formText[formStart[t] .. formStart[t + 1])
   * (words joined by spaces; tokens hold none), how often each was met (formCount), and how often
   * with its capitals as written (formAsWritten: not lowered for opening a sentence or a title,
   * nor capitalised just before an acronym or after a colon).
   */
  formStart: Int32Array;
  formText: string[];
  formCount: Int32Array;
  formAsWritten: Int32Array;
}

/** Each document's candidate occurrences, flat: document d's are [docStart[d], docStart[d + 1]). Local term ids. */
export interface ChunkOccurrences {
  docStart: Int32Array;
  term: Int32Array;
  /** Index of the occurrence's first meeting among the document's candidates. */
  first: Int32Array;
  count: Int32Array;
  title: Uint8Array;
}

/** Tokenising, tagging and candidate extraction of a run of documents (the per-paper part of computeKeywords). */
export function extractKeywordChunk(
  docs: KeywordDoc[],
  onProgress?: (done: number, total: number) => void,
  authorKeywordRepeats?: number,
): { vocabulary: ChunkVocabulary; occurrences: ChunkOccurrences } {
  return createKeywordExtractor(authorKeywordRepeats)(docs, onProgress);
}

/** What extractKeywordChunk does to one run of documents. */
export type KeywordExtractor = (
  docs: KeywordDoc[],
  onProgress?: (done: number, total: number) => void,
) => { vocabulary: ChunkVocabulary; occurrences: ChunkOccurrences };

/**
 * extractKeywordChunk for several runs in turn (a worker thread's share of the corpus), keeping
 * what it learnt of each distinct token (stem, tags, forms) from one run to the next: rebuilding
 * that table for every run of 2,000 papers doubled the time of the stage.
 */
export function createKeywordExtractor(authorKeywordRepeats: number = DEFAULT_KEYWORD_WEIGHTS.authorKeywords): KeywordExtractor {
  // Stems and shown word forms by id, for every run; per stem, the last document counted
  // (numbered across runs) and its place in the current run's stems.
  const stemIds = new Map<string, number>();
  const stems: string[] = [];
  const wordLastDoc: number[] = [];
  const stemRun: number[] = [];
  const stemLocal: number[] = [];
  // The first level of each run's trie of terms (below): an array by stem id, kept as long as the
  // stems (a fresh array written at a high index turns into a slow dictionary), each root valid
  // for the run that set it.
  const termRoots: (TrieNode | undefined)[] = [];
  const rootRun: number[] = [];
  let runs = 0;
  let docsBefore = 0;
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
      const possessive = POSSESSIVE.test(token);
      let stem = -1;
      if (LETTER_OR_DIGIT.test(token) && !STOPWORDS.has(lower) && !possessive) {
        const text = keyWord(token);
        let id = stemIds.get(text);
        if (id === undefined) {
          id = stems.length;
          stemIds.set(text, id);
          stems.push(text);
          wordLastDoc.push(-1);
          stemRun.push(-1);
          stemLocal.push(-1);
          termRoots.push(undefined);
          rootRun.push(-1);
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
        possessive,
        form: formOf(token),
        lowerForm: formOf(lower),
      };
      tokenInfo.set(token, info);
    }
    return info;
  };

  return (docs, onProgress) => {
    const total = docs.length;
    const run = runs++;
    const base = docsBefore;
    docsBefore += total;
    // This run's stems (ids above) in order of first meeting, and the documents containing each.
    const runStems: number[] = [];
    const wordDf: number[] = [];

    // Terms: found by their stem ids in a trie whose first level is an array by stem id. Each has
    // its surface forms in order of first meeting, each as [count, times as written, form id, ...]: a term
    // has few, and a short scan beats a look-up.
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
      const addText = (text: string, isTitle: boolean, isKeyword = false): void => {
        // An all-capitals title says nothing about which words are acronyms: read it lowercased
        // (its phrases are shown so too). So is a keyword in capitals with a word of 5 letters or
        // more (Web of Science's Keywords Plus, "NEURAL-NETWORKS"); shorter, they are acronyms
        // ("PTSD (DSM-IV)", "HIV").
        const shouting = isTitle && !LOWER.test(text) && (!isKeyword || /[A-Z]{5}/.test(text));
        const tokens = tokenize(shouting ? text.toLowerCase() : text);
        if (tokens.length === 0) return;
        for (let i = 0; i < tokens.length; i++) {
          const info = infoOf(tokens[i]);
          infos[i] = info;
          words[i] = info.word;
          if (info.stem >= 0 && wordLastDoc[info.stem] !== base + d) {
            wordLastDoc[info.stem] = base + d;
            if (stemRun[info.stem] !== run) {
              stemRun[info.stem] = run;
              stemLocal[info.stem] = runStems.length;
              runStems.push(info.stem);
              wordDf.push(0);
            }
            wordDf[stemLocal[info.stem]]++;
          }
        }
        if (!isTitle) {
          const headings = sectionHeadingSpans(tokens);
          for (let h = 0; h < headings.length; h += 2) for (let k = headings[h]; k < headings[h + 1]; k++) words[k] = false;
        }
        const tags = tagTokens(tokens, infos);
        for (const { start, end } of withDefinitions(extractCandidates(tokens, tags, words), definitionSpans(tokens, tags))) {
          // Candidates hold no stopword or punctuation, so every token has a stem, but for a
          // name's possessive "'s" inside (extractCandidates): shown, not part of the key.
          const root = infos[start].stem;
          let node = rootRun[root] === run ? termRoots[root] : undefined;
          if (node === undefined) {
            termRoots[root] = node = newNode();
            rootRun[root] = run;
          }
          for (let i = start + 1; i < end; i++) if (infos[i].stem >= 0) node = child(node, infos[i].stem);
          let id = node.value;
          if (id === -1) {
            id = termKeys.length;
            node.value = id;
            const termStemIds: number[] = [];
            for (let i = start; i < end; i++) if (infos[i].stem >= 0) termStemIds.push(infos[i].stem);
            termStems.push(termStemIds);
            termKeys.push(termStemIds.map((w) => stems[w]).join(' '));
            termForms.push([]);
            termDf.push(0);
            termDoc.push(-1);
            termSlot.push(0);
          }
          // Before "(LLMs)" capitals may spell the acronym ("Large Language Models (LLMs)"), after a
          // colon they may open a sentence: they have no say either; a phrase without capitals has.
          const shown = showPhrase(infos, start, end, isTitle, shownForm);
          const asWritten =
            !shouting &&
            (shown === AS_WRITTEN ||
              (shown === AS_WRITTEN_CAPITALS && tokens[end] !== '(' && (start === 0 || tokens[start - 1] !== ':')));
          const length = end - start;
          const known = termForms[id];
          let form: number[] | undefined;
          for (const f of known) {
            let same = f.length === length + 2;
            for (let w = 0; w < length && same; w++) same = f[w + 2] === shownForm[w];
            if (same) {
              form = f;
              break;
            }
          }
          if (form === undefined) {
            form = [0, 0, ...shownForm.slice(0, length)];
            known.push(form);
          }
          form[0]++;
          if (asWritten) form[1]++;
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
      // Author keywords as evidence (authorKeywordEvidence.ts), read as title text that many times.
      for (let r = 0; r < authorKeywordRepeats; r++) for (const text of authorKeywordTexts(docs[d])) addText(text, true, true);
      for (let o = docStart[d]; o < occTerm.length; o++) termDf[occTerm[o]]++;
      docStart.push(occTerm.length);
      if (onProgress && ((d + 1) % PROGRESS_EVERY === 0 || d + 1 === total)) onProgress(d + 1, total);
    }

    // Packed for the merge: flat typed arrays, forms as text.
    const termStemStart = new Int32Array(termKeys.length + 1);
    const formStart = new Int32Array(termKeys.length + 1);
    let stemCount = 0;
    let formCount = 0;
    for (let t = 0; t < termKeys.length; t++) {
      stemCount += termStems[t].length;
      termStemStart[t + 1] = stemCount;
      formCount += termForms[t].length;
      formStart[t + 1] = formCount;
    }
    const termStemIds = new Int32Array(stemCount);
    const formText: string[] = [];
    const formCounts = new Int32Array(formCount);
    const formAsWritten = new Int32Array(formCount);
    for (let t = 0, at = 0; t < termKeys.length; t++) {
      for (const w of termStems[t]) termStemIds[at++] = stemLocal[w];
      for (const form of termForms[t]) {
        formCounts[formText.length] = form[0];
        formAsWritten[formText.length] = form[1];
        const text = form
          .slice(2)
          .map((f) => forms[f])
          .join(' ');
        // A possessive is written against its name ("Crohn's disease"); no form holds a space.
        formText.push(hasSpacedPossessive(text) ? text.replace(POSSESSIVE_AFTER_SPACE, '$1') : text);
      }
    }
    return {
      vocabulary: {
        docCount: total,
        stems: runStems.map((w) => stems[w]),
        stemDf: Int32Array.from(wordDf),
        termStemStart,
        termStemIds,
        termDf: Int32Array.from(termDf),
        keys: termKeys,
        formStart,
        formText,
        formCount: formCounts,
        formAsWritten,
      },
      occurrences: {
        docStart: Int32Array.from(docStart),
        term: Int32Array.from(occTerm),
        first: Int32Array.from(occFirst),
        count: Int32Array.from(occCount),
        title: Uint8Array.from(occTitle, (t) => (t ? 1 : 0)),
      },
    };
  };
}

/** The corpus vocabulary from its runs' vocabularies, and how to score each run. */
export interface MergedKeywords {
  vocabulary: VocabularyTerm[];
  /** Per run, its local term ids → vocabulary ids. */
  termMaps: Int32Array[];
  /** Per vocabulary term, the sum of its words' IDF × √words (see computeKeywords). */
  termWeight: Float64Array;
}

/**
 * The runs' vocabularies joined in order: a term or stem gets the id of its first meeting across
 * the runs (so runs in document order give the ids one pass over all documents gives), document
 * frequencies add up, and each term's surface forms keep their order of first meeting with their
 * counts summed, so its shown form (the most frequent; on a tie between plurals the most plural,
 * then the first met) is the same too.
 */
export function mergeKeywordChunks(
  chunks: ChunkVocabulary[],
  total: number,
  weightOptions?: Partial<KeywordWeights>,
): MergedKeywords {
  const merger = createKeywordMerger(total, weightOptions);
  for (const chunk of chunks) merger.add(chunk);
  return merger.finish();
}

/** mergeKeywordChunks one run at a time, as the runs come (in document order): add each, then finish. */
export function createKeywordMerger(
  total: number,
  weightOptions?: Partial<KeywordWeights>,
): { add: (chunk: ChunkVocabulary) => void; finish: () => MergedKeywords } {
  const weights: KeywordWeights = { ...DEFAULT_KEYWORD_WEIGHTS, ...weightOptions };
  const stemIds = new Map<string, number>();
  const stemDf: number[] = [];
  const termIds = new Map<string, number>();
  const termKeys: string[] = [];
  const termStems: number[][] = [];
  const termDf: number[] = [];
  /** Per term, its forms (text joined by spaces, counts) in order of first meeting. */
  const termForms: TermForm[][] = [];
  const termMaps: Int32Array[] = [];
  const add = (chunk: ChunkVocabulary): void => {
    const stemMap = new Int32Array(chunk.stems.length);
    chunk.stems.forEach((stem, w) => {
      let id = stemIds.get(stem);
      if (id === undefined) {
        id = stemDf.length;
        stemIds.set(stem, id);
        stemDf.push(0);
      }
      stemDf[id] += chunk.stemDf[w];
      stemMap[w] = id;
    });
    const termMap = new Int32Array(chunk.keys.length);
    for (let t = 0; t < chunk.keys.length; t++) {
      // A key is the term's stems joined by spaces, and a stem holds no space: one key, one term.
      const key = chunk.keys[t];
      let id = termIds.get(key);
      if (id === undefined) {
        id = termKeys.length;
        termIds.set(key, id);
        termKeys.push(key);
        const stems: number[] = [];
        for (let i = chunk.termStemStart[t]; i < chunk.termStemStart[t + 1]; i++) stems.push(stemMap[chunk.termStemIds[i]]);
        termStems.push(stems);
        termDf.push(0);
        termForms.push([]);
      }
      termDf[id] += chunk.termDf[t];
      termMap[t] = id;
      const known = termForms[id];
      for (let f = chunk.formStart[t]; f < chunk.formStart[t + 1]; f++) {
        const text = chunk.formText[f];
        const form = known.find((k) => k.text === text);
        if (form) {
          form.count += chunk.formCount[f];
          form.asWritten += chunk.formAsWritten[f];
        } else known.push({ count: chunk.formCount[f], asWritten: chunk.formAsWritten[f], text });
      }
    }
    termMaps.push(termMap);
  };

  const finish = (): MergedKeywords => {
    // Of forms met equally often that differ only by plurals, the plural is shown
    // ("Mixture-of-Experts", not "Mixture-of-Expert", each written once), as thesauri name count
    // nouns (MeSH: "Neoplasms", "Neural Networks, Computer"). Case counts: a plural in other
    // capitals ("Games" beside "game") would turn a word into a name.
    const singular = (text: string): string => text.replace(/s(?=$|[\s-])/g, '');
    /** Terms shown with initial capitals that no occurrence written freely bears out (see below). */
    const unproven: number[] = [];
    const vocabulary: VocabularyTerm[] = termKeys.map((key, id) => {
      // The most frequent form; on a tie between plurals the most plural, then the first met.
      const forms = termForms[id];
      let chosen = forms[0];
      for (const form of forms)
        if (
          form.count > chosen.count ||
          (form.count === chosen.count && form.text.length > chosen.text.length && singular(form.text) === singular(chosen.text))
        )
          chosen = form;
      if (forms.length === 1) {
        if (chosen.asWritten === 0 && INITIAL_CAPITAL.test(chosen.text)) unproven.push(id);
        return { key, term: chosen.text, df: termDf[id] };
      }
      // Its words' initial capitals, from the times it was met as written: not lowered for opening
      // a sentence or a title, nor capitalised just before the acronym it spells ("Large Language
      // Models (LLMs)") or after a colon ("RESULTS: Twenty-two"). Of the forms that differ from it
      // only there, the fewest capitals that a third of those writers used: a name keeps its capital
      // ("Christchurch" in a sentence outvotes "christchurch" from a title and a keyword; Inspec
      // train writes "Internet" 53 times so, "internet" 3, and "Web" 12, "web" 4), a term that some
      // capitalise by style shows as the rest write it ("question answering" on the seed map).
      // Other capitals are an acronym's ("CO" is not "Co"), and met as written nowhere, it stays.
      const folded = initialsLowered(chosen.text);
      let asWrittenTotal = 0;
      for (const form of forms) if (initialsLowered(form.text) === folded) asWrittenTotal += form.asWritten;
      let best = chosen;
      if (asWrittenTotal > 0) {
        let found: TermForm | undefined;
        for (const form of forms) {
          if (form.asWritten * 3 < asWrittenTotal || form.asWritten === 0 || initialsLowered(form.text) !== folded) continue;
          const fewer = found === undefined ? -1 : capitals(form.text) - capitals(found.text);
          if (fewer < 0 || (fewer === 0 && form.asWritten > (found as TermForm).asWritten)) found = form;
        }
        if (found) best = found;
      } else if (INITIAL_CAPITAL.test(best.text)) unproven.push(id);
      return { key, term: best.text, df: termDf[id] };
    });
    if (unproven.length > 0) lowerUnproven(vocabulary, unproven, termForms);
    const idf = stemDf.map((df) =>
      // A candidate word is always counted in its own document, so df >= 1 and IDF > 0.
      portableLog((total + 1) / (df || 1)),
    );
    const termWeight = Float64Array.from(termStems, (words) => {
      let sum = 0;
      for (const w of words) sum += idf[w];
      return sum * portablePow(words.length, weights.lengthExponent);
    });
    return { vocabulary, termMaps, termWeight };
  };
  return { add, finish };
}

/** The vocabulary weights of run `chunk`'s terms, by local id (what scoreKeywordChunk takes). */
export function chunkTermWeights(merged: MergedKeywords, chunk: number): Float64Array {
  return Float64Array.from(merged.termMaps[chunk], (id) => merged.termWeight[id]);
}

/** A run's documents' scored terms, best first: vocabulary ids and scores, flat, by document as in the occurrences. */
export interface ScoredChunk {
  docStart: Int32Array;
  term: Int32Array;
  score: Float64Array;
}

/**
 * Each document's candidates scored (see computeKeywords) and sorted, best first, ties by key:
 * `termWeight` and `keys` by local term id, `termMap` local → vocabulary ids.
 */
export function scoreKeywordChunk(
  occurrences: ChunkOccurrences,
  termWeight: Float64Array,
  keys: string[],
  termMap: Int32Array,
  weightOptions?: Partial<KeywordWeights>,
): ScoredChunk {
  const weights: KeywordWeights = { ...DEFAULT_KEYWORD_WEIGHTS, ...weightOptions };
  const { docStart } = occurrences;
  const term = new Int32Array(occurrences.term.length);
  const score = new Float64Array(occurrences.term.length);
  const terms: ScoredTerm[] = [];
  for (let d = 0; d + 1 < docStart.length; d++) {
    terms.length = 0;
    for (let o = docStart[d]; o < docStart[d + 1]; o++) {
      const t = occurrences.term[o];
      let value = occurrences.count[o] * termWeight[t];
      if (occurrences.title[o]) value *= weights.titleBoost;
      if (weights.position > 0) value *= 1 + weights.position / (1 + occurrences.first[o]);
      terms.push({ term: t, score: value });
    }
    terms.sort((a, b) => b.score - a.score || compareKeys(keys[a.term], keys[b.term]));
    for (let i = 0; i < terms.length; i++) {
      term[docStart[d] + i] = termMap[terms[i].term];
      score[docStart[d] + i] = terms[i].score;
    }
  }
  return { docStart, term, score };
}

/** Scored runs, in document order, as the index's per-document lists. */
export function scoredTermLists(chunks: ScoredChunk[]): ScoredTerm[][] {
  const out: ScoredTerm[][] = [];
  for (const { docStart, term, score } of chunks) {
    for (let d = 0; d + 1 < docStart.length; d++) {
      const terms: ScoredTerm[] = [];
      for (let o = docStart[d]; o < docStart[d + 1]; o++) terms.push({ term: term[o], score: score[o] });
      out.push(terms);
    }
  }
  return out;
}

/** A word with an initial capital and a small letter after it ("Large", "Retrieval-Augmented"). */
const INITIAL_CAPITAL = /(?:^|[\s-])[A-Z][a-z]/;

/**
 * Terms whose initial capitals no free occurrence bears out (met only in titles, at sentences'
 * starts, or capitalised before their acronym: "pre-trained Large Language Models (LLMs)") are
 * shown lowercase when each such word is, in a third or more of its free occurrences in any term
 * ("large", "language", "models"), and as they are when one is not: a name ("Crohn", "Kalman"), or
 * a word met freely nowhere ("Markup" in "Extensible Markup Language").
 */
function lowerUnproven(vocabulary: VocabularyTerm[], unproven: number[], termForms: TermForm[][]): void {
  // The words to decide, then their free occurrences, capitalised or not, in every term's forms.
  const votes = new Map<string, { capital: number; lower: number }>();
  for (const id of unproven)
    for (const word of vocabulary[id].term.split(' '))
      if (INITIAL_CAPITAL.test(word)) votes.set(word.toLowerCase(), { capital: 0, lower: 0 });
  for (const forms of termForms)
    for (const form of forms) {
      if (form.asWritten === 0) continue;
      for (const word of form.text.split(' ')) {
        const vote = votes.get(word.toLowerCase());
        if (vote === undefined) continue;
        if (word === word.toLowerCase()) vote.lower += form.asWritten;
        else if (initialsLowered(word) === word.toLowerCase()) vote.capital += form.asWritten;
      }
    }
  // All or none: "Extensible Markup Language" keeps its capitals, "markup" being met freely nowhere.
  const common = (word: string): boolean => {
    if (!INITIAL_CAPITAL.test(word)) return true;
    const vote = votes.get(word.toLowerCase());
    return (
      vote !== undefined &&
      vote.lower > 0 &&
      vote.lower * 3 >= vote.lower + vote.capital &&
      initialsLowered(word) === word.toLowerCase()
    );
  };
  for (const id of unproven) {
    const words = vocabulary[id].term.split(' ');
    if (words.every(common))
      vocabulary[id] = {
        ...vocabulary[id],
        term: words.map((w) => (INITIAL_CAPITAL.test(w) ? initialsLowered(w) : w)).join(' '),
      };
  }
}

/** A term's surface form, how often it was met, and how often with its capitals as written. */
interface TermForm {
  count: number;
  asWritten: number;
  text: string;
}

/**
 * A form with the initial capital of each word, and of each part after a hyphen, lowercased; an
 * acronym's capitals stay ("PI" is not "pI").
 */
function initialsLowered(text: string): string {
  return text.replace(/(^|[\s-])([A-Z])(?=[a-z])/g, (_, before: string, letter: string) => before + letter.toLowerCase());
}

/** What showPhrase did to a phrase's capitals: lowered one, kept one, or met none. */
const LOWERED = 0;
const AS_WRITTEN_CAPITALS = 1;
const AS_WRITTEN = 2;

/** Capital letters in a form. */
function capitals(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x41 && c <= 0x5a) count++;
  }
  return count;
}

/**
 * The forms (ids) a phrase is shown in, into `out`: see computeKeywords for the rules. A
 * capitalised word is lowered when it opens a sentence or sits in a title, and so are the
 * capitalised words after it until a word that is not capitalised. Says whether it lowered a
 * capital (LOWERED), kept one (AS_WRITTEN_CAPITALS) or met none (AS_WRITTEN).
 */
function showPhrase(infos: TokenInfo[], start: number, end: number, isTitle: boolean, out: number[]): number {
  let lowering = isTitle || start === 0 || infos[start - 1].sentenceEnd;
  let shown = AS_WRITTEN;
  for (let i = start; i < end; i++) {
    const info = infos[i];
    if (info.mixed) {
      out[i - start] = info.form;
    } else if (info.capitalised) {
      // A name's capital stays before its possessive ("Bazex's syndrome" in a title).
      const lower = lowering && !(i + 1 < end && infos[i + 1].possessive);
      out[i - start] = lower ? info.lowerForm : info.form;
      if (lower) shown = LOWERED;
      else if (shown === AS_WRITTEN) shown = AS_WRITTEN_CAPITALS;
    } else {
      out[i - start] = info.form;
      if (!isTitle) lowering = false;
    }
  }
  return shown;
}
