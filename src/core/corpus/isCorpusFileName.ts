import { detectFormat } from './detectFormat';

/**
 * Whether a file found in a folder given as the corpus (build:map's --input FOLDER, a folder
 * dropped on the app) is read as a corpus file: its name, without .gz, has a corpus extension, or
 * it is a .gz. Not hidden files, names without an extension (OpenAlex's snapshot `manifest`), nor
 * Topic Map's own outputs (NAME.map.json, NAME.map.bin, NAME.map.texts-N.json).
 */
export function isCorpusFileName(name: string): boolean {
  if (name.startsWith('.') || /\.map\.(json|bin)$|\.map\.texts-\d+\.json$/i.test(name)) return false;
  return /\.gz$/i.test(name) || detectFormat(name) !== undefined;
}

/** Why a folder given as the corpus is refused when isCorpusFileName takes none of its files. */
export const NO_CORPUS_FILE_IN_FOLDER =
  'a folder without a corpus file (.jsonl, .json, .csv, .txt, .ris, .enw, .bib, .nbib, .ciw, .xml, … or any of them .gz)';
