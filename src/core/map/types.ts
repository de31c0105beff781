/**
 * The data contracts shared by every stage: what a parser yields, what the keyword stage yields,
 * and the map file the builder writes and the app reads. The map-file shape is documented in
 * README.md ("The map file"); change both together and bump MAP_VERSION.
 */

import type { Curation } from '../curation';

/** One paper as read from a corpus file, before any analysis. */
export interface Paper extends PaperMetadata {
  id: string;
  title: string;
  abstract: string;
  authors?: string[];
  year?: number;
  url?: string;
  /** 1-based line in the source file where the paper starts (for messages). */
  line: number;
}

/**
 * The identifiers a record carries in the database it was exported from, for links back ("Open in
 * PubMed") and for telling the same paper apart across exports. Values are as the source writes
 * them, without URL prefixes: "31452104", "2101.00001", "W2741809807", "WOS:000458293400012",
 * "2-s2.0-85061234567".
 */
export interface PaperSourceIds {
  pmid?: string;
  arxiv?: string;
  openalex?: string;
  wos?: string;
  scopus?: string;
}

/**
 * Bibliographic metadata that exports from reference managers and databases carry, kept when the
 * input has it (every field optional, absent from the map file otherwise, so maps of corpora
 * without it are unchanged).
 */
export interface PaperMetadata {
  /** Publication date as precise as the source gives it: "2019", "2019-05" or "2019-05-01". */
  date?: string;
  /** Journal, conference or repository ("Nature", "arXiv"). */
  venue?: string;
  /** The DOI, bare ("10.1000/xyz"), as written by the source. */
  doi?: string;
  /** The authors' own keywords and the source's index terms (MeSH, Scopus index keywords), in order. */
  authorKeywords?: string[];
  sourceIds?: PaperSourceIds;
}

/**
 * `ris`, `wos` (plain text and tab-delimited), `pubmed` (MEDLINE or "Abstract (text)"), `arxiv` (Atom
 * feed), `endnote` (EndNote's tagged format, .enw), `refworks` (RefWorks tagged) are read by
 * their own readers; `scopus` is CSV, `openalex` and `csl-json` are JSON or JSON Lines with records
 * recognised by their keys (see corpus/formats).
 */
export type CorpusFormat =
  | 'trending'
  | 'jsonl'
  | 'json'
  | 'csv'
  | 'bibtex'
  | 'ris'
  | 'wos'
  | 'pubmed'
  | 'arxiv'
  | 'scopus'
  | 'openalex'
  | 'csl-json'
  | 'endnote'
  | 'refworks';

export interface CorpusWarning {
  file: string;
  line?: number;
  message: string;
}

export interface ParsedCorpus {
  papers: Paper[];
  warnings: CorpusWarning[];
  /** What was left out and why, for the summary; absent from callers that predate it. */
  tally?: CorpusTally;
}

/** Records read, skipped (by reason) and merged as duplicates of an earlier record. */
export interface CorpusTally {
  records: number;
  /** Reason ("no abstract", "malformed record") -> number of records skipped for it. */
  skipped: Record<string, number>;
  /** Records dropped because an earlier one had the same DOI, or the same title and year. */
  duplicates: number;
}

/** A term of the corpus vocabulary: `key` is the stemmed form that variants share. */
export interface VocabularyTerm {
  key: string;
  /** Most frequent surface form, as shown to the user. */
  term: string;
  /** Number of documents containing the term. */
  df: number;
}

/** One candidate term of one document: index into the vocabulary and its TF-IDF score. */
export interface ScoredTerm {
  term: number;
  score: number;
}

export interface KeywordIndex {
  vocabulary: VocabularyTerm[];
  /** Per document, every candidate term it contains, best score first (ties: key ascending). */
  docs: ScoredTerm[][];
}

export interface BuildSettings {
  /** Keywords kept per paper. */
  topK: number;
  /** Least number of papers a keyword needs to become a map node. */
  minDf: number;
  /** Most keyword nodes on the map. */
  maxKeywords: number;
  /** Louvain resolution: higher gives more, smaller clusters. */
  resolution: number;
  /** Seed for everything random (clustering, layout). */
  seed: number;
}

export const DEFAULT_SETTINGS: BuildSettings = {
  topK: 10,
  minDf: 2,
  maxKeywords: 300,
  resolution: 1,
  seed: 42,
};

export const MAP_FORMAT = 'topic-map';
export const MAP_VERSION = 1;

export interface KeywordScore {
  term: string;
  score: number;
}

/** A paper on the map: what the corpus gave (but its line), its keywords, cluster and place. */
export interface MapPaper extends Omit<Paper, 'line'> {
  /** Top-k keywords, best first. */
  keywords: KeywordScore[];
  cluster: number;
  x: number;
  y: number;
}

