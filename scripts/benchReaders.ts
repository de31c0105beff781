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

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

/** The issue's floor: every export reader at least half as fast as the JSON Lines reader. */
const FLOOR = 0.5;

const USAGE = `Usage: npm run bench:readers -- [--records N] [--runs N]
  --records N   records per format (default 100000)
  --runs N      timed runs of each format, each paired with a run of the JSON Lines reader
                right before it (default 3); the table gives medians
Prints a Markdown table: each reader's median parse time (CPU of this process, 1 MB pieces), the
JSON Lines reader's median in the same pairs, and the median of the pairs' ratios (>= ${FLOOR}x is
the target). The load average before and after is printed with it: on a shared machine, compare
ratios, not times.`;

function main(): void {
  const { values } = parseArgs({
    options: {
      records: { type: 'string', default: '100000' },
      runs: { type: 'string', default: '3' },
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
  const data = samples(count);
  const [[referenceLabel, referenceWriter], ...writers] = Object.entries(WRITERS);
  const reference = referenceWriter.write(data);
  const rows: string[] = [];
  const slow: string[] = [];
  for (const [label, writer] of writers) {
    const text = writer.write(data);
    const pairs: { ref: number; ms: number }[] = [];
    for (let run = 0; run < runs; run++) {
      // Side by side: the reference right before each run, so a change in load hits both.
      const ref = timeParse(reference, referenceWriter.name, referenceWriter.format);
      const own = timeParse(text, writer.name, writer.format);
      if (own.papers !== count) throw new Error(`${label}: read ${own.papers} of ${count} papers`);
      if (ref.papers !== count) throw new Error(`${referenceLabel}: read ${ref.papers} of ${count} papers`);
      pairs.push({ ref: ref.ms, ms: own.ms });
    }
    const ms = median(pairs.map((p) => p.ms));
    const ref = median(pairs.map((p) => p.ref));
    const ratios = pairs.map((p) => p.ref / p.ms);
    const ratio = median(ratios);
    if (ratio < FLOOR) slow.push(label);
    rows.push(
      `| ${label} | ${(text.length / 1e6).toFixed(0)} MB | ${(ms / 1000).toFixed(2)} s | ${((count / ms) * 1000).toFixed(0)} | ` +
        `${(ref / 1000).toFixed(2)} s | ${ratio.toFixed(2)}× (${Math.min(...ratios).toFixed(2)}–${Math.max(...ratios).toFixed(2)}) | ${ratio >= FLOOR ? 'yes' : '**no**'} |`,
    );
    process.stderr.write(`${rows[rows.length - 1]}\n`);
  }
  const loadAfter = readLoad();
  process.stdout.write(
    `${count.toLocaleString('en')} generated records a format, parse only (CorpusParser fed 1 MB pieces), CPU time of one ` +
      `process; median of ${runs} runs, each paired with a run of the JSON Lines reader (${(reference.length / 1e6).toFixed(0)} MB) ` +
      `just before it. Load average (1 min) ${loadBefore} before, ${loadAfter} after, ${os.cpus().length} cores ` +
      `(${os.cpus()[0]?.model ?? 'unknown CPU'}), Node ${process.version}; ${((Date.now() - started) / 1000).toFixed(0)} s in all.\n\n` +
      `| reader | text | median time | records/s | JSON Lines, same pairs | speed vs JSON Lines: median (range) | ≥ ${FLOOR}× |\n` +
      `| --- | --- | --- | --- | --- | --- | --- |\n${rows.join('\n')}\n` +
      (slow.length > 0 ? `\nBelow ${FLOOR}×: ${slow.join(', ')}.\n` : ''),
  );
}

function readLoad(): string {
  return os.loadavg()[0].toFixed(2);
}

main();
