import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CorpusParser, parseCorpus } from '../../../../src/core/corpus';
import { jsonRecordOffsets } from '../../../../src/core/corpus/readers/jsonRecordOffsets';
import { SAMPLE_PAPER } from './samplePaper';

/*
 * Crossref REST API responses (api.crossref.org/works?query=..., /works/{doi}); the list in
 * test/fixtures/exports/crossref.json, written by hand in
 * the shape the API gives (api.crossref.org/swagger-ui; the "work" records of real responses
 * kept in public repositories' tests, e.g. yongrenjie/abbotsbury tests/test-data/nrmp.json): the
 * works under "message" "items", a title and a journal as lists, a JATS abstract, names as
 * {given, family}, dates as "date-parts".
 */
const LIST = readFileSync(new URL('../../../fixtures/exports/crossref.json', import.meta.url), 'utf8');

describe('Crossref API responses', () => {
  const { papers, warnings, tally } = parseCorpus(LIST, { fileName: 'crossref.json' });

  it('reads the works of a list: first title and journal, JATS abstract as text, authors, date, DOI', () => {
    expect(papers.map((p) => [p.doi, p.line])).toEqual([
      ['10.1038/s41586-019-1799-6', 3],
      ['10.1016/S2589-7500(19)30123-2', 9],
    ]);
    expect(papers[0]).toMatchObject({ ...SAMPLE_PAPER, authors: [...SAMPLE_PAPER.authors] });
    // The JATS "Summary" heading goes; the section titles stay as words (headings for the keywords).
    expect(papers[1].abstract).toBe(
      'Background Deep learning offers considerable promise for medical diagnostics. Methods We searched Ovid-MEDLINE.',
    );
    expect(papers[1]).toMatchObject({ year: 2019, date: '2019-10', venue: 'The Lancet Digital Health' });
  });

  it('skips a work without an abstract, naming its line', () => {
    expect(tally).toEqual({ records: 3, skipped: { 'no abstract': 1 }, duplicates: 0 });
    expect(warnings.map((w) => [w.line, w.message])).toEqual([[14, 'paper "An editorial" has an empty abstract; skipped']]);
  });

  it('reads one work as /works/{doi} returns it, and the same streamed in pieces', () => {
    const work = LIST.slice(LIST.indexOf('{"indexed"'), LIST.indexOf(',\n  {"DOI":"10.1016'));
    const single = `{"status":"ok","message-type":"work","message-version":"1.0.0","message":${work}}`;
    expect(parseCorpus(single, { fileName: 'work.json' }).papers).toEqual([{ ...papers[0], line: 1 }]);
    const parser = new CorpusParser({ fileName: 'crossref.json' });
    for (let i = 0; i < LIST.length; i += 11) parser.push(LIST.slice(i, i + 11));
    expect(parser.end().papers).toEqual(papers);
  });

  it('finds where each record starts at any depth of its path, the last list of a key kept', () => {
    const text = '{"message":{"facets":{"items":[9]},"items":[{"a":1}, {"b":[2]}]}}';
    expect(jsonRecordOffsets(text, ['message', 'items']).map((at) => text.slice(at, at + 4))).toEqual(['{"a"', '{"b"']);
    expect(jsonRecordOffsets('{"papers":[{"x":1}],"papers":[{"y":2}]}', 'papers')).toEqual([30]);
    expect(jsonRecordOffsets('[{"x":1},{"y":2}]')).toEqual([1, 9]);
  });

  it('names the lists it knows when a JSON object holds none', () => {
    expect(() => parseCorpus('{"status":"ok","message":{"total-results":0}}', { fileName: 'x.json' })).toThrow(
      'found an object without a list of papers ("papers", or "results", "message"."items", "data" or "resultList"."result" ' +
        'as OpenAlex, Crossref, Semantic Scholar and Europe PMC write it)',
    );
  });
});

/*
 * Semantic Scholar's paper search (api.semanticscholar.org/graph/v1/paper/search?fields=title,
 * abstract,year,authors,venue,externalIds) and Europe PMC's search (www.ebi.ac.uk/europepmc/
 * webservices/rest/search?resultType=core&format=json), hand-written in the shape their
 * documentation gives: the works under "data", and under "resultList" "result".
 */
