import type { LayoutAnchors } from '../layout';
import type { MapFile } from '../map';
import { livingConfig } from './livingConfig';

/**
 * The previous map's places for the new map's nodes (NaN for a node it did not have), by id. A
 * paper whose cluster changed (`oldCluster` differs from `paperCluster`, both map ids) gets some
 * slack (livingConfig.movedPaperSlack × the old map's width), so it can lean towards its new cluster.
 */
export function anchorsFromMap(
  previous: MapFile,
  paperIds: readonly string[],
  paperCluster: readonly number[],
  keywordIds: readonly string[],
): LayoutAnchors {
  const oldPaper = new Map(previous.papers.map((p) => [p.id, p]));
  const oldKeyword = new Map(previous.keywords.map((k) => [k.id, k]));
  let minX = Number.POSITIVE_INFINITY;
  let maxX = Number.NEGATIVE_INFINITY;
  for (const node of [...previous.papers, ...previous.keywords]) {
    if (node.x < minX) minX = node.x;
    if (node.x > maxX) maxX = node.x;
  }
  const slackOfMoved = maxX > minX ? livingConfig.movedPaperSlack * (maxX - minX) : 0;
  const n = paperIds.length;
  const m = keywordIds.length;
  const anchors: LayoutAnchors = {
    paperX: new Float64Array(n).fill(Number.NaN),
    paperY: new Float64Array(n).fill(Number.NaN),
    keywordX: new Float64Array(m).fill(Number.NaN),
    keywordY: new Float64Array(m).fill(Number.NaN),
    slack: new Float64Array(n + m),
  };
  paperIds.forEach((id, i) => {
    const old = oldPaper.get(id);
    if (!old) return;
    anchors.paperX[i] = old.x;
    anchors.paperY[i] = old.y;
    if (old.cluster !== paperCluster[i]) (anchors.slack as Float64Array)[i] = slackOfMoved;
  });
  keywordIds.forEach((id, j) => {
    const old = oldKeyword.get(id);
    if (!old) return;
    anchors.keywordX[j] = old.x;
    anchors.keywordY[j] = old.y;
  });
  return anchors;
}
