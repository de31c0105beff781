/**
 * `npm run bench:readers [-- --records N --runs N]`: how fast each export reader parses N records
 * (default 100,000) compared with the JSON Lines reader on the same papers (issue 13: at least
 * half its speed). The corpora are generated here (seeded words, ~1,000-character abstracts,
 * authors, DOI, keywords), held as text and fed to CorpusParser in 1 MB pieces as build:map does;
 * the time is the parse alone (CPU time of this process), so file reading and decoding do not blur
 * the comparison. Each timed run of a reader is paired with a run of the JSON Lines reader right
 * before it and the table gives medians, so the machine's load moves both sides of a ratio.
 */
import os from 'node:os';
import v8 from 'node:v8';
import vm from 'node:vm';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { CorpusParser } from '../src/core/corpus';
import type { CorpusFormat } from '../src/core/map';

const WORDS = (
  'graph neural network attention transformer model training data learning representation molecular protein ' +
  'sparse cache memory inference language prediction optimal transport domain adaptation clinical sepsis cohort ' +
  'trial imaging segmentation retrieval embedding contrastive diffusion generative robust benchmark evaluation'
).split(' ');

/** A small seeded generator (mulberry32): the same corpora on every run. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface Sample {
  title: string;
  abstract: string;
  authors: [string, string][];
  year: number;
  doi: string;
  keywords: string[];
}

/**
 * Put in one abstract of WIDE_EVERY: characters past Latin-1, as real abstracts carry them (dashes,
 * ≤, Greek letters). One such character makes the whole 1 MB piece that holds it a two-byte
 * (UTF-16) string in V8, and every reader then scans that piece as one; ASCII-only corpora (the
 * bench before 2026-12-06, `--ascii`) are read as one-byte strings, faster than real text.
 */
const WIDE = ' Accuracy rose by 3–5 points (p ≤ 0.05).';
const WIDE_EVERY = 40;

export function samples(count: number, ascii = false): Sample[] {
  const next = random(42);
  const words = (n: number): string => Array.from({ length: n }, () => WORDS[Math.floor(next() * WORDS.length)]).join(' ');
  return Array.from({ length: count }, (_, i) => ({
    title: `${words(8)} ${i}`,
    abstract: `${words(140)}.${ascii || i % WIDE_EVERY !== WIDE_EVERY - 1 ? '' : WIDE}`,
    authors: [
      ['Smith', 'John'],
      ['Doe', `Alice ${i % 97}`],
    ],
    year: 2000 + (i % 25),
    doi: `10.1000/bench.${i}`,
    keywords: [words(2), words(2)],
  }));
}

/**
 * A work as the OpenAlex API and snapshot write it (2024 schema): besides the fields the reader
 * takes, the ones a real work carries and the reader must get past: ids, locations with their
 * sources, authorships with institutions and affiliations, topics, concepts, keywords with ids and
 * scores, referenced and related works, counts by year; 9–10 kB of JSON, as real works are. Keys
 * in the API's order (the inverted index comes late).
 */
