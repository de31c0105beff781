import { describe, expect, test } from 'vitest';
import { filterMap, indexMap } from '../../src/core/query';
import { boundsOfIds, mapBounds, visibleBounds } from '../../src/render/mapBounds';
import { smallMap } from './smallMap';

const map = smallMap();
const index = indexMap(map);
const placeOf = (id: string) => index.paperById.get(id) ?? index.keywordById.get(id);
const nodes = [...map.papers, ...map.keywords];

describe('mapBounds', () => {
  test('the whole map, with moved nodes where they were moved', () => {
    const xs = nodes.map((n) => n.x);
    const ys = nodes.map((n) => n.y);
    expect(mapBounds(map)).toEqual({ x0: Math.min(...xs), y0: Math.min(...ys), x1: Math.max(...xs), y1: Math.max(...ys) });
    const moved = new Map([['p-moe', { x: 9999, y: -9999 }]]);
    expect(mapBounds(map, moved)).toMatchObject({ x1: 9999, y0: -9999 });
  });

  test('bounds of some ids leave out unknown ones; none gives null', () => {
    const a = index.paperById.get('p-moe')!;
    const b = index.keywordById.get('k:video')!;
    expect(boundsOfIds(['p-moe', 'k:video', 'nope'], placeOf)).toEqual({
      x0: Math.min(a.x, b.x),
      y0: Math.min(a.y, b.y),
      x1: Math.max(a.x, b.x),
      y1: Math.max(a.y, b.y),
    });
    expect(boundsOfIds(['nope'], placeOf)).toBeNull();
  });

  test('what is visible: the whole map unless a filter hides the rest', () => {
    const none = filterMap(map, index, { keywords: [], mode: 'all' });
    const video = filterMap(map, index, { keywords: ['k:video'], mode: 'all' });
    expect(visibleBounds(map, none, true, placeOf)).toEqual(mapBounds(map));
    expect(visibleBounds(map, video, false, placeOf)).toEqual(mapBounds(map));
    expect(visibleBounds(map, video, true, placeOf)).toEqual(boundsOfIds([...video.papers, ...video.keywords], placeOf));
    expect(visibleBounds(map, video, true, placeOf)).not.toEqual(mapBounds(map));
  });
});
