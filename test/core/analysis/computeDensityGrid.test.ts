import { describe, expect, it } from 'vitest';
import { computeDensityGrid, densityPixels } from '../../../src/core/analysis';
import { twoCliques } from './smallMaps';

describe('computeDensityGrid', () => {
  it('puts the densest cell at the papers, symmetric around a lone one, fading with distance', () => {
    const map = twoCliques(4);
    // One paper only: its hill is a Gaussian centred on it.
    const lone = { ...map, papers: [{ ...map.papers[0], x: 0, y: 0 }] };
    const grid = computeDensityGrid(lone, { cells: 41, bandwidth: 0.05 });
    let best = 0;
    for (let i = 1; i < grid.values.length; i++) if (grid.values[i] > grid.values[best]) best = i;
    expect(grid.values[best]).toBe(1);
    const col = best % grid.cols;
    const row = Math.floor(best / grid.cols);
    // The paper lies in that cell.
    expect(grid.x0 + col * grid.cell).toBeLessThanOrEqual(0);
    expect(grid.x0 + (col + 1) * grid.cell).toBeGreaterThan(0);
    expect(grid.y0 + row * grid.cell).toBeLessThanOrEqual(0);
    expect(grid.values[best - 1]).toBeCloseTo(grid.values[best + 1], 6);
    expect(grid.values[best - grid.cols]).toBeCloseTo(grid.values[best + grid.cols], 6);
    expect(grid.values[best + 1]).toBeLessThan(1);
    expect(grid.values[best + 3]).toBeLessThan(grid.values[best + 1]);
    expect(grid.cluster[best]).toBe(map.papers[0].cluster);
  });

  it("fades a hill out to nothing at the grid's edge: no step in the √density the view shows", () => {
    const map = twoCliques(4);
    const lone = { ...map, papers: [{ ...map.papers[0], x: 0, y: 0 }] };
    const grid = computeDensityGrid(lone, { cells: 81, bandwidth: 0.05 });
    let best = 0;
    for (let i = 1; i < grid.values.length; i++) if (grid.values[i] > grid.values[best]) best = i;
    const row = Math.floor(best / grid.cols);
    // The grid reaches as far as the hill. At its edge, in the paper's row and along the top row,
    // the √ the view shows has come down to (nearly) nothing. Cut at 3σ, the hill stopped at 0.1
    // there and the map showed the step: a square's edge around each paper.
    expect(Math.sqrt(grid.values[row * grid.cols + grid.cols - 1])).toBeLessThan(0.03);
    expect(Math.sqrt(Math.max(...grid.values.slice(0, grid.cols)))).toBeLessThan(0.03);
  });

  it('gives each side of the map its own cluster', () => {
    const map = twoCliques(4);
    const papers = map.papers.map((p) => ({ ...p, x: p.cluster === 0 ? -500 : 500, y: 0 }));
    const grid = computeDensityGrid({ ...map, papers }, { cells: 50 });
    const row = Math.floor((0 - grid.y0) / grid.cell);
    const at = (x: number): number => row * grid.cols + Math.floor((x - grid.x0) / grid.cell);
    expect(grid.cluster[at(-500)]).toBe(0);
    expect(grid.cluster[at(500)]).toBe(1);
    // 5 papers at -500 (4 + the bridge), 4 at +500: the left hill is the highest.
    expect(grid.values[at(-500)]).toBe(1);
    expect(grid.values[at(500)]).toBeCloseTo(0.8, 5);
    expect(grid.values[at(0)]).toBeLessThan(0.01);
  });

  it('colours empty cells with the background and dense ones away from it', () => {
    const map = twoCliques(4);
    const grid = computeDensityGrid(map, { cells: 30 });
    const pixels = densityPixels(grid, 'light', 'heat');
    expect(pixels.length).toBe(grid.cols * grid.rows * 4);
    const least = grid.values.indexOf(Math.min(...grid.values));
    expect(grid.values[least]).toBeLessThan(1e-3);
    for (const channel of pixels.slice(least * 4, least * 4 + 4)) expect(channel).toBeGreaterThanOrEqual(250);
    const peak = grid.values.indexOf(1);
    expect(pixels[peak * 4 + 2]).toBeLessThan(120);
  });

  it('with weight "keywords", counts keyword nodes by their papers, not the papers', () => {
    const map = twoCliques(4);
    // Papers all on the left; keywords on both sides, the right one weighing three times the left.
    const papers = map.papers.map((p) => ({ ...p, x: -500, y: 0 }));
    const keywords = map.keywords.map((k, i) => ({ ...k, x: i === 0 ? -500 : 500, y: 0, papers: i === 0 ? 1 : 0 }));
    keywords[keywords.length - 1] = { ...keywords[keywords.length - 1], papers: 3 };
    const grid = computeDensityGrid({ ...map, papers, keywords }, { cells: 50, weight: 'keywords' });
    const row = Math.floor((0 - grid.y0) / grid.cell);
    const at = (x: number): number => row * grid.cols + Math.floor((x - grid.x0) / grid.cell);
    expect(grid.values[at(500)]).toBe(1);
    expect(grid.values[at(-500)]).toBeCloseTo(1 / 3, 5);
    expect(grid.cluster[at(500)]).toBe(keywords[keywords.length - 1].cluster);
    // The papers alone: one hill, on the left; the right side is empty.
    const byPapers = computeDensityGrid({ ...map, papers, keywords }, { cells: 50 });
    expect(byPapers.cols).toBeLessThan(grid.cols);
    expect(Math.max(...byPapers.values)).toBe(1);
  });
});
