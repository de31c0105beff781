import { type Curation, type UnusedCuration, applyClusterNames, applyCuration, checkCuration, unusedCuration } from './curation';
import { buildGraph } from './graph';
import {
  type VariantMerge,
  computeKeywords,
  languageWarnings,
  readAcronyms,
  readPaperAcronyms,
  termKey,
  titleKey,
  variantMerges,
} from './keywords';
import { computeAnchoredLayout, computeLayout } from './layout';
import {
  type ClusterMatch,
  anchorsFromMap,
  carryClusterLabels,
  clustersFromMap,
  computeChanges,
  keptLayout,
  matchClusters,
  steadyClustering,
} from './living';
import { CorpusError, PaperRegistry, combineCorpora, parseCorpus } from './corpus';
import type { LegacyEncoding } from './corpus/textEncoding';
import { type Clustering, clusterQuality, detectClusters, labelClusters } from './clusters';
import { computeBursts, computeTimeIndex } from './time';
import { TextHash, hashText } from './util';
import {
  type BuildSettings,
  type CorpusFormat,
  type CorpusTally,
  type CorpusWarning,
  type KeywordIndex,
  MAP_FORMAT,
  MAP_VERSION,
  type MapFile,
  type Paper,
  type PaperMetadata,
  type PaperSourceIds,
  type ParsedCorpus,
  resolveSettings,
} from './map';

export type BuildStage = 'parse' | 'keywords' | 'graph' | 'clusters' | 'layout' | 'assemble';

export interface BuildProgress {
  stage: BuildStage;
  done: number;
  total: number;
}

export interface BuildMapOptions {
  /** File name of the corpus, for messages and the map's meta (no folders). */
  fileName: string;
  /** The first file's encoding when it is not UTF-8 (see CorpusFile). */
  encoding?: LegacyEncoding;
  format?: CorpusFormat;
  settings?: Partial<BuildSettings>;
  /** "topic-map 0.1.0": stamped into the map. */
  toolVersion: string;
  /**
   * Removed and merged keywords, renamed clusters: applied to the keyword index before the graph
   * is built (applyCuration) and to the cluster labels (applyClusterNames), and saved in the map.
   */
  curation?: Curation;
  onProgress?: (progress: BuildProgress) => void;
  /**
   * Further corpus files built into the same map (several files dropped at once), read after the
   * first with the same format rule; a paper that an earlier file gave (same DOI, or same title
   * and year) is kept once. The map's source names them all: "a.ris + b.csv".
   */
  more?: CorpusFile[];
  /** The map's source when it is not the files' names joined: a dropped folder's name ("works"). */
  source?: string;
  /**
   * The map this one updates (issue 12, `--previous`, "Update map"): surviving papers, keywords
   * and clusters keep their ids, places, colours and names, its curation carries over, and the
   * new map records what changed (`changes`; absent when nothing did, so the same corpus built
   * against its own map gives that map again, byte for byte). See src/core/living.
   */
  previous?: MapFile;
  /**
   * The map on screen that a curation edit changes (the app's "Remove", "Merge", "Rename"): its
   * clusters start the clustering and keep their ids, so colours stay, and its nodes keep their
   * places, so one edit changes the map where the edit is and not everywhere (from scratch, removing
   * one keyword recoloured 73 and moved 96 of the seed map's 97 papers). Unlike `previous`, no
   * changes are recorded, nothing carries over (curation, cluster names: those of this build), and
   * the map is the same corpus's. Ignored when `previous` is given.
   */
  steady?: MapFile;
}

/** One corpus file's text and name. */
export interface CorpusFile {
  text: string;
  fileName: string;
  /** The encoding the text was decoded from when the file is not UTF-8 (decodeCorpusBytes): the parse warns. */
  encoding?: LegacyEncoding;
}

export interface BuildMapResult {
  map: MapFile;
  warnings: CorpusWarning[];
  /** Milliseconds spent in each stage. */
  timings: Record<BuildStage, number>;
  /** Records read, skipped and merged, for the summary line (when the readers counted them). */
  tally?: CorpusTally;
  /** The entries of `options.curation` that name no term of the corpus (when one is given). */
  unusedCuration?: UnusedCuration;
}

