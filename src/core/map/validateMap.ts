import { resolveCuration } from '../curation';
import { findControlCharacter, showControlCharacters } from '../util';
import { rememberNodePlaces } from './nodePlaces';
import { MAP_FORMAT, MAP_VERSION, type MapFile } from './types';

/**
 * The one validator for map files: the command line, the exporters and the app all read maps
 * through it. It checks structure and cross-references, and says where the file is wrong
 * ("map.json: papers[3].x: expected a finite number, got "12"").
 */
export class MapFileError extends Error {
  constructor(
    readonly source: string,
    readonly path: string,
    detail: string,
  ) {
    super(`${source}: ${path ? `${path}: ` : ''}${detail}`);
    this.name = 'MapFileError';
  }
}

/**
 * The largest |x| or |y| a map may hold, in world units. Layouts of 100,000 papers span a few
 * thousand units; 1e7 leaves three orders of magnitude of room while keeping every view
 * computation well inside double precision (a map of 1e308 fitted the view to a scale of 5.6e-306,
 * and the next zoom step gave NaN). Coordinates are rounded to 0.01, so 1e7 still has 9 digits.
 */
export const MAX_COORDINATE = 1e7;

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isFiniteNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

function isCoordinate(value: unknown): boolean {
  return typeof value === 'number' && Math.abs(value) <= MAX_COORDINATE;
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (typeof value === 'object') return 'an object';
  return String(value);
}

class Checker {
  constructor(readonly source: string) {}

  fail(path: string, detail: string): never {
    throw new MapFileError(this.source, path, detail);
  }

  object(value: unknown, path: string): Json {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      this.fail(path, `expected an object, got ${describe(value)}`);
    }
    return value as Json;
  }

  array(value: unknown, path: string): unknown[] {
    if (!Array.isArray(value)) this.fail(path, `expected an array, got ${describe(value)}`);
    return value;
  }

  string(value: unknown, path: string): string {
    if (typeof value !== 'string') this.fail(path, `expected a string, got ${describe(value)}`);
    return value;
  }

  number(value: unknown, path: string): number {
    if (typeof value !== 'number' || !Number.isFinite(value)) {
      this.fail(path, `expected a finite number, got ${describe(value)}`);
    }
    return value;
  }

  integer(value: unknown, path: string, min = 0): number {
    const n = this.number(value, path);
    if (!Number.isInteger(n) || n < min) this.fail(path, `expected an integer >= ${min}, got ${n}`);
    return n;
  }

  optionalString(value: unknown, path: string): void {
    if (value !== undefined) this.string(value, path);
  }

  /** A node's x or y: finite and within ±MAX_COORDINATE; the message names the node. */
  coordinate(value: unknown, path: string, node: string): void {
    const n = this.number(value, path);
    if (Math.abs(n) > MAX_COORDINATE) {
      this.fail(path, `${n} is out of range for ${node} (coordinates lie within ±${MAX_COORDINATE} world units)`);
    }
  }

  /** An id that becomes a node id in GEXF and GraphML, which cannot hold control characters. */
  printableId(id: string, path: string, kind: string): void {
    const control = findControlCharacter(id);
    if (control !== null) {
      this.fail(
        path,
        `${kind} id "${showControlCharacters(id)}" holds the control character ${control}; ids must be printable text`,
      );
    }
  }
}

/** The optional `curation`: its shape, then its consistency (resolveCuration), by JSON path. */
function checkCuration(c: Checker, value: unknown): void {
  const curation = c.object(value, 'curation');
  const strings = (entry: unknown, path: string, fields: readonly string[]): void => {
    const object = c.object(entry, path);
    for (const field of fields) c.string(object[field], `${path}.${field}`);
  };
  c.array(curation.stopwords, 'curation.stopwords').forEach((t, i) => c.string(t, `curation.stopwords[${i}]`));
  if (curation.separate !== undefined) {
    c.array(curation.separate, 'curation.separate').forEach((t, i) => c.string(t, `curation.separate[${i}]`));
  }
  c.array(curation.synonyms, 'curation.synonyms').forEach((s, i) => strings(s, `curation.synonyms[${i}]`, ['from', 'to']));
  c.array(curation.clusterNames, 'curation.clusterNames').forEach((n, i) =>
    strings(n, `curation.clusterNames[${i}]`, ['keyword', 'name']),
  );
  const [problem] = resolveCuration(curation as unknown as NonNullable<MapFile['curation']>).problems;
  if (problem) {
    const other = problem.other ? ` (see curation.${problem.other.list}[${problem.other.index}])` : '';
    c.fail(`curation.${problem.list}[${problem.index}]`, `${problem.message}${other}`);
  }
}

