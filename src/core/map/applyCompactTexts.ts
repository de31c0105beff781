import { hashText } from '../util';
import { MAIN_PAPER_FIELDS, TEXTS_FORMAT, TEXTS_VERSION, textsFileName } from './compactFormat';
import type { CompactTexts } from './decodeCompactMap';
import type { MapFile } from './types';
import { MapFileError, validatePaperTexts } from './validateMap';

type Json = Record<string, unknown>;

/** Fields that the JSON map writes after `year` (buildMap's order), so a paper comes back as it was written. */
const AFTER_YEAR = new Set(['url', 'date', 'venue', 'doi', 'authorKeywords', 'sourceIds', 'keywords']);

/**
 * Fills in place the papers of texts file `k` (`text`, its whole content) of a compact map from
 * decodeCompactMap: each paper gets its abstract, authors, metadata and key phrases, its fields in
 * the JSON map's order. The file is checked first, whole (it is the one the main file names: same
 * hash; its papers are the ones expected; each as validateMap checks a paper), so a bad file
 * changes nothing and throws a MapFileError naming it. Mutates `map.papers[...]` (applyX):
 * the app keeps the objects it has indexed.
 */
export function applyCompactTexts(map: MapFile, texts: CompactTexts, k: number, text: string): void {
  const name = textsFileName(texts.prefix, k);
  const fail = (path: string, detail: string): never => {
    throw new MapFileError(name, path, detail);
  };
  if (!(Number.isInteger(k) && k >= 0 && k < texts.hashes.length)) fail('', `${texts.source} has no texts file ${k}`);
  if (hashText(text) !== texts.hashes[k]) {
    fail('', `is not the texts file ${texts.source} was written with (truncated, changed, or from another build of the map)`);
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    fail('', `not valid JSON (${error instanceof Error ? error.message : String(error)})`);
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) fail('', 'expected an object');
  const file = data as Json;
  if (file.format !== TEXTS_FORMAT) fail('format', `expected "${TEXTS_FORMAT}", got ${JSON.stringify(file.format)}`);
  if (file.version !== TEXTS_VERSION) fail('version', `expected ${TEXTS_VERSION}, got ${JSON.stringify(file.version)}`);
  const first = k * texts.chunkSize;
  if (file.first !== first) fail('first', `expected ${first}, got ${JSON.stringify(file.first)}`);
  const count = Math.min(texts.chunkSize, map.papers.length - first);
  if (!Array.isArray(file.papers) || file.papers.length !== count) fail('papers', `expected an array of ${count} papers`);
  const records = file.papers as unknown[];
  const filled = records.map((record, j) => {
    const i = first + j;
    if (typeof record !== 'object' || record === null || Array.isArray(record)) return fail(`papers[${i}]`, 'expected an object');
    for (const key of Object.keys(record)) {
      if (MAIN_PAPER_FIELDS.has(key)) fail(`papers[${i}].${key}`, 'belongs in the main file, not in a texts file');
    }
    const full = assemblePaper(map.papers[i] as unknown as Json, record as Json);
    validatePaperTexts(full, i, name);
    return full;
  });
  filled.forEach((full, j) => {
    const paper = map.papers[first + j] as unknown as Json;
    for (const key of Object.keys(paper)) delete paper[key];
    Object.assign(paper, full);
  });
}

/** The paper with its main-file fields and its texts record, in the JSON map's order. */
function assemblePaper(head: Json, record: Json): Json {
  const out: Json = { id: head.id, title: head.title };
  let yearDone = head.year === undefined;
  for (const [key, value] of Object.entries(record)) {
    if (!yearDone && AFTER_YEAR.has(key)) {
      out.year = head.year;
      yearDone = true;
    }
    out[key] = value;
  }
  if (!yearDone) out.year = head.year;
  out.cluster = head.cluster;
  out.x = head.x;
  out.y = head.y;
  return out;
}
