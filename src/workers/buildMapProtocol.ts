/**
 * Messages between the app and the pipeline worker (buildMap.worker.ts): typed unions, one
 * request, three replies, each tagged with the request's id so a late reply to a cancelled build
 * is recognised and dropped.
 */
import type { BuildStage, CorpusFile } from '../core/buildMap';
import type { LegacyEncoding } from '../core/corpus/textEncoding';
import type { Curation, UnusedCuration } from '../core/curation';
import type { BuildSettings, CorpusFormat, CorpusTally, CorpusWarning, MapFile } from '../core/map';

/** Build a map from a corpus text, exactly as `npm run build:map` does from the same file. */
export interface BuildMapRequest {
  type: 'build';
  id: number;
  /** The corpus file's text. */
  text: string;
  /** The file's name (no folders): picks the format by extension, names errors, goes in the map. */
  fileName: string;
  format?: CorpusFormat;
  /** The encoding the text was decoded from when the file is not UTF-8 (the parse warns). */
  encoding?: LegacyEncoding;
  /** Further files built into the same map (several dropped at once), in order. */
  more?: CorpusFile[];
  /** The map's name when it is not the files' names joined (a dropped folder's). */
  source?: string;
  settings: Partial<BuildSettings>;
  curation?: Curation;
  /**
   * The map this build updates ("Update map", issue 12): passed to buildMap as `previous`, so
   * surviving papers, keywords and clusters keep their ids and places and the map records `changes`.
   */
  previous?: MapFile;
  /** The map on screen a curation edit changes: passed to buildMap as `steady`. */
  steady?: MapFile;
  /** Stamped into the map (TOOL_VERSION): the same string the command line stamps. */
  toolVersion: string;
}

export interface BuildMapProgressReply {
  type: 'progress';
  id: number;
  stage: BuildStage;
  done: number;
  total: number;
}

export interface BuildMapDoneReply {
  type: 'done';
  id: number;
  map: MapFile;
  warnings: CorpusWarning[];
  /** Milliseconds spent in each stage. */
  timings: Record<BuildStage, number>;
  /** Records read, skipped and merged, for the summary line. */
  tally?: CorpusTally;
  /** The request's removals and merges that name no term of the corpus (buildMap). */
  unusedCuration?: UnusedCuration;
}

export interface BuildMapErrorReply {
  type: 'error';
  id: number;
  /** Complete and ready to show: "papers.csv:3: duplicate id ..." (file and line included). */
  message: string;
  /** The corpus or thesaurus file at fault, and the line, when the error has them. */
  file?: string;
  line?: number;
}

export type BuildMapReply = BuildMapProgressReply | BuildMapDoneReply | BuildMapErrorReply;
