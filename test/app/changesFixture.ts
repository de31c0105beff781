import type { MapChanges, MapFile } from '../../src/core/map';
import { FIXTURE_TEXT, fixtureMap } from './fixtureMap';

/**
 * A hand-made record of what an update changed, over the fixture map (clusters 0, 1, 2 now, 12
 * papers; so 11 before: 12 - 3 new + 2 removed): as the update builder writes it, with the old
 * clusters' names and the removed keywords' terms. Cluster 2 is new; the old clusters 1 and 7
 * merged into 1; cluster 0 grew; old cluster 8 vanished. (A split: SPLIT_CHANGES; a record of a
 * map written before names and terms were recorded: OLD_CHANGES.)
 */
export const CHANGES: MapChanges = {
  previous: { source: 'last-week.txt', corpusHash: '0123abcd' },
  newPapers: ['p-3d', 'p-kg-zh', 'p-fr-protein'],
  removedPapers: ['p-gone-1', 'p-gone-2'],
  movedPapers: [{ paper: 'p-moe', from: 1, to: 0 }],
  newKeywords: ['k:3d reconstruct', 'k:知识图谱'],
  removedKeywords: ['k:old term'],
  removedKeywordTerms: ['old terms'],
  clusters: [
    { kind: 'grown', from: [0], to: [0], sizeBefore: 3, sizeAfter: 4, fromLabels: ['Language models · reasoning'] },
    {
      kind: 'merged',
      from: [1, 7],
      to: [1],
      sizeBefore: 6,
      sizeAfter: 4,
      fromLabels: ['Diffusion · image generation', 'Video diffusion'],
    },
    { kind: 'new', from: [], to: [2], sizeBefore: 0, sizeAfter: 4 },
    { kind: 'vanished', from: [8], to: [], sizeBefore: 2, sizeAfter: 0, fromLabels: ['Speech recognition · audio'] },
  ],
};

/** A second record: the old cluster 5 split into 1 and 2, cluster 0 stable (its share about the same). */
export const SPLIT_CHANGES: MapChanges = {
  ...CHANGES,
  clusters: [
    { kind: 'same', from: [0], to: [0], sizeBefore: 4, sizeAfter: 4, fromLabels: ['Language models · reasoning'] },
    { kind: 'split', from: [5], to: [1, 2], sizeBefore: 7, sizeAfter: 8, fromLabels: ['Images · graphs'] },
  ],
};

/** CHANGES as maps written before the old names and removed terms were recorded have it. */
export const OLD_CHANGES: MapChanges = {
  ...CHANGES,
  removedKeywordTerms: undefined,
  clusters: CHANGES.clusters.map(({ fromLabels: _, ...event }) => event),
};

/** The fixture map carrying `changes`, as an updated map would. */
export function mapWithChanges(changes: MapChanges = CHANGES): MapFile {
  return { ...fixtureMap(), changes };
}

/** The same as map-file text, for a stubbed fetch. */
export function mapWithChangesText(changes: MapChanges = CHANGES): string {
  return JSON.stringify({ ...JSON.parse(FIXTURE_TEXT), changes });
}
