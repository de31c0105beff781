import { expect } from 'vitest';
import { normalizeText } from '../../src/core/corpus/normalizeText';
import type { RawPaper } from '../../src/core/corpus/RawPaper';

/**
 * A paper of a fast path as the full path gives it: where the reader marked its abstract
 * `abstractNormalized` (PaperCollector then takes it as it is), the mark must be true (the
 * abstract is what normalizeText makes of it), and it is dropped, since the full path
 * (JSON.parse, then openAlexAbstract) never sets it.
 */
export function withoutNormalizedMark(paper: RawPaper): RawPaper {
  if (!paper.abstractNormalized) return paper;
  expect(normalizeText(paper.abstract), `the abstract marked normalised at line ${paper.line}`).toBe(paper.abstract);
  const { abstractNormalized: _, ...rest } = paper;
  return rest;
}
