import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runBuildMap, runBuildMapThreaded } from '../../../scripts/buildMap';
import { computeKeywordsParallel, workersStarted } from '../../../scripts/lib/parallel/computeKeywordsParallel';
import { parseCorpus } from '../../../src/core/corpus';
import { computeKeywords } from '../../../src/core/keywords';
import { seededRandom } from '../../../src/core/util';
import { captureIo } from '../../helpers/captureIo';

const dir = mkdtempSync(join(tmpdir(), 'parallel-keywords-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/**
 * 420 papers made from the seed corpus's 97 (seeded): each takes a seed paper's title with words
 * of another's, and sentences of several abstracts, so terms recur across papers, forms differ in
 * case ("Transformer" opening a sentence) and every run of papers meets terms the runs before it
 * did not.
 */
function corpus(): { title: string; abstract: string; id: string; year: number }[] {
  const seed = parseCorpus(readFileSync('data/trending-papers.txt', 'utf8'), { fileName: 'trending-papers.txt' }).papers;
  const sentences = seed.flatMap((p) => p.abstract.split(/(?<=[.!?])\s+/));
  const random = seededRandom(17);
  const pick = <T>(items: T[]): T => items[Math.floor(random() * items.length)];
  return Array.from({ length: 420 }, (_, i) => {
    const other = pick(seed).title.split(' ').slice(0, 3).join(' ');
    return {
      id: `p${i + 1}`,
      title: `${seed[i % seed.length].title}: ${other} ${i + 1}`,
      abstract: Array.from({ length: 3 + Math.floor(random() * 5) }, () => pick(sentences)).join(' '),
      year: 2000 + (i % 25),
    };
  });
}

describe('the keyword stage on worker threads', () => {
  const papers = corpus();

  it('gives the index computeKeywords gives, for any number of threads and run size', async () => {
    const single = JSON.stringify(computeKeywords(papers));
    const before = workersStarted();
    // Odd run sizes: runs end mid-way through the seed's papers; the last run is short.
    for (const [threads, chunkSize] of [
      [2, 37],
      [3, 100],
      [1, 64],
    ]) {
      const parallel = JSON.stringify(await computeKeywordsParallel(papers, { threads, chunkSize }));
      expect(parallel === single, `threads ${threads}, runs of ${chunkSize}`).toBe(true);
    }
    expect(workersStarted() - before).toBe(6);
  }, 120_000);

  it('reads author keywords as evidence on the threads as in one pass', async () => {
    // Every third paper carries author keywords, one of which no title or abstract has.
    const withKeywords = papers
      .slice(0, 150)
      .map((p, i) => (i % 3 === 0 ? { ...p, authorKeywords: ['quantum annealing schedules', p.title.split(':')[0]] } : p));
    const single = computeKeywords(withKeywords);
    expect(single.vocabulary.some((t) => t.term === 'quantum annealing schedules')).toBe(true);
    const parallel = await computeKeywordsParallel(withKeywords, { threads: 2, chunkSize: 40 });
    expect(JSON.stringify(parallel) === JSON.stringify(single)).toBe(true);
  }, 120_000);

  it('reports progress in papers, in order, up to all of them', async () => {
    const seen: number[] = [];
    await computeKeywordsParallel(papers.slice(0, 200), { threads: 2, chunkSize: 50, onProgress: (done) => seen.push(done) });
    expect(seen).toEqual([50, 100, 150, 200]);
  }, 120_000);

  it('build:map --threads 2 writes the same map file as one thread, byte for byte', async () => {
    const input = join(dir, 'papers.jsonl');
    writeFileSync(input, `${papers.map((p) => JSON.stringify(p)).join('\n')}\n`);
    const one = captureIo();
    expect(
      runBuildMap(['--quiet', '--threads', '1', '--input', input, '--output', join(dir, 'one.json')], one.io),
      one.err(),
    ).toBe(0);
    const before = workersStarted();
    const two = captureIo();
    const code = await runBuildMapThreaded(
      ['--quiet', '--threads', '2', '--input', input, '--output', join(dir, 'two.json')],
      two.io,
    );
    expect(code, two.err()).toBe(0);
    // The threaded path ran: 420 papers in runs of 53 over 2 workers.
    expect(workersStarted() - before).toBe(2);
    const a = readFileSync(join(dir, 'one.json'));
    const b = readFileSync(join(dir, 'two.json'));
    expect(a.length).toBeGreaterThan(100_000);
    expect(b.equals(a)).toBe(true);
    // Not a map without keywords: the comparison covers the keyword stage's output.
    const map = JSON.parse(a.toString('utf8')) as { keywords: unknown[]; links: unknown[] };
    expect(map.keywords.length).toBeGreaterThan(20);
    expect(map.links.length).toBeGreaterThan(400);
    // The same summary and warnings, but for the output's name and the time taken.
    const summary = (text: string): string => text.replace(/(one|two)\.json/g, 'out.json').replace(/ in [\d.]+ s/, ' in N s');
    expect(summary(two.err())).toBe(summary(one.err()));
  }, 180_000);

  it('refuses --threads 0 with a usage error', async () => {
    const io = captureIo();
    expect(await runBuildMapThreaded(['--threads', '0', '--input', 'x.jsonl'], io.io)).toBe(2);
    expect(io.err()).toMatch(/--threads must be a whole number >= 1, got "0"/);
  });
});