export function openAlexWork(p: Sample, i: number): Record<string, unknown> {
  const w = (n: number): string => `https://openalex.org/W${(n * 7919 + 1_000_003) % 4_999_999_999}`;
  const index: Record<string, number[]> = {};
  p.abstract.split(' ').forEach((word, position) => (index[word] ??= []).push(position));
  const source = {
    id: 'https://openalex.org/S4210172589',
    display_name: 'Journal of Benchmarks',
    issn_l: '1234-5678',
    issn: ['1234-5678', '8765-4321'],
    is_oa: false,
    is_in_doaj: false,
    is_core: true,
    host_organization: 'https://openalex.org/P4310320990',
    host_organization_name: 'Elsevier BV',
    host_organization_lineage: ['https://openalex.org/P4310320990'],
    host_organization_lineage_names: ['Elsevier BV'],
    type: 'journal',
  };
  const location = {
    is_oa: false,
    landing_page_url: `https://doi.org/${p.doi}`,
    pdf_url: null,
    source,
    license: null,
    license_id: null,
    version: 'publishedVersion',
    is_accepted: true,
    is_published: true,
  };
  const institution = (k: number) => ({
    id: `https://openalex.org/I${136199984 + k}`,
    display_name: ['Harvard University', 'University of Oxford', 'Tsinghua University', 'ETH Zurich'][k % 4],
    ror: `https://ror.org/03vek6s${k % 10}2`,
    country_code: ['US', 'GB', 'CN', 'CH'][k % 4],
    type: 'education',
    lineage: [`https://openalex.org/I${136199984 + k}`],
  });
  const topic = (k: number) => ({
    id: `https://openalex.org/T${10320 + k}`,
    display_name: `Neural Networks and Applications ${k}`,
    score: 0.9987 - k * 0.01,
    subfield: { id: 'https://openalex.org/subfields/1702', display_name: 'Artificial Intelligence' },
    field: { id: 'https://openalex.org/fields/17', display_name: 'Computer Science' },
    domain: { id: 'https://openalex.org/domains/3', display_name: 'Physical Sciences' },
  });
  return {
    id: `https://openalex.org/W${3000000000 + i}`,
    doi: `https://doi.org/${p.doi}`,
    title: p.title,
    display_name: p.title,
    publication_year: p.year,
    publication_date: `${p.year}-05-01`,
    ids: { openalex: `https://openalex.org/W${3000000000 + i}`, doi: `https://doi.org/${p.doi}`, mag: String(2000000000 + i) },
    language: 'en',
    primary_location: location,
    type: 'article',
    type_crossref: 'journal-article',
    indexed_in: ['crossref'],
    open_access: { is_oa: false, oa_status: 'closed', oa_url: null, any_repository_has_fulltext: false },
    authorships: p.authors.map(([l, f], k) => ({
      author_position: k === 0 ? 'first' : 'last',
      author: {
        id: `https://openalex.org/A${5000000000 + i * 4 + k}`,
        display_name: `${f} ${l}`,
        orcid: k === 0 ? 'https://orcid.org/0000-0002-1825-0097' : null,
      },
      institutions: [institution(k)],
      countries: [institution(k).country_code],
      is_corresponding: k === 0,
      raw_author_name: `${f} ${l}`,
      raw_affiliation_strings: [`Department of Computer Science, ${institution(k).display_name}, Cambridge, MA 02138, USA`],
      affiliations: [
        {
          raw_affiliation_string: `Department of Computer Science, ${institution(k).display_name}, Cambridge, MA 02138, USA`,
          institution_ids: [institution(k).id],
        },
      ],
    })),
    institution_assertions: [],
    countries_distinct_count: 2,
    institutions_distinct_count: 2,
    corresponding_author_ids: [`https://openalex.org/A${5000000000 + i * 4}`],
    corresponding_institution_ids: ['https://openalex.org/I136199984'],
    apc_list: { value: 2950, currency: 'USD', value_usd: 2950, provenance: 'doaj' },
    apc_paid: null,
    fwci: 1.234,
    has_fulltext: true,
    fulltext_origin: 'ngrams',
    cited_by_count: 17 + (i % 50),
    citation_normalized_percentile: { value: 0.873, is_in_top_1_percent: false, is_in_top_10_percent: false },
    cited_by_percentile_year: { min: 87, max: 88 },
    biblio: { volume: String(10 + (i % 40)), issue: String(1 + (i % 12)), first_page: '101', last_page: '118' },
    is_retracted: false,
    is_paratext: false,
    primary_topic: topic(0),
    topics: [topic(0), topic(1), topic(2)],
    keywords: p.keywords.map((k, n) => ({
      id: `https://openalex.org/keywords/${k.replace(/ /g, '-')}`,
      display_name: k,
      score: 0.61 - n * 0.1,
    })),
    concepts: Array.from({ length: 12 }, (_, k) => ({
      id: `https://openalex.org/C${154945302 + k}`,
      wikidata: `https://www.wikidata.org/wiki/Q${11660 + k}`,
      display_name: ['Computer science', 'Artificial intelligence', 'Machine learning', 'Artificial neural network'][k % 4],
      level: k % 4,
      score: 0.8 - k * 0.06,
    })),
    mesh: [],
    locations_count: 2,
    locations: [location, { ...location, landing_page_url: `https://www.example.org/article/${i}`, version: 'acceptedVersion' }],
    best_oa_location: null,
    sustainable_development_goals: [{ id: 'https://metadata.un.org/sdg/4', display_name: 'Quality Education', score: 0.41 }],
    grants: [
      {
        funder: 'https://openalex.org/F4320306076',
        funder_display_name: 'National Science Foundation',
        award_id: `IIS-${1900000 + i}`,
      },
    ],
    datasets: [],
    versions: [],
    referenced_works_count: 35,
    referenced_works: Array.from({ length: 35 }, (_, k) => w(i * 35 + k)),
    related_works: Array.from({ length: 10 }, (_, k) => w(i * 10 + k + 17)),
    abstract_inverted_index: index,
    cited_by_api_url: `https://api.openalex.org/works?filter=cites:W${3000000000 + i}`,
    counts_by_year: [2024, 2023, 2022, 2021, 2020].map((year, k) => ({ year, cited_by_count: 5 - k })),
    updated_date: '2024-11-20T05:33:51.529716',
    created_date: '2021-02-15',
  };
}

