// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openCorpusFiles } from '../../src/store/openCorpusFile';
import { resetMapStore, useMapStore } from '../../src/store/useMapStore';
import { windows1252 } from '../helpers/windows1252';
import { polyfillBlobText } from './fakeBuildClient';

polyfillBlobText();

beforeEach(() => resetMapStore());
afterEach(() => vi.restoreAllMocks());

describe('opening corpus files in the page', () => {
  it('refuses a file past what a page can read as one text, saying how to build its map, without reading it', async () => {
    const file = new File(['{}'], 'works.jsonl');
    Object.defineProperty(file, 'size', { value: 1_150_000_000 });
    const text = vi.spyOn(file, 'text');
    await openCorpusFiles([file]);
    expect(text).not.toHaveBeenCalled();
    expect(useMapStore.getState().buildError).toBe(
      'works.jsonl: 1,150 MB of text, more than a browser page can read as one text (about 536 MB); ' +
        'build its map on the command line (npm run build:map -- --input works.jsonl) and open the map here',
    );
    expect(useMapStore.getState().buildRequest).toBeNull();
  });

  it('reads a Windows-1252 file as such and sends its encoding with the text to the build', async () => {
    const corpus = '{"title": "Caf\u00e9 networks \u201cgraph\u201d", "abstract": "Na\u00efve graphs."}\n';
    await openCorpusFiles([new File([new Uint8Array(windows1252(corpus))], 'western.jsonl')]);
    expect(useMapStore.getState().buildRequest?.corpus).toMatchObject({
      text: corpus,
      fileName: 'western.jsonl',
      encoding: 'windows-1252',
    });
  });
});
