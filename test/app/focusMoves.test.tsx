// @vitest-environment jsdom
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { App } from '../../src/App';
import { useMapStore } from '../../src/store/useMapStore';
import { createFakeBuildClient, type FakeBuildClient } from './fakeBuildClient';
import { cleanupApp, resetApp, serveFixture } from './fixtureMap';

// Where the keyboard focus goes when the control that had it goes away with what it changed
// (found by a keyboard-only walk through the app: each of these left the focus on the page).

let fake: FakeBuildClient;

beforeEach(() => {
  resetApp();
  serveFixture();
  fake = createFakeBuildClient();
});
afterEach(cleanupApp);

async function renderApp(): Promise<void> {
  render(<App createBuildClient={fake.create} />);
  await waitFor(() => expect(useMapStore.getState().status).toBe('ready'));
}

const details = (): HTMLElement => screen.getByRole('complementary', { name: 'Details' });
const focused = (): Element | null => document.activeElement;

describe('the focus follows the details panel', () => {
  test('a paper picked in the panel, then "Back to the map overview": the focus goes to each new heading', async () => {
    await renderApp();
    const paper = within(details()).getByRole('button', { name: /Video Diffusion at Scale/ });
    paper.focus();
    await userEvent.keyboard('{Enter}');
    expect(focused()).toBe(within(details()).getByRole('heading', { level: 2, name: 'Video Diffusion at Scale' }));
    within(details()).getByRole('button', { name: 'Back to the map overview' }).focus();
    await userEvent.keyboard('{Enter}');
    expect(useMapStore.getState().selection).toBeNull();
    expect(focused()?.tagName).toBe('H2');
    expect(details().contains(focused())).toBe(true);
  });

  test('Escape in the details panel goes back to the overview, the focus on its heading; a text box keeps its Escape', async () => {
    await renderApp();
    within(details())
      .getByRole('button', { name: /Video Diffusion at Scale/ })
      .focus();
    await userEvent.keyboard('{Enter}');
    expect(useMapStore.getState().selection).toMatchObject({ kind: 'paper' });
    await userEvent.keyboard('{Escape}');
    expect(useMapStore.getState().selection).toBeNull();
    expect(focused()?.tagName).toBe('H2');
    expect(details().contains(focused())).toBe(true);
    // In a keyword's "Merge into…" box, Escape is the box's own.
    act(() => useMapStore.getState().select({ kind: 'keyword', id: 'k:video' }));
    await userEvent.click(within(details()).getByRole('button', { name: 'Merge into…' }));
    const box = within(details()).getByRole('combobox');
    box.focus();
    await userEvent.keyboard('{Escape}');
    expect(useMapStore.getState().selection).toMatchObject({ kind: 'keyword', id: 'k:video' });
  });

  test('a selection made elsewhere (the map, the search box) leaves the focus where it is', async () => {
    await renderApp();
    const search = screen.getByRole('combobox', { name: 'Search' });
    search.focus();
    act(() => useMapStore.getState().select({ kind: 'paper', id: 'p-video' }));
    expect(focused()).toBe(search);
  });
});

describe('curating a keyword', () => {
  test('"Merge into…": picking closes the picker with the focus on its button; Escape in an empty box closes it too', async () => {
    await renderApp();
    act(() => useMapStore.getState().select({ kind: 'keyword', id: 'k:video' }));
    const merge = within(details()).getByRole('button', { name: 'Merge into…' });
    await userEvent.click(merge);
    const box = within(details()).getByRole('combobox', { name: 'Merge “video” into' });
    expect(focused()).toBe(box);
    // Opened, it lists the keywords: the first Escape closes that list, the next the picker.
    expect(box.getAttribute('aria-expanded')).toBe('true');
    await userEvent.keyboard('{Escape}');
    expect(box.getAttribute('aria-expanded')).toBe('false');
    await userEvent.keyboard('{Escape}');
    expect(within(details()).queryByRole('combobox', { name: 'Merge “video” into' })).toBeNull();
    expect(focused()).toBe(merge);
    expect(merge.getAttribute('aria-expanded')).toBe('false');

    await userEvent.click(merge);
    await userEvent.keyboard('diff');
    // Escape with text in the box is the box's own (it closes the list, then clears the text).
    await userEvent.keyboard('{Escape}');
    expect(within(details()).getByRole('combobox', { name: 'Merge “video” into' })).toBeTruthy();
    await userEvent.keyboard('{Escape}');
    await userEvent.keyboard('diff');
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(fake.builds).toHaveLength(1));
    expect(focused()).toBe(merge);
  });
});

