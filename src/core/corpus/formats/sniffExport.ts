import type { ReaderKind } from './ReaderKind';

/** A Dimensions CSV export opens with one line about the export before its header row. */
export const DIMENSIONS_PREAMBLE = /^"?About the data:/;

/** The first line of PubMed's "Abstract (text)" format: "1. " and the citation. */
const PUBMED_TEXT_START = /^1\. \S/;
/** Its citation: a journal ("Lancet Digit Health"), ". ", a year, then the issue or a date. */
const PUBMED_CITATION = /^1\. [^.]{1,120}\. (?:1[5-9]|20)\d\d(?: [A-Z][a-z]{2}\b|;|:)/;

/** EndNote's XML export: `<xml><records>` after the XML declaration. */
const ENDNOTE_XML = /<xml>\s*<records>/;

/**
 * PubMed's XML: its `<PubmedArticleSet>` root (`<PubmedBookArticleSet>` for books), or the doctype
 * that names it, or a record standing alone.
 */
const PUBMED_XML = /<(?:!DOCTYPE\s+)?Pubmed(?:Book)?Article(?:Set)?[\s>]/;

/** A Lens CSV export's header row opens with its "Lens ID" column. */
const LENS_HEADER = /^"?Lens ID"?,/;

/**
 * The export format the start of a file shows, whatever its name (Web of Science and PubMed save
 * `.txt` files, RIS comes as `.txt` too): 'more' while the lines that decide it are not all in,
 * undefined when the start is none of these. `text` starts at the first non-blank character.
 *
 * - RIS: the first line is a tag line, normally "TY  - JOUR" (Ovid puts "1." before it).
 * - EndNote tagged (.enw): "%0 Journal Article".
 * - RefWorks tagged: "RT Journal Article".
 * - Web of Science plain text: "FN Clarivate Analytics Web of Science" (or a bare "PT J" record).
 * - Web of Science tab-delimited: a header of tab-separated field tags starting "PT", with "TI".
 * - MEDLINE: "PMID- 12345678".
 * - Scopus plain text: a "Scopus" line, then "EXPORT DATE: ..."; Scopus's BibTeX opens with the
 *   same two lines, then "@ARTICLE{".
 * - PubMed "Abstract (text)": "1. Nature. 2020 Jan;577(7788):89-94. doi: ...", a numbered citation
 *   (journal, year), with a "PMID: 123" line or an "Author information:" paragraph after it; or
 *   its "Summary (text)", a numbered citation ending with its PMID (read to be refused by name).
 * - Atom (the arXiv API): an XML declaration or a <feed> element with the Atom namespace.
 * - EndNote XML: `<xml><records>`, after the XML declaration.
 * - PubMed XML: `<PubmedArticleSet>` or `<PubmedBookArticleSet>` (or its doctype), or a lone
 *   `<PubmedArticle>` or `<PubmedBookArticle>`, after the XML declaration.
 * - Dimensions CSV: its "About the data" line, then a header with Title and Abstract.
 * - Lens CSV: a header row that starts with its "Lens ID" column and has Title and Abstract.
 */
export function sniffExport(text: string, ended: boolean): ReaderKind | 'more' | undefined {
  const end = text.indexOf('\n');
  if (end === -1 && !ended && text.length < 1000) return 'more';
  const first = (end === -1 ? text : text.slice(0, end)).replace(/\r$/, '');
  if (/^TY {1,2}- ?\S/.test(first)) return 'ris';
  if (/^\d+\.$/.test(first)) {
    // Ovid numbers its RIS records: "1." on a line of its own, then "TY  - JOUR".
    const next = /\n\s*(\S[^\n]*)(\n)?/.exec(text.slice(end));
    if (!next?.[2] && !ended && text.length < 1000) return 'more';
    return next && /^TY {1,2}- ?\S/.test(next[1]) ? 'ris' : undefined;
  }
  if (/^%0 \S/.test(first)) return 'endnote';
  if (/^RT \S/.test(first)) return 'refworks';
  if (/^PMID- ?\d/.test(first)) return 'pubmed';
  if (first.trim() === 'Scopus') return scopusExport(text.slice(end), ended || text.length >= 1000);
  if (PUBMED_TEXT_START.test(first)) {
    // "Summary (text)" has the PMID on the citation's line: its reader refuses it by name.
    if (/^(?:PMID: \d|Author information:)/m.test(text) || /\bPMID: \d+(?:;|\.|\s|$)/.test(first)) return 'pubmed-text';
    // The first record may run past what is shown: its citation alone decides then.
    if (text.length >= 8000 || ended) return PUBMED_CITATION.test(first) ? 'pubmed-text' : undefined;
    return 'more';
  }
  if (/^PT\t(?:[A-Z][A-Z0-9]\t)*/.test(first) && /\tTI(?:\t|$)/.test(first)) return 'wos-tab';
  if (/^FN (?:Clarivate|Thomson|ISI)/i.test(first) || /^PT [A-Z]$/.test(first)) return 'wos';
  if (first.startsWith('<')) {
    // The <feed> element may follow the XML declaration and comments.
    if (/<feed[\s>]/.test(text.slice(0, 4000))) return 'atom';
    if (ENDNOTE_XML.test(text.slice(0, 4000))) return 'endnote-xml';
    if (PUBMED_XML.test(text.slice(0, 4000))) return 'pubmed-xml';
    return ended || text.length >= 4000 ? undefined : 'more';
  }
  if (LENS_HEADER.test(first) && /(?:^|,)"?Title"?(?:,|$)/.test(first) && /(?:^|,)"?Abstract"?(?:,|$)/.test(first)) {
    return 'csv';
  }
  if (DIMENSIONS_PREAMBLE.test(first)) {
    const next = text.indexOf('\n', end + 1);
    if (next === -1 && !ended) return 'more';
    const header = text.slice(end + 1, next === -1 ? undefined : next).toLowerCase();
    return /title/.test(header) && /abstract/.test(header) ? 'csv' : undefined;
  }
  return undefined;
}

/**
 * What follows a first line "Scopus": "EXPORT DATE: ...", then the records of its plain text, or
 * the entries of its BibTeX ("@ARTICLE{..."); 'more' while those lines are not all in (`enough`:
 * no more text is coming, or the start shown is long enough to decide).
 */
export function scopusExport(rest: string, enough: boolean): 'scopus-text' | 'bibtex' | 'more' | undefined {
  // Whole lines only: a piece may end inside one.
  const whole = enough ? rest : rest.slice(0, rest.lastIndexOf('\n') + 1);
  const lines: string[] = [];
  for (const line of whole.split('\n')) {
    const trimmed = line.trim();
    if (trimmed !== '') lines.push(trimmed);
    if (lines.length === 2) break;
  }
  if (lines.length === 0) return enough ? undefined : 'more';
  if (!/^EXPORT DATE:/i.test(lines[0])) return undefined;
  if (lines.length === 1) return enough ? 'scopus-text' : 'more';
  return lines[1].startsWith('@') ? 'bibtex' : 'scopus-text';
}
