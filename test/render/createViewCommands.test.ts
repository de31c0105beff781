import { describe, expect, test } from 'vitest';
import { createViewCommands } from '../../src/render/createViewCommands';
import type { ViewContext } from '../../src/render/planView';
import type { ViewTransform } from '../../src/store/mapStoreState';

function setup() {
  const moves: { target: ViewTransform; animate: boolean }[] = [];
  const scales: number[] = [];
  const zoom = {
    goTo: (target: ViewTransform, animate: boolean) => moves.push({ target, animate }),
    setOverviewScale: (k: number) => scales.push(k),
  };
  const context = (): Omit<ViewContext, 'fitK'> => ({
    width: 500,
    height: 400,
    transform: { k: 1, x: 0, y: 0 },
    overlay: null,
    allBounds: () => ({ x0: 0, y0: 0, x1: 100, y1: 100 }),
    visibleBounds: () => null,
    placeOf: () => ({ x: 10, y: 10 }),
    clusterBounds: () => null,
    // Matches far to the right, out of the 500 x 400 view.
    matchBounds: () => ({ x0: 900, y0: 0, x1: 1000, y1: 100 }),
  });
  return { moves, scales, commands: createViewCommands(zoom, context) };
}

describe('createViewCommands', () => {
  test('a new map is fitted once, at once, and sets the zoom limits around its overview', () => {
    const { moves, scales, commands } = setup();
    commands.update(null);
    expect(moves).toEqual([]);
    commands.fitNext();
    commands.update(null);
    commands.update(null);
    expect(moves).toHaveLength(1);
    expect(moves[0].animate).toBe(false);
    expect(scales).toEqual([(400 - 96) / 100]);
    expect(commands.fitK()).toBe(scales[0]);
  });

  test('each request is carried out once, gliding, except a set view and one that comes with a new map', () => {
    const { moves, commands } = setup();
    commands.update({ type: 'zoomBy', factor: 2, seq: 1 });
    commands.update({ type: 'zoomBy', factor: 2, seq: 1 });
    expect(moves).toHaveLength(1);
    expect(moves[0].animate).toBe(true);
    commands.update({ type: 'set', transform: { k: 2, x: 3, y: 4 }, seq: 2 });
    expect(moves[1]).toEqual({ target: { k: 2, x: 3, y: 4 }, animate: false });
    commands.fitNext();
    commands.update({ type: 'focusNode', id: 'p', seq: 3 });
    expect(moves.slice(2).map((m) => m.animate)).toEqual([false, false]);
    // An older request is not carried out again.
    commands.update({ type: 'zoomBy', factor: 2, seq: 2 });
    expect(moves).toHaveLength(4);
  });

  test('a filter change fits its matches, gliding, unless the user moved the view since the filter was set', () => {
    const { moves, commands } = setup();
    commands.update({ type: 'fitMatches', auto: 'first', seq: 1 });
    expect(moves).toHaveLength(1);
    expect(moves[0].animate).toBe(true);
    // Refined without moving: fitted again.
    commands.update({ type: 'fitMatches', auto: 'change', seq: 2 });
    expect(moves).toHaveLength(2);
    // The user moves, then refines: the view stays; the button (no auto) still fits.
    commands.userMoved();
    commands.update({ type: 'fitMatches', auto: 'change', seq: 3 });
    expect(moves).toHaveLength(2);
    commands.update({ type: 'fitMatches', seq: 4 });
    expect(moves).toHaveLength(3);
    // A new filter (set after clearing the old one) fits again.
    commands.update({ type: 'fitMatches', auto: 'first', seq: 5 });
    expect(moves).toHaveLength(4);
    // Zooming with the buttons or keys counts as moving.
    commands.update({ type: 'zoomBy', factor: 2, seq: 6 });
    commands.update({ type: 'fitMatches', auto: 'change', seq: 7 });
    expect(moves).toHaveLength(5);
  });
});
