import { estimateTextWidth, type SceneLabel, type SceneView, type TextMeasure } from '../core/scene';

/**
 * The id of the cluster whose name on the map covers screen point (px, py), or null: cluster
 * names are clickable like the legend. The id comes from the label, not from its text (two
 * clusters may carry the same name, "Unclustered" say).
 */
export function clusterLabelAt(
  labels: readonly SceneLabel[],
  px: number,
  py: number,
  view: Pick<SceneView, 'k' | 'x' | 'y'>,
  measureText: TextMeasure = estimateTextWidth,
): number | null {
  for (const label of labels) {
    if (label.kind !== 'cluster' || label.cluster === undefined) continue;
    const w = measureText(label.text, label.fontSize, label.bold) / 2;
    const h = label.fontSize * 0.65;
    const x = label.x * view.k + view.x;
    const y = label.y * view.k + view.y;
    if (Math.abs(px - x) <= w && Math.abs(py - y) <= h) return label.cluster;
  }
  return null;
}
