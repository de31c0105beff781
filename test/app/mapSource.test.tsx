// @vitest-environment jsdom
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { App } from '../../src/App';
import { checkMapUrl } from '../../src/store/checkMapUrl';
import { useMapStore } from '../../src/store/useMapStore';
import { cleanupApp, FIXTURE_TEXT, resetApp, serveFixture } from './fixtureMap';

beforeEach(() => {
  resetApp();
  serveFixture();
});
afterEach(cleanupApp);

/** The spoofed map of issue 15: the fixture with a title telling the reader to log in elsewhere. */
function spoofText(): string {
  const map = JSON.parse(FIXTURE_TEXT) as { meta: { source: string } };
  map.meta.source = 'Your session expired: log in at https://evil.example';
  return JSON.stringify(map);
}

describe('checkMapUrl', () => {
  const base = 'https://maps.example.org/app/?map=x';
  test('same origin (relative or absolute) opens, another origin or a data: link is asked, other schemes are refused', () => {
    expect(checkMapUrl('./small.map.json', base)).toEqual({ kind: 'same-origin', url: './small.map.json' });
    expect(checkMapUrl('https://maps.example.org/m.json', base).kind).toBe('same-origin');
    expect(checkMapUrl('http://maps.example.org/m.json', base)).toMatchObject({
      kind: 'other-origin',
      origin: 'http://maps.example.org',
    });
    expect(checkMapUrl('https://evil.example/m.json', base)).toEqual({
      kind: 'other-origin',
      url: 'https://evil.example/m.json',
      origin: 'https://evil.example',
    });
    expect(checkMapUrl('//evil.example/m.json', base)).toMatchObject({ kind: 'other-origin', origin: 'https://evil.example' });
    expect(checkMapUrl('javascript:alert(1)', base)).toMatchObject({ kind: 'refused' });
    expect(checkMapUrl('blob:https://maps.example.org/1234', base)).toMatchObject({ kind: 'refused' });
  });

  test('decodes data: links, percent-encoded or base64, without fetching them', () => {
    expect(checkMapUrl('data:application/json,{"a":"50%25 off, 50% on"}', base)).toMatchObject({
      kind: 'data',
      text: '{"a":"50% off, 50% on"}',
    });
    const base64 = btoa(String.fromCharCode(...new TextEncoder().encode('{"t":"é"}')));
    expect(checkMapUrl(`data:application/json;base64,${base64}`, base)).toMatchObject({ kind: 'data', text: '{"t":"é"}' });
    expect(checkMapUrl('data:application/json;base64,@@@', base)).toMatchObject({ kind: 'refused' });
    expect(checkMapUrl('data:no-comma', base)).toMatchObject({ kind: 'refused' });
  });
});

describe('?map= from elsewhere', () => {
  test('a same-origin map opens without asking', async () => {
    history.replaceState(null, '', '/?map=small.map.json');
    render(<App />);
    await waitFor(() => expect(useMapStore.getState().status).toBe('ready'));
    expect(vi.mocked(fetch).mock.calls[0][0]).toBe('small.map.json');
    expect(screen.queryByRole('alertdialog')).toBeNull();
  });

  test('a map from another origin is not fetched until the user agrees, and the dialog names the origin', async () => {
    history.replaceState(null, '', '/?map=https://evil.example/maps/m.json');
    render(<App />);
    const dialog = await screen.findByRole('alertdialog', { name: 'Open a map from another site?' });
    expect(dialog.textContent).toContain('https://evil.example');
    expect(dialog.textContent).toContain('https://evil.example/maps/m.json');
    // The safe answer has the focus, and nothing was requested from the other site.
    expect(document.activeElement?.textContent).toBe('Open the default map');
    expect(fetch).not.toHaveBeenCalled();
    expect(useMapStore.getState().status).toBe('idle');

    fireEvent.click(screen.getByRole('button', { name: 'Open this map' }));
    await waitFor(() => expect(useMapStore.getState().status).toBe('ready'));
    expect(vi.mocked(fetch).mock.calls.map((call) => call[0])).toEqual(['https://evil.example/maps/m.json']);
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(location.search).toContain('map=https://evil.example/maps/m.json');
  });

  test('declining opens the default map and drops ?map= from the address', async () => {
    history.replaceState(null, '', '/?map=https://evil.example/m.json&select=p:p-moe');
    render(<App />);
    await screen.findByRole('alertdialog');
    fireEvent.keyDown(screen.getByRole('alertdialog'), { key: 'Escape' });
    await waitFor(() => expect(useMapStore.getState().status).toBe('ready'));
    expect(vi.mocked(fetch).mock.calls.map((call) => call[0])).toEqual(['./trending-papers.map.json']);
    expect(location.search).not.toContain('evil.example');
    expect(useMapStore.getState().selection).toEqual({ kind: 'paper', id: 'p-moe' });
  });

  test('a data: map shows where it comes from, and is shown only after the user agrees', async () => {
    const link = `data:application/json,${encodeURIComponent(spoofText())}`;
    history.replaceState(null, '', `/?map=${encodeURIComponent(link)}`);
    render(<App />);
    const dialog = await screen.findByRole('alertdialog', { name: 'Open a map carried in the link?' });
    expect(dialog.textContent).toMatch(/a data: address of [\d.]+ KB/);
    expect(useMapStore.getState().map).toBeNull();
    expect(screen.queryByText(/log in at/)).toBeNull();

    fireEvent.click(screen.getByRole('button', { name: 'Open this map' }));
    await waitFor(() => expect(useMapStore.getState().status).toBe('ready'));
    expect(fetch).not.toHaveBeenCalled();
    expect(useMapStore.getState().map?.meta.source).toContain('log in at');
    expect(useMapStore.getState().source).toBe('the map in the link');
  });

  test('a broken data: map is an error naming the link, not the whole link text', async () => {
    const link = 'data:application/json,{"format":"topic-map"}';
    history.replaceState(null, '', `/?map=${encodeURIComponent(link)}`);
    render(<App />);
    fireEvent.click(await screen.findByRole('button', { name: 'Open this map' }));
    await waitFor(() => expect(useMapStore.getState().status).toBe('error'));
    expect(useMapStore.getState().error).toBe(
      'The map file is not valid: the map in the link: version: unsupported map version undefined (this build reads version 1)',
    );
    expect(screen.getByRole('alert').textContent).not.toContain('data:');
  });

  test('a scheme the app does not open is an error in words, not a blank page', async () => {
    history.replaceState(null, '', '/?map=javascript:alert(1)');
    render(<App />);
    await waitFor(() => expect(useMapStore.getState().status).toBe('error'));
    expect(screen.getByRole('alert').textContent).toContain(
      'The map address in the link cannot be opened: addresses starting with "javascript:" are not opened',
    );
    expect(fetch).not.toHaveBeenCalled();
  });
});
