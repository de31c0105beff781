// @vitest-environment jsdom
import { render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { App } from '../../src/App';
import { ErrorBoundary } from '../../src/components/ErrorBoundary';
import { useMapStore } from '../../src/store/useMapStore';
import { cleanupApp, FIXTURE_TEXT, resetApp } from './fixtureMap';

function respond(status: number, body: string): void {
  vi.stubGlobal(
    'fetch',
    vi.fn(async () => new Response(body, { status, statusText: status === 404 ? 'Not Found' : 'OK' })),
  );
}

beforeEach(resetApp);
afterEach(cleanupApp);

describe('App', () => {
  test('loads the default map and shows its panels', async () => {
    respond(200, FIXTURE_TEXT);
    render(<App />);
    await waitFor(() => expect(useMapStore.getState().status).toBe('ready'));
    expect(vi.mocked(fetch).mock.calls[0][0]).toBe('./trending-papers.map.json');
    expect(screen.getByRole('complementary', { name: 'Details' })).toBeTruthy();
    expect(screen.getByRole('combobox', { name: 'Search' })).toBeTruthy();
    expect(screen.getByRole('combobox', { name: 'Filter by keyword' })).toBeTruthy();
    expect(screen.getByText('12 of 12 papers')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Export SVG' })).toBeTruthy();
  });

  test('each labelled control is the only element with its label', async () => {
    // A user (or a test written outside the project) finds the controls by label: a suggestion
    // list or a region sharing the name would make "Filter by keyword" ambiguous.
    respond(200, FIXTURE_TEXT);
    render(<App />);
    await waitFor(() => expect(useMapStore.getState().status).toBe('ready'));
    // Matched as a substring, ignoring case, as a browser test's getByLabel does.
    expect(screen.getAllByLabelText(/search/i).map((e) => e.tagName)).toEqual(['INPUT']);
    expect(screen.getAllByLabelText(/filter by keyword/i).map((e) => e.tagName)).toEqual(['INPUT']);
    expect(screen.getAllByLabelText(/details/i).map((e) => e.tagName)).toEqual(['ASIDE']);
  });

  test('restores selection and filter from the URL', async () => {
    history.replaceState(null, '', '/?select=p:p-video&kw=diffus+model,video&mode=any');
    respond(200, FIXTURE_TEXT);
    render(<App />);
    await waitFor(() => expect(useMapStore.getState().selection).toEqual({ kind: 'paper', id: 'p-video' }));
    expect(useMapStore.getState().filterKeywords).toEqual(['k:diffus model', 'k:video']);
    expect(useMapStore.getState().filterMode).toBe('any');
    expect(screen.getByRole('heading', { level: 2, name: 'Video Diffusion at Scale' })).toBeTruthy();
  });

  test('a selection change adds a history entry; going back restores the previous one', async () => {
    respond(200, FIXTURE_TEXT);
    render(<App />);
    await waitFor(() => expect(useMapStore.getState().status).toBe('ready'));
    const length = history.length;
    useMapStore.getState().select({ kind: 'keyword', id: 'k:video' });
    // Written after the next paint, not inside the click.
    expect(location.search).not.toContain('select=k:video');
    await waitFor(() => expect(location.search).toContain('select=k:video'));
    expect(history.length).toBe(length + 1);
    useMapStore.getState().addFilterKeyword('k:reason');
    await waitFor(() => expect(location.search).toContain('kw=reason'));
    expect(history.length).toBe(length + 1);
    history.replaceState(null, '', '/?select=p:p-moe');
    window.dispatchEvent(new PopStateEvent('popstate'));
    expect(useMapStore.getState().selection).toEqual({ kind: 'paper', id: 'p-moe' });
    expect(useMapStore.getState().filterKeywords).toEqual([]);
  });

  test('a selection and a filter change before the address bar is written make one history entry with both', async () => {
    respond(200, FIXTURE_TEXT);
    render(<App />);
    await waitFor(() => expect(useMapStore.getState().status).toBe('ready'));
    const length = history.length;
    useMapStore.getState().select({ kind: 'paper', id: 'p-moe' });
    useMapStore.getState().addFilterKeyword('k:reason');
    await waitFor(() => expect(location.search).toContain('kw=reason'));
    expect(location.search).toContain('select=p:p-moe');
    expect(history.length).toBe(length + 1);
    // A second selection is a second entry.
    useMapStore.getState().select({ kind: 'keyword', id: 'k:video' });
    await waitFor(() => expect(location.search).toContain('select=k:video'));
    expect(history.length).toBe(length + 2);
  });

  test('two selections before the address bar is written make two history entries, in order', async () => {
    respond(200, FIXTURE_TEXT);
    render(<App />);
    await waitFor(() => expect(useMapStore.getState().status).toBe('ready'));
    const length = history.length;
    useMapStore.getState().select({ kind: 'paper', id: 'p-moe' });
    useMapStore.getState().select({ kind: 'keyword', id: 'k:video' });
    // The first is written at once, as the second comes; the second after the paint.
    expect(location.search).toContain('select=p:p-moe');
    await waitFor(() => expect(location.search).toContain('select=k:video'));
    expect(history.length).toBe(length + 2);
  });

  test('an invalid map file shows what is wrong, as an alert', async () => {
    const broken = JSON.parse(FIXTURE_TEXT) as { papers: { x: unknown }[] };
    broken.papers[3].x = 'twelve';
    history.replaceState(null, '', '/?map=broken.json');
    respond(200, JSON.stringify(broken));
    render(<App />);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('broken.json: papers[3].x: expected a finite number');
  });

  test('a missing map file says it was not found', async () => {
    respond(404, 'nope');
    render(<App />);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(
      /Could not load the map file trending-papers\.map\.json: the file was not found \(HTTP 404\)/,
    );
  });

  test('a file that is not JSON says so', async () => {
    respond(200, '{"format": "topic-map", ');
    render(<App />);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('not valid JSON');
  });

  test('a crash while rendering shows a message instead of a blank page', () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    // biome-ignore lint/correctness/noComponentHookFactories: a throwaway component, local to the one case that needs it
    function Broken(): never {
      throw new Error('index out of range');
    }
    render(
      <ErrorBoundary>
        <Broken />
      </ErrorBoundary>,
    );
    expect(screen.getByRole('alert').textContent).toContain('index out of range');
    expect(screen.getByRole('button', { name: 'Reload' })).toBeTruthy();
  });
});
