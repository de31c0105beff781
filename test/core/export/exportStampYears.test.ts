import { describe, expect, it } from 'vitest';
import { exportStamp } from '../../../src/core/export';
import type { MapMeta } from '../../../src/core/map';

const meta: MapMeta = {
  tool: 'topic-map 0.1.0',
  source: 'cacm.jsonl',
  corpusHash: 'fnv1a64:0123456789abcdef',
  settings: { topK: 10, minDf: 2, maxKeywords: 300, resolution: 1, seed: 42 },
  counts: { papers: 1, keywords: 1, links: 0, cooccurrences: 0, clusters: 1 },
};

describe('exportStamp with the time filter', () => {
  it('names the years after the keywords, or alone; without years it reads as before', () => {
    const tail = (filter: Parameters<typeof exportStamp>[2]) => exportStamp(meta, '0.1.0', filter).split('; ').at(-1);
    expect(tail({ keywords: ['FORTRAN'], mode: 'all', years: { from: 1960, to: 1969 } })).toBe(
      'filter all of "FORTRAN", years 1960-1969',
    );
    expect(tail({ keywords: [], mode: 'all', years: { from: 1975, to: 1979 } })).toBe('filter years 1975-1979');
    expect(tail({ keywords: ['FORTRAN'], mode: 'any' })).toBe('filter any of "FORTRAN"');
    expect(tail({ keywords: [], mode: 'all' })).toBe('filter none');
  });
});
