// @vitest-environment jsdom
import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { Tooltip } from '../../src/components/Tooltip';
import { resetMapStore, useMapStore } from '../../src/store/useMapStore';
import { loadFixture } from './fixtureMap';

beforeEach(() => loadFixture());
afterEach(() => {
  cleanup();
  resetMapStore();
});

describe('Tooltip', () => {
  test('a paper: its title, then its first author, year and cluster', () => {
    render(<Tooltip />);
    act(() => useMapStore.getState().setHover({ id: '2502.16982', x: 100, y: 200 }));
    const tip = screen.getByRole('tooltip');
    expect(tip.querySelector('.tooltip-meta')?.textContent).toBe('Jingyuan Liu et al. · 2025 · Language models · reasoning');
    // One author, no "et al."; a keyword keeps its paper count.
    act(() => useMapStore.getState().setHover({ id: 'p-diff-hires', x: 100, y: 200 }));
    expect(screen.getByRole('tooltip').querySelector('.tooltip-meta')?.textContent).toBe(
      'Maya Chen · 2024 · Diffusion · image generation',
    );
    act(() => useMapStore.getState().setHover({ id: 'k:video', x: 100, y: 200 }));
    expect(screen.getByRole('tooltip').querySelector('.tooltip-meta')?.textContent).toBe('2 papers');
  });
});
