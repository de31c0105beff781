import type { MapMeta } from '../map';

/** The keyword filter an export was made with, as the user named it (terms, not ids). */
export interface StampFilter {
  keywords: readonly string[];
  mode: 'all' | 'any';
  /** The time filter's years, when one was set (absent: the stamp reads as before). */
  years?: { from: number; to: number };
}

const SETTING_ORDER = ['topK', 'minDf', 'maxKeywords', 'resolution', 'seed'];

/**
 * The reproducibility stamp every export carries (SVG comment and <metadata>, GEXF <meta>,
 * GraphML <desc> and graph data, VOSviewer info, a CSV column): which tool version exported it,
 * which tool built the map, from which corpus (file name and content hash), with which settings
 * and seed, and which filter was applied. With it, anyone can rebuild the same map and export.
 * It holds no date, so exporting the same map twice gives the same bytes.
 */
export function exportStamp(meta: MapMeta, toolVersion: string, filter?: StampFilter): string {
  const settings = meta.settings as unknown as Record<string, unknown>;
  const keys = [
    ...SETTING_ORDER.filter((key) => key in settings),
    ...Object.keys(settings)
      .filter((key) => !SETTING_ORDER.includes(key))
      .sort(),
  ];
  const parts = [
    `Topic Map ${toolVersion} export`,
    `map built by ${meta.tool}`,
    `corpus ${meta.source} (${meta.corpusHash})`,
    `settings ${keys.map((key) => `${key}=${String(settings[key])}`).join(', ')}`,
    `filter ${stampFilterText(filter)}`,
  ];
  return parts.join('; ');
}

function stampFilterText(filter: StampFilter | undefined): string {
  const keywords =
    filter && filter.keywords.length > 0 ? `${filter.mode} of ${filter.keywords.map((k) => JSON.stringify(k)).join(', ')}` : '';
  const years = filter?.years ? `years ${filter.years.from}-${filter.years.to}` : '';
  return [keywords, years].filter(Boolean).join(', ') || 'none';
}
