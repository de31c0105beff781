import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CorpusParser, PaperRegistry, parseCorpus } from '../../../../src/core/corpus';
import { chooseFormat } from '../../../../src/core/corpus/chooseFormat';
import { endnoteXmlFormat } from '../../../../src/core/corpus/formats/endnoteXmlFormat';
import { XmlRecordReader } from '../../../../src/core/corpus/formats/XmlRecordReader';
import { TaggedRecordReader } from '../../../../src/core/corpus/formats/TaggedRecordReader';
import { wosFormat } from '../../../../src/core/corpus/formats/wosFormat';
import { risFormat } from '../../../../src/core/corpus/formats/risFormat';
import type { RawPaper } from '../../../../src/core/corpus/RawPaper';
import { parseJsonCorpus } from '../../../../src/core/corpus/readers/parseJsonCorpus';
import { splitAuthors } from '../../../../src/core/corpus/splitAuthors';

/*
 * Real exports, not hand-written ones: small excerpts of files that public projects keep as test
 * data, in test/fixtures/real (SOURCES.md there lists each file's repository, path, commit, licence
 * and what was cut). In short:
 * - ieee.ris: NLeSC/litstudy test/resources/example.ris @11268cc9 (Apache-2.0), an IEEE Xplore RIS export.
 * - pubmed-biopython.medline: biopython/biopython Tests/Medline/pubmed_result2.txt @02a37649 (Biopython License
 *   Agreement / BSD-3), a whole PubMed MEDLINE download of four records, unchanged.
 * - scopus-litstudy.csv: NLeSC/litstudy tests/resources/scopus.csv @33e273c6 (Apache-2.0), an older Scopus
 *   CSV; header and record 1, its References cut to two.
 * - scopus-v2-litstudy.csv: NLeSC/litstudy tests/resources/scopus_v2.csv @480e14a8 (Apache-2.0), a 2023 Scopus
 *   CSV with "Author full names"; header and record 1, its References cut to two.
 * - scopus-asreview.ris, wos-asreview.ris: asreview/asreview tests/demo_data/scopus.ris @395ced84 and
 *   web_of_science.txt @024412a0 (Apache-2.0): a Scopus RIS record (its References note cut to two) and
 *   three records of a Web of Science RIS export, unchanged.
 * - bbt.csl.json: retorquere/zotero-better-bibtex test/fixtures/export/"CSL exporters; ignore [Fields to omit
 *   from export] setting #1179.csl.json" @057518b3 (MIT), a Better CSL JSON export; records 1, 3, 4.
 * - arxiv-api.atom: lukasschwab/arxiv.py tests/fixtures/search_query=au:del_maestro+AND+ti:checkerboard.xml
 *   @dc5fb68a (MIT), a saved arXiv API response.
 * - wos-plaintext.txt, wos-tab.txt: rafguns/wosfile data/wos_plaintext.txt and
 *   data/wos_tab_delimited_win_utf8.txt @97e62d7a (BSD), the same records as plain text and tab-delimited;
 *   records 1-3, CR lists cut to two references.
 * - arxiv-snapshot.jsonl: wanng-ide/arxivSpider_mnbvc arxiv-metadata-oai-snapshot.json @ccfac71b (no licence
 *   file; arXiv metadata is CC0), lines 1, 2, 5, 9, 10 of Kaggle's snapshot, unchanged.
 * - openalex-works.json: anapaulagomes/peneira tests/sources/fixtures/open_alex.json @5515a738 (MIT; OpenAlex
 *   data is CC0), an OpenAlex /works API response: meta and works 1-2 of 49, unchanged.
 * - lens-bibliometrix.csv: massimoaria/bibliometrix tests/testthat/fixtures/lens_sample.csv @d0591ed6
 *   (GPL-3; the three articles are CC BY), a Lens.org scholarly CSV export: header and rows 1-3 of 9, unchanged.
 * - pubmed-zotero.ris, pubmed-endnote.ris, citavi-scopus-lens.ris, rayyan.ris: asreview/asreview
 *   tests/demo_data/pubmed_zotero.ris @07c9f8c5, pubmed_endnote.txt @6e1cbf38, ris_issue_1099.txt @a9dcbb76
 *   and ris_issue_992.txt @ac180cc1 (Apache-2.0): PubMed records through Zotero and through EndNote, a
 *   Citavi export of Scopus and Lens records, a Rayyan export of CINAHL and Embase records; whole
 *   records, unchanged (which ones: SOURCES.md).
 * - proquest.ris, ovid-psycinfo.ris, embase.csv: asreview/asreview tests/demo_data/proquest.ris @2af68a41,
 *   ovid_psycinfo.ris @6e1cbf38 and embase.csv @51c09623 (Apache-2.0): ProQuest (PTSDpubs) RIS records 1-2,
 *   Ovid PsycINFO RIS record 1 with Ovid's numbering and trailer lines, Embase CSV header and rows 1-2.
 * - ovid-zotero.ris: asreview/asreview tests/demo_data/ovid_zotero.ris @2af68a41 (Apache-2.0), an Ovid
 *   PsycINFO record through Zotero: record 7 of 7, unchanged.
 * - embase.ris: asreview/asreview tests/demo_data/embase.ris @51c09623 (Apache-2.0), Embase RIS records 1 and 4,
 *   unchanged (record 4 is also in MEDLINE: C5 and a second DB line).
 * - pubmed-asreview.xml: asreview/asreview tests/demo_data/pubmed.xml @88220cbc (Apache-2.0), PubMed XML
 *   (efetch): the header and records 1-3 of 10, unchanged, then the closing </PubmedArticleSet>.
 * - endnote-jabref.xml, bookends-jabref.xml: JabRef/jabref src/test/resources/org/jabref/logic/importer/
 *   fileformat/EndnoteXmlImporterTestLabelAndMultiTitle.xml @9432e0a4 and EndnoteXmlImporterTestArticle.xml
 *   @37a3072b (MIT), whole and unchanged: EndNote 15 and 20 XML of Web of Science records (no abstracts), and
 *   Bookends' EndNote XML of a PubMed record (its abstract "test abstract" in the source).
 * - jabref-wos.isi, jabref-wos-inspec.isi, jabref-wos-medline.isi: JabRef/jabref src/test/resources/org/
 *   jabref/logic/importer/fileformat/IsiImporterTestWOS.isi @4d0b1ccf, IsiImporterTestInspec.isi @94538512 and
 *   IsiImporterTestMedline.isi @368b49a3 (MIT), whole and unchanged: the "ISI Export Format" of 2006 for
 *   Web of Science, Inspec and MEDLINE records (the first abstract of the first two files reads
 *   "Lorem ipsum abstract" in the source).
 * - pmc-jabref.ris: JabRef/jabref src/test/resources/org/jabref/logic/importer/fileformat/RisImporterTest6.ris
 *   @368b49a3 (MIT), PubMed Central's RIS of one article (no abstract), whole and unchanged.
 * - jabref-pubmed-book.xml, jabref-pubmed-mathml.xml, jabref-pubmed-nbib.xml: JabRef/jabref src/test/resources/
 *   org/jabref/logic/importer/fileformat/MedlineImporterTestPubmedBook.xml @38925c3f, MedlineImporterTestMathML.xml
 *   @2db4a14d and MedlineImporterTestNbib.xml @94538512 (MIT), whole and unchanged: a PubmedBookArticle saved
 *   alone, with no set around it; a PubMed article whose abstract holds MathML (prefixed and not) and XML
 *   comments; an article and a book in one set (an author with a Suffix).
 * - sciencedirect-jabref.ris: JabRef/jabref jablib/src/test/resources/org/jabref/logic/importer/fileformat/
 *   RisImporterTestScience.ris @56de5c38 (MIT), ScienceDirect's RIS of one article, whole and unchanged:
 *   "AB  - Abstract" where the abstract should be, the DOI as a dx.doi.org link, a UR without its scheme.
 * - ieee-litstudy.csv: NLeSC/litstudy tests/resources/ieee.csv @0bb7a564 (Apache-2.0), an IEEE Xplore CSV
 *   export: header and records 1, 2, 4 and 7 of 10, unchanged.
 * - springer-litstudy.csv: NLeSC/litstudy test/resources/springer.csv @11268cc9 (Apache-2.0), a Springer Link
 *   search-results CSV (it has no abstracts): header and records 1-4 of 18, unchanged.
 * - ovid-display-jabref.txt: JabRef/jabref jablib/src/test/resources/org/jabref/logic/importer/fileformat/
 *   OvidImporterTest4.txt @3c8e8c95 (MIT), Ovid's display format saved as text: its one record, References
 *   cut to two.
 * The expected values below were read off the files by hand, not copied from the reader's output.
 */
const fixture = (name: string): string =>
  readFileSync(fileURLToPath(new URL(`../../../fixtures/real/${name}`, import.meta.url)), 'utf8');

/** The file read in 5-character pieces with CRLF line ends, as a Windows download streamed in. */
function parseCrlfInPieces(text: string, fileName: string) {
  const parser = new CorpusParser({ fileName });
  const crlf = text.replace(/\r?\n/g, '\r\n');
  for (let i = 0; i < crlf.length; i += 5) parser.push(crlf.slice(i, i + 5));
  return parser.end();
}

