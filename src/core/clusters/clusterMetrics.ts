/**
 * Agreement between two partitions of the same items (e.g. map clusters vs gold classes),
 * computed as scikit-learn does so our figures compare with published ones. Labels are compared by
 * identity only; their values and order do not matter.
 */
export type ClusterLabel = number | string;

interface Contingency {
  total: number;
  /** Count of each (pred, gold) pair that occurs. */
  cells: number[];
  predSizes: number[];
  goldSizes: number[];
}

function contingency(pred: readonly ClusterLabel[], gold: readonly ClusterLabel[]): Contingency {
  if (pred.length !== gold.length) {
    throw new Error(`clusterMetrics: ${pred.length} predicted labels but ${gold.length} gold labels`);
  }
  const predIndex = new Map<ClusterLabel, number>();
  const goldIndex = new Map<ClusterLabel, number>();
  const predSizes: number[] = [];
  const goldSizes: number[] = [];
  const cells = new Map<string, number>();
  for (let i = 0; i < pred.length; i++) {
    let p = predIndex.get(pred[i]);
    if (p === undefined) predIndex.set(pred[i], (p = predSizes.push(0) - 1));
    let g = goldIndex.get(gold[i]);
    if (g === undefined) goldIndex.set(gold[i], (g = goldSizes.push(0) - 1));
    predSizes[p]++;
    goldSizes[g]++;
    const key = `${p},${g}`;
    cells.set(key, (cells.get(key) ?? 0) + 1);
  }
  return { total: pred.length, cells: [...cells.values()], predSizes, goldSizes };
}

function entropy(sizes: number[], total: number): number {
  return -sizes.reduce((h, s) => h + (s / total) * Math.log(s / total), 0);
}

/**
 * Normalized mutual information with arithmetic-mean normalisation (scikit-learn's default
 * `normalized_mutual_info_score`): MI / ((H(pred) + H(gold)) / 2). 1 for identical partitions
 * (including two single-cluster ones), 0 when one side is a single cluster and the other is not.
 */
export function nmi(pred: readonly ClusterLabel[], gold: readonly ClusterLabel[]): number {
  const { total, cells, predSizes, goldSizes } = contingency(pred, gold);
  // One cell per cluster on both sides: the same partition relabelled. Exact 1, not 0.999…
  if (cells.length === predSizes.length && cells.length === goldSizes.length) return 1;
  const hPred = entropy(predSizes, total);
  const hGold = entropy(goldSizes, total);
  const mi = hPred + hGold - entropy(cells, total);
  if (mi <= 0) return 0;
  return Math.min(1, mi / ((hPred + hGold) / 2));
}

/**
 * Adjusted Rand index (scikit-learn's `adjusted_rand_score`): pair agreement corrected for
 * chance; 1 for identical partitions, about 0 for random ones, negative when worse than chance.
 */
export function adjustedRandIndex(pred: readonly ClusterLabel[], gold: readonly ClusterLabel[]): number {
  const { total, cells, predSizes, goldSizes } = contingency(pred, gold);
  const pairs = (k: number): number => (k * (k - 1)) / 2;
  const sum = (values: number[]): number => values.reduce((s, k) => s + pairs(k), 0);
  const index = sum(cells);
  const predPairs = sum(predSizes);
  const goldPairs = sum(goldSizes);
  const expected = total < 2 ? 0 : (predPairs * goldPairs) / pairs(total);
  const max = (predPairs + goldPairs) / 2;
  // Equal only when both partitions are all-singletons or one cluster: they agree fully.
  if (max === expected) return 1;
  return (index - expected) / (max - expected);
}