const CHANGE_KINDS = new Set(['new', 'grown', 'shrunk', 'same', 'split', 'merged', 'vanished']);

/**
 * The optional `changes` (an update's record, issue 12): its shape, and that what it names is
 * there: new papers and keywords on this map, a moved paper's new cluster and every new cluster
 * id of a cluster event among the clusters. Removed papers and keywords, and old ids, belong to
 * the previous map, which the file does not hold; they are checked for type only.
 */
type IdSet = { has(id: string): boolean };

function checkChanges(c: Checker, value: unknown, paperIds: IdSet, keywordIds: IdSet, clusterIds: Set<number>): void {
  const changes = c.object(value, 'changes');
  const previous = c.object(changes.previous, 'changes.previous');
  c.string(previous.source, 'changes.previous.source');
  c.string(previous.corpusHash, 'changes.previous.corpusHash');
  const ids = (field: string, known: IdSet | undefined, kind: string): void => {
    c.array(changes[field], `changes.${field}`).forEach((id, i) => {
      const path = `changes.${field}[${i}]`;
      c.string(id, path);
      if (known && !known.has(id as string))
        c.fail(path, `${kind} ${describe(id)} is not in ${kind === 'paper' ? 'papers' : 'keywords'}`);
    });
  };
  ids('newPapers', paperIds, 'paper');
  ids('removedPapers', undefined, 'paper');
  ids('newKeywords', keywordIds, 'keyword');
  ids('removedKeywords', undefined, 'keyword');
  // Optional (maps written before it was recorded): one term per removed keyword.
  const labels = (value: unknown, path: string, length: number, of: string): void => {
    const list = c.array(value, path);
    list.forEach((term, i) => c.string(term, `${path}[${i}]`));
    if (list.length !== length) c.fail(path, `expected ${length} (one for each of ${of}), got ${list.length}`);
  };
  const removedKeywords = Array.isArray(changes.removedKeywords) ? changes.removedKeywords.length : 0;
  if (changes.removedKeywordTerms !== undefined)
    labels(changes.removedKeywordTerms, 'changes.removedKeywordTerms', removedKeywords, 'changes.removedKeywords');
  const clusterRef = (id: unknown, path: string): void => {
    if (!clusterIds.has(c.integer(id, path))) c.fail(path, `cluster ${describe(id)} is not in clusters`);
  };
  c.array(changes.movedPapers, 'changes.movedPapers').forEach((value, i) => {
    const path = `changes.movedPapers[${i}]`;
    const moved = c.object(value, path);
    const id = c.string(moved.paper, `${path}.paper`);
    if (!paperIds.has(id)) c.fail(`${path}.paper`, `paper ${describe(id)} is not in papers`);
    c.integer(moved.from, `${path}.from`);
    clusterRef(moved.to, `${path}.to`);
  });
  c.array(changes.clusters, 'changes.clusters').forEach((value, i) => {
    const path = `changes.clusters[${i}]`;
    const event = c.object(value, path);
    const kind = c.string(event.kind, `${path}.kind`);
    if (!CHANGE_KINDS.has(kind)) c.fail(`${path}.kind`, `expected one of ${[...CHANGE_KINDS].join(', ')}, got ${describe(kind)}`);
    const from = c.array(event.from, `${path}.from`);
    from.forEach((id, j) => c.integer(id, `${path}.from[${j}]`));
    const to = c.array(event.to, `${path}.to`);
    to.forEach((id, j) => clusterRef(id, `${path}.to[${j}]`));
    if ((kind === 'new') !== (from.length === 0))
      c.fail(`${path}.from`, `a "${kind}" event ${kind === 'new' ? 'has no' : 'needs'} old clusters`);
    if ((kind === 'vanished') !== (to.length === 0))
      c.fail(`${path}.to`, `a "${kind}" event ${kind === 'vanished' ? 'has no' : 'needs'} new clusters`);
    c.integer(event.sizeBefore, `${path}.sizeBefore`);
    c.integer(event.sizeAfter, `${path}.sizeAfter`);
    if (event.fromLabels !== undefined) labels(event.fromLabels, `${path}.fromLabels`, from.length, `${path}.from`);
  });
}

