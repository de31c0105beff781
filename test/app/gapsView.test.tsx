// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { GapsView } from '../../src/components/GapsView';
import { resetMapStore, useMapStore } from '../../src/store/useMapStore';
import { arithmeticMap, twoCliques } from '../core/analysis/smallMaps';

beforeEach(resetMapStore);
afterEach(() => {
  cleanup();
  resetMapStore();
});

describe('the Gaps view', () => {
  test('lists only the significant pair, with p and q on one line each and "and" between its terms', async () => {
    useMapStore.getState().setMap(arithmeticMap(true), 'depleted.map.json');
    render(<GapsView />);
    const list = await screen.findByRole('list', { name: 'Keyword gaps' });
    const items = list.querySelectorAll(':scope > li');
    expect(items).toHaveLength(1);
    const item = items[0] as HTMLElement;
    // The pair reads as words, not as a "×" that looks like a remove button.
    expect(item.querySelector('.gap-pair')!.textContent).toBe('xandy');
    expect(item.querySelector('.gap-and')!.getAttribute('aria-hidden')).toBeNull();
    expect(item.querySelector('.gap-stats')!.textContent).toBe(
      '30 and 30 papers; together in 0, 15.0 expected · p\u00a0=\u00a08.5\u00a0×\u00a010⁻¹⁸ · q\u00a0=\u00a02.1\u00a0×\u00a010⁻¹⁶',
    );
    expect([...item.querySelectorAll('.gap-p')].map((e) => e.textContent)).toEqual([
      'p\u00a0=\u00a08.5\u00a0×\u00a010⁻¹⁸',
      'q\u00a0=\u00a02.1\u00a0×\u00a010⁻¹⁶',
    ]);
    expect(
      screen.getByText(/Benjamini–Hochberg false discovery rate 5%\)\. 25 of 28 pairs could reach significance and were tested/),
    ).toBeTruthy();
    expect(screen.queryByText(/No keyword pair is significantly/)).toBeNull();
    // "Show on map" still filters the map to both keywords.
    fireEvent.click(screen.getByRole('button', { name: 'Show x and y on the map' }));
    expect(useMapStore.getState().filterKeywords).toEqual(['k:x', 'k:y']);
    expect(useMapStore.getState().filterMode).toBe('any');
  });

  test('on noise alone says that no pair is significant, and what was tested', async () => {
    useMapStore.getState().setMap(arithmeticMap(false), 'noise.map.json');
    render(<GapsView />);
    const none = await screen.findByRole('status');
    expect(none.textContent).toBe(
      'No keyword pair is significantly rarer together than chance predicts at a false discovery rate of 5% (25 pairs tested).',
    );
    expect(screen.queryByRole('list', { name: 'Keyword gaps' })).toBeNull();
    // The cluster pair is below expectation but not a gap.
    expect(screen.getByRole('list', { name: 'Cluster pairs' }).textContent).toContain('· not significant');
  });

  test('lists every significant pair when none is left out, and marks a significant cluster pair', async () => {
    useMapStore.getState().setMap(twoCliques(8), 'cliques.map.json');
    render(<GapsView />);
    const list = await screen.findByRole('list', { name: 'Keyword gaps' });
    // Nine significant pairs, each keyword in at most 3 of them: all shown, so no "n of 9 shown" note.
    expect(list.querySelectorAll(':scope > li')).toHaveLength(9);
    expect(screen.queryByText(/significant pairs shown/)).toBeNull();
    expect(screen.getByRole('list', { name: 'Cluster pairs' }).textContent).toContain('a gap at FDR 5%');
  });
});
