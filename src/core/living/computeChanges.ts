import type { ClusterChange, MapChanges, MapFile } from '../map';

/**
 * What an update changed (MapChanges), from the previous map, the new one (its clusters already
 * carrying the matched ids) and the cluster events of matchClusters. Undefined when nothing
 * changed: no paper or keyword came or went, none changed cluster, and every cluster is the same
 * size; then the map is written exactly as a fresh build of the same corpus. It keeps what the
 * previous map alone knew and a view of the new one needs: removed keywords' terms, old clusters' labels.
 */
export function computeChanges(previous: MapFile, map: MapFile, events: ClusterChange[]): MapChanges | undefined {
  const oldPaper = new Map<string, number>();
  for (const paper of previous.papers) oldPaper.set(paper.id, paper.cluster);
  const newPaperIds = new Set<string>();
  const newPapers: string[] = [];
  const movedPapers: MapChanges['movedPapers'] = [];
  for (const paper of map.papers) {
    newPaperIds.add(paper.id);
    const from = oldPaper.get(paper.id);
    if (from === undefined) newPapers.push(paper.id);
    else if (from !== paper.cluster) movedPapers.push({ paper: paper.id, from, to: paper.cluster });
  }
  const removedPapers = previous.papers.filter((p) => !newPaperIds.has(p.id)).map((p) => p.id);
  const oldKeywordIds = new Set(previous.keywords.map((k) => k.id));
  const newKeywordIds = new Set(map.keywords.map((k) => k.id));
  const newKeywords = map.keywords.filter((k) => !oldKeywordIds.has(k.id)).map((k) => k.id);
  const removed = previous.keywords.filter((k) => !newKeywordIds.has(k.id));
  const removedKeywords = removed.map((k) => k.id);
  const oldLabel = new Map(previous.clusters.map((c) => [c.id, c.label]));
  const unchanged =
    newPapers.length + removedPapers.length + movedPapers.length + newKeywords.length + removedKeywords.length === 0 &&
    events.every((e) => e.kind === 'same' && e.sizeBefore === e.sizeAfter);
  if (unchanged) return undefined;
  return {
    previous: { source: previous.meta.source, corpusHash: previous.meta.corpusHash },
    newPapers,
    removedPapers,
    movedPapers,
    newKeywords,
    removedKeywords,
    // The previous map's terms and names: the view lists what went by name, and the file does not hold that map.
    removedKeywordTerms: removed.map((k) => k.term),
    clusters: events.map((e) => ({
      kind: e.kind,
      from: [...e.from],
      to: [...e.to],
      sizeBefore: e.sizeBefore,
      sizeAfter: e.sizeAfter,
      ...(e.from.length > 0 ? { fromLabels: e.from.map((id) => oldLabel.get(id) ?? `cluster ${id}`) } : {}),
    })),
  };
}
