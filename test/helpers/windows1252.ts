/** The characters Windows-1252 writes with the bytes 0x80 to 0x9F, by byte (its undefined five left out). */
const HIGH: Record<string, number> = {
  '€': 0x80,
  '‚': 0x82,
  ƒ: 0x83,
  '„': 0x84,
  '…': 0x85,
  '†': 0x86,
  '‡': 0x87,
  ˆ: 0x88,
  '‰': 0x89,
  Š: 0x8a,
  '‹': 0x8b,
  Œ: 0x8c,
  Ž: 0x8e,
  '‘': 0x91,
  '’': 0x92,
  '“': 0x93,
  '”': 0x94,
  '•': 0x95,
  '–': 0x96,
  '—': 0x97,
  '˜': 0x98,
  '™': 0x99,
  š: 0x9a,
  '›': 0x9b,
  œ: 0x9c,
  ž: 0x9e,
  Ÿ: 0x9f,
};

/**
 * Text written as Windows-1252 bytes, as Excel's "CSV (Comma delimited)" and older Windows tools
 * save it (no encoder for it ships with Node or the browsers; the table is written out here rather
 * than taken from the code under test). Throws on a character it cannot write.
 */
export function windows1252(text: string): Buffer {
  return Buffer.from(
    Array.from(text, (c) => {
      const code = c.codePointAt(0) ?? 0;
      if (code < 0x80 || (code >= 0xa0 && code <= 0xff)) return code;
      const b = HIGH[c];
      if (b === undefined) throw new Error(`no Windows-1252 byte for ${JSON.stringify(c)}`);
      return b;
    }),
  );
}

/** The text with every character Windows-1252 cannot write (Greek, CJK, math) made "?". */
export function westernOnly(text: string): string {
  return Array.from(text, (c) => {
    const code = c.codePointAt(0) ?? 0;
    return code < 0x80 || (code >= 0xa0 && code <= 0xff) || HIGH[c] !== undefined ? c : '?';
  }).join('');
}
