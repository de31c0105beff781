// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openCorpusFiles } from '../../src/store/openCorpusFile';
import { resetMapStore, useMapStore } from '../../src/store/useMapStore';
import { loadMapFromFile } from '../../src/store/loadMap';
import { windows1252 } from '../helpers/windows1252';
import { polyfillBlobText } from './fakeBuildClient';
import { loadFixture } from './fixtureMap';

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

describe('a file that cannot be opened leaves the map on screen as it was', () => {
  /** 2 KB of bytes no format reads (and no compact map's mark). */
  const noise = (): Uint8Array<ArrayBuffer> => {
    const bytes = new Uint8Array(new ArrayBuffer(2048));
    for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 7919 + 13) % 256;
    return bytes;
  };

  it('a .bin that is not a compact map, opened as a corpus, goes to the builder as one; the map stays', async () => {
    const map = loadFixture();
    await openCorpusFiles([new File([noise()], 'random.bin')]);
    const s = useMapStore.getState();
    expect(s.map).toBe(map);
    expect(s.status).toBe('ready');
    // Sent to the builder as a corpus, which refuses it by name ("random.bin: a binary file ...").
    expect(s.buildRequest?.corpus.fileName).toBe('random.bin');
    expect(s.error).toBeNull();
  });

  it('a bad map file opened as a map says why in a notice; the map, its source and its selection stay', async () => {
    const map = loadFixture();
    useMapStore.getState().select({ kind: 'paper', id: map.papers[0].id });
    await loadMapFromFile(new File(['{"format": "topic-map", '], 'broken.json'));
    let s = useMapStore.getState();
    expect(s.map).toBe(map);
    expect(s.status).toBe('ready');
    expect(s.source).toBe('small.map.json');
    expect(s.selection).toEqual({ kind: 'paper', id: map.papers[0].id });
    expect(s.buildErrorTitle).toBe('The map could not be opened');
    expect(s.buildError).toContain('The map file is not valid: ');
    expect(s.buildError).toContain('not valid JSON');

    await loadMapFromFile(new File([noise()], 'random.map.bin'));
    s = useMapStore.getState();
    expect(s.map).toBe(map);
    expect(s.buildError).toContain('random.map.bin is not a compact map');
  });

  it('with no map on screen, the page says it (there is nothing to keep)', async () => {
    await loadMapFromFile(new File(['not json'], 'broken.json'));
    const s = useMapStore.getState();
    expect(s.status).toBe('error');
    expect(s.error).toContain('The map file is not valid: ');
  });
});
