import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CorpusParser, parseCorpus } from '../../../../src/core/corpus';
import type { CorpusFormat } from '../../../../src/core/map';

/*
 * The files in test/fixtures/exports are small excerpts written by hand from each source's
 * documented export structure (RIS spec and Zotero/EndNote/Scopus output, the Web of Science
 * field-tag list, Scopus/Dimensions/Lens CSV column lists, NLM's MEDLINE element descriptions,
 * the OpenAlex Work object, the arXiv API's Atom schema and the Kaggle arXiv snapshot, CSL-JSON's
 * schema). They are NOT downloaded exports: this machine has no network access to the sources.
 */
const fixture = (name: string): string =>
  readFileSync(fileURLToPath(new URL(`../../../fixtures/exports/${name}`, import.meta.url)), 'utf8');

/** The file read in 7-character pieces, as a stream cuts it anywhere (even inside a tag or a CRLF). */
function parseInPieces(text: string, fileName: string, format?: CorpusFormat) {
  const parser = new CorpusParser({ fileName, ...(format ? { format } : {}) });
  for (let i = 0; i < text.length; i += 7) parser.push(text.slice(i, i + 7));
  return parser.end();
}

describe('RIS', () => {
  const { papers, warnings, tally } = parseCorpus(fixture('zotero.ris'), { fileName: 'zotero.ris' });

  it('reads Zotero tags (TI, AU, T2, AB, DA, DO, UR, KW) and cleans HTML and entities', () => {
    expect(papers[0]).toEqual({
      id: papers[0].id,
      title: 'Attention is all you need for sequence transduction',
      abstract:
        'The dominant sequence transduction models are based on complex recurrent or convolutional neural networks & attention. We propose the Transformer.',
      authors: ['Ashish Vaswani', 'Noam Shazeer'],
      year: 2017,
      date: '2017-12-04',
      venue: 'Advances in Neural Information Processing Systems',
      doi: '10.48550/arXiv.1706.03762',
      url: 'https://arxiv.org/abs/1706.03762',
      authorKeywords: ['transformer', 'attention'],
      sourceIds: { arxiv: '1706.03762' },
      line: 1,
    });
  });

  it('reads EndNote/Scopus tags (T1, A1, JO, N2, Y1), drops "Abstract:" and the copyright tail, finds the Scopus EID', () => {
    expect(papers[1]).toMatchObject({
      title: 'Deep residual learning for image recognition',
      abstract:
        'Deeper neural networks are more difficult to train. We present a residual learning framework to ease the training of networks.',
      authors: ['Kaiming He', 'Xiangyu Zhang'],
      year: 2016,
      venue: 'CVPR',
      authorKeywords: ['residual networks', 'image recognition'],
      sourceIds: { scopus: '2-s2.0-84986274465' },
      line: 15,
    });
  });

  it('skips the abstract-less record with a warning and counts it', () => {
    expect(papers).toHaveLength(2);
    expect(warnings).toEqual([
      { file: 'zotero.ris', line: 26, message: 'paper "A record without an abstract" has an empty abstract; skipped' },
    ]);
    expect(tally).toEqual({ records: 3, skipped: { 'no abstract': 1 }, duplicates: 0 });
  });

  it('gives the same papers streamed in small pieces and with CRLF line ends', () => {
    expect(parseInPieces(fixture('zotero.ris').replace(/\n/g, '\r\n'), 'zotero.ris').papers).toEqual(papers);
  });

  it('is recognised by its content in a .txt file', () => {
    expect(parseCorpus(fixture('zotero.ris'), { fileName: 'export.txt' }).papers).toEqual(papers);
  });

  // Written by hand in the shape of a 2019 Scopus RIS export (cases a GPL-licensed real excerpt
  // covered before): "ER  - " with a trailing space, a title with a trailing space, an ST
  // (translated short title) after TI, Scopus's copyright notice written twice, "© 2019 by the
  // author(s).", and the EID in UR.
  it('reads Scopus RIS: trailing spaces, ST is not the title, a doubled © notice dropped, the EID', () => {
    const text = [
      'TY  - JOUR',
      'TI  - Few detections of owls in burned forests of the Sierra Nevada ',
      'ST  - Peu de détections de chouettes dans les forêts brûlées de la Sierra Nevada',
      'T2  - Avian Conservation and Ecology',
      'PY  - 2019',
      'DO  - 10.1000/ace.2019.17',
      'AU  - Siegel, R.B.',
      'AB  - Extreme wildfires leave large areas of dead trees. We found few owls there. © 2019 The Wildlife Society. © 2019 The Wildlife Society',
      'UR  - https://www.scopus.com/inward/record.uri?eid=2-s2.0-85070000001&doi=10.1000%2face.2019.17&partnerID=40&md5=x',
      'ER  - ',
      '',
      'TY  - JOUR',
      'TI  - Motion detection in wildlife videos',
      'T2  - Wildlife Society Bulletin',
      'PY  - 2019',
      'AB  - Cameras record hours of empty video. We detect motion to skip it. © 2019 by the author(s).',
      'UR  - https://www.scopus.com/inward/record.uri?eid=2-s2.0-85070000002&partnerID=40&md5=y',
      'ER  - ',
      '',
    ].join('\n');
    const result = parseCorpus(text, { fileName: 'scopus.ris' });
    expect(result.warnings).toEqual([]);
    expect(result.papers.map((p) => [p.title, p.abstract, p.sourceIds?.scopus, p.line])).toEqual([
      [
        'Few detections of owls in burned forests of the Sierra Nevada',
        'Extreme wildfires leave large areas of dead trees. We found few owls there.',
        '2-s2.0-85070000001',
        1,
      ],
      [
        'Motion detection in wildlife videos',
        'Cameras record hours of empty video. We detect motion to skip it.',
        '2-s2.0-85070000002',
        12,
      ],
    ]);
    expect(result.papers[0]).toMatchObject({ authors: ['R.B. Siegel'], venue: 'Avian Conservation and Ecology', year: 2019 });
  });

  it('reads EndNote\'s Web of Science import: "ISI:" in AN and "<Go to ISI>" in UR give the UT, never the paper\'s link', () => {
    // The AN and UR lines as EndNote writes them for a record imported from Web of Science before
    // "WOS:" (seen in a RIS parser's tests: "AN  - ISI:000267130600026").
    const record = (an: string, urls: string[], doi?: string): string =>
      [
        'TY  - JOUR',
        'TI  - Sperm competition in birds',
        'AB  - Females mate with several males.',
        `AN  - ${an}`,
        ...(doi ? [`DO  - ${doi}`] : []),
        ...urls.map((url) => `UR  - ${url}`),
        'ER  - ',
        '',
      ].join('\n');
    const read = (text: string) => parseCorpus(text, { fileName: 'endnote.ris' }).papers[0];
    expect(read(record('ISI:000267130600026', ['<Go to ISI>://000267130600026'], '10.1098/rspb.2009.0340'))).toMatchObject({
      sourceIds: { wos: 'WOS:000267130600026' },
      url: 'https://doi.org/10.1098/rspb.2009.0340',
    });
    // The newer form, a web link after the placeholder, and no UT in AN.
    const newer = read(record('12345', ['<Go to ISI>://WOS:000267130600026', 'https://example.org/paper']));
    expect(newer).toMatchObject({ sourceIds: { wos: 'WOS:000267130600026' }, url: 'https://example.org/paper' });
    // Only the placeholder and no DOI: no link at all, rather than one that opens nothing.
    const bare = read(record('ISI:000267130600026', ['<Go to ISI>://000267130600026', 'internal-pdf://0123/paper.pdf']));
    expect(bare.url).toBeUndefined();
    // A UT whose digits are not the 15 of one is no id.
    expect(read(record('ISI:0002671306', ['<Go to ISI>://0002671306'])).sourceIds).toBeUndefined();
  });

  it('takes the DOI from a doi.org link when the record has no DO (JabRef\'s RisImporterTest1: "UR  - http://dx.doi.org/…")', () => {
    const read = (ur: string, more = '') =>
      parseCorpus(`TY  - JOUR\nTI  - Open source\nAB  - We study open source.\n${more}UR  - ${ur}\nER  - \n`, {
        fileName: 'a.ris',
      }).papers[0];
    expect(read('http://dx.doi.org/10.1023/A:1017379030770')).toMatchObject({
      doi: '10.1023/A:1017379030770',
      url: 'http://dx.doi.org/10.1023/A:1017379030770',
    });
    expect(read('https://doi.org/10.1000%2Fxyz.1').doi).toBe('10.1000/xyz.1');
    // A DO says which DOI; another link gives none.
    expect(read('https://doi.org/10.1000/link', 'DO  - 10.1000/given\n').doi).toBe('10.1000/given');
    expect(read('https://example.org/10.1000/not-a-doi-link').doi).toBeUndefined();
  });
});

