import { describe, expect, it } from 'vitest';
import { CorpusError, parseCorpus } from '../../../src/core/corpus';

/** The CorpusError `run` throws (fails the test when it throws nothing or something else). */
function corpusError(run: () => unknown): CorpusError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(CorpusError);
    return error as CorpusError;
  }
  throw new Error('expected a CorpusError');
}

const ABSTRACT = 'Graph neural networks for molecules and proteins.';

// GEXF and GraphML drop most control characters, so these two ids would become one node there.
describe('paper ids with control characters', () => {
  it('refuses "p1\\u0001" in JSON Lines, naming the file, the line and the character', () => {
    const text = [
      JSON.stringify({ id: 'p0', title: 'First', abstract: ABSTRACT }),
      JSON.stringify({ id: 'p1\u0001', title: 'Second', abstract: ABSTRACT }),
      JSON.stringify({ id: 'p1\u0002', title: 'Third', abstract: ABSTRACT }),
    ].join('\n');
    const error = corpusError(() => parseCorpus(text, { fileName: 'papers.jsonl' }));
    expect(error.file).toBe('papers.jsonl');
    expect(error.line).toBe(2);
    expect(error.message).toBe('papers.jsonl:2: id "p1\\u0001" holds the control character U+0001; ids must be printable text');
    // The message itself carries no control character (it is printed on terminals).
    expect(error.message).not.toMatch(/[\u0000-\u001f]/);
  });

  it('refuses "p1\\u0002" in a CSV cell with its line', () => {
    const text = `id,title,abstract\np0,First,${ABSTRACT}\np1\u0002,Second,${ABSTRACT}\n`;
    const error = corpusError(() => parseCorpus(text, { fileName: 'papers.csv' }));
    expect(error.line).toBe(3);
    expect(error.problem).toContain('U+0002');
  });

  it('refuses DEL, C1 controls and a lone surrogate, but keeps printable Unicode ids', () => {
    for (const [id, code] of [
      ['a\u007f', 'U+007F'],
      ['a\u0085b', 'U+0085'],
      ['a\ud800', 'U+D800'],
    ] as const) {
      const text = JSON.stringify([{ id, title: 'T', abstract: ABSTRACT }]);
      expect(corpusError(() => parseCorpus(text, { fileName: 'p.json' })).problem).toContain(code);
    }
    const text = JSON.stringify([
      { id: '基于-1 ü', title: 'T', abstract: ABSTRACT },
      { id: 'astral 𝔽₂', title: 'U', abstract: ABSTRACT },
    ]);
    expect(parseCorpus(text, { fileName: 'p.json' }).papers.map((p) => p.id)).toEqual(['基于-1 ü', 'astral 𝔽₂']);
  });
});