/** Scores and weights are rounded so the map file is compact and byte-stable across platforms. */
const round4 = (x: number): number => Math.round(x * 1e4) / 1e4;

/** Adds the time since `started` to a stage (a stage may run in several steps: clusters, labels). */
function addTiming(timings: Record<BuildStage, number>, stage: BuildStage, started: number): void {
  timings[stage] = (timings[stage] ?? 0) + (performance.now() - started);
}

/**
 * The whole pipeline: corpus text in, map file out. Pure (no file system, no DOM), so the command
 * line and the browser build the same map from the same text and settings, byte for byte.
 */
export function buildMap(text: string, options: BuildMapOptions): BuildMapResult {
  // Checked before any work, so bad settings or curation fail at once rather than after the keywords.
  resolveSettings(options.settings);
  checkCuration(options.curation ?? options.previous?.curation);
  const report = options.onProgress ?? (() => {});
  report({ stage: 'parse', done: 0, total: 1 });
  const started = performance.now();
  const more = options.more ?? [];
  if (more.length === 0) {
    const corpus = parseCorpus(text, { fileName: options.fileName, format: options.format, encoding: options.encoding });
    const parseMs = performance.now() - started;
    report({ stage: 'parse', done: 1, total: 1 });
    const fileName = options.source ?? options.fileName;
    return buildMapFromCorpus({ ...corpus, corpusHash: hashText(text), parseMs }, { ...options, fileName });
  }
  // Several files: one registry so duplicates across them merge; one hash over their texts in order.
  const registry = new PaperRegistry();
  const hash = new TextHash();
  const files: CorpusFile[] = [{ text, fileName: options.fileName, encoding: options.encoding }, ...more];
  const parsed = files.map((file) => {
    hash.update(file.text);
    const corpus = parseCorpus(file.text, {
      fileName: file.fileName,
      format: options.format,
      encoding: file.encoding,
      registry,
      oneOfSeveral: true,
    });
    return { fileName: file.fileName, corpus };
  });
  const names = files.map((file) => file.fileName).join(' + ');
  const corpus = combineCorpora(parsed, options.source ?? names);
  const parseMs = performance.now() - started;
  report({ stage: 'parse', done: 1, total: 1 });
  const fileName = options.source ?? names;
  return buildMapFromCorpus({ ...corpus, corpusHash: hash.digest(), parseMs }, { ...options, fileName });
}

/** Papers already parsed (by CorpusParser, as a file was read), with what the map records of the text. */
export interface CorpusInput extends ParsedCorpus {
  /** hashText (or TextHash) of the whole corpus text, as decoded. */
  corpusHash: string;
  /** Milliseconds spent reading and parsing, for the timings. */
  parseMs?: number;
}

/**
 * The pipeline after parsing: the same map as buildMap gives for the text the papers came from.
 * For callers that parse as they read (the command line streams large corpora).
 */
export function buildMapFromCorpus(corpus: CorpusInput, options: Omit<BuildMapOptions, 'format'>): BuildMapResult {
  const build = beginBuild(corpus, options);
  const started = performance.now();
  const index = computeKeywords(corpus.papers, { onProgress: build.keywordProgress });
  return endBuild(build, index, started);
}

/**
 * How the keyword stage is run when not on this thread: the command line's worker threads
 * (scripts/lib/parallel), which give the same index as computeKeywords, byte for byte.
 */
export type KeywordsRunner = (
  papers: readonly Paper[],
  onProgress: (done: number, total: number) => void,
) => Promise<KeywordIndex>;

/** buildMapFromCorpus with the keyword index from `keywords` (the same map, byte for byte). */
export async function buildMapFromCorpusWith(
  corpus: CorpusInput,
  options: Omit<BuildMapOptions, 'format'>,
  keywords: KeywordsRunner,
): Promise<BuildMapResult> {
  const build = beginBuild(corpus, options);
  const started = performance.now();
  const index = await keywords(corpus.papers, build.keywordProgress);
  return endBuild(build, index, started);
}

