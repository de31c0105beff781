import { compareKeys } from '../util';
import { type Candidate, MAX_CANDIDATE_WORDS, POSSESSIVE, isCandidateWord } from './extractCandidates';
import { ACRONYM_EXTRA_WORDS } from './keywordConfig';
import { STOPWORDS } from './stopwords';
import { termKey } from './termKey';
import { variantKey } from './variantMerges';

/** An acronym the corpus defines, with the expansion it gives most often. */
export interface AcronymDefinition {
  /** As written at its most frequent definition: "LLMs", "RAG", "MoE". */
  acronym: string;
  /** As written there: "large language models", "retrieval-augmented generation". */
  expansion: string;
  /** termKey of each. */
  acronymKey: string;
  expansionKey: string;
  /** Papers that define it this way. */
  papers: number;
  /**
   * termKeys of the other ways the corpus writes the expansion (sameExpansion: "deep vein
   * thrombosis" beside "deep venous thrombosis"), ascending.
   */
  spellings: string[];
}

/** "(LLMs)", "(RAG)", "(MoE)", "(ViT)": 2–10 letters or digits with at least two capitals. */
const DEFINITION = /\(\s*([A-Za-z][A-Za-z0-9]{1,9})\s*\)/g;
/** The words just before "(": letters, digits, hyphens and apostrophes. */
const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’]*/gu;

/**
 * Acronyms defined in the papers themselves: "large language models (LLMs)", "mixture of experts
 * (MoE)", "retrieval-augmented generation (RAG)". The letters of the acronym (a final plural "s"
 * aside) must be, in order, the initials of the words before the parenthesis, each part of a
 * hyphenated word counting as a word and stopwords ("of", "for") allowed to be skipped or to give
 * a lowercase letter, and a word may give more than its initial where the acronym writes them in
 * lowercase ("LoRA", "ViT"; see expand). What the corpus says
 * itself, not a dictionary: no list of known acronyms, and an acronym is only merged with the
 * expansion its own authors gave. When papers expand one acronym differently, the expansion given
 * by most papers wins (ties: key order). Sorted by acronym key.
 */
export function findAcronyms(papers: readonly { title: string; abstract: string }[]): AcronymDefinition[] {
  return readAcronyms(papers).definitions;
}

/** What a corpus's papers say their acronyms stand for: the corpus's reading and each paper's own. */
export interface AcronymReadings {
  /** As findAcronyms: each acronym the corpus defines, with the expansion most papers give. */
  definitions: AcronymDefinition[];
  /**
   * Paper index → acronymKey → the expansionKey that paper gives it (a paper giving one acronym
   * two expansions gives none). Only papers that define an acronym are here.
   */
  byPaper: Map<number, Map<string, string>>;
}

/** findAcronyms, with each paper's own definitions kept too (paperAcronyms reads a paper by them). */
export function readAcronyms(papers: readonly { title: string; abstract: string }[]): AcronymReadings {
  // acronymKey → expansionKey → { papers, forms }
  const found = new Map<string, Map<string, { papers: number; acronym: string; expansion: string; last: number }>>();
  const byPaper = new Map<number, Map<string, string>>();
  /** Acronyms a paper defines two ways: marked so, the paper reads them by neither. */
  const TWO_WAYS = '';
  papers.forEach((paper, d) => {
    let own: Map<string, string> | undefined;
    for (const text of [paper.title, paper.abstract]) {
      for (const match of text.matchAll(DEFINITION)) {
        const acronym = match[1];
        if ((acronym.match(/[A-Z]/g) ?? []).length < 2) continue;
        const expansion = expand(text.slice(0, match.index), acronym);
        if (expansion === undefined) continue;
        const acronymKey = termKey(acronym);
        const expansionKey = termKey(expansion);
        if (acronymKey === '' || expansionKey === '' || acronymKey === expansionKey) continue;
        let byExpansion = found.get(acronymKey);
        if (!byExpansion) found.set(acronymKey, (byExpansion = new Map()));
        if (!own) byPaper.set(d, (own = new Map()));
        const before = own.get(acronymKey);
        own.set(acronymKey, before === undefined || before === expansionKey ? expansionKey : TWO_WAYS);
        const entry = byExpansion.get(expansionKey) ?? { papers: 0, acronym, expansion, last: -1 };
        if (entry.last !== d) {
          entry.papers++;
          entry.last = d;
        }
        byExpansion.set(expansionKey, entry);
      }
    }
  });
  const out: AcronymDefinition[] = [];
  for (const [acronymKey, byExpansion] of [...found].sort((a, b) => compareKeys(a[0], b[0]))) {
    const [expansionKey, best] = [...byExpansion].sort((a, b) => b[1].papers - a[1].papers || compareKeys(a[0], b[0]))[0];
    // Ambiguous where most definitions give other things: "PR" is "partial response",
    // "progesterone receptor" and three more in the medical set, one paper each; "PD" "Parkinson's
    // disease" in 4 papers and "panic disorder" in 2. An expansion that sameExpansion finds one
    // with the chosen one is a way of writing it, not another thing ("deep vein thrombosis", "deep
    // venous thrombosis"; "question-answering"); "celiac disease" is not "Crohn's disease".
    let defined = 0;
    let agreeing = 0;
    const spellings: string[] = [];
    for (const [key, entry] of byExpansion) {
      defined += entry.papers;
      if (sameExpansion(key, expansionKey)) {
        agreeing += entry.papers;
        if (key !== expansionKey) spellings.push(key);
      }
    }
    if (agreeing * 2 <= defined) continue;
    out.push({
      acronym: best.acronym,
      expansion: best.expansion,
      acronymKey,
      expansionKey,
      papers: best.papers,
      spellings: spellings.sort(compareKeys),
    });
  }
  for (const own of byPaper.values())
    for (const [acronymKey, expansionKey] of own) if (expansionKey === TWO_WAYS) own.delete(acronymKey);
  return { definitions: out, byPaper };
}

