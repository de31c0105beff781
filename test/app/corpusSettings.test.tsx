// @vitest-environment jsdom
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { App } from '../../src/App';
import { DEFAULT_SETTINGS, type MapFile, corpusFromMap } from '../../src/core/map';
import { useMapStore } from '../../src/store/useMapStore';
import { BuildMapError } from '../../src/workers/buildMapClient';
import { createFakeBuildClient, withoutKeyword, type FakeBuildClient } from './fakeBuildClient';
import { cleanupApp, FIXTURE_TEXT, resetApp } from './fixtureMap';

let fake: FakeBuildClient;

beforeEach(() => {
  resetApp();
  vi.stubGlobal(
    'fetch',
    vi.fn(async () => new Response(FIXTURE_TEXT, { status: 200 })),
  );
  fake = createFakeBuildClient();
});
afterEach(() => {
  cleanupApp();
});

async function openSettings(): Promise<{ map: MapFile; panel: HTMLElement }> {
  render(<App createBuildClient={fake.create} />);
  await waitFor(() => expect(useMapStore.getState().status).toBe('ready'));
  const button = screen.getByRole('button', { name: 'Settings' });
  expect(button.getAttribute('aria-expanded')).toBe('false');
  await userEvent.click(button);
  expect(button.getAttribute('aria-expanded')).toBe('true');
  return { map: useMapStore.getState().map!, panel: screen.getByRole('dialog', { name: 'Settings' }) };
}

const field = (name: string): HTMLInputElement => screen.getByLabelText(name) as HTMLInputElement;
const apply = (): HTMLButtonElement => screen.getByRole('button', { name: 'Apply' }) as HTMLButtonElement;

function rebuilt(map: MapFile, settings: Partial<MapFile['meta']['settings']>): MapFile {
  const next = withoutKeyword(map, 'k:video');
  return { ...next, meta: { ...next.meta, settings: { ...next.meta.settings, ...settings } } };
}

