// @vitest-environment jsdom
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { App } from '../../src/App';
import type { MapFile } from '../../src/core/map';
import { useMapStore } from '../../src/store/useMapStore';
import { CHANGES } from './changesFixture';
import { createFakeBuildClient, polyfillBlobText, withoutKeyword, type FakeBuildClient } from './fakeBuildClient';
import { dataTransferOf, fakeFileEntry, fakeFolderEntry } from './fakeEntries';
import { cleanupApp, FIXTURE_TEXT, fixtureMap, resetApp } from './fixtureMap';

const CORPUS = '{"title": "A", "abstract": "B"}\n{"title": "C", "abstract": "D"}\n';

let fake: FakeBuildClient;

polyfillBlobText();

beforeEach(() => {
  resetApp();
  vi.stubGlobal(
    'fetch',
    vi.fn(async () => new Response(FIXTURE_TEXT, { status: 200 })),
  );
  fake = createFakeBuildClient();
});
afterEach(cleanupApp);

async function renderApp(): Promise<MapFile> {
  render(<App createBuildClient={fake.create} />);
  await waitFor(() => expect(useMapStore.getState().status).toBe('ready'));
  return useMapStore.getState().map!;
}

function openDialog(): HTMLElement {
  fireEvent.click(screen.getByRole('button', { name: 'Update map' }));
  return screen.getByRole('dialog', { name: 'Update map' });
}

/** What the update builder gives: the new version of the map, with its record of changes. */
function updatedMap(): MapFile {
  const map = withoutKeyword(fixtureMap(), 'k:video');
  return { ...map, meta: { ...map.meta, source: 'this-week.jsonl' }, changes: CHANGES };
}

