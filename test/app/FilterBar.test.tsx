// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { FilterBar } from '../../src/components/FilterBar';
import { selectFilterResult } from '../../src/store/selectFilterResult';
import { resetMapStore, useMapStore } from '../../src/store/useMapStore';
import { fixtureMap, loadFixture } from './fixtureMap';

beforeEach(() => loadFixture());
afterEach(() => {
  cleanup();
  resetMapStore();
});

function choose(term: string): void {
  const box = screen.getByRole('combobox', { name: 'Filter by keyword' });
  fireEvent.focus(box);
  fireEvent.change(box, { target: { value: term } });
  const option = screen.getAllByRole('option').find((o) => o.textContent?.startsWith(term));
  if (!option) throw new Error(`no option ${term}`);
  fireEvent.mouseDown(option);
}

describe('FilterBar', () => {
  test('says how many papers are shown', () => {
    render(<FilterBar />);
    expect(screen.getByText('12 of 12 papers')).toBeTruthy();
  });

  test('writes the counts as the rest of the page does: thousands with commas, one paper as one', () => {
    const map = fixtureMap();
    const copies = Array.from({ length: 1585 }, (_, i) => ({ ...map.papers[i % map.papers.length], id: `p${i}` }));
    useMapStore.getState().setMap({ ...map, papers: copies, links: [] }, 'big.map.json');
    render(<FilterBar />);
    expect(screen.getByText('1,585 of 1,585 papers')).toBeTruthy();
    act(() => useMapStore.getState().setMap({ ...map, papers: copies.slice(0, 1), links: [] }, 'one.map.json'));
    expect(screen.getByText('1 of 1 paper')).toBeTruthy();
  });

  test('beside chosen keywords the box, squeezed on one row, hints with fewer words; its name stays', () => {
    render(<FilterBar />);
    const box = (): HTMLInputElement => screen.getByRole('combobox', { name: 'Filter by keyword' }) as HTMLInputElement;
    expect(box().placeholder).toBe('Filter by keyword…');
    choose('video');
    expect(box().placeholder).toBe('Add keyword…');
  });

  test('autocompletes keywords with their paper counts, best match first', () => {
    render(<FilterBar />);
    const box = screen.getByRole('combobox', { name: 'Filter by keyword' });
    fireEvent.focus(box);
    fireEvent.change(box, { target: { value: 'ima' } });
    const options = screen.getAllByRole('option');
    expect(options.map((o) => o.textContent)).toEqual(['image generation3', 'text-to-image2']);
    expect(screen.getByRole('option', { name: 'image generation, 3 papers' })).toBe(options[0]);
    expect(box.getAttribute('aria-expanded')).toBe('true');
  });

  test('keyboard: arrows move through options and Enter picks', () => {
    render(<FilterBar />);
    const box = screen.getByRole('combobox', { name: 'Filter by keyword' });
    fireEvent.focus(box);
    fireEvent.change(box, { target: { value: 'ima' } });
    fireEvent.keyDown(box, { key: 'ArrowDown' });
    expect(box.getAttribute('aria-activedescendant')).toBe(screen.getAllByRole('option')[1].id);
    fireEvent.keyDown(box, { key: 'Enter' });
    expect(useMapStore.getState().filterKeywords).toEqual(['k:text imag']);
  });

  test('Backspace in the empty box takes back the last keyword chosen; with text in it, it edits the text', () => {
    render(<FilterBar />);
    choose('language models');
    choose('reasoning');
    const box = screen.getByRole('combobox', { name: 'Filter by keyword' });
    fireEvent.change(box, { target: { value: 'dif' } });
    fireEvent.keyDown(box, { key: 'Backspace' });
    expect(useMapStore.getState().filterKeywords).toEqual(['k:languag model', 'k:reason']);
    fireEvent.change(box, { target: { value: '' } });
    fireEvent.keyDown(box, { key: 'Backspace' });
    expect(useMapStore.getState().filterKeywords).toEqual(['k:languag model']);
    fireEvent.keyDown(box, { key: 'Backspace' });
    fireEvent.keyDown(box, { key: 'Backspace' });
    expect(useMapStore.getState().filterKeywords).toEqual([]);
  });

  test('keywords no paper has together: the count says so and points to Any', () => {
    render(<FilterBar />);
    choose('diffusion models');
    expect(screen.getByRole('status').textContent).toBe('4 of 12 papers');
    choose('reinforcement learning');
    expect(screen.getByRole('status').textContent).toBe('0 of 12 papers: none has all of them; try Any');
    fireEvent.click(screen.getByRole('radio', { name: 'Any' }));
    expect(screen.getByRole('status').textContent).not.toContain('try Any');
  });

  test('choosing keywords narrows the map (all, then any), chips remove them, clear restores', () => {
    render(<FilterBar />);
    choose('language models');
    expect(useMapStore.getState().filterKeywords).toEqual(['k:languag model']);
    expect(screen.getByText('4 of 12 papers')).toBeTruthy();
    choose('reasoning');
    expect(screen.getByText('2 of 12 papers')).toBeTruthy();
    const chips = screen.getByRole('list', { name: 'Chosen keywords' });
    expect(
      within(chips)
        .getAllByRole('listitem')
        .map((li) => li.textContent?.replace('×', '')),
    ).toEqual(['language models', 'reasoning']);

    fireEvent.click(screen.getByRole('radio', { name: 'Any' }));
    expect(useMapStore.getState().filterMode).toBe('any');
    expect(screen.getByText('5 of 12 papers')).toBeTruthy();

    fireEvent.click(screen.getByRole('radio', { name: 'Hide others' }));
    expect(useMapStore.getState().hideFiltered).toBe(true);

    fireEvent.click(screen.getByRole('button', { name: 'Remove language models from the filter' }));
    expect(useMapStore.getState().filterKeywords).toEqual(['k:reason']);
    expect(screen.getByText('3 of 12 papers')).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Clear filter' }));
    expect(useMapStore.getState().filterKeywords).toEqual([]);
    expect(selectFilterResult(useMapStore.getState()).active).toBe(false);
    expect(screen.getByText('12 of 12 papers')).toBeTruthy();
    expect(screen.queryByRole('list', { name: 'Chosen keywords' })).toBeNull();
  });

  test('a filter change asks the view to bring its matches into view; "Fit to matches" asks again', () => {
    render(<FilterBar />);
    expect(screen.queryByRole('button', { name: 'Fit to matches' })).toBeNull();
    choose('language models');
    expect(useMapStore.getState().viewRequest).toMatchObject({ type: 'fitMatches', auto: 'first' });
    choose('reasoning');
    expect(useMapStore.getState().viewRequest).toMatchObject({ type: 'fitMatches', auto: 'change' });
    const seq = useMapStore.getState().viewRequest!.seq;
    fireEvent.click(screen.getByRole('button', { name: 'Fit to matches' }));
    const request = useMapStore.getState().viewRequest!;
    expect(request).toMatchObject({ type: 'fitMatches', seq: seq + 1 });
    expect(request).not.toHaveProperty('auto');
    // Restoring a filter (URL, history) keeps the view it comes with.
    useMapStore.getState().setFilter({ keywords: ['k:video'], mode: 'all', hide: false });
    expect(useMapStore.getState().viewRequest!.seq).toBe(seq + 1);
    // Dim or hide moves nothing; neither does clearing.
    fireEvent.click(screen.getByRole('radio', { name: 'Hide others' }));
    fireEvent.click(screen.getByRole('button', { name: 'Clear filter' }));
    expect(useMapStore.getState().viewRequest!.seq).toBe(seq + 1);
    expect(screen.queryByRole('button', { name: 'Fit to matches' })).toBeNull();
  });

  test('a chosen keyword is not offered again', () => {
    render(<FilterBar />);
    choose('video');
    const box = screen.getByRole('combobox', { name: 'Filter by keyword' });
    fireEvent.focus(box);
    fireEvent.change(box, { target: { value: 'vid' } });
    expect(screen.queryAllByRole('option')).toHaveLength(0);
    expect(screen.getByText('No keyword matches')).toBeTruthy();
  });
});
