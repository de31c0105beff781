/**
 * `npx tsx scripts/benchReaders.ts [--records N]`: how fast each export reader parses N records
 * (default 100,000) compared with the JSON Lines reader on the same papers. The corpora are
 * generated here (seeded words, ~1,000-character abstracts, authors, DOI, keywords), held as text
 * and fed to CorpusParser in 1 MB pieces as build:map does; the time is the parse alone (best of
 * two runs, CPU time of this process), so file reading and decoding do not blur the comparison.
 */
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

interface Sample {
  title: string;
  abstract: string;
  authors: [string, string][];
  year: number;
  doi: string;
  keywords: string[];
}

function samples(count: number): Sample[] {
  const next = random(42);
  const words = (n: number): string => Array.from({ length: n }, () => WORDS[Math.floor(next() * WORDS.length)]).join(' ');
  return Array.from({ length: count }, (_, i) => ({
    title: `${words(8)} ${i}`,
    abstract: `${words(140)}.`,
    authors: [
      ['Smith', 'John'],
      ['Doe', `Alice ${i % 97}`],
    ],
    year: 2000 + (i % 25),
    doi: `10.1000/bench.${i}`,
    keywords: [words(2), words(2)],
  }));
}

const tsv = (value: string): string => value.replace(/[\t\n]/g, ' ');
const csv = (value: string): string => `"${value.replace(/"/g, '""')}"`;

/** Each format's text for the samples, written as its source writes it. */
const WRITERS: Record<string, { format?: CorpusFormat; name: string; write: (s: Sample[]) => string }> = {
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
  'OpenAlex JSON Lines': {
    name: 'works.jsonl',
    write: (s) =>
      s
        .map((p, i) => {
          const index: Record<string, number[]> = {};
          p.abstract.split(' ').forEach((word, position) => (index[word] ??= []).push(position));
          return JSON.stringify({
            id: `https://openalex.org/W${i}`,
            doi: `https://doi.org/${p.doi}`,
            title: p.title,
            publication_year: p.year,
            publication_date: `${p.year}-05-01`,
            authorships: p.authors.map(([l, f]) => ({ author: { display_name: `${f} ${l}` } })),
            primary_location: { source: { display_name: 'Journal of Benchmarks' } },
            keywords: p.keywords.map((k) => ({ display_name: k })),
            abstract_inverted_index: index,
          });
        })
        .join('\n'),
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

/** CPU milliseconds of parsing `text` as build:map feeds it. */
function timeParse(text: string, name: string, format?: CorpusFormat): { ms: number; papers: number } {
  const started = process.cpuUsage();
  const parser = new CorpusParser({ fileName: name, ...(format ? { format } : {}) });
  for (let i = 0; i < text.length; i += CHUNK) parser.push(text.slice(i, i + CHUNK));
  const { papers } = parser.end();
  const used = process.cpuUsage(started);
  return { ms: (used.user + used.system) / 1000, papers: papers.length };
}

function main(): void {
  const { values } = parseArgs({ options: { records: { type: 'string', default: '100000' } } });
  const count = Number(values.records);
  const data = samples(count);
  let reference = 0;
  const rows: string[] = [];
  for (const [label, writer] of Object.entries(WRITERS)) {
    const text = writer.write(data);
    const runs = [timeParse(text, writer.name, writer.format), timeParse(text, writer.name, writer.format)];
    const best = Math.min(...runs.map((r) => r.ms));
    if (runs[0].papers !== count) throw new Error(`${label}: read ${runs[0].papers} of ${count} papers`);
    if (reference === 0) reference = best;
    const mb = text.length / 1e6;
    rows.push(
      `| ${label} | ${mb.toFixed(0)} MB | ${(best / 1000).toFixed(2)} s | ${((count / best) * 1000).toFixed(0)} records/s | ${(reference / best).toFixed(2)}× |`,
    );
    process.stderr.write(`${rows[rows.length - 1]}\n`);
  }
  process.stdout.write(
    `${count} records, parse only, best of 2 (CPU)\n\n| format | text | time | rate | speed vs JSON Lines |\n| --- | --- | --- | --- | --- |\n${rows.join('\n')}\n`,
  );
}

main();
