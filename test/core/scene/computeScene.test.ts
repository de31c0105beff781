import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { THEMES, clusterColor } from '../../../src/core/style';
import { computeScene } from '../../../src/core/scene/computeScene';
import { createSceneCache } from '../../../src/core/scene/SceneCache';
import { sceneLayers } from '../../../src/core/scene/sceneLayers';
import type { SceneInput } from '../../../src/core/scene/sceneInput';
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
// One cache for the file, as one canvas keeps one for its map.
const cache = createSceneCache(map);

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
  return computeScene(input(over), cache);
}

/** Pixels of links a scene draws, as chooseLinks counts them (major axis, at most the view's size). */
function linkPixels(s: Scene): number {
  const { k, width, height } = s.view;
  return s.edges.reduce(
    (sum, e) => sum + Math.min(Math.max(width, height), Math.max(Math.abs(e.x2 - e.x1) * k, Math.abs(e.y2 - e.y1) * k, 1)),
    0,
  );
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

  test('coloured by year, the cluster names take the text colour, not the cluster colours the map no longer shows', () => {
    const names = (s: Scene) => s.labels.filter((l) => l.kind === 'cluster').map((l) => l.color);
    expect(new Set(names(scene({ colorBy: 'year' })))).toEqual(new Set([THEMES.light.foreground]));
    expect(names(scene()).every((c) => c !== THEMES.light.foreground)).toBe(true);
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

  test('a keyword whose place below is taken is named above its node', () => {
    // At this scale the cluster names sit just under the two biggest keywords.
    const s = scene({ view: { width: 1000, height: 700, k: 1, x: 500, y: 350 } });
    expect(overlaps(s)).toBe(false);
    for (const id of ['k:languag model', 'k:diffus model']) {
      const node = s.nodes.find((n) => n.id === id)!;
      const term = map.keywords.find((k) => k.id === id)!.term;
      const label = s.labels.find((l) => l.text === term);
      expect(label, term).toBeDefined();
      expect(label!.y).toBeLessThan(node.y - node.r);
    }
    // Where below is free, below it is.
    const rl = s.nodes.find((n) => n.id === 'k:reinforc learn')!;
    expect(s.labels.find((l) => l.text === 'reinforcement learning')!.y).toBeGreaterThan(rl.y + rl.r);
  });

  test('a keyword in more papers than any cluster holds is named before the cluster names', () => {
    const themed = validateMap(
      { ...map, keywords: map.keywords.map((k) => (k.id === 'k:languag model' ? { ...k, papers: 5 } : k)) },
      'themed.map.json',
    );
    const themedIndex = indexMap(themed);
    const s = computeScene(
      input({ map: themed, index: themedIndex, filter: filterMap(themed, themedIndex, { keywords: [], mode: 'all' }) }),
      createSceneCache(themed),
    );
    expect(s.labels[0].text).toBe('language models');
    expect(s.labels.filter((l) => l.kind === 'cluster')).toHaveLength(3);
    // In the map as it is, no keyword outnumbers a cluster: the cluster names come first.
    expect(scene().labels[0].kind).toBe('cluster');
  });

  test("a focused node's middle is kept clear of its neighbours' names", () => {
    // A paper of "language models" under the keyword's node, made as big as the seed map's
    // "large language models" (41 papers), which covers papers so.
    const lm = map.keywords.find((k) => k.id === 'k:languag model')!;
    const moved = validateMap(
      {
        ...map,
        keywords: map.keywords.map((k) => (k.id === lm.id ? { ...k, papers: 41 } : k)),
        papers: map.papers.map((p) => (p.id === 'p-moe' ? { ...p, x: lm.x, y: lm.y } : p)),
      },
      'moved.map.json',
    );
    const movedIndex = indexMap(moved);
    const view = { width: 1000, height: 700, k: 4, x: 500 - lm.x * 4, y: 350 - lm.y * 4 };
    const s = computeScene(
      input({
        map: moved,
        index: movedIndex,
        filter: filterMap(moved, movedIndex, { keywords: [], mode: 'all' }),
        selection: { kind: 'keyword', id: lm.id },
        view,
      }),
      createSceneCache(moved),
    );
    const node = s.nodes.find((n) => n.id === lm.id)!;
    const half = 0.7 * node.r * view.k;
    const cx = node.x * view.k + view.x;
    const cy = node.y * view.k + view.y;
    const covering = s.labels.filter((l) => {
      const w = estimateTextWidth(l.text, l.fontSize, l.bold) / 2;
      const h = l.fontSize * 0.65;
      const x = l.x * view.k + view.x;
      const y = l.y * view.k + view.y;
      return x - w < cx + half && cx - half < x + w && y - h < cy + half && cy - half < y + h;
    });
    expect(covering.map((l) => l.text)).toEqual([]);
    expect(s.labels.some((l) => l.text === 'language models' && l.bold)).toBe(true);
  });

  test("a focused node zoomed in far past the view's size keeps labels off it without filling memory", () => {
    const lm = map.keywords.find((k) => k.id === 'k:languag model')!;
    const k = 100_000;
    const s = scene({
      selection: { kind: 'keyword', id: lm.id },
      view: { width: 1000, height: 700, k, x: 500 - lm.x * k, y: 350 - lm.y * k },
    });
    // The node covers the whole view: nothing can be named over it, and nothing throws.
    expect(s.labels.filter((l) => l.kind === 'node')).toEqual([]);
  });

  test('a cluster name much wider than its cluster on screen shows its first terms until the user zooms in', () => {
    const names = (k: number): string[] =>
      scene({ view: { width: 1000, height: 700, k, x: 500, y: 350 } })
        .labels.filter((l) => l.kind === 'cluster')
        .map((l) => l.text)
        .sort();
    expect(names(0.3)).toEqual(['Diffusion', 'Graph neural networks', 'Language models']);
    // The keyword "graph neural networks" is not named a second time beside its cluster's name.
    const far = scene({ view: { width: 1000, height: 700, k: 0.3, x: 500, y: 350 } });
    expect(far.labels.filter((l) => l.text.toLowerCase() === 'graph neural networks')).toHaveLength(1);
    expect(names(1)).toEqual(['Diffusion · image generation', 'Graph neural networks · proteins', 'Language models · reasoning']);
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
    const highlighted = s.nodes
      .filter((n) => n.highlighted)
      .map((n) => n.id)
      .sort();
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
    expect(
      dimmed.nodes
        .filter((n) => n.opacity === 1)
        .map((n) => n.id)
        .sort(),
    ).toEqual(['k:3d reconstruct', 'k:diffus model', 'k:imag gener', 'k:video', 'p-3d', 'p-video'].sort());
    expect(dimmed.caption).toContain('filter: video (2 of 12 papers)');
    // Links to what does not pass are fainter still than the others.
    expect(dimmed.edges.filter((e) => e.opacity === 0.03)).toHaveLength(38 - 6);
    const hidden = scene({ filter, hideFiltered: true });
    expect(hidden.nodes).toHaveLength(6);
    expect(hidden.edges).toHaveLength(6);
    expect(
      hidden.labels.every(
        (l) =>
          l.kind === 'cluster' ||
          [
            'video',
            'diffusion models',
            'image generation',
            '3D reconstruction',
            'Video Diffusion at Scale',
            '3D Reconstruction from Multi-View Video',
          ].includes(l.text),
      ),
    ).toBe(true);
  });

  test("every inactive filter shows the same layers: a filter that dims reuses the whole map's from before", () => {
    const cache = createSceneCache(map);
    const store = {
      active: false,
      chosen: [],
      mode: 'all',
      papers: new Set<string>(),
      keywords: new Set<string>(),
      total: 12,
    } as const;
    const before = sceneLayers(input({ filter: store }), cache);
    const everything = filterMap(map, index, { keywords: [], mode: 'any' });
    expect(everything.active).toBe(false);
    expect(sceneLayers(input({ filter: everything }), cache)).toBe(before);
    // An active filter has its own layers, and gives the whole map's back when cleared.
    const some = filterMap(map, index, { keywords: [map.keywords[0].id], mode: 'all' });
    const filtered = sceneLayers(input({ filter: some }), cache);
    expect(filtered).not.toBe(before);
    expect(filtered.nodes.some((n) => n.opacity < 1)).toBe(true);
    expect(sceneLayers(input({ filter: store }), cache)).toBe(before);
  });

  test("a filter's sets by place and by id give the same layers: nodes in draw order, ranks, nodes by id", () => {
    const filter = filterMap(map, index, { keywords: ['k:video'], mode: 'all' });
    expect(filter.paperPasses).toBeDefined();
    const { paperPasses: _p, keywordPasses: _k, ...byId } = filter;
    for (const hideFiltered of [false, true]) {
      const a = sceneLayers(input({ filter, hideFiltered }), createSceneCache(map));
      const b = sceneLayers(input({ filter: byId, hideFiltered }), createSceneCache(map));
      expect(a.nodes).toEqual(b.nodes);
      expect(a.nodes).toHaveLength(hideFiltered ? 6 : 27);
      // Outside the filter first (a lower layer), then what passes.
      const firstPassing = a.nodes.findIndex((n) => n.opacity === 1);
      expect(a.nodes.slice(firstPassing).every((n) => n.opacity === 1)).toBe(true);
      for (const n of [...map.papers, ...map.keywords]) {
        expect(a.rank(n.id)).toBe(b.rank(n.id));
        expect(a.node(n.id)).toEqual(b.node(n.id));
        expect(a.rank(n.id) < 0 ? undefined : a.nodes[a.rank(n.id)]).toEqual(a.node(n.id));
      }
      expect(a.papersByTitle()).toEqual(b.papersByTitle());
      expect(
        a
          .papersByTitle()
          .map((n) => n.id)
          .sort(),
      ).toEqual(['p-3d', 'p-video']);
      expect(a.links.group).toEqual(b.links.group);
    }
    // Nodes a drag hides are left out, whichever way the sets come.
    const hidden = new Set(['p-video']);
    const c = sceneLayers({ ...input({ filter }), hidden }, createSceneCache(map));
    expect(c.rank('p-video')).toBe(-1);
    expect(c.node('p-video')).toBeUndefined();
    expect(c.nodes).toHaveLength(26);
  });

  test('moved positions replace the map file positions', () => {
    const s = scene({ positions: { at: new Map([['p-moe', { x: 1, y: 2 }]]), version: 0 } });
    const node = s.nodes.find((n) => n.id === 'p-moe')!;
    expect([node.x, node.y]).toEqual([1, 2]);
    expect(s.edges.filter((e) => e.x1 === 1 && e.y1 === 2)).toHaveLength(4);
  });

  test('zooming reuses nodes and links; moving nodes in place (a new version) recomputes them', () => {
    const positions = new Map([['p-moe', { x: 1, y: 2 }]]);
    const a = scene({ positions: { at: positions, version: 1 } });
    const b = scene({ positions: { at: positions, version: 1 }, view: { width: 1000, height: 700, k: 3, x: 0, y: 0 } });
    expect(b.nodes).toBe(a.nodes);
    expect(b.edges).toBe(a.edges);
    expect(b.labels).not.toEqual(a.labels);
    positions.get('p-moe')!.x = 50;
    const c = scene({ positions: { at: positions, version: 2 } });
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

  test('each cluster name carries its cluster id, so two clusters of the same name stay apart', () => {
    const names = scene().labels.filter((l) => l.kind === 'cluster');
    expect(names.length).toBeGreaterThan(1);
    for (const l of names) expect(map.clusters.find((c) => c.id === l.cluster)?.label).toBe(l.text);
    expect(
      scene()
        .labels.filter((l) => l.kind === 'node')
        .every((l) => l.cluster === undefined),
    ).toBe(true);
  });

  test('two caches of one map (two views) keep their own entries: neither evicts the other', () => {
    const own = createSceneCache(map);
    const other = createSceneCache(map);
    const a = computeScene(input(), own);
    // Enough other inputs to fill any one-entry or few-entry cache, in the other view.
    for (const theme of ['dark', 'light'] as const) {
      for (const keywords of [['k:video'], ['k:reason'], ['k:languag model']]) {
        computeScene(
          input({ theme, filter: filterMap(map, index, { keywords, mode: 'all' }), positions: { at: new Map(), version: 9 } }),
          other,
        );
      }
    }
    const again = computeScene(input({ view: { width: 1000, height: 700, k: 2, x: 500, y: 350 } }), own);
    expect(again.nodes).toBe(a.nodes);
    expect(computeScene(input(), createSceneCache(map))).toEqual(a);
  });

  test('a cache made for another map is refused rather than drawing its entries', () => {
    const copy = validateMap(JSON.parse(JSON.stringify(map)), 'copy.map.json');
    expect(() => computeScene(input(), createSceneCache(copy))).toThrow(/another map/);
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
