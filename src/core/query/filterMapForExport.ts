import { filterMap, type MapFilter } from './filterMap';
import { indexMap } from './indexMap';
import type { MapCluster, MapFile } from '../map';

/**
 * The map as an export should contain it under a keyword filter: the papers that pass (see
 * filterMap, the one definition of the filter, shared with the app), their keywords, the links
 * between them, the co-occurrences among the kept keywords and the clusters that still have a
 * node. Counts (keyword.papers, a co-occurrence's count, cluster.size, cluster.keywordCount,
 * meta.counts) are those of the kept papers, so the result is itself a valid map file and a
 * network of the papers exported: a co-occurrence counts the kept papers linked to both keywords
 * (as the map counts it over all of them), and one that no kept paper makes is left out. Positions,
 * labels, link weights and co-occurrence strengths (association, scaled) are the full map's, as
 * the app draws them.
 * An inactive filter (no known keyword) returns the map unchanged.
 */
export function filterMapForExport(map: MapFile, filter: MapFilter): MapFile {
  const result = filterMap(map, indexMap(map), filter);
  if (!result.active) return map;
  const papers = map.papers.filter((p) => result.papers.has(p.id));
  const links = map.links.filter((l) => result.papers.has(l.paper) && result.keywords.has(l.keyword));
  const papersOfKeyword = new Map<string, number>();
  for (const link of links) papersOfKeyword.set(link.keyword, (papersOfKeyword.get(link.keyword) ?? 0) + 1);
  const keywords = map.keywords
    .filter((k) => result.keywords.has(k.id))
    .map((k) => ({ ...k, papers: papersOfKeyword.get(k.id) ?? 0 }));
  // Kept papers linked to both keywords of each pair of kept keywords.
  const keywordsOfPaper = new Map<string, string[]>();
  for (const link of links) {
    const list = keywordsOfPaper.get(link.paper);
    if (list) list.push(link.keyword);
    else keywordsOfPaper.set(link.paper, [link.keyword]);
  }
  const together = new Map<string, number>();
  const pairKey = (a: string, b: string): string => (a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`);
  for (const list of keywordsOfPaper.values()) {
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        const key = pairKey(list[i], list[j]);
        together.set(key, (together.get(key) ?? 0) + 1);
      }
    }
  }
  const cooccurrences = map.cooccurrences.flatMap((c) => {
    const count = together.get(pairKey(c.source, c.target)) ?? 0;
    return count > 0 ? [{ ...c, count }] : [];
  });

  const size = new Map<number, number>();
  const keywordCount = new Map<number, number>();
  for (const p of papers) size.set(p.cluster, (size.get(p.cluster) ?? 0) + 1);
  for (const k of keywords) keywordCount.set(k.cluster, (keywordCount.get(k.cluster) ?? 0) + 1);
  const clusters: MapCluster[] = map.clusters
    .filter((c) => size.has(c.id) || keywordCount.has(c.id))
    .map((c) => ({ ...c, size: size.get(c.id) ?? 0, keywordCount: keywordCount.get(c.id) ?? 0 }));

  return {
    ...map,
    meta: {
      ...map.meta,
      counts: {
        papers: papers.length,
        keywords: keywords.length,
        links: links.length,
        cooccurrences: cooccurrences.length,
        clusters: clusters.length,
      },
    },
    papers,
    keywords,
    links,
    cooccurrences,
    clusters,
    // A burst of a keyword left out would name a keyword the file no longer has.
    ...(map.bursts ? { bursts: map.bursts.filter((b) => result.keywords.has(b.keyword)) } : {}),
  };
}