const tsv = (value: string): string => value.replace(/[\t\n]/g, ' ');
const csv = (value: string): string => `"${value.replace(/"/g, '""')}"`;

/** Each format's text for the samples, written as its source writes it. */
interface Writer {
  format?: CorpusFormat;
  name: string;
  /** The text, whole or (past V8's 512 MB string limit) as a list of pieces. */
  write: (s: Sample[]) => string | string[];
  /**
   * At most this many records: a format read as one document (an OpenAlex API response) cannot
   * be one string of 100k real works (1 GB); it is timed on fewer, against the JSON Lines reader
   * on the same number of papers.
   */
  maxRecords?: number;
}

const WRITERS: Record<string, Writer> = {
  'JSON Lines (reference)': {
    name: 'bench.jsonl',
    write: (s) =>
      s
        .map((p) =>
          JSON.stringify({
            title: p.title,
            abstract: p.abstract,
            authors: p.authors.map(([l, f]) => `${f} ${l}`),
            year: p.year,
            doi: p.doi,
          }),
        )
        .join('\n'),
  },
  RIS: {
    name: 'bench.ris',
    write: (s) =>
      s
        .map(
          (p) =>
            `TY  - JOUR\nTI  - ${p.title}\n${p.authors.map(([l, f]) => `AU  - ${l}, ${f}\n`).join('')}PY  - ${p.year}\nDO  - ${p.doi}\n` +
            `${p.keywords.map((k) => `KW  - ${k}\n`).join('')}AB  - ${p.abstract}\nER  - \n`,
        )
        .join('\n'),
  },
  'Web of Science plain text': {
    name: 'savedrecs.txt',
    write: (s) =>
      'FN Clarivate Analytics Web of Science\nVR 1.0\n' +
      s
        .map(
          (p, i) =>
            `PT J\nAU ${p.authors.map(([l, f]) => `${l}, ${f[0]}`).join('\n   ')}\nAF ${p.authors.map(([l, f]) => `${l}, ${f}`).join('\n   ')}\n` +
            `TI ${p.title}\nSO JOURNAL OF BENCHMARKS\nDE ${p.keywords.join('; ')}\nAB ${p.abstract.replace(/(.{80}) /g, '$1\n   ')}\n` +
            `PY ${p.year}\nDI ${p.doi}\nUT WOS:${String(i).padStart(15, '0')}\nER\n`,
        )
        .join('\n') +
      '\nEF\n',
  },
  'Web of Science tab-delimited': {
    name: 'savedrecs-tab.txt',
    write: (s) =>
      'PT\tAU\tAF\tTI\tSO\tDE\tAB\tPY\tDI\tUT\t\n' +
      s
        .map((p, i) =>
          [
            'J',
            p.authors.map(([l, f]) => `${l}, ${f[0]}`).join('; '),
            p.authors.map(([l, f]) => `${l}, ${f}`).join('; '),
            tsv(p.title),
            'JOURNAL OF BENCHMARKS',
            p.keywords.join('; '),
            tsv(p.abstract),
            String(p.year),
            p.doi,
            `WOS:${String(i).padStart(15, '0')}`,
            '',
          ].join('\t'),
        )
        .join('\n'),
  },
  'Scopus CSV': {
    name: 'scopus.csv',
    write: (s) =>
      'Authors,Author full names,Title,Year,Source title,DOI,Link,Abstract,Author Keywords,Index Keywords,EID\n' +
      s
        .map((p, i) =>
          [
            p.authors.map(([l, f]) => `${l} ${f[0]}.`).join('; '),
            p.authors.map(([l, f]) => `${l}, ${f} (${i})`).join('; '),
            p.title,
            String(p.year),
            'Journal of Benchmarks',
            p.doi,
            `https://www.scopus.com/inward/record.uri?eid=2-s2.0-${i}`,
            `${p.abstract} © 2020 Elsevier Ltd. All rights reserved.`,
            p.keywords.join('; '),
            '',
            `2-s2.0-${i}`,
          ]
            .map(csv)
            .join(','),
        )
        .join('\n'),
  },
  'PubMed MEDLINE': {
    name: 'pubmed.nbib',
    write: (s) =>
      s
        .map(
          (p, i) =>
            `PMID- ${i + 1}\nTI  - ${p.title}\nAB  - ${p.abstract.replace(/(.{80}) /g, '$1\n      ')}\n` +
            `${p.authors.map(([l, f]) => `FAU - ${l}, ${f}\n`).join('')}DP  - ${p.year} May 1\nJT  - Journal of benchmarks\n` +
            `LID - ${p.doi} [doi]\n${p.keywords.map((k) => `OT  - ${k}\n`).join('')}`,
        )
        .join('\n'),
  },
  'PubMed "Abstract (text)"': {
    name: 'abstract-set.txt',
    write: (s) =>
      s
        .map(
          (p, i) =>
            `${i + 1}. J Benchmarks. ${p.year} May;12(3):45-67. doi: ${p.doi}.\n\n${p.title}\n\n` +
            `${p.authors.map(([l, f], k) => `${l} ${f[0]}(${k + 1})`).join(', ')}.\n\nAuthor information: \n(1)University of Benchmarks.\n\n` +
            `${p.abstract.replace(/(.{78}) /g, '$1\n')}\n\nDOI: ${p.doi}\nPMID: ${i + 1}  [Indexed for MEDLINE]\n`,
        )
        .join('\n\n'),
  },
  'EndNote tagged': {
    name: 'export.enw',
    write: (s) =>
      s
        .map(
          (p) =>
            `%0 Journal Article\n${p.authors.map(([l, f]) => `%A ${l}, ${f}\n`).join('')}%D ${p.year}\n%T ${p.title}\n` +
            `%J Journal of Benchmarks\n%R ${p.doi}\n%X ${p.abstract.replace(/(.{78}) /g, '$1\n')}\n` +
            `${p.keywords.map((k) => `%K ${k}\n`).join('')}`,
        )
        .join('\n'),
  },
  'RefWorks tagged': {
    name: 'refworks.txt',
    write: (s) =>
      s
        .map(
          (p) =>
            `RT Journal Article\nSR 1\n${p.authors.map(([l, f]) => `A1 ${l}, ${f}\n`).join('')}T1 ${p.title}\nJF Journal of Benchmarks\n` +
            `YR ${p.year}\nAB ${p.abstract}\n${p.keywords.map((k) => `K1 ${k}\n`).join('')}DO ${p.doi}\n`,
        )
        .join('\n'),
  },
  'OpenAlex JSON Lines': {
    name: 'works.jsonl',
    // 100k real works are ~1 GB of text: built as 1 MB pieces, lines may cross their ends.
    write: (s) => inPieces(s.map((p, i) => `${JSON.stringify(openAlexWork(p, i))}\n`)),
  },
  'OpenAlex API response (JSON)': {
    name: 'works.json',
    maxRecords: 20_000,
    write: (s) =>
      JSON.stringify({
        meta: { count: s.length, db_response_time_ms: 52, page: 1, per_page: s.length, groups_count: null },
        results: s.map(openAlexWork),
        group_by: [],
      }),
  },
  'arXiv Atom': {
    name: 'query.atom',
    write: (s) =>
      '<?xml version="1.0" encoding="UTF-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom">\n' +
      s
        .map(
          (p, i) =>
            `  <entry>\n    <id>http://arxiv.org/abs/2101.${String(i).padStart(5, '0')}v1</id>\n    <published>${p.year}-05-01T00:00:00Z</published>\n` +
            `    <title>${p.title}</title>\n    <summary>${p.abstract}</summary>\n${p.authors.map(([l, f]) => `    <author><name>${f} ${l}</name></author>\n`).join('')}` +
            `    <arxiv:doi xmlns:arxiv="http://arxiv.org/schemas/atom">${p.doi}</arxiv:doi>\n    <category term="cs.LG"/>\n  </entry>\n`,
        )
        .join('') +
      '</feed>\n',
  },
  'Scopus plain text': {
    name: 'scopus.txt',
    write: (s) =>
      'Scopus\nEXPORT DATE: 07 December 2026\n\n' +
      s
        .map(
          (p, i) =>
            `${p.authors.map(([l, f]) => `${l} ${f[0]}.`).join(', ')}\nAUTHOR FULL NAMES: ${p.authors.map(([l, f], k) => `${l}, ${f} (572000${i}${k})`).join('; ')}\n` +
            `${p.title}\n(${p.year}) Journal of Benchmarks, 12 (3), pp. 1-12. Cited 4 times.\n` +
            `https://www.scopus.com/inward/record.uri?eid=2-s2.0-85${String(i).padStart(9, '0')}&partnerID=40&md5=0a1b2c\n\n` +
            `DOI: ${p.doi}\nABSTRACT: ${p.abstract}\nAUTHOR KEYWORDS: ${p.keywords.join('; ')}\n` +
            'DOCUMENT TYPE: Article\nPUBLICATION STAGE: Final\nSOURCE: Scopus\n',
        )
        .join('\n\n'),
  },
  'EndNote XML': {
    name: 'My Library.xml',
    // As EndNote writes it: one line, every value in a <style> run; & and < escaped.
    write: (s) => {
      const style = (text: string): string =>
        `<style face="normal" font="default" size="100%">${text.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</style>`;
      return (
        '<?xml version="1.0" encoding="UTF-8" ?><xml><records>' +
        s
          .map(
            (p, i) =>
              `<record><database name="My Library.enl" path="My Library.enl">My Library.enl</database><source-app name="EndNote" version="21.0">EndNote</source-app>` +
              `<rec-number>${i + 1}</rec-number><ref-type name="Journal Article">17</ref-type><contributors><authors>` +
              `${p.authors.map(([l, f]) => `<author>${style(`${l}, ${f}`)}</author>`).join('')}</authors></contributors>` +
              `<titles><title>${style(p.title)}</title><secondary-title>${style('Journal of Benchmarks')}</secondary-title></titles>` +
              `<periodical><full-title>${style('Journal of Benchmarks')}</full-title></periodical>` +
              `<keywords>${p.keywords.map((k) => `<keyword>${style(k)}</keyword>`).join('')}</keywords>` +
              `<dates><year>${style(String(p.year))}</year></dates><electronic-resource-num>${style(p.doi)}</electronic-resource-num>` +
              `<abstract>${style(p.abstract)}</abstract></record>`,
          )
          .join('') +
        '</records></xml>'
      );
    },
  },
  'PubMed XML': {
    name: 'efetch.xml',
    // As efetch writes it: indented elements, structured and plain abstracts, MeSH headings.
    write: (s) => {
      const xml = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
      return (
        '<?xml version="1.0" ?>\n<!DOCTYPE PubmedArticleSet PUBLIC "-//NLM//DTD PubMedArticle, 1st January 2025//EN" "https://dtd.nlm.nih.gov/ncbi/pubmed/out/pubmed_250101.dtd">\n<PubmedArticleSet>\n' +
        s
          .map(
            (p, i) =>
              `<PubmedArticle>\n    <MedlineCitation Status="MEDLINE" Owner="NLM">\n        <PMID Version="1">${30000000 + i}</PMID>\n` +
              `        <Article PubModel="Print">\n            <Journal>\n                <JournalIssue CitedMedium="Internet">\n` +
              `                    <PubDate>\n                        <Year>${p.year}</Year>\n                        <Month>Mar</Month>\n                    </PubDate>\n` +
              `                </JournalIssue>\n                <Title>Journal of Benchmarks</Title>\n            </Journal>\n` +
              `            <ArticleTitle>${xml(p.title)}</ArticleTitle>\n` +
              `            <ELocationID EIdType="doi" ValidYN="Y">${p.doi}</ELocationID>\n` +
              `            <Abstract>\n                <AbstractText${i % 3 === 0 ? ' Label="BACKGROUND" NlmCategory="BACKGROUND"' : ''}>${xml(p.abstract)}</AbstractText>\n            </Abstract>\n` +
              `            <AuthorList CompleteYN="Y">\n${p.authors
                .map(
                  ([l, f]) =>
                    `                <Author ValidYN="Y">\n                    <LastName>${l}</LastName>\n                    <ForeName>${f}</ForeName>\n                    <Initials>${f[0]}</Initials>\n                </Author>\n`,
                )
                .join('')}            </AuthorList>\n        </Article>\n` +
              `        <MeshHeadingList>\n${p.keywords
                .map(
                  (k) =>
                    `            <MeshHeading>\n                <DescriptorName UI="D000001" MajorTopicYN="N">${xml(k)}</DescriptorName>\n                <QualifierName UI="Q000473" MajorTopicYN="N">pathology</QualifierName>\n            </MeshHeading>\n`,
                )
                .join('')}        </MeshHeadingList>\n    </MedlineCitation>\n` +
              `    <PubmedData>\n        <ArticleIdList>\n            <ArticleId IdType="pubmed">${30000000 + i}</ArticleId>\n        </ArticleIdList>\n    </PubmedData>\n</PubmedArticle>\n`,
          )
          .join('') +
        '</PubmedArticleSet>\n'
      );
    },
  },
  'arXiv snapshot JSON Lines': {
    name: 'arxiv-metadata.jsonl',
    write: (s) =>
      s
        .map((p, i) =>
          JSON.stringify({
            id: `2101.${String(i).padStart(5, '0')}`,
            authors: p.authors.map(([l, f]) => `${f} ${l}`).join(', '),
            title: p.title,
            doi: p.doi,
            categories: 'cs.LG stat.ML',
            abstract: p.abstract,
            versions: [{ version: 'v1', created: 'Mon, 2 Apr 2007 19:18:42 GMT' }],
            update_date: `${p.year}-05-01`,
            authors_parsed: p.authors.map(([l, f]) => [l, f, '']),
          }),
        )
        .join('\n'),
  },
  'CSL-JSON': {
    name: 'library.json',
    write: (s) =>
      JSON.stringify(
        s.map((p, i) => ({
          id: `item${i}`,
          type: 'article-journal',
          title: p.title,
          abstract: p.abstract,
          author: p.authors.map(([family, given]) => ({ family, given })),
          issued: { 'date-parts': [[p.year, 5, 1]] },
          'container-title': 'Journal of Benchmarks',
          DOI: p.doi,
          keyword: p.keywords.join(', '),
        })),
      ),
  },
};

