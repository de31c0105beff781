import { cleanLatex } from '../readers/cleanLatex';

/** Named entities that publishers' metadata actually carries (Crossref, PubMed, Scopus); others stay as written. */
const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  ndash: '–',
  mdash: '—',
  hellip: '…',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
  laquo: '«',
  raquo: '»',
  copy: '©',
  reg: '®',
  trade: '™',
  deg: '°',
  plusmn: '±',
  times: '×',
  divide: '÷',
  minus: '−',
  le: '≤',
  ge: '≥',
  ne: '≠',
  asymp: '≈',
  micro: 'µ',
  middot: '·',
  bull: '•',
  prime: '′',
  sup2: '²',
  sup3: '³',
  frac12: '½',
  permil: '‰',
  alpha: 'α',
  beta: 'β',
  gamma: 'γ',
  delta: 'δ',
  epsilon: 'ε',
  kappa: 'κ',
  lambda: 'λ',
  mu: 'μ',
  pi: 'π',
  sigma: 'σ',
  tau: 'τ',
  phi: 'φ',
  chi: 'χ',
  omega: 'ω',
  Delta: 'Δ',
  Sigma: 'Σ',
  Omega: 'Ω',
  thinsp: '\u2009',
  auml: 'ä',
  ouml: 'ö',
  uuml: 'ü',
  Auml: 'Ä',
  Ouml: 'Ö',
  Uuml: 'Ü',
  szlig: 'ß',
  eacute: 'é',
  egrave: 'è',
  aacute: 'á',
  iacute: 'í',
  oacute: 'ó',
  uacute: 'ú',
  ntilde: 'ñ',
  ccedil: 'ç',
  agrave: 'à',
};

const ENTITY = /&(#[xX][0-9a-fA-F]{1,6}|#[0-9]{1,7}|[A-Za-z][A-Za-z0-9]{1,7});/g;

/** "&amp;", "&#233;", "&#x3b1;" as their characters; unknown names and invalid code points stay as written. */
export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(ENTITY, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[name] ?? whole;
  });
}

/** A heading "Abstract" that Crossref's JATS abstracts open with, tags included. */
const JATS_ABSTRACT_TITLE = /<(jats:)?title>\s*(?:abstract|summary)\s*<\/(?:jats:)?title>/gi;
/** Tags whose end separates words (paragraphs, sections, headings, line breaks, list items). */
const BLOCK_TAG = /<\/?(?:jats:)?(?:p|sec|br|div|li|title|list|list-item|abstract|label|h[1-6])(?:\s[^<>]*)?\/?>/gi;
/**
 * Other tags: any name with a namespace that abstracts carry (jats:, mml:, xlink:), or an HTML or
 * JATS element name from this list. Not any word after "<": plain-text maths such as "p<n and k>1"
 * must survive.
 */
const INLINE_TAG =
  /<\/?(?:(?:jats|mml|xlink|xhtml):[\w.-]+|(?:i|b|u|em|strong|sub|sup|sc|span|a|font|small|big|italic|bold|underline|monospace|inline-formula|disp-formula|tex-math|alternatives|math|mi|mo|mn|mrow|msub|msup|msubsup|mtext|mfrac|msqrt|ext-link|xref|named-content|styled-content|fig|caption|table|tbody|thead|tr|td|th|ul|ol|hr|img))(?:\s[^<>]*)?\/?>/gi;
/**
 * A MathML formula written without a prefix, as PubMed does: every tag inside it is MathML,
 * presentation (`<mfenced open="|" close=">">`, `<munderover>`) or content (`<apply>`, `<cn>`,
 * `<in/>`, `<complexes/>`), and goes, whatever its name; the text (numbers, letters, operators) stays.
 */
