import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { beforeEach, describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/tempDir';
import { corpusFiles, readCorpora, runBuildMap } from '../../scripts/buildMap';
import type { RawPaper } from '../../src/core/corpus/RawPaper';
import { captureIo } from '../helpers/captureIo';

/**
 * Gzipped inputs (OpenAlex's snapshot parts are gzipped JSON Lines): read as the text they hold, or
 * refused whole; and a folder as --input (the snapshot's works/updated_date=…/part_000.gz).
 */
const SEED = 'data/trending-papers.txt';
/** A real Scopus RIS export (test/fixtures/real/SOURCES.md). */
const RIS = 'test/fixtures/real/scopus-asreview.ris';

let dir: string;
beforeEach(() => {
  dir = tempDir('gzip-input-');
});

function file(name: string, content: Buffer): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

function build(input: string, output = join(dir, 'map.json')) {
  const capture = captureIo();
  const code = runBuildMap(['--quiet', '--input', input, '--output', output], capture.io);
  return { code, err: capture.err(), output };
}

/** The map without the name of the file it was built from. */
function mapOf(output: string): unknown {
  const map = JSON.parse(readFileSync(output, 'utf8')) as { meta: Record<string, unknown> };
  delete map.meta.source;
  return map;
}

const papersOf = (input: string) => readCorpora([input], undefined).papers;

describe('build:map on a gzipped corpus', () => {
  it('builds the same map as from the file it was gzipped from', () => {
    const plain = build(SEED, join(dir, 'plain.json'));
    const gz = build(file('trending-papers.txt.gz', gzipSync(readFileSync(SEED))), join(dir, 'gz.json'));
    expect(plain.code, plain.err).toBe(0);
    expect(gz.code, gz.err).toBe(0);
    expect(mapOf(gz.output)).toEqual(mapOf(plain.output));
  });

  it('takes the format from the name inside (".ris.gz"), and from the content when the name has none', () => {
    const expected = papersOf(RIS);
    expect(expected.length).toBeGreaterThan(0);
    expect(papersOf(file('export.ris.gz', gzipSync(readFileSync(RIS))))).toEqual(expected);
    // OpenAlex's parts are named part_000.gz: no format in the name.
    expect(papersOf(file('part_000.gz', gzipSync(readFileSync(RIS))))).toEqual(expected);
  });

  it('reads concatenated members as one text, as gzip does', () => {
    const bytes = readFileSync(SEED);
    const cut = bytes.indexOf('\n', bytes.length >> 1);
    const twoMembers = Buffer.concat([gzipSync(bytes.subarray(0, cut)), gzipSync(bytes.subarray(cut))]);
    expect(papersOf(file('two.txt.gz', twoMembers))).toEqual(papersOf(SEED));
  });

  it('reads text far larger than a read chunk once gunzipped, and UTF-16 inside gzip', () => {
    // 3,000 JSON Lines records (about 1.4 MB of text from a far smaller gzip file).
    const lines = Array.from({ length: 3000 }, (_, i) =>
      JSON.stringify({
        title: `Sparse attention for long documents ${i}`,
        abstract: `Sparse attention reduces the cost of long context transformers (${i}); the KV cache shrinks – by 3–5×.`.repeat(
          4,
        ),
      }),
    );
    const text = `${lines.join('\n')}\n`;
    const plain = papersOf(file('big.jsonl', Buffer.from(text)));
    expect(plain).toHaveLength(3000);
    const gz = gzipSync(Buffer.from(text));
    expect(gz.length).toBeLessThan(1 << 20);
    expect(Buffer.byteLength(text)).toBeGreaterThan(1 << 20);
    expect(papersOf(file('big.jsonl.gz', gz))).toEqual(plain);
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    expect(papersOf(file('big16.jsonl.gz', gzipSync(utf16)))).toEqual(plain);
  });

  it('skips zero bytes after the gzip data, as gzip does, and refuses anything else there by what it is', () => {
    const expected = papersOf(RIS);
    const gz = gzipSync(readFileSync(RIS));
    // Zero padding past a read chunk (1 MB): the trailer is found back in the chunk before.
    expect(papersOf(file('padded.ris.gz', Buffer.concat([gz, Buffer.alloc((1 << 20) + 100)])))).toEqual(expected);
    const output = file('map.json', Buffer.from('{"format": "topic-map", "previous": true}'));
    const result = build(file('works.txt.gz', Buffer.concat([gzipSync(readFileSync(SEED)), Buffer.from('<html>\n')])), output);
    expect(result.code).toBe(1);
    expect(result.err).toMatch(
      /works\.txt\.gz: 7 bytes after the end of the gzip data \(at byte [\d,]+ of [\d,]+\) are not gzip data/,
    );
    expect(readFileSync(output, 'utf8')).toBe('{"format": "topic-map", "previous": true}');
  });

  describe('refuses a damaged gzip file whole, naming it, and leaves the output as it was', () => {
    const gz = () => gzipSync(readFileSync(SEED));
    const flip = (bytes: Buffer, at: number): Buffer => {
      const copy = Buffer.from(bytes);
      copy[at] ^= 0x55;
      return copy;
    };
    const cases: [string, () => Buffer][] = [
      ['cut in half', () => gz().subarray(0, gz().length >> 1)],
      ['cut inside its trailer', () => gz().subarray(0, gz().length - 3)],
      ['a wrong checksum', () => flip(gz(), gz().length - 6)],
      ['a corrupt byte in the data', () => flip(gz(), gz().length >> 1)],
      ['a corrupt first member of two', () => Buffer.concat([flip(gzipSync(Buffer.from('x\n')), 12), gz()])],
      ['a wrong checksum in the second member', () => Buffer.concat([gzipSync(Buffer.from('x\n')), flip(gz(), gz().length - 6)])],
    ];
    for (const [what, bytes] of cases) {
      it(what, () => {
        const output = file('map.json', Buffer.from('{"format": "topic-map", "previous": true}'));
        const result = build(file('works.txt.gz', bytes()), output);
        expect(result.code).toBe(1);
        expect(result.err).toMatch(/works\.txt\.gz: the gzip data.*(corrupt|cut short)/);
        expect(readFileSync(output, 'utf8')).toBe('{"format": "topic-map", "previous": true}');
      });
    }
  });
});

describe('build:map on a folder', () => {
  /** The seed's papers as JSON Lines cut into three parts, in a snapshot's layout, with files that are not corpora. */
  function snapshot(): { root: string; parts: string[]; whole: string } {
    const lines = papersOf(SEED).map((p) => JSON.stringify({ id: p.id, title: p.title, abstract: p.abstract }));
    const part = (from: number, to: number): Buffer => Buffer.from(`${lines.slice(from, to).join('\n')}\n`);
    const whole = file('whole.jsonl', part(0, lines.length));
    const root = join(dir, 'works');
    for (const sub of ['updated_date=2024-01-02', 'updated_date=2024-01-10']) mkdirSync(join(root, sub), { recursive: true });
    const parts = [
      join(root, 'updated_date=2024-01-02', 'part_000.gz'),
      join(root, 'updated_date=2024-01-02', 'part_001.jsonl'),
      join(root, 'updated_date=2024-01-10', 'part_000.jsonl.gz'),
    ];
    writeFileSync(parts[0], gzipSync(part(0, 30)));
    writeFileSync(parts[1], part(30, 60));
    writeFileSync(parts[2], gzipSync(part(60, lines.length)));
    writeFileSync(join(root, 'manifest'), '{"entries": []}');
    writeFileSync(join(root, '.DS_Store'), Buffer.from([0, 0, 0, 1]));
    writeFileSync(join(root, 'old.map.json'), '{"format": "topic-map"}');
    return { root, parts, whole };
  }

  it('reads every corpus file in it and its folders, in path order, and names the map after the folder', () => {
    const { root, parts, whole } = snapshot();
    expect(corpusFiles(root)).toEqual(parts);
    // Read in three parts: the papers of the whole, in order (each with its line in its own file),
    // with one progress over the three (bytes read of all their bytes, never going back).
    const withoutLine = ({ line: _, ...paper }: RawPaper) => paper;
    const progress: { done: number; total: number }[] = [];
    const read = readCorpora(parts, undefined, ({ done, total }) => progress.push({ done, total }));
    expect(read.papers.map(withoutLine)).toEqual(papersOf(whole).map(withoutLine));
    const total = parts.reduce((sum, part) => sum + readFileSync(part).length, 0);
    expect(progress.every((p) => p.total === total)).toBe(true);
    expect(progress.map((p) => p.done)).toEqual([...progress.map((p) => p.done)].sort((x, y) => x - y));
    expect(progress[0].done).toBe(0);
    expect(progress[progress.length - 1].done).toBe(total);
    const output = join(root, 'map.json');
    const result = build(root, output);
    expect(result.code, result.err).toBe(0);
    const map = JSON.parse(readFileSync(output, 'utf8')) as { meta: { source: string; counts: { papers: number } } };
    expect(map.meta.source).toBe('works');
    expect(map.meta.counts.papers).toBe(97);
    // Built again with the map inside the folder: the map is not read as a corpus.
    expect(corpusFiles(root, output)).toEqual(parts);
    const again = build(root, output);
    expect(again.code, again.err).toBe(0);
  });

  it('names a bad file in it by its path from the folder on', () => {
    const { root, parts } = snapshot();
    writeFileSync(parts[2], gzipSync('{"title": "A", "abstract": "B"}\n{bad\n'));
    const result = build(root);
    expect(result.code).toBe(1);
    expect(result.err).toContain('works/updated_date=2024-01-10/part_000.jsonl.gz:2: malformed JSON');
  });

  it('refuses a folder without a corpus file, naming it', () => {
    const empty = join(dir, 'empty');
    mkdirSync(join(empty, 'sub'), { recursive: true });
    writeFileSync(join(empty, 'manifest'), '{}');
    const result = build(empty);
    expect(result.code).toBe(1);
    expect(result.err).toContain(`${empty}: a folder without a corpus file`);
  });
});
