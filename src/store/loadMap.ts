import { parseMapFile } from '../core/map';
import { useMapStore } from './useMapStore';

// A newer load makes an older one moot (the user opened another file before the first came in).
let generation = 0;

const DATA_LINK = 'the map in the link';

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

/** Fetches, validates and shows the map at `url`; failures become the store's `error`. */
export async function loadMapFromUrl(url: string, fetchImpl: typeof fetch = fetch): Promise<void> {
  const mine = ++generation;
  const store = useMapStore.getState();
  const name = sourceName(url);
  // Where the map came from, as the page shows it: a data: link is its whole content, so it is named instead.
  const source = name === DATA_LINK ? DATA_LINK : url;
  store.startLoading(source);
  let text: string;
  try {
    const response = await fetchImpl(url);
    if (!response.ok) {
      const why =
        response.status === 404
          ? 'the file was not found'
          : `the server answered ${response.status} ${response.statusText}`.trim();
      throw new Error(`Could not load the map file ${name}: ${why} (HTTP ${response.status}).`);
    }
    text = await response.text();
  } catch (error) {
    if (mine !== generation) return;
    const message = describeError(error);
    useMapStore
      .getState()
      .setLoadError(message.startsWith('Could not') ? message : `Could not load the map file ${name}: ${message}`, source);
    return;
  }
  if (mine !== generation) return;
  try {
    useMapStore.getState().setMap(parseMapFile(text, name), source);
  } catch (error) {
    useMapStore.getState().setLoadError(`The map file is not valid: ${describeError(error)}`, source);
  }
}

/** Reads, validates and shows a map file the user picked or dropped. */
export async function loadMapFromFile(file: File): Promise<void> {
  const mine = ++generation;
  useMapStore.getState().startLoading(file.name);
  let text: string;
  try {
    text = await file.text();
  } catch (error) {
    if (mine === generation) {
      useMapStore.getState().setLoadError(`Could not read ${file.name}: ${describeError(error)}`, file.name);
    }
    return;
  }
  if (mine !== generation) return;
  try {
    useMapStore.getState().setMap(parseMapFile(text, file.name), file.name);
  } catch (error) {
    useMapStore.getState().setLoadError(`The map file is not valid: ${describeError(error)}`, file.name);
  }
}
