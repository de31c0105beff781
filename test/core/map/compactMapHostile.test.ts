import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  type MapFile,
  applyCompactTexts,
  compactMapParts,
  decodeCompactMap,
  MapFileError,
  parseMapFile,
} from '../../../src/core/map';

const fixture = parseMapFile(readFileSync('test/fixtures/small.map.json', 'utf8'), 'small.map.json');
/** The same map as a version 1 main file, as the writer made it before titles became a column. */
const v1Main = new Uint8Array(readFileSync('test/fixtures/compact-v1/small.map.bin'));

function parts(map: MapFile): { main: Uint8Array; texts: string } {
  const files = [...compactMapParts(map, 'x.map.bin')];
  return { main: files[files.length - 1].data as Uint8Array, texts: files[0].data as string };
}

/** The main file with its header changed by `edit` (lengths and padding made right again). */
// biome-ignore lint/suspicious/noExplicitAny: the tests reach into the header freely to break it
function withHeader(main: Uint8Array, edit: (header: Record<string, any>) => void): Uint8Array {
  const view = new DataView(main.buffer, main.byteOffset, main.byteLength);
  const length = view.getUint32(12, true);
  const header = JSON.parse(new TextDecoder().decode(main.subarray(16, 16 + length)));
  const columns = main.subarray((16 + length + 7) & ~7);
  edit(header);
  const bytes = new TextEncoder().encode(JSON.stringify(header));
  const start = (16 + bytes.length + 7) & ~7;
  const out = new Uint8Array(start + columns.length);
  out.set(main.subarray(0, 16));
  new DataView(out.buffer).setUint32(12, bytes.length, true);
  out.set(bytes, 16);
  out.set(columns, start);
  return out;
}

function refusal(bytes: Uint8Array): string {
  try {
    decodeCompactMap(bytes, 'x.map.bin');
  } catch (error) {
    expect(error).toBeInstanceOf(MapFileError);
    return (error as Error).message;
  }
  throw new Error('the file was accepted');
}

