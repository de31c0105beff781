import { CorpusError } from './CorpusError';
import { jsonSyntaxError } from './jsonSyntaxError';
import type { RawCorpus, RawPaper } from './RawPaper';
import { rawPaperFromJson } from './rawPaperFromJson';
import type { CorpusWarning } from './types';

/**
 * JSON Lines: one JSON object a line, blank lines ignored. A line that is not valid JSON, or not
 * an object, is an error naming that line: guessing past it could silently lose papers.
 */
export function parseJsonLines(text: string, file: string): RawCorpus {
  const records: RawPaper[] = [];
  const warnings: CorpusWarning[] = [];
  let line = 0;
  // Walk the text with indexOf rather than split: a 100 MB corpus stays one string.
  for (let start = 0; start <= text.length; ) {
    const newline = text.indexOf('\n', start);
    const end = newline === -1 ? text.length : newline;
    line++;
    const content = text.slice(start, end).trim();
    start = end + 1;
    if (content === '') continue;

    let value: unknown;
    try {
      value = JSON.parse(content);
    } catch (error) {
      const { offset, reason } = jsonSyntaxError(error, content);
      throw new CorpusError(file, line, `malformed JSON (column ${offset + 1}): ${reason}`);
    }
    if (value === null || typeof value !== 'object' || Array.isArray(value)) {
      const found = value === null ? 'null' : Array.isArray(value) ? 'an array' : `a ${typeof value}`;
      throw new CorpusError(file, line, `expected a JSON object with "title" and "abstract", found ${found}`);
    }
    const recordLine = line;
    records.push(
      rawPaperFromJson(value as Record<string, unknown>, line, (message) =>
        warnings.push({ file, line: recordLine, message }),
      ),
    );
  }
  return { records, warnings };
}
