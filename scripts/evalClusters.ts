/**
 * Cluster quality on a corpus with gold topic labels (e.g. ../shared/eval/medical-abstracts.jsonl):
 * NMI (arithmetic-mean normalisation, as scikit-learn's default) and adjusted Rand index between
 * each paper's map cluster and its gold `label`. The corpus goes through the whole builder
 * (buildMapFromCorpus, as evalMap), so the figures see every stage the map's clusters come from,
 * the merges of variants and acronyms included (before 2026-12-07 this ran the keyword, graph and
 * cluster stages by themselves and missed the merges); papers the builder skips (an empty title or
 * abstract) count as one extra cluster, as ../shared/eval/README.md prescribes.
 */
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import type { BuildSettings } from '../src/core/map';
import { buildMapFromCorpus } from '../src/core/buildMap';
import { adjustedRandIndex, nmi } from '../src/core/clusters';
import { parseCorpus } from '../src/core/corpus';

export interface ClusterEvalResult {
  file: string;
  papers: number;
  /** Papers the builder skipped (counted as one extra cluster). */
  missing: number;
  goldClasses: number;
  clusters: number;
  nmi: number;
  ari: number;
  seconds: number;
}

export async function runClusterEval(goldPath: string, partial: Partial<BuildSettings> = {}): Promise<ClusterEvalResult> {
  const text = await readFile(goldPath, 'utf8');
  const gold = new Map<string, string>();
  const ids: string[] = [];
  text.split('\n').forEach((line, i) => {
    if (line.trim() === '') return;
    const row = JSON.parse(line) as { id?: unknown; label?: unknown };
    if (typeof row.label !== 'string' && typeof row.label !== 'number') {
      throw new Error(`evalClusters: ${goldPath}:${i + 1}: needs a "label"`);
    }
    const id = String(row.id);
    ids.push(id);
    gold.set(id, String(row.label));
  });
  const started = performance.now();
  const corpus = parseCorpus(text, { fileName: basename(goldPath), format: 'jsonl' });
  const { map } = buildMapFromCorpus(
    { ...corpus, corpusHash: '0' },
    { fileName: basename(goldPath), toolVersion: 'eval', settings: partial },
  );
  const seconds = (performance.now() - started) / 1000;

  const predicted = new Map<string, number>();
  for (const paper of map.papers) predicted.set(paper.id, paper.cluster);
  const pred = ids.map((id) => predicted.get(id) ?? -1);
  const goldLabels = ids.map((id) => gold.get(id)!);
  return {
    file: goldPath,
    papers: ids.length,
    missing: ids.length - map.papers.length,
    goldClasses: new Set(goldLabels).size,
    clusters: map.clusters.length,
    nmi: nmi(pred, goldLabels),
    ari: adjustedRandIndex(pred, goldLabels),
    seconds,
  };
}

export function formatClusterEval(r: ClusterEvalResult): string {
  return [
    `Clusters: ${r.file}, ${r.papers} papers (${r.missing} skipped by the builder), ` +
      `${r.clusters} clusters vs ${r.goldClasses} gold classes, ${r.seconds.toFixed(2)} s`,
    `  NMI ${r.nmi.toFixed(3)}  ARI ${r.ari.toFixed(3)}`,
  ].join('\n');
}