const MATH_ELEMENT = /<math[\s>][\s\S]*?<\/math>/g;
const ANY_TAG = /<\/?[A-Za-z][\w.:-]*(?:\s(?:[^<>"']|"[^"]*"|'[^']*')*)?\/?>/g;
/** An XML comment ("<!--Matrix:-->" in a PubMed abstract's MathML). */
const XML_COMMENT = /<!--[\s\S]*?-->/g;
/**
 * What some exports write where there is no abstract: a heading alone ("Abstract", ScienceDirect's
 * RIS), Scopus's "[No abstract available]", "Abstract not available", "N/A", a dash. The record
 * is then skipped as abstract-less rather than read with "Abstract" for its abstract.
 */
const NO_ABSTRACT =
  /^\s*\[?\s*(?:abstract|summary|(?:no )?abstract(?: is)?(?: not| un)?\s?available|not available|n\/a|-+|\u2013|\u2014)\s*\]?\s*[.:]?\s*$/i;

/** A placeholder where an abstract should be (NO_ABSTRACT): no abstract, in any corpus. */
export function isNoAbstract(text: string): boolean {
  return text.length < 40 && NO_ABSTRACT.test(text);
}

/**
 * A leading "Abstract:" or "ABSTRACT" heading that some exports keep in the abstract text, also
 * glued to the first word ("AbstractYouth with ...", Ovid records through Zotero).
 */
const ABSTRACT_PREFIX =
  /^\s*(?:(?:[Aa]bstract|ABSTRACT|[Ss]ummary|SUMMARY)\s*[:.—–-]\s*|ABSTRACT\s+|Abstract(?:\s+(?=[A-Z])|(?=[A-Z][a-z])))/;
/**
 * A copyright notice ending the abstract: "© 2019 Elsevier Ltd. All rights reserved.", "(C) 2020
 * Wiley", "Copyright © 2021 ...", "This article is protected by copyright." Only a notice in the
 * last 800 characters that starts a sentence is cut, so a "©" quoted mid-text survives. 800, not
 * less: open-access notices run long ("© The Author(s) 2026. This article is distributed under the
 * terms of the Creative Commons ... License (https://...) which permits ...", 470 characters in a
 * real Scopus export; its case is a row of test/core/corpus/formats/exportFormats.test.ts). Also
 * the notes databases end an abstract with: PsycINFO's "(PsycINFO Database Record (c) 2019 APA, all
 * rights reserved)", ProQuest's "[Author Abstract]" (and the "KEY WORDS: ..." after it, which its
 * KW lines repeat), EBSCO's "[ABSTRACT FROM AUTHOR]" and "Copyright of <journal> is the property of".
 * Global, so that a search starts at its lastIndex (noticeFrom), the lookbehind still seeing before it.
 */
const COPYRIGHT_TAIL =
  /(?:^|(?<=[.!?)\]"”])\s+|\s+(?=©))(?:(?:Copyright\s*)?(?:©|\([cC]\))\s*(?:\d{4}|[A-Z]|the\b)|Copyright\s+(?:\d{4}|the\b|by\b)|This article is protected by copyright|Published by [A-Z]|Copyright of [A-Z]|\(Psyc[A-Za-z]+ Database Record|\[(?:Author Abstract|ABSTRACT FROM (?:AUTHOR|PUBLISHER))\])[\s\S]*$/g;
const TAIL_WINDOW = 800;
/**
 * Strings one of which every notice COPYRIGHT_TAIL cuts holds, each within the notice's first 31
 * characters ("This article is protected by c|opyright").
 */
const NOTICE_MARKS = ['©', 'opyright', '(c)', '(C)', 'Published by', 'Abstract]', 'ABSTRACT FROM'];
const MARK_REACH = 31;

/**
 * Where a notice in `window` could start at the earliest, or -1 when it holds none. Plain searches
 * (native, memchr-fast) rule most abstracts out at half the cost of one alternation pattern on
 * 800-character tails (0.6 against 1.2 µs), and every abstract of an export pays them. The
 * pattern then starts there: before, it tried every position of the window (a tenth of reading
 * a Scopus CSV whose abstracts end with "© 2024 Elsevier").
 */
function noticeFrom(window: string): number {
  let first = -1;
  for (const mark of NOTICE_MARKS) {
    const at = window.indexOf(mark);
    if (at !== -1 && (first === -1 || at < first)) first = at;
  }
  if (first === -1) return -1;
  // A notice starts at most MARK_REACH characters before its mark, after the blanks before it,
  // which the match starts with: back over those too.
  let from = Math.max(0, first - MARK_REACH);
  while (from > 0 && /\s/.test(window[from - 1])) from--;
  return from;
}

/**
 * A structured abstract's headings glued to the sentence after them: "BackgroundDespite
 * pharmacological treatment, ... (RRMS).MethodThirteen participants ...". A Dimensions export of
 * BMC articles reads so: the source flattened the JATS section titles without a space. A heading
 * word at the start or after a sentence's end, then a capital and a small letter.
 */
const GLUED_HEADING =
  /(^|[.!?)\]]\s*)(Background|Introduction|Objectives?|Aims?|Purpose|Methods?|Methodology|Results|Findings|Conclusions?|Discussion|Interpretation)(?=[A-Z][a-z])/g;

/**
 * The abstract with glued headings set apart ("Method Thirteen"), when it has two or more (one may
 * be a word). A structured abstract has its results: without "Result" or "Finding" in it, two plain
 * searches (0.1 µs on 1,200 characters) spare every other abstract the pattern (2.5 µs).
 */
function unglueHeadings(text: string): string {
  if (!text.includes('Result') && !text.includes('Finding')) return text;
  GLUED_HEADING.lastIndex = 0;
  let count = 0;
  while (GLUED_HEADING.exec(text) !== null && count < 2) count++;
  if (count < 2) return text;
  return text.replace(
    GLUED_HEADING,
    (_, before: string, heading: string) => `${before === '' ? '' : `${before.trimEnd()} `}${heading} `,
  );
}

export interface CleanMarkupOptions {
  /** The text may hold LaTeX (arXiv titles and abstracts): math and commands become plain text. */
  latex?: boolean;
  /** Strip an "Abstract:" heading and a copyright notice at the end (abstracts only). */
  abstract?: boolean;
}

/**
 * Plain text from a title or abstract as databases export it: JATS and HTML tags removed (block
 * tags leave a space so paragraphs do not run together), entities decoded, LaTeX cleaned when
 * asked, and for abstracts the "Abstract:" heading and the publisher's copyright tail dropped;
 * neither is about the paper's topic, and "Elsevier" would otherwise become a keyword.
 */
export function cleanMarkup(text: string, options: CleanMarkupOptions = {}): string {
  let clean = text;
  if (clean.includes('<')) {
    if (clean.includes('<!--')) clean = clean.replace(XML_COMMENT, ' ');
    if (clean.includes('<math')) clean = clean.replace(MATH_ELEMENT, (math) => math.replace(ANY_TAG, ' '));
    if (options.abstract) clean = clean.replace(JATS_ABSTRACT_TITLE, ' ');
    clean = clean.replace(BLOCK_TAG, ' ').replace(INLINE_TAG, '');
  }
  clean = decodeEntities(clean);
  if (options.latex && /[\\${}]/.test(clean)) clean = cleanLatex(clean);
  if (options.abstract) {
    if (NO_ABSTRACT.test(clean)) return '';
    clean = unglueHeadings(clean.replace(ABSTRACT_PREFIX, ''));
    const from = Math.max(0, clean.length - TAIL_WINDOW);
    const window = from === 0 ? clean : clean.slice(from);
    // Most abstracts have no notice: a plain search rules it out before the costlier pattern.
    const start = noticeFrom(window);
    let tail: RegExpExecArray | null = null;
    if (start !== -1) {
      COPYRIGHT_TAIL.lastIndex = start;
      tail = COPYRIGHT_TAIL.exec(window);
    }
    // A notice that is the whole text is not a tail: leave it (the record is then still read).
    if (tail && from + tail.index > 0) clean = clean.slice(0, from + tail.index);
  }
  return clean.trim();
}
