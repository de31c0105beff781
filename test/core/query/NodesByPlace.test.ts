import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parseMapFile } from '../../../src/core/map';
import { indexMap } from '../../../src/core/query';
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
