/**
 * @module core/clusters
 * Stage 5, clusters. Takes the graph; gives each paper and keyword a cluster (Louvain on the
 * paper kNN graph plus keyword links), cluster labels, and NMI/ARI for evaluation.
 */
export { adjustedRandIndex, nmi } from './clusterMetrics';
export { clusterQuality, type ClusterQuality } from './clusterQuality';
export { detectClusters, renumber, type Clustering } from './detectClusters';
export { LABEL_SEPARATOR, UNCLUSTERED_LABEL, labelClusters } from './labelClusters';
