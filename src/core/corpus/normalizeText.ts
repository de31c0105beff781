/**
 * Whitespace runs other than a lone space. Single spaces are the common case and replacing each
 * of them with itself made normalising several times slower on large corpora.
 */
const WHITESPACE_RUN = / [ \t\n\r\f\v\u0085\u2028\u2029]+|[\t\n\r\f\v\u0085\u2028\u2029][ \t\n\r\f\v\u0085\u2028\u2029]*/g;

/**
 * The only change the parsers make to titles and abstracts: Unicode NFC (so "é" typed two ways is
 * one string), runs of whitespace and line breaks collapsed to one space, ends trimmed. Other
 * characters, in any script, are kept exactly; non-breaking and ideographic spaces inside the
 * text are left alone because they can be meaningful in the source.
 */
export function normalizeText(text: string): string {
  return text.normalize('NFC').replace(WHITESPACE_RUN, ' ').trim();
}