const SOURCE_ID_KEYS = new Set(['pmid', 'arxiv', 'openalex', 'wos', 'scopus']);

/** A paper's optional bibliographic metadata (date, venue, DOI, author keywords, source ids). */
function checkMetadata(c: Checker, paper: Json, i: number): void {
  const path = `papers[${i}]`;
  c.optionalString(paper.date, `${path}.date`);
  if (typeof paper.date === 'string' && !/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/.test(paper.date)) {
    c.fail(`${path}.date`, `expected a date as YYYY, YYYY-MM or YYYY-MM-DD, got ${describe(paper.date)}`);
  }
  c.optionalString(paper.venue, `${path}.venue`);
  c.optionalString(paper.doi, `${path}.doi`);
  if (paper.authorKeywords !== undefined) {
    c.array(paper.authorKeywords, `${path}.authorKeywords`).forEach((k, j) => c.string(k, `${path}.authorKeywords[${j}]`));
  }
  if (paper.sourceIds !== undefined) {
    const ids = c.object(paper.sourceIds, `${path}.sourceIds`);
    // Ids of sources a later version may add are let through; the known ones must be text.
    for (const key of SOURCE_ID_KEYS) c.optionalString(ids[key], `${path}.sourceIds.${key}`);
  }
}

/**
 * A paper's fields other than its id, title, year, cluster and place: its abstract, authors, URL,
 * metadata and key phrases (what a compact map keeps in its texts files, see compactFormat).
 */
function checkTexts(c: Checker, paper: Json, i: number): void {
  if (typeof paper.abstract !== 'string') c.string(paper.abstract, `papers[${i}].abstract`);
  if (paper.url !== undefined && typeof paper.url !== 'string') c.string(paper.url, `papers[${i}].url`);
  if (paper.authors !== undefined) {
    const authors = Array.isArray(paper.authors) ? paper.authors : c.array(paper.authors, `papers[${i}].authors`);
    for (let j = 0; j < authors.length; j++) {
      if (typeof authors[j] !== 'string') c.string(authors[j], `papers[${i}].authors[${j}]`);
    }
  }
  if (
    paper.date !== undefined ||
    paper.venue !== undefined ||
    paper.doi !== undefined ||
    paper.authorKeywords !== undefined ||
    paper.sourceIds !== undefined
  ) {
    checkMetadata(c, paper, i);
  }
  const terms = Array.isArray(paper.keywords) ? paper.keywords : c.array(paper.keywords, `papers[${i}].keywords`);
  for (let j = 0; j < terms.length; j++) {
    const k: unknown = terms[j];
    const kw = isObject(k) ? k : c.object(k, `papers[${i}].keywords[${j}]`);
    if (typeof kw.term !== 'string') c.string(kw.term, `papers[${i}].keywords[${j}].term`);
    if (!isFiniteNumber(kw.score)) c.number(kw.score, `papers[${i}].keywords[${j}].score`);
  }
}

/** Checks the texts fields of papers[i] (see checkTexts) as validateMap does; `paper` must be an object. */
export function validatePaperTexts(paper: Record<string, unknown>, i: number, source: string): void {
  checkTexts(new Checker(source), paper, i);
}

/** What a map's reader already knows of it, so validateMap need not check it again. */
export interface ValidateOptions {
  /**
   * Each link's `paper` and `keyword` were taken from `papers[i].id` and `keywords[j].id` by
   * place (a compact map's link columns, range-checked by its reader): once those ids are checked
   * strings and unique, every link names a paper and a keyword of the map, and the look-up of
   * both per link (400,000 at 100,000 papers) is skipped. Their types are still checked.
   */
  linksByPlace?: boolean;
  /**
   * The links are not in `data` yet (its `links` is empty): a compact map's reader makes them
   * when they are first read, from columns it has checked (ends in range, weights finite), and
   * says here how many there are, for the `meta.counts.links` check.
   */
  deferredLinks?: { count: number };
}

