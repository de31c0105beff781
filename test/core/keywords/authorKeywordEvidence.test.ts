import { describe, expect, it } from 'vitest';
import { computeKeywords } from '../../../src/core/keywords';
import { authorKeywordTexts, keywordPhrase } from '../../../src/core/keywords/authorKeywordEvidence';

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

  it('reads an inverted index term head last, and a MeSH "as Topic" heading as its subject', () => {
    expect(keywordPhrase('Colitis, Ulcerative')).toBe('Ulcerative Colitis');
    expect(keywordPhrase('Administration, Oral')).toBe('Oral Administration');
    expect(keywordPhrase('Medicine, Chinese Traditional')).toBe('Chinese Traditional Medicine');
    expect(keywordPhrase('Meta-Analysis as Topic')).toBe('Meta-Analysis');
    expect(keywordPhrase('Randomized Controlled Trials as Topic')).toBe('Randomized Controlled Trials');
    // Not an inverted heading: a list, or a long second part.
    expect(keywordPhrase('sorting, searching, merging')).toBe('sorting, searching, merging');
    expect(keywordPhrase('memory, and the way programs use it')).toBe('memory, and the way programs use it');
    expect(keywordPhrase('virtual memory')).toBe('virtual memory');
    // As evidence, "ulcerative colitis" is a phrase of the paper, not "colitis" beside a lone adjective.
    const index = computeKeywords([
      {
        title: 'Diet in bowel disease',
        abstract: 'Patients kept food diaries for a year.',
        authorKeywords: ['Colitis, Ulcerative'],
      },
    ]);
    const terms = index.docs[0].map((t) => index.vocabulary[t.term].term);
    expect(terms).toContain('ulcerative colitis');
    expect(terms).not.toContain('colitis');
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
