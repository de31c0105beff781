import { isAscii } from '../util';

/**
 * Splits text into word tokens and single-character punctuation tokens, in order.
 *
 * natural's tokenizers do not fit key phrases: WordPunctTokenizer splits "3D" into "3" and "D" and
 * "ship's" into three tokens, TreebankWordTokenizer keeps a sentence's full stop on "3D.". Here a
 * word is a run of letters (any script, with combining marks) and digits, which may be joined by
 * hyphens ("mixture-of-experts"), by "." or "," between digits ("5.7T", "1,000") and by an
 * apostrophe inside a word ("don't"). A possessive "'s" becomes its own token, so "ship's" gives
 * "ship", "'s". A single letter with "++" or "#" after it, where the name ends, is one word:
 * "C++", "C#", "F#", "g++", "C++11" name languages and tools (Inspec's indexers give "C++ language";
 * split, it was the word "language" alone). So is a capital letter with "*" after it, with any
 * hyphenated parts after that: "A*" search, "Q*", the seed corpus's method "A*-PO" (split, its
 * "PO" was one node with another paper's "PO" for "partially observable"). Every other non-space
 * character is a punctuation token, so later stages can refuse to join words across it.
 */
const TOKEN =
  /\p{L}\+\+(?:\p{N}\p{N})?(?![\p{L}\p{M}\p{N}+])|\p{Lu}#(?![\p{L}\p{M}\p{N}#])|\p{Lu}\*(?:[-\u2010\u2011][\p{L}\p{M}\p{N}]+)*(?![\p{L}\p{M}\p{N}*])|[\p{L}\p{M}\p{N}]+(?:(?:[-\u2010\u2011_]|(?<=\p{N})[.,](?=\p{N})|['\u2019](?!s(?![\p{L}\p{M}\p{N}]))(?=\p{L}))[\p{L}\p{M}\p{N}]+)*|['\u2019]s(?![\p{L}\p{M}\p{N}])|[^\s\p{L}\p{M}\p{N}]/gu;

/**
 * TOKEN for ASCII text: the same tokens (in ASCII, letters are A-Z and a-z, digits 0-9, and there
 * are no marks), found without the Unicode classes, which are slow on text cut from a two-byte
 * string (one holding a character past Latin-1 anywhere: a real corpus's pieces and files): a
 * 1,000-character ASCII abstract cut from one took 50 µs with TOKEN, 20 µs when one-byte.
 */
const ASCII_TOKEN =
  /[A-Za-z]\+\+(?:[0-9]{2})?(?![A-Za-z0-9+])|[A-Z]#(?![A-Za-z0-9#])|[A-Z]\*(?:[-\u2010\u2011][A-Za-z0-9]+)*(?![A-Za-z0-9*])|[A-Za-z0-9]+(?:(?:[-\u2010\u2011_]|(?<=[0-9])[.,](?=[0-9])|['\u2019](?!s(?![A-Za-z0-9]))(?=[A-Za-z]))[A-Za-z0-9]+)*|['\u2019]s(?![A-Za-z0-9])|[^\sA-Za-z0-9]/g;

/**
 * Web addresses and e-mail addresses: a boundary between phrases, never words of one ("https").
 * An e-mail address may only start where a run of its characters starts (the look-behind):
 * without it the pattern tried every position of a long run such as "a-a-a-…" and scanned to its
 * end each time (quadratic: 27 s for 200,000 characters). Any match starting inside a run would
 * reach the same "@" as one starting at the run's start, so the matches are the same.
 */
const ADDRESS = /\b(?:https?:\/\/|www\.)(?:[^\s<>()"']*[^\s<>()"'.,;:!?])?|(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+/gi;

/** Text without any of these has no address: a cheap test that skips ADDRESS, which scans slowly. */
const MAY_HAVE_ADDRESS = /@|:\/\/|www\./i;

/**
 * Longest word kept, in UTF-16 code units. Porter stemming is quadratic in a word's length (a
 * 200,000-letter run took 72 s), and no key phrase has a longer word (the longest hyphenated
 * terms in the eval corpora are under 40). A longer run is a boundary (";"), like an address.
 */
export const MAX_WORD_LENGTH = 64;

export function tokenize(text: string): string[] {
  const words = MAY_HAVE_ADDRESS.test(text) ? text.replace(ADDRESS, ' ; ') : text;
  const tokens = words.match(isAscii(text) ? ASCII_TOKEN : TOKEN) ?? [];
  for (let i = 0; i < tokens.length; i++) if (tokens[i].length > MAX_WORD_LENGTH) tokens[i] = ';';
  return tokens;
}

/**
 * tokenize's tokens with where each starts in `text`, for showing the text (structured abstracts:
 * abstractSections): the same patterns, without tokenize's boundaries for addresses and over-long
 * words, which change no heading.
 */
export function tokenizeWithOffsets(text: string): { tokens: string[]; starts: number[] } {
  const pattern = new RegExp(isAscii(text) ? ASCII_TOKEN : TOKEN);
  const tokens: string[] = [];
  const starts: number[] = [];
  for (const match of text.matchAll(pattern)) {
    tokens.push(match[0]);
    starts.push(match.index);
  }
  return { tokens, starts };
}
