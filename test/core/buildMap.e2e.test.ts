import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runBuildMap } from '../../scripts/buildMap';
import { termKey, variantKey } from '../../src/core/keywords';
import { type MapFile, parseMapFile } from '../../src/core/map';
import { captureIo } from '../helpers/captureIo';

// The seed corpus through the real command, twice: the map the app opens by default.
const SEED = 'data/trending-papers.txt';
let dir: string;
let text: string;
let map: MapFile;
let summary: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'seed-map-'));
  const capture = captureIo();
  expect(runBuildMap(['--input', SEED, '--output', join(dir, 'a.json')], capture.io)).toBe(0);
  summary = capture.err();
  text = readFileSync(join(dir, 'a.json'), 'utf8');
  map = parseMapFile(text, 'a.json');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the seed map (data/trending-papers.txt)', () => {
  it('has all 97 papers with exact titles, in input order', () => {
    expect(map.papers).toHaveLength(97);
    expect(map.papers[0].title).toBe('Muon is Scalable for LLM Training');
    const lines = readFileSync(SEED, 'utf8').split('\n');
    // Titles are the odd lines after the two lines of page chrome (the first glued to "Subscribe").
    const titles = lines
      .slice(2)
      .filter((_, i) => i % 2 === 0)
      .map((t) => t.replace(/^Subscribe/, '').trim())
      .filter(Boolean);
    expect(map.papers.map((p) => p.title)).toEqual(titles);
    expect(new Set(map.papers.map((p) => p.id)).size).toBe(97);
  });

  it('links every paper to a keyword node and nearly all to two, with 60 to 400 keywords', () => {
    expect(map.keywords.length).toBeGreaterThanOrEqual(60);
    expect(map.keywords.length).toBeLessThanOrEqual(400);
    const degree = new Map<string, number>();
    for (const l of map.links) degree.set(l.paper, (degree.get(l.paper) ?? 0) + 1);
    for (const p of map.papers) expect(degree.get(p.id) ?? 0, p.title).toBeGreaterThanOrEqual(1);
    // A paper whose only shared terms are words its papers share by chance ("claim", "open
    // problem") gets no link to them: keyword nodes must be topics (issue 10). Two of the 97 do.
    const underTwo = map.papers.filter((p) => (degree.get(p.id) ?? 0) < 2);
    expect(underTwo.length).toBeLessThanOrEqual(Math.floor(0.03 * map.papers.length));
    // Every keyword node stands for at least min-df papers.
    for (const k of map.keywords) expect(k.papers).toBeGreaterThanOrEqual(map.meta.settings.minDf);
  });

  it("has none of the generic nodes issue 10 found on it, and the field's topics instead", () => {
    const generic = [
      'future research',
      'release',
      'claim',
      'reader',
      'open problem',
      'updates',
      'lens',
      'face',
      'progress',
      'results',
      'users',
      'people',
      'world',
      'place',
      'today',
      'objects',
      'procedure',
      'future work',
      // A formula's symbol: "Omega(T^{2/3})" in a regret bound.
      'omega',
    ];
    const terms = map.keywords.map((k) => k.term.toLowerCase());
    expect(terms.filter((t) => generic.includes(t) || generic.includes(t.replace(/s$/, '')))).toEqual([]);
    for (const topic of [
      'quantization',
      'reinforcement learning',
      'retrieval-augmented generation',
      'scaling law',
      'optimal transport',
    ]) {
      expect(terms).toContain(topic);
    }
  });

  it('makes an acronym and its expansion one node, shown expanded, listing the acronym', () => {
    const llm = map.keywords.find((k) => k.term === 'large language models');
    expect(llm?.variants).toContain('LLMs');
    expect(map.keywords.map((k) => k.term)).not.toContain('LLMs');
    expect(map.keywords.find((k) => k.term === 'retrieval-augmented generation')?.variants).toEqual(['RAG']);
  });

  it('shows "PTQ" and "MoE" by the expansions the papers define, which the part-of-speech rules alone miss', () => {
    // "Post-training" is tagged a verb; "MoE" merges with the "Mixture-of-Expert(s)" two papers define.
    const terms = map.keywords.map((k) => k.term);
    expect(map.keywords.find((k) => k.term === 'post-training quantization')?.variants).toEqual(['PTQ']);
    const moe = map.keywords.find((k) => k.variants?.includes('MoE'));
    expect(moe && variantKey(termKey(moe.term))).toBe('mixtur expert');
    // Written once each as "Mixture-of-Expert" and "Mixture-of-Experts": the plural is shown.
    expect(moe?.term).toBe('Mixture-of-Experts');
    expect(terms).not.toContain('PTQ');
    expect(terms).not.toContain('MoE');
  });

  it('makes spelling variants and acronyms spelled with lowercase letters one node', () => {
    const terms = map.keywords.map((k) => k.term);
    expect(map.keywords.find((k) => k.term === 'vision transformers')?.variants).toContain('ViT');
    expect(map.keywords.find((k) => k.term === 'low-rank adaptation')?.variants).toEqual(
      expect.arrayContaining(['LoRA', 'Low Rank Adapters']),
    );
    expect(terms).not.toContain('ViT');
    expect(terms).not.toContain('LoRA');
    // No two nodes differ only by case, hyphens or linking words.
    const keys = map.keywords.map((k) => variantKey(termKey(k.term)));
    expect(keys.filter((k, i) => keys.indexOf(k) !== i)).toEqual([]);
  });

  it('prefers the specific phrase over the head it covers: "large language models", not also "language models"', () => {
    const terms = map.keywords.map((k) => k.term);
    expect(terms).toContain('large language models');
    expect(terms).not.toContain('language models');
  });

  it('has no two nodes for one thing: a term inside another, linking the same papers ("Adam", "Adam optimizer")', () => {
    const papersOf = new Map<string, string>();
    for (const k of map.keywords)
      papersOf.set(
        k.id,
        map.links
          .filter((l) => l.keyword === k.id)
          .map((l) => l.paper)
          .sort()
          .join(' '),
      );
    const pairs: string[] = [];
    for (const a of map.keywords)
      for (const b of map.keywords) {
        const inside = ` ${b.id.slice(2)} `.includes(` ${a.id.slice(2)} `);
        if (a !== b && inside && papersOf.get(a.id) === papersOf.get(b.id)) pairs.push(`${a.term} / ${b.term}`);
      }
    expect(pairs).toEqual([]);
    expect(map.keywords.map((k) => k.term)).toEqual(expect.arrayContaining(['Adam', 'SFT']));
  });

  it("reports the map's modularity and each cluster's cohesion", () => {
    expect(map.meta.modularity).toBeGreaterThan(0.3);
    for (const c of map.clusters) expect(c.cohesion).toBeGreaterThan(0);
    // No term names two clusters.
    const terms = map.clusters.flatMap((c) => c.label.split(' · '));
    expect(new Set(terms).size).toBe(terms.length);
  });

  it('gives each paper up to ten real key phrases, best first', () => {
    for (const p of map.papers) {
      expect(p.keywords.length).toBeGreaterThan(0);
      expect(p.keywords.length).toBeLessThanOrEqual(10);
      const scores = p.keywords.map((k) => k.score);
      expect([...scores].sort((a, b) => b - a)).toEqual(scores);
    }
    const muon = map.papers[0].keywords.map((k) => k.term.toLowerCase());
    expect(muon).toContain('muon');
    const all = new Set(map.papers.flatMap((p) => p.keywords.map((k) => k.term.toLowerCase())));
    for (const boilerplate of ['paper', 'approach', 'results', 'propose', 'state of the art', 'method']) {
      expect(all.has(boilerplate), boilerplate).toBe(false);
    }
  });

  it('puts every node in a labelled cluster', () => {
    expect(map.clusters.length).toBeGreaterThanOrEqual(3);
    const ids = new Set(map.clusters.map((c) => c.id));
    for (const n of [...map.papers, ...map.keywords]) expect(ids.has(n.cluster)).toBe(true);
    for (const c of map.clusters) {
      expect(c.label.length).toBeGreaterThan(2);
      expect(c.size).toBe(map.papers.filter((p) => p.cluster === c.id).length);
    }
  });

  it('records settings, a corpus hash and counts, and prints a summary', () => {
    expect(map.meta.source).toBe('trending-papers.txt');
    expect(map.meta.corpusHash).toMatch(/^fnv1a64:[0-9a-f]{16}$/);
    expect(map.meta.settings).toEqual({ topK: 10, minDf: 2, maxKeywords: 300, resolution: 1, seed: 42 });
    expect(summary).toMatch(/97 papers, \d+ keywords, \d+ links, \d+ co-occurrences, \d+ clusters in [\d.]+ s/);
  });

  it('rebuilds byte for byte, and a different seed moves the layout', () => {
    const again = captureIo();
    expect(runBuildMap(['--quiet', '--input', SEED, '--output', join(dir, 'b.json')], again.io)).toBe(0);
    expect(readFileSync(join(dir, 'b.json'), 'utf8')).toBe(text);
    const other = captureIo();
    expect(runBuildMap(['--quiet', '--input', SEED, '--output', join(dir, 'c.json'), '--seed', '7'], other.io)).toBe(0);
    const moved = parseMapFile(readFileSync(join(dir, 'c.json'), 'utf8'), 'c.json');
    expect(moved.papers.map((p) => [p.x, p.y])).not.toEqual(map.papers.map((p) => [p.x, p.y]));
  });
});
