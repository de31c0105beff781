// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { Legend } from '../../src/components/Legend';
import { yearColor } from '../../src/core/style';
import { resetMapStore, useMapStore } from '../../src/store/useMapStore';
import { loadFixture } from './fixtureMap';

beforeEach(() => loadFixture());
afterEach(() => {
  cleanup();
  resetMapStore();
});

describe('Legend', () => {
  test('lists clusters with label, colour and size', () => {
    render(<Legend />);
    const nav = screen.getByRole('navigation', { name: 'Clusters' });
    const items = within(nav).getAllByRole('button', { pressed: false });
    expect(items.map((b) => b.textContent)).toEqual([
      'Language models · reasoning4',
      'Diffusion · image generation4',
      'Graph neural networks · proteins4',
    ]);
    const swatch = items[0].querySelector('.swatch') as HTMLElement;
    expect(swatch.style.background).toBe('rgb(78, 121, 167)');
  });

  test('choosing a cluster selects it and focuses the map on it; again, deselects', () => {
    render(<Legend />);
    fireEvent.click(screen.getByRole('button', { name: /Diffusion · image generation/ }));
    expect(useMapStore.getState().selection).toEqual({ kind: 'cluster', id: 1 });
    expect(useMapStore.getState().viewRequest).toMatchObject({ type: 'focusCluster', id: 1 });
    const current = screen.getByRole('button', { name: /^Diffusion · image generation/ });
    expect(current.getAttribute('aria-pressed')).toBe('true');
    // Beside the chosen cluster, a button fits the view to it again (after the user moved away).
    const seq = useMapStore.getState().viewRequest!.seq;
    fireEvent.click(screen.getByRole('button', { name: 'Fit to Diffusion · image generation' }));
    expect(useMapStore.getState().viewRequest).toMatchObject({ type: 'focusCluster', id: 1, seq: seq + 1 });
    fireEvent.click(current);
    expect(useMapStore.getState().selection).toBeNull();
  });

  test('a long name, cut on screen, is whole in the tooltip and the accessible name', () => {
    const long = 'quantization · memory footprint · large language models on edge devices';
    const map = useMapStore.getState().map!;
    useMapStore
      .getState()
      .setMap({ ...map, clusters: map.clusters.map((c) => (c.id === 0 ? { ...c, label: long } : c)) }, 'long.map.json');
    render(<Legend />);
    const item = screen.getByRole('button', { name: `${long}, 4 papers` });
    expect(item.getAttribute('title')?.split('\n')[0]).toBe(long);
    expect(item.querySelector('.legend-label')?.textContent).toBe(long);
  });

  test('folds and unfolds', () => {
    render(<Legend />);
    const toggle = screen.getByRole('button', { name: /Clusters/ });
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    fireEvent.click(toggle);
    expect(screen.queryByRole('button', { name: /Diffusion/ })).toBeNull();
    fireEvent.click(toggle);
    expect(screen.getByRole('button', { name: /Diffusion/ })).toBeTruthy();
  });

  test('in year mode: the colour bar, and each cluster named with the colour of its mean year', () => {
    useMapStore.getState().setColorBy('year');
    render(<Legend />);
    const nav = screen.getByRole('navigation', { name: 'Clusters' });
    expect(within(nav).getByRole('figure', { name: 'Colour bar: 2022 to 2025' })).toBeTruthy();
    // The fixture's dated papers by cluster: 0 → 2025, 2025, 2024; 1 → 2024; 2 → 2023, 2024, 2022.
    const cases = [
      { name: 'Language models · reasoning, 4 papers, mean year 2024.7', t: (2024 + 2 / 3 - 2022) / 3 },
      { name: 'Diffusion · image generation, 4 papers, mean year 2024.0', t: 2 / 3 },
      { name: 'Graph neural networks · proteins, 4 papers, mean year 2023.0', t: 1 / 3 },
    ];
    for (const { name, t } of cases) {
      const item = within(nav).getByRole('button', { name });
      const swatch = item.querySelector('.swatch') as HTMLElement;
      const probe = document.createElement('i');
      probe.style.background = yearColor(t, 'light');
      expect(swatch.style.background).toBe(probe.style.background);
      expect(item.getAttribute('title')?.split('\n')[1]).toBe(name.slice(name.lastIndexOf(', ') + 2).replace('mean', 'Mean'));
    }
    // Back to clusters: cluster colours, no colour bar, no year in the names.
    act(() => useMapStore.getState().setColorBy('cluster'));
    expect(screen.queryByRole('figure', { name: /Colour bar/ })).toBeNull();
    const first = within(nav).getByRole('button', { name: 'Language models · reasoning, 4 papers' });
    expect((first.querySelector('.swatch') as HTMLElement).style.background).toBe('rgb(78, 121, 167)');
  });
});
