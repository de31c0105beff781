import { describe, expect, it } from 'vitest';
import { computeKeywords } from '../../../src/core/keywords';
import { authorKeywordTexts } from '../../../src/core/keywords/authorKeywordEvidence';

const DOCS = [
  {
    title: 'Paging in a time-shared computer',
    abstract: 'We measure page faults of programs under several replacement rules and compare their costs.',
    authorKeywords: [
      'virtual memory',
      'Memory Protection',
      'memory protection',
      'a keyword that is really a whole long sentence',
    ],
  },
  { title: 'Sorting with tapes', abstract: 'Merge sorting on magnetic tapes is analysed for several tape counts.' },
];

const termsOf = (weight: number, d: number): string[] => {
  const index = computeKeywords(DOCS, { weights: { authorKeywords: weight } });
  return index.docs[d].map((t) => index.vocabulary[t.term].term);
};

describe('author keywords as evidence', () => {
  it('keeps keywords of up to six words, each once, ignoring case', () => {
    expect(authorKeywordTexts(DOCS[0])).toEqual(['virtual memory', 'Memory Protection']);
    expect(authorKeywordTexts(DOCS[1])).toEqual([]);
  });

  it('adds the keywords as candidate phrases of their paper when weighted, and not at weight 0', () => {
    expect(termsOf(0, 0)).not.toContain('virtual memory');
    expect(termsOf(1, 0)).toEqual(expect.arrayContaining(['virtual memory', 'memory protection']));
  });

  it('leaves a paper without keywords as it was', () => {
    const off = computeKeywords(DOCS, { weights: { authorKeywords: 0 } });
    const on = computeKeywords(DOCS, { weights: { authorKeywords: 1 } });
    const shown = (index: typeof on) => index.docs[1].map((t) => [index.vocabulary[t.term].term, t.score]);
    expect(shown(on)).toEqual(shown(off));
  });
});
