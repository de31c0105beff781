import PorterStemmer from 'natural/lib/natural/stemmers/porter_stemmer.js';
import { POSSESSIVE } from './extractCandidates';
import { tokenize } from './tokenize';

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/**
 * The vocabulary key of a term typed by a user or read from a thesaurus: its words lowercased and
 * Porter-stemmed (each part of a hyphenated word on its own), joined by spaces, exactly as
 * computeKeywords keys its candidates, so "LLMs" and "LLM" give "llm" and every vocabulary term's
 * shown form gives back its own key. Punctuation and a possessive "'s" are skipped (an eponym's
 * key is its words: "Crohn's disease" is "crohn diseas"); stopwords are kept (stemmed): no
 * candidate holds one, so a term with a stopword simply matches no keyword instead of being
 * confused with a shorter one ("state of the art" is not "state art"). '' when the text has no word.
 */
export function termKey(text: string): string {
  const words: string[] = [];
  for (const token of tokenize(text)) {
    if (!LETTER_OR_DIGIT.test(token) || POSSESSIVE.test(token)) continue;
    words.push(stemWord(token.toLowerCase()));
  }
  return words.join(' ');
}

/**
 * One lowercased word's stem: Porter, each part of a hyphenated word on its own
 * ("mixture-of-experts" gives "mixtur-of-expert"). computeKeywords stems the corpus's words with
 * it and termKey the user's, so a keyword's id and a curation key cannot drift apart.
 */
export function stemWord(lower: string): string {
  return lower.includes('-')
    ? lower
        .split('-')
        .map((part) => PorterStemmer.stem(part))
        .join('-')
    : PorterStemmer.stem(lower);
}
