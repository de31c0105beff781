import { describe, expect, it } from 'vitest';
import { redundantTerms } from '../../../src/core/graph/redundantTerms';

/**
 * Each paper's eligible terms as compressed rows, and its links as ranks into them: paper d links
 * every term of `linked[d]` (its eligible terms are exactly those).
 */
function links(linked: number[][]): { perPaper: number[][]; eligStart: Int32Array; eligTerm: Int32Array } {
  const eligStart = new Int32Array(linked.length + 1);
  linked.forEach((terms, d) => (eligStart[d + 1] = eligStart[d] + terms.length));
  return { perPaper: linked.map((terms) => terms.map((_, r) => r)), eligStart, eligTerm: Int32Array.from(linked.flat()) };
}

describe('redundantTerms', () => {
  const keys = ['adam', 'adam optim', 'sft', 'sft stage', 'network', 'neural network', 'kv cach', 'kv cach compress'];
  const keyOf = (t: number): string => keys[t];

  it('drops the longer of a term and the phrase it starts when both link the same papers', () => {
    const { perPaper, eligStart, eligTerm } = links([
      [0, 1, 2, 3],
      [0, 1, 2, 3],
    ]);
    expect(redundantTerms([0, 1, 2, 3], keyOf, perPaper, eligStart, eligTerm)).toEqual([1, 3]);
  });

  it('drops the head instead when the phrase ends with it', () => {
    const { perPaper, eligStart, eligTerm } = links([[4, 5], [4, 5], [6]]);
    expect(redundantTerms([4, 5, 6], keyOf, perPaper, eligStart, eligTerm)).toEqual([4]);
  });

  it('keeps both when their papers differ by one, or when neither holds the other', () => {
    const { perPaper, eligStart, eligTerm } = links([
      [0, 1, 6],
      [0, 1, 6],
      [0, 7],
    ]);
    // "adam" has a paper "adam optimizer" lacks; "kv cache" and "adam" share papers 0 and 1 only.
    expect(redundantTerms([0, 1, 6, 7], keyOf, perPaper, eligStart, eligTerm)).toEqual([]);
    // Same papers, unrelated words.
    const same = links([
      [0, 6],
      [0, 6],
    ]);
    expect(redundantTerms([0, 6], keyOf, same.perPaper, same.eligStart, same.eligTerm)).toEqual([]);
  });

  it('matches whole words only: "sft" is not inside "sfts"', () => {
    const words = ['sft', 'sfts stage'];
    const { perPaper, eligStart, eligTerm } = links([[0, 1]]);
    expect(redundantTerms([0, 1], (t) => words[t], perPaper, eligStart, eligTerm)).toEqual([]);
  });
});