interface Build {
  corpus: CorpusInput;
  options: Omit<BuildMapOptions, 'format'>;
  settings: BuildSettings;
  curation: Curation | undefined;
  report: (progress: BuildProgress) => void;
  keywordProgress: (done: number, total: number) => void;
  timings: Record<BuildStage, number>;
  warnings: CorpusWarning[];
}

function beginBuild(corpus: CorpusInput, options: Omit<BuildMapOptions, 'format'>): Build {
  const settings = resolveSettings(options.settings);
  // An update keeps the previous map's curation unless the caller gives one.
  const curation = checkCuration(options.curation ?? options.previous?.curation);
  const report = options.onProgress ?? (() => {});
  const timings = { parse: corpus.parseMs ?? 0 } as Record<BuildStage, number>;
  const { papers } = corpus;
  if (papers.length === 0) {
    const error = new CorpusError(options.fileName, undefined, 'no papers with both a title and an abstract');
    error.warnings = corpus.warnings;
    throw error;
  }
  const warnings = [...corpus.warnings, ...languageWarnings(papers, options.fileName)];
  const keywordProgress = (done: number, total: number): void => report({ stage: 'keywords', done, total });
  return { corpus, options, settings, curation, report, keywordProgress, timings, warnings };
}

function endBuild(build: Build, index: KeywordIndex, started: number): BuildMapResult {
  const { corpus, options, settings, curation, report, timings, warnings } = build;
  const { papers } = corpus;
  // Spelling variants and acronyms the corpus defines become one keyword with their expansion,
  // before the user's curation (which may then merge or remove the result); first, a paper that
  // defines an acronym otherwise than the corpus is read by its own definition.
  // Asked of the given curation only, before any merge: a previous map's was made on this corpus.
  const unused = options.curation ? unusedCuration(index.vocabulary, options.curation) : undefined;
  const keepApart = new Set((curation?.separate ?? []).map(termKey));
  const acronyms = readAcronyms(papers);
  readPaperAcronyms(index, acronyms, keepApart);
  const merges = variantMerges(index, acronyms.definitions, keepApart);
  if (merges.length > 0) applyCuration(index, { stopwords: [], synonyms: merges, clusterNames: [] });
  if (curation) applyCuration(index, curation);
  addTiming(timings, 'keywords', started);
  const map = assembleMap(papers, index, settings, timings, report, curation, merges, options.previous, options.steady, {
    tool: options.toolVersion,
    source: options.fileName,
    corpusHash: `fnv1a64:${corpus.corpusHash}`,
  });
  warnings.push(...mapWarnings(map, options.fileName), ...previousWarnings(map, options.previous, options.fileName));
  return {
    map,
    warnings,
    timings,
    ...(corpus.tally ? { tally: corpus.tally } : {}),
    ...(unused ? { unusedCuration: unused } : {}),
  };
}

/** What a finished map says about the settings: no keyword at all, or more than asked for. */
function mapWarnings(map: MapFile, file: string): CorpusWarning[] {
  const { keywords } = map.meta.counts;
  const { minDf, maxKeywords } = map.meta.settings;
  if (keywords === 0) {
    return [
      { file, message: `no keywords: no key phrase is found in ${minDf} or more papers (--min-df); the map shows papers only` },
    ];
  }
  if (keywords > maxKeywords) {
    return [
      {
        file,
        message:
          `${keywords} keywords, more than the ${maxKeywords} asked for (--max-keywords): papers with fewer than 2 keywords ` +
          'on the map get their own best ones added (the coverage rule)',
      },
    ];
  }
  return [];
}

/**
 * An update against the map of another corpus (no paper in common): accepted, it may be meant,
 * but the record says everything changed. Said here, so the command line and the app say it alike.
 */
function previousWarnings(map: MapFile, previous: MapFile | undefined, file: string): CorpusWarning[] {
  if (!previous || previous.papers.length === 0) return [];
  const ids = new Set(previous.papers.map((p) => p.id));
  if (map.papers.some((p) => ids.has(p.id))) return [];
  return [
    {
      file,
      message:
        `the previous map (of ${previous.meta.source}) shares no paper with this corpus, so the map records every paper as new; ` +
        'give the map of an earlier version of this corpus',
    },
  ];
}

