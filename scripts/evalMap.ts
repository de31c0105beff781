/**
 * Quality of the map's vocabulary on a corpus with gold key phrases (Inspec), under the protocol
 * of ../shared/eval/README.md ("How the map's vocabulary is scored"): the corpus goes through the
 * whole builder (buildMapFromCorpus, default settings unless given) and the map's keyword nodes,
 * links and cluster names are compared with the gold phrases, Porter-stemmed as in evalKeywords.
 *
 * - vocabulary precision: share of keyword nodes whose term is a gold phrase of any paper;
 * - node precision: share of keyword nodes that are a gold phrase of a paper they link to;
 * - link precision: share of paper–keyword links whose keyword is one of the paper's gold phrases;
 * - label precision: share of the terms in the cluster names that are gold phrases of any paper.
 */
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { buildMapFromCorpus } from '../src/core/buildMap';
import { LABEL_SEPARATOR, UNCLUSTERED_LABEL } from '../src/core/clusters';
import { parseCorpus } from '../src/core/corpus';
import type { BuildSettings, MapFile } from '../src/core/map';
import { protocolKey } from './evalKeywords';

export interface MapEvalResult {
  file: string;
  nodes: number;
  links: number;
  clusters: number;
  vocabularyPrecision: number;
  nodePrecision: number;
  linkPrecision: number;
  labelPrecision: number;
  /** Papers linked to fewer than 2 keyword nodes, and the least number of links of a paper. */
  papersUnderTwoLinks: number;
  /** The cluster names, for reading. */
  labels: string[];
  /** The 20 keyword nodes linked to the most papers. */
  biggestNodes: string[];
  seconds: number;
}

/** The scores of a built map against gold phrases by paper id (pure: tests call it). */
export function scoreMap(map: MapFile, goldById: Map<string, string[]>): Omit<MapEvalResult, 'file' | 'seconds'> {
  const goldKeys = new Map<string, Set<string>>();
  const anyGold = new Set<string>();
  for (const [id, phrases] of goldById) {
    const keys = new Set(phrases.map(protocolKey).filter((k) => k !== ''));
    goldKeys.set(id, keys);
    for (const k of keys) anyGold.add(k);
  }
  const nodeKey = new Map(map.keywords.map((k) => [k.id, protocolKey(k.term)]));
  const nodeOk = new Set<string>();
  let linkHits = 0;
  const linkCount = new Map<string, number>();
  for (const link of map.links) {
    linkCount.set(link.paper, (linkCount.get(link.paper) ?? 0) + 1);
    const key = nodeKey.get(link.keyword);
    if (key !== undefined && goldKeys.get(link.paper)?.has(key)) {
      linkHits++;
      nodeOk.add(link.keyword);
    }
  }
  const vocabularyHits = map.keywords.filter((k) => anyGold.has(protocolKey(k.term))).length;
  const labels = map.clusters.map((c) => c.label).filter((l) => l !== UNCLUSTERED_LABEL);
  const labelTerms = labels.flatMap((l) => l.split(LABEL_SEPARATOR));
  const labelHits = labelTerms.filter((t) => anyGold.has(protocolKey(t))).length;
  const share = (hits: number, of: number): number => (of > 0 ? hits / of : 0);
  return {
    nodes: map.keywords.length,
    links: map.links.length,
    clusters: map.clusters.length,
    vocabularyPrecision: share(vocabularyHits, map.keywords.length),
    nodePrecision: share(nodeOk.size, map.keywords.length),
    linkPrecision: share(linkHits, map.links.length),
    labelPrecision: share(labelHits, labelTerms.length),
    papersUnderTwoLinks: map.papers.filter((p) => (linkCount.get(p.id) ?? 0) < 2).length,
    labels,
    biggestNodes: [...map.keywords]
      .sort((a, b) => b.papers - a.papers || (a.term < b.term ? -1 : 1))
      .slice(0, 20)
      .map((k) => k.term),
  };
}

export async function runMapEval(goldPath: string, settings: Partial<BuildSettings> = {}): Promise<MapEvalResult> {
  const text = await readFile(goldPath, 'utf8');
  const goldById = new Map<string, string[]>();
  for (const line of text.split('\n')) {
    if (line.trim() === '') continue;
    const row = JSON.parse(line) as { id?: unknown; keyphrases?: string[] };
    goldById.set(String(row.id), row.keyphrases ?? []);
  }
  const started = performance.now();
  const corpus = parseCorpus(text, { fileName: basename(goldPath), format: 'jsonl' });
  const { map } = buildMapFromCorpus(
    { ...corpus, corpusHash: '0' },
    { fileName: basename(goldPath), toolVersion: 'eval', settings },
  );
  const seconds = (performance.now() - started) / 1000;
  return { file: goldPath, seconds, ...scoreMap(map, goldById) };
}

const pct = (x: number): string => (100 * x).toFixed(1);

export function formatMapEval(r: MapEvalResult): string {
  return [
    `Map: ${r.file}, ${r.nodes} keyword nodes, ${r.links} links, ${r.clusters} clusters, ` +
      `${r.papersUnderTwoLinks} papers with < 2 links, ${r.seconds.toFixed(2)} s`,
    `  vocabulary precision ${pct(r.vocabularyPrecision)}  node precision ${pct(r.nodePrecision)}  ` +
      `link precision ${pct(r.linkPrecision)}  label precision ${pct(r.labelPrecision)}`,
    `  biggest nodes: ${r.biggestNodes.join(', ')}`,
    `  cluster names: ${r.labels.join(' | ')}`,
  ].join('\n');
}