describe('Web of Science', () => {
  it('reads an Inspec record: "/sub 2/" as text, but not a slash-separated word; a DE not in fields read whole', () => {
    const text = [
      'FN ISI Export Format',
      'VR 1.0',
      'PT J',
      'TI Growth of GaN/sub x/ films',
      'AB Films were grown and/subsequently/ annealed at 1/sup 2/ scale.',
      'DE thin films; annealing',
      'UT INSPEC:1234567',
      'ER',
      'EF',
    ].join('\n');
    const [paper] = parseCorpus(text, { fileName: 'savedrecs.txt' }).papers;
    expect(paper).toMatchObject({
      id: 'INSPEC:1234567',
      title: 'Growth of GaNx films',
      abstract: 'Films were grown and/subsequently/ annealed at 12 scale.',
      authorKeywords: ['thin films', 'annealing'],
    });
  });

  it('reads the plain-text export: continuation lines, AF names, capitalised SO, DE and ID keywords, UT and PM', () => {
    const { papers, warnings } = parseCorpus(fixture('savedrecs.txt'), { fileName: 'savedrecs.txt' });
    expect(warnings).toEqual([]);
    expect(papers[0]).toEqual({
      id: 'WOS:000650000000001',
      title: 'Graph neural networks for molecular property prediction: a systematic review',
      abstract:
        'Graph neural networks learn representations of molecules directly from their graphs. We review 120 studies of molecular property prediction.',
      authors: ['John Smith', 'Alice Doe'],
      year: 2021,
      date: '2021-05-15',
      venue: 'Journal of Chemical Information and Modeling',
      doi: '10.1021/acs.jcim.1c00001',
      url: 'https://doi.org/10.1021/acs.jcim.1c00001',
      authorKeywords: ['graph neural networks', 'molecular property prediction', 'drug discovery', 'DEEP', 'REPRESENTATION'],
      sourceIds: { wos: 'WOS:000650000000001', pmid: '33900001' },
      line: 3,
    });
    expect(papers[1]).toMatchObject({ id: 'WOS:000800000000002', venue: 'Nature Methods', line: 23 });
  });

  it('leaves the volume out of a book series\' source title (SO "ANNUAL REVIEW OF PUBLIC HEALTH, VOL 32")', () => {
    // As Web of Science writes an annual review's record (PT S; the series in SE, the volume in VL).
    const text = [
      'FN Clarivate Analytics Web of Science',
      'VR 1.0',
      'PT S',
      'TI Health impact assessment: a review',
      'SO ANNUAL REVIEW OF PUBLIC HEALTH, VOL 32',
      'SE Annual Review of Public Health',
      'AB Health impact assessment estimates the effects of policies on health.',
      'PY 2011',
      'VL 32',
      'ER',
      'PT J',
      'TI Volumes of the brain',
      'SO JOURNAL OF VOLUMETRIC STUDIES VOL 2 SPECIAL',
      'AB Brain volumes were measured.',
      'ER',
      'EF',
    ].join('\n');
    const { papers } = parseCorpus(text, { fileName: 'savedrecs.txt' });
    expect(papers.map((p) => p.venue)).toEqual(['Annual Review of Public Health', 'Journal of Volumetric Studies Vol 2 Special']);
  });

  it('reads the tab-delimited export, where a title may start with an unescaped quotation mark', () => {
    const { papers } = parseInPieces(fixture('savedrecs-tab.txt'), 'savedrecs.txt');
    expect(papers.map((p) => p.title)).toEqual([
      '"Graph" neural networks for molecular property prediction',
      'Protein structure prediction with language models',
    ]);
    expect(papers[0]).toMatchObject({
      authors: ['John Smith', 'Alice Doe'],
      authorKeywords: ['graph neural networks', 'drug discovery', 'DEEP'],
      sourceIds: { wos: 'WOS:000650000000001', pmid: '33900001' },
      line: 2,
    });
  });

  // Written by hand in the shape of a 2026 "Full Record" export (these cases were covered by a
  // GPL-licensed real excerpt before): PD "2026 FEB 25" with the year first, an EA (early access)
  // month and a DA (the export's date) that are not the publication date, ER followed directly by
  // the next PT, the "(c) ... Elsevier Ltd. All rights reserved." tail on the AB line, and a record
  // without AB (a comment letter) skipped with a warning that names its line.
  it('reads a 2026-style export: year-first PD, EA and DA ignored, no blank line between records, a record without AB', () => {
    const text = [
      'FN Clarivate Analytics Web of Science',
      'VR 1.0',
      'PT J',
      'AU Rossi, M',
      'AF Rossi, Maria',
      'TI Mapping soil moisture with radar: a bibliometric analysis of thirty',
      '   years of studies',
      'SO REMOTE SENSING REVIEWS',
      'DT Article; Early Access',
      'DE soil moisture; radar; bibliometric analysis; science',
      '   mapping',
      'AB Radar retrieval of soil moisture has grown into a large field. We map its studies since 1995. (c) 2026 Elsevier Ltd. All rights reserved.',
      'PD 2026 FEB 25',
      'PY 2026',
      'DI 10.1000/rsr.2026.0001',
      'EA FEB 2026',
      'UT WOS:001700000000001',
      'DA 2026-03-28',
      'ER',
      'PT J',
      'AU Chen, L',
      'AF Chen, Li',
      'TI Comment on "Mapping soil moisture with radar: a bibliometric analysis',
      '   of thirty years of studies"',
      'SO REMOTE SENSING REVIEWS',
      'DT Letter',
      'DE soil moisture; bibliometric',
      'PD DEC 31',
      'PY 2026',
      'UT WOS:001700000000002',
      'DA 2026-03-28',
      'ER',
      'EF',
      '',
    ].join('\n');
    const { papers, warnings, tally } = parseCorpus(text, { fileName: 'savedrecs.txt' });
    expect(papers).toEqual([
      {
        id: 'WOS:001700000000001',
        title: 'Mapping soil moisture with radar: a bibliometric analysis of thirty years of studies',
        abstract: 'Radar retrieval of soil moisture has grown into a large field. We map its studies since 1995.',
        authors: ['Maria Rossi'],
        year: 2026,
        date: '2026-02-25',
        venue: 'Remote Sensing Reviews',
        doi: '10.1000/rsr.2026.0001',
        url: 'https://doi.org/10.1000/rsr.2026.0001',
        authorKeywords: ['soil moisture', 'radar', 'bibliometric analysis', 'science mapping'],
        sourceIds: { wos: 'WOS:001700000000001' },
        line: 3,
      },
    ]);
    expect(tally).toEqual({ records: 2, skipped: { 'no abstract': 1 }, duplicates: 0 });
    expect(warnings).toEqual([
      {
        file: 'savedrecs.txt',
        line: 20,
        // The title is cut to 60 characters in the message.
        message: 'paper "Comment on "Mapping soil moisture with radar: a bibliometri…" has an empty abstract; skipped',
      },
    ]);
  });

  it('reads a UTF-16 tab-delimited export decoded by the caller, BOM included', () => {
    const utf16 = new TextDecoder('utf-16le').decode(Buffer.from(`\uFEFF${fixture('savedrecs-tab.txt')}`, 'utf16le'));
    expect(parseCorpus(utf16, { fileName: 'savedrecs.txt' }).papers).toHaveLength(2);
  });
});

