// @vitest-environment jsdom
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
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
