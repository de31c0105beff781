import { exportStamp } from '../core/export';
import { APP_VERSION } from '../core/map';
import type { MapStoreState } from './mapStoreState';
import { selectFilterResult } from './selectFilterResult';

/**
 * The reproducibility stamp for an export of what the app shows: the map's provenance and the
 * keyword filter in force (the chosen keywords the map knows, by term, as `npm run export
 * --keywords` takes them). The version is the bare package version, as the command line passes
 * it, so the app and `npm run export` stamp the same map and filter identically. Null without a map.
 */
export function selectExportStamp(state: MapStoreState): string | null {
  const { map, index } = state;
  if (!map || !index) return null;
  const filter = selectFilterResult(state);
  const keywords = filter.chosen.map((id) => index.keywordById.get(id)?.term ?? id);
  return exportStamp(map.meta, APP_VERSION, {
    keywords,
    mode: filter.mode,
    ...(filter.years ? { years: filter.years } : {}),
  });
}
