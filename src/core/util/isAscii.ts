const ASCII_ONLY = /^[\u0000-\u007f]*$/;

/**
 * Whether every character of `text` is ASCII: such text can take a pattern written for ASCII (A-Z,
 * a-z, 0-9) in place of Unicode property classes, with the same result. Those classes are slow on
 * a two-byte string, and a text cut from a corpus is one as soon as its piece of the file holds a
 * character past Latin-1 anywhere (irregexp checks the class against a table on one-byte strings,
 * against range lists on two-byte ones).
 */
export function isAscii(text: string): boolean {
  return ASCII_ONLY.test(text);
}
