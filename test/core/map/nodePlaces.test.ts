import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { compactMapParts, decodeCompactMap, nodePlacesOf, parseMapFile } from '../../../src/core/map';
import { computeNodeSlots } from '../../../src/core/query/linkEnds';

const FIXTURE = 'test/golden/trending-papers.map.json';

describe('node places kept by validateMap', () => {
  test('a JSON map read by parseMapFile knows the place of each paper and keyword by id', () => {
    const map = parseMapFile(readFileSync(FIXTURE, 'utf8'), 'trending-papers.map.json');
    const places = nodePlacesOf(map);
    expect(places).toBeDefined();
    expect([...places!.papers]).toEqual(map.papers.map((p, i) => [p.id, i]));
    expect([...places!.keywords]).toEqual(map.keywords.map((k, i) => [k.id, i]));
  });

  test('so does a decoded compact map, and the index takes them instead of hashing the ids again', () => {
    const json = parseMapFile(readFileSync(FIXTURE, 'utf8'), 'trending-papers.map.json');
    const main = [...compactMapParts(json, 'm.map.bin')].find((part) => part.name === 'm.map.bin')!;
    const { map } = decodeCompactMap(main.data as Uint8Array, 'm.map.bin');
    expect(computeNodeSlots(map)).toBe(nodePlacesOf(map));
    expect(computeNodeSlots(map).papers.get(map.papers[7].id)).toBe(7);
  });

  test('a map that validateMap did not return gets its slots made from its arrays', () => {
    const json = parseMapFile(readFileSync(FIXTURE, 'utf8'), 'trending-papers.map.json');
    const copy = { ...json, papers: json.papers.slice(1) };
    expect(nodePlacesOf(copy)).toBeUndefined();
    const slots = computeNodeSlots(copy);
    expect(slots.papers.get(json.papers[1].id)).toBe(0);
    expect(slots.papers.has(json.papers[0].id)).toBe(false);
  });
});
