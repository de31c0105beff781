import type { CorpusFile } from '../core/buildMap';
import { CorpusError } from '../core/corpus/CorpusError';
import { decodeCorpusBytes } from '../core/corpus/textEncoding';
import { NO_CORPUS_FILE_IN_FOLDER } from '../core/corpus/isCorpusFileName';
import { MAP_FORMAT } from '../core/map';
import { loadCompactMap, loadMapFromFile } from './loadMap';
import { type FolderFile, folderFiles } from './droppedFolders';
import { useMapStore } from './useMapStore';

/**
 * The file types "Open corpus" offers (the pipeline reads these; see parseCorpus): Topic Map's own
 * inputs and the exports of reference managers and databases (RIS, PubMed .nbib, Web of Science
 * .ciw, arXiv Atom). Web of Science and PubMed also save .txt, which the content tells apart. Any
 * of them gzipped (.gz: OpenAlex's snapshot parts are gzipped JSON Lines).
 */
export const CORPUS_ACCEPT = '.txt,.json,.jsonl,.ndjson,.csv,.tsv,.bib,.ris,.enw,.nbib,.medline,.ciw,.atom,.xml,.gz';

/**
 * A file's text, and the encoding it was read from when that is not UTF-8 (decodeCorpusBytes):
 * UTF-16 after a byte-order mark, as Web of Science's tab-delimited "Win" export and some Windows
 * tools write it (File.text() would read those as UTF-8 and the corpus would be refused as
 * binary), Windows-1252 for a file that is not UTF-8 but Western text (Excel's "CSV (Comma
 * delimited)"), as build:map reads them. Gzipped data (it starts 1F 8B) is gunzipped first, every
 * member checked against its checksum, as build:map reads it: a damaged or cut-off file is
 * refused, never read in part.
 */
async function readText(file: File, name = file.name): Promise<DecodedText | null> {
  try {
    if (file.size > MAX_TEXT_BYTES) throw tooLarge(name, file.size);
    const text = await file.text();
    // Text that File.text() read whole as UTF-8 has no replacement character (gzip's 1F 8B reads
    // as U+001F and one, a UTF-16 byte-order mark as two) unless the file writes one: it is the file's.
    if (!text.includes('\uFFFD')) return { text };
    const bytes = await file.arrayBuffer();
    const head = new Uint8Array(bytes, 0, 2);
    const gzip = head[0] === 0x1f && head[1] === 0x8b;
    if (!gzip) return decodeCorpusBytes(new Uint8Array(bytes));
    let gunzipped: Uint8Array | undefined;
    try {
      gunzipped = new Uint8Array(await nativeGunzip(bytes));
    } catch {
      // Several members, or damaged: GunzipReader reads every member, or says what is wrong.
      // Loaded only then (fflate: 3 kB gzipped), not with the app.
    }
    if (!gunzipped) {
      const { gunzipAll } = await import('../core/corpus/GunzipReader');
      gunzipped = gunzipAll(new Uint8Array(bytes), name);
    }
    if (gunzipped.byteLength > MAX_TEXT_BYTES) throw tooLarge(name, gunzipped.byteLength);
    return decodeCorpusBytes(gunzipped);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    useMapStore.getState().failBuild(error instanceof CorpusError ? error.message : `Could not read ${name}: ${reason}`);
    return null;
  }
}

type DecodedText = ReturnType<typeof decodeCorpusBytes>;

/**
 * The most text a page holds as one string: V8's longest string (2^29 - 24 characters; a UTF-8
 * byte gives at most one). Past it, Chromium's File.text() fails with "the requested file could not
 * be read, typically due to permission problems", which sends the user the wrong way.
 */
const MAX_TEXT_BYTES = 2 ** 29 - 24;

function tooLarge(name: string, bytes: number): CorpusError {
  const mb = Math.round(bytes / 1e6).toLocaleString('en');
  return new CorpusError(
    name,
    undefined,
    `${mb} MB of text, more than a browser page can read as one text (about 536 MB); ` +
      `build its map on the command line (npm run build:map -- --input ${name}) and open the map here`,
  );
}

/**
 * Gzip data gunzipped by the browser (native, off the page's thread), which checks the checksum
 * and refuses a file of several members (Chromium: "Failed to fetch"), as it refuses damaged data.
 */
