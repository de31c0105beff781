import { LATEX_SYMBOLS } from './latexSymbols';

/**
 * Plain Unicode text from a BibTeX field written in LaTeX, as Zotero and Google Scholar export
 * titles and abstracts: accents become letters ({\"o} -> ö, \c{c} -> ç), escaped characters
 * become themselves (\& -> &), formatting commands keep their text (\textit{x} -> x), math keeps
 * its inner text with common symbols ($\alpha \leq 2$ -> α ≤ 2), braces go, and whitespace is
 * collapsed. One pass over the text, so a long abstract costs linear time.
 */
export function cleanLatex(latex: string): string {
  return new LatexCleaner(latex).run().normalize('NFC').replace(/\s+/g, ' ').trim();
}

/** Combining marks for the accent commands. */
const ACCENTS: Record<string, string> = {
  "'": '\u0301',
  '`': '\u0300',
  '^': '\u0302',
  '"': '\u0308',
  '~': '\u0303',
  '=': '\u0304',
  '.': '\u0307',
  u: '\u0306',
  v: '\u030c',
  H: '\u030b',
  c: '\u0327',
  k: '\u0328',
  r: '\u030a',
  d: '\u0323',
  b: '\u0331',
  t: '\u0361',
};

/** Letter commands used inside words ("Stra\ss e"): the space after them only ends the command. */
const LETTERS: Record<string, string> = {
  ss: 'ß',
  SS: 'SS',
  o: 'ø',
  O: 'Ø',
  ae: 'æ',
  AE: 'Æ',
  oe: 'œ',
  OE: 'Œ',
  aa: 'å',
  AA: 'Å',
  l: 'ł',
  L: 'Ł',
  i: 'ı',
  j: 'ȷ',
  dh: 'ð',
  DH: 'Ð',
  th: 'þ',
  TH: 'Þ',
  ng: 'ŋ',
  NG: 'Ŋ',
  dj: 'đ',
  DJ: 'Đ',
};

/** Commands that make space; "\\" is a line break. */
const SPACES = new Set(['quad', 'qquad', 'par', 'newline', 'linebreak', 'enspace', 'thinspace', 'hfill', 'noindent']);

/** Commands whose argument is not text to keep (citations, labels, spacing amounts). */
const DROP_ARGUMENT = new Set(['cite', 'citep', 'citet', 'citealp', 'ref', 'eqref', 'label', 'vspace', 'hspace', 'footnote']);

