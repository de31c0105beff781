// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { DetailsPanel } from '../../src/components/DetailsPanel';
import { validateMap } from '../../src/core/map';
import { selectTimeIndex } from '../../src/store/selectTimeIndex';
import { resetMapStore, useMapStore } from '../../src/store/useMapStore';
import { fixtureMap, loadFixture } from './fixtureMap';

beforeEach(() => loadFixture());
afterEach(() => {
  cleanup();
  resetMapStore();
});

function panel(): HTMLElement {
  return screen.getByRole('complementary', { name: 'Details' });
}

// The fixture's dated papers: 2022 ×1, 2023 ×1, 2024 ×3, 2025 ×2 (five undated).
describe('time in the details panel', () => {
  test('a keyword shows its papers per year, with the counts as text, and first/peak/mean year', () => {
    // k:languag model: its dated papers are 2502.16982 (2025), p-rl-reason (2025), p-moe (2024)...
    const map = fixtureMap();
    const dated = new Map(map.papers.map((p) => [p.id, p.year]));
    const years = map.links.filter((l) => l.keyword === 'k:languag model').map((l) => dated.get(l.paper));
    const counted = years.filter((y): y is number => y !== undefined);
    const expected = [2022, 2023, 2024, 2025].map((y) => `${y}: ${counted.filter((c) => c === y).length}`).join(', ');
    act(() => useMapStore.getState().select({ kind: 'keyword', id: 'k:languag model' }));
    render(<DetailsPanel />);
    const chart = within(panel()).getByRole('img', { name: /^Papers per year with/ });
    expect(chart.getAttribute('aria-label')).toBe(
      `Papers per year with ${map.keywords.find((k) => k.id === 'k:languag model')?.term}: ${expected}`,
    );
    const mean = counted.reduce((a, b) => a + b, 0) / counted.length;
    expect(within(panel()).getByText(/first/).textContent).toContain(`mean ${mean.toFixed(1)} (${counted.length} dated)`);
  });

  test("a keyword's details count its own papers' years, not every keyword's", () => {
    // The whole map's keyword table (a count per link) is what the first keyword's click waited
    // for at 100,000 papers; the panel shows the same series from the keyword's papers.
    const time = selectTimeIndex(useMapStore.getState().map)!;
    const table = vi.spyOn(time, 'keywords', 'get');
    act(() => useMapStore.getState().select({ kind: 'keyword', id: 'k:reason' }));
    render(<DetailsPanel />);
    expect(table).not.toHaveBeenCalled();
    table.mockRestore();
    const series = [...(time.keywords.get('k:reason') ?? [])];
    expect(series.reduce((a, b) => a + b, 0)).toBeGreaterThan(0);
    const chart = within(panel()).getByRole('img', { name: /^Papers per year with/ });
    expect(chart.getAttribute('aria-label')).toContain(series.map((n, i) => `${time.firstYear + i}: ${n}`).join(', '));
  });

  test('a cluster shows its papers per year', () => {
    act(() => useMapStore.getState().select({ kind: 'cluster', id: 2 }));
    render(<DetailsPanel />);
    // Cluster 2's dated papers: p-gnn-mol 2023, p-kg-zh 2024, p-fr-protein 2022.
    expect(
      within(panel())
        .getByRole('img', { name: /^Papers per year in/ })
        .getAttribute('aria-label'),
    ).toMatch(/: 2022: 1, 2023: 1, 2024: 1, 2025: 0$/);
    expect(within(panel()).getByText(/first/).textContent).toMatch(/first 2022 · peak 2022 · mean 2023\.0 \(3 dated\)/);
  });

  test('the map overview lists bursts, sorts them by start and selects a keyword on click', () => {
    const map = fixtureMap();
    map.bursts = [
      { keyword: 'k:video', start: 2024, end: 2025, strength: 1.5 },
      { keyword: 'k:reason', start: 2022, end: 2023, strength: 0.75 },
    ];
    act(() => useMapStore.getState().setMap(validateMap(map, 'bursts.map.json'), 'bursts.map.json'));
    render(<DetailsPanel />);
    const table = within(panel()).getByRole('table');
    const firstColumn = () =>
      within(table)
        .getAllByRole('row')
        .slice(1)
        .map((r) => (r as HTMLTableRowElement).cells[0].textContent);
    expect(firstColumn()).toEqual(['video', 'reasoning']);
    fireEvent.click(within(table).getByRole('button', { name: 'Years' }));
    expect(firstColumn()).toEqual(['reasoning', 'video']);
    fireEvent.click(within(table).getByRole('button', { name: 'reasoning' }));
    expect(useMapStore.getState().selection).toEqual({ kind: 'keyword', id: 'k:reason' });
  });

  test('a map without years shows no time at all', () => {
    const map = fixtureMap();
    for (const p of map.papers) delete p.year;
    act(() => useMapStore.getState().setMap(map, 'undated.map.json'));
    render(<DetailsPanel />);
    expect(within(panel()).queryByRole('heading', { name: 'Papers per year' })).toBeNull();
    expect(within(panel()).queryByRole('heading', { name: /Bursts/ })).toBeNull();
  });
});

describe('the time filter ("Years")', () => {
  test('moving From narrows "N of M papers", together with a keyword', async () => {
    const { FilterBar } = await import('../../src/components/FilterBar');
    render(<FilterBar />);
    const years = screen.getByRole('group', { name: 'Years' });
    const count = () => screen.getByRole('status').textContent;
    expect(count()).toBe('12 of 12 papers');
    fireEvent.change(within(years).getByRole('slider', { name: 'From year' }), { target: { value: '2024' } });
    expect(useMapStore.getState().filterYears).toEqual({ from: 2024, to: 2025 });
    expect(count()).toBe('5 of 12 papers');
    act(() => useMapStore.getState().addFilterKeyword('k:diffus model'));
    expect(count()).toBe('1 of 12 papers');
    fireEvent.click(within(years).getByRole('button', { name: 'All years' }));
    expect(count()).toBe('4 of 12 papers');
  });
});
