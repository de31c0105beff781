/**
 * Characters XML 1.0 forbids anywhere in a document, even escaped: C0 controls other than tab,
 * line feed and carriage return, lone surrogates, U+FFFE and U+FFFF. Corpus text scraped from PDFs
 * carries such characters (form feeds, NULs); one of them makes the whole file unreadable, so
 * they are dropped rather than escaped.
 */
const ILLEGAL = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;
const SPECIAL = /[&<>"'\t\n\r]/g;
// Tab, line feed and carriage return become character references so that they survive inside
// attribute values (a parser turns a literal one into a space) and a CR is not folded into a LF.
const ENTITY: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
  '\t': '&#9;',
  '\n': '&#10;',
  '\r': '&#13;',
};

/**
 * Makes any string safe as XML character data or as a quoted attribute value: escapes the five
 * special characters (and tab, LF, CR) and drops characters that XML 1.0 does not allow. Every
 * writer of XML (SVG, GEXF, GraphML) passes all text through here.
 */
export function escapeXml(text: string): string {
  return text.replace(ILLEGAL, '').replace(SPECIAL, (ch) => ENTITY[ch]);
}

/** Drops the characters XML 1.0 forbids, escaping nothing: for comments, where no entity works. */
export function stripInvalidXmlChars(text: string): string {
  return text.replace(ILLEGAL, '');
}
