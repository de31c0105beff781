import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildMap } from '../../src/core/buildMap';
import { parseCorpus } from '../../src/core/corpus';

// Every stage must be linear in its input: a hostile abstract (a long run of one letter, a long
// hyphen chain after an address) must cost no more than ordinary abstracts of the same size.
// Budgets are ratios to an ordinary corpus of the same size built in the same test, in CPU time
// of this process (other processes on a busy machine do not count), so the machine's speed and
// load do not matter. Before the fixes, the runs below took 72 s and 27 s at 200,000 characters
// (ratios over 100); now they cost less than the ordinary corpus.

const real = parseCorpus(readFileSync(fileURLToPath(new URL('../../data/trending-papers.txt', import.meta.url)), 'utf8'), {
  fileName: 'trending-papers.txt',
}).papers;

/** Ordinary papers (the real corpus, repeated with fresh ids) until `chars` characters of abstract. */
function ordinaryPapers(chars: number): Array<{ id: string; title: string; abstract: string }> {
  const out = [];
  let size = 0;
  for (let i = 0; size < chars; i++) {
    const p = real[i % real.length];
    out.push({ id: `p${i}`, title: `${p.title} (${i})`, abstract: p.abstract });
    size += p.abstract.length;
  }
  return out;
}

const csvCell = (s: string): string => `"${s.replace(/"/g, '""')}"`;

function csv(papers: Array<{ id: string; title: string; abstract: string }>): string {
  return `id,title,abstract\n${papers.map((p) => [p.id, p.title, p.abstract].map(csvCell).join(',')).join('\n')}\n`;
}

/** Trending-papers text: two lines of page chrome, then title and abstract lines. */
function trending(papers: Array<{ title: string; abstract: string }>): string {
  return `Get trending papers in your email inbox!\nSubscribe\n${papers.map((p) => `${p.title}\n${p.abstract}`).join('\n')}\n`;
}

/** A corpus of `chars` characters of abstracts whose first abstract is `hostile` (the rest ordinary). */
function withHostile(hostile: string, chars: number): Array<{ id: string; title: string; abstract: string }> {
  // A few ordinary papers so that the map has keywords and clusters to build.
  const rest = ordinaryPapers(Math.max(20_000, chars - hostile.length)).slice(0, 30);
  return [{ id: 'hostile', title: 'A hostile abstract', abstract: hostile }, ...rest];
}

/** CPU milliseconds (user + system) of this process spent building the map of `text`; the least of `runs`. */
function buildCpuMs(text: string, fileName: string, runs = 1): number {
  let best = Infinity;
  for (let r = 0; r < runs; r++) {
    const started = process.cpuUsage();
    const { map } = buildMap(text, { fileName, toolVersion: 'topic-map test' });
    const used = process.cpuUsage(started);
    expect(map.papers.length).toBeGreaterThan(0);
    best = Math.min(best, (used.user + used.system) / 1000);
  }
  return best;
}

/** Allowed cost of a hostile corpus, as a multiple of an ordinary one of the same size. */
const BUDGET = 3;

const SIZE = 200_000;
const HOSTILE: Array<[string, string]> = [
  ['a 200,000-letter run of one consonant (Porter stemming)', 'b'.repeat(SIZE)],
  ['an address, then "a-" 100,000 times (the address pattern)', `x@y.org ${'a-'.repeat(SIZE / 2 - 4)}`],
  ['a web address, then "a." 100,000 times', `see www.${'a.'.repeat(SIZE / 2 - 4)}`],
  ['"a@" 100,000 times', 'a@'.repeat(SIZE / 2)],
  ['a 200,000-character hyphenated word', `${'ab-'.repeat(SIZE / 3)}`],
];

describe('the builder is linear in its input', () => {
  for (const format of ['csv', 'trending'] as const) {
    const write = format === 'csv' ? csv : trending;
    const fileName = format === 'csv' ? 'corpus.csv' : 'corpus.txt';
    it(`${format}: hostile abstracts cost no more than ordinary ones of the same size`, () => {
      // Warm-up: the tagger's lexicon loads on first use.
      buildCpuMs(write(ordinaryPapers(20_000)), fileName);
      const ordinary = buildCpuMs(write(ordinaryPapers(SIZE + 20_000)), fileName, 2);
      for (const [name, text] of HOSTILE) {
        const hostile = buildCpuMs(write(withHostile(text, SIZE + 20_000)), fileName);
        expect(hostile, `${name}: ${hostile.toFixed(0)} ms of CPU, ordinary ${ordinary.toFixed(0)} ms`).toBeLessThan(
          BUDGET * ordinary,
        );
      }
    }, 300_000);
  }

  it('a 5,000,000-character word in CSV or trending text builds (no stack overflow) within the budget', () => {
    const big = 5_000_000;
    for (const [write, fileName] of [
      [csv, 'corpus.csv'],
      [trending, 'corpus.txt'],
    ] as const) {
      const ordinary = buildCpuMs(write(ordinaryPapers(big)), fileName);
      for (const word of ['b'.repeat(big), 'a-'.repeat(big / 2)]) {
        const hostile = buildCpuMs(write(withHostile(word, big)), fileName);
        expect(hostile, `${fileName}: ${hostile.toFixed(0)} ms of CPU, ordinary ${ordinary.toFixed(0)} ms`).toBeLessThan(
          BUDGET * ordinary,
        );
      }
    }
  }, 600_000);
});
