import { MAP_FORMAT } from '../core/map';
import { loadMapFromFile } from './loadMap';
import { useMapStore } from './useMapStore';

/** The file types "Open corpus" offers (the pipeline reads these; see parseCorpus). */
export const CORPUS_ACCEPT = '.txt,.json,.jsonl,.ndjson,.csv,.tsv,.bib';

async function readText(file: File): Promise<string | null> {
  try {
    return await file.text();
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
  const text = await readText(file);
  if (text === null) return;
  if (/\.json$/i.test(file.name) && isMapFileText(text)) {
    await loadMapFromFile(file);
    return;
  }
  useMapStore.getState().openCorpus({ text, fileName: file.name });
}
