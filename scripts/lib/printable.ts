/**
 * C0 and C1 control characters (but line feed), DEL, and the Unicode marks that reorder text
 * (bidirectional overrides and isolates). Corpus text reaches messages (a title in a warning);
 * `\e]0;…\a` would retitle the user's terminal, `\e[2J` clear it, U+202E flip what follows.
 */
const UNPRINTABLE = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** `text` safe to write to a terminal: the characters above dropped. */
export function printable(text: string): string {
  return text.replace(UNPRINTABLE, '');
}
