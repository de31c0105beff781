import { describe, expect, test } from 'vitest';
import { filterMap, indexMap } from '../../src/core/query';
import { boundsOfIds, boundsOfMatches, mapBounds, visibleBounds } from '../../src/render/mapBounds';
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

  test('the matches by place: the bounds of the papers that pass, moved ones where they were moved', () => {
    const video = filterMap(map, index, { keywords: ['k:video'], mode: 'all' });
    expect(video.paperPasses).toBeDefined();
    expect(video.papers.size).toBeGreaterThan(1);
    const byIds = boundsOfIds(video.papers, placeOf);
    expect(boundsOfMatches(map, video, placeOf)).toEqual(byIds);
    expect(boundsOfMatches(map, video, placeOf)).not.toEqual(mapBounds(map));
    // A result without the sets by place gives the same, by id.
    const { paperPasses: _, ...byId } = video;
    expect(boundsOfMatches(map, byId, placeOf)).toEqual(byIds);
    const first = [...video.papers][0];
    const moved = new Map([[first, { x: 9999, y: -9999 }]]);
    const movedPlace = (id: string) => moved.get(id) ?? placeOf(id);
    expect(boundsOfMatches(map, video, movedPlace, moved)).toEqual(boundsOfIds(video.papers, movedPlace));
    expect(boundsOfMatches(map, video, movedPlace, moved)).toMatchObject({ x1: 9999, y0: -9999 });
    expect(boundsOfMatches(map, filterMap(map, index, { keywords: [], mode: 'all' }), placeOf)).toBeNull();
  });
});