describe('decodeCompactMap refuses hostile and broken files, naming the file and what is wrong', () => {
  const { main } = parts(fixture);

  it('accepts the file as written', () => {
    expect(decodeCompactMap(main, 'x.map.bin').map.papers).toHaveLength(fixture.papers.length);
  });

  it('refuses a JSON map, a wrong version, a cut header or column, trailing bytes', () => {
    expect(refusal(new TextEncoder().encode('{"format":"topic-map"}'))).toBe(
      'x.map.bin: not a compact Topic Map file (it does not start with "TOPICMAP")',
    );
    const v3 = main.slice();
    new DataView(v3.buffer).setUint32(8, 3, true);
    expect(refusal(v3)).toBe('x.map.bin: unsupported compact map version 3 (this build reads versions 1 to 2)');
    const v1 = main.slice();
    new DataView(v1.buffer).setUint32(8, 1, true);
    expect(refusal(v1)).toBe('x.map.bin: header.version: expected 1, got 2');
    expect(refusal(main.subarray(0, 40))).toMatch(/^x\.map\.bin: truncated: the header needs \d+ bytes but the file has 24/);
    for (const cut of [1, 4, 100])
      expect(refusal(main.subarray(0, main.length - cut))).toMatch(
        /^x\.map\.bin: header\.papers\.titleText: truncated: the titles end at byte \d+ but the file has \d+ bytes$/,
      );
    // Cut into the columns (the title text is the last block).
    expect(refusal(main.subarray(0, main.length - 1000))).toMatch(
      /^x\.map\.bin: header\.columns\[\d\]: truncated: column [a-z.]+ ends at byte \d+ but the file has \d+ bytes$/,
    );
    const longer = new Uint8Array(main.length + 3);
    longer.set(main);
    expect(refusal(longer)).toBe(`x.map.bin: 3 stray bytes after the last column (the file ends at byte ${main.length})`);
  });

  it('refuses a header that is not JSON, or lies about the columns', () => {
    const garbled = main.slice();
    garbled[17] = 0xff;
    expect(refusal(garbled)).toMatch(/^x\.map\.bin: header: not valid UTF-8 JSON/);
    expect(refusal(withHeader(main, (h) => h.columns.pop()))).toBe('x.map.bin: header.columns: column paper.titleEnd is missing');
    expect(refusal(withHeader(main, (h) => h.columns.splice(6, 1)))).toBe(
      'x.map.bin: header.columns: column link.weight is missing',
    );
    expect(refusal(withHeader(main, (h) => (h.columns[2].length = 3)))).toBe(
      `x.map.bin: header.columns[2].length: column paper.x has 3 values for ${fixture.papers.length} papers`,
    );
    expect(refusal(withHeader(main, (h) => (h.columns[0].offset = 4)))).toBe(
      'x.map.bin: header.columns[0].offset: expected a multiple of 8, got 4',
    );
    expect(refusal(withHeader(main, (h) => (h.columns[1].type = 'u8')))).toBe(
      'x.map.bin: header.columns[1].type: expected "i32" or "f64", got "u8"',
    );
    expect(refusal(withHeader(main, (h) => (h.columns[1].name = 'paper.z')))).toBe(
      'x.map.bin: header.columns[1].name: unknown column "paper.z"',
    );
    expect(refusal(withHeader(v1Main, (h) => h.papers.titles.pop()))).toBe(
      `x.map.bin: header.papers.titles: has ${fixture.papers.length - 1} titles for ${fixture.papers.length} paper ids`,
    );
    expect(refusal(withHeader(main, (h) => delete h.papers.titleText))).toBe(
      'x.map.bin: header.papers.titleText: expected { offset: a multiple of 8, length: an integer >= 0 }',
    );
    expect(refusal(withHeader(main, (h) => (h.texts.prefix = '../../etc/passwd')))).toBe(
      'x.map.bin: header.texts.prefix: expected a plain file name (no folder), got "../../etc/passwd"',
    );
    expect(refusal(withHeader(main, (h) => h.texts.hashes.push('x')))).toBe(
      'x.map.bin: header.texts.hashes: expected 1 hashes (one per texts file of 1000 papers)',
    );
  });

  it('checks the map it makes as validateMap does: ids, counts, ranges, link ends', () => {
    expect(refusal(withHeader(main, (h) => (h.papers.ids[1] = h.papers.ids[0])))).toMatch(
      /^x\.map\.bin: papers\[1\]\.id: duplicate paper id/,
    );
    expect(refusal(withHeader(v1Main, (h) => (h.papers.titles[4] = 7)))).toBe(
      'x.map.bin: papers[4].title: expected a string, got 7',
    );
    expect(refusal(withHeader(main, (h) => (h.map.meta.counts.links = 1)))).toBe(
      `x.map.bin: meta.counts.links: says 1 but the file has ${fixture.links.length}`,
    );
    const far = structuredClone(fixture);
    far.papers[3].x = 2e7;
    expect(refusal(parts(far).main)).toMatch(/^x\.map\.bin: papers\[3\]\.x: 20000000 is out of range/);
    // A link index past the keywords, written into the column itself.
    const bad = main.slice();
    const view = new DataView(bad.buffer);
    const length = view.getUint32(12, true);
    const header = JSON.parse(new TextDecoder().decode(main.subarray(16, 16 + length)));
    const column = header.columns.find((c: { name: string }) => c.name === 'link.keyword');
    view.setInt32(((16 + length + 7) & ~7) + column.offset + 4 * 5, 999, true);
    expect(refusal(bad)).toBe(
      `x.map.bin: links[5].keyword: keyword index 999 is not in keywords (0-${fixture.keywords.length - 1})`,
    );
    view.setInt32(((16 + length + 7) & ~7) + column.offset + 4 * 5, -2147483648, true);
    expect(refusal(bad)).toBe('x.map.bin: link.keyword[5]: value missing');
  });
});