describe('Scopus, Dimensions and Lens CSV', () => {
  it('reads Scopus columns: Author full names, Source title, Author and Index Keywords, EID; cleans the abstract', () => {
    const { papers, tally } = parseCorpus(fixture('scopus.csv'), { fileName: 'scopus.csv' });
    expect(papers).toEqual([
      {
        id: '2-s2.0-85044537037',
        title: 'Attention is all you need',
        abstract: 'The dominant sequence transduction models are based on complex recurrent or convolutional neural networks.',
        authors: ['Ashish Vaswani', 'Noam Shazeer'],
        year: 2017,
        url: 'https://www.scopus.com/inward/record.uri?eid=2-s2.0-85044537037&partnerID=40&md5=x',
        venue: 'Advances in Neural Information Processing Systems',
        doi: '10.5555/3295222.3295349',
        authorKeywords: ['transformer', 'attention', 'Recurrent neural networks', 'Translation (languages)'],
        sourceIds: { scopus: '2-s2.0-85044537037' },
        line: 2,
      },
    ]);
    // "[No abstract available]" is Scopus's placeholder, not an abstract.
    expect(tally?.skipped).toEqual({ 'no abstract': 1 });
  });

  it('skips the line Dimensions writes above its header and numbers rows by file line', () => {
    const { papers } = parseInPieces(fixture('dimensions.csv'), 'dimensions.csv');
    expect(papers.map((p) => [p.id, p.line, p.date, p.doi, p.sourceIds?.pmid])).toEqual([
      ['pub.1130000001', 3, '2021-05-15', '10.1021/acs.jcim.1c00001', '33900001'],
      ['pub.1140000002', 4, '2022-01-10', '10.1038/s41592-022-00001-1', undefined],
    ]);
  });

  it("reads IEEE Xplore's and Publish or Perish's columns: venue, keywords and index terms, links", () => {
    // The header names of those exports, with rows written by hand (no real export is copied).
    const ieee =
      '"Document Title","Authors","Publication Title","Publication Year","Abstract","DOI","PDF Link","Author Keywords","IEEE Terms","INSPEC Controlled Terms"\n' +
      '"Graph networks for traffic","J. Smith; K. Lee","IEEE Access","2021","Graph networks forecast traffic.","10.1109/ACCESS.2021.1","https://ieeexplore.ieee.org/stamp/stamp.jsp?arnumber=1","graph networks;traffic","Roads;Forecasting","road traffic"\n';
    expect(parseCorpus(ieee, { fileName: 'export2024.csv' }).papers[0]).toMatchObject({
      title: 'Graph networks for traffic',
      venue: 'IEEE Access',
      year: 2021,
      doi: '10.1109/ACCESS.2021.1',
      authorKeywords: ['graph networks', 'traffic', 'Roads', 'Forecasting'],
    });
    const pop =
      'Cites,Authors,Title,Year,Source,Publisher,ArticleURL,CitesURL,GSRank,QueryDate,Type,DOI,Abstract\n' +
      '12,"J Smith, K Lee",Graph networks for traffic,2021,IEEE Access,ieeexplore.ieee.org,https://ieeexplore.ieee.org/abstract/document/1,,1,2024-01-01,,10.1109/ACCESS.2021.1,Graph networks forecast traffic …\n';
    expect(parseCorpus(pop, { fileName: 'PoPCites.csv' }).papers[0]).toMatchObject({
      title: 'Graph networks for traffic',
      url: 'https://ieeexplore.ieee.org/abstract/document/1',
    });
  });

  it('reads Lens columns: Author/s, Date Published, Source Title, Keywords and MeSH Terms, External URL', () => {
    const { papers } = parseCorpus(fixture('lens.csv'), { fileName: 'lens.csv' });
    expect(papers[0]).toMatchObject({
      authors: ['John Smith', 'Alice Doe'],
      date: '2021-05-15',
      venue: 'Journal of Chemical Information and Modeling',
      authorKeywords: ['graph neural networks', 'drug discovery', 'Humans'],
      url: 'https://doi.org/10.1021/acs.jcim.1c00001',
    });
  });
});

