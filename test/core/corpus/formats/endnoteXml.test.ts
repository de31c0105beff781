import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CorpusError, CorpusParser, parseCorpus } from '../../../../src/core/corpus';

/*
 * EndNote's XML export, test/fixtures/exports/endnote.xml: records written by hand in the layout
 * EndNote 21 writes (no real export is copied). Values in <style> runs, a title in three runs (one
 * italic), "&#xD;" line breaks and "&amp;" in an abstract, a WoS accession number, a PubMed one
 * with its provider, keywords one a tag or ";"-separated in one, a proceedings record without a
 * periodical. EndNote writes the whole file on one line; the fixture is broken into lines to read.
 */
const EXPORT = readFileSync(new URL('../../../fixtures/exports/endnote.xml', import.meta.url), 'utf8');
/** As EndNote writes it: one line. */
const ONE_LINE = EXPORT.replace(/\n/g, '');

describe('EndNote XML export', () => {
  const { papers, warnings } = parseCorpus(EXPORT, { fileName: 'Traffic.xml' });

  it('reads title, abstract, authors, dates, venue, DOI, link, keywords and database ids', () => {
    expect(warnings).toEqual([]);
    expect(papers.map((p) => p.line)).toEqual([3, 15, 23]);
    expect(papers[0]).toMatchObject({
      title: 'Graph neural networks for traffic forecasting',
      abstract:
        'Graph neural networks forecast traffic on road graphs & sensor networks. Traffic forecasting with graph neural networks improves accuracy over recurrent models.',
      authors: ['John A. Smith', 'Jörg Müller'],
      year: 2020,
      date: '2020-03-15',
      venue: 'Transportation Research Part C: Emerging Technologies',
      doi: '10.1016/j.trc.2020.01.001',
      url: 'https://www.sciencedirect.com/science/article/pii/S0968090X20300001',
      authorKeywords: ['graph neural networks', 'traffic forecasting'],
      sourceIds: { wos: 'WOS:000519999900001' },
    });
    expect(papers[1]).toMatchObject({
      authors: ['Kim Lee'],
      date: '2021-06-02',
      venue: 'Sensors (Basel)',
      authorKeywords: ['attention', 'traffic'],
      sourceIds: { pmid: '34000001' },
      url: 'https://pubmed.ncbi.nlm.nih.gov/34000001/',
    });
    expect(papers[2]).toMatchObject({
      year: 2022,
      venue: 'Proceedings of the 2022 IEEE Conference on Intelligent Transportation Systems',
      url: 'https://doi.org/10.1109/ITSC.2022.9922001',
    });
    expect(papers[2].date).toBeUndefined();
  });

  it('reads the one-line file EndNote writes, fed in pieces of any size, as the same papers', () => {
    const expected = papers.map((p) => ({ ...p, line: 2 }));
    for (const size of [7, 100, 1 << 20]) {
      const parser = new CorpusParser({ fileName: 'Traffic.xml' });
      for (let i = 0; i < ONE_LINE.length; i += size) parser.push(ONE_LINE.slice(i, i + size));
      expect(parser.end().papers, `pieces of ${size}`).toEqual(expected.map((p) => ({ ...p, line: 1 })));
    }
  });

  it('is recognised by its content under any name, without a warning, and asked for as EndNote', () => {
    for (const options of [
      { fileName: 'export.txt' },
      { fileName: 'My EndNote Library' },
      { fileName: 'library.xml' },
      { fileName: 'x.enw', format: 'endnote' as const },
    ]) {
      const read = parseCorpus(EXPORT, options);
      expect(
        read.papers.map((p) => p.title),
        options.fileName,
      ).toEqual(papers.map((p) => p.title));
      if (options.fileName !== 'x.enw') expect(read.warnings, options.fileName).toEqual([]);
    }
  });

  it('skips, with a warning, a record the file ends inside; refuses a file that ends inside its only one', () => {
    const cut = EXPORT.slice(0, EXPORT.indexOf('<rec-number>3'));
    const read = parseCorpus(cut, { fileName: 'cut.xml' });
    expect(read.papers).toHaveLength(2);
    expect(read.warnings).toContainEqual({
      file: 'cut.xml',
      line: 23,
      message: 'the file ends inside this <record> (no </record>): the export looks cut short; record skipped',
    });
    const only = EXPORT.slice(0, EXPORT.indexOf('<rec-number>1'));
    expect(() => parseCorpus(only, { fileName: 'only.xml' })).toThrow(
      'only.xml:3: the file ends inside its only <record> (no </record>): the export looks cut short; no papers',
    );
  });

  it('refuses, asked for as EndNote, XML that is no EndNote export, and an export without records', () => {
    expect(() =>
      parseCorpus('<?xml version="1.0"?>\n<library><item/></library>\n', { fileName: 'x.xml', format: 'endnote' }),
    ).toThrow(new CorpusError('x.xml', undefined, 'not an EndNote XML export (no <records> element)'));
    // XML exports of kinds not read are named, with what to save instead.
    const rdf =
      '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:z="http://www.zotero.org/namespaces/export#">\n' +
      '<bib:Article rdf:about="#item_1"><dc:title>A paper</dc:title></bib:Article>\n</rdf:RDF>\n';
    expect(() => parseCorpus(rdf, { fileName: 'Exported Items.rdf', format: 'arxiv' })).toThrow(
      /: it is Zotero RDF, which is not read; export the collection as RIS, BibTeX or CSL JSON instead$/,
    );
    expect(() => parseCorpus('<?xml version="1.0"?><xml><records></records></xml>', { fileName: 'empty.xml' })).toThrow(
      'empty.xml: the EndNote XML export has no <record> elements (no papers)',
    );
  });
});
