import { CorpusError, parseCorpus } from '../corpus';
import { PlaceInputError } from './PlaceInputError';
import type { PlaceInput } from './placePaper';

/**
 * The paper a user gives to place, from text: a BibTeX entry (the text starts with `@`, read by
 * the corpus stage's BibTeX reader, which needs a title and an abstract field), or plain text
 * whose first non-blank line is the title and whose following lines are the abstract (joined by
 * spaces). `file` names the text in errors ("paper.txt:3: …"; "pasted" in the app).
 */
export function parsePlaceInput(text: string, file: string): PlaceInput {
  const body = text.replace(/^\uFEFF/, '');
  // A PDF, a picture or UTF-16 read as text: NULs, or many characters that are no text.
  const sample = body.slice(0, 2000);
  const junk = sample.match(/[\u0000-\u0008\u000e-\u001f\uFFFD]/g)?.length ?? 0;
  if (body.includes('\u0000') || (sample.length > 0 && junk >= sample.length * 0.05))
    throw new PlaceInputError(
      file,
      undefined,
      "binary file, not a paper's text: give its title on the first line and its abstract below it",
    );
  const lines = body.split(/\r\n|\r|\n/);
  const first = lines.findIndex((line) => line.trim() !== '');
  if (first < 0) {
    throw new PlaceInputError(
      file,
      undefined,
      'nothing to place: give a title on the first line and the abstract below it, or a BibTeX entry',
    );
  }
  if (lines[first].trimStart().startsWith('@')) return bibtexPaper(body, file, first + 1);
  // An export's tagged record ("TY  - JOUR", "PMID- 123", "PT J"): its tags would be read as words.
  if (/^(?:[A-Z][A-Z0-9]{1,3} {0,2}- |PT [A-Z]$|FN |%0 )/.test(lines[first]))
    throw new PlaceInputError(
      file,
      first + 1,
      `reads as a tagged export ("${lines[first].trim().slice(0, 30)}"), not a paper's text: give its title on the first line and its abstract below it, or a BibTeX entry`,
    );
  const title = lines[first].trim();
  const abstract = lines
    .slice(first + 1)
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .join(' ');
  if (abstract === '')
    throw new PlaceInputError(
      file,
      first + 1,
      `no abstract: the title "${title}" is the only line; put the abstract on the lines below it`,
    );
  // Longer than any abstract: a whole corpus, not one paper.
  if (abstract.length > MAX_ABSTRACT)
    throw new PlaceInputError(
      file,
      first + 2,
      `${abstract.length.toLocaleString('en')} characters below the title, more than any abstract: give one paper, its title on the first line and its abstract below it`,
    );
  return { title, abstract };
}

/** Characters, past any real abstract (the longest in the eval corpora are under 5,000). */
const MAX_ABSTRACT = 20000;

function bibtexPaper(text: string, file: string, line: number): PlaceInput {
  let papers;
  let warnings;
  try {
    ({ papers, warnings } = parseCorpus(text, { fileName: file, format: 'bibtex' }));
  } catch (error) {
    if (error instanceof CorpusError) {
      // "No papers" comes with the warning that says why the entry was skipped.
      const why = error.line === undefined ? error.warnings[0] : undefined;
      throw new PlaceInputError(file, why ? (why.line ?? line) : error.line, why ? why.message : error.problem);
    }
    throw error;
  }
  if (papers.length === 0) {
    // The reader skipped the entry: its warning says why (no abstract, no title, malformed).
    const why = warnings[0];
    throw new PlaceInputError(file, why?.line ?? line, why ? why.message : 'no BibTeX entry with a title and an abstract');
  }
  if (papers.length > 1) {
    throw new PlaceInputError(file, papers[1].line, `${papers.length} BibTeX entries: give one paper to place`);
  }
  return { title: papers[0].title, abstract: papers[0].abstract };
}
