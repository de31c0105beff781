import { type MapFile, decodeCompactMap, isCompactMap, parseMapFile } from '../core/map';
import type { MapResponse } from '../earlyMapFetch';
import { attachCompactTexts } from './paperTexts';
import { useMapStore } from './useMapStore';

// A newer load makes an older one moot (the user opened another file before the first came in).
let generation = 0;

const DATA_LINK = 'the map in the link';

/** The name build:map --compact gives a compact map's main file (`NAME.map.bin`). */
const COMPACT_NAME = /\.bin$/i;

function sourceName(url: string): string {
  try {
    const u = new URL(url, document.baseURI);
    // A data: link's "name" is its whole content: say what it is instead.
    if (u.protocol === 'data:') return DATA_LINK;
    return u.origin === location.origin ? u.pathname.replace(/^.*\//, '') || u.pathname : u.href;
  } catch {
    return url;
  }
}

function describeError(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * The map in `bytes`: a JSON map, or the main file of a compact map (core/map/compactFormat), whose
 * papers' texts `fetchText(name)` gives when they are needed (see paperTexts).
 */
function openMapBytes(bytes: Uint8Array, name: string, fetchText: (name: string) => Promise<string>): MapFile {
  if (!isCompactMap(bytes)) {
    if (COMPACT_NAME.test(name))
      throw new Error(`${name} is not a compact map: it does not start as the .map.bin files of build:map --compact do`);
    return parseMapFile(new TextDecoder('utf-8').decode(bytes), name);
  }
  const { map, texts } = decodeCompactMap(bytes, name);
  attachCompactTexts(map, texts, fetchText);
  return map;
}

/**
 * Fetches, validates and shows the map at `url`; failures become the store's `error`. `fetchImpl`
 * may answer with less than a Response (the early request's, see earlyMapFetch).
 */
export async function loadMapFromUrl(url: string, fetchImpl: (url: string) => Promise<MapResponse> = fetch): Promise<void> {
  const mine = ++generation;
  const store = useMapStore.getState();
  const name = sourceName(url);
  // Where the map came from, as the page shows it: a data: link is its whole content, so it is named instead.
  const source = name === DATA_LINK ? DATA_LINK : url;
  store.startLoading(source);
  let bytes: Uint8Array;
  try {
    const response = await fetchImpl(url);
    if (!response.ok) {
      const why =
        response.status === 404
          ? 'the file was not found'
          : `the server answered ${response.status} ${response.statusText}`.trim();
      throw new Error(`Could not load the map file ${name}: ${why} (HTTP ${response.status}).`);
    }
    // Through a Blob, not response.arrayBuffer(): see earlyMapFetch's blobbed.
    bytes = new Uint8Array(await (await response.blob()).arrayBuffer());
  } catch (error) {
    if (mine !== generation) return;
    const message = describeError(error);
    useMapStore
      .getState()
      .setLoadError(message.startsWith('Could not') ? message : `Could not load the map file ${name}: ${message}`, source);
    return;
  }
  if (mine !== generation) return;
  // A compact map's texts files lie beside its main file.
  const fetchText = async (file: string): Promise<string> => {
    const response = await fetch(new URL(file, new URL(url, document.baseURI)).href);
    if (!response.ok) throw new Error(`Could not load ${file}, the texts of ${name} (HTTP ${response.status}).`);
    return response.text();
  };
  try {
    useMapStore.getState().setMap(openMapBytes(bytes, name, fetchText), source);
  } catch (error) {
    useMapStore.getState().setLoadError(`The map file is not valid: ${describeError(error)}`, source);
  }
}

/**
 * Reads, validates and shows a map file the user picked or dropped; `others` are the files picked
 * with it, where the texts of a compact map are looked for by name.
 */
export async function loadMapFromFile(file: File, others: readonly File[] = []): Promise<void> {
  const mine = ++generation;
  const shown = { map: useMapStore.getState().map, source: useMapStore.getState().source };
  // A file that cannot be opened leaves the map on screen as it was (it may exist nowhere else: a
  // map built in the page), and says why in a notice; with no map on screen the page says it.
  const fail = (message: string): void => {
    const store = useMapStore.getState();
    if (shown.map !== null && store.map === shown.map) {
      store.keepMap(shown.source);
      store.failBuild(message, 'The map could not be opened');
    } else store.setLoadError(message, file.name);
  };
  useMapStore.getState().startLoading(file.name);
  // A compact map's main file is named .bin (as build:map --compact writes it); anything else is JSON text.
  const compact = COMPACT_NAME.test(file.name);
  let content: Uint8Array | string;
  try {
    content = compact ? new Uint8Array(await file.arrayBuffer()) : await file.text();
  } catch (error) {
    if (mine === generation) fail(`Could not read ${file.name}: ${describeError(error)}`);
    return;
  }
  if (mine !== generation) return;
  const fetchText = async (name: string): Promise<string> => {
    const text = others.find((f) => f.name === name);
    if (!text) throw new Error(`${name}, the texts of ${file.name}, was not opened with it: open both files together.`);
    return text.text();
  };
  try {
    const map = typeof content === 'string' ? parseMapFile(content, file.name) : openMapBytes(content, file.name, fetchText);
    useMapStore.getState().setMap(map, file.name);
  } catch (error) {
    fail(`The map file is not valid: ${describeError(error)}`);
  }
}

/**
 * Opens the map among files picked or dropped together: the main file of a compact map (its texts
 * are looked for among the others), else the first file. Returns false when none is a compact map
 * and there is more than one file (the caller decides what several files mean).
 */
export async function loadMapFromFiles(files: readonly File[]): Promise<boolean> {
  if (await loadCompactMap(files)) return true;
  if (files.length !== 1) return false;
  await loadMapFromFile(files[0]);
  return true;
}

/**
 * Opens the compact map among `files`, if one is: its main file (a .bin name and the format's
 * mark), its texts looked for among the others. False when none is.
 */
export async function loadCompactMap(files: readonly File[]): Promise<boolean> {
  for (const file of files) {
    if (COMPACT_NAME.test(file.name) && isCompactMap(new Uint8Array(await file.slice(0, 8).arrayBuffer()))) {
      await loadMapFromFile(
        file,
        files.filter((f) => f !== file),
      );
      return true;
    }
  }
  return false;
}
