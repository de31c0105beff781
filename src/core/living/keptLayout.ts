import type { Layout } from '../layout';
import type { MapFile, MapLink } from '../map';

/**
 * The previous map's places, verbatim, when the new graph is the old one: the same papers and
 * keywords in the same order, the same links with the same weights, every node in the same
 * cluster (map ids). A layout is a function of exactly these, so nothing needs to move; this is
 * what makes a corpus built against its own map give that map again, byte for byte. Undefined
 * when anything differs (then the layout is anchored: computeAnchoredLayout).
 */
export function keptLayout(
  previous: MapFile,
  next: {
    paperIds: readonly string[];
    paperCluster: readonly number[];
    keywordIds: readonly string[];
    keywordCluster: readonly number[];
    links: readonly MapLink[];
  },
): Layout | undefined {
  const { papers, keywords } = previous;
  if (!sameGraph(previous, next)) return undefined;
  for (let i = 0; i < papers.length; i++) if (papers[i].cluster !== next.paperCluster[i]) return undefined;
  for (let j = 0; j < keywords.length; j++) if (keywords[j].cluster !== next.keywordCluster[j]) return undefined;
  return {
    paperX: papers.map((p) => p.x),
    paperY: papers.map((p) => p.y),
    keywordX: keywords.map((k) => k.x),
    keywordY: keywords.map((k) => k.y),
  };
}

/** The same papers and keywords in the same order, and the same links with the same weights. */
export function sameGraph(
  previous: MapFile,
  next: { paperIds: readonly string[]; keywordIds: readonly string[]; links: readonly MapLink[] },
): boolean {
  const { papers, keywords, links } = previous;
  if (papers.length !== next.paperIds.length || keywords.length !== next.keywordIds.length) return false;
  if (links.length !== next.links.length) return false;
  for (let i = 0; i < papers.length; i++) if (papers[i].id !== next.paperIds[i]) return false;
  for (let j = 0; j < keywords.length; j++) if (keywords[j].id !== next.keywordIds[j]) return false;
  for (let k = 0; k < links.length; k++) {
    const a = links[k];
    const b = next.links[k];
    if (a.paper !== b.paper || a.keyword !== b.keyword || a.weight !== b.weight) return false;
  }
  return true;
}
