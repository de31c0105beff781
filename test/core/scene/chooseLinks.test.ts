import { describe, expect, test, vi } from 'vitest';
import { chooseLinks, type ScreenLengthMemo } from '../../../src/core/scene/chooseLinks';
import type { LinkLayer } from '../../../src/core/scene/sceneLayers';

/** Links as [x1, y1, x2, y2] in world units, in priority order. */
function layer(lines: number[][]): LinkLayer {
  const column = (i: number) => Float64Array.from(lines, (l) => l[i]);
  const none = () => new Int32Array(0);
  return {
    count: lines.length,
    length: lines.length,
    x1: column(0),
    y1: column(1),
    x2: column(2),
    y2: column(3),
    paper: new Int32Array(lines.length),
    keyword: new Int32Array(lines.length),
    group: new Uint8Array(lines.length),
    ofPaper: none,
    ofKeyword: none,
  };
}

const view = { width: 400, height: 300, k: 1, x: 0, y: 0 };

describe('chooseLinks', () => {
  test('all links in view fit: null (draw them all)', () => {
    expect(
      chooseLinks(
        layer([
          [0, 0, 100, 0],
          [0, 10, 0, 110],
        ]),
        view,
        1000,
      ),
    ).toBeNull();
  });

  test('takes links in order while their screen length fits, passing over one too long for a shorter one', () => {
    const links = layer([
      [0, 0, 100, 0], // 100 px
      [0, 50, 0, 150], // 100 px
      [0, 60, 120, 60], // 120 px: does not fit after the first two
      [10, 70, 40, 80], // 30 px: does
      [0, 90, 200, 90], // 200 px: does not
    ]);
    expect([...chooseLinks(links, view, 240)!]).toEqual([0, 1, 3]);
    // Another order: positions come back ascending all the same.
    expect([...chooseLinks(links, view, 240, [4, 3, 2, 1, 0])!]).toEqual([3, 4]);
  });

  test('links outside the view cost nothing; zooming in on a left-out link shows it', () => {
    const links = layer([
      [0, 0, 300, 0],
      [0, 100, 300, 100],
      [1000, 1000, 1100, 1000],
      [2000, 2000, 2050, 2010],
    ]);
    // The two off-screen links are not counted against the budget, nor drawn.
    expect(chooseLinks(links, view, 600)).toBeNull();
    expect([...chooseLinks(links, view, 400)!]).toEqual([0]);
    // Zoomed 4x on the last link: 200 px long, alone in the view.
    const near = { width: 400, height: 300, k: 4, x: 200 - 2025 * 4, y: 150 - 2005 * 4 };
    expect(chooseLinks(links, near, 400)).toBeNull();
    expect([...chooseLinks(links, near, 100)!]).toEqual([]);
  });

  test('links passing the filter come before faded ones; hidden ones are never drawn', () => {
    const links = layer([
      [0, 0, 100, 0],
      [0, 10, 100, 10],
      [0, 20, 100, 20],
      [0, 30, 100, 30],
    ]);
    links.group.set([1, 2, 0, 1]);
    expect([...chooseLinks(links, view, 250)!]).toEqual([0, 2]);
    expect(chooseLinks(links, view, 300)).toBeNull();
    expect(chooseLinks(links, view, 100, [1, 3])).toBeNull();
    expect([...chooseLinks(links, view, 50, [1, 3])!]).toEqual([]);
  });

  test('a link is counted along its longer axis, and at most the view size', () => {
    const links = layer([
      [-5000, 10, 5000, 20],
      [0, 0, 30, 40],
    ]);
    // The long link crosses the whole view: 400 px; the other 40 px.
    expect([...chooseLinks(links, view, 420)!]).toEqual([0]);
    expect(chooseLinks(links, view, 440)).toBeNull();
  });

  test('choosing again in a view measured before (another filter, another view and back) gives what a fresh layer gives', () => {
    const lines = [
      [0, 0, 100, 0],
      [0, 50, 0, 150],
      [0, 60, 120, 60],
      [10, 70, 40, 80],
      [500, 90, 700, 90],
    ];
    const links = layer(lines);
    const far = { width: 400, height: 300, k: 2, x: -300, y: 0 };
    // Lengths kept per columns and view, as a scene cache keeps them.
    const memo: ScreenLengthMemo = new WeakMap();
    expect([...chooseLinks(links, view, 240, undefined, memo)!]).toEqual([0, 1, 3]);
    // Another filter: the same columns, other groups.
    links.group.set([1, 0, 0, 2, 0]);
    const fresh = layer(lines);
    fresh.group.set([1, 0, 0, 2, 0]);
    expect([...chooseLinks(links, view, 240, undefined, memo)!]).toEqual([...chooseLinks(fresh, view, 240)!]);
    expect([...chooseLinks(links, view, 240, undefined, memo)!]).toEqual([1, 2]);
    expect(chooseLinks(links, far, 10_000, undefined, memo)).toEqual(chooseLinks(fresh, far, 10_000));
    expect([...chooseLinks(links, view, 240, undefined, memo)!]).toEqual([1, 2]);
  });
});

describe('chooseLinks over a filter', () => {
  test('takes passing links, then faded ones, and gives their positions ascending without sorting them', () => {
    // A seeded mix of groups and lengths, some outside the view.
    let seed = 7;
    const random = (): number => {
      seed = (seed * 16807) % 2147483647;
      return seed / 2147483647;
    };
    const lines = Array.from({ length: 400 }, () => {
      const x = random() * 600 - 100;
      const y = random() * 400 - 50;
      return [x, y, x + random() * 40, y + random() * 40];
    });
    const links = { ...layer(lines), group: Uint8Array.from(lines, () => Math.floor(random() * 3)) };
    // What it takes, written out: links of group 0 in order while they fit, then those of group 1.
    const expected = (budget: number): number[] | null => {
      const taken: number[] = [];
      let used = 0;
      let dropped = false;
      for (const g of [0, 1]) {
        for (let p = 0; p < lines.length; p++) {
          const [x1, y1, x2, y2] = lines[p];
          if (links.group[p] !== g) continue;
          if ((x1 < 0 && x2 < 0) || (y1 < 0 && y2 < 0) || (x1 > 400 && x2 > 400) || (y1 > 300 && y2 > 300)) continue;
          const length = Math.min(400, Math.max(Math.abs(x2 - x1), Math.abs(y2 - y1), 1));
          if (used + length > budget) {
            dropped = true;
            continue;
          }
          used += length;
          taken.push(p);
        }
      }
      // Null when every link in view fits: all are drawn.
      return dropped ? taken.sort((a, b) => a - b) : null;
    };
    const sort = vi.spyOn(Int32Array.prototype, 'sort');
    try {
      for (const budget of [50, 700, 2500, 1e9]) {
        const chosen = chooseLinks(links, view, budget);
        expect(chosen && [...chosen]).toEqual(expected(budget));
      }
      expect(expected(700)?.length).toBeGreaterThan(10);
      expect(chooseLinks(links, view, 1e9)).toBeNull();
      expect(sort).not.toHaveBeenCalled();
    } finally {
      sort.mockRestore();
    }
  });
});
