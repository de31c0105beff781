import { useEffect, useState } from 'react';
import type { EarlyMapFetch, MapResponse } from '../earlyMapFetch';
import { checkMapUrl, type MapUrlCheck } from '../store/checkMapUrl';
import { loadMapFromUrl } from '../store/loadMap';
import { formatUrlState, parseUrlState } from '../store/urlState';
import { useMapStore } from '../store/useMapStore';

/**
 * The map shown when the URL names none (built by `npm run build:map` into public/). The early
 * script has its own copy (EARLY_DEFAULT_MAP_URL: importing this would make the bundler split a
 * chunk that both wait for); a test keeps the two equal.
 */
export const DEFAULT_MAP_URL = './trending-papers.map.json';

// The request started before the app's first render, taken by the first load of that URL.
let early: EarlyMapFetch | null = null;

function startupCheck(): MapUrlCheck {
  return checkMapUrl(parseUrlState(location.search).map ?? DEFAULT_MAP_URL, document.baseURI);
}

/**
 * Starts fetching the startup map before React renders, or takes the request the early script
 * made before the bundle ran (earlyMapFetch): the bytes then arrive while the bundle loads and
 * React mounts instead of after. Only a map from this site: any other waits for the user's consent
 * (see MapSourceDialog), and even a request the user then declines would tell the other site
 * that the link was opened. The early request is taken only for the URL checkMapUrl names.
 */
export function prefetchMap(): void {
  const made = window.__topicMapEarlyFetch;
  // Whichever runs second finds it set: the early script then makes no request of its own.
  window.__topicMapEarlyFetch = null;
  const check = startupCheck();
  if (check.kind !== 'same-origin') return;
  if (made && made.url === check.url) {
    early = made;
    return;
  }
  const response = fetch(check.url);
  // A failed request is reported by the load that takes it, not as an unhandled rejection.
  response.catch(() => {});
  early = { url: check.url, response };
}

function takeEarly(url: string): ((url: string) => Promise<MapResponse>) | undefined {
  const taken = early;
  early = null;
  return taken?.url === url ? () => taken.response : undefined;
}

/** A map the link names that waits for the user: where it comes from, and the two answers. */
export interface MapSourcePrompt {
  check: Extract<MapUrlCheck, { kind: 'other-origin' | 'data' }>;
  open(): void;
  decline(): void;
}

/**
 * Loads the map named by `?map=URL`, or the default map, once when the app starts. A map from
 * another origin or a `data:` link is not loaded until the returned prompt is answered: `open`
 * loads it, `decline` drops `?map=` from the address and opens the default map.
 */
export function useMapLoader(): MapSourcePrompt | null {
  const [asked, setAsked] = useState<MapSourcePrompt['check'] | null>(null);

  useEffect(() => {
    const check = startupCheck();
    if (check.kind === 'same-origin') void loadMapFromUrl(check.url, takeEarly(check.url));
    else if (check.kind === 'refused') {
      useMapStore.getState().setLoadError(`The map address in the link cannot be opened: ${check.reason}.`, check.url);
    } else setAsked(check);
  }, []);

  if (!asked) return null;
  return {
    check: asked,
    open() {
      setAsked(null);
      // A data: map is decoded already: it is handed over as a response, not fetched.
      const text = asked.kind === 'data' ? asked.text : null;
      void loadMapFromUrl(asked.url, text === null ? undefined : async () => new Response(text));
    },
    decline() {
      setAsked(null);
      const search = formatUrlState({ ...parseUrlState(location.search), map: null }, location.search);
      history.replaceState(history.state, '', `${location.pathname}${search}${location.hash}`);
      void loadMapFromUrl(DEFAULT_MAP_URL);
    },
  };
}
