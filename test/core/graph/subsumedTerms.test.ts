import { describe, expect, it } from 'vitest';
import { subsumedTerms } from '../../../src/core/graph/subsumedTerms';

/** Compressed rows by term from lists of papers (ascending). */
function rows(papersOfTerm: number[][]): { start: Int32Array; paper: Int32Array } {
  const start = new Int32Array(papersOfTerm.length + 1);
  papersOfTerm.forEach((p, t) => (start[t + 1] = start[t] + p.length));
  return { start, paper: Int32Array.from(papersOfTerm.flat()) };
}

describe('subsumedTerms', () => {
  const keys = ['languag model', 'larg languag model', 'algorithm', 'genet algorithm', 'sft', 'sft dataset'];
  const keyOf = (t: number): string => keys[t];
  const papers = rows([
    [0, 1, 2, 3, 4], // language models: 4 of its 5 papers say "large language models"
    [0, 1, 2, 3],
    [0, 5, 6, 7, 8, 9], // algorithm: 1 of 6 papers says "genetic algorithm"
    [5],
    [0, 1, 2], // SFT: heads no chosen phrase; "SFT datasets" starts with it
    [0, 1, 2],
  ]);

  it('drops a head most of whose papers a longer chosen phrase ending with it covers', () => {
    expect(subsumedTerms([0, 1, 2, 3, 4, 5], keyOf, papers, 10, 0.75)).toEqual([0]);
  });

  it('keeps a head the phrases cover in few of its papers, and a term that only starts a phrase', () => {
    expect(subsumedTerms([2, 3, 4, 5], keyOf, papers, 10, 0.75)).toEqual([]);
    // With a lower share the word goes too once its phrases cover enough of it.
    expect(subsumedTerms([2, 3], keyOf, papers, 10, 0.15)).toEqual([2]);
  });

  it('keeps a head whose longer phrase is not chosen', () => {
    expect(subsumedTerms([0, 2], keyOf, papers, 10, 0.75)).toEqual([]);
  });
});
