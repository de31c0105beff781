import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CorpusParser, parseCorpus } from '../../../../src/core/corpus';
import { SAMPLE_PAPER } from './samplePaper';

/*
 * The RefWorks tagged format, test/fixtures/exports/refworks.txt: written by hand in the layout of
 * RefWorks' export and of CNKI's
 * "RefWorks" export (records from "RT Journal Article", two-letter tags, a blank line between
 * records; CNKI puts several authors and keywords on one line with ";").
 */
const EXPORT = readFileSync(new URL('../../../fixtures/exports/refworks.txt', import.meta.url), 'utf8');

describe('RefWorks tagged export', () => {
  const { papers, warnings, tally } = parseCorpus(EXPORT, { fileName: 'CNKI-20260827.txt' });

  it('reads T1, AB over lines, A1 (one a line, or ";"-separated), YR and FD, JF, DO, UL or LK, K1', () => {
    expect(warnings).toEqual([]);
    expect(tally).toEqual({ records: 2, skipped: {}, duplicates: 0 });
    expect(papers[0]).toMatchObject({
      line: 1,
      ...SAMPLE_PAPER,
      authors: [...SAMPLE_PAPER.authors],
      authorKeywords: ['Breast Neoplasms', 'Deep Learning'],
    });
    expect(papers[1]).toMatchObject({
      line: 17,
      authors: ['张明远', '李华'],
      year: 2021,
      venue: '中国医学影像技术',
      url: 'https://kns.cnki.net/kcms/detail/detail.aspx?dbname=CJFD2021',
      authorKeywords: ['深度学习', '医学影像分割'],
    });
  });

  it('is recognised by its content under any name, and read the same streamed in pieces with CRLF', () => {
    expect(parseCorpus(EXPORT, { fileName: 'export.ris' }).papers).toEqual(papers);
    const parser = new CorpusParser({ fileName: 'refworks.txt' });
    const crlf = EXPORT.replace(/\n/g, '\r\n');
    for (let i = 0; i < crlf.length; i += 9) parser.push(crlf.slice(i, i + 9));
    expect(parser.end().papers).toEqual(papers);
  });
});
