// @vitest-environment jsdom
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { App } from '../../src/App';
import { type Curation, mergeCuration, writeThesaurus } from '../../src/core/curation';
import type { MapFile } from '../../src/core/map';
import { downloadFile } from '../../src/render/downloadFile';
import { useMapStore } from '../../src/store/useMapStore';
import { createFakeBuildClient, polyfillBlobText, withoutKeyword, type FakeBuildClient } from './fakeBuildClient';
import { cleanupApp, FIXTURE_TEXT, resetApp } from './fixtureMap';

vi.mock('../../src/render/downloadFile', () => ({ downloadFile: vi.fn() }));

const EMPTY: Curation = { stopwords: [], synonyms: [], clusterNames: [] };

let fake: FakeBuildClient;

polyfillBlobText();

beforeEach(() => {
  resetApp();
  fake = createFakeBuildClient();
});
afterEach(() => {
  cleanupApp();
  vi.mocked(downloadFile).mockClear();
});

/** The app showing the fixture map, built with `curation` if given. */
async function renderApp(curation?: Curation): Promise<MapFile> {
  const text = curation ? JSON.stringify({ ...JSON.parse(FIXTURE_TEXT), curation }) : FIXTURE_TEXT;
  vi.stubGlobal(
    'fetch',
    vi.fn(async () => new Response(text, { status: 200 })),
  );
  render(<App createBuildClient={fake.create} />);
  await waitFor(() => expect(useMapStore.getState().status).toBe('ready'));
  return useMapStore.getState().map!;
}

const details = (): HTMLElement => screen.getByRole('complementary', { name: 'Details' });

describe('curating keywords', () => {
  test('"Remove from map" rebuilds without the keyword; the panel goes back to the overview', async () => {
    const map = await renderApp();
    act(() => useMapStore.getState().select({ kind: 'keyword', id: 'k:video' }));
    await userEvent.click(within(details()).getByRole('button', { name: 'Remove from map' }));
    await waitFor(() => expect(fake.builds).toHaveLength(1));
    expect(fake.builds[0].input.curation).toEqual({ stopwords: ['video'], synonyms: [], clusterNames: [] });
    expect(fake.builds[0].input.settings).toEqual(map.meta.settings);
    // Built to stay close to the map on screen, so one removal does not recolour and move the rest.
    expect(fake.builds[0].input.steady).toBe(map);
    expect(fake.builds[0].input.previous).toBeUndefined();
    await act(async () =>
      fake.builds[0].resolve({ ...withoutKeyword(map, 'k:video'), curation: fake.builds[0].input.curation! }),
    );
    expect(useMapStore.getState().map!.keywords.some((k) => k.id === 'k:video')).toBe(false);
    expect(useMapStore.getState().selection).toBeNull();
    expect(within(details()).getByText('Map')).toBeTruthy();
  });

  test('two edits in quick succession both count (the second builds on the first)', async () => {
    const map = await renderApp();
    act(() => useMapStore.getState().select({ kind: 'keyword', id: 'k:video' }));
    await userEvent.click(within(details()).getByRole('button', { name: 'Remove from map' }));
    act(() => useMapStore.getState().select({ kind: 'keyword', id: 'k:optim' }));
    await userEvent.click(within(details()).getByRole('button', { name: 'Remove from map' }));
    await waitFor(() => expect(fake.builds).toHaveLength(2));
    expect(fake.builds[0].aborted).toBe(true);
    expect(fake.builds[1].input.curation?.stopwords).toEqual(['video', 'optimizer']);
    // Both stay close to the map on screen, not to the first edit's map, which never arrived.
    expect(fake.builds[1].input.steady).toBe(map);
  });

  test('new settings give a new map: a rebuild with them is not held to the map on screen', async () => {
    const map = await renderApp();
    act(() => useMapStore.getState().rebuild({ settings: { ...map.meta.settings, seed: 7 } }));
    await waitFor(() => expect(fake.builds).toHaveLength(1));
    expect(fake.builds[0].input.steady).toBeUndefined();
    // An edit made while that build runs builds on it, still from scratch.
    act(() => useMapStore.getState().curate({ type: 'remove', term: 'video' }));
    await waitFor(() => expect(fake.builds).toHaveLength(2));
    expect(fake.builds[1].input.settings?.seed).toBe(7);
    expect(fake.builds[1].input.steady).toBeUndefined();
  });

  test('"Merge into…" picks another keyword in a combobox; the merged map selects it', async () => {
    const map = await renderApp();
    act(() => useMapStore.getState().select({ kind: 'keyword', id: 'k:video' }));
    const merge = within(details()).getByRole('button', { name: 'Merge into…' });
    await userEvent.click(merge);
    expect(merge.getAttribute('aria-expanded')).toBe('true');
    const box = within(details()).getByRole('combobox', { name: 'Merge “video” into' });
    expect(document.activeElement).toBe(box);
    await userEvent.type(box, 'diff');
    const options = within(details()).getAllByRole('option');
    expect(options.map((o) => o.textContent)).toEqual(['diffusion models4']);
    await userEvent.click(options[0]);
    await waitFor(() => expect(fake.builds).toHaveLength(1));
    expect(fake.builds[0].input.curation).toEqual({
      stopwords: [],
      synonyms: [{ from: 'video', to: 'diffusion models' }],
      clusterNames: [],
    });
    await act(async () => fake.builds[0].resolve(withoutKeyword(map, 'k:video')));
    expect(useMapStore.getState().selection).toEqual({ kind: 'keyword', id: 'k:diffus model' });
  });

  test('the merge picker does not offer the keyword itself', async () => {
    await renderApp();
    act(() => useMapStore.getState().select({ kind: 'keyword', id: 'k:video' }));
    await userEvent.click(within(details()).getByRole('button', { name: 'Merge into…' }));
    await userEvent.type(within(details()).getByRole('combobox'), 'vid');
    expect(within(details()).queryAllByRole('option')).toHaveLength(0);
    expect(within(details()).getByText('No keyword matches')).toBeTruthy();
  });

  test('"Rename" names a cluster after its top keyword in the curation', async () => {
    await renderApp();
    act(() => useMapStore.getState().select({ kind: 'cluster', id: 1 }));
    await userEvent.click(within(details()).getByRole('button', { name: 'Rename' }));
    const input = within(details()).getByLabelText('Cluster name') as HTMLInputElement;
    expect(input.value).toBe('Diffusion · image generation');
    await userEvent.clear(input);
    await userEvent.type(input, 'Generative vision{Enter}');
    await waitFor(() => expect(fake.builds).toHaveLength(1));
    expect(fake.builds[0].input.curation).toEqual({
      stopwords: [],
      synonyms: [],
      clusterNames: [{ keyword: 'diffusion models', name: 'Generative vision' }],
    });
  });

  test('Cancel (or Escape) leaves the cluster name as it was', async () => {
    await renderApp();
    act(() => useMapStore.getState().select({ kind: 'cluster', id: 1 }));
    await userEvent.click(within(details()).getByRole('button', { name: 'Rename' }));
    await userEvent.type(within(details()).getByLabelText('Cluster name'), ' changed');
    await userEvent.click(within(details()).getByRole('button', { name: 'Cancel' }));
    expect(within(details()).queryByLabelText('Cluster name')).toBeNull();
    await userEvent.click(within(details()).getByRole('button', { name: 'Rename' }));
    await userEvent.keyboard('{Escape}');
    expect(within(details()).queryByLabelText('Cluster name')).toBeNull();
    expect(document.activeElement).toBe(within(details()).getByRole('button', { name: 'Rename' }));
    expect(fake.builds).toHaveLength(0);
  });
});

