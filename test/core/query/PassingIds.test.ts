import { describe, expect, test } from 'vitest';
import { PassingIds } from '../../../src/core/query/PassingIds';

const items = [{ id: 'a' }, { id: 'b' }, { id: 'c' }, { id: 'd' }];
const place = new Map(items.map((p, i) => [p.id, i]));

describe('PassingIds', () => {
  test('a set of the marked items: has, size, and every way of iterating in their order', () => {
    const ids = new PassingIds(items, place, Uint8Array.from([0, 1, 0, 1]), 2);
    expect(ids.size).toBe(2);
    expect(['a', 'b', 'c', 'd', 'zz'].map((id) => ids.has(id))).toEqual([false, true, false, true, false]);
    expect([...ids]).toEqual(['b', 'd']);
    expect([...ids.values()]).toEqual(['b', 'd']);
    expect([...ids.keys()]).toEqual(['b', 'd']);
    expect([...ids.entries()]).toEqual([
      ['b', 'b'],
      ['d', 'd'],
    ]);
    const seen: string[] = [];
    ids.forEach((v, k, set) => {
      expect(set).toBe(ids);
      seen.push(`${k}=${v}`);
    });
    expect(seen).toEqual(['b=b', 'd=d']);
    expect(new Set(ids)).toEqual(new Set(['b', 'd']));
  });

  test('marks that do not match the items are an error naming both lengths', () => {
    expect(() => new PassingIds(items, place, new Uint8Array(3), 0)).toThrow('PassingIds: 3 marks for 4 items');
  });
});
