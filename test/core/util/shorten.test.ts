import { describe, expect, it } from 'vitest';
import { parseCorpus } from '../../../src/core/corpus';
import { shorten } from '../../../src/core/util';

describe('shorten', () => {
  it('keeps short text whole, on one line', () => {
    expect(shorten('  A   short\ntitle ', 60)).toBe('A short title');
  });

  it('cuts long text to max code points, the last one an ellipsis', () => {
    const cut = shorten('Attention is all you need for sequence transduction', 20);
    expect(cut).toBe('Attention is all yo…');
    expect([...cut]).toHaveLength(20);
    // A character outside the BMP counts once, as [...text] counts it.
    expect(shorten('𝔸𝔹ℂ𝔻𝔼𝔽', 4)).toBe('𝔸𝔹ℂ…');
  });

  it('is the shortener of the titles the corpus warnings quote', () => {
    const title = 'A remarkably long title of a paper whose abstract was left out of the file entirely';
    const text = `${JSON.stringify({ title: 'Kept', abstract: 'An abstract.' })}\n${JSON.stringify({ title, abstract: '' })}\n`;
    const { warnings } = parseCorpus(text, { fileName: 'papers.jsonl' });
    expect(warnings).toEqual([
      { file: 'papers.jsonl', line: 2, message: `paper "${shorten(title, 60)}" has an empty abstract; skipped` },
    ]);
    expect(warnings[0].message).toContain('…" has an empty abstract');
  });
});