/**
 * Rows written by hand in the shape of Scopus (2026, 45 columns) and Lens CSV exports that went
 * through R (bibliometrix writes empty cells as NA). These cases were covered by GPL-licensed real
 * excerpts before: "Author full names" with Scopus ids in brackets, a PubMed ID of NA, a 400-character
 * open-access licence notice after "©", a short "© 2026 Publisher." tail, both keyword columns; Lens
 * IDs as ids, two NA PMIDs (which made "duplicate id NA"), a <jats:p> wrapper and a curly apostrophe.
 */
const csvRow = (cells: string[]) => cells.map((cell) => `"${cell.replace(/"/g, '""')}"`).join(',');

describe('Scopus and Lens CSV written through R (hand-written rows)', () => {
  const SCOPUS_2026_HEADER = [
    'Authors',
    'Author full names',
    'Author(s) ID',
    'Title',
    'Year',
    'Source title',
    'Volume',
    'Issue',
    'Art. No.',
    'Page start',
    'Page end',
    'Cited by',
    'DOI',
    'Link',
    'Affiliations',
    'Authors with affiliations',
    'Abstract',
    'Author Keywords',
    'Index Keywords',
    'Molecular Sequence Numbers',
    'Chemicals/CAS',
    'Tradenames',
    'Manufacturers',
    'Funding Details',
    'Funding Texts',
    'References',
    'Correspondence Address',
    'Editors',
    'Publisher',
    'Sponsors',
    'Conference name',
    'Conference date',
    'Conference location',
    'Conference code',
    'ISSN',
    'ISBN',
    'CODEN',
    'PubMed ID',
    'Language of Original Document',
    'Abbreviated Source Title',
    'Document Type',
    'Publication Stage',
    'Open Access',
    'Source',
    'EID',
  ];
  const scopusRow = (values: Record<string, string>) => csvRow(SCOPUS_2026_HEADER.map((column) => values[column] ?? 'NA'));
  const LICENCE =
    '© The Author(s) 2026. This article is distributed under the terms of the Creative Commons Attribution-NonCommercial 4.0 License (https://creativecommons.org/licenses/by-nc/4.0/) which permits non-commercial use, reproduction and distribution of the work without further permission provided the original work is attributed as specified on the SAGE and Open Access page (https://us.sagepub.com/en-us/nam/open-access-at-sage).';
  const scopus = [
    csvRow(SCOPUS_2026_HEADER),
    scopusRow({
      Authors: 'Rossi M.; Chen L.',
      'Author full names': 'Rossi, Maria (60000000001); Chen, Li (57000000002)',
      'Author(s) ID': '60000000001; 57000000002',
      Title: 'Soil moisture from radar: a bibliometric analysis',
      Year: '2026',
      'Source title': 'Digital Geoscience',
      DOI: '10.1000/dg.2026.1',
      Abstract: `We map thirty years of radar studies of soil moisture. ${LICENCE}`,
      'Author Keywords': 'soil moisture; radar; bibliometrics',
      'Index Keywords': '',
      'PubMed ID': 'NA',
      EID: '2-s2.0-105000000001',
    }),
    scopusRow({
      Authors: 'Okafor A.',
      'Author full names': 'Okafor, Adaeze (57100000003)',
      Title: 'Eye care research in Africa: a bibliometric study',
      Year: '2026',
      'Source title': 'Clinical and Experimental Optometry',
      DOI: '10.1000/ceo.2026.2',
      Abstract: 'We count the eye care studies written in Africa since 2000. © 2026 Optometry Australia.',
      'Author Keywords': 'eye care; Africa',
      'Index Keywords': 'bibliometrics; Africa; optometry',
      'PubMed ID': '41000001',
      EID: '2-s2.0-105000000002',
    }),
  ].join('\n');

  it('reads a 2026 Scopus export: full names without their ids, NA cells as empty, both licence tails cut', () => {
    const { papers, warnings } = parseCorpus(scopus, { fileName: 'scopus.csv' });
    expect(warnings).toEqual([]);
    expect(papers).toHaveLength(2);
    expect(papers[0]).toMatchObject({
      id: '2-s2.0-105000000001',
      title: 'Soil moisture from radar: a bibliometric analysis',
      abstract: 'We map thirty years of radar studies of soil moisture.',
      authors: ['Maria Rossi', 'Li Chen'],
      year: 2026,
      venue: 'Digital Geoscience',
      doi: '10.1000/dg.2026.1',
      authorKeywords: ['soil moisture', 'radar', 'bibliometrics'],
      // A PubMed ID of "NA" is no id.
      sourceIds: { scopus: '2-s2.0-105000000001' },
    });
    expect(papers[1]).toMatchObject({
      abstract: 'We count the eye care studies written in Africa since 2000.',
      authors: ['Adaeze Okafor'],
      // Author Keywords, then the Index Keywords not already there.
      authorKeywords: ['eye care', 'Africa', 'bibliometrics', 'optometry'],
      sourceIds: { scopus: '2-s2.0-105000000002', pmid: '41000001' },
    });
  });

  const LENS_HEADER = [
    'Lens ID',
    'Title',
    'Date Published',
    'Publication Year',
    'Publication Type',
    'Source Title',
    'ISSNs',
    'Publisher',
    'Source Country',
    'Author/s',
    'Abstract',
    'Volume',
    'Issue Number',
    'Start Page',
    'End Page',
    'Fields of Study',
    'Keywords',
    'MeSH Terms',
    'Chemicals',
    'Funding',
    'Source URLs',
    'External URL',
    'PMID',
    'DOI',
    'Microsoft Academic ID',
    'PMCID',
    'Citing Patents Count',
    'References',
    'Citing Works Count',
    'Is Open Access',
    'Open Access License',
    'Open Access Colour',
  ];
  const lensRow = (values: Record<string, string>) => csvRow(LENS_HEADER.map((column) => values[column] ?? ''));
  const lens = [
    csvRow(LENS_HEADER),
    lensRow({
      'Lens ID': '000-100-200-300-401',
      Title: 'Edge risk in internet of things systems',
      'Date Published': '2020-11-22',
      'Publication Year': '2020',
      'Source Title': 'Environment systems & decisions',
      'Author/s': 'Petra Novak; La’Treall Maddox',
      Abstract: 'Connected devices bring new cyber risks. We model them at the edge.',
      Keywords: 'Cyber risk; Internet of things',
      PMID: 'NA',
      DOI: '10.1000/esd.2020.1',
    }),
    lensRow({
      'Lens ID': '000-100-200-300-402',
      Title: 'Orchid research in Africa: a bibliometric overview',
      'Date Published': '2021-06-30',
      'Publication Year': '2021',
      'Source Title': 'Annales des Sciences Naturelles',
      'Author/s': 'Amina Diallo',
      Abstract: '<jats:p>Orchid studies in Africa are few but growing.</jats:p>',
      PMID: 'NA',
      DOI: '10.1000/asn.2021.2',
    }),
  ].join('\n');

  it('reads a Lens export through R: Lens IDs as ids, NA PMIDs not ids (no "duplicate id NA"), <jats:p> gone', () => {
    const { papers, warnings } = parseCorpus(lens, { fileName: 'lens.csv' });
    expect(warnings).toEqual([]);
    expect(papers.map((p) => p.id)).toEqual(['000-100-200-300-401', '000-100-200-300-402']);
    expect(papers[0]).toMatchObject({
      authors: ['Petra Novak', 'La’Treall Maddox'],
      year: 2020,
      date: '2020-11-22',
      venue: 'Environment systems & decisions',
      doi: '10.1000/esd.2020.1',
      authorKeywords: ['Cyber risk', 'Internet of things'],
    });
    expect(papers[0].sourceIds).toBeUndefined();
    expect(papers[1].abstract).toBe('Orchid studies in Africa are few but growing.');
  });
});

