/**
 * The startup map's request, made by a tiny script of its own that the page runs while the app's
 * bundle is still downloading and compiling (vite.config.ts builds it as a second entry and puts
 * it first in index.html, `async`). Issued there, the map's bytes arrive while the bundle loads and
 * React mounts, instead of after: at 20,000 papers the request started 300–400 ms after the
 * navigation, and the bytes were in 500 ms later still, with the main thread idle meanwhile.
 *
 * It imports nothing, so the bundler gives it no shared chunk to wait for. It fetches only a map of
 * this page's own origin over http(s) (a map from anywhere else waits for the user's consent, see
 * checkMapUrl and MapSourceDialog: even a declined request would tell the other site that the link
 * was opened); the app takes the response only when checkMapUrl agrees and the URL is the same
 * (useMapLoader's prefetchMap), and fetches on its own otherwise.
 */

/** useMapLoader's DEFAULT_MAP_URL, the map shown when the URL names none (a test keeps them equal). */
export const EARLY_DEFAULT_MAP_URL = './trending-papers.map.json';

/** The request on its way: the `?map=` value as written (or the default map's), and its response. */
export interface EarlyMapFetch {
  url: string;
  response: Promise<Response>;
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
  const response = win.fetch(value);
  // A failed request is reported by the load that takes it, not as an unhandled rejection.
  response.catch(() => {});
  win.__topicMapEarlyFetch = { url: value, response };
}
