import { GENERIC_TERMS } from './genericTerms';
import { STOPWORDS } from './stopwords';

/** A candidate key phrase: tokens [start, end) of the token list it was found in. */
export interface Candidate {
  start: number;
  end: number;
}

const NOUNS = new Set(['NN', 'NNS', 'NNP', 'NNPS']);
const MODIFIERS = new Set(['JJ', 'JJR', 'JJS', 'VBN']);
const WORD = /^[\p{L}\p{N}]/u;

/** Longest candidate kept; longer runs are nearly always tagging accidents (lists of nouns). */
export const MAX_CANDIDATE_WORDS = 5;

/** A token that may be part of a candidate: starts with a letter or digit, not a stopword. */
export function isCandidateWord(token: string): boolean {
  return WORD.test(token) && !STOPWORDS.has(token.toLowerCase());
}

/**
 * Candidate key phrases of one token sequence: maximal runs of adjectives and nouns that end in a
 * noun, never across punctuation or a stopword (so none starts or ends with one). A past
 * participle is a modifier ("distributed systems"; tagTokens already made gerunds like "data
 * mining" nouns). A lone generic noun ("problem", "model") is dropped, though it may head a
 * phrase ("scheduling problem"). Only maximal runs: adding their sub-phrases as well fell from
 * 35 to 25 macro F1@10 on Inspec (npm run eval).
 *
 * `words`, when given, says for each token whether it is a word (starts with a letter or digit,
 * not a stopword), as isCandidateWord would: a caller that already knows saves the test.
 */
export function extractCandidates(tokens: string[], tags: string[], words?: ArrayLike<boolean>): Candidate[] {
  const out: Candidate[] = [];
  let start = -1;
  let lastHead = -1;
  const close = (): void => {
    if (start >= 0 && lastHead >= start) {
      const end = lastHead + 1;
      // Keep the head end of an over-long run: heads carry the topic ("... network architecture").
      const from = Math.max(start, end - MAX_CANDIDATE_WORDS);
      if (end - from > 1 || !GENERIC_TERMS.has(tokens[from].toLowerCase())) out.push({ start: from, end });
    }
    start = -1;
    lastHead = -1;
  };
  for (let i = 0; i < tokens.length; i++) {
    const tag = tags[i];
    const inRun = start >= 0;
    let head = false;
    let modifier = false;
    if (words ? words[i] : isCandidateWord(tokens[i])) {
      if (NOUNS.has(tag)) head = true;
      else if (MODIFIERS.has(tag)) modifier = true;
    }
    if (!head && !modifier) {
      close();
      continue;
    }
    if (!inRun) start = i;
    if (head) lastHead = i;
  }
  close();
  return out;
}