describe('decodeCompactMap refuses a version 2 title text that does not match its column of ends', () => {
  const { main } = parts(fixture);
  const view = new DataView(main.buffer, main.byteOffset, main.byteLength);
  const length = view.getUint32(12, true);
  const header = JSON.parse(new TextDecoder().decode(main.subarray(16, 16 + length)));
  const start = (16 + length + 7) & ~7;
  const ends = header.columns.find((c: { name: string }) => c.name === 'paper.titleEnd');
  const text = header.papers.titleText;

  /** The main file with title end `i` (in the column itself) set to `value`. */
  function withEnd(i: number, value: number): Uint8Array {
    const bad = main.slice();
    new DataView(bad.buffer).setInt32(start + ends.offset + 4 * i, value, true);
    return bad;
  }

  it('refuses ends that go back, pass the text, or stop short of it', () => {
    expect(refusal(withEnd(3, 2))).toMatch(
      /^x\.map\.bin: paper\.titleEnd\[3\]: 2 is not between the previous title's end \(\d+\)/,
    );
    expect(refusal(withEnd(fixture.papers.length - 1, 1e6))).toMatch(
      /^x\.map\.bin: paper\.titleEnd\[\d+\]: 1000000 is not between/,
    );
    const last = new DataView(main.buffer, main.byteOffset).getInt32(start + ends.offset + 4 * (fixture.papers.length - 1), true);
    expect(refusal(withEnd(fixture.papers.length - 1, last - 1))).toBe(
      `x.map.bin: paper.titleEnd: the titles end at ${last - 1} but their text has ${last} characters`,
    );
  });

  it('refuses a title text that is not UTF-8, and a version 1 file with a title column', () => {
    const garbled = main.slice();
    garbled[start + text.offset + 2] = 0xff;
    expect(refusal(garbled)).toMatch(/^x\.map\.bin: header\.papers\.titleText: not valid UTF-8/);
    const v1WithColumn = withHeader(v1Main, (h) => h.columns.push({ ...ends, offset: 0 }));
    expect(refusal(v1WithColumn)).toBe('x.map.bin: header.columns: version 1 has no column paper.titleEnd');
  });
});

describe('applyCompactTexts refuses a texts file that is not the main file’s, or holds a bad paper', () => {
  it('refuses a changed, truncated or foreign file and leaves the papers as they were', () => {
    const { main, texts } = parts(fixture);
    const { map, texts: info } = decodeCompactMap(main, 'x.map.bin');
    const expectRefused = (text: string, message: RegExp | string): void => {
      expect(() => applyCompactTexts(map, info, 0, text)).toThrow(message);
      expect(map.papers.every((p) => p.abstract === '')).toBe(true);
    };
    expectRefused(texts.slice(0, -10), 'x.map.texts-0.json: is not the texts file x.map.bin was written with');
    expectRefused(texts.replace('"abstract":"', '"abstract":"Y'), /is not the texts file/);
    const other = structuredClone(fixture);
    other.papers[0].abstract = 'Another abstract.';
    expectRefused(parts(other).texts, /is not the texts file/);
  });

  it('refuses, by file and paper, a texts file whose hash is right but whose content is wrong', () => {
    const hostile = structuredClone(fixture) as unknown as { papers: Record<string, unknown>[] };
    hostile.papers[2].abstract = 5;
    let { main, texts } = parts(hostile as unknown as MapFile);
    // decodeCompactMap does not see abstracts: the main file is valid.
    let decoded = decodeCompactMap(main, 'x.map.bin');
    expect(() => applyCompactTexts(decoded.map, decoded.texts, 0, texts)).toThrow(
      'x.map.texts-0.json: papers[2].abstract: expected a string, got 5',
    );
    hostile.papers[2].abstract = 'fine';
    (hostile.papers[4].keywords as unknown[])[0] = { term: 'x', score: 'high' };
    ({ main, texts } = parts(hostile as unknown as MapFile));
    decoded = decodeCompactMap(main, 'x.map.bin');
    expect(() => applyCompactTexts(decoded.map, decoded.texts, 0, texts)).toThrow(
      'x.map.texts-0.json: papers[4].keywords[0].score: expected a finite number, got "high"',
    );
    expect(decoded.map.papers[2].abstract).toBe('');
  });
});
