import type { ClusterChange, ClusterChangeKind, MapChanges } from '../map';
import { countNoun } from '../util';

const KIND_ORDER: ClusterChangeKind[] = ['new', 'split', 'merged', 'grown', 'shrunk', 'vanished', 'same'];

/** "#3 → #3, #12" for a split, "#4 + #6 → #4" for a merge, "#9" otherwise. */
function describeEvent(event: ClusterChange): string {
  const ids = (list: number[]): string => list.map((id) => `#${id}`).join(', ');
  if (event.kind === 'split') return `#${event.from[0]} → ${ids(event.to)}`;
  if (event.kind === 'merged') return `${event.from.map((id) => `#${id}`).join(' + ')} → #${event.to[0]}`;
  return event.kind === 'vanished' ? ids(event.from) : ids(event.to);
}

/**
 * One paragraph saying what an update changed, for the command line (and any view that wants a
 * sentence): "Against old.txt: 167 new papers, 0 removed, 12 moved to another cluster; 9 new
 * keywords, 4 removed. Clusters: 1 new (#11), 1 split (#3 → #3, #12), 4 grown (#0, #1, #2, #5),
 * 5 stable." Grown, shrunk and stable are by share of the map (matchClusters). Undefined changes
 * (nothing changed) say so.
 */
export function summarizeChanges(changes: MapChanges | undefined, previousSource?: string): string {
  if (!changes) return `No changes${previousSource ? ` against ${previousSource}` : ''}: the same papers, keywords and clusters.`;
  const papers =
    `${countNoun(changes.newPapers.length, 'new paper')}, ${changes.removedPapers.length} removed, ` +
    `${changes.movedPapers.length} moved to another cluster`;
  const keywords = `${countNoun(changes.newKeywords.length, 'new keyword')}, ${changes.removedKeywords.length} removed`;
  const parts: string[] = [];
  for (const kind of KIND_ORDER) {
    const events = changes.clusters.filter((e) => e.kind === kind);
    if (events.length === 0) continue;
    if (kind === 'same') parts.push(`${events.length} stable`);
    else parts.push(`${events.length} ${kind} (${events.map(describeEvent).join('; ')})`);
  }
  const clusters = parts.length > 0 ? ` Clusters: ${parts.join(', ')}.` : '';
  return `Against ${changes.previous.source}: ${papers}; ${keywords}.${clusters}`;
}
