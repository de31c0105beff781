// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { App } from '../../src/App';
import { buildMap } from '../../src/core/buildMap';
import { TOOL_VERSION } from '../../src/core/map';
import { useMapStore } from '../../src/store/useMapStore';
import type { BuildMapClient } from '../../src/workers/buildMapClient';
import { polyfillBlobText } from './fakeBuildClient';
import { cleanupApp, FIXTURE_TEXT, resetApp } from './fixtureMap';

/*
 * The summary line after "Open corpus" (issue 13): records read, skipped and why, duplicates
 * merged, from the real readers. The client runs the real pipeline in this process instead of a
 * worker, so the counts are the ones a real build gives. Files: real exports from
 * test/fixtures/real (sources in SOURCES.md there).
 */
const real = (name: string): string =>
  readFileSync(join(dirname(fileURLToPath(import.meta.url)), '../fixtures/real', name), 'utf8');

/** A client that builds in-process with the core pipeline (what the worker runs). */
const inProcessClient = (): BuildMapClient => ({
  async build(input) {
    const { map, warnings, timings, tally } = buildMap(input.text, {
      fileName: input.fileName,
      toolVersion: TOOL_VERSION,
      ...(input.format ? { format: input.format } : {}),
      ...(input.more ? { more: input.more } : {}),
      ...(input.settings ? { settings: input.settings } : {}),
    });
    return { map, warnings, timings, ...(tally ? { tally } : {}) };
  },
  warm() {},
  cancel() {},
  dispose() {},
});

polyfillBlobText();

beforeEach(() => {
  resetApp();
  vi.stubGlobal(
    'fetch',
    vi.fn(async () => new Response(FIXTURE_TEXT, { status: 200 })),
  );
});
afterEach(() => cleanupApp());

describe('the summary line after a build', () => {
  test('says how many records were read, skipped and why, and merged as duplicates, across files', async () => {
    render(<App createBuildClient={inProcessClient} />);
    await waitFor(() => expect(useMapStore.getState().status).toBe('ready'));
    // The same three Web of Science records exported as plain text and as tab-delimited, a PubMed
    // download and a RIS file with two letters without abstracts, opened at once: 3 + 3 + 4 + 3
    // records, the 2 letters skipped, the 3 repeats merged.
    const input = screen.getByLabelText('Corpus file') as HTMLInputElement;
    const letters = [
      'TY  - JOUR\nTI  - A letter to the editor\nPY  - 2020\nER  - \n',
      'TY  - JOUR\nTI  - Open source clustering in Python\nAB  - Clustering software for gene expression data in Python.\nPY  - 2020\nER  - \n',
      'TY  - JOUR\nTI  - A reply\nPY  - 2020\nER  - \n',
    ].join('\n');
    const files = [
      new File([real('wos-plaintext.txt')], 'savedrecs.txt'),
      new File([real('wos-tab.txt')], 'savedrecs-tab.txt'),
      new File([real('pubmed-biopython.medline')], 'pubmed.txt'),
      new File([letters], 'letters.ris'),
    ];
    fireEvent.change(input, { target: { files } });
    const note = await screen.findByRole('group', { name: 'Map built' }, { timeout: 20_000 });
    expect(note.textContent).toContain(
      'Built a map of 8 papers from savedrecs.txt + savedrecs-tab.txt + pubmed.txt + letters.ris',
    );
    expect(note.querySelector('.build-tally')?.textContent).toBe(
      '13 records read, 2 skipped (2 no abstract), 3 duplicates merged.',
    );
    // The warnings behind the line are listed too, by file and line.
    expect(note.textContent).toContain('letters.ris:1');
    expect(note.textContent).toContain('letters.ris:12');
    expect(note.textContent).toContain('savedrecs-tab.txt:2 3 records repeat papers read before');
    expect(useMapStore.getState().lastBuild?.tally).toEqual({ records: 13, skipped: { 'no abstract': 2 }, duplicates: 3 });
  });

  test('a clean read still says how many records were read', async () => {
    render(<App createBuildClient={inProcessClient} />);
    await waitFor(() => expect(useMapStore.getState().status).toBe('ready'));
    const input = screen.getByLabelText('Corpus file') as HTMLInputElement;
    await act(async () => {
      fireEvent.change(input, { target: { files: [new File([real('ieee.ris')], 'ieee.ris')] } });
    });
    const note = await screen.findByRole('group', { name: 'Map built' }, { timeout: 20_000 });
    expect(note.querySelector('.build-tally')?.textContent).toBe('3 records read.');
  });
});
