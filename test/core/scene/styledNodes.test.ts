import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { validateMap } from '../../../src/core/map';
import { filterMap, indexMap } from '../../../src/core/query';
import { createSceneCache } from '../../../src/core/scene/SceneCache';
import type { SceneNode } from '../../../src/core/scene/scene';
import { sceneGeometry } from '../../../src/core/scene/sceneGeometry';
import { type LayerInput, sceneLayers } from '../../../src/core/scene/sceneLayers';
import { FILTERED_OUT, sortForDrawing, styledNodes } from '../../../src/core/scene/styledNodes';
import { yearColors } from '../../../src/core/scene/yearColors';
import { THEMES, type ThemeName, clusterColor, mixColor } from '../../../src/core/style';

const map = validateMap(
  JSON.parse(readFileSync(join(dirname(fileURLToPath(import.meta.url)), '../../fixtures/small.map.json'), 'utf8')),
  'small.map.json',
);
const index = indexMap(map);
const none = filterMap(map, index, { keywords: [], mode: 'all' });

/**
 * Every node styled the way styledNodes did before it made the faded copies lazily: both copies
 * of every slot, made at once (slot s passing at 2s, outside the filter at 2s + 1).
 */
function eagerNodes(input: LayerInput, themeName: ThemeName): SceneNode[] {
  const theme = THEMES[themeName];
  const geometry = sceneGeometry(input, createSceneCache(input.map));
  const years = input.colorBy === 'year' ? yearColors(input.map, theme) : null;
  const nodes: SceneNode[] = [];
  const add = (slot: number, id: string, kind: 'paper' | 'keyword', cluster: number): void => {
    const base = years ? years.nodeColor(slot) : clusterColor(cluster, theme.name);
    for (const opacity of [1, FILTERED_OUT]) {
      nodes.push({
        id,
        kind,
        x: geometry.x[slot],
        y: geometry.y[slot],
        r: geometry.r[slot],
        fill: kind === 'keyword' ? base : mixColor(base, theme.background, 0.45),
        opacity,
        strokeWidth: kind === 'keyword' ? 1 : 1.25,
        stroke: kind === 'keyword' ? theme.halo : base,
        highlighted: false,
        selected: false,
      });
    }
  };
  input.map.papers.forEach((p, i) => add(i, p.id, 'paper', p.cluster));
  input.map.keywords.forEach((k, i) => add(input.map.papers.length + i, k.id, 'keyword', k.cluster));
  return nodes;
}

const cases = (['light', 'dark'] as const).flatMap((theme) =>
  (['cluster', 'year'] as const).map((colorBy) => ({ theme, colorBy })),
);

describe('styledNodes', () => {
  test.each(cases)('%o: each node passing and faded is styled as when both were made at once', ({ theme, colorBy }) => {
    const input: LayerInput = { map, index, filter: none, hideFiltered: false, theme, colorBy };
    const eager = eagerNodes(input, theme);
    const cache = createSceneCache(map);
    const t = THEMES[theme];
    const years = colorBy === 'year' ? yearColors(map, t) : null;
    const styled = styledNodes(input, sceneGeometry(input, cache), t, (c) => clusterColor(c, theme), cache, years?.nodeColor);
    const count = map.papers.length + map.keywords.length;
    expect(styled.nodes).toHaveLength(count);
    // Made in slices when idle, then the rest at once when a filter asks; made once and kept: a
    // filter's nodes are the same objects every time it is drawn.
    // (the nodes of the first slices are compared with the eager copies below, as the others).
    expect(styled.prepareFaded(3)).toBe(false);
    expect(styled.prepareFaded(2)).toBe(false);
    expect(styled.faded()).toHaveLength(count);
    expect(styled.prepareFaded(1)).toBe(true);
    expect(styled.faded()).toBe(styled.faded());
    for (let slot = 0; slot < count; slot++) {
      expect(styled.nodes[slot]).toStrictEqual(eager[2 * slot]);
      expect(styled.faded()[slot]).toStrictEqual(eager[2 * slot + 1]);
      expect(styled.faded()[slot]).not.toBe(styled.nodes[slot]);
    }
    // The draw order is the one sortForDrawing gives the passing nodes.
    const passing = eager.filter((_, i) => i % 2 === 0);
    expect(Array.from(styled.order, (s) => passing[s])).toEqual(sortForDrawing(passing));
  });

  test.each([false, true])('a filter shows each node as the eager copies did (hideFiltered: %s)', (hideFiltered) => {
    const eager = eagerNodes({ map, index, filter: none, hideFiltered, theme: 'light' }, 'light');
    const slotOf = (id: string): number => {
      const p = index.slots.papers.get(id);
      return p !== undefined ? p : map.papers.length + index.slots.keywords.get(id)!;
    };
    const cache = createSceneCache(map);
    const filter = filterMap(map, index, { keywords: ['k:video'], mode: 'all' });
    // The whole map first, as the app draws it before any filter; then the filter.
    const whole = sceneLayers({ map, index, filter: none, hideFiltered, theme: 'light' }, cache);
    expect(whole.nodes.every((n) => n.opacity === 1)).toBe(true);
    const layers = sceneLayers({ map, index, filter, hideFiltered, theme: 'light' }, cache);
    const faded = layers.nodes.filter((n) => n.opacity === FILTERED_OUT);
    expect(faded.length).toBe(hideFiltered ? 0 : 21);
    expect(layers.nodes).toHaveLength(hideFiltered ? 6 : 27);
    for (const n of layers.nodes) expect(n).toStrictEqual(eager[2 * slotOf(n.id) + (n.opacity === 1 ? 0 : 1)]);
    for (const n of [...map.papers, ...map.keywords]) {
      const passes = filter.papers.has(n.id) || filter.keywords.has(n.id);
      const expected = passes ? eager[2 * slotOf(n.id)] : hideFiltered ? null : eager[2 * slotOf(n.id) + 1];
      expect(layers.styled(n.id)).toStrictEqual(expected);
    }
  });
});
