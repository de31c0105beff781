import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { validateMap } from '../../../src/core/map';
import { filterMap, indexMap } from '../../../src/core/query';
import {
  type SceneEdge,
  type SceneInput,
  chosenLinks,
  createSceneCache,
  edgeAt,
  expandLinkEdges,
  passingLinkEdges,
  sceneLayers,
} from '../../../src/core/scene';

const map = validateMap(
  JSON.parse(readFileSync(join(dirname(fileURLToPath(import.meta.url)), '../../fixtures/small.map.json'), 'utf8')),
  'small.map.json',
);
const index = indexMap(map);

function input(over: Partial<SceneInput>): SceneInput {
  return {
    map,
    index,
    filter: filterMap(map, index, { keywords: [], mode: 'all' }),
    hideFiltered: false,
    selection: null,
    hoverId: null,
    theme: 'light',
    view: { width: 1000, height: 700, k: 1.5, x: 500, y: 350 },
    ...over,
  };
}

describe('passingLinkEdges', () => {
  test('the same edges, in the same order, as an edge object per passing link (every filter and budget of the fixture)', () => {
    const cache = createSceneCache(map);
    let compared = 0;
    for (const [keywords, mode] of [
      [['k:video'], 'all'],
      [['k:languag model'], 'all'],
      [['k:languag model', 'k:reason'], 'any'],
      [['k:languag model', 'k:reason'], 'all'],
    ] as const) {
      const filter = filterMap(map, index, { keywords: [...keywords], mode });
      for (const linkBudget of [undefined, 300, 60]) {
        const at = input({ filter, linkBudget });
        const layers = sceneLayers(at, cache);
        const { chosen, opacity } = chosenLinks(layers, at, cache);
        const links = layers.links;
        // What the filter overlay made before: one edge object per passing link of the choice.
        const before: SceneEdge[] = [];
        const positions = chosen ?? Int32Array.from({ length: links.length }, (_, p) => p);
        for (const p of positions) if (links.group[p] === 0) before.push(edgeAt(links, p, layers.theme.edge, 0.6, opacity));
        const list = passingLinkEdges(links, chosen, layers.theme.edge, 0.6, opacity);
        expect(list.at).toBeInstanceOf(Int32Array);
        expect(expandLinkEdges(list)).toEqual(before);
        compared += before.length;
      }
    }
    expect(compared).toBeGreaterThan(0);
  });

  test('keeps the order of the choice and only group 0 (passing) links', () => {
    const column = (values: number[]) => Float64Array.from(values);
    const links = {
      count: 4,
      length: 4,
      x1: column([0, 1, 2, 3]),
      y1: column([10, 11, 12, 13]),
      x2: column([20, 21, 22, 23]),
      y2: column([30, 31, 32, 33]),
      paper: new Int32Array(4),
      keyword: new Int32Array(4),
      group: Uint8Array.from([0, 1, 0, 2]),
      ofPaper: () => new Int32Array(0),
      ofKeyword: () => new Int32Array(0),
    };
    expect([...passingLinkEdges(links, null, '#000', 1, 0.5).at]).toEqual([0, 2]);
    expect([...passingLinkEdges(links, Int32Array.from([3, 2, 1, 0]), '#000', 1, 0.5).at]).toEqual([2, 0]);
    expect(expandLinkEdges(passingLinkEdges(links, Int32Array.from([2]), '#123', 0.6, 0.2))).toEqual([
      { x1: 2, y1: 12, x2: 22, y2: 32, color: '#123', width: 0.6, opacity: 0.2 },
    ]);
  });
});
