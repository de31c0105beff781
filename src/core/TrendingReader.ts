import type { RawCorpus, RawPaper } from './RawPaper';
import type { CorpusWarning } from './types';

/** Lines of the trending-papers web page that are not papers ("Get trending papers in your email inbox!"). */
const CHROME = /^(?:get trending papers in your email inbox\b.*|subscribe)$/i;

/**
 * "SubscribeMuon is Scalable...": the page's button text glued to the first title when copied.
 * Not stripped from a title that really starts with "Subscribers", "Subscribed" or "Subscribes".
 */
const GLUED_SUBSCRIBE = /^Subscribe(?!(?:rs?|d|s)\b)(?=\S)/;

/** Longer than any real title: such a line is an abstract whatever its shape. */
const ABSTRACT_LENGTH = 400;

/**
 * The text copied from a trending-papers page: page chrome, then a title line and an abstract
 * line for each paper. Lines are told apart by shape, not by position alone, so a missing line
 * costs one paper (reported as a warning with its line number) instead of shifting every title
 * onto the wrong abstract.
 */
export function parseTrending(text: string, file: string): RawCorpus {
  const lines = text.split(/\r\n|\r|\n/);
  const records: RawPaper[] = [];
  const warnings: CorpusWarning[] = [];

  // Content lines with their 1-based numbers; chrome dropped, "Subscribe" unglued from a title.
  const content: { line: number; text: string; abstract: boolean }[] = [];
  let afterChrome = true;
  lines.forEach((raw, index) => {
    const trimmed = raw.trim();
    if (trimmed === '') return;
    if (CHROME.test(trimmed)) {
      afterChrome = true;
      return;
    }
    const textOfLine = afterChrome ? trimmed.replace(GLUED_SUBSCRIBE, '') : trimmed;
    afterChrome = false;
    content.push({ line: index + 1, text: textOfLine, abstract: looksLikeAbstract(textOfLine) });
  });

  for (let k = 0; k < content.length; k++) {
    const current = content[k];
    const next = content[k + 1];
    if (current.abstract) {
      warnings.push({
        file,
        line: current.line,
        message: `text without a title before it (looks like an abstract: "${preview(current.text)}"); skipped`,
      });
      continue;
    }
    if (next && (next.abstract || pairsAsShortAbstract(current, next, content[k + 2]))) {
      records.push({ line: current.line, title: current.text, abstract: next.text });
      k++;
      continue;
    }
    warnings.push({
      file,
      line: current.line,
      message: `title "${preview(current.text)}" has no abstract after it; skipped`,
    });
  }
  return { records, warnings };
}

/**
 * Abstracts are long and made of sentences; titles are short and rarely end with a full stop.
 * Long lines are decided by length alone, so a megabyte-long abstract is not scanned here.
 */
function looksLikeAbstract(line: string): boolean {
  if (line.length >= ABSTRACT_LENGTH) return true;
  const sentenceBreaks = (line.match(/[.!?]["')\]]?\s+["'(]?[A-Z0-9]/g) ?? []).length;
  const endsLikeSentence = /[.!?]["')\]]?$/.test(line);
  if (line.length >= 200 && (sentenceBreaks >= 1 || endsLikeSentence)) return true;
  return sentenceBreaks >= 2 && endsLikeSentence;
}

/**
 * Two title-shaped lines in a row: is the second a very short abstract of the first, or the
 * next paper's title? It is an abstract when it ends like a sentence and the line after it
 * is not an abstract (which would make it a title).
 */
function pairsAsShortAbstract(
  title: { text: string },
  candidate: { text: string },
  after: { abstract: boolean } | undefined,
): boolean {
  if (after?.abstract) return false;
  return /[.!?]["')\]]?$/.test(candidate.text) && !/[.!?]$/.test(title.text) && candidate.text.length > title.text.length;
}

function preview(text: string): string {
  return text.length <= 60 ? text : `${text.slice(0, 57)}...`;
}
