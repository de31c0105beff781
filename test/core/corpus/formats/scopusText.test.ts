import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CorpusParser, parseCorpus } from '../../../../src/core/corpus';

/*
 * Scopus's plain-text export, test/fixtures/exports/scopus.txt: records written by hand in the
 * layout Scopus writes (no real export is copied): record 1 with "AUTHOR FULL NAMES:", the old
 * record link, references over two lines and a © tail; record 2 with short names only, the newer
 * link, "art. no." and an empty page range before "Cited 5 times."; record 3 an editorial without
 * an abstract.
 */
const EXPORT = readFileSync(new URL('../../../fixtures/exports/scopus.txt', import.meta.url), 'utf8');

describe('Scopus plain-text export', () => {
  const { papers, warnings, tally } = parseCorpus(EXPORT, { fileName: 'scopus.txt' });

  it('reads title, abstract, authors, year and source title from the citation, DOI, link, keywords and ids', () => {
    expect(papers).toHaveLength(2);
    expect(papers[0]).toEqual({
      id: 'graph-neural-networks-for-traffic-forecasting-e60059',
      line: 4,
      title: 'Graph neural networks for traffic forecasting',
      abstract:
        'Graph neural networks forecast traffic on road graphs and sensor networks. Traffic forecasting with graph neural networks improves accuracy over recurrent models.',
      authors: ['John A. Smith', 'Jörg Müller'],
      year: 2020,
      venue: 'Transportation Research Part C: Emerging Technologies',
      doi: '10.1016/j.trc.2020.01.001',
      url: 'https://www.scopus.com/inward/record.uri?eid=2-s2.0-85078000001&doi=10.1016%2fj.trc.2020.01.001&partnerID=40&md5=0a1b2c',
      authorKeywords: ['Graph neural networks', 'Traffic forecasting', 'Forecasting', 'Roads and streets'],
      sourceIds: { scopus: '2-s2.0-85078000001' },
    });
    expect(papers[1]).toMatchObject({
      line: 28,
      title: 'Attention models for road traffic',
      authors: ['Lee K.'],
      year: 2021,
      venue: 'Sensors',
      sourceIds: { pmid: '34000001', scopus: '2-s2.0-85107000002' },
    });
  });

  it('skips the editorial without an abstract, as any format does', () => {
    expect(tally).toEqual({ records: 3, skipped: { 'no abstract': 1 }, duplicates: 0 });
    expect(warnings).toHaveLength(1);
  });

  it('is recognised by its content under any name, and asked for as Scopus', () => {
    for (const options of [
      { fileName: 'export.txt' },
      { fileName: 'scopus' },
      { fileName: 'x.csv', format: 'scopus' as const },
    ]) {
      expect(parseCorpus(EXPORT, options).papers, options.fileName).toEqual(papers);
    }
  });

  it('reads the same streamed in 7-character pieces with CRLF line ends', () => {
    const parser = new CorpusParser({ fileName: 'scopus.txt' });
    const crlf = EXPORT.replace(/\n/g, '\r\n');
    for (let i = 0; i < crlf.length; i += 7) parser.push(crlf.slice(i, i + 7));
    expect(parser.end().papers).toEqual(papers);
  });

  it('skips, with a warning, a record the file ends inside', () => {
    const cut = EXPORT.slice(0, EXPORT.indexOf('PUBMED ID:'));
    const read = parseCorpus(cut, { fileName: 'cut.txt' });
    expect(read.papers).toEqual(papers.slice(0, 1));
    expect(read.warnings).toContainEqual({
      file: 'cut.txt',
      line: 28,
      message: 'the file ends inside this record (no "SOURCE: Scopus" line): the export looks cut short; record skipped',
    });
  });

  it('is not taken for a text that only starts with the word Scopus', () => {
    const text = 'Scopus\n\nA study of citation databases\nScopus and Web of Science index journals differently.\n';
    expect(() => parseCorpus(text, { fileName: 'notes.txt' })).not.toThrow(/SOURCE: Scopus/);
  });
});

/*
 * Scopus's BibTeX export opens with the same two lines as its plain text ("Scopus", "EXPORT DATE:
 * ..."), then its entries: the layout of real Scopus .bib files (2015 to 2026 exports seen in public
 * repositories, none under a licence that lets us copy one), with entries written by hand.
 */
const BIBTEX = `Scopus
EXPORT DATE: 02 July 2024

@ARTICLE{Smith2024,
\tauthor = {Smith, John A. and Müller, Jörg},
\ttitle = {Graph neural networks for traffic forecasting},
\tyear = {2024},
\tjournal = {Transportation Research Part C: Emerging Technologies},
\tvolume = {160},
\tpages = {104–118},
\tdoi = {10.1016/j.trc.2024.104518},
\turl = {https://www.scopus.com/inward/record.uri?eid=2-s2.0-85180000001&doi=10.1016%2fj.trc.2024.104518&partnerID=40&md5=0a1b2c},
\tabstract = {Graph neural networks forecast traffic on road graphs and sensor networks.},
\tauthor_keywords = {Graph neural networks; Traffic forecasting},
\ttype = {Article},
\tsource = {Scopus}
}

@ARTICLE{Lee2024,
\tauthor = {Lee, K.},
\ttitle = {Attention models for road traffic},
\tyear = {2024},
\tjournal = {Sensors},
\tabstract = {Attention models read sensor series to forecast road traffic.},
\tsource = {Scopus}
}
`;

describe('Scopus BibTeX export', () => {
  it('is read as BibTeX, not taken for the plain text whose first two lines it shares', () => {
    for (const options of [
      { fileName: 'scopus.bib' },
      { fileName: 'scopus_export.txt' },
      { fileName: 'scopus' },
      { fileName: 'export.bib', format: 'scopus' as const },
    ]) {
      const { papers, warnings } = parseCorpus(BIBTEX, options);
      expect(
        papers.map((p) => p.title),
        options.fileName,
      ).toEqual(['Graph neural networks for traffic forecasting', 'Attention models for road traffic']);
      expect(papers[0]).toMatchObject({
        year: 2024,
        doi: '10.1016/j.trc.2024.104518',
        authorKeywords: ['Graph neural networks', 'Traffic forecasting'],
      });
      expect(warnings, options.fileName).toEqual([]);
    }
  });

  it('is told from the plain text when it arrives in pieces that end inside its first lines', () => {
    for (const size of [3, 7, 20]) {
      const parser = new CorpusParser({ fileName: 'scopus.txt' });
      for (let i = 0; i < BIBTEX.length; i += size) parser.push(BIBTEX.slice(i, i + size));
      expect(parser.end().papers.map((p) => p.title)).toHaveLength(2);
    }
  });
});
