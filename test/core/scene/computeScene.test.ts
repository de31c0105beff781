import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { clusterColor } from '../../../src/core/style';
import { computeLayeredScene, computeScene, type SceneInput } from '../../../src/core/scene/computeScene';
import { estimateTextWidth } from '../../../src/core/scene/estimateTextWidth';
import { filterMap, indexMap } from '../../../src/core/query';
import { keywordRadius, paperRadius } from '../../../src/core/layout';
import type { Scene } from '../../../src/core/scene/scene';
import { validateMap } from '../../../src/core/map';

const map = validateMap(
  JSON.parse(readFileSync(join(dirname(fileURLToPath(import.meta.url)), '../../fixtures/small.map.json'), 'utf8')),
  'small.map.json',
);
const index = indexMap(map);
const none = filterMap(map, index, { keywords: [], mode: 'all' });

function input(over: Partial<SceneInput> = {}): SceneInput {
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
  return computeScene(input(over));
}

/** Pixels of links a scene draws, as chooseLinks counts them (major axis, at most the view's size). */
function linkPixels(s: Scene): number {
  const { k, width, height } = s.view;
  return s.edges.reduce((sum, e) => sum + Math.min(Math.max(width, height), Math.max(Math.abs(e.x2 - e.x1) * k, Math.abs(e.y2 - e.y1) * k, 1)), 0);
}

function overlaps(s: Scene): boolean {
  const boxes = s.labels.map((l) => {
    const w = estimateTextWidth(l.text, l.fontSize, l.bold) / 2;
    const h = l.fontSize * 0.65;
    const x = l.x * s.view.k + s.view.x;
    const y = l.y * s.view.k + s.view.y;
    return { x0: x - w, x1: x + w, y0: y - h, y1: y + h };
  });
  return boxes.some((a, i) => boxes.some((b, j) => i < j && a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1));
}