const CHUNK = 1 << 20;

/** Parts joined into pieces of about CHUNK characters. */
function inPieces(parts: string[]): string[] {
  const pieces: string[] = [];
  let piece: string[] = [];
  let length = 0;
  for (const part of parts) {
    piece.push(part);
    length += part.length;
    if (length >= CHUNK) {
      pieces.push(piece.join(''));
      piece = [];
      length = 0;
    }
  }
  if (piece.length > 0) pieces.push(piece.join(''));
  return pieces;
}

/**
 * A writer's text in 1 MB pieces, as build:map reads a file: each piece a string of its own, made
 * by a TextDecoder from UTF-8 bytes (build:map decodes each chunk it reads), not a slice of the
 * writer's text, which V8 keeps as a view into it and reads more slowly. Cuts fall between the
 * two halves of no surrogate pair.
 */
function piecesOf(text: string | string[]): string[] {
  if (Array.isArray(text)) return text;
  const decoder = new TextDecoder();
  const pieces: string[] = [];
  for (let i = 0; i < text.length; ) {
    let end = Math.min(i + CHUNK, text.length);
    const last = text.charCodeAt(end - 1);
    if (end < text.length && last >= 0xd800 && last <= 0xdbff) end--;
    pieces.push(decoder.decode(Buffer.from(text.slice(i, end), 'utf8')));
    i = end;
  }
  return pieces;
}

