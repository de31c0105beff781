import type { MapFile } from './types';

/** A corpus text the pipeline reads back into the map's papers. */
export interface MapCorpus {
  text: string;
  /** The map's own source name, so the rebuilt map keeps it. */
  fileName: string;
  format: 'jsonl';
}

/**
 * The papers of a map as a JSON Lines corpus (id, title, abstract, authors, year, url), so a map
 * opened without its corpus file (the default map, a map someone sent) can be rebuilt with other
 * settings or a curation: the map keeps each paper's cleaned title and abstract, which parse back
 * to the same text, so the rebuilt map equals one built from the original corpus except for
 * `meta.corpusHash` (the hash of this text).
 */
export function corpusFromMap(map: MapFile): MapCorpus {
  const lines = map.papers.map((p) =>
    JSON.stringify({
      id: p.id,
      title: p.title,
      abstract: p.abstract,
      ...(p.authors ? { authors: p.authors } : {}),
      ...(p.year !== undefined ? { year: p.year } : {}),
      ...(p.url ? { url: p.url } : {}),
      // Read back by the JSON reader's names (corpusField): "date", "venue", "doi", "keywords".
      ...(p.date ? { date: p.date } : {}),
      ...(p.venue ? { venue: p.venue } : {}),
      ...(p.doi ? { doi: p.doi } : {}),
      ...(p.authorKeywords ? { keywords: p.authorKeywords } : {}),
      ...(p.sourceIds?.pmid ? { pmid: p.sourceIds.pmid } : {}),
      ...(p.sourceIds?.arxiv ? { arxivId: p.sourceIds.arxiv } : {}),
      ...(p.sourceIds?.wos ? { ut: p.sourceIds.wos } : {}),
      ...(p.sourceIds?.scopus ? { eid: p.sourceIds.scopus } : {}),
      ...(p.sourceIds?.openalex ? { openalexId: p.sourceIds.openalex } : {}),
    }),
  );
  return { text: `${lines.join('\n')}\n`, fileName: map.meta.source, format: 'jsonl' };
}