function assembleMap(
  papers: Paper[],
  index: KeywordIndex,
  settings: BuildSettings,
  timings: Record<BuildStage, number>,
  report: (progress: BuildProgress) => void,
  curation: Curation | undefined,
  merges: VariantMerge[],
  previous: MapFile | undefined,
  steady: MapFile | undefined,
  stamp: { tool: string; source: string; corpusHash: string },
): MapFile {
  // The map this one stays close to: an update's previous map, or the map a curation edit changes.
  const anchor = previous ?? steady;
  const time = <T>(stage: BuildStage, run: () => T): T => {
    report({ stage, done: 0, total: 1 });
    const started = performance.now();
    const result = run();
    addTiming(timings, stage, started);
    report({ stage, done: 1, total: 1 });
    return result;
  };
  const graph = time('graph', () =>
    buildGraph(
      index,
      settings,
      papers.map((paper) => titleKey(paper.title)),
    ),
  );
  // The map keeps each paper's topK terms; the rest of the index's lists is not used again, and is
  // freed before clustering (a million papers' lists are 2 GB).
  const paperKeywords = index.docs.map((terms) =>
    terms.slice(0, settings.topK).map((s) => ({ term: index.vocabulary[s.term].term, score: round4(s.score) })),
  );
  index.docs.length = 0;
  const { vocabulary } = index;
  const paperIds = papers.map((paper) => paper.id);
  const keywordIds = graph.keywordTerms.map((t) => `k:${vocabulary[t].key}`);
  const links = graph.links.map((l) => ({
    paper: papers[l.paper].id,
    keyword: keywordIds[l.keyword],
    weight: round4(l.weight),
  }));
  let clustering: Clustering;
  // An update, or a curation edit: new clusters take the ids of the old ones they continue (src/core/living).
  let match: ClusterMatch | undefined;
  if (!previous && steady) {
    ({ clustering, match } = time('clusters', () => steadyClustering(steady, graph, settings, { paperIds, keywordIds, links })));
  } else {
    // An update of another corpus starts clustering from the old clusters; the same corpus gets
    // the clustering a fresh build gives, so it is the previous map again, byte for byte.
    const initial =
      previous && previous.meta.corpusHash !== stamp.corpusHash ? clustersFromMap(previous, paperIds, keywordIds) : undefined;
    const found = time('clusters', () => detectClusters(graph, settings, {}, initial));
    clustering = found;
    match = previous ? time('clusters', () => matchClusters(previous, { paperIds, keywordIds, ...found })) : undefined;
  }
  const quality = time('clusters', () => clusterQuality(graph, clustering));
  const ids = match?.ids;
  const paperCluster = ids ? clustering.paperCluster.map((c) => ids[c]) : clustering.paperCluster;
  const keywordCluster = ids ? clustering.keywordCluster.map((c) => ids[c]) : clustering.keywordCluster;
  const clusters = time('clusters', () => {
    const labelled = labelClusters(graph, clustering, index.vocabulary);
    const autoLabels = labelled.map((c) => c.label);
    if (curation) applyClusterNames(labelled, curation.clusterNames);
    if (previous && match) {
      // An automatic old name is carried while its terms are still the cluster's keywords; a user's always.
      const keywordKeys = Array.from({ length: clustering.clusterCount }, () => new Set<string>());
      clustering.keywordCluster.forEach((c, j) => keywordKeys[c].add(vocabulary[graph.keywordTerms[j]].key));
      const userNames = new Set(
        [...(curation?.clusterNames ?? []), ...(previous.curation?.clusterNames ?? [])].map((n) => n.name.trim()),
      );
      carryClusterLabels(labelled, autoLabels, previous.clusters, match.matched, { userNames, keywordKeys });
    }
    const withCohesion = labelled.map((c) => ({ ...c, cohesion: quality.cohesion[c.id] }));
    return ids ? withCohesion.map((c) => ({ ...c, id: ids[c.id] })).sort((a, b) => a.id - b.id) : withCohesion;
  });
  const layout = time('layout', () => {
    if (!anchor) return computeLayout(graph, clustering, { seed: settings.seed });
    // Nothing to move when the graph is the old one; otherwise old nodes are held at their places.
    return (
      keptLayout(anchor, { paperIds, paperCluster, keywordIds, keywordCluster, links }) ??
      computeAnchoredLayout(
        graph,
        clustering,
        { seed: settings.seed },
        anchorsFromMap(anchor, paperIds, paperCluster, keywordIds),
      )
    );
  });

  return time('assemble', () => {
    const mapPapers = papers.map((paper, i) => ({
      id: paper.id,
      title: paper.title,
      abstract: paper.abstract,
      ...(paper.authors ? { authors: paper.authors } : {}),
      ...(paper.year !== undefined ? { year: paper.year } : {}),
      ...(paper.url ? { url: paper.url } : {}),
      ...paperMetadata(paper),
      keywords: paperKeywords[i],
      cluster: paperCluster[i],
      x: layout.paperX[i],
      y: layout.paperY[i],
    }));
    const variantsOf = new Map<string, string[]>();
    for (const { from, to } of merges) {
      const key = termKey(to);
      variantsOf.set(key, [...(variantsOf.get(key) ?? []), from]);
    }
    const keywords = graph.keywordTerms.map((t, j) => ({
      id: keywordIds[j],
      term: vocabulary[t].term,
      papers: graph.keywordPapers[j],
      ...(variantsOf.has(vocabulary[t].key) ? { variants: variantsOf.get(vocabulary[t].key) } : {}),
      cluster: keywordCluster[j],
      x: layout.keywordX[j],
      y: layout.keywordY[j],
    }));
    const cooccurrences = graph.cooccurrences.map((c) => ({
      source: keywordIds[c.source],
      target: keywordIds[c.target],
      count: c.count,
      weight: round4(c.weight),
    }));
    // Bursts only for a dated corpus: an undated one builds exactly as before.
    const time = computeTimeIndex({ papers: mapPapers, links, clusters });
    const bursts = time ? computeBursts(time, keywordIds) : undefined;
    const map: MapFile = {
      format: MAP_FORMAT,
      version: MAP_VERSION,
      meta: {
        tool: stamp.tool,
        source: stamp.source,
        corpusHash: stamp.corpusHash,
        settings,
        modularity: quality.modularity,
        counts: {
          papers: mapPapers.length,
          keywords: keywords.length,
          links: links.length,
          cooccurrences: cooccurrences.length,
          clusters: clusters.length,
        },
      },
      papers: mapPapers,
      keywords,
      links,
      cooccurrences,
      clusters,
      ...(bursts ? { bursts } : {}),
      // Only when there is one: a map built without curation stays byte for byte as before.
      ...(curation ? { curation: copyCuration(curation) } : {}),
    };
    // Only when something changed: the same corpus against its own map gives that map again.
    const changes = previous && match ? computeChanges(previous, map, match.events) : undefined;
    return changes ? { ...map, changes } : map;
  });
}