/** Characters with a meaning in LaTeX text; everything else is copied in runs. */
const SPECIAL = /[\\{}~$`'-]/g;

class LatexCleaner {
  private readonly out: string[] = [];
  private i = 0;
  private math = false;

  constructor(private readonly text: string) {}

  run(): string {
    const { text, out } = this;
    while (this.i < text.length) {
      SPECIAL.lastIndex = this.i;
      const match = SPECIAL.exec(text);
      const at = match ? match.index : text.length;
      if (at > this.i) out.push(text.slice(this.i, at));
      this.i = at;
      if (!match) break;
      this.special(match[0]);
    }
    return out.join('');
  }

  private special(c: string): void {
    const { text, out } = this;
    const next = text[this.i + 1];
    switch (c) {
      case '\\':
        this.command();
        return;
      case '{':
      case '}':
        this.i++;
        return;
      case '~':
        out.push(' ');
        this.i++;
        return;
      case '$':
        this.math = !this.math;
        this.i += next === '$' ? 2 : 1;
        return;
      case '-':
        if (!this.math && next === '-') {
          const triple = text[this.i + 2] === '-';
          out.push(triple ? '—' : '–');
          this.i += triple ? 3 : 2;
        } else {
          out.push('-');
          this.i++;
        }
        return;
      case '`':
      case "'":
        if (!this.math && next === c) {
          out.push(c === '`' ? '“' : '”');
          this.i += 2;
        } else {
          out.push(c);
          this.i++;
        }
        return;
    }
  }

  /** At a backslash. */
  private command(): void {
    const { text, out } = this;
    const start = this.i + 1;
    const first = text[start];
    if (first === undefined) {
      this.i = start;
      return;
    }
    if (!isLetter(first)) {
      this.i = start + 1;
      if (first in ACCENTS) this.accent(ACCENTS[first], false, first);
      else if ('&%$#_{}'.includes(first)) out.push(first);
      else if (first === ' ' || first === '\\' || first === ',' || first === ';' || first === ':' || first === '\n')
        out.push(' ');
      else if (first === '(' || first === ')' || first === '[' || first === ']') this.math = first === '(' || first === '[';
      // "\-" (hyphenation point), "\/" (italic correction), "\@", "\!" print nothing.
      return;
    }
    let end = start;
    while (end < text.length && isLetter(text[end])) end++;
    const name = text.slice(start, end);
    this.i = end;
    if (name.length === 1 && name in ACCENTS) {
      this.skipSpace();
      this.accent(ACCENTS[name], true, '');
    } else if (name in LETTERS) {
      this.skipSpace();
      this.skipEmptyGroup();
      out.push(LETTERS[name]);
    } else if (Object.hasOwn(LATEX_SYMBOLS, name)) {
      this.skipEmptyGroup();
      out.push(LATEX_SYMBOLS[name]);
    } else if (SPACES.has(name)) {
      out.push(' ');
    } else if (DROP_ARGUMENT.has(name)) {
      // "shown in~\cite{x}." should read "shown in." rather than "shown in .".
      this.trimOutputEnd();
      this.skipSpace();
      if (text[this.i] === '[') this.skipPast(']');
      if (text[this.i] === '{') this.i = this.groupEnd(this.i);
    } else if (name === 'url') {
      // A URL is verbatim: its "~" and "_" are characters, not LaTeX.
      this.skipSpace();
      if (text[this.i] === '{') {
        const end = this.groupEnd(this.i);
        out.push(text.slice(this.i + 1, end - 1));
        this.i = end;
      }
    } else if (name === 'href') {
      // \href{url}{text}: keep the text.
      this.skipSpace();
      if (text[this.i] === '{') this.i = this.groupEnd(this.i);
    } else {
      // Unknown or formatting command (\textit, \emph, \mathbf, {\em ...}): keep what follows.
      this.skipSpace();
    }
  }

  /** Puts `mark` on the next letter or group: \'e, \'{e}, \c c, \'{\i}. */
  private accent(mark: string, letterCommand: boolean, symbol: string): void {
    const { text, out } = this;
    let base: string;
    if (text[this.i] === '{') {
      const end = this.groupEnd(this.i);
      base = text.slice(this.i + 1, end - 1).trim();
      this.i = end;
      if (/^\\[ij](?![a-zA-Z])/.test(base)) base = base[1] + base.slice(2);
      else if (base.includes('\\') || base.includes('{')) base = new LatexCleaner(base).run();
    } else if (text[this.i] === '\\' && /^[ij](?![a-zA-Z])/.test(text.slice(this.i + 1, this.i + 3))) {
      base = text[this.i + 1];
      this.i += 2;
    } else if (this.i < text.length && !/\s/.test(text[this.i])) {
      const code = text.codePointAt(this.i) ?? 0;
      base = String.fromCodePoint(code);
      this.i += base.length;
    } else base = '';
    if (base === '') {
      // "\~{}" and "\^{}" are how exports write a literal tilde or caret.
      if (!letterCommand) out.push(symbol);
      return;
    }
    const firstLength = (base.codePointAt(0) ?? 0) > 0xffff ? 2 : 1;
    out.push(base.slice(0, firstLength) + mark + base.slice(firstLength));
  }

  private trimOutputEnd(): void {
    const { out } = this;
    while (out.length > 0) {
      const trimmed = out[out.length - 1].trimEnd();
      if (trimmed !== '') {
        out[out.length - 1] = trimmed;
        return;
      }
      out.pop();
    }
  }

  private skipSpace(): void {
    while (this.i < this.text.length && /\s/.test(this.text[this.i])) this.i++;
  }

  private skipEmptyGroup(): void {
    if (this.text.startsWith('{}', this.i)) this.i += 2;
  }

  private skipPast(close: string): void {
    const end = this.text.indexOf(close, this.i);
    this.i = end === -1 ? this.text.length : end + 1;
  }

  /** Offset after the brace that closes the group opening at `open`. */
  private groupEnd(open: number): number {
    let depth = 0;
    for (let j = open; j < this.text.length; j++) {
      const c = this.text[j];
      if (c === '\\') j++;
      else if (c === '{') depth++;
      else if (c === '}' && --depth === 0) return j + 1;
    }
    return this.text.length;
  }
}

function isLetter(c: string): boolean {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}
