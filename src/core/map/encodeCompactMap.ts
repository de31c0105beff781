import { hashText } from '../util';
import {
  COMPACT_FORMAT,
  COMPACT_MAGIC,
  type CompactColumn,
  type CompactColumnName,
  type CompactHeader,
  type CompactTextsFile,
  INT32_ABSENT,
  MAIN_PAPER_FIELDS,
  SCALES,
  TEXTS_CHUNK_SIZE,
  TEXTS_FORMAT,
  TEXTS_VERSION,
  textsFileName,
  textsPrefixFor,
} from './compactFormat';
import type { MapFile } from './types';

/** One file of a compact map: its name (no folder) and its content. */
export interface CompactMapPart {
  name: string;
  data: string | Uint8Array;
}

const LINK_FIELDS = new Set(['paper', 'keyword', 'weight']);

/**
 * Values as the least-scaled Int32 column that gives each back exactly (`n / 10^scale === v`),
 * or Float64 when none does (NaN for absent values there).
 */
function encodeNumbers(values: ArrayLike<number | undefined>): { type: 'i32' | 'f64'; scale: number; bytes: Uint8Array } {
  for (let scale = 0; scale < SCALES.length; scale++) {
    const p = SCALES[scale];
    const out = new Int32Array(values.length);
    let fits = true;
    for (let i = 0; i < values.length; i++) {
      const v = values[i];
      if (v === undefined) {
        out[i] = INT32_ABSENT;
        continue;
      }
      const n = Math.round(v * p);
      if (!(n > INT32_ABSENT && n <= 2147483647) || n / p !== v || Object.is(v, -0)) {
        fits = false;
        break;
      }
      out[i] = n;
    }
    if (fits) return { type: 'i32', scale, bytes: new Uint8Array(out.buffer) };
  }
  const out = new Float64Array(values.length);
  for (let i = 0; i < values.length; i++) out[i] = values[i] ?? Number.NaN;
  return { type: 'f64', scale: 0, bytes: new Uint8Array(out.buffer) };
}

/** Whether `text` has no lone UTF-16 surrogate (String.prototype.isWellFormed, not in every runtime we support). */
function isWellFormed(text: string): boolean {
  return !/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(text);
}

function pad8(n: number): number {
  return (n + 7) & ~7;
}

/**
 * The compact form of a valid map (validateMap's output), file by file: the texts files first and
 * the main file (`mainName`) last, so a writer that writes them in this order never leaves a main
 * file whose texts are missing. Throws for what the compact form cannot keep (a link with fields
 * of its own).
 */
export function* compactMapParts(map: MapFile, mainName: string): Generator<CompactMapPart> {
  const prefix = textsPrefixFor(mainName);
  const papers = map.papers;
  const hashes: string[] = [];
  for (let first = 0, k = 0; first < papers.length; first += TEXTS_CHUNK_SIZE, k++) {
    const records = papers.slice(first, first + TEXTS_CHUNK_SIZE).map((paper) => {
      const record: Record<string, unknown> = {};
      for (const [key, value] of Object.entries(paper)) if (!MAIN_PAPER_FIELDS.has(key)) record[key] = value;
      return record;
    });
    const file: CompactTextsFile = { format: TEXTS_FORMAT, version: TEXTS_VERSION, first, papers: records };
    const text = `${JSON.stringify(file)}\n`;
    hashes.push(hashText(text));
    yield { name: textsFileName(prefix, k), data: text };
  }
  yield { name: mainName, data: encodeMain(map, prefix, hashes) };
}

