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

  test('a big map of several clusters lists in the order one sort gives: by cluster id, then title, ties in map order', async () => {
    const map = fixtureMap();
    const [a, b, c] = map.clusters.map((cl) => cl.id).sort((x, y) => x - y);
    // Clusters out of order, titles differing in case and accents, and one title twice.
    const specs: [number, string][] = [
      [c, 'zeta'],
      [a, 'Beta'],
      [b, 'alpha'],
      [a, 'alpha'],
      [c, 'Éclair'],
      [a, 'beta'],
      [b, 'Alpha'],
      [a, 'alpha'],
    ];
    const papers = Array.from({ length: 5001 }, (_, i) => {
      const [cluster, title] = specs[i % specs.length];
      return { ...map.papers[0], id: `p${i}`, cluster, title: `${title} ${String(Math.floor(i / 997)).padStart(2, '0')}` };
    });
    useMapStore.getState().setMap({ ...map, papers, links: [] }, 'big.map.json');
    render(<MapOverview />);
    const list = screen.getByRole('heading', { name: 'Papers (5001)' }).nextElementSibling as HTMLElement;
    await within(list).findAllByRole('button', {}, { timeout: 50_000 });
    const compare = new Intl.Collator().compare;
    const want = [...papers].sort((x, y) => x.cluster - y.cluster || compare(x.title, y.title));
    const shown = within(list)
      .getAllByRole('button')
      .map((button) => button.textContent);
    expect(shown.length).toBeGreaterThan(10);
    expect(shown).toEqual(want.slice(0, shown.length).map((p) => p.title));
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