describe('computeScene', () => {
  test('draws every paper and keyword, coloured by cluster and sized by weight', () => {
    const s = scene();
    expect(s.nodes).toHaveLength(27);
    expect(s.edges).toHaveLength(38);
    const lm = s.nodes.find((n) => n.id === 'k:languag model')!;
    expect(lm.kind).toBe('keyword');
    expect(lm.fill).toBe(clusterColor(0, 'light'));
    expect(lm.r).toBe(keywordRadius(4));
    const moe = s.nodes.find((n) => n.id === 'p-moe')!;
    expect(moe.r).toBe(paperRadius(4)); // 5 keywords, 4 of them on the map
    expect(moe.stroke).toBe(clusterColor(0, 'light'));
    expect(s.nodes.every((n) => n.opacity === 1 && !n.highlighted && !n.selected)).toBe(true);
    expect(s.background).toBe('#ffffff');
  });

  test('legend lists clusters with their colour and size; caption names corpus and counts', () => {
    const s = scene();
    expect(s.legend).toEqual([
      { color: clusterColor(0, 'light'), label: 'Language models · reasoning', size: 4 },
      { color: clusterColor(1, 'light'), label: 'Diffusion · image generation', size: 4 },
      { color: clusterColor(2, 'light'), label: 'Graph neural networks · proteins', size: 4 },
    ]);
    expect(s.caption).toBe('small-fixture.txt · 12 papers · 15 keywords · 3 clusters');
  });

  test('cluster names are written over their regions', () => {
    const s = scene();
    const clusters = s.labels.filter((l) => l.kind === 'cluster').map((l) => l.text);
    expect(clusters).toEqual(['Language models · reasoning', 'Diffusion · image generation', 'Graph neural networks · proteins']);
    const gnn = s.labels.find((l) => l.text.startsWith('Graph neural'))!;
    expect(gnn.y).toBeGreaterThan(100); // the third cluster lies in the lower half of the map
  });

  test('labels never overlap, and more appear as the view zooms in', () => {
    const far = scene({ view: { width: 1000, height: 700, k: 0.9, x: 500, y: 350 } });
    const near = scene({ view: { width: 1000, height: 700, k: 4, x: 500 + 150 * 4, y: 350 + 80 * 4 } });
    expect(overlaps(far)).toBe(false);
    expect(overlaps(near)).toBe(false);
    const farNodeLabels = far.labels.filter((l) => l.kind === 'node').length;
    // Zoomed in on the first cluster only, yet more names fit there than on the whole map before.
    const nearLm = near.labels.filter((l) => l.kind === 'node' && l.text.length > 0);
    expect(nearLm.some((l) => l.text === 'Muon is Scalable for LLM Training')).toBe(true);
    expect(far.labels.some((l) => l.text === 'Muon is Scalable for LLM Training')).toBe(false);
    expect(farNodeLabels).toBeGreaterThan(0);
  });

  test('the most important label wins a collision', () => {
    // A small view: only the first candidates fit.
    const s = scene({ view: { width: 420, height: 340, k: 0.8, x: 210, y: 160 } });
    expect(overlaps(s)).toBe(false);
    expect(s.labels[0].kind).toBe('cluster');
    expect(s.labels.some((l) => l.text === 'reinforcement learning' || l.text === 'Muon is Scalable for LLM Training')).toBe(
      false,
    );
  });

  test('a cluster name much wider than its cluster on screen waits for the user to zoom in', () => {
    const far = scene({ view: { width: 1000, height: 700, k: 0.3, x: 500, y: 350 } });
    expect(far.labels.filter((l) => l.kind === 'cluster')).toEqual([]);
    const near = scene({ view: { width: 1000, height: 700, k: 1, x: 500, y: 350 } });
    expect(near.labels.filter((l) => l.kind === 'cluster')).toHaveLength(3);
  });

  test('no label goes under a panel covering part of the map', () => {
    const view = { width: 1000, height: 700, k: 1.5, x: 500, y: 350 };
    const free = scene({ view });
    const legend = { x0: 0, y0: 400, x1: 600, y1: 700 };
    const covered = scene({ view, reserved: [legend] });
    const under = (s: Scene) =>
      s.labels.filter((l) => {
        const y = l.y * view.k + view.y;
        const x = l.x * view.k + view.x;
        return x > legend.x0 && x < legend.x1 && y > legend.y0 && y < legend.y1;
      });
    expect(under(free).length).toBeGreaterThan(0);
    expect(under(covered)).toEqual([]);
  });

  test('hover highlights the node and its neighbours and dims the rest', () => {
    const s = scene({ hoverId: 'k:video' });
    const highlighted = s.nodes.filter((n) => n.highlighted).map((n) => n.id).sort();
    expect(highlighted).toEqual(['k:video', 'p-3d', 'p-video']);
    expect(s.nodes.filter((n) => !n.highlighted).every((n) => n.opacity < 0.5)).toBe(true);
    const loud = s.edges.filter((e) => e.opacity > 0.5);
    expect(loud).toHaveLength(2);
    expect(s.nodes.slice(-3).every((n) => n.highlighted)).toBe(true);
    expect(s.labels.find((l) => l.text === 'video')?.bold).toBe(true);
  });

  test('a selected paper is outlined and labelled first', () => {
    const s = scene({ selection: { kind: 'paper', id: 'p-xss' } });
    const node = s.nodes.find((n) => n.id === 'p-xss')!;
    expect(node.selected).toBe(true);
    expect(node.strokeWidth).toBeGreaterThan(2);
    expect(s.nodes[s.nodes.length - 1].id).toBe('p-xss');
    expect(s.labels[0].text).toBe('<img src=x onerror=alert(1)> & "quotes"');
  });

  test('a selected cluster highlights its nodes', () => {
    const s = scene({ selection: { kind: 'cluster', id: 1 } });
    const highlighted = s.nodes.filter((n) => n.highlighted);
    expect(highlighted).toHaveLength(4 + 5);
    expect(highlighted.every((n) => index.paperById.get(n.id)?.cluster === 1 || index.keywordById.get(n.id)?.cluster === 1)).toBe(
      true,
    );
  });

  test('a filter dims, or hides, what does not pass, and the caption says so', () => {
    const filter = filterMap(map, index, { keywords: ['k:video'], mode: 'all' });
    const dimmed = scene({ filter });
    expect(dimmed.nodes).toHaveLength(27);
    expect(dimmed.nodes.filter((n) => n.opacity === 1).map((n) => n.id).sort()).toEqual(
      ['k:3d reconstruct', 'k:diffus model', 'k:imag gener', 'k:video', 'p-3d', 'p-video'].sort(),
    );
    expect(dimmed.caption).toContain('filter: video (2 of 12 papers)');
    // Links to what does not pass are fainter still than the others.
    expect(dimmed.edges.filter((e) => e.opacity === 0.03)).toHaveLength(38 - 6);
    const hidden = scene({ filter, hideFiltered: true });
    expect(hidden.nodes).toHaveLength(6);
    expect(hidden.edges).toHaveLength(6);
    expect(hidden.labels.every((l) => l.kind === 'cluster' || ['video', 'diffusion models', 'image generation', '3D reconstruction', 'Video Diffusion at Scale', '3D Reconstruction from Multi-View Video'].includes(l.text))).toBe(true);
  });

  test('moved positions replace the map file positions', () => {
    const s = scene({ positions: new Map([['p-moe', { x: 1, y: 2 }]]) });
    const node = s.nodes.find((n) => n.id === 'p-moe')!;
    expect([node.x, node.y]).toEqual([1, 2]);
    expect(s.edges.filter((e) => e.x1 === 1 && e.y1 === 2)).toHaveLength(4);
  });

  test('zooming reuses nodes and links; moving nodes in place (a new version) recomputes them', () => {
    const positions = new Map([['p-moe', { x: 1, y: 2 }]]);
    const a = scene({ positions, positionsVersion: 1 });
    const b = scene({ positions, positionsVersion: 1, view: { width: 1000, height: 700, k: 3, x: 0, y: 0 } });
    expect(b.nodes).toBe(a.nodes);
    expect(b.edges).toBe(a.edges);
    expect(b.labels).not.toEqual(a.labels);
    positions.get('p-moe')!.x = 50;
    const c = scene({ positions, positionsVersion: 2 });
    expect(c.nodes.find((n) => n.id === 'p-moe')!.x).toBe(50);
    expect(c.edges.filter((e) => e.x1 === 50)).toHaveLength(4);
  });

  test('is pure: the same input gives the same scene', () => {
    expect(scene({ hoverId: 'p-moe' })).toEqual(scene({ hoverId: 'p-moe' }));
  });

  test('a link budget keeps the strongest links that fit', () => {
    const view = { width: 1000, height: 700, k: 1.5, x: 500, y: 350 };
    const all = scene({ view });
    const budget = linkPixels(all) / 3;
    const some = scene({ view, linkBudget: budget });
    expect(some.edges.length).toBeGreaterThan(0);
    expect(some.edges.length).toBeLessThan(all.edges.length);
    expect(linkPixels(some)).toBeLessThanOrEqual(budget);
    // The strongest link of the map is every paper's strongest link: it comes first.
    const strongest = [...map.links].sort((a, b) => b.weight - a.weight)[0];
    const p = map.papers.find((x) => x.id === strongest.paper)!;
    const k = map.keywords.find((x) => x.id === strongest.keyword)!;
    expect(some.edges.some((e) => e.x1 === p.x && e.y1 === p.y && e.x2 === k.x && e.y2 === k.y)).toBe(true);
  });

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
      const { base, overlays, labels } = computeLayeredScene(input(over));
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
    const dimmed = computeLayeredScene(input({ filter }));
    expect(dimmed.base.nodes).toEqual(scene().nodes);
    expect(dimmed.overlays).toHaveLength(1);
    expect(dimmed.overlays[0].veil).toBeCloseTo(0.9);
    expect(dimmed.overlays[0].nodes).toEqual(whole.nodes.filter((n) => n.opacity === 1));
    expect(dimmed.overlays[0].edges).toEqual(whole.edges.filter((e) => e.opacity > 0.03));
    expect(dimmed.labels).toEqual(whole.labels);
    // With a focus too: the focus goes over the filter.
    const both = computeLayeredScene(input({ filter, hoverId: 'p-video' }));
    expect(both.overlays).toHaveLength(2);
    expect(both.overlays[0]).toBe(dimmed.overlays[0]);
    expect(both.labels).toEqual(scene({ filter, hoverId: 'p-video' }).labels);
    const hidden = computeLayeredScene(input({ filter, hideFiltered: true }));
    expect(hidden.base.nodes).toEqual(scene({ filter, hideFiltered: true }).nodes);
    expect(hidden.overlays).toEqual([]);
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
        expect(computeLayeredScene(input({ filter, ...over }))).toEqual(computeLayeredScene(input({ filter: bySets, ...over })));
      }
    }
  });

  test('with a link budget, a dimming filter draws over the veiled map the links the filtered scene draws', () => {
    const filter = filterMap(map, index, { keywords: ['k:languag model'], mode: 'all' });
    const all = scene({ filter });
    const linkBudget = linkPixels(all) / 2;
    const whole = scene({ filter, linkBudget });
    expect(whole.edges.length).toBeLessThan(all.edges.length);
    const dimmed = computeLayeredScene(input({ filter, linkBudget }));
    expect(dimmed.base.edges).toEqual(scene({ linkBudget }).edges);
    expect(dimmed.overlays[0].nodes).toEqual(whole.nodes.filter((n) => n.opacity === 1));
    expect(dimmed.overlays[0].edges).toEqual(whole.edges.filter((e) => e.opacity > 0.03));
    expect(dimmed.overlays[0].edges.length).toBeGreaterThan(0);
  });

  test('while a drag moves some nodes, the rest is the base as it was and the moving nodes go over it', () => {
    const positions = new Map([
      ['k:video', { x: 40, y: 50 }],
      ['p-video', { x: 45, y: 60 }],
    ]);
    const moving = { ids: new Set(positions.keys()), since: 1 };
    const first = computeLayeredScene(input({ positions, positionsVersion: 1, moving }));
    expect(first.base.nodes.map((n) => n.id)).toEqual(scene().nodes.map((n) => n.id).filter((id) => !moving.ids.has(id)));
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
    const later = computeLayeredScene(input({ positions, positionsVersion: 2, moving }));
    expect(later.base.nodes).toBe(first.base.nodes);
    expect(later.base.edges).toBe(first.base.edges);
    expect(later.overlays[0].nodes.find((n) => n.id === 'k:video')!.x).toBe(70);
  });

  test('dark theme uses dark background and lifted cluster colours', () => {
    const s = scene({ theme: 'dark' });
    expect(s.background).toBe('#15181d');
    expect(s.legend[0].color).toBe(clusterColor(0, 'dark'));
    expect(clusterColor(0, 'dark')).not.toBe(clusterColor(0, 'light'));
  });
});

describe('clusterColor', () => {
  test('gives distinct colours to many clusters and grey to unknown ones', () => {
    const colours = Array.from({ length: 30 }, (_, i) => clusterColor(i, 'light'));
    expect(new Set(colours).size).toBe(30);
    expect(clusterColor(-1, 'light')).toBe('#a0a7b0');
  });
});
