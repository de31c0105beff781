import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CorpusParser, parseCorpus } from '../../../../src/core/corpus';
import { SAMPLE_PAPER } from './samplePaper';

/*
 * EndNote's tagged format (.enw), test/fixtures/exports/endnote.enw: records written by hand in the
 * layout of real ones. Record 1 is
 * what Google Scholar's "EndNote" link gives (no abstract: GS exports none), as shown in a
 * project's docs; record 2 is an EndNote desktop "EndNote Export" record, its abstract over two
 * lines as EndNote wraps a long one; record 3 has CNKI's keywords on one line, "；"-separated.
 */
const EXPORT = readFileSync(new URL('../../../fixtures/exports/endnote.enw', import.meta.url), 'utf8');

describe('EndNote tagged export (.enw)', () => {
  const { papers, warnings, tally } = parseCorpus(EXPORT, { fileName: 'scholar.enw' });

  it('reads %T, %X over lines, %A, %D and %8, %J or %B, %R, %K', () => {
    expect(papers.map((p) => [p.title, p.line])).toEqual([
      ['International evaluation of an AI system for breast cancer screening', 13],
      ['深度学习在医学影像分割中的应用', 27],
    ]);
    expect(papers[0]).toEqual({
      // No id in the record: one from the title, as for any format without one.
      id: 'international-evaluation-of-an-ai-system-for-breast-cancer-c7cd6a',
      line: 13,
      ...SAMPLE_PAPER,
      authors: [...SAMPLE_PAPER.authors],
      authorKeywords: ['Breast Neoplasms', 'Deep Learning'],
    });
    expect(papers[1]).toMatchObject({
      authors: ['张明远'],
      year: 2021,
      venue: '中国医学影像技术',
      authorKeywords: ['深度学习', '医学影像分割'],
    });
  });

  it("skips Google Scholar's record, which has no abstract", () => {
    expect(tally).toEqual({ records: 3, skipped: { 'no abstract': 1 }, duplicates: 0 });
    expect(warnings.map((w) => w.line)).toEqual([1]);
  });

  it('is recognised by its content under a .txt name, and read the same streamed in pieces with CRLF', () => {
    expect(parseCorpus(EXPORT, { fileName: 'export.txt' }).papers).toEqual(papers);
    const parser = new CorpusParser({ fileName: 'x.enw' });
    const crlf = EXPORT.replace(/\n/g, '\r\n');
    for (let i = 0; i < crlf.length; i += 5) parser.push(crlf.slice(i, i + 5));
    expect(parser.end().papers).toEqual(papers);
  });

  it('takes the Web of Science UT from %M and EndNote\'s "<Go to ISI>" %U, and the first web link as the link', () => {
    const text = [
      '%0 Journal Article',
      '%T Sperm competition in birds',
      '%X Females mate with several males.',
      '%M ISI:000267130600026',
      '%U <Go to ISI>://000267130600026',
      '%U http://example.org/paper',
      '',
    ].join('\n');
    expect(parseCorpus(text, { fileName: 'a.enw' }).papers[0]).toMatchObject({
      sourceIds: { wos: 'WOS:000267130600026' },
      url: 'http://example.org/paper',
    });
  });

  it('refuses a .enw file without a single record, saying how one starts', () => {
    expect(() => parseCorpus('%T A title\n%X An abstract.\n', { fileName: 'a.enw' })).toThrow(
      'a.enw: no EndNote tagged records found (a record starts with a "%0" line)',
    );
  });
});
