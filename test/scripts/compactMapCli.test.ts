import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runBuildMap } from '../../scripts/buildMap';
import { main as exportMain } from '../../scripts/export';
import { main as gapsMain } from '../../scripts/gaps';
import { captureIo } from '../helpers/captureIo';

const dir = mkdtempSync(join(tmpdir(), 'compact-map-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const json = join(dir, 'trending.map.json');
const bin = join(dir, 'trending.map.bin');

async function exportRun(...args: string[]): Promise<{ code: number; err: string }> {
  const err: string[] = [];
  const code = await exportMain(args, { log: () => {}, error: (l) => err.push(l) });
  return { code, err: err.join('\n') };
}

describe('build:map --compact, read by export and gaps', () => {
  beforeAll(() => {
    const capture = captureIo();
    const code = runBuildMap(['--quiet', '--input', 'data/trending-papers.txt', '--output', json, '--compact'], capture.io);
    expect(code, capture.err()).toBe(0);
    expect(capture.err()).toContain(`${bin}: the compact form of the map`);
  });

  it('writes the compact main file and its texts beside the JSON map', () => {
    expect(readdirSync(dir).sort()).toEqual(['trending.map.bin', 'trending.map.json', 'trending.map.texts-0.json']);
    expect(readFileSync(bin).subarray(0, 8).toString('latin1')).toBe('TOPICMAP');
  });

  it('exports the same bytes from the compact map as from the JSON map, in every data format', async () => {
    for (const format of ['csv', 'gexf', 'graphml', 'vosviewer', 'svg']) {
      const fromJson = join(dir, `a.${format}`);
      const fromBin = join(dir, `b.${format}`);
      expect((await exportRun('--map', json, '--format', format, '--output', fromJson)).code).toBe(0);
      const result = await exportRun('--map', bin, '--format', format, '--output', fromBin);
      expect(result.code, result.err).toBe(0);
      expect(readFileSync(fromBin, 'utf8'), format).toBe(readFileSync(fromJson, 'utf8'));
      rmSync(fromJson);
      rmSync(fromBin);
    }
  });

  it('runs gaps on the compact map as on the JSON map', () => {
    const out = (file: string): string[] => {
      const lines: string[] = [];
      expect(gapsMain(['--map', file], { log: (l: string) => lines.push(l), error: (l: string) => lines.push(l) })).toBe(0);
      return lines;
    };
    expect(out(bin)).toEqual(out(json));
  });

  it('says which file is wrong: a missing texts file, a changed one, a truncated main file', async () => {
    const copy = join(dir, 'copy');
    const { mkdirSync, copyFileSync } = await import('node:fs');
    mkdirSync(copy);
    copyFileSync(bin, join(copy, 'trending.map.bin'));
    let result = await exportRun('--map', join(copy, 'trending.map.bin'), '--format', 'csv', '--output', join(copy, 'x.csv'));
    expect(result.code).toBe(1);
    expect(result.err).toContain(`cannot read ${join(copy, 'trending.map.texts-0.json')}, the texts of the compact map`);
    expect(result.err).toContain('no such file');

    const texts = readFileSync(join(dir, 'trending.map.texts-0.json'), 'utf8');
    writeFileSync(join(copy, 'trending.map.texts-0.json'), texts.replace('"abstract":"', '"abstract":"X'));
    result = await exportRun('--map', join(copy, 'trending.map.bin'), '--format', 'csv', '--output', join(copy, 'x.csv'));
    expect(result.code).toBe(1);
    expect(result.err).toMatch(/invalid map file: trending\.map\.texts-0\.json: is not the texts file .* was written with/);

    const bytes = readFileSync(bin);
    writeFileSync(join(copy, 'cut.map.bin'), bytes.subarray(0, bytes.length - 3));
    result = await exportRun('--map', join(copy, 'cut.map.bin'), '--format', 'csv', '--output', join(copy, 'x.csv'));
    expect(result.code).toBe(1);
    expect(result.err).toMatch(
      /invalid map file: .*cut\.map\.bin: header\.papers\.titleText: truncated: the titles end at byte \d+ but the file has \d+ bytes/,
    );
  });
});