/** A copy with a fixed key order, so the map file's bytes do not depend on how it was made. */
function copyCuration(curation: Curation): Curation {
  return {
    stopwords: [...curation.stopwords],
    synonyms: curation.synonyms.map(({ from, to }) => ({ from, to })),
    clusterNames: curation.clusterNames.map(({ keyword, name }) => ({ keyword, name })),
    ...(curation.separate && curation.separate.length > 0 ? { separate: [...curation.separate] } : {}),
  };
}

export { serializeMap } from './map';

/** A paper's optional bibliographic metadata, in a fixed key order (the map's bytes depend on it). */
function paperMetadata(paper: Paper): PaperMetadata {
  const metadata: PaperMetadata = {};
  if (paper.date) metadata.date = paper.date;
  if (paper.venue) metadata.venue = paper.venue;
  if (paper.doi) metadata.doi = paper.doi;
  if (paper.authorKeywords && paper.authorKeywords.length > 0) metadata.authorKeywords = paper.authorKeywords;
  if (paper.sourceIds) {
    const ids: PaperSourceIds = {};
    for (const key of ['pmid', 'arxiv', 'openalex', 'wos', 'scopus'] as const)
      if (paper.sourceIds[key]) ids[key] = paper.sourceIds[key];
    if (Object.keys(ids).length > 0) metadata.sourceIds = ids;
  }
  return metadata;
}
