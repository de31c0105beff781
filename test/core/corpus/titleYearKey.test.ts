import { describe, expect, it } from 'vitest';
import { titleYearKey } from '../../../src/core/corpus/PaperRegistry';
import type { Paper } from '../../../src/core/map';

/** The key as the Unicode path makes it, for any title. */
const unicodeKey = (title: string, year: number) =>
  `${title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()}|${year}`;

const paper = (title: string, year?: number) => ({ id: 'p', title, abstract: 'A.', year }) as Paper;

describe('titleYearKey', () => {
  it('gives an ASCII title the key the Unicode path gives, every ASCII character included', () => {
    let seed = 7;
    const next = () => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      return seed;
    };
    const titles = [
      '',
      ' ',
      'Deep Learning: A Review.',
      '  BERT -- pre-training\tof\r\ndeep   transformers  ',
      String.fromCharCode(...Array.from({ length: 128 }, (_, c) => c)),
    ];
    for (let k = 0; k < 2000; k++) titles.push(String.fromCharCode(...Array.from({ length: next() % 40 }, () => next() % 128)));
    for (const title of titles) expect(titleYearKey(paper(title, 2020)), JSON.stringify(title)).toBe(unicodeKey(title, 2020));
  });

  it('gives the same key to a title cut from two-byte text, and folds accents, case and punctuation', () => {
    const text = `≤ Deep Learning: A Review. ≥`;
    const cut = text.slice(2, text.length - 2);
    expect(titleYearKey(paper(cut, 2020))).toBe('deep learning a review|2020');
    expect(titleYearKey(paper('DÉEP  learning — a review', 2020))).toBe('deep learning a review|2020');
    expect(titleYearKey(paper('Deep Learning', undefined))).toBeUndefined();
  });
});