describe('PubMed MEDLINE', () => {
  const { papers } = parseInPieces(fixture('pubmed.nbib'), 'pubmed.nbib');

  it('reads PMID, TI and AB with continuation lines, FAU, DP, JT, the DOI and OT/MH keywords', () => {
    expect(papers[0]).toEqual({
      id: '31452104',
      title: 'Machine learning for the prediction of sepsis: a systematic review and meta-analysis of diagnostic test accuracy.',
      abstract:
        'PURPOSE: Early clinical recognition of sepsis can be challenging. With the advancement of machine learning, promising real-time models to predict sepsis have emerged. METHODS: We searched four databases.',
      authors: ['Lucas M Fleuren', 'Thomas L T Klausch'],
      year: 2019,
      date: '2019-08-26',
      venue: 'Intensive care medicine',
      doi: '10.1007/s00134-019-05744-6',
      url: 'https://pubmed.ncbi.nlm.nih.gov/31452104/',
      authorKeywords: ['Machine learning', 'Sepsis', 'Humans'],
      sourceIds: { pmid: '31452104' },
      line: 1,
    });
  });

  // Written by hand in the shape of a 2016 PubMed record (a case a GPL-licensed real excerpt
  // covered before): LID holds only the publisher's id, the DOI is in a later AID; a name with a
  // particle, "In 't Veen".
  it('takes the DOI from AID when LID holds only a [pii], and keeps "In \'t Veen" whole', () => {
    const text = [
      'PMID- 26000001',
      'DP  - 2016 Jan 15',
      'TI  - Airway inflammation in asthma: a cohort study.',
      'LID - S0006-4971(20)30001-2 [pii]',
      'AB  - We followed 300 adults with asthma for five years.',
      "FAU - In 't Veen, Johannes C C M",
      "AU  - In 't Veen JCCM",
      'FAU - de Vries, Anna',
      'AU  - de Vries A',
      'JT  - Respiratory medicine',
      'AID - S0006-4971(20)30001-2 [pii]',
      'AID - 10.1016/j.rmed.2016.01.001 [doi]',
      '',
    ].join('\n');
    const [paper] = parseCorpus(text, { fileName: 'pubmed.txt' }).papers;
    expect(paper).toMatchObject({
      id: '26000001',
      authors: ["Johannes C C M In 't Veen", 'Anna de Vries'],
      date: '2016-01-15',
      venue: 'Respiratory medicine',
      doi: '10.1016/j.rmed.2016.01.001',
    });
  });

  it('ends the last record at the end of the file (MEDLINE has no end tag)', () => {
    expect(papers[1]).toMatchObject({ id: '30000002', date: '2019-04', line: 27 });
  });

  it('is recognised by content in a .txt file', () => {
    expect(parseCorpus(fixture('pubmed.nbib'), { fileName: 'pubmed-set.txt' }).papers).toEqual(papers);
  });
});

