/**
 * Characters an id may not hold: C0 and C1 controls, DEL, lone surrogates and the non-characters
 * U+FFFE and U+FFFF. XML writers (GEXF, GraphML) must drop most of them, so two ids that differ only
 * in one would become the same node in Gephi or networkx; none of them is visible in the app either.
 * With the `u` flag a surrogate range matches only unpaired surrogates (a pair is one code point).
 */
const CONTROL = /[\u0000-\u001F\u007F-\u009F\uD800-\uDFFF\uFFFE\uFFFF]/u;
const CONTROL_ALL = /[\u0000-\u001F\u007F-\u009F\uD800-\uDFFF\uFFFE\uFFFF]/gu;

/** The first control character in `text` as "U+0001", or null when there is none. */
export function findControlCharacter(text: string): string | null {
  const match = CONTROL.exec(text);
  return match ? `U+${match[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}` : null;
}

/**
 * `text` with each control character written as `\u0001`: an id quoted in a message must not
 * carry the character itself (a terminal would act on it, a reader would not see it).
 */
export function showControlCharacters(text: string): string {
  return text.replace(CONTROL_ALL, (ch) => `\\u${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`);
}
