/**
 * The startup map's request, made by a tiny script of its own that the page runs while the app's
 * bundle is still downloading and compiling (vite.config.ts builds it as a second entry and puts
 * it first in index.html, `async`). Issued there, the map's bytes arrive while the bundle loads and
 * React mounts, instead of after: at 20,000 papers the request started 300–400 ms after the
 * navigation, and the bytes were in 500 ms later still, with the main thread idle meanwhile.
 *
 * The body is read into a Blob as it arrives (see blobbed).
 *
 * It imports nothing, so the bundler gives it no shared chunk to wait for. It fetches only a map of
 * this page's own origin over http(s) (a map from anywhere else waits for the user's consent, see
 * checkMapUrl and MapSourceDialog: even a declined request would tell the other site that the link
 * was opened); the app takes the response only when checkMapUrl agrees and the URL is the same
 * (useMapLoader's prefetchMap), and fetches on its own otherwise.
 */

/** useMapLoader's DEFAULT_MAP_URL, the map shown when the URL names none (a test keeps them equal). */
export const EARLY_DEFAULT_MAP_URL = './trending-papers.map.json';

/**
 * What a map load reads of a response (loadMapFromUrl): a fetch Response is one, and so is the
 * early request's, whose body is already being read into a Blob (see blobbed).
 */
export type MapResponse = Pick<Response, 'ok' | 'status' | 'statusText' | 'blob'>;

/** The request on its way: the `?map=` value as written (or the default map's), and its response. */
export interface EarlyMapFetch {
  url: string;
  response: Promise<MapResponse>;
}

declare global {
  interface Window {
    /**
     * Set by whichever of the early script and the app's prefetchMap runs first: the early
     * request, or null when there is none (another origin, a bad address, or the app ran first).
     */
    __topicMapEarlyFetch?: EarlyMapFetch | null;
  }
}

/** The `?map=` value of `search` as the app reads it (first one; `+` is a space), or null. */
export function mapParameter(search: string): string | null {
  for (const part of search.replace(/^\?/, '').split('&')) {
    const eq = part.indexOf('=');
    const key = eq < 0 ? part : part.slice(0, eq);
    if (key !== 'map') continue;
    const raw = eq < 0 ? '' : part.slice(eq + 1).replace(/\+/g, ' ');
    try {
      return decodeURIComponent(raw) || null;
    } catch {
      return raw || null;
    }
  }
  return null;
}

/**
 * `response` with its body read into a Blob at once, if it is ok. A Blob's bytes are kept by the
 * browser process, not the page: read that way and then taken whole (`blob.arrayBuffer()`), the
 * 17 MB main file of a 100,000-paper map cost Chromium's renderer about 160 ms of CPU against
 * 420–560 ms for `response.arrayBuffer()` (which receives the body chunk by chunk on the page's
 * thread), and arrived in half the time. Reading it at once also keeps the transfer going while
 * the bundle still loads (a body nobody reads stops when its pipe is full).
 */
export async function blobbed(response: Response): Promise<MapResponse> {
  if (!response.ok) return response;
  const { ok, status, statusText } = response;
  const body = await response.blob();
  return { ok, status, statusText, blob: async () => body };
}

/**
 * Starts fetching the startup map of `win`'s address, once: nothing when the app or an earlier call
 * got there first (`__topicMapEarlyFetch` set).
 */
export function startEarlyMapFetch(win: Window): void {
  if (win.__topicMapEarlyFetch !== undefined) return;
  win.__topicMapEarlyFetch = null;
  const value = mapParameter(win.location.search) ?? EARLY_DEFAULT_MAP_URL;
  let url: URL;
  try {
    url = new URL(value, win.document.baseURI);
  } catch {
    return;
  }
  if ((url.protocol !== 'http:' && url.protocol !== 'https:') || url.origin !== win.location.origin) return;
  const response = win.fetch(value).then(blobbed);
  // A failed request is reported by the load that takes it, not as an unhandled rejection.
  response.catch(() => {});
  win.__topicMapEarlyFetch = { url: value, response };
}
