import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test, vi } from 'vitest';
import {
  computeScene,
  createSceneCache,
  expandLinkEdges,
  type SceneEdge,
  type SceneInput,
  sceneLayers,
} from '../../src/core/scene';
import {
  computeLayeredScene,
  createLayeredSceneCache,
  type LayeredSceneInput,
  type Overlay,
} from '../../src/render/computeLayeredScene';
import { filterMap, indexMap } from '../../src/core/query';
import type { Scene } from '../../src/core/scene';
import { validateMap } from '../../src/core/map';

const map = validateMap(
  JSON.parse(readFileSync(join(dirname(fileURLToPath(import.meta.url)), '../fixtures/small.map.json'), 'utf8')),
  'small.map.json',
);
const index = indexMap(map);
const none = filterMap(map, index, { keywords: [], mode: 'all' });
const sceneCache = createSceneCache(map);
const layeredCache = createLayeredSceneCache(map);

function input(over: Partial<LayeredSceneInput> = {}): LayeredSceneInput {
  return {
    map,
    index,
    filter: none,
    hideFiltered: false,
    selection: null,
    hoverId: null,
    theme: 'light',
    view: { width: 1000, height: 700, k: 1.5, x: 500, y: 350 },
    ...over,
  };
}

function scene(over: Partial<SceneInput> = {}): Scene {
  return computeScene(input(over), sceneCache);
}

/** Pixels of links a scene draws, as chooseLinks counts them (major axis, at most the view's size). */
function linkPixels(s: Scene): number {
  const { k, width, height } = s.view;
  return s.edges.reduce(
    (sum, e) => sum + Math.min(Math.max(width, height), Math.max(Math.abs(e.x2 - e.x1) * k, Math.abs(e.y2 - e.y1) * k, 1)),
    0,
  );
}

/** The links an overlay draws, in order, as edges (its edge objects, then its links by position). */
function overlayEdges(o: Overlay): SceneEdge[] {
  return [...o.edges, ...(o.links ? expandLinkEdges(o.links) : [])];
}

function layered(over: Partial<LayeredSceneInput> = {}) {
  return computeLayeredScene(input(over), layeredCache);
}

