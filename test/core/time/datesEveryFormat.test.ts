import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildMap } from '../../../src/core/buildMap';
import { parseMapFile, serializeMap } from '../../../src/core/map';
import { computeTimeIndex } from '../../../src/core/time';

/**
 * Issue 11, item 1 end to end: each input format's fixture through the whole pipeline (buildMap,
 * then the map file written and read back), and the papers on the map carry the years (and full
 * dates) read by hand from the fixture files. Papers are named by id; the values in the comments
 * are the fixture's own fields.
 */
const CASES: Array<{ file: string; papers: Record<string, [number | null, string | null]> }> = [
  // arXiv OAI snapshot: versions[0].created "Mon, 2 Apr 2007 …", "Sat, 31 Mar 2007 …"
  { file: 'exports/arxiv-snapshot.jsonl', papers: { '0704.0001': [2007, '2007-04-02'], '0704.0002': [2007, '2007-03-31'] } },
  // arXiv API Atom: <published>2017-06-12T17:57:34Z, 1999-01-01T00:00:00Z
  { file: 'exports/arxiv.atom', papers: { '1706.03762': [2017, '2017-06-12'], 'hep-th/9901001': [1999, '1999-01-01'] } },
  // Dimensions CSV: "PubYear", "Publication Date"
  { file: 'exports/dimensions.csv', papers: { 'pub.1130000001': [2021, '2021-05-15'], 'pub.1140000002': [2022, '2022-01-10'] } },
  // Lens CSV: "Publication Year", "Date Published"
  { file: 'exports/lens.csv', papers: { '000-111-222-333-444': [2021, '2021-05-15'] } },
  // OpenAlex: publication_date 2018-02-13; the second work has only publication_year 2021
  { file: 'exports/openalex.json', papers: { W2741809807: [2018, '2018-02-13'] } },
  { file: 'exports/openalex.jsonl', papers: { W2741809807: [2018, '2018-02-13'], W3000000003: [2021, null] } },
  // PubMed MEDLINE: DP "2019 Aug 26", "2019 Apr"
  { file: 'exports/pubmed.nbib', papers: { '31452104': [2019, '2019-08-26'], '30000002': [2019, '2019-04'] } },
  // Web of Science plain text and tab-delimited: PY 2021 with PD "MAY 15"; PY 2022 alone
  { file: 'exports/savedrecs.txt', papers: { 'WOS:000650000000001': [2021, '2021-05-15'], 'WOS:000800000000002': [2022, null] } },
  {
    file: 'exports/savedrecs-tab.txt',
    papers: { 'WOS:000650000000001': [2021, '2021-05-15'], 'WOS:000800000000002': [2022, null] },
  },
  // Scopus CSV: "Year" 2017
  { file: 'exports/scopus.csv', papers: { '2-s2.0-85044537037': [2017, null] } },
  // Zotero CSL JSON: issued date-parts [[2021, 3, 4]]; issued raw "1950-10"
  {
    file: 'exports/zotero-csl.json',
    papers: { 'http://zotero.org/users/1': [2021, '2021-03-04'], turing1950: [1950, '1950-10'] },
  },
  // RIS: DA 2017/12/04/ with PY 2017; Y1 2016///
  {
    file: 'exports/zotero.ris',
    papers: { 'attention-is-all-you-need': [2017, '2017-12-04'], 'deep-residual-learning-for-image-recognition': [2016, null] },
  },
  // BibTeX: year=2020, year = {2014}; Zotero's BibTeX: year = {2017} with month = dec, {2020} (urldate is not the publication date)
  { file: 'corpus/scholar.bib', papers: { ho2020denoising: [2020, null], kingma2014adam: [2014, null] } },
  { file: 'corpus/zotero.bib', papers: { vaswani_attention_2017: [2017, '2017-12'], muller_uber_2020: [2020, null] } },
  // Zotero CSV: "Publication Year" 2021 with "Date" 2021-03-04; 1950 with 1950-10-01
  { file: 'corpus/zotero.csv', papers: { ABCD1234: [2021, '2021-03-04'], IJKL9012: [1950, '1950-10-01'] } },
  // CSV with ";" and a lower-case "year" column
  { file: 'corpus/semicolon.csv', papers: { 'semicolon-separated-d2391': [2020, null] } },
  // JSON Lines: "year": 2017, "year": "2016" (a string), and a paper with no year stays undated
  { file: 'corpus/papers.jsonl', papers: { p1: [2017, null], '42': [2016, null], 'a-paper-without-an-id-971': [null, null] } },
  // The trending-papers text format has titles and abstracts only: every paper undated.
  { file: 'corpus/trending-crlf.txt', papers: { 'windows-line-endings-are-fine': [null, null] } },
];