const sizeOf = (pieces: string[]): number => pieces.reduce((sum, piece) => sum + piece.length, 0);

/**
 * A full garbage collection: each timed run starts from a collected heap, so that no run pays for
 * the run before it (the last run's papers, a reader's garbage). What a run makes is its own cost.
 */
const collectGarbage = ((): (() => void) => {
  v8.setFlagsFromString('--expose-gc');
  return vm.runInNewContext('gc') as () => void;
})();

/**
 * For each piece, whether its UTF-8 bytes hold no zero byte: what build:map tells the parser of
 * each chunk it decodes (one memchr over the bytes). Worked out once a text, outside the timing.
 */
const noNulFlags = new WeakMap<string[], boolean[]>();
function noNulOf(pieces: string[]): boolean[] {
  let flags = noNulFlags.get(pieces);
  if (!flags) {
    flags = pieces.map((piece) => Buffer.from(piece, 'utf8').indexOf(0) === -1);
    noNulFlags.set(pieces, flags);
  }
  return flags;
}

/** CPU milliseconds of parsing the pieces as build:map feeds them (from a collected heap). */
function timeParse(pieces: string[], name: string, format?: CorpusFormat): { ms: number; papers: number } {
  const noNul = noNulOf(pieces);
  collectGarbage();
  const started = process.cpuUsage();
  const parser = new CorpusParser({ fileName: name, ...(format ? { format } : {}) });
  for (let k = 0; k < pieces.length; k++) parser.push(pieces[k], { noNul: noNul[k] });
  const { papers } = parser.end();
  const used = process.cpuUsage(started);
  return { ms: (used.user + used.system) / 1000, papers: papers.length };
}

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