/** An acronym as DEFINITION reads one: 2–10 letters or digits, a letter first. */
const ACRONYM_TOKEN = /^[A-Za-z][A-Za-z0-9]{1,9}$/;
const CAPITALS = /[A-Z]/g;
const NOUN_TAGS = new Set(['NN', 'NNS', 'NNP', 'NNPS']);
const NO_SPANS: Candidate[] = [];

/**
 * The expansions a token sequence (tokenize's) defines, as candidate spans: the tokens before
 * "(ACR)" that spell it, as findAcronyms reads them ("Post-training quantization (PTQ)",
 * "16B-parameter Mixture-of-Expert (MoE)"). The authors say such a phrase is a term of theirs,
 * but the part-of-speech rules can miss it: a hyphenated gerund is tagged a verb ("Post-training"),
 * so the seed map showed "PTQ" and "MoE", whose expansions were no term to merge with. The span
 * must end with a noun (`tags`, Penn tags), hold words only (no stopword: a candidate never
 * crosses one, and a term's key must be termKey of its shown form) and at most MAX_CANDIDATE_WORDS
 * of them; one that starts inside a token (a hyphen part) is not taken. In order of position.
 */
export function definitionSpans(tokens: readonly string[], tags: readonly string[]): Candidate[] {
  let out: Candidate[] | undefined;
  for (let k = 1; k + 2 < tokens.length; k++) {
    if (tokens[k] !== '(' || tokens[k + 2] !== ')') continue;
    const acronym = tokens[k + 1];
    if (!ACRONYM_TOKEN.test(acronym) || (acronym.match(CAPITALS) ?? []).length < 2) continue;
    if (!NOUN_TAGS.has(tags[k - 1])) continue;
    // The tokens before it as text, and where each starts there.
    const from = Math.max(0, k - 2 * MAX_CANDIDATE_WORDS);
    const at: number[] = [];
    let text = '';
    for (let i = from; i < k; i++) {
      // A possessive is written against its name ("Crohn's disease"), as in the text.
      if (i > from && !POSSESSIVE.test(tokens[i])) text += ' ';
      at.push(text.length);
      text += tokens[i];
    }
    const expansion = expand(text, acronym);
    if (expansion === undefined) continue;
    const first = at.indexOf(text.length - expansion.length);
    if (first < 0) continue;
    const start = from + first;
    // Words and a name's "'s" only: no comma ("speed, accuracy and memory (SAM)") and no
    // stopword, which a term's key would leave out where termKey keeps it ("Mixture of Experts"
    // would be keyed "mixtur expert", "radial basis function" "radial function").
    let words = 0;
    let ok = true;
    for (let i = start; i < k && ok; i++) {
      if (isCandidateWord(tokens[i])) words++;
      else ok = POSSESSIVE.test(tokens[i]);
    }
    if (ok && words <= MAX_CANDIDATE_WORDS) (out ??= []).push({ start, end: k });
  }
  return out ?? NO_SPANS;
}