describe('the curation section of the settings', () => {
  const curation: Curation = {
    stopwords: ['video'],
    synonyms: [{ from: 'optimizer', to: 'language models' }],
    clusterNames: [{ keyword: 'diffusion models', name: 'Generative vision' }],
  };

  async function openCuration(with_?: Curation): Promise<HTMLElement> {
    await renderApp(with_);
    await userEvent.click(screen.getByRole('button', { name: 'Settings' }));
    return within(screen.getByRole('dialog', { name: 'Settings' })).getByRole('region', { name: 'Curation' });
  }

  test('with no curation it says how to make one; nothing to export', async () => {
    const section = await openCuration();
    expect(section.textContent).toContain('No changes yet');
    expect((within(section).getByRole('button', { name: 'Export thesaurus' }) as HTMLButtonElement).disabled).toBe(true);
  });

  test('lists removals, merges and renames, each with an undo that rebuilds', async () => {
    const section = await openCuration(curation);
    expect(within(section).getByRole('list', { name: /Removed/ }).textContent).toContain('video');
    expect(within(section).getByRole('list', { name: /Merged/ }).textContent).toMatch(/optimizer →(into)? language models/);
    expect(within(section).getByRole('list', { name: /Renamed clusters/ }).textContent).toContain('Generative vision');

    await userEvent.click(within(section).getByRole('button', { name: 'Restore video' }));
    await waitFor(() => expect(fake.builds).toHaveLength(1));
    expect(fake.builds[0].input.curation).toEqual({ ...curation, stopwords: [] });
    // The list follows the build asked for; undoing another entry builds on it.
    expect(within(section).queryByRole('list', { name: /Removed/ })).toBeNull();
    await userEvent.click(within(section).getByRole('button', { name: 'Unmerge optimizer' }));
    await waitFor(() => expect(fake.builds).toHaveLength(2));
    expect(fake.builds[1].input.curation).toEqual({ ...curation, stopwords: [], synonyms: [] });
    await userEvent.click(within(section).getByRole('button', { name: 'Undo the name Generative vision' }));
    await waitFor(() => expect(fake.builds).toHaveLength(3));
    expect(fake.builds[2].input.curation).toEqual(EMPTY);
  });

  test('"Export thesaurus" downloads thesaurus.txt as writeThesaurus writes it', async () => {
    const section = await openCuration(curation);
    await userEvent.click(within(section).getByRole('button', { name: 'Export thesaurus' }));
    const [name, blob] = vi.mocked(downloadFile).mock.calls[0];
    expect(name).toBe('thesaurus.txt');
    expect(await blob.text()).toBe(writeThesaurus(curation));
    expect(await blob.text()).toBe('label\treplace by\nvideo\t\noptimizer\tlanguage models\n');
  });

  test('"Import thesaurus" adds a file\'s entries to the curation and rebuilds; a bad file says where', async () => {
    const section = await openCuration(curation);
    const input = within(section).getByLabelText('Thesaurus file');
    fireEvent.change(input, {
      target: { files: [new File(['label\treplace by\nreasoning\t\nvideo\tdiffusion models\n'], 'mine.txt')] },
    });
    await waitFor(() => expect(fake.builds).toHaveLength(1));
    expect(fake.builds[0].input.curation).toEqual(
      mergeCuration(curation, {
        stopwords: ['reasoning'],
        synonyms: [{ from: 'video', to: 'diffusion models' }],
        clusterNames: [],
      }),
    );
    // A removed term merged later is merged (the import wins), not both.
    expect(fake.builds[0].input.curation?.stopwords).toEqual(['reasoning']);

    fireEvent.change(input, { target: { files: [new File(['term\tnew\nx\ty\n'], 'bad.txt')] } });
    const alert = await within(section).findByRole('alert');
    expect(alert.textContent).toMatch(/^bad\.txt:1: expected the header/);
    expect(fake.builds).toHaveLength(1);
  });

  test('"Import thesaurus" then names the rows of the file that matched no key phrase of the corpus', async () => {
    const map = await renderApp(curation);
    await userEvent.click(screen.getByRole('button', { name: 'Settings' }));
    const section = within(screen.getByRole('dialog', { name: 'Settings' })).getByRole('region', { name: 'Curation' });
    const file = 'label\treplace by\nreasoning\t\nquantum chromodynamics\t\nvideo models\tdiffusion models\n';
    fireEvent.change(within(section).getByLabelText('Thesaurus file'), { target: { files: [new File([file], 'mine.txt')] } });
    await waitFor(() => expect(fake.builds).toHaveLength(1));
    const sent = fake.builds[0].input.curation!;
    // The build's answer is about the curation it was given: the map's entries and the file's.
    const at = (term: string): number => sent.stopwords.indexOf(term);
    expect(at('video')).toBeGreaterThanOrEqual(0);
    await act(async () =>
      fake.builds[0].resolve({ ...map, curation: sent }, [], {
        unusedCuration: {
          stopwords: [at('video'), at('quantum chromodynamics')].sort(),
          synonyms: [sent.synonyms.findIndex((s) => s.from === 'video models')],
        },
      }),
    );
    // "video" is the map's own entry, not the file's: not named.
    expect(within(section).getByRole('status').textContent).toBe(
      '2 rows of mine.txt name no key phrase of this corpus, so they change nothing: ' +
        '“quantum chromodynamics” (line 3), “video models” (line 4).',
    );
    // A later build (an undo) is not about the file: the note goes.
    await userEvent.click(within(section).getByRole('button', { name: 'Restore reasoning' }));
    await waitFor(() => expect(fake.builds).toHaveLength(2));
    await act(async () =>
      fake.builds[1].resolve({ ...map, curation: fake.builds[1].input.curation }, [], {
        unusedCuration: { stopwords: [0], synonyms: [] },
      }),
    );
    expect(within(section).queryByRole('status')).toBeNull();
  });

  test('"Import thesaurus" reads a sheet Excel saved as UTF-16 ("Unicode Text"), as build:map --thesaurus does', async () => {
    const section = await openCuration(curation);
    const sheet = 'label\treplace by\r\nvideo\tdiffusion models \u2013 na\u00efve\r\n';
    const bytes = new Uint8Array([0xff, 0xfe, ...Buffer.from(sheet, 'utf16le')]);
    fireEvent.change(within(section).getByLabelText('Thesaurus file'), { target: { files: [new File([bytes], 'unicode.txt')] } });
    await waitFor(() => expect(fake.builds).toHaveLength(1));
    expect(fake.builds[0].input.curation?.synonyms).toContainEqual({ from: 'video', to: 'diffusion models \u2013 na\u00efve' });
  });
});
