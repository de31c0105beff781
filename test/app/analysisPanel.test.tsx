// @vitest-environment jsdom
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { App } from '../../src/App';
import { useMapStore } from '../../src/store/useMapStore';
import { cleanupApp, resetApp, serveFixture } from './fixtureMap';

beforeEach(() => {
  resetApp();
  serveFixture();
});
afterEach(cleanupApp);

describe('the analysis side panel', () => {
  test.each([
    ['Gaps', 'Research gaps'],
    ['Themes', 'Thematic map'],
  ])('"%s" opens with the focus in it; Escape closes it and gives the focus back to the button', async (button, title) => {
    render(<App />);
    await waitFor(() => expect(useMapStore.getState().status).toBe('ready'));
    const toggle = screen.getByRole('button', { name: button });
    toggle.focus();
    fireEvent.click(toggle);
    const panel = screen.getByRole('complementary', { name: title });
    expect(document.activeElement).toBe(panel);
    fireEvent.keyDown(panel, { key: 'Escape' });
    expect(screen.queryByRole('complementary', { name: title })).toBeNull();
    expect(document.activeElement).toBe(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
  });
});

describe('the analysis views under a filter', () => {
  test('say their figures are the whole map’s while a year or keyword filter narrows the map', async () => {
    render(<App />);
    await waitFor(() => expect(useMapStore.getState().status).toBe('ready'));
    fireEvent.click(screen.getByRole('button', { name: 'Themes' }));
    const panel = screen.getByRole('complementary', { name: 'Thematic map' });
    const total = useMapStore.getState().map!.papers.length;
    expect(panel.textContent).not.toContain('whole map’s');
    act(() => useMapStore.getState().setFilterYears({ from: 2024, to: 2025 }));
    const shown = useMapStore.getState().map!.papers.filter((p) => p.year !== undefined && p.year >= 2024).length;
    expect(shown).toBeLessThan(total);
    expect(panel.textContent).toContain(
      `These figures are the whole map’s (${total} papers), not only the ${shown} the filter shows.`,
    );
    act(() => useMapStore.getState().setFilterYears(null));
    expect(panel.textContent).not.toContain('whole map’s');
  });
});
