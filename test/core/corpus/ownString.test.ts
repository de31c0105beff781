import v8 from 'node:v8';
import vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import { openAlexWork, samples } from '../../../scripts/benchReaders';
import { CorpusParser } from '../../../src/core/corpus/CorpusParser';
import { ownString } from '../../../src/core/corpus/ownString';
import type { Paper } from '../../../src/core/map';

v8.setFlagsFromString('--expose-gc');
const collect = vm.runInNewContext('gc') as () => void;

/**
 * Heap in use once garbage is collected. A small regular expression and JSON parse first: V8
 * keeps the subject of the last ones, which would hold a big text alive for a while.
 */
function settledHeap(): number {
  /a/.test('b');
  JSON.parse('1');
  collect();
  collect();
  return process.memoryUsage().heapUsed;
}

/** The bytes still in use after `make` returned its value (all else it made is garbage). */
function heldBy<T>(make: () => T): { value: T; bytes: number } {
  const before = settledHeap();
  const value = make();
  return { value, bytes: settledHeap() - before };
}

/** An 80 MB string, made in a function so that nothing else keeps it. */
const bigText = () => `\u2264${'optimal transport for domain adaptation '.repeat(2_000_000)}`;

describe('ownString', () => {
  it('gives the same text, holding nothing of the string it was cut from (a plain cut holds all of it)', () => {
    const own = heldBy(() => ownString(bigText().slice(1, 80)));
    expect(own.value).toBe('optimal transport for domain adaptation optimal transport for domain adaptation');
    expect(own.bytes).toBeLessThan(1e6);
    // The check can fail: a plain cut keeps its 160 MB parent (two bytes a character).
    const cut = heldBy(() => bigText().slice(1, 80));
    expect(cut.bytes).toBeGreaterThan(100e6);
    expect(ownString('')).toBe('');
    expect(ownString('a')).toBe('a');
  });

  it('lets the text of an OpenAlex API response go once its papers are read (they held all of it)', () => {
    const works = 2000;
    // 11.5 kB a work, with characters past Latin-1: 23 M characters, 46 MB.
    const text = () => JSON.stringify({ meta: { count: works }, results: samples(works).map(openAlexWork), group_by: [] });
    let size = 0;
    const { value: papers, bytes } = heldBy(() => {
      const all = text();
      size = all.length * 2;
      const parser = new CorpusParser({ fileName: 'works.json' });
      for (let i = 0; i < all.length; i += 1 << 20) parser.push(all.slice(i, i + (1 << 20)));
      return parser.end().papers as Paper[];
    });
    expect(papers).toHaveLength(works);
    expect(size).toBeGreaterThan(40e6);
    // The papers' own strings take about 6 MB (a 1,000-character abstract, a title, authors…);
    // before ownString they kept the whole response alive, 52 MB.
    expect(bytes, `${bytes} bytes held`).toBeLessThan(size / 4);
  });
});
