import { GENERIC_TERMS, LETTER_NAMES, MONTH_NAMES, UNIT_SYMBOLS } from './genericTerms';
import { STOPWORDS } from './stopwords';

/** A candidate key phrase: tokens [start, end) of the token list it was found in. */
export interface Candidate {
  start: number;
  end: number;
}

const NOUNS = new Set(['NN', 'NNS', 'NNP', 'NNPS']);
const MODIFIERS = new Set(['JJ', 'JJR', 'JJS', 'VBN']);
const WORD = /^[\p{L}\p{N}]/u;
/** The possessive token tokenize gives ("Crohn's" is "Crohn", "'s"). */
export const POSSESSIVE = /^['\u2019]s$/;
const CAPITAL = /^\p{Lu}/u;

/** Longest candidate kept; longer runs are nearly always tagging accidents (lists of nouns). */
export const MAX_CANDIDATE_WORDS = 5;

/**
 * A contraction, which tokenize keeps whole: "they're", "we've", "you'll", "I'd", "I'm", "don't",
 * "isn't". A pronoun or an auxiliary with its clitic, never part of a topic; Inspec train's map had
 * the node "they're" (a coverage word). Names with an apostrophe ("O'Brien") are not.
 */
const CONTRACTION = /^\p{L}+(?:n['\u2019]t|['\u2019](?:re|ve|ll|d|m))$/iu;

/**
 * A word that is no candidate on its own, though it may be in one: GENERIC_TERMS, LETTER_NAMES
 * written as a word ("omega", "Omega"; other casings are units, measures and acronyms: "mU",
 * "pHi", "PI"), and MONTH_NAMES as written ("September").
 */
function isLoneNonTopic(token: string): boolean {
  const lower = token.toLowerCase();
  return GENERIC_TERMS.has(lower) || (LETTER_NAMES.has(lower) && token.slice(1) === lower.slice(1)) || MONTH_NAMES.has(token);
}

/** Whether tokens i and i + 1 are "et al" (tokenize leaves its "." apart). */
function isEtAl(tokens: string[], i: number): boolean {
  return i + 1 < tokens.length && tokens[i].toLowerCase() === 'et' && tokens[i + 1].toLowerCase() === 'al';
}

/** A number as tokenize gives it: "120", "5.7", "1,000", "12.2-108.8". */
const NUMBER = /^\d[\d.,-]*$/;

/**
 * A factor: "4.72x speedup", "8x total compression", and "$2\times$" whose LaTeX lost its
 * backslash ("achieves sim!2times computational efficiency", "up to 7.46times inference
 * acceleration" on the trending-papers page). A number, not a word: the seed map's papers had the
 * key phrases "2times computational efficiency", "6.4x memory reduction" and "1.91x throughput".
 */
const MULTIPLIER = /^\d[\d.,]*(?:times|x|X)$/;

/**
 * A token that may be part of a candidate: starts with a letter or digit, not a stopword, a
 * contraction or a factor ("2times", "4.72x").
 */
export function isCandidateWord(token: string): boolean {
  return WORD.test(token) && !STOPWORDS.has(token.toLowerCase()) && !CONTRACTION.test(token) && !MULTIPLIER.test(token);
}

/**
 * Candidate key phrases of one token sequence: maximal runs of adjectives and nouns that end in a
 * noun, never across punctuation or a stopword (so none starts or ends with one). A past
 * participle is a modifier ("distributed systems"; tagTokens already made gerunds like "data
 * mining" nouns). A lone generic noun ("problem", "model") or letter name ("Omega") is dropped,
 * though it may be in a phrase ("scheduling problem", "gamma camera"). Only maximal runs: adding
 * their sub-phrases as well fell from 35 to 25 macro F1@10 on Inspec (npm run eval).
 *
 * An eponym is one candidate ("Crohn's disease", "Kaposi's sarcoma", "Chua's circuit", "Moore's
 * law"): a capitalised proper noun of one word, its "'s" and one noun that ends the run. Eponyms
 * are how medicine and the sciences name diseases, laws and methods; split at the "'s", the
 * medical set's map had the node "Crohn" (its abstracts write "Crohn's disease" 84 times) and none
 * for "Parkinson's disease". Before a longer phrase a possessive names an owner, and the phrase is
 * the topic ("TCP's congestion control", "Google's search engine"): the run still splits there, as
 * it does after a common noun ("the user's guide") or a name of several words. Joining those too
 * lowered Inspec dev's label precision by 4 points on average over 7 seeds (this rule: by 1). The
 * "'s" is one of the candidate's tokens but not of its key (computeKeywords keys words only), so
 * "Crohn's disease" and "Crohn disease" are one term.
 *
 * `words`, when given, says for each token whether it is a word (starts with a letter or digit,
 * not a stopword), as isCandidateWord would: a caller that already knows saves the test.
 */
export function extractCandidates(tokens: string[], tags: string[], words?: ArrayLike<boolean>): Candidate[] {
  const out: Candidate[] = [];
  let start = -1;
  let lastHead = -1;
  // `at`: the token that ends the run.
  const close = (at: number): void => {
    // An author cited by name ("proposed by Choi et al. (2002)") is no topic: the run goes.
    if (lastHead + 1 === at && isEtAl(tokens, at)) start = -1;
    if (start >= 0 && lastHead >= start) {
      const end = lastHead + 1;
      // Keep the head end of an over-long run: heads carry the topic ("... network architecture").
      // (An eponym's possessive is always the run's last token but one: never cut on.)
      const from = Math.max(start, end - MAX_CANDIDATE_WORDS);
      if (end - from > 1 || !isLoneNonTopic(tokens[from])) out.push({ start: from, end });
    }
    start = -1;
    lastHead = -1;
  };
  // Whether the token before is a number, or a unit of measure after one ("120 mm Hg", "2 mg/kg").
  let measured = false;
  for (let i = 0; i < tokens.length; i++) {
    const tag = tags[i];
    const inRun = start >= 0;
    let head = false;
    let modifier = false;
    const token = tokens[i];
    if (measured && UNIT_SYMBOLS.has(token)) {
      // A unit of the measurement before it: no word of a candidate.
      close(i);
      continue;
    }
    measured = NUMBER.test(token) || (measured && token === '/');
    if (tokens[i + 1] === '.' && isAbbreviation(tokens, i)) {
      // "Ph.D.", "M.Sc.", "U.S.": letters of an abbreviation, no word ("Ph" named a cluster of CACM).
      close(i);
      continue;
    }
    if (words ? words[i] : isCandidateWord(token)) {
      if (NOUNS.has(tag)) head = true;
      else if (MODIFIERS.has(tag)) modifier = true;
    } else if (lastHead === i - 1 && lastHead >= 0 && joinsPossessive(tokens, tags, i, words)) continue;
    if (!head && !modifier) {
      close(i);
      continue;
    }
    if (!inRun) start = i;
    if (head) lastHead = i;
  }
  close(tokens.length);
  return out;
}

/**
 * Whether the token at i, followed by a full stop, is one of the letters of an abbreviation
 * written with full stops ("Ph.D.", "M.Sc.", "e.g."): one or two letters with another such part
 * right after it or right before it.
 */
function isAbbreviation(tokens: string[], i: number): boolean {
  if (!ABBREVIATION_PART.test(tokens[i])) return false;
  if (tokens[i + 3] === '.' && ABBREVIATION_PART.test(tokens[i + 2] ?? '')) return true;
  return tokens[i - 1] === '.' && ABBREVIATION_PART.test(tokens[i - 2] ?? '');
}
const ABBREVIATION_PART = /^\p{L}{1,2}$/u;

/**
 * Whether the token at i is a possessive "'s" that joins the name before it (the open run ends
 * at i - 1 in it: one capitalised proper noun, not the last word of a longer name) to the one
 * noun after it, where the run then ends.
 */
function joinsPossessive(tokens: string[], tags: string[], i: number, words?: ArrayLike<boolean>): boolean {
  const isWord = (k: number): boolean => k >= 0 && k < tokens.length && (words ? words[k] : isCandidateWord(tokens[k]));
  if (!POSSESSIVE.test(tokens[i]) || tags[i - 1] !== 'NNP' || !CAPITAL.test(tokens[i - 1])) return false;
  // One name: after another capitalised word ("Input Convex Neural Network's flexibility") the
  // possessive is a method's or a body's, not an eponym's.
  if (isWord(i - 2) && CAPITAL.test(tokens[i - 2])) return false;
  const next = i + 1;
  if (!isWord(next) || !NOUNS.has(tags[next])) return false;
  const after = next + 1;
  return !(isWord(after) && (NOUNS.has(tags[after]) || MODIFIERS.has(tags[after])));
}