/** Each file, whatever its name, is recognised by its content (WoS and PubMed save .txt). */
const FILES = [
  'ieee.ris',
  'scopus-asreview.ris',
  'wos-asreview.ris',
  'wos-plaintext.txt',
  'wos-tab.txt',
  'arxiv-snapshot.jsonl',
  'openalex-works.json',
  'scopus-litstudy.csv',
  'scopus-v2-litstudy.csv',
  'lens-bibliometrix.csv',
  'pubmed-biopython.medline',
  'arxiv-api.atom',
  'pubmed-zotero.ris',
  'pubmed-endnote.ris',
  'citavi-scopus-lens.ris',
  'rayyan.ris',
  'proquest.ris',
  'ovid-psycinfo.ris',
  'embase.csv',
  'pubmed-asreview.xml',
  'embase.ris',
  'ovid-zotero.ris',
  'bookends-jabref.xml',
  'jabref-wos.isi',
  'jabref-wos-inspec.isi',
  'jabref-pubmed-book.xml',
  'jabref-pubmed-mathml.xml',
  'jabref-pubmed-nbib.xml',
];

describe('real exports', () => {
  it.each(FILES)('%s gives the same papers streamed in pieces with CRLF line ends', (name) => {
    const whole = parseCorpus(fixture(name), { fileName: name });
    expect(whole.papers.length).toBeGreaterThan(0);
    expect(parseCrlfInPieces(fixture(name), name).papers).toEqual(whole.papers);
  });

  // A .txt name means plain text or a tagged export; JSON is recognised by a .json/.jsonl name.
  it.each(FILES.filter((name) => !name.endsWith('.csv') && !name.includes('.json')))(
    '%s is recognised by its content under a .txt name',
    (name) => {
      expect(parseCorpus(fixture(name), { fileName: 'export.txt' }).papers).toEqual(
        parseCorpus(fixture(name), { fileName: name }).papers,
      );
    },
  );
});

describe('IEEE Xplore RIS (litstudy)', () => {
  const { papers, warnings } = parseCorpus(fixture('ieee.ris'), { fileName: 'ieee.ris' });

  it('reads JO venues, DO, KW, and the Y1 dates IEEE writes ("24-27 Sept. 2019", "1 Jan.-Feb. 2019")', () => {
    expect(warnings).toEqual([]);
    expect(papers).toHaveLength(3);
    expect(papers[0]).toMatchObject({
      title: 'The European Approach to the Exascale Challenge',
      year: 2019,
      date: '2019-01-01',
      venue: 'Computing in Science & Engineering',
      doi: '10.1109/MCSE.2018.2884139',
      authorKeywords: [
        'Exascale computing',
        'Industries',
        'Investment',
        'Technological innovation',
        'Ecosystems',
        'High performance computing',
      ],
    });
    // A conference's date range gives its first day.
    expect(papers[1]).toMatchObject({ title: 'Reference Exascale Architecture', date: '2019-09-24', year: 2019 });
    expect(papers[1].authors).toHaveLength(14);
    expect(papers[1].authors?.[0]).toBe('M. Bobák');
    expect(papers[2]).toMatchObject({ date: '2012-11-10', doi: '10.1109/SC.Companion.2012.261' });
  });

  it('keeps a title that starts with "Abstract:" (only abstracts lose that heading)', () => {
    expect(papers[2].title).toBe('Abstract: An Exascale Workload Study');
    expect(papers[2].abstract.startsWith("Amdahl's law has been one of the factors")).toBe(true);
  });
});

describe('IEEE Xplore CSV (litstudy)', () => {
  const { papers, warnings } = parseCorpus(fixture('ieee-litstudy.csv'), { fileName: 'export2024.csv' });

  it('reads IEEE Terms, though an empty "Mesh_Terms" column is the better-named index column', () => {
    expect(warnings).toEqual([]);
    expect(papers.map((p) => p.doi)).toEqual([
      '10.1109/MCSE.2013.95',
      '10.1109/eScience.2019.00062',
      '10.1109/SBAC-PAD49847.2020.00035',
      '10.1147/JRD.2020.2965881',
    ]);
    expect(papers[1]).toMatchObject({
      title: 'European HPC Landscape',
      year: 2019,
      venue: '2019 15th International Conference on eScience (eScience)',
      authorKeywords: [
        'European',
        'High Performance Computing',
        'HPC',
        'Ecosystem',
        'Exascale',
        'services',
        'platform',
        'Europe',
        'Ecosystems',
        'Industries',
        'Investment',
        'Artificial intelligence',
        'Supercomputers',
        'Technological innovation',
      ],
    });
    expect(papers[1].authors?.[2]).toBe('J. -P. Nominé');
    // No author keywords: the IEEE Terms alone.
    expect(papers[3].authorKeywords).toEqual([
      'Graphics processing units',
      'Supercomputers',
      'Memory management',
      'Task analysis',
      'Kernel',
    ]);
    // Author keywords IEEE separates with commas, then the IEEE Terms.
    expect(papers[2].authorKeywords?.slice(0, 5)).toEqual([
      'GPGPU computing',
      'CUDA kernels',
      'Energy modeling',
      'Simulation',
      'Graphics processing units',
    ]);
    expect(papers[0].title).toBe('Exascale Computing Trends: Adjusting to the "New Normal"\' for Computer Architecture');
  });
});

