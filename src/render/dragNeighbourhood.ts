import type { MapIndex } from '../core/query';

/** Most nodes a drag moves (and most it pins around them). */
export const NEIGHBOURHOOD_MAX = 3000;

/** The part of the map a drag of one node simulates. */
export interface DragNeighbourhood {
  /** The dragged node and its neighbours (the strongest first): they move. */
  free: ReadonlySet<string>;
  /** Their other neighbours: pinned, they hold the free nodes in place. */
  anchors: ReadonlySet<string>;
  /** Paper–keyword links among them with at least one free end. */
  links: { source: string; target: string }[];
}

/**
 * The dragged node, its neighbours (up to `max`) and their other neighbours as anchors. On a big
 * map the rest is far too much to simulate for every frame of a drag, and it would hardly move
 * anyway, being held by all its links.
 */
export function dragNeighbourhood(index: MapIndex, id: string, max = NEIGHBOURHOOD_MAX): DragNeighbourhood {
  const neighbours = (a: string): string[] =>
    index.keywordsOfPaper.get(a)?.map((l) => l.keywordId) ?? index.papersOfKeyword.get(a)?.map((l) => l.paperId) ?? [];
  const free = new Set([id]);
  for (const b of neighbours(id)) if (free.size < max) free.add(b);
  const anchors = new Set<string>();
  for (const a of free) {
    for (const b of neighbours(a)) if (!free.has(b) && anchors.size < max) anchors.add(b);
  }
  const links: { source: string; target: string }[] = [];
  for (const a of [...free, ...anchors]) {
    for (const l of index.keywordsOfPaper.get(a) ?? []) {
      if ((free.has(a) || free.has(l.keywordId)) && (free.has(l.keywordId) || anchors.has(l.keywordId))) {
        links.push({ source: a, target: l.keywordId });
      }
    }
  }
  return { free, anchors, links };
}
