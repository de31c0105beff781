import { CorpusError } from '../CorpusError';
import { INVERTED_INDEX_KEY } from '../formats/openAlexScan';
import { parseOpenAlexDocument } from '../formats/OpenAlexDocumentScan';
import { jsonRecordOffsets } from './jsonRecordOffsets';
import { jsonSyntaxError } from './jsonSyntaxError';
import { LineIndex } from './LineIndex';
import type { RawCorpus, RawPaper } from '../RawPaper';
import { rawPaperFromJson } from '../rawPaperFromJson';
import type { CorpusWarning } from '../../map';

/**
 * A JSON document: an array of paper objects, an object whose "papers" (or OpenAlex's "results",
 * or a Crossref response's "message" "items") is such an array, or one OpenAlex or Crossref work
 * on its own. `openAlex: false`: the caller has read the text
 * as OpenAlex works already (JsonDocumentReader) and it was not; it is parsed in full straight away.
 * `handedOn`: the caller gave the papers of the first records already (from the list at `firstAt`,
 * as it read the text); the records after them are given, or a CorpusError when JSON.parse keeps
 * another list (a response with a second `results`, or a `papers` list), since the papers handed
 * on cannot be taken back.
 */
export function parseJsonCorpus(
  text: string,
  file: string,
  { openAlex = true, handedOn }: { openAlex?: boolean; handedOn?: HandedOn } = {},
): RawCorpus {
  // OpenAlex works (an API response or an array): the fields read picked out, the rest skipped
  // unbuilt (openAlexScan.ts); anything else, or anything odd, is parsed in full below.
  if (openAlex && text.includes(INVERTED_INDEX_KEY)) {
    const lines = new LineIndex(text);
    const papers = parseOpenAlexDocument(text, (work, offset) => openAlexRecord(work, lines.lineAt(offset), file));
    if (papers) return openAlexCorpus(papers);
  }
  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch (error) {
    const { offset, reason } = jsonSyntaxError(error, text);
    const lines = new LineIndex(text);
    // Stopped at the end of the text: the document was cut there (an interrupted download or copy).
    const cut = text.slice(offset).trim() === '' ? '; the file ends there, before the JSON does: it looks cut short' : '';
    throw new CorpusError(file, lines.lineAt(offset), `malformed JSON (column ${lines.columnAt(offset)}): ${reason}${cut}`);
  }
  const list = recordList(document);
  const items = list?.items;
  const recordsKey = list?.path;
  // A database's API response (Semantic Scholar's "data", Europe PMC's "resultList"): an export.
  const fromApi = recordsKey !== undefined && recordsKey[0] !== 'papers';
  if (items === undefined) {
    throw new CorpusError(
      file,
      undefined,
      `expected a JSON array of papers (or an object with a "papers" array), found ${describe(document)}`,
    );
  }
  const lines = new LineIndex(text);
  const offsets = jsonRecordOffsets(text, recordsKey);
  const records: RawPaper[] = [];
  const warnings: CorpusWarning[] = [];
  const from = handedOn?.records ?? 0;
  if (handedOn && offsets[0] !== handedOn.firstAt) {
    const kept =
      offsets.length > 0 ? `the list at line ${lines.lineAt(offsets[0])}` : `an empty "${(recordsKey ?? []).join('.')}" list`;
    throw new CorpusError(
      file,
      lines.lineAt(handedOn.firstAt),
      `a second list of works: the papers of the "results" list starting here were read, but JSON keeps only ${kept} ` +
        `(a later "results" replaces an earlier one, and "papers" comes first); save the document with one list`,
    );
  }
  items.forEach((item, index) => {
    if (index < from) return;
    // The offsets come from the same text JSON.parse accepted, so they match item for item.
    const line = offsets.length === items.length ? lines.lineAt(offsets[index]) : 1;
    if (item === null || typeof item !== 'object' || Array.isArray(item)) {
      throw new CorpusError(file, line, `paper ${index + 1} of the array is ${describe(item)}, not an object`);
    }
    records.push(
      rawPaperFromJson(item as Record<string, unknown>, line, (message) => warnings.push({ file, line, message }), fromApi),
    );
  });
  return { records, warnings };
}

/** Records of a JSON document whose papers a reader gave already: how many, and where the first starts. */
export interface HandedOn {
  records: number;
  firstAt: number;
}

/** The paper of an OpenAlex work of a document, with the warnings it gave. */
export interface OpenAlexRecord {
  record: RawPaper;
  warnings?: CorpusWarning[];
}

export function openAlexRecord(work: Record<string, unknown>, line: number, file: string): OpenAlexRecord {
  let warnings: CorpusWarning[] | undefined;
  const record = rawPaperFromJson(work, line, (message) => (warnings ??= []).push({ file, line, message }));
  return warnings ? { record, warnings } : { record };
}

/** The corpus of a document's works: their warnings in order, as the full path gives them. */
function openAlexCorpus(papers: OpenAlexRecord[]): RawCorpus {
  const warnings: CorpusWarning[] = [];
  for (const paper of papers) if (paper.warnings) warnings.push(...paper.warnings);
  return { records: papers.map((paper) => paper.record), warnings };
}

/**
 * Where the records of a JSON object are, by the keys the sources write: our own "papers",
 * OpenAlex's "results", Crossref's "message" "items", Semantic Scholar's "data" (api.semanticscholar.org
 * /graph/v1/paper/search), Europe PMC's "resultList" "result" (its search with resultType=core). The
 * first that holds an array.
 */
const RECORD_PATHS: readonly (readonly string[])[] = [
  ['papers'],
  ['results'],
  ['message', 'items'],
  ['data'],
  ['resultList', 'result'],
];

/** The records of a JSON document and the key path to them (none for a top-level array). */
function recordList(document: unknown): { items: unknown[]; path?: readonly string[] } | undefined {
  if (Array.isArray(document)) return { items: document };
  if (document === null || typeof document !== 'object') return undefined;
  for (const path of RECORD_PATHS) {
    let value: unknown = document;
    for (const key of path)
      value = value !== null && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined;
    if (Array.isArray(value)) return { items: value, path };
  }
  const record = document as Record<string, unknown>;
  // One OpenAlex work saved alone (what GET /works/W… returns): a corpus of one.
  if (isOpenAlexWork(record)) return { items: [document] };
  // One Crossref work ({"message-type": "work", "message": {work}}).
  const { message } = record;
  if (record['message-type'] === 'work' && message !== null && typeof message === 'object') return { items: [message] };
  return undefined;
}

function isOpenAlexWork(document: Record<string, unknown>): boolean {
  return typeof document.id === 'string' && document.id.startsWith('https://openalex.org/W');
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object')
    return 'an object without a list of papers ("papers", or "results", "message"."items", "data" or "resultList"."result" as OpenAlex, Crossref, Semantic Scholar and Europe PMC write it)';
  return `a ${typeof value}`;
}
