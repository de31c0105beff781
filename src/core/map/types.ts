/**
 * The data contracts shared by every stage: what a parser yields, what the keyword stage yields,
 * and the map file the builder writes and the app reads. The map-file shape is documented in
 * README.md ("The map file"); change both together and bump MAP_VERSION.
 */

import type { Curation } from '../curation';

/** One paper as read from a corpus file, before any analysis. */
export interface Paper {
  id: string;
  title: string;
  abstract: string;
  authors?: string[];
  year?: number;
  url?: string;
  /** 1-based line in the source file where the paper starts (for messages). */
  line: number;
}

export type CorpusFormat = 'trending' | 'jsonl' | 'json' | 'csv' | 'bibtex';

export interface CorpusWarning {
  file: string;
  line?: number;
  message: string;
}

export interface ParsedCorpus {
  papers: Paper[];
  warnings: CorpusWarning[];
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
}

export interface MapMeta {
  tool: string;
  /** File name of the corpus (no folders). */
  source: string;
  /** Hash of the corpus text ("fnv1a64:" + 16 hex digits). */
  corpusHash: string;
  settings: BuildSettings;
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
  /** The user's keyword curation the map was built with; absent when there was none. */
  curation?: Curation;
}
