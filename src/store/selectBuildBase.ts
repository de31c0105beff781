import type { Curation } from '../core/curation';
import { DEFAULT_SETTINGS, type BuildSettings } from '../core/map';
import type { MapStoreState } from './mapStoreState';

export interface BuildBase {
  settings: BuildSettings;
  curation: Curation | undefined;
}

const NONE: BuildBase = { settings: DEFAULT_SETTINGS, curation: undefined };
let last: { settings: BuildSettings; curation: Curation | undefined; base: BuildBase } | null = null;

/**
 * The settings and curation the next change starts from: those of the build under way (so two
 * quick edits both count), else those of the map on screen. A failed build leaves the map's.
 * Memoised on its inputs, so components can select it directly.
 */
export function selectBuildBase(state: MapStoreState): BuildBase {
  const request = state.buildStatus === 'building' ? state.buildRequest : null;
  const settings = request ? request.settings : state.map?.meta.settings;
  if (!settings) return NONE;
  const curation = request ? request.curation : state.map?.curation;
  if (last && last.settings === settings && last.curation === curation) return last.base;
  last = { settings, curation, base: { settings, curation } };
  return last.base;
}
