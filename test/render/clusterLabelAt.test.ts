import { describe, expect, test } from 'vitest';
import { filterMap, indexMap } from '../../src/core/query';
import { computeScene, createSceneCache, estimateTextWidth, type SceneLabel } from '../../src/core/scene';
import { clusterLabelAt } from '../../src/render/clusterLabelAt';
import { smallMap } from './smallMap';

const view = { width: 1000, height: 700, k: 1.5, x: 500, y: 350 };

function label(text: string, x: number, y: number, cluster: number): SceneLabel {
  return { text, x, y, fontSize: 14, bold: true, color: '#000', opacity: 1, kind: 'cluster', cluster };
}

describe('clusterLabelAt', () => {
  test('finds the cluster whose name covers the point, by the id the label carries', () => {
    const labels = [label('Unclustered', 0, 0, 4), label('Unclustered', 200, 0, 7)];
    const at = (x: number, y: number) => clusterLabelAt(labels, x * view.k + view.x, y * view.k + view.y, view);
    expect(at(0, 0)).toBe(4);
    expect(at(200, 0)).toBe(7);
    // Inside the text's box, off its centre.
    const half = estimateTextWidth('Unclustered', 14, true) / 2;
    expect(clusterLabelAt(labels, view.x + 200 * view.k + half - 1, view.y + 9, view)).toBe(7);
    expect(clusterLabelAt(labels, view.x + 200 * view.k + half + 1, view.y, view)).toBeNull();
    expect(at(100, 0)).toBeNull();
  });

  test('node labels are not cluster names; the measure decides the width', () => {
    const node: SceneLabel = { ...label('wide', 0, 0, 1), kind: 'node', cluster: undefined };
    expect(clusterLabelAt([node], view.x, view.y, view)).toBeNull();
    const wide = () => 400;
    const names = [label('x', 0, 0, 3)];
    expect(clusterLabelAt(names, view.x + 150, view.y, view)).toBeNull();
    expect(clusterLabelAt(names, view.x + 150, view.y, view, wide)).toBe(3);
  });

  test('on a map where two clusters have the same name, clicking each name gives its own cluster', () => {
    const map = smallMap();
    map.clusters[1].label = 'Unclustered';
    map.clusters[2].label = 'Unclustered';
    const index = indexMap(map);
    const scene = computeScene(
      {
        map,
        index,
        filter: filterMap(map, index, { keywords: [], mode: 'all' }),
        hideFiltered: false,
        selection: null,
        hoverId: null,
        theme: 'light',
        view,
      },
      createSceneCache(map),
    );
    const names = scene.labels.filter((l) => l.kind === 'cluster' && l.text === 'Unclustered');
    expect(names).toHaveLength(2);
    const found = names.map((l) => clusterLabelAt(scene.labels, l.x * view.k + view.x, l.y * view.k + view.y, view));
    expect(found.sort()).toEqual([1, 2]);
    // And each is the cluster whose region the name sits over.
    for (const l of names) {
      const id = clusterLabelAt(scene.labels, l.x * view.k + view.x, l.y * view.k + view.y, view)!;
      const own = map.keywords.filter((k) => k.cluster === id);
      const cx = own.reduce((s, k) => s + k.x * Math.max(1, k.papers), 0) / own.reduce((s, k) => s + Math.max(1, k.papers), 0);
      const other = map.keywords.filter((k) => k.cluster === 3 - id);
      const ox =
        other.reduce((s, k) => s + k.x * Math.max(1, k.papers), 0) / other.reduce((s, k) => s + Math.max(1, k.papers), 0);
      expect(Math.abs(l.x - cx)).toBeLessThan(Math.abs(l.x - ox));
    }
  });
});
