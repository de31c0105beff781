import { doiUrl } from '../doiUrl';
import type { RawPaper } from '../RawPaper';
import type { PaperSourceIds } from '../../map';
import { bareDoi } from './bareDoi';
import { cleanMarkup } from './cleanMarkup';
import { isoDate } from './isoDate';
import { openAlexAbstract, PrebuiltAbstract } from './openAlexAbstract';
import { built } from './openAlexScan';
import { addKeyword } from './splitKeywords';

type Json = Record<string, unknown>;

const object = (value: unknown): Json | undefined =>
  value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Json) : undefined;
const text = (value: unknown): string | undefined => (typeof value === 'string' && value.trim() !== '' ? value : undefined);

/**
 * An OpenAlex work (api.openalex.org/works, one of a response's `results`, or a line of a JSON
 * Lines snapshot): title (`title` or `display_name`, may hold HTML); abstract rebuilt from
 * `abstract_inverted_index`; `publication_date`/`publication_year`; authors from `authorships`;
 * venue from `primary_location.source` (or the older `host_venue`); DOI; keywords from
 * `keywords` (else `concepts` scored 0.5 or more); ids W..., PMID, arXiv from `ids` and locations.
 */
export function openAlexPaper(work: Json, line: number, warn: (message: string) => void): RawPaper {
  const index = work.abstract_inverted_index;
  const abstract = openAlexAbstract(index);
  if (abstract === undefined) warn('abstract_inverted_index is not a map of words to word positions; abstract left out');
  const cleaned = cleanMarkup(abstract ?? '', { abstract: true });
  const paper: RawPaper = {
    line,
    title: cleanMarkup(text(work.title) ?? text(work.display_name) ?? ''),
    abstract: cleaned,
  };
  // Rebuilt by the scan already normalised, and left as it was by cleanMarkup: nothing to redo.
  if (index instanceof PrebuiltAbstract && index.normalized && cleaned === abstract) paper.abstractNormalized = true;
  const openalex = /W\d+$/.exec(text(work.id) ?? '')?.[0];
  if (openalex) paper.id = openalex;
  const authors: string[] = [];
  for (const authorship of Array.isArray(work.authorships) ? work.authorships : []) {
    const name = text(object(object(authorship)?.author)?.display_name) ?? text(object(authorship)?.raw_author_name);
    if (name) authors.push(name);
  }
  if (authors.length > 0) paper.authors = authors;
  const date = isoDate(work.publication_date) ?? isoDate(work.publication_year);
  if (date) {
    paper.year = Number(date.slice(0, 4));
    if (date.length > 4) paper.date = date;
  }
  const source = object(object(work.primary_location)?.source) ?? object(work.host_venue);
  const venue = text(source?.display_name);
  if (venue) paper.venue = venue;
  const doi = bareDoi(work.doi);
  if (doi) {
    paper.doi = doi;
    paper.url = doiUrl(doi);
  } else {
    const landing = text(object(work.primary_location)?.landing_page_url);
    if (landing) paper.url = landing;
  }
  const keywords: string[] = [];
  for (const keyword of Array.isArray(work.keywords) ? work.keywords : []) {
    const name = typeof keyword === 'string' ? keyword : text(object(keyword)?.display_name);
    if (name) addKeyword(keywords, name);
  }
  if (keywords.length === 0) {
    // The fast path leaves concepts unbuilt until read (openAlexScan.ts).
    const concepts = built(work.concepts);
    for (const concept of Array.isArray(concepts) ? concepts : []) {
      const c = object(concept);
      if (text(c?.display_name) && typeof c?.score === 'number' && c.score >= 0.5) addKeyword(keywords, c.display_name as string);
    }
  }
  if (keywords.length > 0) paper.authorKeywords = keywords;
  const ids: PaperSourceIds = {};
  if (openalex) ids.openalex = openalex;
  const given = object(work.ids);
  const pmid = /(\d+)\/?$/.exec(text(given?.pmid) ?? '')?.[1];
  if (pmid) ids.pmid = pmid;
  const arxiv = /arxiv\.org\/abs\/([^\s?#]+?)(?:v\d+)?$/i.exec(text(object(work.primary_location)?.landing_page_url) ?? '')?.[1];
  if (arxiv) ids.arxiv = arxiv;
  if (Object.keys(ids).length > 0) paper.sourceIds = ids;
  return paper;
}