describe('Springer Link CSV (litstudy)', () => {
  it('is refused with what is wrong and where to get the abstracts, not only the columns it found', () => {
    expect(() => parseCorpus(fixture('springer-litstudy.csv'), { fileName: 'SearchResults.csv' })).toThrow(
      /^SearchResults\.csv:1: the header row needs a "title" and an "abstract" column; found "Item Title", .*"Content Type" \(Springer Link's search-results CSV has no abstracts: export the same papers with their abstracts from a database, e\.g\. Scopus, Web of Science, Dimensions or OpenAlex\)$/,
    );
  });
});

describe("Ovid's display format (JabRef)", () => {
  it('is refused by name, with the export to use, not as text of the wrong shape', () => {
    for (const fileName of ['ovid.txt', 'Export.txt']) {
      expect(() => parseCorpus(fixture('ovid-display-jabref.txt'), { fileName })).toThrow(
        new RegExp(
          `^${fileName}:1: reads as records saved from Ovid in its display format \\("<1>", then "Title", "Abstract", \\.\\.\\. on lines of their own\\), which is not read here; export the records from Ovid as RIS instead`,
        ),
      );
    }
  });
});

describe('PubMed MEDLINE (Biopython)', () => {
  const { papers, warnings, tally } = parseCorpus(fixture('pubmed-biopython.medline'), { fileName: 'pubmed_result2.txt' });

  it('reads records that start after a blank first line: PMID, TI and AB over several lines, FAU, DP, JT, AID, MH', () => {
    expect(warnings).toEqual([]);
    expect(tally).toEqual({ records: 4, skipped: {}, duplicates: 0 });
    expect(papers.map((p) => p.id)).toEqual(['16403221', '16377612', '14871861', '14630660']);
    // DP "2006" alone: a year, no date. The pii AID comes before the doi AID.
    expect(papers[0]).toMatchObject({
      title: 'A high level interface to SCOP and ASTRAL implemented in python.',
      authors: ['James A Casbon', 'Gavin E Crooks', 'Mansoor A S Saqi'],
      year: 2006,
      venue: 'BMC bioinformatics',
      doi: '10.1186/1471-2105-7-10',
      sourceIds: { pmid: '16403221' },
      url: 'https://pubmed.ncbi.nlm.nih.gov/16403221/',
      line: 2,
    });
    expect(papers[0].date).toBeUndefined();
    // No OT: the MeSH headings, without "*" and the "/*methods" qualifiers.
    expect(papers[0].authorKeywords).toEqual([
      'Database Management Systems',
      'Databases, Protein',
      'Information Storage and Retrieval',
      'Programming Languages',
      'Sequence Alignment',
      'Sequence Analysis, Protein',
      'Sequence Homology, Amino Acid',
      'Software',
      'User-Computer Interface',
    ]);
    expect(papers[1]).toMatchObject({
      // "large-scale genomic\n      data.": one space where the line broke.
      title: 'GenomeDiagram: a python package for the visualization of large-scale genomic data.',
      date: '2006-03-01',
      venue: 'Bioinformatics (Oxford, England)',
      doi: '10.1093/bioinformatics/btk021',
      line: 67,
    });
    expect(papers[2]).toMatchObject({
      authors: ['M J L de Hoon', 'S Imoto', 'J Nolan', 'S Miyano'],
      date: '2004-06-12',
      doi: '10.1093/bioinformatics/bth078',
    });
    // No AID at all: no DOI.
    expect(papers[3]).toMatchObject({ date: '2003-11-22', authors: ['Thomas Hamelryck', 'Bernard Manderick'] });
    expect(papers[3].doi).toBeUndefined();
  });

  it('joins abstract lines that end in a space ("The ASTRAL \\n      compendium") with one space', () => {
    expect(papers[0].abstract).toContain('The ASTRAL compendium provides non redundant subsets');
    expect(papers[0].abstract.startsWith('BACKGROUND: Benchmarking algorithms in structural bioinformatics')).toBe(true);
    expect(papers[0].abstract.endsWith('use in structural genomics easier and more principled.')).toBe(true);
    expect(papers[2].abstract).toContain('released under the Python License, while the Perl module');
    for (const p of papers) expect(p.abstract).not.toMatch(/\s{2}/);
  });
});

describe('arXiv API Atom feed (arxiv.py)', () => {
  it('reads the entry: versionless old-style id, folded title, summary, authors, DOI, journal ref, categories', () => {
    const { papers, warnings } = parseCorpus(fixture('arxiv-api.atom'), { fileName: 'arxiv-api.atom' });
    expect(warnings).toEqual([]);
    expect(papers).toHaveLength(1);
    expect(papers[0]).toMatchObject({
      id: 'cond-mat/0603029',
      title: 'From stripe to checkerboard order on the square lattice in the presence of quenched disorder',
      authors: ['Adrian Del Maestro', 'Bernd Rosenow', 'Subir Sachdev'],
      year: 2006,
      date: '2006-03-02',
      doi: '10.1103/PhysRevB.74.024520',
      venue: 'Phys. Rev. B 74, 024520 (2006)',
      authorKeywords: ['cond-mat.str-el', 'cond-mat.supr-con'],
      sourceIds: { arxiv: 'cond-mat/0603029' },
    });
    expect(
      papers[0].abstract.startsWith('We discuss the effects of quenched disorder on a model of charge density wave (CDW)'),
    ).toBe(true);
  });
});

describe('Better CSL JSON (zotero-better-bibtex)', () => {
  // A real Better BibTeX "Better CSL JSON" export of a Zotero library, exported without abstracts.
  const text = fixture('bbt.csl.json');

  it('reads authors ({family, given} and {literal}), string date-parts, container-title and URL', () => {
    const { records } = parseJsonCorpus(text, 'bbt.csl.json');
    expect(records.map((r) => r.title)).toEqual([
      'Perceptions of disability and their impact upon involvement in sport for people with disabilities at all levels',
      'The contested terrain of alcohol sponsorship of sport in New Zealand',
      'Semenya, ASA and IAAF: Planning update',
    ]);
    expect(records.map((r) => r.abstract)).toEqual(['', '', '']);
    expect(records[0]).toMatchObject({
      id: 'brittain2004',
      authors: ['Ian Brittain'],
      year: 2004,
      venue: 'Journal of Sport and Social Issues',
    });
    // "date-parts": [["2004"]]: a year only, written as a string.
    expect(records[0].date).toBeUndefined();
    expect(records[1]).toMatchObject({ authors: ['Kieran Cody', 'Steven J. Jackson'], year: 2016, date: '2016-06-01', line: 39 });
    expect(records[2]).toMatchObject({
      authors: ['Court of Arbitration for Sport'],
      date: '2019-03-21',
      url: 'https://www.tas-cas.org/en/general-information/news-detail/article/semenya-asa-and-iaaf-planning-update.html',
    });
    expect(records[2].doi).toBeUndefined();
  });

  it('takes the full DOI from the doi.org URL when DOI holds a short DOI ("10/fqd6hj")', () => {
    const { records } = parseJsonCorpus(text, 'bbt.csl.json');
    // Before: no DOI at all, so the same paper from Scopus (10.1177/...) was not merged with it.
    expect(records[0].doi).toBe('10.1177/0193723504268729');
    expect(records[1].doi).toBe('10.1177/1012690214526399');
  });

  it('is refused as a whole under any name, saying why: this export has no abstracts', () => {
    for (const fileName of ['bbt.csl.json', 'export.txt']) {
      expect(() => parseCorpus(text, { fileName })).toThrow(/no papers with both a title and an abstract/);
    }
    expect(chooseFormat(text, undefined, undefined, true)).toEqual({ format: 'json' });
  });
});

describe('Scopus CSV without "Author full names" (litstudy)', () => {
  // An older Scopus CSV export (45 columns, no "Author full names"), Apache-2.0.
  const text = fixture('scopus-litstudy.csv');

  it('reads the record under any .csv name: title, abstract without its © tail, year, venue, DOI, EID, keywords', () => {
    for (const fileName of ['scopus.csv', 'export.csv']) {
      const { papers, warnings } = parseCorpus(text, { fileName });
      expect(warnings).toEqual([]);
      expect(papers).toHaveLength(1);
      const [paper] = papers;
      expect(paper).toMatchObject({
        id: '2-s2.0-27344436659',
        title: 'Scalable molecular dynamics with NAMD',
        line: 2,
        year: 2005,
        venue: 'Journal of Computational Chemistry',
        doi: '10.1002/jcc.20289',
        sourceIds: { scopus: '2-s2.0-27344436659' },
      });
      expect(
        paper.abstract.startsWith('NAMD is a parallel molecular dynamics code designed for high-performance simulation'),
      ).toBe(true);
      expect(paper.abstract.endsWith('NAMD is distributed free of charge with source code at www.ks.uiuc.edu.')).toBe(true);
      // Author Keywords, then the Index Keywords not already there.
      expect(paper.authorKeywords?.slice(0, 4)).toEqual([
        'Biomolecular simulation',
        'Molecular dynamics',
        'Parallel computing',
        'Algorithms',
      ]);
      expect(paper.authorKeywords).toContain('NAMD');
    }
  });

  it('splits "Phillips J.C., Braun R., ..., Kalé L., Schulten K." into ten authors (it was one author before)', () => {
    const [paper] = parseCorpus(text, { fileName: 'scopus.csv' }).papers;
    expect(paper.authors).toEqual([
      'Phillips J.C.',
      'Braun R.',
      'Wang W.',
      'Gumbart J.',
      'Tajkhorshid E.',
      'Villa E.',
      'Chipot C.',
      'Skeel R.D.',
      'Kalé L.',
      'Schulten K.',
    ]);
    // A "Last, First" or "Last, I." is still one person.
    expect(splitAuthors('Curie, Marie')).toEqual(['Marie Curie']);
    expect(splitAuthors('Curie, M.')).toEqual(['M. Curie']);
    expect(splitAuthors('Van Der Spoel D., Lindahl E.')).toEqual(['Van Der Spoel D.', 'Lindahl E.']);
  });
});

describe('Web of Science plain text and tab-delimited (wosfile)', () => {
  // The same three records exported twice by Web of Science, BSD-licensed test data.
  const plain = parseCorpus(fixture('wos-plaintext.txt'), { fileName: 'savedrecs.txt' });
  const tab = parseCorpus(fixture('wos-tab.txt'), { fileName: 'savedrecs.txt' });

  it('reads the plain-text records: TI, DE and ID over several lines, AU/AF lists, PD "JAN-FEB" + PY, DI, UT', () => {
    expect(plain.warnings).toEqual([]);
    expect(plain.tally).toEqual({ records: 3, skipped: {}, duplicates: 0 });
    expect(plain.papers.map((p) => p.id)).toEqual(['WOS:000220015600001', 'WOS:000243494600113', 'WOS:000285831700110']);
    expect(plain.papers[0]).toMatchObject({
      title: 'Knowledge networks as channels and conduits: The effects of spillovers in the Boston biotechnology community',
      authors: ['J Owen-Smith', 'WW Powell'],
      year: 2004,
      date: '2004-01',
      venue: 'Organization Science',
      doi: '10.1287/orsc.1030.0054',
      sourceIds: { wos: 'WOS:000220015600001' },
      line: 3,
    });
    // DE (two lines, "biotechnology;" ending the first), then ID (Keywords Plus, three lines).
    expect(plain.papers[0].authorKeywords).toEqual([
      'knowledge networks',
      'economic geography',
      'spillovers',
      'biotechnology',
      'patenting',
      'STRATEGIC ALLIANCE FORMATION',
      'HIGH-TECHNOLOGY INDUSTRY',
      'INTERORGANIZATIONAL COLLABORATION',
      'INCREASING RETURNS',
      'STRUCTURAL HOLES',
      'SOCIAL-STRUCTURE',
      'INNOVATION',
      'PERFORMANCE',
      'FIRMS',
      'EMBEDDEDNESS',
    ]);
    expect(plain.papers[0].abstract.startsWith('We contend that two important, nonrelational, features')).toBe(true);
    expect(plain.papers[0].abstract.endsWith('firms located in the Boston metropolitan area.')).toBe(true);
    // 24 AF names, "Kerrien, S." to "Hermjakob, H."; no DE, so the keywords are ID's.
    expect(plain.papers[1]).toMatchObject({
      title: 'IntAct - open source resource for molecular interaction data',
      year: 2007,
      date: '2007-01',
      venue: 'Nucleic Acids Research',
      doi: '10.1093/nar/gkl958',
      authorKeywords: ['INTERACTION NETWORKS', 'UPDATE'],
      line: 49,
    });
    expect(plain.papers[1].authors).toHaveLength(24);
    expect(plain.papers[1].authors?.[0]).toBe('S. Kerrien');
    expect(plain.papers[2]).toMatchObject({
      title: 'Reactome: a database of reactions, pathways and biological processes',
      year: 2011,
      doi: '10.1093/nar/gkq1018',
      line: 133,
    });
    expect(plain.papers[2].authors).toHaveLength(22);
    expect(plain.papers[2].authors).toContain("Peter D'Eustachio");
    expect(plain.papers[2].authorKeywords).toEqual([
      'COMMUNITY STANDARD',
      'PHYLOGENETIC TREES',
      'REPRESENTATION',
      'COLLECTION',
      'UPDATE',
    ]);
  });

  it('reads the tab-delimited export of the same records to the same papers, one row a line', () => {
    expect(tab.warnings).toEqual([]);
    expect(tab.papers.map((p) => p.line)).toEqual([2, 3, 4]);
    const withoutLines = (papers: typeof plain.papers) => papers.map(({ line: _line, ...rest }) => rest);
    expect(withoutLines(tab.papers)).toEqual(withoutLines(plain.papers));
  });

  it('reads both with a byte-order mark, as Windows saves them', () => {
    expect(parseCorpus(`\uFEFF${fixture('wos-tab.txt')}`, { fileName: 'savedrecs.txt' }).papers).toEqual(tab.papers);
    expect(parseCorpus(`\uFEFF${fixture('wos-plaintext.txt')}`, { fileName: 'savedrecs.txt' }).papers).toEqual(plain.papers);
  });
});

describe('arXiv metadata snapshot (Kaggle arxiv-metadata-oai-snapshot.json lines)', () => {
  const text = fixture('arxiv-snapshot.jsonl');
  const { papers, warnings, tally } = parseCorpus(text, { fileName: 'arxiv-snapshot.jsonl' });

  it('reads id, folded title, abstract, authors_parsed, first version date, DOI, journal-ref and categories', () => {
    expect(warnings).toEqual([]);
    expect(tally).toEqual({ records: 5, skipped: {}, duplicates: 0 });
    expect(papers.map((p) => p.id)).toEqual(['0704.0001', '0704.0002', '0704.0005', '0704.0009', '0704.0010']);
    expect(papers[0]).toMatchObject({
      // "Tevatron and\n  LHC energies": the folded line joined with one space.
      title: 'Calculation of prompt diphoton production cross sections at Tevatron and LHC energies',
      // authors_parsed: ["Bal\u00e1zs", "C.", ""], ..., ["Yuan", "C. -P.", ""]: the snapshot's parser
      // split "C.-P." (as the authors string and the arXiv API write it); joined again, so the same
      // author is one name across arXiv's formats ("C. -P. Yuan" before).
      authors: ['C. Balázs', 'E. L. Berger', 'P. M. Nadolsky', 'C.-P. Yuan'],
      year: 2007,
      date: '2007-04-02',
      venue: 'Phys.Rev.D76:013009,2007',
      doi: '10.1103/PhysRevD.76.013009',
      authorKeywords: ['hep-ph'],
      sourceIds: { arxiv: '0704.0001' },
      url: 'https://arxiv.org/abs/0704.0001',
      line: 1,
    });
    expect(
      papers[0].abstract.startsWith('A fully differential calculation in perturbative quantum chromodynamics is presented'),
    ).toBe(true);
    expect(papers[0].abstract.endsWith('can be obtained with judicious selection of events.')).toBe(true);
    // No DOI and a null journal-ref: the venue is arXiv; the first version (31 Mar 2007), not update_date.
    expect(papers[1]).toMatchObject({
      title: 'Sparsity-certifying Graph Decompositions',
      authors: ['Ileana Streinu', 'Louis Theran'],
      date: '2007-03-31',
      venue: 'arXiv',
      authorKeywords: ['math.CO', 'cs.CG'],
    });
    expect(papers[1].doi).toBeUndefined();
    // A suffix in authors_parsed (["Evans", "Neal J.", "II"]) stays after the name.
    expect(papers[3].authors).toEqual([
      'Paul Harvey',
      'Bruno Merin',
      'Tracy L. Huard',
      'Luisa M. Rebull',
      'Nicholas Chapman',
      'Neal J. Evans II',
      'Philip C. Myers',
    ]);
    expect(papers[3]).toMatchObject({ doi: '10.1086/518646', venue: 'Astrophys.J.663:1149-1173,2007' });
  });

  it('turns the LaTeX in titles and abstracts into text', () => {
    // "$(k,\\ell)$-pebble game", "$\\Lambda_{\\alpha}$", "Djokovi\\'{c}'s".
    expect(papers[1].abstract.startsWith('We describe a new algorithm, the (k,ℓ)-pebble game with colors')).toBe(true);
    expect(papers[2].title).toBe('From dyadic Λ_α to Λ_α');
    expect(papers[4].abstract).toContain("Djoković's and Winkler's relations");
    // The abstract's second paragraph ("\n  The operations ...") joins the first with one space.
    expect(papers[4].abstract).toContain('new proofs of some known results are given. The operations of Cartesian product');
    for (const p of papers) expect(p.abstract).not.toMatch(/\s{2}|\$|\\/);
  });

  it("is read as JSON Lines under the snapshot's own name, arxiv-metadata-oai-snapshot.json", () => {
    const named = parseCorpus(text, { fileName: 'arxiv-metadata-oai-snapshot.json' });
    expect(named.papers).toEqual(papers);
    expect(named.warnings.map((w) => w.message)).toEqual(['the file holds one JSON object a line; read as JSON Lines']);
    expect(parseCorpus(text, { fileName: 'snapshot.json', format: 'arxiv' })).toMatchObject({ papers, warnings: [] });
  });
});

describe('OpenAlex API works response (peneira)', () => {
  const text = fixture('openalex-works.json');
  const { papers, warnings } = parseCorpus(text, { fileName: 'works.json' });

  it('reads the work: display name, the abstract rebuilt from its inverted index, authorships, source, DOI, ids', () => {
    expect(warnings).toEqual([]);
    expect(papers.map((p) => p.id)).toEqual(['W2068311567', 'W2897157249']);
    expect(papers[0]).toMatchObject({
      id: 'W2068311567',
      title:
        'Redefining climate regions in the United States of America using satellite remote sensing and machine learning for public health applications',
      authors: ['Alexander Liss', 'Magaly Koch', 'Elena N. Naumova'],
      year: 2014,
      date: '2014-12-01',
      venue: 'Geospatial Health',
      doi: '10.4081/gh.2014.294',
      authorKeywords: ['Exposure Assessment'],
      sourceIds: { openalex: 'W2068311567', pmid: '25599636' },
      line: 1,
    });
    const { abstract } = papers[0];
    expect(abstract.startsWith('Existing climate classification has not been designed for an efficient handling')).toBe(true);
    expect(abstract.endsWith('Its utility in forecasting and mitigating these effects has to be further explored.')).toBe(true);
    // Keys written as JSON escapes ("K\u00f6ppen-Geiger", "(\u226565") are decoded in place.
    expect(abstract).toContain('compared with the conventional Köppen-Geiger (KG) divisions.');
    expect(abstract).toContain('among the elderly (≥65 year olds), we examined');
    expect(abstract.split(' ')).toHaveLength(240);
  });

  it('reads the second work: no institutions, a pmcid, the abstract as OpenAlex indexed it', () => {
    expect(papers[1]).toMatchObject({
      title: 'Use of a Machine Learning Algorithm to Predict Individuals with Suicide Ideation in the General Population',
      authors: ['Seunghyong Ryu', 'Hyeongrae Lee', 'Dong-Kyun Lee', 'Kyeongwoo Park'],
      year: 2018,
      date: '2018-11-25',
      venue: 'Psychiatry investigation',
      doi: '10.30773/pi.2018.08.27',
      authorKeywords: ['Psychological Autopsy'],
      sourceIds: { openalex: 'W2897157249', pmid: '30301301' },
      // The whole response is one line.
      line: 1,
    });
    expect(papers[1].abstract.startsWith('Objective In this study, we aimed to develop a model predicting individuals')).toBe(
      true,
    );
    // The article's own keyword line was indexed as part of its abstract; it stays.
    expect(
      papers[1].abstract.endsWith('Keywords: Suicide ideation, Prediction, Machine learning algorithm, Public health data'),
    ).toBe(true);
  });

  it('reads the work saved alone, as GET /works/W2068311567 returns it (refused before as "no results array")', () => {
    const work = JSON.parse(text).results[0];
    const alone = parseCorpus(JSON.stringify(work, null, 2), { fileName: 'W2068311567.json' });
    expect(alone.warnings).toEqual([]);
    expect(alone.papers).toEqual([papers[0]]);
  });

  it('gives each work of a pretty-printed response the line its object starts on', () => {
    const pretty = JSON.stringify(JSON.parse(text), null, 2);
    const lines = pretty.split('\n');
    // The line after `"results": [` and the line before the second work's "id".
    const expected = [lines.indexOf('  "results": [') + 2, lines.indexOf('      "id": "https://openalex.org/W2897157249",')];
    expect(expected[0]).toBe(10);
    const result = parseCorpus(pretty, { fileName: 'works.json' });
    expect(result.papers.map((p) => p.line)).toEqual(expected);
    expect(result.papers.map(({ line: _line, ...rest }) => rest)).toEqual(papers.map(({ line: _line, ...rest }) => rest));
  });

  it('reads the same works written as JSON Lines, one a line', () => {
    const works: unknown[] = JSON.parse(text).results;
    const lines = parseCorpus(`${works.map((work) => JSON.stringify(work)).join('\n')}\n`, { fileName: 'works.jsonl' });
    expect(lines.warnings).toEqual([]);
    expect(lines.papers).toEqual(papers.map((paper, index) => ({ ...paper, line: index + 1 })));
  });
});

describe('Scopus CSV with "Author full names" (litstudy scopus_v2)', () => {
  const text = fixture('scopus-v2-litstudy.csv');
  const { papers, warnings } = parseCorpus(text, { fileName: 'scopus.csv' });

  it('reads the names without their Scopus ids, EID, PubMed ID, DOI, Source title; cuts the © tail', () => {
    expect(warnings).toEqual([]);
    expect(papers).toHaveLength(1);
    expect(papers[0]).toMatchObject({
      id: '2-s2.0-85136453267',
      title:
        'Gender-specific visual perturbation effects on muscle activation during incline treadmill walking: a virtual reality study',
      // "Hao, Jie (57221302630); High, Robin (6701683718); Siu, Ka-Chun (57192938181)"
      authors: ['Jie Hao', 'Robin High', 'Ka-Chun Siu'],
      year: 2023,
      venue: 'Ergonomics',
      doi: '10.1080/00140139.2022.2113152',
      sourceIds: { scopus: '2-s2.0-85136453267', pmid: '35965444' },
      line: 2,
    });
    expect(papers[0].abstract.startsWith('This study investigated the effects of different visual rotation speeds')).toBe(true);
    // "... for astronauts. © 2022 Informa UK Limited, trading as Taylor & Francis Group."
    expect(papers[0].abstract.endsWith('when developing future VR training for astronauts.')).toBe(true);
    expect(papers[0].abstract).toContain('(normal VR, 10°/s rotation, 20°/s rotation,');
  });

  it('lists Author Keywords, then the Index Keywords whose case-folded form is new', () => {
    const keywords = papers[0].authorKeywords ?? [];
    expect(keywords.slice(0, 7)).toEqual([
      'electromyography',
      'Gait',
      'simulation',
      'space medicine',
      'visual flow',
      'Female',
      'Humans',
    ]);
    // "Electromyography", "Virtual reality", "gait", "young adult" repeat earlier keywords in another case.
    expect(keywords.filter((k) => k.toLowerCase() === 'virtual reality')).toEqual(['Virtual Reality']);
    expect(keywords.filter((k) => k.toLowerCase() === 'electromyography')).toEqual(['electromyography']);
    expect(keywords.at(-1)).toBe('Speed');
  });

  it('is read the same under a name that does not say Scopus', () => {
    expect(parseCorpus(text, { fileName: 'export.csv' }).papers).toEqual(papers);
  });
});

describe('Lens CSV (bibliometrix)', () => {
  const text = fixture('lens-bibliometrix.csv');
  const { papers, warnings, tally } = parseCorpus(text, { fileName: 'lens-bibliometrix.csv' });

  it('reads every Lens column the reader knows: Lens ID, Title, Date Published, Source Title, Author/s, DOI, PMID, External URL', () => {
    expect(warnings).toEqual([]);
    expect(tally).toEqual({ records: 3, skipped: {}, duplicates: 0 });
    expect(papers.map((p) => [p.id, p.line])).toEqual([
      ['000-360-106-493-122', 2],
      ['000-367-630-842-001', 3],
      ['000-371-385-074-628', 4],
    ]);
    expect(papers[0]).toMatchObject({
      title:
        'Dynamic real-time risk analytics of uncontrollable states in complex internet of things systems: cyber risk at the edge',
      year: 2020,
      date: '2020-11-22',
      venue: 'Environment systems & decisions',
      doi: '10.1007/s10669-020-09792-x',
      // External URL (the DOI link), not the space-separated "Source URLs".
      url: 'http://dx.doi.org/10.1007/s10669-020-09792-x',
      // PMID is written unquoted (33251087); PMCID and the Microsoft Academic IDs are not read.
      sourceIds: { pmid: '33251087' },
    });
    // Ten authors separated by "; ", the last with a curly apostrophe.
    expect(papers[0].authors).toHaveLength(10);
    expect(papers[0].authors?.slice(0, 2)).toEqual(['Petar Radanliev', 'David De Roure']);
    expect(papers[0].authors?.at(-1)).toBe('La’Treall Maddox');
    expect(papers[0].abstract.startsWith('The Internet of Things (IoT) triggers new types of cyber risks.')).toBe(true);
    expect(papers[0].abstract.endsWith('quantitative self-assessment of IoT cyber risk posture.')).toBe(true);
    expect(papers[2]).toMatchObject({
      year: 2021,
      date: '2021-06-30',
      venue: "Annales de l'Université de Parakou - Série Sciences Naturelles et Agronomie",
      doi: '10.56109/aup-sna.v11i1.29',
      authors: [
        'Yasmine ABDOULAYE',
        'Eméline Sêssi Pélagie ASSEDE',
        'Samadori Sorotori Honoré BIAOU',
        'Nangnon Samirath Cléopâtre NANSOUNON',
        'Coert Johannes GELDENHUYS',
      ],
    });
  });

  it('reads an unquoted NA PMID (the file went through R) as no PMID, not as an id', () => {
    expect(papers[1].sourceIds).toBeUndefined();
    expect(papers[2].sourceIds).toBeUndefined();
    expect(papers[1]).toMatchObject({ id: '000-367-630-842-001', doi: '10.5539/ibr.v13n12p27', year: 2020 });
  });

  it('drops the <jats:p> around an abstract and keeps its curly apostrophe', () => {
    const { abstract } = papers[2];
    expect(abstract).not.toContain('<');
    expect(abstract.startsWith('Worldwide scientific publications on the remarkably diverse Orchidaceae family')).toBe(true);
    expect(abstract).toContain('species’ threats.');
    expect(abstract.endsWith('additional avenues to be explored by future research.')).toBe(true);
  });

  it('reads the " ; ; " Lens puts between the sections of a structured abstract as a space', () => {
    // "...management phenomena. ; ; An objective ..." and "...future research topics.; ; This is one ..."
    const { abstract } = papers[1];
    expect(abstract).not.toContain(';;');
    expect(abstract).not.toMatch(/;\s*;/);
    expect(abstract).toContain('management phenomena. An objective bibliometric analysis');
    expect(abstract).toContain('proposes future research topics. This is one of the first attempts');
    // A single "; " inside a sentence stays.
    expect(abstract).toContain('public/private healthcare system; gaming and knowledge/strategic management;');
  });

  it("lists Keywords as the paper's keywords; MeSH Terms is empty in these rows, and Fields of Study is not read", () => {
    expect(papers[0].authorKeywords).toEqual([
      'Cyber risk regulations',
      'Cyber risk self-assessment',
      'Cyber risk target state',
      'Empirical analysis',
      'Functional dependency',
      'Goal-oriented approach',
      'Internet of things',
      'Micro-mort model',
      'Network-based linear dependency modelling',
      'Transformation roadmap',
    ]);
    // As exported: Lens ran the French and English keyword lists together ("Afrique Orchids").
    expect(papers[2].authorKeywords).toEqual([
      'Orchidées',
      'tendance de la recherche',
      'thèmes de recherche prioritaires',
      'Afrique Orchids',
      'research trend',
      'priority research topics',
      'Africa',
    ]);
    expect(papers.flatMap((p) => p.authorKeywords ?? [])).not.toContain('Computer science');
  });

  it('is recognised by its "Lens ID" header under any name: another .csv name, a .txt name, no name', () => {
    for (const fileName of ['export.csv', 'export.txt', 'export']) {
      const other = parseCorpus(text, { fileName });
      expect(other.papers).toEqual(papers);
      expect(other.warnings).toEqual([]);
    }
  });

  it('gives the same papers, lines and ids read one character at a time', () => {
    const parser = new CorpusParser({ fileName: 'lens.csv' });
    for (const char of text) parser.push(char);
    expect(parser.end().papers).toEqual(papers);
  });
});

describe('Scopus RIS (ASReview)', () => {
  const { papers, warnings } = parseCorpus(fixture('scopus-asreview.ris'), { fileName: 'scopus.ris' });

  it('reads T2, DO, KW, AU "Labanski, A.", the EID in UR; drops "© 2019 Elsevier Ltd"; "ER  -" without a space', () => {
    expect(warnings).toEqual([]);
    expect(papers).toHaveLength(1);
    expect(papers[0]).toMatchObject({
      title:
        'Stress and the brain-gut axis in functional and chronic-inflammatory gastrointestinal diseases: A transdisciplinary challenge',
      authors: ['A. Labanski', 'J. Langhorst', 'H. Engler', 'S. Elsenbruch'],
      year: 2020,
      venue: 'Psychoneuroendocrinology',
      doi: '10.1016/j.psyneuen.2019.104501',
      sourceIds: { scopus: '2-s2.0-85074596690' },
      line: 1,
    });
    expect(papers[0].authorKeywords).toHaveLength(9);
    expect(papers[0].authorKeywords?.[0]).toBe('Brain-gut axis');
    expect(papers[0].abstract.startsWith('The broad role of stress in the brain-gut axis is widely acknowledged')).toBe(true);
    expect(papers[0].abstract.endsWith('discoveries surrounding the gut microbiota.')).toBe(true);
    // The N1 notes (export date, CODEN, references over several lines) are not the abstract.
    expect(papers[0].abstract).not.toMatch(/Export Date|Agostini|©/);
  });
});

describe('Web of Science RIS (ASReview)', () => {
  const { papers, warnings } = parseCorpus(fixture('wos-asreview.ris'), { fileName: 'savedrecs.ris' });

  it('reads AU "Alceste, F", T2, KW, DO, PY and the WOS accession number in AN', () => {
    expect(warnings).toEqual([]);
    expect(papers.map((p) => p.sourceIds?.wos)).toEqual(['WOS:000444108200009', 'WOS:000376252000001', 'WOS:000424666100001']);
    expect(papers[0]).toMatchObject({
      title: 'Holding Yourself Captive: Perceptions of Custody During Interviews and Interrogations',
      authors: ['F Alceste', 'TJ Luke', 'SM Kassin'],
      year: 2018,
      doi: '10.1016/j.jarmac.2018.03.001',
      line: 1,
    });
    expect(papers[0].authorKeywords?.slice(0, 4)).toEqual([
      'Police custody',
      'Interview',
      'Interrogation',
      'Perception of freedom',
    ]);
    // The abstract's quoted phrase survives; the real abstract of record 3 stops mid-sentence, as exported.
    expect(papers[0].abstract).toContain('ask whether a "reasonable person" would feel free to leave');
    expect(papers[2].abstract.endsWith('A video abstract is available at')).toBe(true);
  });

  it('takes the month from DA ("SEP", as Web of Science writes PD) with PY: 2018-09', () => {
    expect(papers.map((p) => p.date)).toEqual(['2018-09', '2016-05', '2018-02']);
  });

  it('shows the capitalised T2 as the plain-text export shows SO: "Journal of Applied Research in Memory and Cognition"', () => {
    expect(papers.map((p) => p.venue)).toEqual([
      'Journal of Applied Research in Memory and Cognition',
      'Psychology Public Policy and Law',
      'Symbolic Interaction',
    ]);
  });
});

describe('PubMed records through Zotero, as RIS (ASReview)', () => {
  const { papers, warnings } = parseCorpus(fixture('pubmed-zotero.ris'), { fileName: 'pubmed_zotero.ris' });

  it('reads T2, AU "Basinska, Malgorzata A.", DO, the KW lines, and DA "2019///" or "2019/06//undefined" as Zotero writes them', () => {
    expect(warnings).toEqual([]);
    expect(papers).toHaveLength(2);
    expect(papers[0]).toMatchObject({
      venue: 'Przeglad gastroenterologiczny',
      authors: ['Agata Rudnik', 'Grazyna Piotrowicz', 'Malgorzata A. Basinska', 'Vahid Rashedi'],
      doi: '10.5114/pg.2018.81081',
      year: 2019,
      authorKeywords: ['biological treatment', "Crohn's disease", 'mindfulness', 'quality of life', 'ulcerative colitis'],
    });
    expect(papers[0].date).toBeUndefined();
    expect(papers[1]).toMatchObject({ year: 2019, date: '2019-06', venue: 'Medicine' });
    // PubMed wraps abstracts with two spaces where a line ended ("psychological  factors").
    expect(papers[0].abstract).toContain('the relation between psychological factors and efficiency');
  });

  it('keeps the MeSH headings and drops their qualifiers and major-topic stars: "Crohn Disease/*drug therapy" is "Crohn Disease"', () => {
    expect(papers[1].authorKeywords).toEqual([
      'Meta-Analysis as Topic',
      'Phytotherapy',
      'Systematic Reviews as Topic',
      'Tripterygium',
      'Crohn Disease',
      'Humans',
      'Plant Extracts',
      'Research Design',
      'Treatment Outcome',
    ]);
  });
});

describe('PubMed records through EndNote, as RIS (ASReview)', () => {
  const { papers, warnings } = parseCorpus(fixture('pubmed-endnote.ris'), { fileName: 'pubmed_endnote.txt' });

  it('reads the keywords EndNote writes one a line under a single KW, without their MeSH qualifiers, each once', () => {
    expect(warnings).toEqual([]);
    expect(papers.map((p) => p.title)).toEqual([
      'Yuzu (Citrus junos Tanaka) Peel Attenuates Dextran Sulfate Sodium-induced Murine Experimental Colitis',
      'Carpolobia lutea G. Don (Polygalaceae) Inhibits Inflammation and Oxidative Stress in an Acetic Acid Induced Model of Rat Colitis',
    ]);
    const keywords = papers[0].authorKeywords ?? [];
    // 23 lines: "oxidative stress" repeats "Oxidative Stress/drug effects" once its qualifier is gone.
    expect(keywords).toHaveLength(22);
    expect(keywords.slice(0, 7)).toEqual([
      'Administration, Oral',
      'Animals',
      'Anti-Inflammatory Agents',
      'Antioxidants',
      'Cell Line',
      'Citrus',
      'Colitis, Ulcerative',
    ]);
    expect(keywords.slice(-5)).toEqual([
      'antioxidant against lipids',
      'citrus flavonoid',
      'experimental colitis',
      'inflammation',
      'yuzu',
    ]);
    expect(keywords.join('|')).not.toMatch(/drug therapy|metabolism|pharmacology|\*|\//);
  });

  it('takes the PubMed id from AN where DP says NLM, the day from DA "Mar 1" with PY, and keeps the N1 lines out of the abstract', () => {
    expect(papers.map((p) => p.sourceIds)).toEqual([{ pmid: '29459515' }, { pmid: '27626602' }]);
    expect(papers.map((p) => p.date)).toEqual(['2018-03-01', '2017-01']);
    expect(papers[0]).toMatchObject({ venue: 'J Oleo Sci', doi: '10.5650/jos.ess17184', line: 1 });
    expect(papers[0].authors).toHaveLength(12);
    expect(papers[0].abstract.endsWith('oxidative stress against lipids in vivo.')).toBe(true);
    expect(papers[1].abstract).not.toMatch(/Journal Article|Oshinloye/);
  });
});

describe('Scopus and Lens records through Citavi, as RIS (ASReview issue 1099)', () => {
  const { papers, warnings } = parseCorpus(fixture('citavi-scopus-lens.ris'), { fileName: 'ris_issue_1099.txt' });

  it('reads the text after a blank line inside a record as the same field: "Export Date", "Article" are no stray lines', () => {
    // Scopus writes "U3  - Cited By :9", a blank line, "Export Date: 12 May 2022", a blank line,
    // "Article"; and AD with blank lines between affiliations. Only the duplicate is reported.
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatchObject({ line: 66 });
    expect(warnings[0].message).toContain('merged');
    expect(papers[0]).toMatchObject({
      title: 'Design and prototyping of directly driven outer rotor permanent magnet generator for small scale wind turbines',
      venue: 'Advances in Electrical and Electronic Engineering',
      year: 2018,
      doi: '10.15598/aeee.v16i3.2698',
      sourceIds: { scopus: '2-s2.0-85054091539' },
    });
    expect(papers[0].abstract.endsWith('The necessity of further study is pointed out.')).toBe(true);
    expect(papers[0].abstract).not.toMatch(/Export Date|Cited By|Article/);
  });

  it('takes the arXiv id from the L2 links of a Lens record', () => {
    expect(papers[1]).toMatchObject({
      title: 'BLUE: A 3D Dynamic Bipedal Robot',
      url: 'https://lens.org/190-777-589-117-351',
      venue: 'arXiv: Robotics',
      sourceIds: { arxiv: '2111.09920' },
    });
  });

  it('keeps the Lens and the Scopus record of one paper once, with the DOI and EID only the Scopus one has', () => {
    expect(papers).toHaveLength(3);
    expect(papers[2]).toMatchObject({
      title: 'Influence of the motor load inertia and torque in the fault diagnosis of rotors in induction machines',
      year: 2005,
      line: 50,
      doi: '10.1109/TLA.2005.1642429',
      sourceIds: { scopus: '2-s2.0-77957803193' },
    });
  });
});

describe('CINAHL and Embase records through Rayyan, as RIS (ASReview issue 992)', () => {
  const { papers, warnings } = parseCorpus(fixture('rayyan.ris'), { fileName: 'ris_issue_992.txt' });

  it('skips the record without an abstract, saying so, and reads the two that have one', () => {
    expect(warnings).toEqual([
      expect.objectContaining({ line: 1, message: expect.stringContaining('"Quarterly change" has an empty abstract') }),
    ]);
    expect(papers.map((p) => [p.title, p.year, p.venue])).toEqual([
      ['OF SPECIAL INTEREST', 2013, 'American Journal of Health-System Pharmacy'],
      [
        'Committee Opinion No. 692: Emergent Therapy for Acute-Onset, Severe Hypertension During Pregnancy and the Postpartum Period',
        2017,
        'Obstetrics and gynecology',
      ],
    ]);
  });

  it('reads Embase\'s "hypertension/dt [Drug Therapy]" as "hypertension", once', () => {
    const keywords = papers[1].authorKeywords ?? [];
    expect(keywords.filter((k) => k === 'hypertension')).toHaveLength(1);
    expect(keywords).toContain('labetalol');
    expect(keywords).toContain('Pregnancy Complications, Cardiovascular');
    expect(keywords).toContain('Puerperal Disorders');
    expect(keywords.join('|')).not.toMatch(/\[|\//);
    // A heading that is itself a qualifier's word stays: "drug effects" and "standards" are entries of this list.
    expect(keywords).toContain('drug effects');
    expect(keywords).toHaveLength(24);
  });
});

describe('ProQuest RIS (ASReview)', () => {
  const { papers, warnings } = parseCorpus(fixture('proquest.ris'), { fileName: 'proquest.ris' });

  it('drops "[Author Abstract]" and the "KEY WORDS:" after it; reads T1, JF, the DOI given as a dx.doi.org link', () => {
    expect(warnings).toEqual([]);
    expect(papers).toHaveLength(2);
    expect(papers[0]).toMatchObject({
      title:
        'Predictors of posttraumatic stress symptom trajectories following the fatal 2011 Christchurch, New Zealand earthquake',
      venue: 'Journal of Traumatic Stress',
      year: 2019,
      doi: '10.1002/jts.22387',
      url: 'https://search.proquest.com/docview/2214991469?accountid=14772',
    });
    expect(papers[0].authors?.[1]).toBe('Martin J Dorahy');
    expect(papers[0].abstract.endsWith('implications for service providers, agencies, and the public.')).toBe(true);
    expect(papers[1].abstract.endsWith('were linked to malignant development of PTSD.')).toBe(true);
    expect(papers.map((p) => p.abstract).join(' ')).not.toMatch(/Author Abstract|KEY WORDS/);
  });

  it('keeps a keyword whose parentheses are no subheadings: "Acute Stress Disorder Scale (Bryant et al)", "PTSD (DSM-IV)"', () => {
    expect(papers[0].authorKeywords).toHaveLength(18);
    expect(papers[0].authorKeywords).toContain('Acute Stress Disorder Scale (Bryant et al)');
    expect(papers[0].authorKeywords).toContain('PTSD (DSM-IV)');
    expect(papers[0].authorKeywords).toContain('Christchurch Earthquake (2011)');
  });
});

describe('Ovid PsycINFO RIS (ASReview)', () => {
  it('reads a record numbered "1." and followed by Ovid\'s NL and link lines without a warning, under a .txt name too', () => {
    for (const fileName of ['ovid_psycinfo.ris', 'export.txt']) {
      const { papers, warnings } = parseCorpus(fixture('ovid-psycinfo.ris'), { fileName });
      expect(warnings).toEqual([]);
      expect(papers).toHaveLength(1);
      expect(papers[0]).toMatchObject({
        title:
          'The influence of self-criticism on depression symptoms among ambulatory patients with inflammatory bowel disease.',
        venue: 'Clinical Psychology & Psychotherapy',
        year: 2019,
        doi: '10.1002/cpp.2398',
        line: 2,
      });
      expect(papers[0].authors).toEqual([
        'Ines A Trindade',
        'Chris Irons',
        'Claudia Ferreira',
        'Francisco Portela',
        'Jose Pinto-Gouveia',
      ]);
      // N2 is the abstract; its "(PsycINFO Database Record (c) 2019 APA, all rights reserved)" is cut.
      expect(papers[0].abstract.startsWith('Considering that self-criticism is an important process')).toBe(true);
      expect(papers[0].abstract.endsWith('refer high self-critical patients to psychological care.')).toBe(true);
    }
  });
});

describe('Embase CSV (ASReview)', () => {
  const { papers, warnings } = parseCorpus(fixture('embase.csv'), { fileName: 'embase.csv' });

  it('reads Author Names, and journal, year and date from Source ("Cancer (2004) 102:4 (253-258). Date of Publication: 25 Aug 2004")', () => {
    expect(warnings).toEqual([]);
    expect(papers.map((p) => [p.venue, p.year, p.date])).toEqual([
      ['Endoscopic Ultrasound', 2014, undefined],
      ['Cancer', 2004, '2004-08-25'],
    ]);
    expect(papers[0].authors).toEqual(['Liu R.', 'Adler D.G.']);
    expect(papers[1].authors).toHaveLength(7);
  });

  it('takes the DOI from the Open URL Link ("id=doi:10.1002%2Fcncr.20369") and links it', () => {
    expect(papers.map((p) => [p.doi, p.url])).toEqual([
      ['10.4103/2303-9027.138783', 'https://doi.org/10.4103/2303-9027.138783'],
      ['10.1002/cncr.20369', 'https://doi.org/10.1002/cncr.20369'],
    ]);
  });

  it('cuts "© 2004 American Cancer Society." and keeps the text before it', () => {
    expect(papers[1].abstract).toContain('34 mm × 48 mm');
    expect(papers[1].abstract.endsWith('allowing conservative and expectant management for these patients.')).toBe(true);
  });

  it('splits the Emtree terms at commas outside parentheses and drops their subheadings; adds the major-focus terms', () => {
    const keywords = papers[0].authorKeywords ?? [];
    expect(keywords.slice(0, 3)).toEqual(['article', 'bronchogenic duplication cyst', 'colonic duplication cyst']);
    expect(keywords.join('|')).not.toMatch(/[()]/);
    // "Emtree Medical Index Terms (Major Focus)", after the 19 of "keywords".
    expect(keywords.slice(19)).toEqual([
      'endoscopic ultrasonography',
      'gastrointestinal malformation',
      'gastrointestinal tract duplication cyst',
    ]);
  });
});

describe('EndNote XML (JabRef)', () => {
  /** The reader's own records, before the collector drops those without an abstract. */
  function records(name: string): RawPaper[] {
    const out: RawPaper[] = [];
    const reader = new XmlRecordReader(endnoteXmlFormat, name, { paper: (p) => out.push(p), warning: () => {} });
    reader.push(fixture(name));
    reader.end();
    return out;
  }

  it('reads Web of Science records that EndNote 15 imported: "ISI:" accession numbers as UTs, no "<Go to ISI>" link', () => {
    const [first, second] = records('endnote-jabref.xml');
    expect(first).toMatchObject({
      title: 'An ecological basis for reforestation of submariginal lands in the Central Hardwood Region',
      abstract: '',
      authors: ['A. G. Chapman'],
      year: 1937,
      date: '1937-01',
      venue: 'Ecology',
      sourceIds: { wos: 'WOS:000200148800007' },
      line: 4,
    });
    expect(first.url).toBeUndefined();
    expect(second).toMatchObject({
      title: 'A survey of soil temperatures in the Chicago area',
      sourceIds: { wos: 'WOS:000200148800014' },
    });
    expect(second.url).toBeUndefined();
  });

  it('joins a title written in several <style> runs (a species name in italics)', () => {
    const skua = records('endnote-jabref.xml')[2];
    expect(skua.title.replace(/\s+/g, ' ')).toBe(
      'A demographic study of the south polar skua Catharacta maccormicki at Cape Crozier',
    );
    expect(skua).toMatchObject({
      authors: ['D.G. Ainley', 'C.A. Ribic', 'R.C. Wodd'],
      year: 1990,
      venue: 'Journal of Animal Ecology',
    });
    expect(skua.date).toBeUndefined();
  });

  it('refuses the file, whose records have no abstract, saying so', () => {
    expect(() => parseCorpus(fixture('endnote-jabref.xml'), { fileName: 'endnote.xml' })).toThrow(
      'endnote.xml: no papers with both a title and an abstract (none of its 3 records has an abstract',
    );
  });

  it("reads Bookends' EndNote XML: MeSH headings without qualifiers, the PubMed id from the link, not the PDF's file://", () => {
    const { papers, warnings } = parseCorpus(fixture('bookends-jabref.xml'), { fileName: 'bookends.xml' });
    expect(warnings).toEqual([]);
    expect(papers).toHaveLength(1);
    expect(papers[0]).toMatchObject({
      title:
        'Trends in the lifetime risk of developing cancer in Great Britain: comparison of risk for those born from 1930 to 1960',
      abstract: 'test abstract',
      authors: ['AS Ahmad', 'N Ormiston-Smith', 'PD Sasieni'],
      year: 2015,
      date: '2015-03-03',
      venue: 'Br J Cancer',
      doi: '10.1038/bjc.2014.606',
      url: 'http://www.ncbi.nlm.nih.gov/pubmed/25647015',
      sourceIds: { pmid: '25647015' },
    });
    const keywords = papers[0].authorKeywords ?? [];
    expect(keywords).toHaveLength(13);
    expect(keywords).toEqual(expect.arrayContaining(['Aged, 80 and over', 'Great Britain', 'Neoplasms', 'Models, Statistical']));
    expect(keywords.join('|')).not.toContain('epidemiology');
  });
});

describe('Web of Science platform exports of 2006 (JabRef)', () => {
  it('reads the old "ISI:" UT as the UT "WOS:", and cuts the "(c) 2006" notice', () => {
    const { papers, warnings } = parseCorpus(fixture('jabref-wos.isi'), { fileName: 'savedrecs.txt' });
    expect(warnings).toEqual([]);
    expect(papers.map((p) => [p.id, p.sourceIds, p.date, p.venue])).toEqual([
      ['WOS:000238592600006', { wos: 'WOS:000238592600006' }, '2006-06-14', 'Journal of Physics-Condensed Matter'],
      ['WOS:000236202800037', { wos: 'WOS:000236202800037' }, '2006-03-20', 'Optics Express'],
    ]);
    expect(papers[0].authors).toEqual(['RV Gamernyk', 'YP Gnatenko', 'PM Bukivskij', 'PA Skubenko', 'VY Slivka']);
    expect(papers[1].abstract.endsWith('alpha similar or equal to 10dB/cm.')).toBe(true);
  });

  it("reads Inspec records: sub- and superscripts as text, the DOI from ID, Inspec's controlled and uncontrolled terms only", () => {
    const { papers } = parseCorpus(fixture('jabref-wos-inspec.isi'), { fileName: 'savedrecs.txt' });
    expect(papers.map((p) => [p.id, p.title, p.doi, p.date])).toEqual([
      [
        'INSPEC:9027814',
        'Second harmonic generation of continuous wave ultraviolet light and production of beta -BaB2O4 optical waveguides',
        '10.1063/1.2234275',
        '2006-07',
      ],
      [
        'INSPEC:9023788',
        'Optical and photoelectric spectroscopy of photorefractive Sn2P2S6 crystals',
        '10.1088/0953-8984/18/23/006',
        '2006-06',
      ],
    ]);
    expect(papers[1].abstract).toContain('spectra of Sn2P2S6 crystals were carried out');
    expect(papers[1].abstract).toContain('with the energy Ev+1.35 eV');
    const keywords = papers[0].authorKeywords ?? [];
    // Controlled terms, then uncontrolled ones.
    expect(keywords.slice(0, 2)).toEqual(['barium compounds', 'ion implantation']);
    expect(keywords).toEqual(
      expect.arrayContaining(['waveguide lasers', 'second harmonic generation', 'He+ implantation', 'BaB2O4']),
    );
    // Not the treatment, the classification codes, the numerical or chemical indexing, or ID's identifiers.
    expect(keywords.join('|')).not.toMatch(/Experimental|A4265K|E-07|\/ss|\$23|\[/);
    expect(papers[1].authorKeywords).toContain('photorefractive Sn2P2S6 crystals');
  });

  it('reads MEDLINE records: the PubMed id from the UT, authors on one line separated by ";"', () => {
    const records: RawPaper[] = [];
    const reader = new TaggedRecordReader(wosFormat, 'savedrecs.txt', { paper: (p) => records.push(p), warning: () => {} });
    reader.push(fixture('jabref-wos-medline.isi'));
    reader.end();
    expect(records.map((p) => [p.id, p.sourceIds, p.date])).toEqual([
      ['MEDLINE:16842170', { wos: 'MEDLINE:16842170', pmid: '16842170' }, undefined],
      ['MEDLINE:16735938', { wos: 'MEDLINE:16735938', pmid: '16735938' }, '2006-05'],
    ]);
    expect(records[1].authors).toEqual([
      'Hadine Joffe',
      'Janet E Hall',
      'Staci Gruber',
      'Ingrid A Sarmiento',
      'Lee S Cohen',
      'Deborah Yurgelun-Todd',
      'Kathryn A Martin',
    ]);
    // Without abstracts the file makes no map, and says why.
    expect(() => parseCorpus(fixture('jabref-wos-medline.isi'), { fileName: 'savedrecs.txt' })).toThrow(
      'none of its 2 records has an abstract',
    );
  });
});

describe('PubMed Central RIS (JabRef)', () => {
  it('takes the PubMed id from "U1  - 23690738[pmid]" (AN is the PMC id), and the date from PY when Y1 holds the year only', () => {
    const records: RawPaper[] = [];
    const reader = new TaggedRecordReader(risFormat, 'pmc.ris', { paper: (p) => records.push(p), warning: () => {} });
    reader.push(fixture('pmc-jabref.ris'));
    reader.end();
    expect(records).toEqual([
      expect.objectContaining({
        title: 'Chelation: Harnessing and Enhancing Heavy Metal Detoxification—A Review',
        authors: ['Margaret E Sears'],
        year: 2013,
        date: '2013-04-18',
        venue: 'The Scientific World Journal',
        doi: '10.1155/2013/219840',
        url: 'http://www.ncbi.nlm.nih.gov/pmc/articles/PMC3654245/',
        sourceIds: { pmid: '23690738' },
      }),
    ]);
  });
});

describe('PubMed XML records as JabRef keeps them', () => {
  it('reads a <PubmedBookArticle> saved alone, with no set around it (refused before as "not an Atom feed")', () => {
    for (const fileName of ['book.xml', 'book.txt', 'book']) {
      const { papers } = parseCorpus(fixture('jabref-pubmed-book.xml'), { fileName });
      expect(papers).toEqual([
        expect.objectContaining({
          id: '21413195',
          title: 'Rheumatoid Arthritis: National Clinical Guideline for Management and Treatment in Adults',
          abstract: 'just a dummy.',
          authors: ['National Collaborating Centre for Chronic Conditions (UK)', 'Darlisha A Williams'],
          year: 2009,
          date: '2009-02',
          venue: 'Royal College of Physicians (UK)',
          line: 1,
        }),
      ]);
    }
  });

  it('reads an article and a book in one set, an author\'s Suffix after the name: "F W Gibb Jr"', () => {
    const { papers } = parseCorpus(fixture('jabref-pubmed-nbib.xml'), { fileName: 'pubmed.xml' });
    expect(papers.map((p) => p.id)).toEqual(['23633646', '21413195']);
    expect(papers[0].authors).toEqual(['F W Gibb Jr', 'NaN Zamm itt', 'G Beckett', 'M W J Strachan']);
  });

  it('keeps the text of the MathML in an abstract and drops its tags and the XML comments', () => {
    const [paper] = parseCorpus(fixture('jabref-pubmed-mathml.xml'), { fileName: 'pubmed.xml' }).papers;
    expect(paper.title).toBe('CellML 2.0.');
    expect(paper.abstract).toMatch(/^Following are examples of MathML elements: η p 2 0 1 0 0 0 1 1 0 0 17 29 a b c /);
    expect(paper.abstract).toContain('∑ i = 1 n a i ∫ a b 5 x + 2 sin x dx');
    // No tag, comment or attribute left: not "<infinity/>", "<!--Matrix:-->", nor the '">' of close=">".
    expect(paper.abstract).not.toMatch(/[<>]|-->|"/);
  });
});

describe('ScienceDirect RIS (JabRef)', () => {
  it('reads "AB  - Abstract" as no abstract: the record is skipped as abstract-less, not mapped with "Abstract"', () => {
    const records: RawPaper[] = [];
    const reader = new TaggedRecordReader(risFormat, 'science.ris', { paper: (p) => records.push(p), warning: () => {} });
    reader.push(fixture('sciencedirect-jabref.ris'));
    reader.end();
    expect(records).toEqual([
      expect.objectContaining({
        title: 'Phase separation and ω transformation in binary V-Ti and ternary V-Ti-Cr alloys',
        abstract: '',
        doi: '10.1016/j.actamat.2016.09.028',
        year: 2016,
        venue: 'Acta Materialia',
      }),
    ]);
    expect(() => parseCorpus(fixture('sciencedirect-jabref.ris'), { fileName: 'science.ris' })).toThrow(
      'science.ris: no papers with both a title and an abstract',
    );
  });
});

describe('PubMed XML (ASReview)', () => {
  const { papers, warnings } = parseCorpus(fixture('pubmed-asreview.xml'), { fileName: 'pubmed.xml' });

  it('skips the article without an abstract, saying so, and reads the others', () => {
    expect(warnings).toEqual([
      expect.objectContaining({ line: 5, message: expect.stringContaining('"A new decompression device') }),
    ]);
    expect(papers).toHaveLength(2);
    expect(papers[0]).toMatchObject({
      id: '30576676',
      authors: ['Masashi Kimura', 'Yukihiro Shiraki', 'Kenichiro Ishibashi', 'Masahiro Umemura'],
      year: 2019,
      date: '2019-03',
      doi: '10.1016/j.joms.2018.11.016',
      line: 140,
    });
    // Its CopyrightInformation, an element of its own, is no part of the abstract.
    expect(papers[0].abstract.endsWith('Further investigation of this treatment is warranted.')).toBe(true);
    expect(papers[1]).toMatchObject({
      id: '25371100',
      title:
        'Keratocystic odontogenic tumor arising at the mandibular ramus with an impacted tooth: a case report and mimic lesions.',
      authors: [
        'Takashi Kimura',
        'Seigo Ohba',
        'Hitoshi Yoshimura',
        'Shuichi Fujita',
        'Yoshiaki Imamura',
        'Yoshimasa Kitagawa',
        'Kazuo Sano',
      ],
      year: 2016,
      date: '2016-01',
      venue: 'Cranio : the journal of craniomandibular practice',
      doi: '10.1179/2151090314Y.0000000035',
      sourceIds: { pmid: '25371100' },
      url: 'https://pubmed.ncbi.nlm.nih.gov/25371100/',
      line: 275,
    });
  });

  it('joins the sections of a structured abstract after their labels, as PubMed shows them', () => {
    const { abstract } = papers[1];
    expect(abstract.startsWith('OBJECTIVES: To consider the biologic behaviors of keratocystic odontogenic tumors')).toBe(true);
    expect(abstract).toContain('was performed. RESULTS: No recurrence was observed during a 7-year follow-up. DISCUSSION: The');
    expect(abstract.endsWith('important to determine the optimal treatment strategy.')).toBe(true);
  });

  it('lists the keywords, then the MeSH headings without their qualifiers', () => {
    expect(papers[0].authorKeywords).toBeUndefined();
    const keywords = papers[1].authorKeywords ?? [];
    expect(keywords.slice(0, 5)).toEqual([
      'Ameloblastoma',
      'Dentigerous cyst',
      'Impacted tooth',
      'Keratocystic odontogenic tumor',
      'Mandibular ramus',
    ]);
    // "Ameloblastoma" and "Dentigerous Cyst" are headings too: each is listed once.
    expect(keywords).toHaveLength(24);
    expect(keywords).toContain('Tomography, X-Ray Computed');
    expect(keywords.join('|')).not.toMatch(/pathology|surgery|diagnostic imaging/);
  });

  it('is read as PubMed XML under a .xml name, with no name, and asked for as PubMed', () => {
    for (const options of [
      { fileName: 'efetch.xml' },
      { fileName: 'export' },
      { fileName: 'export.txt', format: 'pubmed' as const },
    ])
      expect(parseCorpus(fixture('pubmed-asreview.xml'), options).papers).toEqual(papers);
  });
});

describe('Embase RIS (ASReview)', () => {
  const { papers, warnings } = parseCorpus(fixture('embase.ris'), { fileName: 'embase.ris' });

  it('reads T1, N2, A1 "Liu R.", JF, Y1 and DO; the PubMed id from C5 where a DB line says Medline', () => {
    expect(warnings).toEqual([]);
    expect(papers.map((p) => [p.title, p.year, p.venue, p.doi])).toEqual([
      [
        'Duplication cysts: Diagnosis, management, and the role of endoscopic ultrasound',
        2014,
        'Endoscopic Ultrasound',
        '10.4103/2303-9027.138783',
      ],
      ['Congenital Neck Masses', 2018, 'Clinics in Perinatology', '10.1016/j.clp.2018.07.012'],
    ]);
    expect(papers[0].authors).toEqual(['Liu R.', 'Adler D.G.']);
    expect(papers[0].sourceIds).toBeUndefined();
    expect(papers[1].sourceIds).toEqual({ pmid: '30396417' });
    expect(papers[1].abstract.startsWith('Congenital neck masses can be a developmental anomaly')).toBe(true);
  });

  it('is the same paper as the Embase CSV row of that DOI: built together, it is kept once', () => {
    const registry = new PaperRegistry();
    const ris = parseCorpus(fixture('embase.ris'), { fileName: 'embase.ris', registry });
    const csv = parseCorpus(fixture('embase.csv'), { fileName: 'embase.csv', registry });
    expect(ris.papers).toHaveLength(2);
    // The CSV's first row is the RIS's first record: only its second row is new.
    expect(csv.papers.map((p) => p.doi)).toEqual(['10.1002/cncr.20369']);
    expect(csv.tally?.duplicates).toBe(1);
  });
});

describe('Ovid PsycINFO through Zotero, as RIS (ASReview)', () => {
  it('drops the "Abstract" glued to the first word and the PsycINFO notice; reads "van den Brink, Gertrude"', () => {
    const { papers, warnings } = parseCorpus(fixture('ovid-zotero.ris'), { fileName: 'ovid_zotero.ris' });
    expect(warnings).toEqual([]);
    expect(papers).toHaveLength(1);
    expect(papers[0].abstract.startsWith('Youth with inflammatory bowel disease (IBD) often experience')).toBe(true);
    expect(papers[0].abstract.endsWith('ClinicalTrials.gov NCT02265588.')).toBe(true);
    expect(papers[0].authors?.slice(0, 3)).toEqual(['Luuk Stapersma', 'Gertrude van den Brink', 'Jan van der Ende']);
    expect(papers[0]).toMatchObject({
      year: 2019,
      doi: '10.1007/s10880-019-09649-9',
      venue: 'Journal of Clinical Psychology in Medical Settings',
    });
  });
});
