import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { writeSvg } from '../../../src/core/export';
import type { MapFile } from '../../../src/core/map';
import { filterMap, indexMap } from '../../../src/core/query';
import { computeScene, createSceneCache, type SceneView } from '../../../src/core/scene';

const FIXTURE = new URL('../../fixtures/small.map.json', import.meta.url);

/** The SVG of the fixture's scene; `positions` as a drag leaves them. */
function svgOf(map: MapFile, view: SceneView, positions?: ReadonlyMap<string, { x: number; y: number }>): string {
  const index = indexMap(map);
  const scene = computeScene(
    {
      map,
      index,
      filter: filterMap(map, index, { keywords: [], mode: 'all' }),
      hideFiltered: true,
      selection: null,
      hoverId: map.papers[0].id,
      theme: 'light',
      view,
      positions: positions && { at: positions, version: 0 },
    },
    createSceneCache(map),
  );
  return writeSvg(scene);
}

describe('writeSvg never writes NaN or Infinity', () => {
  it('leaves out nodes, links and labels whose screen position is not finite', () => {
    const map = JSON.parse(readFileSync(FIXTURE, 'utf8')) as MapFile;
    // Neither survives the validator; a position a drag simulation computed could still be NaN,
    // and the far paper is drawn nowhere.
    map.papers[0].x = 1e308;
    const positions = new Map([[map.papers[1].id, { x: NaN, y: 20 }]]);
    const svg = svgOf(map, { width: 800, height: 600, k: 1, x: 400, y: 300 }, positions);
    expect(svg).not.toMatch(/NaN|Infinity/);
    expect(svg.match(/<circle/g)?.length).toBeGreaterThan(5);
    expect(svg).toContain('</svg>');
  });

  it('refuses a view that is not finite, in words', () => {
    const map = JSON.parse(readFileSync(FIXTURE, 'utf8')) as MapFile;
    expect(() => svgOf(map, { width: 800, height: 600, k: NaN, x: 0, y: 0 })).toThrow(
      /writeSvg: the view is not usable \(.*k NaN/,
    );
    expect(() => svgOf(map, { width: 800, height: 600, k: 0, x: 0, y: 0 })).toThrow(/writeSvg: the view is not usable/);
  });
});
