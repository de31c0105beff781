import { useEffect } from 'react';
import { loadMapFromUrl } from '../store/loadMap';
import { parseUrlState } from '../store/urlState';

/** The map shown when the URL names none (built by `npm run build:map` into public/). */
const DEFAULT_MAP_URL = './trending-papers.map.json';

// The request main.tsx starts before the app's first render, taken by the first load of that URL.
let early: { url: string; response: Promise<Response> } | null = null;

function startupMapUrl(): string {
  return parseUrlState(location.search).map ?? DEFAULT_MAP_URL;
}

/**
 * Starts fetching the startup map before React renders: the request then overlaps the first
 * render and effects (about 250 ms at 20,000 papers) instead of waiting for them.
 */
export function prefetchMap(): void {
  const url = startupMapUrl();
  const response = fetch(url);
  // A failed request is reported by the load that takes it, not as an unhandled rejection.
  response.catch(() => {});
  early = { url, response };
}

function takeEarly(url: string): typeof fetch | undefined {
  const taken = early;
  early = null;
  return taken?.url === url ? () => taken.response : undefined;
}

/** Loads the map named by `?map=URL`, or the default map, once when the app starts. */
export function useMapLoader(): void {
  useEffect(() => {
    const url = startupMapUrl();
    void loadMapFromUrl(url, takeEarly(url));
  }, []);
}