describe('computeLayeredScene', () => {
  test('the layered scene is the whole scene in layers: the unfocused map, the focus over it', () => {
    const unfocused = scene();
    for (const over of [
      {},
      { hoverId: 'k:video' },
      { selection: { kind: 'paper', id: 'p-xss' } },
      { selection: { kind: 'cluster', id: 1 } },
      { hoverId: 'p-moe', selection: { kind: 'keyword', id: 'k:video' } },
    ] as Partial<SceneInput>[]) {
      const whole = scene(over);
      const { base, overlays, labels } = layered(over);
      expect(base.nodes).toEqual(unfocused.nodes);
      expect(base.edges).toEqual(unfocused.edges);
      expect(base.labels).toEqual([]);
      expect(labels).toEqual(whole.labels);
      if (!over.hoverId && !over.selection) {
        expect(overlays).toEqual([]);
        continue;
      }
      expect(overlays).toHaveLength(1);
      const [focus] = overlays;
      expect(focus.veil).toBeCloseTo(0.86);
      expect(focus.nodes).toEqual(whole.nodes.filter((n) => n.highlighted || n.selected));
      expect(focus.edges).toEqual(whole.edges.filter((e) => e.color !== unfocused.edges[0].color));
      expect(focus.edges.length).toBeGreaterThan(0);
    }
  });

  test('a filter that dims is the whole map veiled, then what passes; one that hides is the base', () => {
    const filter = filterMap(map, index, { keywords: ['k:video'], mode: 'all' });
    const whole = scene({ filter });
    const dimmed = layered({ filter });
    expect(dimmed.base.nodes).toEqual(scene().nodes);
    expect(dimmed.overlays).toHaveLength(1);
    expect(dimmed.overlays[0].veil).toBeCloseTo(0.9);
    expect(dimmed.overlays[0].nodes).toEqual(whole.nodes.filter((n) => n.opacity === 1));
    expect(overlayEdges(dimmed.overlays[0])).toEqual(whole.edges.filter((e) => e.opacity > 0.03));
    expect(dimmed.labels).toEqual(whole.labels);
    // With a focus too: the focus goes over the filter.
    const both = layered({ filter, hoverId: 'p-video' });
    expect(both.overlays).toHaveLength(2);
    expect(both.overlays[0]).toBe(dimmed.overlays[0]);
    expect(both.labels).toEqual(scene({ filter, hoverId: 'p-video' }).labels);
    const hidden = layered({ filter, hideFiltered: true });
    expect(hidden.base.nodes).toEqual(scene({ filter, hideFiltered: true }).nodes);
    expect(hidden.overlays).toEqual([]);
  });

  test('a dimming filter with a focus draws what the whole scene draws, without the filtered draw order of every node', () => {
    const filter = filterMap(map, index, { keywords: ['k:languag model'], mode: 'all' });
    for (const over of [
      { selection: { kind: 'keyword', id: 'k:reason' } },
      { selection: { kind: 'cluster', id: 1 } },
      { hoverId: 'p-moe', selection: { kind: 'paper', id: 'p-video' } },
    ] as Partial<SceneInput>[]) {
      const cache = createLayeredSceneCache(map);
      computeLayeredScene(input(), cache);
      // The filtered layers, as the filter's scene will find them in the cache: their full draw
      // order (110,000 nodes at 100,000 papers) is made only if read, and the filter reads only
      // the nodes that pass (drawn over the whole map's picture) and sorts its focus without it.
      const layers = sceneLayers({ ...input({ filter, ...over }) }, cache.scene);
      const drawOrder = vi.spyOn(layers, 'nodes', 'get');
      const { overlays, labels } = computeLayeredScene(input({ filter, ...over }), cache);
      expect(drawOrder).not.toHaveBeenCalled();
      const whole = scene({ filter, ...over });
      expect(overlays).toHaveLength(2);
      expect(overlays[0].nodes).toEqual(scene({ filter }).nodes.filter((n) => n.opacity === 1));
      expect(overlays[0].nodes).toEqual(layers.nodes.slice(layers.nodes.length - overlays[0].nodes.length));
      // The focus in the whole scene's draw order.
      expect(overlays[1].nodes).toEqual(whole.nodes.filter((n) => n.highlighted || n.selected));
      expect(labels).toEqual(whole.labels);
    }
  });

  test('a filter read by place (its passes arrays) draws what its id sets say, dimmed or hidden, at any link budget', () => {
    for (const [keywords, mode] of [
      [['k:video'], 'all'],
      [['k:languag model', 'k:reason'], 'any'],
      [['k:languag model', 'k:reason'], 'all'],
    ] as const) {
      const filter = filterMap(map, index, { keywords: [...keywords], mode });
      expect(filter.paperPasses).toEqual(Uint8Array.from(map.papers, (p) => (filter.papers.has(p.id) ? 1 : 0)));
      expect(filter.keywordPasses).toEqual(Uint8Array.from(map.keywords, (k) => (filter.keywords.has(k.id) ? 1 : 0)));
      // A result without them (as another module may make) goes through the sets.
      const bySets = { ...filter, paperPasses: undefined, keywordPasses: undefined };
      for (const over of [{}, { hideFiltered: true }, { linkBudget: 300 }, { hoverId: 'k:reason' }] as Partial<SceneInput>[]) {
        expect(scene({ filter, ...over })).toEqual(scene({ filter: bySets, ...over }));
        expect(layered({ filter, ...over })).toEqual(layered({ filter: bySets, ...over }));
      }
    }
  });

  test('with a link budget, a dimming filter draws over the veiled map the links the filtered scene draws', () => {
    const filter = filterMap(map, index, { keywords: ['k:languag model'], mode: 'all' });
    const all = scene({ filter });
    const linkBudget = linkPixels(all) / 2;
    const whole = scene({ filter, linkBudget });
    expect(whole.edges.length).toBeLessThan(all.edges.length);
    const dimmed = layered({ filter, linkBudget });
    expect(dimmed.base.edges).toEqual(scene({ linkBudget }).edges);
    expect(dimmed.overlays[0].nodes).toEqual(whole.nodes.filter((n) => n.opacity === 1));
    expect(overlayEdges(dimmed.overlays[0])).toEqual(whole.edges.filter((e) => e.opacity > 0.03));
    expect(dimmed.overlays[0].links!.at.length).toBeGreaterThan(0);
    // The passing links are one index list, not an edge object each.
    expect(dimmed.overlays[0].edges).toEqual([]);
  });

  test('while a drag moves some nodes, the rest is the base as it was and the moving nodes go over it', () => {
    const positions = new Map([
      ['k:video', { x: 40, y: 50 }],
      ['p-video', { x: 45, y: 60 }],
    ]);
    const moving = { ids: new Set(positions.keys()), since: 1 };
    const first = layered({ positions: { at: positions, version: 1 }, moving });
    expect(first.base.nodes.map((n) => n.id)).toEqual(
      scene()
        .nodes.map((n) => n.id)
        .filter((id) => !moving.ids.has(id)),
    );
    expect(first.base.edges.every((e) => !(e.x1 === 45 && e.y1 === 60) && !(e.x2 === 40 && e.y2 === 50))).toBe(true);
    const [over] = first.overlays;
    expect(over.veil).toBe(0);
    expect(over.nodes.map((n) => [n.id, n.x, n.y]).sort()).toEqual([
      ['k:video', 40, 50],
      ['p-video', 45, 60],
    ]);
    // Links of the moving nodes (to each other and to the still ones) go with them.
    expect(over.edges.some((e) => e.x1 === 45 && e.y1 === 60 && e.x2 === 40 && e.y2 === 50)).toBe(true);
    expect(over.edges.length).toBe(map.links.filter((l) => moving.ids.has(l.paper) || moving.ids.has(l.keyword)).length);
    // Later frames of the drag reuse the base; only the moving nodes follow the positions.
    positions.get('k:video')!.x = 70;
    const later = layered({ positions: { at: positions, version: 2 }, moving });
    expect(later.base.nodes).toBe(first.base.nodes);
    expect(later.base.edges).toBe(first.base.edges);
    expect(later.overlays[0].nodes.find((n) => n.id === 'k:video')!.x).toBe(70);
  });
});
