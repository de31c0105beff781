/**
 * The compact map form (README.md, "The compact map"): the same MapFile as the JSON map, in two
 * kinds of file. The main file (`NAME.map.bin`) holds what the first paint needs: a JSON header
 * (meta, keywords, clusters, co-occurrences, bursts, curation, changes, and the papers' ids and
 * titles) followed by typed columns (papers' years, clusters and coordinates; links as paper and
 * keyword indices with their weights). The texts (`NAME.map.texts-K.json`, TEXTS_CHUNK_SIZE papers
 * each) hold every other field of each paper (abstract, authors, metadata, key phrases), fetched
 * when a paper's panel needs them.
 *
 * Main file bytes: COMPACT_MAGIC (8), format version (u32 LE), header length in bytes (u32 LE),
 * the header (UTF-8 JSON), zero padding to a multiple of 8, then each column's bytes at its
 * `offset` (from the start of the column area, a multiple of 8). The file ends exactly at the
 * end of the last column: a shorter file is truncated, a longer one has trailing bytes.
 *
 * Version 2 (written since 2026-12-06) keeps the papers' titles out of the JSON header: they are
 * one UTF-8 text in the column area (`papers.titleText`, after the columns) with a column of where
 * each title ends in it (`paper.titleEnd`, in UTF-16 units of the decoded text). At 100,000
 * papers JSON.parse of a header with the titles (13 MB) took 206–226 ms of a cold load's CPU in
 * Node; the header without them (1.6 MB) and the title text decoded at once and sliced take about
 * 65. Version 1 files (titles in `papers.titles`) still open.
 */

/** "TOPICMAP": the first bytes of a compact main file (a JSON map starts with "{"). */
export const COMPACT_MAGIC = 'TOPICMAP';
export const COMPACT_FORMAT = 'topic-map-compact';
/** The main file's version that this build writes; it reads COMPACT_VERSIONS. */
export const COMPACT_VERSION = 2;
export const COMPACT_VERSIONS: readonly number[] = [1, 2];
export const TEXTS_FORMAT = 'topic-map-texts';
/** The texts files' version (unchanged by the main file's version 2). */
export const TEXTS_VERSION = 1;

/**
 * Papers per texts file: opening one paper's panel fetches one file of about 1.5 MB (0.5 MB
 * gzipped) of abstracts and key phrases at the bench's sizes, parsed in a few milliseconds.
 */
export const TEXTS_CHUNK_SIZE = 1000;

/**
 * A numeric column. `i32`: Int32 values, each the number times 10^scale (the writer picks the
 * least scale that gives every value back exactly; INT32_MIN stands for an absent value). `f64`:
 * Float64 values as they are (NaN for absent), for columns no scale fits.
 */
export interface CompactColumn {
  name: CompactColumnName;
  type: 'i32' | 'f64';
  scale: number;
  /** Byte offset from the start of the column area (a multiple of 8). */
  offset: number;
  /** Number of values. */
  length: number;
}

export const COLUMN_NAMES = [
  'paper.year',
  'paper.cluster',
  'paper.x',
  'paper.y',
  'link.paper',
  'link.keyword',
  'link.weight',
  'paper.titleEnd',
] as const;
export type CompactColumnName = (typeof COLUMN_NAMES)[number];

/** The columns of a version 1 main file (titles in the header, no paper.titleEnd). */
export const COLUMN_NAMES_V1: readonly CompactColumnName[] = COLUMN_NAMES.filter((name) => name !== 'paper.titleEnd');

/** A block of bytes in the column area: its offset from the area's start (a multiple of 8) and length. */
export interface CompactBlock {
  offset: number;
  length: number;
}

/** The main file's JSON header. */
export interface CompactHeader {
  format: typeof COMPACT_FORMAT;
  version: 1 | 2;
  /** The map's top-level keys in their order, so the map comes back as it was written. */
  order: string[];
  /** Every top-level value of the map but `papers` and `links` (which are below and in columns). */
  map: Record<string, unknown>;
  /**
   * The papers' ids; their titles as an array (version 1), or (version 2) as the UTF-8 bytes of
   * every title one after another (`titleText`), cut by the paper.titleEnd column.
   */
  papers: { ids: string[]; titles?: string[]; titleText?: CompactBlock };
  links: { count: number };
  columns: CompactColumn[];
  /** The texts files: `${prefix}-${k}.json` beside the main file; hashes[k] is file k's hashText. */
  texts: { prefix: string; chunkSize: number; hashes: string[] };
}

/** One texts file: the papers first..first+papers.length-1, each without its main-file fields. */
export interface CompactTextsFile {
  format: typeof TEXTS_FORMAT;
  version: typeof TEXTS_VERSION;
  first: number;
  papers: Record<string, unknown>[];
}

/** A paper's fields that live in the main file; every other field is in its texts file. */
export const MAIN_PAPER_FIELDS: ReadonlySet<string> = new Set(['id', 'title', 'year', 'cluster', 'x', 'y']);

/** The name of texts file `k` of a main file whose texts prefix is `prefix`. */
export function textsFileName(prefix: string, k: number): string {
  return `${prefix}-${k}.json`;
}

/** `big.map.bin` -> `big.map.texts`: the prefix the writer gives the texts of a main file. */
export function textsPrefixFor(mainFileName: string): string {
  return `${mainFileName.replace(/\.bin$/i, '')}.texts`;
}

/** Whether `bytes` start as a compact main file does (the rest is checked by decodeCompactMap). */
export function isCompactMap(bytes: Uint8Array): boolean {
  if (bytes.length < COMPACT_MAGIC.length) return false;
  for (let i = 0; i < COMPACT_MAGIC.length; i++) if (bytes[i] !== COMPACT_MAGIC.charCodeAt(i)) return false;
  return true;
}

/** 10^scale for the scales a column may have (0-6), exact in double precision. */
export const SCALES = [1, 10, 100, 1000, 10000, 100000, 1000000] as const;
export const INT32_ABSENT = -2147483648;
