import { describe, expect, it } from 'vitest';
import { CorpusParser, parseCorpus } from '../../../../src/core/corpus';
import { jsonRecordOffsets } from '../../../../src/core/corpus/readers/jsonRecordOffsets';

/*
 * Crossref REST API responses (api.crossref.org/works?query=..., /works/{doi}), hand-written in
 * the shape the API gives (api.crossref.org/swagger-ui; the "work" records of real responses
 * kept in public repositories' tests, e.g. yongrenjie/abbotsbury tests/test-data/nrmp.json): the
 * works under "message" "items", a title and a journal as lists, a JATS abstract, names as
 * {given, family}, dates as "date-parts".
 */
const LIST = `{"status":"ok","message-type":"work-list","message-version":"1.0.0","message":{
  "facets":{},"total-results":2,"items":[
  {"indexed":{"date-parts":[[2024,3,1]]},"publisher":"Springer Science and Business Media LLC",
   "DOI":"10.1038/s41586-019-1799-6","type":"journal-article","title":["International evaluation of an AI system for breast cancer screening"],
   "author":[{"given":"Scott Mayer","family":"McKinney","sequence":"first","affiliation":[]},{"given":"Marcin","family":"Sieniek","sequence":"additional","affiliation":[]}],
   "container-title":["Nature"],"short-container-title":["Nature"],
   "abstract":"<jats:p>Screening mammography aims to identify breast cancer at earlier stages of the disease, when treatment can be more successful.</jats:p>",
   "issued":{"date-parts":[[2020,1,1]]},"URL":"https://doi.org/10.1038/s41586-019-1799-6"},
  {"DOI":"10.1016/S2589-7500(19)30123-2","type":"journal-article","title":["A comparison of deep learning performance against health-care professionals"],
   "author":[{"given":"Xiaoxuan","family":"Liu","sequence":"first","affiliation":[]}],
   "container-title":["The Lancet Digital Health"],
   "abstract":"<jats:title>Summary</jats:title><jats:sec><jats:title>Background</jats:title><jats:p>Deep learning offers considerable promise for medical diagnostics.</jats:p></jats:sec><jats:sec><jats:title>Methods</jats:title><jats:p>We searched Ovid-MEDLINE.</jats:p></jats:sec>",
   "issued":{"date-parts":[[2019,10]]},"URL":"https://doi.org/10.1016/S2589-7500(19)30123-2"},
  {"DOI":"10.1000/no-abstract","type":"journal-article","title":["An editorial"],"container-title":["Nature"],"issued":{"date-parts":[[2020]]}}
  ],"items-per-page":20,"query":{"start-index":0,"search-terms":"deep learning"}}}`;

describe('Crossref API responses', () => {
  const { papers, warnings, tally } = parseCorpus(LIST, { fileName: 'crossref.json' });

  it('reads the works of a list: first title and journal, JATS abstract as text, authors, date, DOI', () => {
    expect(papers.map((p) => [p.doi, p.line])).toEqual([
      ['10.1038/s41586-019-1799-6', 3],
      ['10.1016/S2589-7500(19)30123-2', 9],
    ]);
    expect(papers[0]).toMatchObject({
      title: 'International evaluation of an AI system for breast cancer screening',
      abstract:
        'Screening mammography aims to identify breast cancer at earlier stages of the disease, when treatment can be more successful.',
      authors: ['Scott Mayer McKinney', 'Marcin Sieniek'],
      year: 2020,
      date: '2020-01-01',
      venue: 'Nature',
      url: 'https://doi.org/10.1038/s41586-019-1799-6',
    });
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

  it('names Crossref in what it expected when a JSON object holds no list of papers', () => {
    expect(() => parseCorpus('{"status":"ok","message":{"total-results":0}}', { fileName: 'x.json' })).toThrow(
      /found an object without a "papers" \(or OpenAlex "results", or Crossref "message" "items"\) array/,
    );
  });
});
