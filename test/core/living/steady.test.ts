import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildMap, serializeMap } from '../../../src/core/buildMap';
import type { Curation } from '../../../src/core/curation';
import type { MapFile } from '../../../src/core/map';

// The bundled corpus: a curation edit in the app rebuilds the map on screen with `steady`.
const text = readFileSync('data/trending-papers.txt', 'utf8');
const build = (options: { steady?: MapFile; curation?: Curation } = {}): MapFile =>
  buildMap(text, { fileName: 'trending-papers.txt', toolVersion: 'test', ...options }).map;
const removing = (...terms: string[]): Curation => ({ stopwords: terms, synonyms: [], clusterNames: [] });

/** Papers whose cluster id (so colour) changed, and each paper's move as a share of the old map's width. */
function drift(before: MapFile, after: MapFile): { recoloured: number; moves: number[] } {
  const old = new Map(before.papers.map((p) => [p.id, p]));
  const xs = before.papers.map((p) => p.x);
  const width = Math.max(...xs) - Math.min(...xs);
  let recoloured = 0;
  const moves = after.papers.map((p) => {
    const o = old.get(p.id) as MapFile['papers'][number];
    if (o.cluster !== p.cluster) recoloured++;
    return Math.hypot(p.x - o.x, p.y - o.y) / width;
  });
  return { recoloured, moves: moves.sort((a, b) => a - b) };
}

describe('a curation edit built to stay close to the map on screen (steady)', () => {
  const map = build();
  const top = [...map.keywords].sort((a, b) => b.papers - a.papers);

  it('removing the most-linked keyword keeps nearly every paper in its cluster and in its place', () => {
    const curation = removing(top[0].term);
    const edited = build({ steady: map, curation });
    expect(edited.keywords.some((k) => k.id === top[0].id)).toBe(false);
    const { recoloured, moves } = drift(map, edited);
    expect(recoloured).toBeLessThanOrEqual(5);
    expect(moves[Math.floor(moves.length / 2)]).toBeLessThan(0.02);
    expect(moves[Math.floor(moves.length * 0.9)]).toBeLessThan(0.05);
    // An edit, not an update: nothing recorded, and the curation is the one given.
    expect(edited.changes).toBeUndefined();
    expect(edited.curation).toEqual(curation);
  });

  it('a merge too', () => {
    const edited = build({
      steady: map,
      curation: { stopwords: [], synonyms: [{ from: top[5].term, to: top[6].term }], clusterNames: [] },
    });
    expect(edited.keywords.some((k) => k.id === top[5].id)).toBe(false);
    const { recoloured, moves } = drift(map, edited);
    expect(recoloured).toBeLessThanOrEqual(5);
    expect(moves[Math.floor(moves.length / 2)]).toBeLessThan(0.02);
  });

  it('names clusters afresh: a removed keyword leaves the cluster names it was in', () => {
    const named = map.clusters.find((c) => c.label.split(' · ').length > 1) as MapFile['clusters'][number];
    const term = named.label.split(' · ')[0];
    const edited = build({ steady: map, curation: removing(term) });
    for (const cluster of edited.clusters) expect(cluster.label.split(' · ')).not.toContain(term);
  });

  it('gives the map on screen again, byte for byte, when the edit changes nothing', () => {
    expect(serializeMap(build({ steady: map }))).toBe(serializeMap(map));
  });

  it('a cluster rename changes the name and nothing else, on a map an edit made too', () => {
    const edited = build({ steady: map, curation: removing(top[0].term) });
    for (const [onScreen, stopwords] of [
      [map, []],
      [edited, [top[0].term]],
    ] as const) {
      const cluster = onScreen.clusters[1];
      const renames = [{ keyword: cluster.topKeywords[0], name: 'My topic' }];
      const renamed = build({ steady: onScreen, curation: { stopwords: [...stopwords], synonyms: [], clusterNames: renames } });
      expect(renamed.clusters.find((c) => c.id === cluster.id)?.label).toBe('My topic');
      const unnamed = {
        ...renamed,
        clusters: renamed.clusters.map((c) => (c.id === cluster.id ? { ...c, label: cluster.label } : c)),
      };
      expect(serializeMap({ ...unnamed, curation: onScreen.curation })).toBe(serializeMap(onScreen));
    }
  });

  it('an edit undone comes back close to where it started', () => {
    const edited = build({ steady: map, curation: removing(top[0].term) });
    const undone = build({ steady: edited, curation: removing() });
    const { recoloured, moves } = drift(map, undone);
    expect(recoloured).toBeLessThanOrEqual(5);
    expect(moves[Math.floor(moves.length * 0.9)]).toBeLessThan(0.05);
    expect(undone.keywords.map((k) => k.id).sort()).toEqual(map.keywords.map((k) => k.id).sort());
  });
});

describe('steady: a map with papers left unclustered', () => {
  // 80 medical abstracts and one made of words no other paper has: it has nothing to be clustered by.
  const lines = readFileSync('../shared/eval/medical-abstracts.jsonl', 'utf8').split('\n').slice(0, 80);
  const loner = {
    title: 'Zorvex quillibrant',
    abstract: 'Plimsquat vorrendage ablutrix quonderfell yrrimax. Snorbulent graphotic wemblefrass.',
  };
  const text = `${[...lines, JSON.stringify(loner)].join('\n')}\n`;
  const build = (options: { steady?: MapFile; curation?: Curation } = {}): MapFile =>
    buildMap(text, { fileName: 'medical.jsonl', toolVersion: 'test', ...options }).map;
  const map = build();
  const catchAll = map.clusters.find((c) => c.label === 'Unclustered') as MapFile['clusters'][number];

  it('keeps the catch-all cluster as it was through an edit that changes nothing and a rename', () => {
    expect(catchAll).toBeDefined();
    expect(map.papers.filter((p) => p.cluster === catchAll.id).map((p) => p.title)).toContain(loner.title);
    expect(serializeMap(build({ steady: map }))).toBe(serializeMap(map));
    const cluster = map.clusters.find((c) => c.id !== catchAll.id) as MapFile['clusters'][number];
    const curation: Curation = {
      stopwords: [],
      synonyms: [],
      clusterNames: [{ keyword: cluster.topKeywords[0], name: 'Named' }],
    };
    const renamed = build({ steady: map, curation });
    expect(renamed.papers.map((p) => [p.cluster, p.x, p.y])).toEqual(map.papers.map((p) => [p.cluster, p.x, p.y]));
    expect(renamed.clusters.find((c) => c.id === catchAll.id)?.label).toBe('Unclustered');
  });
});