export interface MapKeyword {
  /** Stable id ("k:" + stemmed key). */
  id: string;
  term: string;
  /** Number of papers on the map linked to this keyword. */
  papers: number;
  /**
   * Other forms merged into this keyword automatically (an acronym the corpus defines: "LLMs"
   * in "large language models"); absent when none. Maps written before version 0.2 lack it.
   */
  variants?: string[];
  cluster: number;
  x: number;
  y: number;
}

export interface MapLink {
  paper: string;
  keyword: string;
  weight: number;
}

export interface MapCooccurrence {
  source: string;
  target: string;
  /** Number of papers containing both keywords. */
  count: number;
  /** Association strength, normalised so the strongest link of the map is 1. */
  weight: number;
}

export interface MapCluster {
  id: number;
  label: string;
  /** Number of papers in the cluster. */
  size: number;
  /** Number of keyword nodes in the cluster. */
  keywordCount: number;
  /** Most characteristic keywords, best first. */
  topKeywords: string[];
  /**
   * Share of the link weight touching the cluster's papers and keywords that stays inside it
   * (clusterQuality), 0–1; absent in older maps.
   */
  cohesion?: number;
}

/** A keyword's burst (Kleinberg, src/core/time/detectBursts.ts): years start..end, inclusive. */
export interface MapBurst {
  keyword: string;
  start: number;
  end: number;
  /** Kleinberg's weight of the burst, rounded to 4 decimals. */
  strength: number;
}

export interface MapMeta {
  tool: string;
  /** File name of the corpus (no folders). */
  source: string;
  /** Hash of the corpus text ("fnv1a64:" + 16 hex digits). */
  corpusHash: string;
  settings: BuildSettings;
  /** Modularity of the clustering on the paper–keyword links (clusterQuality); absent in older maps. */
  modularity?: number;
  counts: {
    papers: number;
    keywords: number;
    links: number;
    cooccurrences: number;
    clusters: number;
  };
}

export interface MapFile {
  format: typeof MAP_FORMAT;
  version: typeof MAP_VERSION;
  meta: MapMeta;
  papers: MapPaper[];
  keywords: MapKeyword[];
  links: MapLink[];
  cooccurrences: MapCooccurrence[];
  clusters: MapCluster[];
  /**
   * Keyword bursts, strongest first; present only when some paper has a year, so a map of an
   * undated corpus stays byte for byte as before.
   */
  bursts?: MapBurst[];
  /** The user's keyword curation the map was built with; absent when there was none. */
  curation?: Curation;
  /**
   * What changed since the previous map this one was built against (`--previous`, "Update map");
   * absent for a map built from scratch.
   */
  changes?: MapChanges;
}

/**
 * What an update changed, against the previous map (issue 12). Ids are the map's own ids: paper
 * ids, keyword ids ("k:" + key), cluster ids. A cluster that survives keeps its old id, so `old`
 * and `new` ids below are equal for a matched cluster and differ only for splits and merges.
 */
export interface MapChanges {
  /** `meta.source` and `meta.corpusHash` of the previous map. */
  previous: { source: string; corpusHash: string };
  /** Papers on this map and not on the previous one, in map order. */
  newPapers: string[];
  /** Papers of the previous map that are not on this one. */
  removedPapers: string[];
  /** Surviving papers that changed cluster: old and new cluster id. */
  movedPapers: { paper: string; from: number; to: number }[];
  newKeywords: string[];
  removedKeywords: string[];
  /**
   * The terms of `removedKeywords`, in the same order (the previous map's, which the file does not
   * hold); absent in maps written before it was recorded.
   */
  removedKeywordTerms?: string[];
  /** One record per cluster event, in order of the new cluster id (vanished: old id). */
  clusters: ClusterChange[];
}

export type ClusterChangeKind = 'new' | 'grown' | 'shrunk' | 'same' | 'split' | 'merged' | 'vanished';

export interface ClusterChange {
  kind: ClusterChangeKind;
  /** Old cluster ids involved (none for "new"; several for "merged"). */
  from: number[];
  /** New cluster ids involved (none for "vanished"; several for "split"). */
  to: number[];
  /**
   * Papers before (sum over `from`) and after (sum over `to`). Shares of the map follow from the
   * totals: papers now, and papers before = papers now - newPapers + removedPapers. "grown" and
   * "shrunk" are judged by share, not by these counts (see matchClusters).
   */
  sizeBefore: number;
  sizeAfter: number;
  /**
   * The labels of the `from` clusters on the previous map, in the same order, so a cluster that
   * vanished or split keeps its name; absent in maps written before it was recorded.
   */
  fromLabels?: string[];
}
