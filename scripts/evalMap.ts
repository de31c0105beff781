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
  /**
   * The same node and link precision by kind of keyword (see termKind): on Inspec the phrases are
   * the precise nodes and the lone words, mostly there so that every paper has 2 links, are not.
   */
  byKind: Record<TermKind, { nodes: number; nodePrecision: number; links: number; linkPrecision: number }>;
  /** The cluster names, for reading. */
  labels: string[];
  /** The 20 keyword nodes linked to the most papers. */
  biggestNodes: string[];
  seconds: number;
}

export type TermKind = 'phrase' | 'word' | 'name';
export const TERM_KINDS: readonly TermKind[] = ['phrase', 'word', 'name'];

/**
 * A keyword's kind, as the graph stage tells them apart (src/core/graph/buildGraph.ts,
 * isLoneCommonWord): several words or hyphenated ("neural networks", "e-commerce"), one lowercase
 * word ("control"), or one word written with capitals, a name or an acronym ("Internet", "XML").
 */
export function termKind(term: string): TermKind {
  if (/[\s-]/.test(term.trim())) return 'phrase';
  return term === term.toLowerCase() ? 'word' : 'name';
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
  const kindOf = new Map(map.keywords.map((k) => [k.id, termKind(k.term)]));
  const kinds = Object.fromEntries(TERM_KINDS.map((kind) => [kind, { nodes: 0, nodeHits: 0, links: 0, linkHits: 0 }])) as Record<
    TermKind,
    { nodes: number; nodeHits: number; links: number; linkHits: number }
  >;
  const nodeOk = new Set<string>();
  let linkHits = 0;
  const linkCount = new Map<string, number>();
  for (const link of map.links) {
    linkCount.set(link.paper, (linkCount.get(link.paper) ?? 0) + 1);
    const kind = kindOf.get(link.keyword);
    if (kind !== undefined) kinds[kind].links++;
    const key = nodeKey.get(link.keyword);
    if (key !== undefined && goldKeys.get(link.paper)?.has(key)) {
      linkHits++;
      if (kind !== undefined) kinds[kind].linkHits++;
      nodeOk.add(link.keyword);
    }
  }
  for (const k of map.keywords) {
    const kind = termKind(k.term);
    kinds[kind].nodes++;
    if (nodeOk.has(k.id)) kinds[kind].nodeHits++;
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
    byKind: Object.fromEntries(
      TERM_KINDS.map((kind) => {
        const c = kinds[kind];
        return [
          kind,
          {
            nodes: c.nodes,
            nodePrecision: share(c.nodeHits, c.nodes),
            links: c.links,
            linkPrecision: share(c.linkHits, c.links),
          },
        ];
      }),
    ) as MapEvalResult['byKind'],
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
    `  by kind (nodes, node precision; links, link precision): ${TERM_KINDS.map((kind) => {
      const k = r.byKind[kind];
      return `${kind}s ${k.nodes}, ${pct(k.nodePrecision)}; ${k.links}, ${pct(k.linkPrecision)}`;
    }).join(' | ')}`,
    `  biggest nodes: ${r.biggestNodes.join(', ')}`,
    `  cluster names: ${r.labels.join(' | ')}`,
  ].join('\n');
}
