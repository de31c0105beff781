// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { App } from '../../src/App';
import { buildPercent } from '../../src/components/buildPercent';
import { mapFileName } from '../../src/components/SaveMapButton';
import { serializeMap } from '../../src/core/buildMap';
import type { MapFile } from '../../src/core/map';
import { downloadFile } from '../../src/render/downloadFile';
import { useMapStore } from '../../src/store/useMapStore';
import { BuildMapError } from '../../src/workers/buildMapClient';
import { createFakeBuildClient, polyfillBlobText, withoutKeyword, type FakeBuildClient } from './fakeBuildClient';
import { dataTransferOf, fakeFileEntry, fakeFolderEntry } from './fakeEntries';
import { cleanupApp, FIXTURE_TEXT, fixtureMap, resetApp } from './fixtureMap';

vi.mock('../../src/render/downloadFile', () => ({ downloadFile: vi.fn() }));

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
afterEach(() => {
  cleanupApp();
  vi.mocked(downloadFile).mockClear();
});

async function renderApp(): Promise<MapFile> {
  render(<App createBuildClient={fake.create} />);
  await waitFor(() => expect(useMapStore.getState().status).toBe('ready'));
  return useMapStore.getState().map!;
}

function pickCorpus(name: string, text: string): void {
  const input = screen.getByLabelText('Corpus file') as HTMLInputElement;
  fireEvent.change(input, { target: { files: [new File([text], name)] } });
}

/** A map as a build of `papers.jsonl` gives it: the fixture under another name, minus one keyword. */
function builtMap(): MapFile {
  const map = withoutKeyword(fixtureMap(), 'k:video');
  return { ...map, meta: { ...map.meta, source: 'papers.jsonl' } };
}

async function blobText(blob: Blob): Promise<string> {
  return blob.text();
}