describe('Semantic Scholar and Europe PMC responses', () => {
  it('reads Semantic Scholar\'s "data": title, abstract, year, authors by name, venue', () => {
    const s2 = `{"total": 2, "offset": 0, "next": 2, "data": [
      {"paperId": "204e3073870fae3d05bcbc2f6a8e263d9b72e776", "externalIds": {"ArXiv": "1706.03762", "DOI": "10.48550/arXiv.1706.03762", "CorpusId": 13756489},
       "title": "Attention is All you Need", "abstract": "The dominant sequence transduction models are based on recurrent networks.",
       "venue": "Neural Information Processing Systems", "year": 2017,
       "authors": [{"authorId": "40348417", "name": "Ashish Vaswani"}, {"authorId": "1846258", "name": "Noam M. Shazeer"}]},
      {"paperId": "df2b0e26d0599ce3e70df8a9da02e51594e0e992", "title": "BERT", "abstract": null, "year": 2019, "authors": []}]}`;
    const { papers, tally } = parseCorpus(s2, { fileName: 's2.json' });
    expect(papers).toEqual([
      {
        id: '204e3073870fae3d05bcbc2f6a8e263d9b72e776',
        title: 'Attention is All you Need',
        abstract: 'The dominant sequence transduction models are based on recurrent networks.',
        line: 2,
        authors: ['Ashish Vaswani', 'Noam M. Shazeer'],
        year: 2017,
        venue: 'Neural Information Processing Systems',
        // From "externalIds": the links back to the DOI and to arXiv.
        doi: '10.48550/arXiv.1706.03762',
        url: 'https://doi.org/10.48550/arXiv.1706.03762',
        sourceIds: { arxiv: '1706.03762' },
      },
    ]);
    // A paper Semantic Scholar has no abstract for ("abstract": null) is skipped as any format's is.
    expect(tally).toEqual({ records: 2, skipped: { 'no abstract': 1 }, duplicates: 0 });
  });

  it('reads Europe PMC\'s "resultList" "result": abstractText, authorString in NLM style, pubYear, journal, DOI, PMID', () => {
    const epmc = `{"version":"6.9","hitCount":1,"request":{"queryString":"deep learning","resultType":"core"},"resultList":{"result":[
      {"id":"31894144","source":"MED","pmid":"31894144","doi":"10.1038/s41586-019-1799-6",
       "title":"International evaluation of an AI system for breast cancer screening.",
       "authorString":"McKinney SM, Sieniek M, van der Schaar M.","pubYear":"2020","journalTitle":"Nature",
       "abstractText":"<h4>Background</h4>Screening mammography aims to find cancer early.<h4>Findings</h4>It did."},
      {"id":"PPR123","source":"PPR","title":"A <i>preprint</i>","authorString":"Doe J.","pubYear":"2024",
       "abstractText":"<h4>Background</h4>Deep learning helps.<h4>Methods</h4>We tested it."}]}}`;
    const [paper, preprint] = parseCorpus(epmc, { fileName: 'europepmc.json' }).papers;
    // A preprint has no journal; its markup is cleaned all the same, as a database's record.
    expect(preprint).toMatchObject({ title: 'A preprint', abstract: 'Background Deep learning helps. Methods We tested it.' });
    expect(paper).toMatchObject({
      id: '31894144',
      authors: ['McKinney SM', 'Sieniek M', 'van der Schaar M'],
      year: 2020,
      venue: 'Nature',
      doi: '10.1038/s41586-019-1799-6',
      sourceIds: { pmid: '31894144' },
      // Its headings are HTML: each ends a word, as a paragraph does.
      abstract: 'Background Screening mammography aims to find cancer early. Findings It did.',
    });
  });
});

describe('JSTOR Constellate dataset (JSON Lines)', () => {
  it('reads creator, isPartOf and publicationYear beside title and abstract', () => {
    // A record with the keys of Constellate's document format (title, isPartOf, publicationYear,
    // creator, abstract, unigramCount), written by hand: no downloaded dataset was at hand to copy.
    const line = JSON.stringify({
      id: 'http://www.jstor.org/stable/10.2307/1234567',
      title: 'Monetary policy in a DSGE model',
      isPartOf: 'Journal of Money, Credit and Banking',
      publicationYear: 2012,
      doi: '10.1111/j.1538-4616.2012.00001.x',
      docType: 'article',
      creator: ['Jane Doe', 'John Roe'],
      abstract: 'We estimate a <i>DSGE</i> model of monetary policy.',
      unigramCount: { model: 3 },
    });
    const [paper] = parseCorpus(`${line}\n`, { fileName: 'constellate.jsonl' }).papers;
    expect(paper).toMatchObject({
      authors: ['Jane Doe', 'John Roe'],
      venue: 'Journal of Money, Credit and Banking',
      year: 2012,
      doi: '10.1111/j.1538-4616.2012.00001.x',
      // A database's record: its markup cleaned.
      abstract: 'We estimate a DSGE model of monetary policy.',
    });
  });
});
