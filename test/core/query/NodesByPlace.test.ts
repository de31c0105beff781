import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parseMapFile } from '../../../src/core/map';
import { filterMap, indexMap } from '../../../src/core/query';
import { IdsOfPlaces } from '../../../src/core/query/IdsOfPlaces';
import { NodesByPlace } from '../../../src/core/query/NodesByPlace';

describe('NodesByPlace', () => {
  test('answers as a Map from id to node would, in the same order', () => {
    const nodes = [{ id: 'a' }, { id: 'b' }, { id: 'c' }];
    const byPlace = new NodesByPlace(new Map(nodes.map((n, i) => [n.id, i])), nodes);
    const plain = new Map(nodes.map((n) => [n.id, n]));
    expect(byPlace.size).toBe(3);
    expect(byPlace.get('b')).toBe(nodes[1]);
    expect(byPlace.get('z')).toBeUndefined();
    expect([byPlace.has('c'), byPlace.has('z')]).toEqual([true, false]);
    expect([...byPlace]).toEqual([...plain]);
    expect([...byPlace.keys()]).toEqual([...plain.keys()]);
    expect([...byPlace.values()]).toEqual([...plain.values()]);
    const seen: string[] = [];
    byPlace.forEach((node, id, map) => {
      expect(map).toBe(byPlace);
      seen.push(`${id}=${node.id}`);
    });
    expect(seen).toEqual(['a=a', 'b=b', 'c=c']);
  });

  test("the index's paperById finds every paper of a map by its id", () => {
    const map = parseMapFile(readFileSync('test/golden/trending-papers.map.json', 'utf8'), 'trending-papers.map.json');
    const { paperById } = indexMap(map);
    expect(paperById.size).toBe(map.papers.length);
    for (const p of map.papers) expect(paperById.get(p.id)).toBe(p);
    expect([...paperById.keys()]).toEqual(map.papers.map((p) => p.id));
  });
});

describe('IdsOfPlaces', () => {
  test('answers as a Set of the ids would, in the same order', () => {
    const places = new Map([
      ['p2', 0],
      ['p1', 1],
    ]);
    const ids = new IdsOfPlaces(places);
    const plain = new Set(['p2', 'p1']);
    expect(ids.size).toBe(2);
    expect([ids.has('p1'), ids.has('p3')]).toEqual([true, false]);
    expect([...ids]).toEqual([...plain]);
    expect([...ids.values()]).toEqual([...plain.values()]);
    expect([...ids.entries()]).toEqual([...plain.entries()]);
    const seen: string[] = [];
    ids.forEach((v, k, set) => {
      expect(set).toBe(ids);
      seen.push(`${k}=${v}`);
    });
    expect(seen).toEqual(['p2=p2', 'p1=p1']);
  });

  test("an inactive filter's sets of a validated map are its id tables, with every paper and keyword", () => {
    const map = parseMapFile(readFileSync('test/golden/trending-papers.map.json', 'utf8'), 'trending-papers.map.json');
    const result = filterMap(map, indexMap(map), { keywords: [], mode: 'all' });
    expect(result.active).toBe(false);
    expect(result.papers).toBeInstanceOf(IdsOfPlaces);
    expect([...result.papers]).toEqual(map.papers.map((p) => p.id));
    expect([...result.keywords]).toEqual(map.keywords.map((k) => k.id));
  });
});
