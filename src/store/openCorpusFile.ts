import { MAP_FORMAT } from '../core/map';
import { loadMapFromFile, loadMapFromFiles } from './loadMap';
import { useMapStore } from './useMapStore';

/**
 * The file types "Open corpus" offers (the pipeline reads these; see parseCorpus): Topic Map's own
 * inputs and the exports of reference managers and databases (RIS, PubMed .nbib, Web of Science
 * .ciw, arXiv Atom). Web of Science and PubMed also save .txt, which the content tells apart.
 */
export const CORPUS_ACCEPT = '.txt,.json,.jsonl,.ndjson,.csv,.tsv,.bib,.ris,.nbib,.medline,.ciw,.atom,.xml';

/**
 * A file's text. UTF-8 unless the file starts with a UTF-16 byte-order mark, as Web of Science's
 * tab-delimited "Win" export and some Windows tools write it; File.text() would read those as
 * UTF-8 and the corpus would be refused as binary.
 */
async function readText(file: File): Promise<string | null> {
  try {
    const text = await file.text();
    // A UTF-16 byte-order mark (FF FE or FE FF) is not UTF-8: it reads as two replacement characters.
    if (!text.startsWith('\uFFFD\uFFFD')) return text;
    const bytes = new Uint8Array(await file.arrayBuffer());
    if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
    if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
    return text;
  } catch (error) {
    useMapStore.getState().failBuild(`Could not read ${file.name}: ${error instanceof Error ? error.message : String(error)}`);
    return null;
  }
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
  if (files.length === 0) return;
  // A compact map (its main file, with or without its texts files) opens as a map.
  if (files.some((f) => /\.bin$/i.test(f.name)) && (await loadMapFromFiles(files))) return;
  const texts: { text: string; fileName: string }[] = [];
  for (const file of files) {
    const text = await readText(file);
    if (text === null) return;
    if (/\.json$/i.test(file.name) && isMapFileText(text)) {
      if (files.length === 1) {
        await loadMapFromFile(file);
        return;
      }
      useMapStore.getState().failBuild(`${file.name} is a map file, not a corpus: open it alone to see that map`);
      return;
    }
    texts.push({ text, fileName: file.name });
  }
  const [first, ...more] = texts;
  useMapStore.getState().openCorpus({ ...first, ...(more.length > 0 ? { more } : {}) });
}
