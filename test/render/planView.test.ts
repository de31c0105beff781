import { describe, expect, test } from 'vitest';
import { fitAvoiding, glide, planView, type ViewContext } from '../../src/render/planView';
import { type Bounds, MAX_SHOWN_K } from '../../src/core/scene';

const places: Record<string, { x: number; y: number }> = { a: { x: -100, y: -50 }, b: { x: 100, y: 50 }, c: { x: 300, y: 0 } };

function context(over: Partial<ViewContext> = {}): ViewContext {
  const all: Bounds = { x0: -100, y0: -50, x1: 300, y1: 50 };
  return {
    width: 1000,
    height: 600,
    transform: { k: 1, x: 0, y: 0 },
    fitK: 2,
    overlay: null,
    allBounds: () => all,
    visibleBounds: () => all,
    placeOf: (id) => places[id],
    clusterBounds: (id) => (id === 1 ? { x0: -100, y0: -50, x1: 100, y1: 50 } : null),
    matchBounds: () => null,
    ...over,
  };
}

/** Where world point (x, y) lands on screen under transform t. */
const screen = (t: { k: number; x: number; y: number }, x: number, y: number) => [t.x + x * t.k, t.y + y * t.k];

describe('planView', () => {
  test('fit measures the overview scale on the whole map and shows what is visible inside the margins', () => {
    const plan = planView({ type: 'fit' }, context())!;
    // 400 x 100 world units in 1000 - 96 by 600 - 96 pixels: the width decides.
    expect(plan.fitK).toBeCloseTo(904 / 400);
    const [x0, y0] = screen(plan.target, -112, -62);
    const [x1, y1] = screen(plan.target, 312, 62);
    expect(x0).toBeCloseTo(48);
    expect(x1).toBeCloseTo(952);
    expect((y0 + y1) / 2).toBeCloseTo(300);
    // Only a part visible: it fills the view, but no closer than 4x the overview, nor than
    // MAX_SHOWN_K (this small map's 4x is past it).
    const part = planView({ type: 'fit' }, context({ visibleBounds: () => ({ x0: 0, y0: 0, x1: 1, y1: 1 }) }))!;
    expect(4 * (904 / 400)).toBeGreaterThan(MAX_SHOWN_K);
    expect(part.target.k).toBe(MAX_SHOWN_K);
    expect(planView({ type: 'fit' }, context({ allBounds: () => null }))).toBeNull();
  });

  test('fit keeps clear of a panel over the map, beside or above it, whichever shows the map larger', () => {
    // A tall panel on the left: the map goes beside it.
    const beside = planView({ type: 'fit' }, context({ overlay: { left: 0, top: 0, right: 200, bottom: 600 } }))!;
    expect(screen(beside.target, -112, 0)[0]).toBeCloseTo(216);
    // A wide, short panel at the bottom: the map goes above it.
    const above = planView({ type: 'fit' }, context({ overlay: { left: 0, top: 500, right: 900, bottom: 600 } }))!;
    expect(screen(above.target, 0, 62)[1]).toBeLessThanOrEqual(600 - 100 - 16 + 1e-9);
    expect(screen(above.target, -112, 0)[0]).toBeLessThan(216);
    // An empty panel is no panel.
    const none = fitAvoiding({ x0: 0, y0: 0, x1: 10, y1: 10 }, 48, 100, {
      width: 1000,
      height: 600,
      overlay: { left: 5, top: 5, right: 5, bottom: 90 },
    });
    expect(none).toEqual(fitAvoiding({ x0: 0, y0: 0, x1: 10, y1: 10 }, 48, 100, { width: 1000, height: 600, overlay: null }));
  });

  test('zoomBy zooms about the centre of the view, within limits relative to the overview', () => {
    const t = { k: 2, x: 100, y: -40 };
    const plan = planView({ type: 'zoomBy', factor: 1.5 }, context({ transform: t }))!;
    expect(plan.target.k).toBe(3);
    const centre = [(500 - t.x) / t.k, (300 - t.y) / t.k];
    expect(screen(plan.target, centre[0], centre[1])).toEqual([500, 300]);
    expect(planView({ type: 'zoomBy', factor: 1000 }, context({ transform: t }))!.target.k).toBe(2 * 40);
    expect(planView({ type: 'zoomBy', factor: 1e-6 }, context({ transform: t }))!.target.k).toBe(2 / 8);
  });

  test('focusNode centres the node, zooming in only when the map is shown small', () => {
    const small = planView({ type: 'focusNode', id: 'c' }, context())!;
    expect(small.target.k).toBeCloseTo(3.2);
    expect(screen(small.target, 300, 0)).toEqual([500, 300]);
    const close = planView({ type: 'focusNode', id: 'c' }, context({ transform: { k: 10, x: 0, y: 0 } }))!;
    expect(close.target.k).toBe(10);
    expect(planView({ type: 'focusNode', id: 'nope' }, context())).toBeNull();
  });

  test('with a sheet over the bottom of the view, focus centres in the part above it', () => {
    // A phone's details sheet covers the bottom 400 of 600 pixels.
    const ctx = context({ covered: 400 });
    const node = planView({ type: 'focusNode', id: 'b' }, ctx)!;
    expect(screen(node.target, 100, 50)).toEqual([500, 100]);
    const cluster = planView({ type: 'focusCluster', id: 1 }, ctx)!;
    const [, top] = screen(cluster.target, -100, -50);
    const [, bottom] = screen(cluster.target, 100, 50);
    expect(top).toBeGreaterThan(0);
    expect(bottom).toBeLessThanOrEqual(200);
  });

  test('reveal pans the selection into the uncovered part only when it is not there, at the same scale', () => {
    const t = { k: 2, x: 300, y: 250 };
    // b at (100, 50) is drawn at (500, 350): under a sheet over the bottom 400 pixels.
    const covered = planView({ type: 'reveal', selection: { kind: 'paper', id: 'b' } }, context({ transform: t, covered: 400 }))!;
    expect(covered.target.k).toBe(2);
    expect(screen(covered.target, 100, 50)).toEqual([500, 100]);
    // Above the sheet already, or no sheet: the view stays.
    expect(planView({ type: 'reveal', selection: { kind: 'paper', id: 'b' } }, context({ transform: t }))).toBeNull();
    expect(
      planView({ type: 'reveal', selection: { kind: 'paper', id: 'a' } }, context({ transform: t, covered: 300 })),
    ).toBeNull();
    // A cluster by the centre of its nodes; an unknown id is nothing to show.
    const cluster = planView({ type: 'reveal', selection: { kind: 'cluster', id: 1 } }, context({ transform: t, covered: 500 }))!;
    expect(screen(cluster.target, 0, 0)[1]).toBeCloseTo(100);
    expect(planView({ type: 'reveal', selection: { kind: 'keyword', id: 'zz' } }, context({ covered: 400 }))).toBeNull();
  });

  test("focusCluster fits the cluster's nodes; set goes where it is told", () => {
    const plan = planView({ type: 'focusCluster', id: 1 }, context())!;
    const [cx, cy] = screen(plan.target, 0, 0);
    expect(cx).toBeCloseTo(500);
    expect(cy).toBeCloseTo(300);
    expect(plan.fitK).toBeUndefined();
    expect(planView({ type: 'focusCluster', id: 2 }, context())).toBeNull();
    expect(planView({ type: 'set', transform: { k: 3, x: 1, y: 2 } }, context())).toEqual({ target: { k: 3, x: 1, y: 2 } });
  });

  test('fitMatches fits the matches; asked for by a filter change, only when some are out of view', () => {
    const matches: Bounds = { x0: 200, y0: -20, x1: 300, y1: 20 };
    // Zoomed in on the far left: the matches are off screen.
    const zoomedIn = { k: 8, x: 1000, y: 300 };
    const plan = planView({ type: 'fitMatches', auto: 'first' }, context({ transform: zoomedIn, matchBounds: () => matches }))!;
    const [x0, y0] = screen(plan.target, 184, -36);
    const [x1, y1] = screen(plan.target, 316, 36);
    expect(x0).toBeGreaterThanOrEqual(64 - 1e-6);
    expect(x1).toBeLessThanOrEqual(1000 - 64 + 1e-6);
    expect(y0).toBeGreaterThanOrEqual(0);
    expect(y1).toBeLessThanOrEqual(600);
    // 132 x 72 world units (padded) in 1000 - 128 by 600 - 128 pixels: the height decides.
    expect(plan.target.k).toBeCloseTo(472 / 72);
    // One match: no closer than 6x the overview.
    const one = planView({ type: 'fitMatches' }, context({ matchBounds: () => ({ x0: 1, y0: 1, x1: 1, y1: 1 }) }))!;
    expect(one.target.k).toBeCloseTo(12);
    // Already in view: a filter change leaves the view alone, the button still fits.
    const inView = context({ transform: { k: 1, x: 0, y: 300 }, matchBounds: () => matches });
    expect(planView({ type: 'fitMatches', auto: 'change' }, inView)).toBeNull();
    expect(planView({ type: 'fitMatches' }, inView)).not.toBeNull();
    expect(planView({ type: 'fitMatches' }, context())).toBeNull();
  });

  test('a glide starts and ends where asked, eased, the scale moving on a log scale', () => {
    const from = { k: 1, x: 0, y: 0 };
    const to = { k: 4, x: -500, y: -300 };
    expect(glide(from, to, 1000, 600, 0)).toEqual(from);
    const end = glide(from, to, 1000, 600, 1);
    expect(end.k).toBeCloseTo(4);
    expect(end.x).toBeCloseTo(-500);
    expect(end.y).toBeCloseTo(-300);
    // Halfway in time is halfway on a log scale (the easing is symmetric).
    expect(glide(from, to, 1000, 600, 0.5).k).toBeCloseTo(2);
    expect(glide(from, to, 1000, 600, 0.1).k).toBeLessThan(glide(from, to, 1000, 600, 0.2).k);
  });
});
