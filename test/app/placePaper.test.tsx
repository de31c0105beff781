// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { CompareView } from '../../src/components/CompareView';
import { PlacedPaperPanel } from '../../src/components/PlacedPaperPanel';
import { placeOnMap } from '../../src/store/placeOnMap';
import { resetMapStore, useMapStore } from '../../src/store/useMapStore';
import { fixtureMap } from './fixtureMap';

beforeEach(() => {
  resetMapStore();
  useMapStore.getState().setMap(fixtureMap(), 'small.map.json');
});
afterEach(() => {
  cleanup();
  resetMapStore();
});

describe('placing a paper in the app', () => {
  test('placeOnMap places a pasted paper on the map on screen and the panel shows it; Clear removes it', async () => {
    const map = useMapStore.getState().map!;
    const paper = map.papers[0];
    const placed = await placeOnMap(`${paper.title}\n${paper.abstract}`);
    expect(useMapStore.getState().placed).toBe(placed);
    expect(placed!.placement.similar[0].id).toBe(paper.id);
    expect(placed!.placement.cluster?.id).toBe(paper.cluster);

    render(<PlacedPaperPanel />);
    const panel = screen.getByRole('complementary', { name: 'Placed paper' });
    const cluster = map.clusters.find((c) => c.id === paper.cluster)!;
    expect(within(panel).getByRole('button', { name: cluster.label })).toBeTruthy();
    // Its own title: as the panel's heading and first in the similar papers.
    expect(within(panel).getAllByText(paper.title).length).toBe(2);

    fireEvent.click(within(panel).getAllByRole('button', { name: paper.title })[0]);
    expect(useMapStore.getState().selection).toEqual({ kind: 'paper', id: paper.id });

    fireEvent.click(within(panel).getByRole('button', { name: 'Clear' }));
    expect(useMapStore.getState().placed).toBeNull();
    expect(screen.queryByRole('complementary', { name: 'Placed paper' })).toBeNull();
  });

  test('a new map clears the placed paper', async () => {
    const paper = useMapStore.getState().map!.papers[1];
    await placeOnMap(`${paper.title}\n${paper.abstract}`);
    expect(useMapStore.getState().placed).not.toBeNull();
    useMapStore.getState().setMap(fixtureMap(), 'other.map.json');
    expect(useMapStore.getState().placed).toBeNull();
  });

  test('an unreadable paste rejects with the line and leaves nothing placed', async () => {
    await expect(placeOnMap('Just a title')).rejects.toThrow('pasted:1: no abstract');
    expect(useMapStore.getState().placed).toBeNull();
  });
});

describe('CompareView', () => {
  test('compares the map on screen with a second map, and shows an unreadable one as an error', () => {
    const map = useMapStore.getState().map!;
    const { rerender } = render(<CompareView target={{ map, source: 'same.map.json' }} onClose={() => {}} />);
    const panel = screen.getByRole('complementary', { name: 'Compared with same.map.json' });
    expect(panel.textContent).toContain(
      `0 grew, 0 shrank, ${map.clusters.length} kept their size (by share of the map), 0 disappeared, 0 appeared`,
    );
    // Each matched cluster's share of either map, next to its counts.
    const first = map.clusters[0];
    const share = `${((100 * first.size) / map.papers.length).toFixed(1)}%`;
    expect(panel.textContent).toContain(`${share} → ${share} of the map`);
    rerender(<CompareView target={{ error: 'The map file is not valid: x', source: 'bad.json' }} onClose={() => {}} />);
    expect(screen.getByRole('alert').textContent).toBe('The map file is not valid: x');
  });
});