describe('OpenAlex', () => {
  it('reads an API response, rebuilding the abstract from abstract_inverted_index', () => {
    const { papers, warnings } = parseCorpus(fixture('openalex.json'), { fileName: 'works.json' });
    expect(papers).toEqual([
      {
        id: 'W2741809807',
        title: 'The state of OA: a large-scale analysis of the prevalence and impact of Open Access articles',
        abstract: 'Despite growing interest in Open Access (OA) to scholarly literature, there is an unmet need.',
        authors: ['Heather Piwowar', 'Stefanie Haustein'],
        year: 2018,
        date: '2018-02-13',
        venue: 'PeerJ',
        doi: '10.7717/peerj.4375',
        url: 'https://doi.org/10.7717/peerj.4375',
        authorKeywords: ['Open Access'],
        sourceIds: { openalex: 'W2741809807', pmid: '29456894' },
        // The line the work starts on (it was 1 for every work of a response before).
        line: 2,
      },
    ]);
    expect(warnings[0].line).toBe(3);
    expect(warnings[0].message).toBe('paper "A work without an abstract" has an empty abstract; skipped');
  });

  it('reads JSON Lines (a snapshot or a saved cursor), and --format openalex without a warning', () => {
    const { papers, warnings } = parseCorpus(fixture('openalex.jsonl'), { fileName: 'works.txt', format: 'openalex' });
    expect(warnings).toEqual([]);
    expect(papers.map((p) => p.abstract)).toEqual(['Despite growing interest', 'We count open citations.']);
  });

  it('reports a malformed inverted index and skips the paper', () => {
    const line =
      '{"id":"https://openalex.org/W1","title":"T","abstract_inverted_index":{"a":["x"]}}\n{"id":"https://openalex.org/W2","title":"U","abstract_inverted_index":{"b":[0]}}\n';
    const { papers, warnings } = parseCorpus(line, { fileName: 'w.jsonl' });
    expect(papers.map((p) => p.id)).toEqual(['W2']);
    expect(warnings.map((w) => `${w.line}: ${w.message}`)).toEqual([
      '1: abstract_inverted_index is not a map of words to word positions; abstract left out',
      '1: paper "T" has an empty abstract; skipped',
    ]);
  });
});