describe('the keyword filter', () => {
  test('a chip\'s remove button and "Clear filter" leave the focus in the filter box', async () => {
    await renderApp();
    act(() => {
      useMapStore.getState().addFilterKeyword('k:video');
      useMapStore.getState().addFilterKeyword('k:diffus model');
    });
    const box = screen.getByRole('combobox', { name: 'Filter by keyword' });
    screen.getByRole('button', { name: 'Remove video from the filter' }).focus();
    await userEvent.keyboard('{Enter}');
    expect(useMapStore.getState().filterKeywords).toEqual(['k:diffus model']);
    expect(focused()).toBe(box);
    screen.getByRole('button', { name: 'Clear filter' }).focus();
    await userEvent.keyboard('{Enter}');
    expect(useMapStore.getState().filterKeywords).toEqual([]);
    expect(focused()).toBe(box);
  });
});

describe('side panels', () => {
  test('Settings: Escape gives the focus back to its button; Apply keeps it in the panel', async () => {
    await renderApp();
    const toggle = screen.getByRole('button', { name: 'Settings' });
    toggle.focus();
    await userEvent.keyboard('{Enter}');
    const panel = screen.getByRole('dialog', { name: 'Settings' });
    expect(focused()).toBe(panel);
    fireEvent.change(within(panel).getByLabelText('Seed'), { target: { value: '7' } });
    within(panel).getByRole('button', { name: 'Apply' }).focus();
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(fake.builds).toHaveLength(1));
    expect(within(panel).getByRole('button', { name: 'Apply' })).toHaveProperty('disabled', true);
    expect(focused()).toBe(panel);
    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('dialog', { name: 'Settings' })).toBeNull();
    expect(focused()).toBe(toggle);
  });

  test('Gaps, then Themes: Escape gives the focus back to "Themes", the view it was switched to', async () => {
    await renderApp();
    const gaps = screen.getByRole('button', { name: 'Gaps' });
    const themes = screen.getByRole('button', { name: 'Themes' });
    gaps.focus();
    await userEvent.keyboard('{Enter}');
    themes.focus();
    await userEvent.keyboard('{Enter}');
    const panel = screen.getByRole('complementary', { name: 'Thematic map' });
    expect(focused()).toBe(panel);
    fireEvent.keyDown(panel, { key: 'Escape' });
    expect(focused()).toBe(themes);
  });

  test('a panel closed while the user is elsewhere does not pull the focus back', async () => {
    await renderApp();
    const toggle = screen.getByRole('button', { name: 'Gaps' });
    toggle.focus();
    await userEvent.keyboard('{Enter}');
    const search = screen.getByRole('combobox', { name: 'Search' });
    search.focus();
    // Closed by its button, clicked with the mouse: the click moves no focus in jsdom.
    fireEvent.click(toggle);
    expect(screen.queryByRole('complementary', { name: 'Research gaps' })).toBeNull();
    expect(focused()).toBe(search);
  });
});

describe('placing a paper', () => {
  test('the placed paper\'s panel keeps the focus the dialog hands over, not the "Place a paper" button', async () => {
    await renderApp();
    const opener = screen.getByRole('button', { name: 'Place a paper' });
    opener.focus();
    await userEvent.keyboard('{Enter}');
    const dialog = screen.getByRole('dialog', { name: /Place a paper/ });
    const paper = useMapStore.getState().map!.papers[0];
    fireEvent.change(within(dialog).getByRole('textbox'), { target: { value: `${paper.title}\n${paper.abstract}` } });
    await userEvent.click(within(dialog).getByRole('button', { name: /^Place/ }));
    const panel = await screen.findByRole('complementary', { name: 'Placed paper' });
    await waitFor(() => expect(screen.queryByRole('dialog', { name: /Place a paper/ })).toBeNull());
    expect(focused()).toBe(panel);
    // Escape, with nothing placed, still gives the focus back to the button.
    await userEvent.click(within(panel).getByRole('button', { name: 'Clear' }));
    opener.focus();
    await userEvent.keyboard('{Enter}');
    await userEvent.keyboard('{Escape}');
    expect(focused()).toBe(opener);
  });
});

describe('skip link', () => {
  test('"Skip to the details panel" is the first stop and takes the focus past toolbar and filter', async () => {
    await renderApp();
    await userEvent.tab();
    const skip = screen.getByRole('button', { name: 'Skip to the details panel' });
    expect(focused()).toBe(skip);
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(focused()).toBe(within(details()).getByRole('heading', { level: 2 })));
    // The next Tab is inside the panel.
    await userEvent.tab();
    expect(details().contains(focused())).toBe(true);
  });
});
