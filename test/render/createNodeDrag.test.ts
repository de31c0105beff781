import { describe, expect, test } from 'vitest';
import { indexMap } from '../../src/core/query';
import type { createDragSimulation } from '../../src/render/createDragSimulation';
import { createNodeDrag } from '../../src/render/createNodeDrag';
import { dragNeighbourhood } from '../../src/render/dragNeighbourhood';
import { smallMap } from './smallMap';

const map = smallMap();
const index = indexMap(map);

describe('dragNeighbourhood', () => {
  test('the node and its neighbours move; their other neighbours anchor them', () => {
    const { free, anchors, links } = dragNeighbourhood(index, 'p-moe');
    const keywords = index.keywordsOfPaper.get('p-moe')!.map((l) => l.keywordId);
    expect([...free].sort()).toEqual(['p-moe', ...keywords].sort());
    const expected = new Set(
      keywords.flatMap((k) => index.papersOfKeyword.get(k)!.map((l) => l.paperId)).filter((p) => p !== 'p-moe'),
    );
    expect([...anchors].sort()).toEqual([...expected].sort());
    // Every link has a moving end and stays inside the neighbourhood.
    for (const l of links) {
      expect(free.has(l.source) || free.has(l.target)).toBe(true);
      expect((free.has(l.source) || anchors.has(l.source)) && (free.has(l.target) || anchors.has(l.target))).toBe(true);
    }
    expect(links.filter((l) => l.source === 'p-moe')).toHaveLength(keywords.length);
  });

  test('a big neighbourhood is cut at the limit', () => {
    const { free, anchors } = dragNeighbourhood(index, 'k:languag model', 2);
    expect(free.size).toBe(2);
    expect(anchors.size).toBeLessThanOrEqual(2);
  });
});

describe('createNodeDrag', () => {
  function setup() {
    const ticks: (() => void)[] = [];
    const ends: (() => void)[] = [];
    const calls: string[] = [];
    let changes = 0;
    const simulate: typeof createDragSimulation = (nodes, _links, onTick, onEnd) => {
      ticks.push(() => {
        // The simulation moves the nodes it was given, in place.
        for (const n of nodes) if (n.fx == null) n.x += 1;
        onTick();
      });
      ends.push(() => onEnd?.());
      return {
        drag: (id, x, y) => {
          calls.push(`drag ${id}`);
          const n = nodes.find((m) => m.id === id)!;
          n.x = x;
          n.y = y;
        },
        release: (id) => calls.push(`release ${id}`),
        stop: () => calls.push('stop'),
      };
    };
    const drag = createNodeDrag({ index: () => index, onChange: () => changes++, simulate });
    return { drag, ticks, ends, calls, changes: () => changes };
  }

  test('nothing moved: no positions, nodes where the map has them', () => {
    const { drag } = setup();
    expect(drag.positions()).toBeUndefined();
    expect(drag.moving()).toBeUndefined();
    expect(drag.placeOf('p-moe')).toBe(index.paperById.get('p-moe'));
  });

  test('every change of the positions comes with a new version; asking twice gives the same value', () => {
    const { drag, ticks, ends, calls, changes } = setup();
    drag.start('p-moe');
    const started = drag.positions()!;
    expect(drag.positions()).toBe(started);
    expect(drag.moving()).toEqual({ ids: dragNeighbourhood(index, 'p-moe').free, since: started.version });
    drag.move('p-moe', 5, 6);
    const moved = drag.positions()!;
    expect(moved.version).toBeGreaterThan(started.version);
    expect(moved.at.get('p-moe')).toMatchObject({ x: 5, y: 6 });
    expect(drag.placeOf('p-moe')).toMatchObject({ x: 5, y: 6 });
    ticks[0]();
    expect(drag.positions()!.version).toBeGreaterThan(moved.version);
    expect(changes()).toBe(2);
    drag.release('p-moe');
    expect(calls).toEqual(['drag p-moe', 'release p-moe']);
    // The moving nodes stay over the picture until the simulation stops.
    expect(drag.moving()).toBeDefined();
    ends[0]();
    expect(drag.moving()).toBeUndefined();
    expect(changes()).toBe(3);
  });

  test('the anchors are pinned where they are; a new map forgets every moved node', () => {
    const { drag, calls } = setup();
    drag.start('p-moe');
    const { anchors } = dragNeighbourhood(index, 'p-moe');
    for (const id of anchors) {
      const n = drag.positions()!.at.get(id) as { x: number; fx?: number | null };
      expect(n.fx).toBe(n.x);
    }
    const version = drag.positions()!.version;
    drag.reset();
    expect(calls).toContain('stop');
    expect(drag.positions()).toBeUndefined();
    expect(drag.moving()).toBeUndefined();
    drag.start('p-xss');
    // Versions never go back: a cache keyed on them cannot mistake the new positions for old ones.
    expect(drag.positions()!.version).toBeGreaterThan(version);
  });
});