describe('arXiv', () => {
  it('reads the API Atom feed: versionless ids, LaTeX and entities cleaned, categories, DOI and journal ref', () => {
    const { papers } = parseInPieces(fixture('arxiv.atom'), 'query.atom');
    expect(papers).toEqual([
      {
        id: '1706.03762',
        title: 'Attention Is All You Need',
        abstract:
          'The dominant sequence transduction models are based on complex recurrent or convolutional neural networks with O(n^2) cost & an encoder and a decoder.',
        authors: ['Ashish Vaswani', 'Noam Shazeer'],
        year: 2017,
        date: '2017-06-12',
        venue: 'arXiv',
        url: 'https://arxiv.org/abs/1706.03762',
        authorKeywords: ['cs.CL', 'cs.LG'],
        sourceIds: { arxiv: '1706.03762' },
        line: 8,
      },
      {
        id: 'hep-th/9901001',
        title: 'Strings on a lattice',
        abstract: 'We study α-deformed strings.',
        authors: ['A. Physicist'],
        year: 1999,
        date: '1999-01-01',
        venue: 'Phys. Rev. D 60 (1999) 1',
        doi: '10.1000/strings.1999',
        url: 'https://arxiv.org/abs/hep-th/9901001',
        authorKeywords: ['hep-th'],
        sourceIds: { arxiv: 'hep-th/9901001' },
        line: 28,
      },
    ]);
  });

  it('is recognised by content whatever the name', () => {
    expect(parseCorpus(fixture('arxiv.atom'), { fileName: 'query' }).papers).toHaveLength(2);
  });

  it('refuses the API error feed with its message', () => {
    const error =
      '<?xml version="1.0"?>\n<feed xmlns="http://www.w3.org/2005/Atom">\n<entry>\n<id>http://arxiv.org/api/errors#incorrect_id_format_for_1234</id>\n<title>Error</title>\n<summary>incorrect id format for 1234</summary>\n</entry>\n</feed>\n';
    expect(() => parseCorpus(error, { fileName: 'q.atom' })).toThrow(
      'q.atom:3: the arXiv API answered with an error: incorrect id format for 1234',
    );
  });

  it('reads the metadata snapshot: authors_parsed, first version date, categories, journal-ref', () => {
    const { papers } = parseCorpus(fixture('arxiv-snapshot.jsonl'), { fileName: 'arxiv-metadata-oai-snapshot.json' });
    expect(papers[0]).toMatchObject({
      id: '0704.0001',
      title: 'Calculation of prompt diphoton production cross sections at Tevatron and LHC energies',
      authors: ['C. Balázs', 'E. L. Berger', 'P. M. Nadolsky', 'C.-P. Yuan'],
      date: '2007-04-02',
      venue: 'Phys.Rev.D76:013009,2007',
      doi: '10.1103/PhysRevD.76.013009',
      authorKeywords: ['hep-ph'],
      sourceIds: { arxiv: '0704.0001' },
    });
    expect(papers[1].abstract).toBe(
      'We describe a new algorithm, the (k,ℓ)-pebble game with colors, and use it obtain a characterization of the family of (k,ℓ)-sparse graphs.',
    );
  });
});

describe('CSL-JSON', () => {
  it('reads author {family, given} and {literal}, issued date-parts and raw, container-title, DOI, keyword, PMID', () => {
    const { papers } = parseCorpus(fixture('zotero-csl.json'), { fileName: 'library.json' });
    expect(papers[0]).toEqual({
      id: 'http://zotero.org/users/1234/items/ABCD1234',
      title: 'Radioactive substances, revisited',
      abstract: 'We revisit the measurement of radioactive substances with modern detectors.',
      authors: ['Marie Curie', 'Pierre Curie'],
      year: 2021,
      date: '2021-03-04',
      venue: 'Journal of Things',
      doi: '10.1000/abc',
      url: 'https://doi.org/10.1000/abc',
      authorKeywords: ['radioactivity', 'detectors'],
      line: 2,
    });
    expect(papers[1]).toMatchObject({
      id: 'turing1950',
      authors: ['Alan Turing'],
      date: '1950-10',
      sourceIds: { pmid: '12345' },
    });
  });
});

