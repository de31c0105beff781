import { describe, expect, it } from 'vitest';
import { titledTerms } from '../../../src/core/graph/titledTerms';

/** Compressed rows by term from lists of papers (ascending). */
function rows(papersOfTerm: number[][]): { start: Int32Array; paper: Int32Array } {
  const start = new Int32Array(papersOfTerm.length + 1);
  papersOfTerm.forEach((p, t) => (start[t + 1] = start[t] + p.length));
  return { start, paper: Int32Array.from(papersOfTerm.flat()) };
}

describe('titledTerms', () => {
  const keys = ['neural network', 'great deal', 'net', 'optim control', 'control'];
  const keyOf = (t: number): string => keys[t];
  const titleKeys = ['deep neural network for imag', 'a studi of net pai', 'optim control of ship', 'survey'];
  const papers = rows([
    [0, 3], // "neural networks": paper 0's title says it
    [0, 1, 3], // "great deal": in no title
    [0, 3], // "net": only paper 1's title has the word, and paper 1 does not contain the term
    [2], // "optimal control": its one paper's title
    [3], // "control": paper 2's title has it, but paper 2 is not among its papers
  ]);

  it('keeps a term that the title of one of its own papers contains', () => {
    expect([...titledTerms([0, 1, 2, 3, 4], keyOf, papers, titleKeys)].sort()).toEqual([0, 3]);
  });

  it('matches whole words only: "net" is not found in "neural network"', () => {
    expect(titledTerms([2], keyOf, rows([[], [], [0], [], []]), titleKeys).size).toBe(0);
    expect(titledTerms([2], keyOf, rows([[], [], [1], [], []]), titleKeys).has(2)).toBe(true);
  });

  it('looks only at the terms asked about', () => {
    expect([...titledTerms([1, 3], keyOf, papers, titleKeys)]).toEqual([3]);
  });
});
