/**
 * Golden files: the seed corpus's map and its exports, made by the same commands a user runs
 * (`npm run build:map`, `npm run export`), compared byte for byte with the files beside this
 * test. Any change to an output shows up here as a failing test and, once updated with
 * `UPDATE_GOLDEN=1 npx vitest run test/golden`, as a diff a reviewer can read.
 * PNG is left out: resvg draws text with the machine's fonts.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runBuildMap } from '../../scripts/buildMap';
import { main as runExport } from '../../scripts/export';
import { captureIo } from '../helpers/captureIo';
import { expectGolden, goldenDifference, UPDATE_GOLDEN_COMMAND } from '../helpers/expectGolden';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const GOLDEN = fileURLToPath(new URL('.', import.meta.url));
const SEED = join(ROOT, 'data/trending-papers.txt');

/** Export format → golden file name; every export runs with the command's defaults. */
const EXPORTS = [
  ['svg', 'trending-papers.svg'],
  ['gexf', 'trending-papers.gexf'],
  ['graphml', 'trending-papers.graphml'],
  ['vosviewer', 'trending-papers.vosviewer.json'],
  ['csv', 'trending-papers.csv'],
] as const;

let dir: string;
let mapFile: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'topic-map-golden-'));
  // Named as `npm run build:map` names it: the map records the corpus file's name, not the path.
  mapFile = join(dir, 'trending-papers.map.json');
  const capture = captureIo();
  const code = runBuildMap(['--quiet', '--input', SEED, '--output', mapFile], capture.io);
  if (code !== 0) throw new Error(`build:map failed (${code}): ${capture.err()}`);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('golden files of the seed corpus (data/trending-papers.txt)', () => {
  it('map file (npm run build:map, default settings)', () => {
    expectGolden(join(GOLDEN, 'trending-papers.map.json'), readFileSync(mapFile, 'utf8'));
  });

  it.each(EXPORTS)('%s export (npm run export)', async (format, name) => {
    const output = join(dir, name);
    const errors: string[] = [];
    const code = await runExport(['--map', mapFile, '--format', format, '--output', output], {
      log: () => undefined,
      error: (line) => errors.push(line),
    });
    expect(code, errors.join('\n')).toBe(0);
    expectGolden(join(GOLDEN, name), readFileSync(output, 'utf8'));
  });
});

describe('golden comparison', () => {
  it('names the first differing line and column, both versions, and the update command', () => {
    const expected = 'line one\n<circle cx="10.5" r="3"/>\nline three\n';
    const actual = 'line one\n<circle cx="10.25" r="3"/>\nline three\n';
    expect(goldenDifference(expected, actual)).toBe(
      'first difference at line 2, column 16 (golden 4 lines, 46 chars; output 4 lines, 47 chars)\n' +
        '  golden: "<circle cx=\\"10.5\\" r=\\"3\\"/>"\n' +
        '  output: "<circle cx=\\"10.25\\" r=\\"3\\"/>"',
    );
    expect(goldenDifference(expected, expected)).toBeNull();
    expect(goldenDifference('a\nb', 'a\nb\nc')).toContain('the output has more lines from line 3: "c"');
    expect(goldenDifference('a\nb\nc', 'a\nb')).toContain('the output ends before line 3, golden has: "c"');
    // Only the neighbourhood of a difference in a long line is shown.
    const long = 'x'.repeat(5000);
    const hint = goldenDifference(`${long}a${long}`, `${long}b${long}`) ?? '';
    expect(hint).toContain('column 5001');
    expect(hint.length).toBeLessThan(600);
    expect(UPDATE_GOLDEN_COMMAND).toBe('UPDATE_GOLDEN=1 npx vitest run test/golden');
  });

  it('fails on a golden file that differs, or is missing, with the update command', () => {
    // update: false, so that this case checks the comparison also while the files are being updated.
    const missing = join(dir, 'missing.svg');
    expect(() => expectGolden(missing, 'x', { update: false })).toThrow(`no golden file yet; write it with ${UPDATE_GOLDEN_COMMAND}`);
    expect(() => expectGolden(join(GOLDEN, 'trending-papers.csv'), 'not the csv\n', { update: false })).toThrow(
      /differs from the output: first difference at line 1, column 1[^]*update the golden files with UPDATE_GOLDEN=1/,
    );
  });
});
