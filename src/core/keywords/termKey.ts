import PorterStemmer from 'natural/lib/natural/stemmers/porter_stemmer.js';
import { POSSESSIVE } from './extractCandidates';
import { tokenize } from './tokenize';

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const LOWERCASE = /\p{Ll}/u;

/**
 * The vocabulary key of a term typed by a user or read from a thesaurus: its words keyed by
 * keyWord (an acronym lowercased as written, any other word lowercased and Porter-stemmed, each
 * part of a hyphenated word on its own), joined by spaces, exactly as computeKeywords keys its
 * candidates, so "LLMs" and "LLM" give "llm", "AIDS" "aids" and "aids" "aid", and every
 * vocabulary term's shown form gives back its own key. Punctuation and a possessive "'s" are
 * skipped (an eponym's key is its words: "Crohn's disease" is "crohn diseas"); stopwords are kept
 * (stemmed): no candidate holds one, so a term with a stopword simply matches no keyword instead
 * of being confused with a shorter one ("state of the art" is not "state art"). '' when the text
 * has no word.
 */
export function termKey(text: string): string {
  const words: string[] = [];
  for (const token of tokenize(text)) {
    if (!LETTER_OR_DIGIT.test(token) || POSSESSIVE.test(token)) continue;
    words.push(keyWord(token));
  }
  return words.join(' ');
}

/**
 * A paper title's key, as computeKeywords reads it: termKey, but a title in capitals ("DEEP
 * NEURAL NETWORKS FOR CT") is read lowercased, since its capitals say nothing about acronyms.
 */
export function titleKey(title: string): string {
  return termKey(LOWERCASE.test(title) ? title : title.toLowerCase());
}

/**
 * An acronym as written: 2–4 capitals and digits, two capitals at least, a plural "s" allowed
 * ("LLMs"). A longer word in capitals is a word written so ("PATIENTS:", "SOURCES", the headings
 * of structured abstracts; "LARGE LANGUAGE MODELS" typed in capitals), stemmed as words are; the
 * acronyms Porter cut are short ("AIDS", "SARS", "ACE", "MSE").
 */
const ACRONYM = /^(?=[A-Z0-9]{2,4}s?$)(?=(?:[^A-Z]*[A-Z]){2})[A-Z][A-Z0-9]*s?$/;

/**
 * One token's part of a key: an acronym lowercased, less its plural "s" ("LLMs" and "LLM" give
 * "llm"), any other word stemWord's stem of it lowercased. Porter reads an acronym as a word and
 * cuts it: "AIDS" had the key of "aid" (the medical set writes "AIDS" 73 times and "aid" 18:
 * "hearing aid", "with the aid of"), "ACE" that of "AC", "MSE" that of "MS", "SARS" that of
 * "SAR". computeKeywords keys the corpus's tokens with it and termKey the user's; a title in
 * capitals says nothing about acronyms, and computeKeywords reads it lowercased.
 */
export function keyWord(token: string): string {
  if (ACRONYM.test(token)) return (token.endsWith('s') ? token.slice(0, -1) : token).toLowerCase();
  return stemWord(token.toLowerCase());
}

/**
 * One lowercased word's stem: Porter, each part of a hyphenated word on its own
 * ("mixture-of-experts" gives "mixtur-of-expert"). Reached through keyWord, by which
 * computeKeywords keys the corpus's words and termKey the user's, so a keyword's id and a
 * curation key cannot drift apart.
 */
function stemWord(lower: string): string {
  return lower.includes('-')
    ? lower
        .split('-')
        .map((part) => PorterStemmer.stem(part))
        .join('-')
    : PorterStemmer.stem(lower);
}