/** Checks `data` (parsed JSON) against the map-file schema and returns it typed. */
export function validateMap(data: unknown, source: string, options: ValidateOptions = {}): MapFile {
  const byPlace = options.linksByPlace === true;
  const c = new Checker(source);
  const root = c.object(data, '');
  if (root.format !== MAP_FORMAT) {
    c.fail('format', `not a Topic Map file (expected format "${MAP_FORMAT}", got ${describe(root.format)})`);
  }
  if (root.version !== MAP_VERSION) {
    c.fail('version', `unsupported map version ${describe(root.version)} (this build reads version ${MAP_VERSION})`);
  }

  const meta = c.object(root.meta, 'meta');
  c.string(meta.tool, 'meta.tool');
  c.string(meta.source, 'meta.source');
  c.string(meta.corpusHash, 'meta.corpusHash');
  const settings = c.object(meta.settings, 'meta.settings');
  for (const key of ['topK', 'minDf', 'maxKeywords', 'seed'] as const) c.integer(settings[key], `meta.settings.${key}`);
  c.number(settings.resolution, 'meta.settings.resolution');
  if (meta.modularity !== undefined) c.number(meta.modularity, 'meta.modularity');
  const counts = c.object(meta.counts, 'meta.counts');

  const clusters = c.array(root.clusters, 'clusters');
  const clusterIds = new Set<number>();
  clusters.forEach((value, i) => {
    const path = `clusters[${i}]`;
    const cluster = c.object(value, path);
    const id = c.integer(cluster.id, `${path}.id`);
    if (clusterIds.has(id)) c.fail(`${path}.id`, `duplicate cluster id ${id}`);
    clusterIds.add(id);
    c.string(cluster.label, `${path}.label`);
    c.integer(cluster.size, `${path}.size`);
    c.integer(cluster.keywordCount, `${path}.keywordCount`);
    c.array(cluster.topKeywords, `${path}.topKeywords`).forEach((t, j) => c.string(t, `${path}.topKeywords[${j}]`));
    if (cluster.cohesion !== undefined) c.number(cluster.cohesion, `${path}.cohesion`);
  });
  const clusterRef = (value: unknown, path: string): void => {
    const id = c.integer(value, path);
    if (!clusterIds.has(id)) c.fail(path, `cluster ${id} is not in clusters`);
  };

  // The loops below check the common case inline and name the path (a string built per field,
  // hundreds of thousands in a big map) only when something is wrong.
  const papers = c.array(root.papers, 'papers');
  // Each id's place, not just the id: kept with the map for the index (see nodePlaces).
  const paperIds = new Map<string, number>();
  for (let i = 0; i < papers.length; i++) {
    const value = papers[i];
    const paper = isObject(value) ? value : c.object(value, `papers[${i}]`);
    const id = typeof paper.id === 'string' ? paper.id : c.string(paper.id, `papers[${i}].id`);
    if (paperIds.has(id)) c.fail(`papers[${i}].id`, `duplicate paper id ${describe(id)}`);
    paperIds.set(id, i);
    c.printableId(id, `papers[${i}].id`, 'paper');
    if (typeof paper.title !== 'string') c.string(paper.title, `papers[${i}].title`);
    const year = paper.year;
    if (year !== undefined && !(typeof year === 'number' && Number.isInteger(year) && year >= 0)) {
      c.integer(year, `papers[${i}].year`);
    }
    checkTexts(c, paper, i);
    const cluster = paper.cluster;
    if (!(typeof cluster === 'number' && clusterIds.has(cluster))) clusterRef(cluster, `papers[${i}].cluster`);
    if (!isCoordinate(paper.x)) c.coordinate(paper.x, `papers[${i}].x`, `paper ${describe(id)}`);
    if (!isCoordinate(paper.y)) c.coordinate(paper.y, `papers[${i}].y`, `paper ${describe(id)}`);
  }

  const keywords = c.array(root.keywords, 'keywords');
  const keywordIds = new Map<string, number>();
  keywords.forEach((value, i) => {
    const path = `keywords[${i}]`;
    const keyword = c.object(value, path);
    const id = c.string(keyword.id, `${path}.id`);
    if (keywordIds.has(id)) c.fail(`${path}.id`, `duplicate keyword id ${describe(id)}`);
    keywordIds.set(id, i);
    c.printableId(id, `${path}.id`, 'keyword');
    c.string(keyword.term, `${path}.term`);
    c.integer(keyword.papers, `${path}.papers`);
    if (keyword.variants !== undefined) {
      c.array(keyword.variants, `${path}.variants`).forEach((v, j) => c.string(v, `${path}.variants[${j}]`));
    }
    clusterRef(keyword.cluster, `${path}.cluster`);
    c.coordinate(keyword.x, `${path}.x`, `keyword ${describe(id)}`);
    c.coordinate(keyword.y, `${path}.y`, `keyword ${describe(id)}`);
  });

  const links = c.array(root.links, 'links');
  for (let i = 0; i < links.length; i++) {
    const value = links[i];
    const link = isObject(value) ? value : c.object(value, `links[${i}]`);
    const { paper, keyword } = link;
    if (typeof paper !== 'string') c.string(paper, `links[${i}].paper`);
    else if (!byPlace && !paperIds.has(paper)) c.fail(`links[${i}].paper`, `paper ${describe(paper)} is not in papers`);
    if (typeof keyword !== 'string') c.string(keyword, `links[${i}].keyword`);
    else if (!byPlace && !keywordIds.has(keyword)) {
      c.fail(`links[${i}].keyword`, `keyword ${describe(keyword)} is not in keywords`);
    }
    if (!isFiniteNumber(link.weight)) c.number(link.weight, `links[${i}].weight`);
  }

  c.array(root.cooccurrences, 'cooccurrences').forEach((value, i) => {
    const path = `cooccurrences[${i}]`;
    const co = c.object(value, path);
    for (const end of ['source', 'target'] as const) {
      const id = c.string(co[end], `${path}.${end}`);
      if (!keywordIds.has(id)) c.fail(`${path}.${end}`, `keyword ${describe(id)} is not in keywords`);
    }
    c.integer(co.count, `${path}.count`, 1);
    c.number(co.weight, `${path}.weight`);
  });

  const expected: Record<string, number> = {
    papers: papers.length,
    keywords: keywords.length,
    links: options.deferredLinks?.count ?? links.length,
    cooccurrences: (root.cooccurrences as unknown[]).length,
    clusters: clusters.length,
  };
  for (const [key, n] of Object.entries(expected)) {
    const got = c.integer(counts[key], `meta.counts.${key}`);
    if (got !== n) c.fail(`meta.counts.${key}`, `says ${got} but the file has ${n}`);
  }
  if (root.bursts !== undefined) {
    c.array(root.bursts, 'bursts').forEach((value, i) => {
      const path = `bursts[${i}]`;
      const burst = c.object(value, path);
      const id = c.string(burst.keyword, `${path}.keyword`);
      if (!keywordIds.has(id)) c.fail(`${path}.keyword`, `keyword ${describe(id)} is not in keywords`);
      const start = c.integer(burst.start, `${path}.start`);
      const end = c.integer(burst.end, `${path}.end`);
      if (end < start) c.fail(`${path}.end`, `${end} is before start ${start}`);
      c.number(burst.strength, `${path}.strength`);
    });
  }
  if (root.curation !== undefined) checkCuration(c, root.curation);
  if (root.changes !== undefined) checkChanges(c, root.changes, paperIds, keywordIds, clusterIds);
  const map = root as unknown as MapFile;
  rememberNodePlaces(map, { papers: paperIds, keywords: keywordIds });
  return map;
}

/** Parses map-file text and validates it; JSON syntax errors become MapFileErrors too. */
export function parseMapFile(text: string, source: string): MapFile {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new MapFileError(source, '', `not valid JSON (${detail})`);
  }
  return validateMap(data, source);
}
