import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildMap } from '../../../src/core/buildMap';
import { type MapFile, parseMapFile } from '../../../src/core/map';
import { createPlaceIndex, placePaper, parsePlaceInput, computePaperPhrases, PLACE_CONFIG } from '../../../src/core/place';
import { termKey } from '../../../src/core/keywords';

const SEED = new URL('../../golden/trending-papers.map.json', import.meta.url);
const CACM = new URL('../../../../shared/eval/cacm-dated.jsonl', import.meta.url);

function seedMap(): MapFile {
  return parseMapFile(readFileSync(SEED, 'utf8'), 'trending-papers.map.json');
}

/** A map built from the first `count` CACM abstracts (real papers, another field than the seed's). */
function cacmMap(count: number): MapFile {
  const lines = readFileSync(CACM, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .slice(0, count);
  return buildMap(lines.join('\n'), { fileName: 'cacm.jsonl', toolVersion: 'test' }).map;
}

function width(map: MapFile): number {
  const xs = map.papers.map((p) => p.x);
  const ys = map.papers.map((p) => p.y);
  return Math.max(Math.max(...xs) - Math.min(...xs), Math.max(...ys) - Math.min(...ys));
}

/** Every paper of the map placed again: the share found first, in its own cluster, and how far from itself. */
function placeEveryPaper(map: MapFile) {
  const index = createPlaceIndex(map);
  const w = width(map);
  const misses: string[] = [];
  const distances: number[] = [];
  for (const paper of map.papers) {
    const placed = placePaper(map, paper, { index });
    if (placed.similar[0]?.id !== paper.id) misses.push(`${paper.id}: first ${placed.similar[0]?.id}`);
    if (placed.cluster?.id !== paper.cluster)
      misses.push(`${paper.id}: cluster ${placed.cluster?.id}, on the map ${paper.cluster}`);
    if (!placed.position) misses.push(`${paper.id}: not placed`);
    else distances.push(Math.hypot(placed.position.x - paper.x, placed.position.y - paper.y) / w);
  }
  distances.sort((a, b) => a - b);
  return { misses, median: distances[distances.length >> 1], p90: distances[Math.floor(distances.length * 0.9)] };
}

describe('placePaper', () => {
  it('places every paper of the seed map next to itself, in its own cluster', () => {
    const { misses, median, p90 } = placeEveryPaper(seedMap());
    expect(misses).toEqual([]);
    // Measured 0.05% and 0.8% of the map's width; a paper's neighbourhood is a few percent.
    expect(median).toBeLessThan(0.005);
    expect(p90).toBeLessThan(0.03);
  });

  it('places every paper of a built map of CACM abstracts next to itself, in its own cluster', () => {
    const { misses, median, p90 } = placeEveryPaper(cacmMap(400));
    expect(misses).toEqual([]);
    expect(median).toBeLessThan(0.005);
    expect(p90).toBeLessThan(0.03);
  }, 120_000);

  it('lists similar papers most similar first, with phrases both papers have', () => {
    const map = seedMap();
    const index = createPlaceIndex(map);
    const paper = map.papers[5];
    // The paper's own text, shortened: no longer itself, still of its topic.
    const placed = placePaper(map, { title: paper.title, abstract: paper.abstract.slice(0, 400) }, { index });
    expect(placed.similar.length).toBe(PLACE_CONFIG.similar);
    const sims = placed.similar.map((s) => s.similarity);
    expect(sims).toEqual([...sims].sort((a, b) => b - a));
    expect(sims[0]).toBeGreaterThan(0);
    expect(sims[0]).toBeLessThanOrEqual(1);
    const phrases = new Set(
      computePaperPhrases({ title: paper.title, abstract: paper.abstract.slice(0, 400) }, index).map((p) => p.key),
    );
    for (const similar of placed.similar) {
      expect(similar.shared.length).toBeGreaterThan(0);
      const mapPaper = map.papers.find((p) => p.id === similar.id)!;
      const its = new Set([
        ...mapPaper.keywords.map((k) => termKey(k.term)),
        ...map.links.filter((l) => l.paper === similar.id).map((l) => l.keyword.slice(2)),
      ]);
      for (const phrase of similar.shared) {
        const key = index.termKeys[index.termOf.get(termKey(phrase))!];
        expect(phrases.has(key), `${phrase} is the placed paper's`).toBe(true);
        expect(its.has(key) || its.has(termKey(phrase)), `${phrase} is ${similar.id}'s`).toBe(true);
      }
    }
  });

  it('ranks a paper sharing more of the text above one sharing less', () => {
    const map = seedMap();
    const index = createPlaceIndex(map);
    const [a, b] = [map.papers[0], map.papers[1]];
    // Mostly a's text with a little of b's.
    const placed = placePaper(map, { title: a.title, abstract: `${a.abstract} ${b.abstract.slice(0, 300)}` }, { index });
    const rank = (id: string) => placed.similar.findIndex((s) => s.id === id);
    expect(rank(a.id)).toBe(0);
    expect(rank(b.id)).toBeGreaterThan(0);
  });

  it('names the nearest cluster, and as unused phrases only its keyword nodes the paper lacks', () => {
    const map = seedMap();
    const paper = map.papers[10];
    const placed = placePaper(map, paper);
    const cluster = map.clusters.find((c) => c.id === placed.cluster?.id)!;
    expect(placed.cluster).toMatchObject({ id: cluster.id, label: cluster.label });
    expect(placed.cluster!.similarity).toBeGreaterThan(0);
    expect(placed.unused.length).toBeGreaterThan(0);
    const own = new Set(computePaperPhrases(paper, createPlaceIndex(map)).map((p) => p.key));
    const clusterTerms = new Set(map.keywords.filter((k) => k.cluster === cluster.id).map((k) => k.term));
    for (const term of placed.unused) {
      expect(clusterTerms.has(term)).toBe(true);
      expect(own.has(termKey(term))).toBe(false);
    }
  });

  it('counts a cluster phrase inside a longer phrase of the paper as used', () => {
    const map = seedMap();
    const text = {
      title: 'Speculative decoding for faster inference of large language models',
      abstract:
        'A small draft model proposes tokens that the target model verifies, reducing latency on GPUs. ' +
        'Experiments on long sequence lengths show higher throughput with KV cache quantization.',
    };
    const placed = placePaper(map, text);
    const clusterId = placed.cluster?.id;
    expect(clusterId).toBeDefined();
    const ownKeys = new Set(placed.keyPhrases.map(termKey));
    // The nearest cluster's keyword nodes that the paper never names as a phrase of its own, but
    // writes inside a longer one of its phrases ("quantization" in "KV cache quantization").
    const inside = map.keywords.filter(
      (k) =>
        k.cluster === clusterId &&
        !ownKeys.has(termKey(k.term)) &&
        placed.keyPhrases.some((phrase) => phrase.toLowerCase().includes(` ${k.term.toLowerCase()}`)),
    );
    expect(inside.length).toBeGreaterThan(0);
    for (const keyword of inside) expect(placed.unused).not.toContain(keyword.term);
    expect(placed.unused.length).toBeGreaterThan(0);
  });

  it('is deterministic and changes nothing on the map', () => {
    const map = seedMap();
    const before = JSON.stringify(map);
    const input = {
      title: 'Faster attention for long sequences',
      abstract: 'We make attention kernels faster on GPU memory for long sequence lengths with FlashAttention and quantization.',
    };
    const once = placePaper(map, input);
    const index = createPlaceIndex(map);
    expect(placePaper(map, input, { index })).toEqual(once);
    expect(placePaper(map, input, { index })).toEqual(once);
    expect(JSON.stringify(map)).toBe(before);
    expect(once.position).not.toBeNull();
  });

  it('places nothing for a paper that shares no phrase with the map', () => {
    const map = seedMap();
    const placed = placePaper(map, {
      title: 'Bovine grazing habits',
      abstract: 'Cows graze meadows of clover at dawn in alpine pastures.',
    });
    expect(placed.position).toBeNull();
    expect(placed.cluster).toBeNull();
    expect(placed.similar).toEqual([]);
    expect(placed.keyPhrases.length).toBeGreaterThan(0);
  });

  it('refuses an index made for another map', () => {
    const map = seedMap();
    expect(() => placePaper(seedMap(), map.papers[0], { index: createPlaceIndex(map) })).toThrow(/another map/);
  });

  it('places a BibTeX entry as its title and abstract', () => {
    const map = seedMap();
    const paper = map.papers[3];
    const bib = `@article{x,\n  title = {${paper.title}},\n  abstract = {${paper.abstract}},\n  year = {2025}\n}\n`;
    const input = parsePlaceInput(bib, 'paper.bib');
    expect(input.title).toBe(paper.title);
    expect(placePaper(map, input).similar[0].id).toBe(paper.id);
  });
});
