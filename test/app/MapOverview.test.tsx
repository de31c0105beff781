// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, test } from 'vitest';
import { MapOverview } from '../../src/components/MapOverview';
import type { MapFile } from '../../src/core/map';
import { resetMapStore, useMapStore } from '../../src/store/useMapStore';
import { fixtureMap } from './fixtureMap';

afterEach(() => {
  cleanup();
  resetMapStore();
});

/** The fixture's papers repeated to `n`, titled so that the sorted order is known. */
function bigMap(n: number): MapFile {
  const map = fixtureMap();
  const papers = Array.from({ length: n }, (_, i) => ({
    ...map.papers[0],
    id: `p${i}`,
    cluster: map.clusters[0].id,
    title: `Paper ${String(n - i).padStart(5, '0')}`,
  }));
  return { ...map, papers, links: [] };
}

describe('MapOverview', () => {
  test('a big map: the count at once, the list sorted by title after the paint', async () => {
    useMapStore.getState().setMap(bigMap(5001), 'big.map.json');
    render(<MapOverview />);
    const heading = screen.getByRole('heading', { name: 'Papers (5001)' });
    const list = heading.nextElementSibling as HTMLElement;
    expect(within(list).queryAllByRole('button')).toHaveLength(0);
    // A condition, not a speed: a busy machine may take long to paint.
    await within(list).findAllByRole('button', {}, { timeout: 50_000 });
    const titles = within(list)
      .getAllByRole('button')
      .slice(0, 3)
      .map((b) => b.textContent);
    expect(titles).toEqual(['Paper 00001', 'Paper 00002', 'Paper 00003']);
  });

  test('counts in the right number: "1 paper · 1 keyword · 1 cluster", "0 keywords"', () => {
    const map = fixtureMap();
    const one = {
      ...map,
      papers: map.papers.slice(0, 1),
      keywords: map.keywords.slice(0, 1),
      clusters: map.clusters.slice(0, 1),
      links: [],
    };
    useMapStore.getState().setMap(one, 'one.map.json');
    render(<MapOverview />);
    expect(screen.getByText('1 paper · 1 keyword · 1 cluster')).toBeTruthy();
    cleanup();
    useMapStore.getState().setMap({ ...one, keywords: [] }, 'none.map.json');
    render(<MapOverview />);
    expect(screen.getByText('1 paper · 0 keywords · 1 cluster')).toBeTruthy();
  });
});
