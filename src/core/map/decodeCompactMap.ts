import { findControlCharacter } from '../util';
import {
  COLUMN_NAMES,
  COLUMN_NAMES_V1,
  COMPACT_FORMAT,
  COMPACT_MAGIC,
  COMPACT_VERSION,
  COMPACT_VERSIONS,
  type CompactBlock,
  type CompactColumn,
  type CompactColumnName,
  INT32_ABSENT,
  SCALES,
  isCompactMap,
} from './compactFormat';
import type { MapFile } from './types';
import { rememberLinkPlaces } from './linkPlaces';
import { MapFileError, validateMap } from './validateMap';

/** Where a compact map's texts are and how to check them; what applyCompactTexts needs. */
export interface CompactTexts {
  /** The main file's name, for messages. */
  source: string;
  /** Texts file k is `${prefix}-${k}.json` beside the main file. */
  prefix: string;
  chunkSize: number;
  /** hashText of each texts file, as the writer made it. */
  hashes: readonly string[];
}

export interface DecodedCompactMap {
  /**
   * The map, validated, with each paper's texts fields empty (abstract "", keywords []) until
   * applyCompactTexts fills them.
   */
  map: MapFile;
  texts: CompactTexts;
}

type Json = Record<string, unknown>;

/** Int32 values / `divisor` (1 for none); INT32_ABSENT is NaN, or `missing(i)` when it may not be absent. */
function scaled(values: Int32Array, divisor: number, missing: ((i: number) => never) | null): Float64Array {
  const out = new Float64Array(values.length);
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (v === INT32_ABSENT) {
      if (missing) missing(i);
      out[i] = Number.NaN;
    } else out[i] = divisor === 1 ? v : v / divisor;
  }
  return out;
}

const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isCount(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0;
}

/**
 * The titles of a version 2 main file: its title text decoded at once and cut at `ends` (each
 * title's end in UTF-16 units, in order, the last at the text's end). Slices share the decoded
 * text's memory: one string for 100,000 titles, not 100,000 parsed from JSON.
 */
function cutTitles(utf8: Uint8Array, ends: Int32Array, fail: (path: string, detail: string) => never): string[] {
  // Chromium's TextDecoder took 60-95 ms for 11 MB of titles without `fatal`, 110-130 with it:
  // a text without U+FFFD was valid UTF-8 (a one-byte string, the usual case, is not even
  // searched), and only one with it is decoded again to tell a bad byte from a real U+FFFD.
  let text = new TextDecoder('utf-8').decode(utf8);
  if (text.includes('\uFFFD')) {
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(utf8);
    } catch (error) {
      fail('header.papers.titleText', `not valid UTF-8 (${error instanceof Error ? error.message : String(error)})`);
    }
  }
  const titles = new Array<string>(ends.length);
  let from = 0;
  for (let i = 0; i < ends.length; i++) {
    const to = ends[i];
    if (!(to >= from && to <= text.length)) {
      fail(`paper.titleEnd[${i}]`, `${to} is not between the previous title's end (${from}) and the text's (${text.length})`);
    }
    titles[i] = text.slice(from, to);
    from = to;
  }
  if (from !== text.length) fail('paper.titleEnd', `the titles end at ${from} but their text has ${text.length} characters`);
  return titles;
}

/**
 * Gives `map` its `links` when they are first read: a property that makes the link objects from
 * the checked columns and then becomes the plain array it returns (writable, in the map's key
 * order, as JSON.stringify, spreads and structuredClone see it). No code of the first paint reads
 * them (the index takes linkPlaces); at 100,000 papers they are 200,000 objects, made and then
 * collected, that the first load no longer waits for.
 */
function deferLinks(
  map: MapFile,
  ids: readonly string[],
  keywords: readonly { id: string }[],
  places: { paper: Int32Array; keyword: Int32Array; weight: Float64Array },
): void {
  const settle = (links: MapFile['links']): void => {
    Object.defineProperty(map, 'links', { value: links, writable: true, enumerable: true, configurable: true });
  };
  Object.defineProperty(map, 'links', {
    enumerable: true,
    configurable: true,
    get(): MapFile['links'] {
      const { paper, keyword, weight } = places;
      const links: MapFile['links'] = new Array(paper.length);
      for (let i = 0; i < paper.length; i++)
        links[i] = { paper: ids[paper[i]], keyword: keywords[keyword[i]].id, weight: weight[i] };
      settle(links);
      return links;
    },
    set: settle,
  });
}