/** The issue's floor: every export reader at least half as fast as the JSON Lines reader. */
const FLOOR = 0.5;

const USAGE = `Usage: npm run bench:readers -- [--records N] [--runs N]
  --records N   records per format (default 100000)
  --only TEXT   only the readers whose name contains TEXT (any case), e.g. --only openalex
  --ascii       ASCII text only (else one abstract in ${WIDE_EVERY} has characters past Latin-1, as
                real text does, and the readers see two-byte strings)
  --runs N      timed runs of each format, each paired with a run of the JSON Lines reader
                right before it (default 3); the table gives medians
Prints a Markdown table: each reader's median parse time (CPU of this process, 1 MB pieces), the
JSON Lines reader's median in the same pairs, and the median of the pairs' ratios (>= ${FLOOR}x is
the target); then how much text a record is against the JSON Lines record of the same paper (an
OpenAlex work is some 8 times as much), and the ratio of text read a second. The load average before and after is printed with it: on a shared machine, compare
ratios, not times.`;

function main(): void {
  const { values } = parseArgs({
    options: {
      records: { type: 'string', default: '100000' },
      runs: { type: 'string', default: '3' },
      only: { type: 'string' },
      ascii: { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  const count = Number(values.records);
  const runs = Number(values.runs);
  for (const [name, n] of [
    ['records', count],
    ['runs', runs],
  ] as const) {
    if (!Number.isInteger(n) || n < 1)
      throw new Error(`benchReaders: --${name} must be a whole number >= 1, got "${values[name]}"`);
  }
  const loadBefore = readLoad();
  const started = Date.now();
  const data = samples(count, values.ascii);
  const [[referenceLabel, referenceWriter], ...writers] = Object.entries(WRITERS);
  const references = new Map<number, string[]>();
  const referenceFor = (n: number): string[] => {
    let pieces = references.get(n);
    if (!pieces) {
      pieces = piecesOf(referenceWriter.write(n === count ? data : data.slice(0, n)));
      references.set(n, pieces);
    }
    return pieces;
  };
  const reference = referenceFor(count);
  const rows: string[] = [];
  const slow: string[] = [];
  const only = values.only?.toLowerCase();
  for (const [label, writer] of writers) {
    if (only !== undefined && !label.toLowerCase().includes(only)) continue;
    const n = Math.min(count, writer.maxRecords ?? count);
    const text = piecesOf(writer.write(n === count ? data : data.slice(0, n)));
    const ownReference = referenceFor(n);
    const pairs: { ref: number; ms: number }[] = [];
    for (let run = 0; run < runs; run++) {
      // Side by side: the reference right before each run, so a change in load hits both.
      const ref = timeParse(ownReference, referenceWriter.name, referenceWriter.format);
      const own = timeParse(text, writer.name, writer.format);
      if (own.papers !== n) throw new Error(`${label}: read ${own.papers} of ${n} papers`);
      if (ref.papers !== n) throw new Error(`${referenceLabel}: read ${ref.papers} of ${n} papers`);
      pairs.push({ ref: ref.ms, ms: own.ms });
    }
    const ms = median(pairs.map((p) => p.ms));
    const ref = median(pairs.map((p) => p.ref));
    const ratios = pairs.map((p) => p.ref / p.ms);
    const ratio = median(ratios);
    if (ratio < FLOOR) slow.push(label);
    rows.push(
      `| ${label}${n === count ? '' : ` (${n.toLocaleString('en')} records)`} | ${(sizeOf(text) / 1e6).toFixed(0)} MB | ${(ms / 1000).toFixed(2)} s | ${((n / ms) * 1000).toFixed(0)} | ` +
        `${(ref / 1000).toFixed(2)} s | ${ratio.toFixed(2)}× (${Math.min(...ratios).toFixed(2)}–${Math.max(...ratios).toFixed(2)}) | ${ratio >= FLOOR ? 'yes' : '**no**'} | ` +
        `${(sizeOf(text) / sizeOf(ownReference)).toFixed(1)}× | ${((ratio * sizeOf(text)) / sizeOf(ownReference)).toFixed(2)}× |`,
    );
    process.stderr.write(`${rows[rows.length - 1]}\n`);
  }
  const loadAfter = readLoad();
  process.stdout.write(
    `${count.toLocaleString('en')} generated records a format (${values.ascii ? 'ASCII text only' : `one abstract in ${WIDE_EVERY} with characters past Latin-1`}), parse only (CorpusParser fed 1 MB pieces), CPU time of one ` +
      `process; median of ${runs} runs, each paired with a run of the JSON Lines reader (${(sizeOf(reference) / 1e6).toFixed(0)} MB for all records) ` +
      `just before it. Load average (1 min) ${loadBefore} before, ${loadAfter} after, ${os.cpus().length} cores ` +
      `(${os.cpus()[0]?.model ?? 'unknown CPU'}), Node ${process.version}; ${((Date.now() - started) / 1000).toFixed(0)} s in all.\n\n` +
      `| reader | text | median time | records/s | JSON Lines, same pairs | speed vs JSON Lines: median (range) | ≥ ${FLOOR}× | text vs JSON Lines | text read/s vs JSON Lines |\n` +
      `| --- | --- | --- | --- | --- | --- | --- | --- | --- |\n${rows.join('\n')}\n` +
      (slow.length > 0 ? `\nBelow ${FLOOR}×: ${slow.join(', ')}.\n` : ''),
  );
}

function readLoad(): string {
  return os.loadavg()[0].toFixed(2);
}

// Run as a command; imported (by a profiling script), only the generators are used.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