/**
 * Whether two expansions one acronym is given (termKeys) are ways of writing one thing, hyphens
 * and linking words aside: they start with the same word (or a spelling of it) and differ in at
 * most one word more, or one is the other with words added after it. "deep vein" / "deep venous
 * thrombosis", "computerized" / "computed tomography", "obstructive sleep apnea (syndrome)" are
 * one thing; "Crohn's" / "celiac disease", "congestive" / "chronic heart failure", "partial
 * response" / "progesterone receptor" are two. A noun phrase's kind is its last word and what
 * tells kinds apart comes before it: two expansions sharing only the last word ("disease") name
 * two things of one kind. (Sharing any word, the rule before, merged "celiac disease" into
 * "Crohn's disease" on the medical map.) "Complete response" / "complete remission" count as one.
 */
export function sameExpansion(a: string, b: string): boolean {
  const x = variantKey(a).split(' ');
  const y = variantKey(b).split(' ');
  if (!sameWord(x[0], y[0])) return false;
  if (x.length !== y.length) {
    const [short, long] = x.length < y.length ? [x, y] : [y, x];
    return short.every((word, k) => sameWord(word, long[k]));
  }
  let differ = 0;
  for (let k = 1; k < x.length; k++) if (!sameWord(x[k], y[k])) differ++;
  return differ <= 1;
}

/** Words (stemmed) that are one word spelled two ways: one starts the other, or the first 5 letters agree. */
function sameWord(a: string, b: string): boolean {
  if (a === '' || b === '') return a === b;
  return a.startsWith(b) || b.startsWith(a) || (a.length >= 5 && b.length >= 5 && a.slice(0, 5) === b.slice(0, 5));
}

/**
 * The words before an acronym that spell it, as written; undefined if none do. Each word gives
 * the acronym a non-empty prefix of itself, a stopword may give nothing, and a prefix longer than
 * the initial is allowed only where the acronym writes those letters in lowercase: "LoRA" is
 * "Lo" + "R" + "A" of "Low-Rank Adaptation", "ViT" "Vi" + "T" of "Vision Transformer", but "VAT"
 * is not "Vision Transformer" (Schwartz & Hearst 2003 restricted to word prefixes, which keeps
 * "(SOTA)" and "(ASR)" from matching the words before them).
 */
function expand(before: string, written: string): string | undefined {
  const shape = written.replace(/s$/, '').replace(/[^A-Za-z]/g, '');
  const letters = shape.toLowerCase();
  if (letters.length < 2) return undefined;
  // The last few words (hyphen parts apart), with where each starts in `before`.
  const tail = before.slice(-200);
  const offset = before.length - tail.length;
  const words: { text: string; at: number }[] = [];
  for (const m of tail.matchAll(WORD)) words.push({ text: m[0], at: offset + (m.index ?? 0) });
  // Stop at sentence punctuation between the words and the parenthesis.
  const last = words.length - 1;
  if (last < 0 || /[.;:!?]/.test(before.slice(words[last].at + words[last].text.length))) return undefined;
  const limit = Math.max(0, words.length - letters.length - ACRONYM_EXTRA_WORDS);
  // Where the expansion starts when letters[0, i) must come from words[limit, j]: the latest
  // start that works (the shortest expansion), or -1. Right to left, trying the longest prefix
  // first; the search is tiny (an acronym has at most 10 letters).
  const from = (i: number, j: number): number => {
    if (i === 0) return j + 1;
    if (j < limit) return -1;
    const word = words[j].text.toLowerCase();
    for (let k = Math.min(i, word.length); k >= 1; k--) {
      if (word[0] !== letters[i - k] || !word.startsWith(letters.slice(i - k, i))) continue;
      // Letters after a word's initial must be written in lowercase in the acronym.
      if (k > 1 && /[A-Z]/.test(shape.slice(i - k + 1, i))) continue;
      const start = from(i - k, j - 1);
      if (start >= 0) return start;
    }
    return STOPWORDS.has(word) ? from(i, j - 1) : -1;
  };
  const start = from(letters.length, last);
  if (start < 0) return undefined;
  const phrase = before.slice(words[start].at).trim();
  // Never across a sentence or clause: "... in 2023. Large language models (LLMs)" starts after it.
  if (/[.;:!?()]/.test(phrase) || STOPWORDS.has(words[start].text.toLowerCase())) return undefined;
  return phrase;
}