describe('"Update map"', () => {
  test('a picked corpus is built against the open map: its settings, the map as previous', async () => {
    const before = await renderApp();
    const dialog = openDialog();
    expect(within(dialog).getByText(before.meta.source)).toBeTruthy();
    const input = screen.getByLabelText('Corpus file for the update') as HTMLInputElement;
    expect(input.multiple).toBe(true);
    fireEvent.change(input, { target: { files: [new File([CORPUS], 'this-week.jsonl')] } });
    await waitFor(() => expect(fake.builds).toHaveLength(1));
    expect(screen.queryByRole('dialog')).toBeNull();
    const { input: sent } = fake.builds[0];
    expect(sent.previous).toBe(before);
    expect(sent).toEqual({ text: CORPUS, fileName: 'this-week.jsonl', settings: before.meta.settings, previous: before });
    // The view stays: an update keeps the user's bearings.
    expect(useMapStore.getState().buildRequest).toMatchObject({ keepView: true, previous: before });
  });

  test('the new map replaces the old one, keeps the selection, and offers "Changes"', async () => {
    await renderApp();
    act(() => useMapStore.getState().select({ kind: 'paper', id: 'p-moe' }));
    openDialog();
    fireEvent.change(screen.getByLabelText('Corpus file for the update'), {
      target: { files: [new File([CORPUS], 'this-week.jsonl')] },
    });
    await waitFor(() => expect(fake.builds).toHaveLength(1));
    expect(screen.queryByRole('button', { name: 'Changes' })).toBeNull();
    const map = updatedMap();
    await act(async () => fake.builds[0].resolve(map));
    expect(useMapStore.getState().map).toBe(map);
    expect(useMapStore.getState().selection).toEqual({ kind: 'paper', id: 'p-moe' });
    expect(useMapStore.getState().viewRequest?.type).not.toBe('fit');
    // The record of what changed opens by itself; the header's "Changes" toggles it.
    expect(screen.getByRole('complementary', { name: 'What changed' }).textContent).toContain('Since last-week.txt');
    expect(screen.getByRole('button', { name: 'Changes' }).getAttribute('aria-expanded')).toBe('true');
  });

  test('a pasted corpus updates the map too', async () => {
    const before = await renderApp();
    const dialog = openDialog();
    fireEvent.change(within(dialog).getByLabelText('Corpus text'), { target: { value: CORPUS } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Update map' }));
    await waitFor(() => expect(fake.builds).toHaveLength(1));
    expect(fake.builds[0].input).toMatchObject({ text: CORPUS, fileName: 'pasted', previous: before });
  });

  test('files dropped on the dialog update the map; the page does not also open them', async () => {
    const before = await renderApp();
    const dialog = openDialog();
    const file = new File([CORPUS], 'this-week.jsonl');
    fireEvent.drop(dialog, { dataTransfer: { types: ['Files'], files: [file] } });
    await waitFor(() => expect(fake.builds).toHaveLength(1));
    expect(fake.builds[0].input).toMatchObject({ fileName: 'this-week.jsonl', previous: before });
    // Give the page's drop handler every chance to start a second build.
    await new Promise((done) => setTimeout(done, 20));
    expect(fake.builds).toHaveLength(1);
  });

  test('a folder dropped on the dialog updates the map with its corpus files, named after it', async () => {
    const before = await renderApp();
    const dialog = openDialog();
    const works = fakeFolderEntry('/works', [
      fakeFileEntry('/works/manifest', '{}'),
      fakeFileEntry('/works/part_001.jsonl', CORPUS),
      fakeFileEntry('/works/part_000.jsonl', CORPUS),
    ]);
    fireEvent.drop(dialog, { dataTransfer: dataTransferOf([works]) });
    await waitFor(() => expect(fake.builds).toHaveLength(1));
    expect(fake.builds[0].input).toMatchObject({
      fileName: 'works/part_000.jsonl',
      more: [{ fileName: 'works/part_001.jsonl' }],
      source: 'works',
      previous: before,
    });
    await new Promise((done) => setTimeout(done, 20));
    expect(fake.builds).toHaveLength(1);
  });

  test('a map file is refused as an update, with a message naming it', async () => {
    await renderApp();
    openDialog();
    fireEvent.change(screen.getByLabelText('Corpus file for the update'), {
      target: { files: [new File([FIXTURE_TEXT], 'old.map.json')] },
    });
    await waitFor(() => expect(useMapStore.getState().buildError).toMatch(/^old\.map\.json is a map file, not a corpus/));
    expect(fake.builds).toHaveLength(0);
  });

  test('tuning the settings of an updated map rebuilds it as an update of the same previous map', async () => {
    const before = await renderApp();
    act(() => useMapStore.getState().updateMap({ text: CORPUS, fileName: 'this-week.jsonl' }));
    await waitFor(() => expect(fake.builds).toHaveLength(1));
    await act(async () => fake.builds[0].resolve(updatedMap()));
    // Closed by the user, it stays closed through a rebuild.
    fireEvent.click(screen.getByRole('button', { name: 'Close what changed' }));
    act(() => useMapStore.getState().rebuild({ settings: { ...before.meta.settings, seed: 7 } }));
    await waitFor(() => expect(fake.builds).toHaveLength(2));
    expect(fake.builds[1].input.previous).toBe(before);
    expect(fake.builds[1].input.settings?.seed).toBe(7);
    await act(async () =>
      fake.builds[1].resolve({ ...updatedMap(), meta: { ...updatedMap().meta, settings: { ...before.meta.settings, seed: 7 } } }),
    );
    expect(useMapStore.getState().map?.meta.settings.seed).toBe(7);
    expect(screen.queryByRole('complementary', { name: 'What changed' })).toBeNull();
    // A new corpus is not an update.
    act(() => useMapStore.getState().openCorpus({ text: CORPUS, fileName: 'other.jsonl' }));
    await waitFor(() => expect(fake.builds).toHaveLength(3));
    expect(fake.builds[2].input.previous).toBeUndefined();
  });

  test("the map's curation carries over to the update", () => {
    const curation = { stopwords: ['video'], synonyms: [], clusterNames: [{ keyword: 'k:reason', name: 'Reasoning' }] };
    const map = { ...fixtureMap(), curation };
    useMapStore.getState().setMap(map, 'curated.map.json');
    useMapStore.getState().updateMap({ text: CORPUS, fileName: 'this-week.jsonl' });
    expect(useMapStore.getState().buildRequest).toMatchObject({ curation, previous: map, keepView: true });
  });

  test('is not offered before a map is open', () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(() => new Promise<Response>(() => {})),
    );
    render(<App createBuildClient={fake.create} />);
    expect(screen.queryByRole('button', { name: 'Update map' })).toBeNull();
  });
});