describe('the settings panel', () => {
  test("shows the map's settings in labelled inputs with sensible ranges, and starts the worker", async () => {
    const { map, panel } = await openSettings();
    expect(field('Keywords per paper').value).toBe(String(map.meta.settings.topK));
    expect(field('Least papers per keyword').value).toBe('2');
    expect(field('Most keywords').value).toBe('300');
    expect(field('Cluster resolution').value).toBe('1');
    expect(field('Cluster resolution').type).toBe('range');
    expect(field('Seed').value).toBe('42');
    expect([field('Keywords per paper').min, field('Keywords per paper').max]).toEqual(['1', '30']);
    expect([field('Cluster resolution').min, field('Cluster resolution').max, field('Cluster resolution').step]).toEqual([
      '0.1',
      '4',
      '0.1',
    ]);
    // Nothing changed yet, and the map's settings are the defaults.
    expect(apply().disabled).toBe(true);
    expect((within(panel).getByRole('button', { name: 'Defaults' }) as HTMLButtonElement).disabled).toBe(true);
    expect(fake.warmed).toBe(1);
    await userEvent.click(within(panel).getByRole('button', { name: 'Close settings' }));
    expect(screen.queryByRole('dialog', { name: 'Settings' })).toBeNull();
  });

  test('an out-of-range value says why and cannot be applied', async () => {
    await openSettings();
    fireEvent.change(field('Keywords per paper'), { target: { value: '0' } });
    expect(field('Keywords per paper').getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText('Between 1 and 30.')).toBeTruthy();
    expect(apply().disabled).toBe(true);
    fireEvent.change(field('Keywords per paper'), { target: { value: '2.5' } });
    expect(screen.getByText('Enter a whole number.')).toBeTruthy();
    fireEvent.change(field('Keywords per paper'), { target: { value: '' } });
    expect(screen.getByText('Enter a number.')).toBeTruthy();
    fireEvent.change(field('Keywords per paper'), { target: { value: '8' } });
    expect(field('Keywords per paper').getAttribute('aria-invalid')).toBe('false');
    expect(apply().disabled).toBe(false);
    expect(fake.builds).toHaveLength(0);
  });

  test('Apply rebuilds the default map from its own papers (corpusFromMap) with the new settings', async () => {
    const { map } = await openSettings();
    fireEvent.change(field('Keywords per paper'), { target: { value: '5' } });
    fireEvent.change(field('Cluster resolution'), { target: { value: '1.5' } });
    expect(screen.getByText('1.5')).toBeTruthy();
    await userEvent.click(apply());
    await waitFor(() => expect(fake.builds).toHaveLength(1));
    const corpus = corpusFromMap(map);
    expect(fake.builds[0].input).toEqual({
      text: corpus.text,
      fileName: 'small-fixture.txt',
      format: 'jsonl',
      settings: { ...map.meta.settings, topK: 5, resolution: 1.5 },
    });
    expect(screen.getByRole('progressbar')).toBeTruthy();
    expect(within(screen.getByRole('group', { name: 'Building the map' })).getByText(/Rebuilding the map/)).toBeTruthy();
  });

  test('a rebuild keeps the zoom, the selection and the filter where the new map still has them', async () => {
    const { map } = await openSettings();
    const state = useMapStore.getState();
    state.setFilter({ keywords: ['k:diffus model', 'k:video'], mode: 'any', hide: true });
    state.select({ kind: 'keyword', id: 'k:reason' });
    state.setTransform({ x: 10, y: 20, k: 2 });
    fireEvent.change(field('Seed'), { target: { value: '7' } });
    await userEvent.click(apply());
    await waitFor(() => expect(fake.builds).toHaveLength(1));
    const next = rebuilt(map, { seed: 7 });
    await act(async () => fake.builds[0].resolve(next));
    const after = useMapStore.getState();
    expect(after.map).toBe(next);
    expect(after.selection).toEqual({ kind: 'keyword', id: 'k:reason' });
    expect(after.filterKeywords).toEqual(['k:diffus model']);
    expect(after.filterMode).toBe('any');
    expect(after.hideFiltered).toBe(true);
    expect(after.transform).toEqual({ x: 10, y: 20, k: 2 });
    expect(after.viewRequest).toMatchObject({ type: 'set', transform: { x: 10, y: 20, k: 2 } });
    // The panel now shows the new map's settings, and the next rebuild reuses the same corpus.
    expect(field('Seed').value).toBe('7');
    expect(apply().disabled).toBe(true);
    fireEvent.change(field('Most keywords'), { target: { value: '50' } });
    await userEvent.click(apply());
    await waitFor(() => expect(fake.builds).toHaveLength(2));
    expect(fake.builds[1].input.text).toBe(fake.builds[0].input.text);
    expect(fake.builds[1].input.settings).toEqual({ ...map.meta.settings, seed: 7, maxKeywords: 50 });
  });

  test('a selection the new map lacks is dropped', async () => {
    const { map } = await openSettings();
    useMapStore.getState().select({ kind: 'keyword', id: 'k:video' });
    fireEvent.change(field('Seed'), { target: { value: '3' } });
    await userEvent.click(apply());
    await waitFor(() => expect(fake.builds).toHaveLength(1));
    await act(async () => fake.builds[0].resolve(rebuilt(map, { seed: 3 })));
    expect(useMapStore.getState().selection).toBeNull();
  });

  test('a failed rebuild leaves the map and its settings as they were', async () => {
    const { map } = await openSettings();
    fireEvent.change(field('Least papers per keyword'), { target: { value: '40' } });
    await userEvent.click(apply());
    await waitFor(() => expect(fake.builds).toHaveLength(1));
    await act(async () => fake.builds[0].reject(new BuildMapError('small-fixture.txt: no keyword is used by 40 papers')));
    expect(screen.getByRole('alert').textContent).toContain('no keyword is used by 40 papers');
    expect(useMapStore.getState().map).toBe(map);
    expect(field('Least papers per keyword').value).toBe('2');
  });

  test('Defaults puts the default settings back in the form', async () => {
    await openSettings();
    fireEvent.change(field('Seed'), { target: { value: '9' } });
    fireEvent.change(field('Most keywords'), { target: { value: '99' } });
    await userEvent.click(screen.getByRole('button', { name: 'Defaults' }));
    expect(field('Seed').value).toBe(String(DEFAULT_SETTINGS.seed));
    expect(field('Most keywords').value).toBe(String(DEFAULT_SETTINGS.maxKeywords));
    expect(apply().disabled).toBe(true);
  });
});
