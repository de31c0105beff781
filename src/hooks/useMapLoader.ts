import { useEffect } from 'react';
import { loadMapFromUrl } from '../store/loadMap';
import { parseUrlState } from '../store/urlState';

/** The map shown when the URL names none (built by `npm run build:map` into public/). */
export const DEFAULT_MAP_URL = './trending-papers.map.json';

/** Loads the map named by `?map=URL`, or the default map, once when the app starts. */
export function useMapLoader(): void {
  useEffect(() => {
    void loadMapFromUrl(parseUrlState(location.search).map ?? DEFAULT_MAP_URL);
  }, []);
}
