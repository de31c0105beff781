import { afterEach, describe, expect, it, vi } from 'vitest';
import { indexMap, searchMap } from '../../src/core/query';
import type { MapFile } from '../../src/core/map';
import { resetMapStore, useMapStore } from '../../src/store/useMapStore';
import { fixtureMap } from './fixtureMap';

afterEach(() => resetMapStore());

/** The fixture map, counting how often its links are read through (each table build reads them once). */
function countedMap(): { map: MapFile; reads: () => number } {
  const map = fixtureMap();
  let reads = 0;
  const links = new Proxy(map.links, {
    get(target, key, receiver) {
      if (key === Symbol.iterator) reads++;
      return Reflect.get(target, key, receiver);
    },
  });
  return { map: { ...map, links }, reads: () => reads };
}

describe('indexMap', () => {
  it('builds the link tables on first use, once, with each paper’s keywords strongest first', () => {
    const { map, reads } = countedMap();
    const index = indexMap(map);
    expect(index.paperById.get('p-video')?.id).toBe('p-video');
    expect(reads()).toBe(0);
    const links = index.keywordsOfPaper.get('p-video') ?? [];
    expect(reads()).toBe(1);
    const expected = map.links
      .filter((l) => l.paper === 'p-video')
      .sort((a, b) => b.weight - a.weight || (a.keyword < b.keyword ? -1 : 1))
      .map((l) => ({ keywordId: l.keyword, weight: l.weight }));
    expect(links.length).toBeGreaterThan(0);
    expect(links).toEqual(expected);
    expect(index.papersOfKeyword.get(links[0].keywordId)?.some((l) => l.paperId === 'p-video')).toBe(true);
    expect(reads()).toBe(1);
  });
});

describe('loading a map', () => {
  it('builds the deferred tables after the paint without anyone asking', async () => {
    const { map, reads } = countedMap();
    useMapStore.getState().setMap(map, 'small.map.json');
    expect(reads()).toBe(0);
    await vi.waitFor(() => expect(reads()).toBe(1), { timeout: 50_000 });
    // All parts warmed: the last one (keywords of a cluster) is ready too.
    const index = useMapStore.getState().index!;
    expect(index.keywordsOfCluster.size).toBeGreaterThan(0);
    expect(reads()).toBe(1);
  });

  it('search finds a paper right after the load, before the tables are warmed', () => {
    const { map, reads } = countedMap();
    useMapStore.getState().setMap(map, 'small.map.json');
    const { index } = useMapStore.getState();
    const hits = searchMap(map, index!, 'video diffusion');
    expect(hits.some((h) => h.kind === 'paper' && h.id === 'p-video')).toBe(true);
    expect(reads()).toBe(1);
  });

  it('stops warming the tables of a map that another map replaced', async () => {
    const first = countedMap();
    const second = countedMap();
    useMapStore.getState().setMap(first.map, 'first.map.json');
    useMapStore.getState().setMap(second.map, 'second.map.json');
    await vi.waitFor(() => expect(second.reads()).toBe(1), { timeout: 50_000 });
    expect(first.reads()).toBe(0);
  });
});