function encodeMain(map: MapFile, prefix: string, hashes: string[]): Uint8Array {
  const order: string[] = [];
  const rest: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(map)) {
    // As JSON.stringify: what it cannot represent is not part of the map.
    if (value === undefined || typeof value === 'function' || typeof value === 'symbol') continue;
    order.push(key);
    if (key !== 'papers' && key !== 'links') rest[key] = value;
  }
  const paperIndex = new Map(map.papers.map((p, i) => [p.id, i]));
  const keywordIndex = new Map(map.keywords.map((k, i) => [k.id, i]));
  const links = map.links;
  const linkPaper = new Array<number>(links.length);
  const linkKeyword = new Array<number>(links.length);
  links.forEach((link, i) => {
    for (const key of Object.keys(link)) {
      if (!LINK_FIELDS.has(key)) throw new Error(`links[${i}] has the field "${key}", which the compact form does not keep`);
    }
    linkPaper[i] = paperIndex.get(link.paper) ?? -1;
    linkKeyword[i] = keywordIndex.get(link.keyword) ?? -1;
    if (linkPaper[i] < 0 || linkKeyword[i] < 0) throw new Error(`links[${i}] names a paper or keyword the map does not have`);
  });
  // Version 2 keeps the titles as one UTF-8 text cut by a column of ends (compactFormat). A title
  // with a lone UTF-16 surrogate would not come back from UTF-8 as it was: such a map is written
  // as version 1, its titles in the JSON header (JSON escapes them).
  const titles = map.papers.map((p) => p.title);
  const version = titles.every(isWellFormed) ? 2 : 1;
  const titleEnds = new Array<number>(version === 2 ? titles.length : 0);
  for (let i = 0, end = 0; i < titleEnds.length; i++) titleEnds[i] = end += titles[i].length;
  const values: Partial<Record<CompactColumnName, ArrayLike<number | undefined>>> = {
    'paper.year': map.papers.map((p) => p.year),
    'paper.cluster': map.papers.map((p) => p.cluster),
    'paper.x': map.papers.map((p) => p.x),
    'paper.y': map.papers.map((p) => p.y),
    'link.paper': linkPaper,
    'link.keyword': linkKeyword,
    'link.weight': links.map((l) => l.weight),
  };
  if (version === 2) values['paper.titleEnd'] = titleEnds;
  const columns: CompactColumn[] = [];
  const blocks: Uint8Array[] = [];
  let offset = 0;
  for (const [name, column] of Object.entries(values) as [CompactColumnName, ArrayLike<number | undefined>][]) {
    const { type, scale, bytes } = encodeNumbers(column);
    columns.push({ name, type, scale, offset, length: column.length });
    blocks.push(bytes);
    offset = pad8(offset + bytes.length);
  }
  const ids = map.papers.map((p) => p.id);
  let papers: CompactHeader['papers'] = { ids, titles };
  if (version === 2) {
    const text = new TextEncoder().encode(titles.join(''));
    papers = { ids, titleText: { offset, length: text.length } };
    blocks.push(text);
    offset = pad8(offset + text.length);
  }
  const header: CompactHeader = {
    format: COMPACT_FORMAT,
    version,
    order,
    map: rest,
    papers,
    links: { count: links.length },
    columns,
    texts: { prefix, chunkSize: TEXTS_CHUNK_SIZE, hashes },
  };
  const headerBytes = new TextEncoder().encode(JSON.stringify(header));
  const start = pad8(16 + headerBytes.length);
  const out = new Uint8Array(start + offset);
  for (let i = 0; i < COMPACT_MAGIC.length; i++) out[i] = COMPACT_MAGIC.charCodeAt(i);
  const view = new DataView(out.buffer);
  view.setUint32(8, version, true);
  view.setUint32(12, headerBytes.length, true);
  out.set(headerBytes, 16);
  // Typed arrays are in the platform's byte order; the format is little-endian (as every
  // platform the app and Node run on), which the reader checks.
  columns.forEach((column, i) => out.set(blocks[i], start + column.offset));
  const titleText = papers.titleText;
  if (titleText) out.set(blocks[blocks.length - 1], start + titleText.offset);
  // The last block's padding is not written: the file ends at its last byte.
  const last = titleText ?? columns[columns.length - 1];
  const end = start + last.offset + blocks[blocks.length - 1].length;
  return out.subarray(0, end);
}