function mapOf(fileName: string, text: string) {
  const { map } = buildMap(text, { fileName, toolVersion: 'topic-map test', settings: { minDf: 1 } });
  // Through the file format too: what the app opens is the written map.
  return parseMapFile(serializeMap(map), `${fileName}.map.json`);
}

describe('dates in, dates kept: every input format through the pipeline', () => {
  for (const { file, papers } of CASES) {
    it(`${file}: papers carry the year and date of the fixture`, () => {
      const map = mapOf(file.split('/')[1], readFileSync(new URL(`../../fixtures/${file}`, import.meta.url), 'utf8'));
      for (const [id, [year, date]] of Object.entries(papers)) {
        const paper = map.papers.find((p) => p.id === id || p.id.startsWith(id));
        expect(paper, `${file}: paper ${id}`).toBeDefined();
        expect([paper!.year ?? null, paper!.date ?? null], `${file}: paper ${id}`).toEqual([year, date]);
      }
      const dated = Object.values(papers).filter(([year]) => year !== null);
      if (dated.length > 0) {
        const time = computeTimeIndex(map)!;
        expect(time.firstYear).toBe(Math.min(...dated.map(([y]) => y!)));
        expect(time.lastYear).toBe(Math.max(...dated.map(([y]) => y!)));
      } else {
        expect(computeTimeIndex(map)).toBeUndefined();
      }
    });
  }

  it('a JSON array with the date forms of the issue ("2019", "Dec 2019", "2019-12", ISO) and one it cannot read', () => {
    const papers = [
      {
        id: 'a',
        title: 'Graph neural networks for molecules',
        abstract: 'Graph neural networks predict molecules.',
        year: '2019',
      },
      {
        id: 'b',
        title: 'Graph neural networks for proteins',
        abstract: 'Graph neural networks fold proteins.',
        date: 'Dec 2019',
      },
      { id: 'c', title: 'Diffusion models for images', abstract: 'Diffusion models draw images.', published: '2019-12' },
      { id: 'd', title: 'Diffusion models for audio', abstract: 'Diffusion models make audio.', date: '2020-03-04T10:00:00Z' },
      { id: 'e', title: 'Diffusion models for video', abstract: 'Diffusion models make video.', Year: 'sometime' },
    ];
    const { map, warnings } = buildMap(JSON.stringify(papers), {
      fileName: 'dates.json',
      toolVersion: 'topic-map test',
      settings: { minDf: 1 },
    });
    const years = Object.fromEntries(map.papers.map((p) => [p.id, [p.year ?? null, p.date ?? null]]));
    expect(years).toEqual({
      a: [2019, null],
      b: [2019, '2019-12'],
      c: [2019, '2019-12'],
      d: [2020, '2020-03-04'],
      e: [null, null],
    });
    // The unreadable date is a warning naming the file and the record, not a failure.
    expect(warnings).toContainEqual({ file: 'dates.json', line: 1, message: expect.stringContaining('sometime') });
  });

  it('an unreadable year in BibTeX or CSV is a warning with the file and line; the paper stays, undated', () => {
    const bib = [
      '@article{a, title = {Graph neural networks}, abstract = {Graph neural networks for molecules.}, year = {2019}}',
      '',
      '@article{b, title = {Graph neural networks again}, abstract = {Graph neural networks for proteins.},',
      '  year = {forthcoming}}',
    ].join('\n');
    const fromBib = buildMap(bib, { fileName: 'dates.bib', toolVersion: 'topic-map test', settings: { minDf: 1 } });
    expect(fromBib.map.papers.map((p) => [p.id, p.year ?? null])).toEqual([
      ['a', 2019],
      ['b', null],
    ]);
    expect(fromBib.warnings).toContainEqual({
      file: 'dates.bib',
      line: 3,
      message: expect.stringContaining('"forthcoming": the paper is kept without a date'),
    });
    const csv =
      'title,abstract,year\nGraph neural networks,Graph neural networks for molecules.,2019\nGraph models,Graph neural networks for proteins.,n.d.\n';
    const fromCsv = buildMap(csv, { fileName: 'dates.csv', toolVersion: 'topic-map test', settings: { minDf: 1 } });
    expect(fromCsv.map.papers.map((p) => p.year ?? null)).toEqual([2019, null]);
    expect(fromCsv.warnings).toContainEqual({ file: 'dates.csv', line: 3, message: expect.stringContaining('"n.d."') });
  });
});