describe('Dimensions CSV with the columns of real 2023 and 2026 exports', () => {
  // The headers and the shape of the "About the data" line (a quoted cell, then one empty cell a
  // column; the 2023 one with "&amp;" for "&") are those of real "Dimensions-Publication*.csv"
  // files in public repositories (natesheehan/scimap's data-raw/Dimensions-Publications.csv,
  // exported Apr 30, 2023; mandyw14/chatbot-EE's Dimensions-Publication.csv, 2026); the row is
  // written here, because Dimensions' notice in those lines forbids redistributing their records.
  const headers = {
    2023:
      'Rank,Publication ID,DOI,PMID,PMCID,ISBN,Title,Abstract,Acknowledgements,Funding,Source title,Anthology title,Publisher,' +
      'ISSN,MeSH terms,Publication date,PubYear,Publication date (online),Publication date (print),Volume,Issue,Pagination,' +
      'Open Access,Publication Type,Authors,Authors (Raw Affiliation),Corresponding Authors,Authors Affiliations,' +
      'Research Organizations - standardized,GRID IDs,City of Research organization,State of Research organization,' +
      'Country of Research organization,Funder,Funder Group,Funder Country,UIDs of supporting grants,Supporting Grants,' +
      'Times cited,Recent citations,RCR,FCR,Altmetric,Source Linkout,Dimensions URL,Fields of Research (ANZSRC 2020),' +
      'RCDC Categories,HRCS HC Categories,HRCS RAC Categories,Cancer Types,CSO Categories,Units of Assessment,' +
      'Sustainable Development Goals',
    2026:
      'Rank,Publication ID,DOI,PMID,PMCID,Title,Abstract,Acknowledgements,Funding,Source title,Anthology title,Book editors,' +
      'MeSH terms,Publication date,PubYear,Publication date (online),Publication date (print),Volume,Issue,Pagination,' +
      'Open Access,Publication Type,Authors,Researcher ID,Authors (Raw Affiliation),Corresponding Authors,Authors Affiliations,' +
      'Times cited,Recent citations,RCR,FCR,Source Linkout,Dimensions URL,Fields of Research (ANZSRC 2020),Sustainable Development Goals',
  };
  const notices = {
    2023: `"About the data: Exported on Apr 30, 2023. Criteria: 'graph networks' in full data. © 2023 Digital Science &amp; Research Solutions Inc. All rights reserved."`,
    2026: `"About the data: Exported on Jun 10, 2026. Criteria: '""graph networks""' in full data. © 2026 Digital Science & Research Solutions Inc."`,
  };
  /** The record's cells by column name (CSV-quoted where they need it); a column not named is empty. */
  const cells: Record<string, string> = {
    Rank: '12',
    'Publication ID': 'pub.1000000001',
    DOI: '10.1000/abc.1',
    PMID: '39000001',
    Title: 'Mood and l&#x27;humeur in rTMS',
    Abstract: '"BACKGROUND: First part.\nMETHODS: Second part &amp; more."',
    Acknowledgements: '"Thanks."',
    'Source title': 'Journal of Tests',
    Publisher: 'Elsevier',
    ISSN: '0165-0327',
    'MeSH terms': 'Humans; Male',
    'Publication date': '2024-07-19',
    PubYear: '2024',
    'Publication date (online)': '2024-07-19',
    'Publication date (print)': '2024-10',
    Volume: '363',
    Pagination: '174-181',
    'Open Access': 'All OA; Hybrid',
    'Publication Type': 'Article',
    Authors: '"Sheen, Jack Z; Mazza, Frank"',
    'Researcher ID': 'ur.1; ur.2',
    'Authors (Raw Affiliation)': '"x"',
    'Corresponding Authors': '"y"',
    'Authors Affiliations': '"z"',
    'Research Organizations - standardized': 'Brown University',
    'GRID IDs': 'grid.40263.33',
    'Times cited': '11',
    'Recent citations': '11',
    FCR: '7.03',
    'Source Linkout': 'https://doi.org/10.1000/abc.1',
    'Dimensions URL': 'https://app.dimensions.ai/details/publication/pub.1000000001',
    'Fields of Research (ANZSRC 2020)': '32 Biomedical and Clinical Sciences',
  };

  for (const year of [2023, 2026] as const) {
    it(`${year}: skips the notice line with its trailing commas and reads "Publication date", authors, PMID, MeSH terms`, () => {
      const header = headers[year];
      const names = header.split(',');
      const about = `${notices[year]}${','.repeat(names.length - 1)}`;
      const row = names.map((name) => cells[name] ?? '').join(',');
      for (const fileName of ['Dimensions-Publication.csv', 'export.csv']) {
        const { papers, warnings } = parseCorpus(`${about}\n${header}\n${row}\n`, { fileName });
        expect(warnings).toEqual([]);
        expect(papers).toEqual([
          {
            id: 'pub.1000000001',
            title: "Mood and l'humeur in rTMS",
            abstract: 'BACKGROUND: First part. METHODS: Second part & more.',
            line: 3,
            authors: ['Jack Z Sheen', 'Frank Mazza'],
            year: 2024,
            date: '2024-07-19',
            venue: 'Journal of Tests',
            doi: '10.1000/abc.1',
            url: 'https://app.dimensions.ai/details/publication/pub.1000000001',
            authorKeywords: ['Humans', 'Male'],
            sourceIds: { pmid: '39000001' },
          },
        ]);
      }
    });
  }
});