async function nativeGunzip(bytes: ArrayBuffer): Promise<ArrayBuffer> {
  const body = new Response(bytes).body;
  if (!body) throw new Error('no body');
  return new Response(body.pipeThrough(new DecompressionStream('gzip'))).arrayBuffer();
}

/** True for the text of a Topic Map file (valid or not): JSON whose `format` says so. */
function isMapFileText(text: string): boolean {
  if (!/^\s*\{/.test(text)) return false;
  try {
    const data: unknown = JSON.parse(text);
    return typeof data === 'object' && data !== null && (data as { format?: unknown }).format === MAP_FORMAT;
  } catch {
    return false;
  }
}

/**
 * Builds a map from a corpus file the user picked or dropped, in the worker. A Topic Map file (a
 * .json whose format is "topic-map") opens as a map instead: it is never meant as a corpus, and
 * dropping either kind on the page, or picking a map in "Open corpus", should just work. The
 * text stays in the page: it goes to the worker and nowhere else.
 */
export async function openCorpusFile(file: File): Promise<void> {
  await openCorpusFiles([file]);
}

/**
 * Several files picked or dropped at once are built into one map (an export from Scopus and one
 * from PubMed, say), a paper found in more than one kept once. A single map file opens as a map.
 */
export async function openCorpusFiles(files: File[]): Promise<void> {
  await readCorpusFiles(files, 'open');
}

/**
 * "Update map": the files are a new version of the open map's corpus, built against that map
 * (see the store's updateMap). A map file is refused: an update needs a corpus.
 */
export async function updateMapFromFiles(files: File[]): Promise<void> {
  await readCorpusFiles(files, 'update');
}

/**
 * A folder dropped on the page: its corpus files, and those of its folders, built into one map
 * named after it, as `build:map --input FOLDER` builds it (OpenAlex's snapshot `works/`, a folder
 * of Web of Science exports). Each file is named from the folder on in messages.
 */
export async function openCorpusFolder(folder: FileSystemDirectoryEntry): Promise<void> {
  await readCorpusFolder(folder, 'open');
}

/** "Update map" from a folder dropped on its dialog: its corpus files, as openCorpusFolder reads them. */
export async function updateMapFromFolder(folder: FileSystemDirectoryEntry): Promise<void> {
  await readCorpusFolder(folder, 'update');
}

async function readCorpusFolder(folder: FileSystemDirectoryEntry, use: 'open' | 'update'): Promise<void> {
  let found: FolderFile[];
  try {
    found = await folderFiles(folder);
  } catch (error) {
    useMapStore
      .getState()
      .failBuild(`Could not read the folder ${folder.name}: ${error instanceof Error ? error.message : String(error)}`);
    return;
  }
  if (found.length === 0) {
    useMapStore.getState().failBuild(`${folder.name}: ${NO_CORPUS_FILE_IN_FOLDER}`);
    return;
  }
  await readCorpusFiles(
    found.map(({ file }) => file),
    use,
    { names: found.map(({ path }) => path), source: folder.name },
  );
}

async function readCorpusFiles(
  files: File[],
  use: 'open' | 'update',
  folder?: { names: string[]; source: string },
): Promise<void> {
  if (files.length === 0) return;
  // A compact map (its main file, with or without its texts files) opens as a map; any other
  // .bin file is read as a corpus, and refused as one ("a binary file").
  if (!folder && (await loadCompactMap(files))) return;
  const texts: CorpusFile[] = [];
  for (const [i, file] of files.entries()) {
    const name = folder?.names[i] ?? file.name;
    const decoded = await readText(file, name);
    if (decoded === null) return;
    const { text } = decoded;
    if (/\.json$/i.test(file.name) && isMapFileText(text)) {
      if (use === 'update') {
        useMapStore.getState().failBuild(`${name} is a map file, not a corpus: update a map with the papers of its new version`);
        return;
      }
      if (files.length === 1 && !folder) {
        await loadMapFromFile(file);
        return;
      }
      useMapStore.getState().failBuild(`${name} is a map file, not a corpus: open it alone to see that map`);
      return;
    }
    texts.push({ text, fileName: name, ...(decoded.encoding ? { encoding: decoded.encoding } : {}) });
  }
  const [first, ...more] = texts;
  const corpus = { ...first, ...(more.length > 0 ? { more } : {}), ...(folder ? { source: folder.source } : {}) };
  if (use === 'update') useMapStore.getState().updateMap(corpus);
  else useMapStore.getState().openCorpus(corpus);
}
