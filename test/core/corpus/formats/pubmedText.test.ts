import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CorpusParser, parseCorpus } from '../../../../src/core/corpus';

/*
 * PubMed's "Abstract (text)" format (PubMed: Save → Format: Abstract (text); E-utilities: efetch
 * with rettype=abstract&retmode=text). test/fixtures/exports/pubmed-abstract.txt: records written by hand in the layout of real efetch output
 * (five Science 2009 records, PMIDs 20007881–19608888, seen saved in a public repository whose
 * licence is unknown, so not copied): a numbered citation that may wrap, the title, the authors with
 * "(1)" marks wrapped over lines, "Author information:", linked records ("Erratum in", "Comment in")
 * with indented lines, the abstract, and the id lines; news items without an abstract.
 */
const EXPORT = readFileSync(new URL('../../../fixtures/exports/pubmed-abstract.txt', import.meta.url), 'utf8');

describe('PubMed "Abstract (text)" export', () => {
  const { papers, warnings, tally } = parseCorpus(EXPORT, { fileName: 'abstract-ai-set.txt' });

  it('reads title, abstract, authors, year and journal from the citation, DOI and PMID; skips what is not the abstract', () => {
    expect(papers.map((p) => [p.id, p.line])).toEqual([
      ['31894144', 1],
      ['33323271', 39],
      ['29723884', 60],
    ]);
    expect(papers[0]).toMatchObject({
      title: 'International evaluation of an AI system for breast cancer screening.',
      year: 2020,
      venue: 'Nature',
      doi: '10.1038/s41586-019-1799-6',
      sourceIds: { pmid: '31894144' },
      url: 'https://pubmed.ncbi.nlm.nih.gov/31894144/',
    });
    // Names wrapped over lines, their affiliation marks gone.
    expect(papers[0].authors).toEqual([
      'McKinney SM',
      'Sieniek M',
      'Godbole V',
      'Godwin J',
      'Antropova N',
      'Ashrafian H',
      'van der Schaar M',
      'Back T',
    ]);
    // Not the affiliations, the linked records or the copyright line.
    expect(papers[0].abstract).toBe(
      'Screening mammography aims to identify breast cancer at earlier stages of the disease, when treatment can be more ' +
        'successful. An AI system outperformed radiologists in breast cancer screening.',
    );
  });

  it('joins a citation wrapped before its DOI, keeps a structured abstract, and does not start a record at a stray number', () => {
    expect(papers[1]).toMatchObject({ year: 2019, venue: 'Lancet Digit Health', doi: '10.1016/S2589-7500(19)30123-2' });
    expect(papers[1].abstract).toBe(
      'BACKGROUND: Deep learning offers considerable promise for medical diagnostics. 4. We aimed to evaluate the diagnostic ' +
        'accuracy of deep learning algorithms. METHODS: In this systematic review and meta-analysis, we searched Ovid-MEDLINE.',
    );
  });

  it('gives a translated title without its brackets and leaves out the language note', () => {
    expect(papers[2]).toMatchObject({
      title: 'Treatment of chronic pancreatitis in Germany.',
      abstract: 'Chronic pancreatitis is treated by a team of gastroenterologists and surgeons.',
      authors: ['Mayerle J'],
    });
  });

  it('skips a news item without an abstract, as any format does', () => {
    expect(tally).toEqual({ records: 4, skipped: { 'no abstract': 1 }, duplicates: 0 });
    expect(warnings.map((w) => w.line)).toEqual([29]);
  });

  it('is recognised by its content under any name, and asked for as PubMed', () => {
    for (const fileName of ['export.txt', 'pubmed', 'abstracts.nbib']) {
      expect(parseCorpus(EXPORT, { fileName }).papers).toEqual(papers);
    }
    expect(parseCorpus(EXPORT, { fileName: 'a.txt', format: 'pubmed' }).papers).toEqual(papers);
  });

  it('reads the same streamed in 7-character pieces with CRLF line ends', () => {
    const parser = new CorpusParser({ fileName: 'abstract.txt' });
    const crlf = EXPORT.replace(/\n/g, '\r\n');
    for (let i = 0; i < crlf.length; i += 7) parser.push(crlf.slice(i, i + 7));
    expect(parser.end().papers).toEqual(papers);
  });

  it('skips, with a warning, the last record when the file ends before its PMID line', () => {
    const cut = EXPORT.slice(0, EXPORT.indexOf('Chronic pancreatitis is treated') + 20);
    const read = parseCorpus(cut, { fileName: 'cut.txt' });
    expect(read.papers.map((p) => p.id)).toEqual(['31894144', '33323271']);
    expect(read.warnings.find((w) => w.line === 60)).toEqual({
      file: 'cut.txt',
      line: 60,
      message: 'the file ends inside this record (no "PMID:" line): the export looks cut short; record skipped',
    });
    expect(read.tally?.skipped).toEqual({ 'no abstract': 1, 'truncated record': 1 });
  });

  it('is not taken for a numbered list that is no PubMed export', () => {
    const list = '1. Attention is all you need\n\nA paper about transformers and attention in sequence models.\n';
    expect(() => parseCorpus(list, { fileName: 'list.txt' })).not.toThrow(/PMID/);
    expect(parseCorpus(`Get trending papers in your email inbox!\n${list}`, { fileName: 'list.txt' }).papers).toHaveLength(1);
  });

  it("says, for PubMed's CSV export, that it has no abstracts and which format has", () => {
    // The header row of PubMed's "Save → Format: CSV".
    const csv =
      'PMID,Title,Authors,Citation,First Author,Journal/Book,Publication Year,Create Date,PMCID,NIHMS ID,DOI\n' +
      '31894144,International evaluation of an AI system.,McKinney SM,Nature. 2020;577:89-94.,McKinney SM,Nature,2020,2020/01/03,,,10.1038/x\n';
    expect(() => parseCorpus(csv, { fileName: 'csv-ai-set.csv' })).toThrow(
      /needs a "title" and an "abstract" column; found "PMID", .* \(PubMed's CSV export has no abstracts: save from PubMed with Format "PubMed" or "Abstract \(text\)" instead\)$/,
    );
  });

  it('refuses PubMed\'s "Summary (text)" format by name (citations without abstracts), under any name and as PubMed', () => {
    // The layout of a "Summary (text)" save: one numbered citation a record, ending with its ids
    // (the citation as PubMed shows it; hand-written, no real export is copied here).
    const summary =
      '1. Amor C, Lowe SW. Prophylactic efficacy of senolytic CAR T cells. Nat Aging. 2024 Mar;4(3):336-349. ' +
      'doi: 10.1038/s43587-023-00560-5. Epub 2024 Jan 24. PMID: 38267706; PMCID: PMC10950785.\n\n' +
      '2. McKinney SM, Sieniek M. International evaluation of an AI system for breast cancer screening. ' +
      'Nature. 2020 Jan;577(7788):89-94. doi: 10.1038/s41586-019-1799-6. PMID: 31894144.\n';
    const message =
      'PubMed\'s "Summary (text)" format has no abstracts: save from PubMed with Format "Abstract (text)" or "PubMed" instead';
    for (const options of [{ fileName: 'pubmed-summary.txt' }, { fileName: 'x.txt', format: 'pubmed' as const }]) {
      expect(() => parseCorpus(summary, options)).toThrow(`${options.fileName}:1: ${message}`);
    }
    // Wrapped before its PMID, the same.
    expect(() => parseCorpus(summary.replace(' PMID: 38267706', '\nPMID: 38267706'), { fileName: 's.txt' })).toThrow(
      `s.txt:1: ${message}`,
    );
  });
});
