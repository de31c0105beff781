import {
  type CooccurrenceTable,
  type GapReport,
  type Participation,
  type ThematicMap,
  computeGaps,
  computeParticipation,
  computeThematicMap,
  countCooccurrences,
} from '../core/analysis';
import type { MapFile } from '../core/map';
import { useMapStore } from '../store/useMapStore';

/** The analyses of one map, each computed on first use. */
export interface MapAnalysis {
  readonly table: CooccurrenceTable;
  readonly gaps: GapReport;
  readonly thematic: ThematicMap;
  readonly participation: Participation;
}

class LazyAnalysis implements MapAnalysis {
  #table: CooccurrenceTable | null = null;
  #gaps: GapReport | null = null;
  #thematic: ThematicMap | null = null;
  #participation: Participation | null = null;
  constructor(private readonly map: MapFile) {}
  get table(): CooccurrenceTable {
    return (this.#table ??= countCooccurrences(this.map));
  }
  get gaps(): GapReport {
    return (this.#gaps ??= computeGaps(this.table, { top: 30 }));
  }
  get thematic(): ThematicMap {
    return (this.#thematic ??= computeThematicMap(this.table));
  }
  get participation(): Participation {
    return (this.#participation ??= computeParticipation(this.table));
  }
}

// Keyed by the map object itself, so the analysis lives exactly as long as the map it describes:
// a new map (a rebuild, an opened file) is a new key, and the old entry goes with the old map.
const analyses = new WeakMap<MapFile, MapAnalysis>();

/** The analysis of a map, shared by every view of it (the Gaps view, the thematic map, the panels). */
export function analysisOf(map: MapFile): MapAnalysis {
  let analysis = analyses.get(map);
  if (!analysis) {
    analysis = new LazyAnalysis(map);
    analyses.set(map, analysis);
  }
  return analysis;
}

/** The analysis of the map on screen, or null before one is loaded. */
export function useMapAnalysis(): MapAnalysis | null {
  const map = useMapStore((s) => s.map);
  return map ? analysisOf(map) : null;
}