describe('opening a corpus', () => {
  test('"Open corpus" accepts corpus files and sends the text to the worker with the map\'s settings', async () => {
    const before = await renderApp();
    const input = screen.getByLabelText('Corpus file') as HTMLInputElement;
    expect(input.accept).toBe('.txt,.json,.jsonl,.ndjson,.csv,.tsv,.bib,.ris,.enw,.nbib,.medline,.ciw,.atom,.xml,.gz');
    expect(screen.getByRole('button', { name: 'Open corpus' })).toBeTruthy();
    pickCorpus('papers.jsonl', CORPUS);
    await waitFor(() => expect(fake.builds).toHaveLength(1));
    expect(fake.builds[0].input).toEqual({ text: CORPUS, fileName: 'papers.jsonl', settings: before.meta.settings });
    expect(fake.warmed).toBe(1);
  });

  test('progress shows the stage and percentage; Cancel stops the build and the map stays', async () => {
    const before = await renderApp();
    pickCorpus('papers.jsonl', CORPUS);
    await waitFor(() => expect(fake.builds).toHaveLength(1));
    const bar = screen.getByRole('progressbar', { name: 'Build progress' });
    expect(bar.getAttribute('aria-valuenow')).toBe('0');
    expect(screen.getByRole('group', { name: 'Building the map' }).textContent).toContain('papers.jsonl');
    act(() => fake.builds[0].options.onProgress!({ stage: 'keywords', done: 50, total: 100 }));
    expect(bar.getAttribute('aria-valuenow')).toBe(String(buildPercent({ stage: 'keywords', done: 50, total: 100 })));
    expect(bar.getAttribute('aria-valuenow')).toBe('27');
    expect(screen.getByText(/Finding keywords \(50 of 100 papers\)/)).toBeTruthy();
    act(() => fake.builds[0].options.onProgress!({ stage: 'layout', done: 0, total: 1 }));
    expect(bar.getAttribute('aria-valuenow')).toBe('64');
    expect(screen.getByText(/Laying out the map/)).toBeTruthy();
    act(() => fake.builds[0].options.onProgress!({ stage: 'assemble', done: 1, total: 1 }));
    expect(bar.getAttribute('aria-valuenow')).toBe('100');

    await userEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(fake.builds[0].aborted).toBe(true);
    expect(screen.queryByRole('progressbar')).toBeNull();
    expect(screen.queryByRole('alert')).toBeNull();
    expect(useMapStore.getState().map).toBe(before);
    expect(useMapStore.getState().buildStatus).toBe('idle');
  });

  test('the built map replaces the old one, with the whole map in view; a note says how it went', async () => {
    await renderApp();
    useMapStore.getState().select({ kind: 'paper', id: 'p-video' });
    pickCorpus('papers.jsonl', CORPUS);
    await waitFor(() => expect(fake.builds).toHaveLength(1));
    const map = builtMap();
    await act(async () => fake.builds[0].resolve(map, [{ file: 'papers.jsonl', line: 3, message: 'no abstract: skipped' }]));
    const state = useMapStore.getState();
    expect(state.map).toBe(map);
    expect(state.source).toBe('papers.jsonl');
    expect(state.viewRequest?.type).toBe('fit');
    expect(state.corpus).toEqual({ text: CORPUS, fileName: 'papers.jsonl' });
    expect(screen.getByRole('img', { name: /Topic map of 12 papers and 14 keywords/ })).toBeTruthy();
    const note = screen.getByRole('group', { name: 'Map built' });
    expect(note.textContent).toMatch(/Built a map of 12 papers from papers\.jsonl in \d+ ms/);
    expect(note.textContent).toContain('1 warning');
    expect(note.textContent).toContain('papers.jsonl:3 no abstract: skipped');
  });

  test('a screen reader hears a build start and end from one live region, not every percent', async () => {
    await renderApp();
    // On the page, empty, before any build: a live region that appears already filled is often not read.
    const live = document.querySelector('[aria-live="polite"][aria-atomic="true"]') as HTMLElement;
    expect(live.textContent).toBe('');
    pickCorpus('papers.jsonl', CORPUS);
    await waitFor(() => expect(fake.builds).toHaveLength(1));
    expect(live.textContent).toBe('Building a map from papers.jsonl…');
    act(() => fake.builds[0].options.onProgress!({ stage: 'keywords', done: 50, total: 100 }));
    expect(live.textContent).toBe('Building a map from papers.jsonl…');
    // The progress and the note are groups: not live regions of their own.
    expect(screen.getByRole('group', { name: 'Building the map' }).getAttribute('aria-live')).toBeNull();
    await act(async () =>
      fake.builds[0].resolve(builtMap(), [{ file: 'papers.jsonl', line: 3, message: 'no abstract: skipped' }]),
    );
    expect(live.textContent).toBe('Map built: 12 papers from papers.jsonl, 1 warning.');
    expect(document.querySelector('[aria-live="polite"][aria-atomic="true"]')).toBe(live);
    expect(screen.queryByRole('status', { name: 'Map built' })).toBeNull();
  });

  test("bad input shows the command line's message in an alert, and the map on screen stays", async () => {
    const before = await renderApp();
    pickCorpus('papers.csv', 'name,summary\nA,B\n');
    await waitFor(() => expect(fake.builds).toHaveLength(1));
    const message = 'papers.csv:1: the header row needs a "title" and an "abstract" column; found "name", "summary"';
    await act(async () => fake.builds[0].reject(new BuildMapError(message, 'papers.csv', 1)));
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain(message);
    expect(alert.textContent).toContain('The map on screen has not changed');
    expect(useMapStore.getState().map).toBe(before);
    expect(screen.getByText('12 of 12 papers')).toBeTruthy();
    expect(screen.queryByRole('progressbar')).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByRole('alert')).toBeNull();
  });

  test('a map file picked with "Open corpus" opens as a map', async () => {
    await renderApp();
    const other = { ...fixtureMap(), meta: { ...fixtureMap().meta, source: 'other.txt' } };
    pickCorpus('other.map.json', JSON.stringify(other));
    await waitFor(() => expect(useMapStore.getState().map?.meta.source).toBe('other.txt'));
    expect(fake.builds).toHaveLength(0);
  });

  test('a newer corpus cancels the build under way; only the newer map is shown', async () => {
    await renderApp();
    pickCorpus('first.jsonl', CORPUS);
    await waitFor(() => expect(fake.builds).toHaveLength(1));
    pickCorpus('second.jsonl', CORPUS);
    await waitFor(() => expect(fake.builds).toHaveLength(2));
    expect(fake.builds[0].aborted).toBe(true);
    const map = builtMap();
    await act(async () => fake.builds[1].resolve(map));
    expect(useMapStore.getState().map).toBe(map);
    expect(useMapStore.getState().corpus?.fileName).toBe('second.jsonl');
  });

  test('"Paste" builds the pasted text with the chosen format', async () => {
    await renderApp();
    await userEvent.click(screen.getByRole('button', { name: 'Paste' }));
    const dialog = screen.getByRole('dialog', { name: 'Paste a corpus' });
    expect(dialog.getAttribute('aria-modal')).toBe('true');
    const area = screen.getByLabelText('Corpus text');
    expect(document.activeElement).toBe(area);
    const build = screen.getByRole('button', { name: 'Build map' }) as HTMLButtonElement;
    expect(build.disabled).toBe(true);
    fireEvent.change(area, { target: { value: 'title,abstract\nA,B\n' } });
    await userEvent.selectOptions(screen.getByLabelText('Format'), 'csv');
    await userEvent.click(build);
    expect(screen.queryByRole('dialog')).toBeNull();
    await waitFor(() => expect(fake.builds).toHaveLength(1));
    expect(fake.builds[0].input).toMatchObject({ text: 'title,abstract\nA,B\n', fileName: 'pasted.csv', format: 'csv' });
  });

  test('Escape closes the paste dialog without building', async () => {
    await renderApp();
    await userEvent.click(screen.getByRole('button', { name: 'Paste' }));
    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(fake.builds).toHaveLength(0);
  });

  test('a dropped map file opens as a map; a dropped corpus (.json or not) is built', async () => {
    await renderApp();
    const drop = (file: File): void => {
      const event = new Event('drop', { bubbles: true, cancelable: true });
      Object.defineProperty(event, 'dataTransfer', { value: { types: ['Files'], files: [file] } });
      act(() => {
        window.dispatchEvent(event);
      });
    };
    const other = { ...fixtureMap(), meta: { ...fixtureMap().meta, source: 'other.txt' } };
    drop(new File([JSON.stringify(other)], 'other.map.json'));
    await waitFor(() => expect(useMapStore.getState().map?.meta.source).toBe('other.txt'));
    expect(fake.builds).toHaveLength(0);

    drop(new File(['[{"title": "A", "abstract": "B"}]'], 'papers.json'));
    await waitFor(() => expect(fake.builds).toHaveLength(1));
    expect(fake.builds[0].input.fileName).toBe('papers.json');
    drop(new File(['@article{a, title={A}, abstract={B}}'], 'refs.bib'));
    await waitFor(() => expect(fake.builds).toHaveLength(2));
    expect(fake.builds[1].input.fileName).toBe('refs.bib');
  });

  test('several files dropped or picked together go to the worker as one build; a map among them is refused', async () => {
    await renderApp();
    const drop = (files: File[]): void => {
      const event = new Event('drop', { bubbles: true, cancelable: true });
      Object.defineProperty(event, 'dataTransfer', { value: { types: ['Files'], files } });
      act(() => {
        window.dispatchEvent(event);
      });
    };
    const ris = 'TY  - JOUR\nTI  - A\nAB  - B.\nER  - \n';
    drop([new File([ris], 'a.ris'), new File(['PMID- 1\nTI  - C\nAB  - D.\n'], 'b.nbib')]);
    await waitFor(() => expect(fake.builds).toHaveLength(1));
    expect(fake.builds[0].input).toMatchObject({
      text: ris,
      fileName: 'a.ris',
      more: [{ text: 'PMID- 1\nTI  - C\nAB  - D.\n', fileName: 'b.nbib' }],
    });

    const input = screen.getByLabelText('Corpus file') as HTMLInputElement;
    expect(input.multiple).toBe(true);
    fireEvent.change(input, {
      target: { files: [new File([ris], 'a.ris'), new File([JSON.stringify(fixtureMap())], 'm.json')] },
    });
    await waitFor(() => expect(screen.getByRole('alert').textContent).toContain('m.json is a map file, not a corpus'));
    expect(fake.builds).toHaveLength(1);
  });

  test("a dropped folder: its corpus files and its folders', in path order, one map named after it", async () => {
    await renderApp();
    const file = fakeFileEntry;
    const folder = fakeFolderEntry;
    const dropEntries = (entries: { name: string }[]): void => {
      const event = new Event('drop', { bubbles: true, cancelable: true });
      Object.defineProperty(event, 'dataTransfer', { value: dataTransferOf(entries) });
      act(() => {
        window.dispatchEvent(event);
      });
    };
    const a = '{"title": "A", "abstract": "B"}\n';
    const b = '{"title": "C", "abstract": "D"}\n';
    const c = '{"title": "E", "abstract": "F"}\n';
    const works = folder('/works', [
      folder('/works/updated_date=2024-01-10', [file('/works/updated_date=2024-01-10/part_000.jsonl', c)]),
      file('/works/manifest', '{"entries": []}'),
      folder('/works/updated_date=2024-01-02', [
        file('/works/updated_date=2024-01-02/part_001.jsonl', b),
        file('/works/updated_date=2024-01-02/.hidden.jsonl', '{bad'),
        file('/works/updated_date=2024-01-02/part_000.jsonl', a),
      ]),
      file('/works/old.map.json', '{"format": "topic-map"}'),
    ]);
    dropEntries([works]);
    await waitFor(() => expect(fake.builds).toHaveLength(1));
    expect(fake.builds[0].input).toMatchObject({
      text: a,
      fileName: 'works/updated_date=2024-01-02/part_000.jsonl',
      more: [
        { text: b, fileName: 'works/updated_date=2024-01-02/part_001.jsonl' },
        { text: c, fileName: 'works/updated_date=2024-01-10/part_000.jsonl' },
      ],
      source: 'works',
    });

    dropEntries([folder('/empty', [file('/empty/manifest', '{}')])]);
    await waitFor(() => expect(screen.getByRole('alert').textContent).toContain('empty: a folder without a corpus file'));
    dropEntries([works, file('/x.ris', 'TY  - JOUR\nER  - \n')]);
    await waitFor(() => expect(screen.getByRole('alert').textContent).toContain('works is a folder: drop it alone'));
    expect(fake.builds).toHaveLength(1);
  });

  test('"Save map" downloads <name>.map.json, the map file as the command line writes it', async () => {
    await renderApp();
    pickCorpus('papers.jsonl', CORPUS);
    await waitFor(() => expect(fake.builds).toHaveLength(1));
    const map = builtMap();
    await act(async () => fake.builds[0].resolve(map));
    await userEvent.click(screen.getByRole('button', { name: 'Save map' }));
    const [name, blob] = vi.mocked(downloadFile).mock.calls[0];
    expect(name).toBe('papers.map.json');
    expect(await blobText(blob)).toBe(serializeMap(map));
  });

  test('leaving the page asks first while a map built here is not saved', async () => {
    const leave = (): boolean => !window.dispatchEvent(new Event('beforeunload', { cancelable: true }));
    await renderApp();
    // The server's map can be opened again: nothing to lose.
    expect(leave()).toBe(false);
    pickCorpus('papers.jsonl', CORPUS);
    await waitFor(() => expect(fake.builds).toHaveLength(1));
    expect(leave()).toBe(false);
    const map = builtMap();
    await act(async () => fake.builds[0].resolve(map));
    expect(leave()).toBe(true);
    await userEvent.click(screen.getByRole('button', { name: 'Save map' }));
    await waitFor(() => expect(downloadFile).toHaveBeenCalled());
    expect(leave()).toBe(false);
    // An edit makes a new map, not saved yet.
    act(() => useMapStore.getState().curate({ type: 'remove', term: 'diffusion models' }));
    await waitFor(() => expect(fake.builds).toHaveLength(2));
    await act(async () => fake.builds[1].resolve(withoutKeyword(map, 'k:diffus model')));
    expect(leave()).toBe(true);
    // A map file opened: it is on disk.
    fireEvent.change(screen.getByLabelText('Map file'), { target: { files: [new File([FIXTURE_TEXT], 'small.map.json')] } });
    await waitFor(() => expect(useMapStore.getState().map?.meta.source).toBe(fixtureMap().meta.source));
    expect(leave()).toBe(false);
  });

  test('map file names follow the corpus name', () => {
    expect(mapFileName('papers.jsonl')).toBe('papers.map.json');
    expect(mapFileName('trending-papers.txt')).toBe('trending-papers.map.json');
    expect(mapFileName('pasted')).toBe('pasted.map.json');
    expect(mapFileName('old.map.json')).toBe('old.map.json');
    expect(mapFileName('.bib')).toBe('topic-map.map.json');
  });

  test('the worker client is let go when the app unmounts, and a build under way is cancelled', async () => {
    render(<App createBuildClient={fake.create} />);
    await waitFor(() => expect(useMapStore.getState().status).toBe('ready'));
    pickCorpus('papers.jsonl', CORPUS);
    await waitFor(() => expect(fake.builds).toHaveLength(1));
    const disposed = fake.disposed;
    cleanup();
    expect(fake.disposed).toBe(disposed + 1);
    expect(fake.builds[0].aborted).toBe(true);
  });
});