/**
 * Reads a compact main file (compactFormat): checks its bytes (magic, version, header, every
 * column within the file and of the right length, the file neither truncated nor followed by
 * stray bytes, link ends in range), then the map it makes with validateMap. Every problem is a
 * MapFileError naming `source` and what is wrong.
 */
export function decodeCompactMap(bytes: Uint8Array, source: string): DecodedCompactMap {
  const fail = (path: string, detail: string): never => {
    throw new MapFileError(source, path, detail);
  };
  if (!isCompactMap(bytes)) fail('', `not a compact Topic Map file (it does not start with "${COMPACT_MAGIC}")`);
  if (bytes.length < 16) fail('', `truncated: ${bytes.length} bytes, shorter than the 16-byte preamble`);
  if (!LITTLE_ENDIAN) fail('', 'compact maps are read on little-endian machines only');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const version = view.getUint32(8, true);
  if (!COMPACT_VERSIONS.includes(version))
    fail('', `unsupported compact map version ${version} (this build reads versions 1 to ${COMPACT_VERSION})`);
  const headerLength = view.getUint32(12, true);
  if (16 + headerLength > bytes.length) {
    fail('', `truncated: the header needs ${headerLength} bytes but the file has ${bytes.length - 16} after the preamble`);
  }
  let header: unknown;
  try {
    header = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(16, 16 + headerLength)));
  } catch (error) {
    fail('header', `not valid UTF-8 JSON (${error instanceof Error ? error.message : String(error)})`);
  }
  if (!isObject(header)) return fail('header', 'expected an object');
  if (header.format !== COMPACT_FORMAT)
    fail('header.format', `expected "${COMPACT_FORMAT}", got ${JSON.stringify(header.format)}`);
  if (header.version !== version) fail('header.version', `expected ${version}, got ${JSON.stringify(header.version)}`);
  const { order, map: rest, papers, links, columns, texts } = header;
  if (!Array.isArray(order) || !order.every((k) => typeof k === 'string'))
    return fail('header.order', 'expected an array of strings');
  if (!isObject(rest)) return fail('header.map', 'expected an object');
  for (const key of Object.keys(rest)) {
    if (!order.includes(key) || key === 'papers' || key === 'links') fail(`header.map.${key}`, 'is not in header.order');
  }
  for (const key of order) {
    if (key !== 'papers' && key !== 'links' && !(key in rest)) fail('header.order', `names "${key}", which header.map lacks`);
  }
  if (!order.includes('papers') || !order.includes('links')) fail('header.order', 'must name "papers" and "links"');
  if (!isObject(papers) || !Array.isArray(papers.ids)) return fail('header.papers', 'expected { ids: [...], … }');
  const ids: unknown[] = papers.ids;
  const n = ids.length;
  // Version 1: the titles in the header; version 2: a block of text cut by paper.titleEnd (below).
  let titles: unknown[] = [];
  let titleText: CompactBlock | null = null;
  if (version === 1) {
    if (!Array.isArray(papers.titles)) return fail('header.papers.titles', 'expected an array');
    titles = papers.titles;
    if (titles.length !== n) fail('header.papers.titles', `has ${titles.length} titles for ${n} paper ids`);
  } else {
    const block = papers.titleText;
    if (!isObject(block) || !isCount(block.offset) || block.offset % 8 !== 0 || !isCount(block.length)) {
      return fail('header.papers.titleText', 'expected { offset: a multiple of 8, length: an integer >= 0 }');
    }
    titleText = block as unknown as CompactBlock;
  }
  if (!isObject(links) || !isCount(links.count)) return fail('header.links.count', 'expected an integer >= 0');
  const linkCount = links.count;
  const keywords = rest.keywords;
  if (!Array.isArray(keywords)) return fail('keywords', 'expected an array');

  const start = (16 + headerLength + 7) & ~7;
  if (!Array.isArray(columns)) return fail('header.columns', 'expected an array');
  const found = new Map<CompactColumnName, CompactColumn>();
  let end = start;
  columns.forEach((value: unknown, i) => {
    const path = `header.columns[${i}]`;
    if (!isObject(value)) return fail(path, 'expected an object');
    const { name, type, scale, offset, length } = value;
    if (!COLUMN_NAMES.includes(name as CompactColumnName)) fail(`${path}.name`, `unknown column ${JSON.stringify(name)}`);
    if (found.has(name as CompactColumnName)) fail(`${path}.name`, `column ${name} is given twice`);
    if (type !== 'i32' && type !== 'f64') fail(`${path}.type`, `expected "i32" or "f64", got ${JSON.stringify(type)}`);
    if (!isCount(scale) || scale >= SCALES.length || (type === 'f64' && scale !== 0)) {
      fail(`${path}.scale`, `expected an integer 0-${SCALES.length - 1} (0 for f64), got ${JSON.stringify(scale)}`);
    }
    if (!isCount(offset) || offset % 8 !== 0) fail(`${path}.offset`, `expected a multiple of 8, got ${JSON.stringify(offset)}`);
    const expected = String(name).startsWith('paper.') ? n : linkCount;
    if (length !== expected)
      fail(
        `${path}.length`,
        `column ${name} has ${JSON.stringify(length)} values for ${expected} ${String(name).startsWith('paper.') ? 'papers' : 'links'}`,
      );
    const column = value as unknown as CompactColumn;
    const to = start + column.offset + column.length * (type === 'i32' ? 4 : 8);
    if (to > bytes.length) {
      fail(`${path}`, `truncated: column ${name} ends at byte ${to} but the file has ${bytes.length} bytes`);
    }
    end = Math.max(end, to);
    found.set(column.name, column);
  });
  const expectedColumns = version === 1 ? COLUMN_NAMES_V1 : COLUMN_NAMES;
  for (const name of expectedColumns) if (!found.has(name)) fail('header.columns', `column ${name} is missing`);
  if (found.size > expectedColumns.length) fail('header.columns', `version ${version} has no column paper.titleEnd`);
  if (titleText) {
    const to = start + titleText.offset + titleText.length;
    if (to > bytes.length) {
      fail('header.papers.titleText', `truncated: the titles end at byte ${to} but the file has ${bytes.length} bytes`);
    }
    end = Math.max(end, to);
  }
  if (end < bytes.length) fail('', `${bytes.length - end} stray bytes after the last column (the file ends at byte ${end})`);

  // Each column read in place (a typed array on the file's own bytes, not a copy of them first).
  const viewOf = (name: CompactColumnName): { column: CompactColumn; values: Int32Array | Float64Array } => {
    const column = found.get(name)!;
    const at = bytes.byteOffset + start + column.offset;
    const size = column.type === 'i32' ? 4 : 8;
    // A copy only when the bytes are not aligned for the typed array (a Node Buffer from a pool).
    const aligned = at % size === 0;
    const buffer = aligned ? bytes.buffer : bytes.buffer.slice(at, at + column.length * size);
    const from = aligned ? at : 0;
    const values =
      column.type === 'i32' ? new Int32Array(buffer, from, column.length) : new Float64Array(buffer, from, column.length);
    return { column, values };
  };
  const read = (name: CompactColumnName, optional = false): Float64Array => {
    const { column, values } = viewOf(name);
    if (column.type === 'f64') {
      const out = Float64Array.from(values);
      if (!optional) for (let i = 0; i < out.length; i++) if (Number.isNaN(out[i])) fail(`${name}[${i}]`, 'value missing');
      return out;
    }
    return scaled(values as Int32Array, SCALES[column.scale], optional ? null : (i) => fail(`${name}[${i}]`, 'value missing'));
  };
  /** A column of indices: Int32 values as they are (a copy, so the file's bytes can go). */
  const indices = (name: CompactColumnName): Int32Array => {
    const { column, values } = viewOf(name);
    if (column.type === 'i32' && column.scale === 0) return (values as Int32Array).slice();
    // Indices written as f64 or scaled (no writer does): whole numbers are checked below.
    const out = new Int32Array(column.length);
    const numbers = read(name);
    for (let i = 0; i < out.length; i++) {
      if (!Number.isInteger(numbers[i])) fail(`${name}[${i}]`, `expected a whole index, got ${numbers[i]}`);
      out[i] = numbers[i];
    }
    return out;
  };
  const year = read('paper.year', true);
  const cluster = read('paper.cluster');
  const x = read('paper.x');
  const y = read('paper.y');
  const linkPaper = indices('link.paper');
  const linkKeyword = indices('link.keyword');
  const weight = read('link.weight');
  if (titleText)
    titles = cutTitles(
      bytes.subarray(start + titleText.offset, start + titleText.offset + titleText.length),
      indices('paper.titleEnd'),
      fail,
    );

  const mapPapers = new Array<Json>(n);
  for (let i = 0; i < n; i++) {
    // Whole literals in the JSON map's key order: one shape each, made at once, not key by key.
    mapPapers[i] = Number.isNaN(year[i])
      ? { id: ids[i], title: titles[i], abstract: '', keywords: [], cluster: cluster[i], x: x[i], y: y[i] }
      : { id: ids[i], title: titles[i], abstract: '', year: year[i], keywords: [], cluster: cluster[i], x: x[i], y: y[i] };
  }
  for (let i = 0; i < linkCount; i++) {
    const p = linkPaper[i];
    const k = linkKeyword[i];
    if (!(p >= 0 && p < n)) {
      if (p === INT32_ABSENT) fail(`link.paper[${i}]`, 'value missing');
      fail(`links[${i}].paper`, `paper index ${p} is not in papers (0-${n - 1})`);
    }
    if (!(k >= 0 && k < keywords.length)) {
      if (k === INT32_ABSENT) fail(`link.keyword[${i}]`, 'value missing');
      fail(`links[${i}].keyword`, `keyword index ${k} is not in keywords (0-${keywords.length - 1})`);
    }
    // As validateMap checks a link's weight (it does not see these links: see below).
    if (!Number.isFinite(weight[i])) fail(`links[${i}].weight`, `expected a finite number, got ${weight[i]}`);
  }
  const places = { paper: linkPaper, keyword: linkKeyword, weight };

  if (!isObject(texts)) return fail('header.texts', 'expected an object');
  const { prefix, chunkSize, hashes } = texts;
  if (
    typeof prefix !== 'string' ||
    !/^[^/\\]+$/.test(prefix) ||
    prefix.startsWith('.') ||
    findControlCharacter(prefix) !== null
  ) {
    fail('header.texts.prefix', `expected a plain file name (no folder), got ${JSON.stringify(prefix)}`);
  }
  if (!isCount(chunkSize) || chunkSize < 1)
    fail('header.texts.chunkSize', `expected an integer >= 1, got ${JSON.stringify(chunkSize)}`);
  const chunks = Math.ceil(n / (chunkSize as number));
  if (!Array.isArray(hashes) || hashes.length !== chunks || !hashes.every((h) => typeof h === 'string')) {
    fail('header.texts.hashes', `expected ${chunks} hashes (one per texts file of ${chunkSize} papers)`);
  }

  const data: Json = {};
  for (const key of order) data[key] = key === 'papers' ? mapPapers : key === 'links' ? [] : rest[key];
  // The links are made from range-checked places when first read (below): validateMap counts them.
  const map = validateMap(data, source, { linksByPlace: true, deferredLinks: { count: linkCount } });
  // validateMap has checked that ids are unique, so each link's places name its ends.
  rememberLinkPlaces(map, places, linkCount);
  deferLinks(map, ids as string[], keywords as { id: string }[], places);
  return { map, texts: { source, prefix: prefix as string, chunkSize: chunkSize as number, hashes: hashes as string[] } };
}
