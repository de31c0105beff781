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
  return { title, abstract };
}

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
