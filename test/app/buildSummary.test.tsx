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
    // The Web of Science file twice (as if exported twice) and a Scopus RIS file, opened at once:
    // 3 + 3 + 3 records, 2 of them abstract-less comment letters, 2 repeats merged.
    const input = screen.getByLabelText('Corpus file') as HTMLInputElement;
    const files = [
      new File([real('wos-savedrecs.txt')], 'savedrecs.txt'),
      new File([real('wos-savedrecs.txt')], 'savedrecs-again.txt'),
      new File([real('scopus.ris')], 'scopus.ris'),
    ];
    fireEvent.change(input, { target: { files } });
    const note = await screen.findByRole('status', { name: 'Map built' }, { timeout: 20_000 });
    expect(note.textContent).toContain('Built a map of 5 papers from savedrecs.txt + savedrecs-again.txt + scopus.ris');
    expect(note.querySelector('.build-tally')?.textContent).toBe(
      '9 records read, 2 skipped (2 no abstract), 2 duplicates merged.',
    );
    // The warnings behind the line are listed too, by file and line.
    expect(note.textContent).toContain('savedrecs.txt:100');
    expect(useMapStore.getState().lastBuild?.tally).toEqual({ records: 9, skipped: { 'no abstract': 2 }, duplicates: 2 });
  });

  test('a clean read still says how many records were read', async () => {
    render(<App createBuildClient={inProcessClient} />);
    await waitFor(() => expect(useMapStore.getState().status).toBe('ready'));
    const input = screen.getByLabelText('Corpus file') as HTMLInputElement;
    await act(async () => {
      fireEvent.change(input, { target: { files: [new File([real('ieee.ris')], 'ieee.ris')] } });
    });
    const note = await screen.findByRole('status', { name: 'Map built' }, { timeout: 20_000 });
    expect(note.querySelector('.build-tally')?.textContent).toBe('3 records read.');
  });
});
