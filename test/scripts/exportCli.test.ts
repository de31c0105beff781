import { DOMParser } from '@xmldom/xmldom';
import { execFile } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Graph from 'graphology';
import gexf from 'graphology-gexf';
import graphml from 'graphology-graphml';
import Papa from 'papaparse';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../scripts/export';
import { parseMapFile } from '../../src/core/map';
import { FIT_MARGIN, boundsOf, fitShown, fitTransform, type Bounds } from '../../src/core/scene';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const MAP = fileURLToPath(new URL('../fixtures/export-small.map.json', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'topic-map-export-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function run(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(args, { log: (l) => out.push(l), error: (l) => err.push(l) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

function xml(text: string): ReturnType<DOMParser['parseFromString']> {
  return new DOMParser({
    onError: (level, message) => {
      throw new Error(`XML ${level}: ${message}`);
    },
  }).parseFromString(text, 'image/svg+xml');
}

describe('npm run export', () => {
  it('writes the SVG of the whole map, fitted to the view, with legend, caption and stamp', async () => {
    const output = join(dir, 'map.svg');
    const result = await run('--map', MAP, '--format', 'svg', '--output', output, '--width', '1200', '--height', '800');
    expect(result.code).toBe(0);
    expect(result.err).toContain(`wrote ${output}`);
    const doc = xml(readFileSync(output, 'utf8'));
    const svg = doc.documentElement!;
    expect(svg.getAttribute('viewBox')).toBe('0 0 1200 800');
    const ids = Array.from(doc.getElementsByTagName('g')).map((g) => g.getAttribute('id'));
    expect(ids).toEqual(['edges', 'nodes', 'labels', 'legend', 'caption']);
    // Every node fits in the view: nothing culled, all 18 drawn inside the 1200 x 800 box.
    const circles = Array.from(doc.getElementsByTagName('g')[1].getElementsByTagName('circle'));
    expect(circles).toHaveLength(18);
    for (const c of circles) {
      expect(Number(c.getAttribute('cx'))).toBeGreaterThan(0);
      expect(Number(c.getAttribute('cx'))).toBeLessThan(1200);
      expect(Number(c.getAttribute('cy'))).toBeGreaterThan(0);
      expect(Number(c.getAttribute('cy'))).toBeLessThan(800);
    }
    expect(doc.getElementsByTagName('metadata')[0].textContent).toMatch(
      /^Topic Map \d+\.\d+\.\d+ export; .*seed=42; filter none$/,
    );
    expect(doc.getElementsByTagName('g')[4].textContent).toContain('8 papers');
  });

  it("fits the view as the app's fit button does (core/scene fitShown), a filter's nodes too", async () => {
    const map = parseMapFile(readFileSync(MAP, 'utf8'), MAP);
    const fitBounds = (b: Bounds, maxK: number) => fitTransform(b, 1200, 800, FIT_MARGIN, maxK);
    const all = boundsOf([...map.papers, ...map.keywords])!;
    const cases: Array<{ args: string[]; shown: Bounds | null }> = [
      { args: [], shown: null },
      {
        args: ['--keywords', 'protein folding,k:alphafold'],
        shown: boundsOf([
          ...map.papers.filter((p) => p.id === 'p5' || p.id === 'p7'),
          ...map.keywords.filter((k) => map.links.some((l) => (l.paper === 'p5' || l.paper === 'p7') && l.keyword === k.id)),
        ]),
      },
    ];
    for (const [i, { args, shown }] of cases.entries()) {
      const output = join(dir, `fit-${i}.svg`);
      expect((await run('--map', MAP, '--output', output, '--width', '1200', '--height', '800', ...args)).code).toBe(0);
      const doc = xml(readFileSync(output, 'utf8'));
      const circles = Array.from(doc.getElementsByTagName('g')[1].getElementsByTagName('circle'));
      const cx = circles.map((c) => Number(c.getAttribute('cx')));
      const cy = circles.map((c) => Number(c.getAttribute('cy')));
      const { transform: t } = fitShown(all, shown, fitBounds);
      const b = shown ?? all;
      // Node centres are written to 0.1 px.
      expect(Math.abs(Math.min(...cx) - (b.x0 * t.k + t.x))).toBeLessThanOrEqual(0.05 + 1e-9);
      expect(Math.abs(Math.max(...cx) - (b.x1 * t.k + t.x))).toBeLessThanOrEqual(0.05 + 1e-9);
      expect(Math.abs(Math.min(...cy) - (b.y0 * t.k + t.y))).toBeLessThanOrEqual(0.05 + 1e-9);
      expect(Math.abs(Math.max(...cy) - (b.y1 * t.k + t.y))).toBeLessThanOrEqual(0.05 + 1e-9);
    }
  });

  it('applies --no-legend, --no-caption and a keyword filter to the SVG', async () => {
    const output = join(dir, 'filtered.svg');
    const result = await run(
      '--map',
      MAP,
      '--format',
      'svg',
      '--output',
      output,
      '--keywords',
      'protein folding,k:alphafold',
      '--mode',
      'all',
      '--no-legend',
      '--no-caption',
    );
    expect(result.code).toBe(0);
    const doc = xml(readFileSync(output, 'utf8'));
    const ids = Array.from(doc.getElementsByTagName('g')).map((g) => g.getAttribute('id'));
    expect(ids).toEqual(['edges', 'nodes', 'labels']);
    // p5 and p7 have both keywords; they and their keywords (4) are drawn, nothing else.
    expect(doc.getElementsByTagName('circle')).toHaveLength(2 + 4);
    expect(doc.getElementsByTagName('metadata')[0].textContent).toContain('filter all of "protein folding", "AlphaFold, v2"');
  });

  it('writes GEXF, GraphML, VOSviewer JSON and CSV of the filtered map', async () => {
    const filter = ['--keywords', 'graph neural network,link prediction', '--mode', 'any'];
    const expected = ['p:p1', 'p:p2', 'p:p3', 'p:p4'];
    for (const format of ['gexf', 'graphml', 'vosviewer', 'csv']) {
      const result = await run('--map', MAP, '--format', format, '--output', join(dir, `out.${format}`), ...filter);
      expect(result.code, result.err).toBe(0);
    }
    const g1 = gexf.parse(Graph, readFileSync(join(dir, 'out.gexf'), 'utf8'));
    expect(g1.filterNodes((_, a) => a.type === 'paper').sort()).toEqual(expected);
    expect(g1.getAttribute('description')).toContain('filter any of "graph neural network", "link prediction"');
    const g2 = graphml.parse(Graph, readFileSync(join(dir, 'out.graphml'), 'utf8'));
    expect(g2.filterNodes((_, a) => a.type === 'paper').sort()).toEqual(expected);
    const vos = JSON.parse(readFileSync(join(dir, 'out.vosviewer'), 'utf8'));
    expect(vos.network.items.length).toBe(g1.filterNodes((_, a) => a.type === 'keyword').length);
    const csv = Papa.parse<Record<string, string>>(readFileSync(join(dir, 'out.csv'), 'utf8'), {
      header: true,
      skipEmptyLines: true,
    });
    expect(csv.data.map((r) => r.id)).toEqual(['p1', 'p2', 'p3', 'p4']);
    expect(csv.data[0].export_stamp).toContain('corpus small & "nasty" <corpus>.jsonl');
  });

  it('renders a PNG at twice the view size', async () => {
    const output = join(dir, 'map.png');
    const result = await run('--map', MAP, '--output', output, '--width', '400', '--height', '300');
    expect(result.code, result.err).toBe(0);
    const png = readFileSync(output);
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([800, 600]);
    // The stamp, as the app's PNG carries it: an iTXt "Description" chunk right after IHDR.
    expect(png.subarray(37, 52).toString('latin1')).toBe('iTXtDescription');
    expect(png.toString('utf8')).toContain('export; map built by');
  });

  it("keeps the papers of --years, as the app's year filter does, and stamps them as the app does", async () => {
    const output = join(dir, 'years.csv');
    const result = await run('--map', MAP, '--output', output, '--years', '2021-2022');
    expect(result.code, result.err).toBe(0);
    const csv = Papa.parse<Record<string, string>>(readFileSync(output, 'utf8'), { header: true, skipEmptyLines: true });
    expect(csv.data.map((r) => r.id)).toEqual(['p1', 'p2']);
    expect(csv.data[0].export_stamp).toContain('filter years 2021-2022');
    const both = await run('--map', MAP, '--output', join(dir, 'both.csv'), '--years', '2020', '--keywords', 'protein folding');
    expect(both.code, both.err).toBe(0);
    expect(readFileSync(join(dir, 'both.csv'), 'utf8')).toContain('filter all of ""protein folding"", years 2020-2020'); // quotes doubled in CSV
    const none = await run('--map', MAP, '--output', join(dir, 'none.csv'), '--years', '1990-1999');
    expect(none.code).toBe(1);
    expect(none.err).toContain('--years: no paper is of 1990-1999; nothing written');
    const bad = await run('--map', MAP, '--output', join(dir, 'bad.csv'), '--years', '2022-2020');
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('--years: 2022 is after 2020');
  });

  it('warns about options that do nothing for the format, and exports all the same', async () => {
    const output = join(dir, 'plain.csv');
    const result = await run('--map', MAP, '--output', output, '--width', '800', '--no-legend', '--with-papers', '--mode', 'any');
    expect(result.code, result.err).toBe(0);
    expect(result.err.split('\n').filter((line) => line.includes('warning'))).toEqual([
      'export: warning: --no-legend applies to SVG and PNG only; ignored for this csv',
      'export: warning: --width applies to SVG and PNG only; ignored for this csv',
      'export: warning: --with-papers applies to VOSviewer only; ignored for this csv',
      'export: warning: --mode applies to --keywords only; ignored for this export',
    ]);
    expect(existsSync(output)).toBe(true);
    // Options that do apply: no warning.
    const svg = await run('--map', MAP, '--output', join(dir, 'plain.svg'), '--width', '800', '--no-legend');
    expect(svg.err).not.toContain('warning');
  });

  it('refuses a filter that keeps no paper, for every format, and writes nothing', async () => {
    for (const format of ['csv', 'gexf', 'svg']) {
      const output = join(dir, `none.${format}`);
      const result = await run(
        '--map',
        MAP,
        '--format',
        format,
        '--output',
        output,
        '--keywords',
        'graph neural network,protein folding',
      );
      expect(result.code, format).toBe(1);
      expect(result.err).toContain(
        'no paper has all of "graph neural network", "protein folding"; nothing written (--mode any keeps papers with any of them)',
      );
      expect(existsSync(output)).toBe(false);
    }
  });

  it('fails with a clear message naming the file, and leaves the output alone', async () => {
    const output = join(dir, 'keep.csv');
    writeFileSync(output, 'previous');
    const missing = await run('--map', join(dir, 'nope.json'), '--format', 'csv', '--output', output);
    expect(missing.code).toBe(1);
    expect(missing.err).toContain(`cannot read map file ${join(dir, 'nope.json')}: no such file`);

    const broken = join(dir, 'broken.map.json');
    const bad = JSON.parse(readFileSync(MAP, 'utf8'));
    bad.papers[2].x = 'left';
    writeFileSync(broken, JSON.stringify(bad));
    const invalid = await run('--map', broken, '--format', 'csv', '--output', output);
    expect(invalid.code).toBe(1);
    expect(invalid.err).toContain(`${broken}: papers[2].x: expected a finite number`);

    writeFileSync(broken, '{"format": "topic-map",');
    const syntax = await run('--map', broken, '--format', 'csv', '--output', output);
    expect(syntax.code).toBe(1);
    expect(syntax.err).toContain(`${broken}: not valid JSON`);

    const keyword = await run('--map', MAP, '--format', 'csv', '--output', output, '--keywords', 'quantum gravity');
    expect(keyword.code).toBe(1);
    expect(keyword.err).toContain(`${MAP}: no keyword "quantum gravity" on this map`);

    const folder = await run('--map', MAP, '--format', 'csv', '--output', join(dir, 'no', 'such', 'out.csv'));
    expect(folder.code).toBe(1);
    expect(folder.err).toContain(`the output folder ${join(dir, 'no', 'such')} does not exist`);

    expect(readFileSync(output, 'utf8')).toBe('previous');
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('refuses, before any work, an output that is the map itself, a folder or a device', async () => {
    const own = join(dir, 'own.map.json');
    copyFileSync(MAP, own);
    symlinkSync(own, join(dir, 'own-link.json'));
    mkdirSync(join(dir, 'a-folder.csv'));
    const before = readFileSync(own, 'utf8');
    const cases: Array<[string, string]> = [
      [own, `${own}: is the --map file ${own}`],
      [join(dir, 'own-link.json'), `is the --map file ${own} (through a symbolic link)`],
      [join(dir, 'a-folder.csv'), `${join(dir, 'a-folder.csv')}: is a folder`],
      ['/dev/null', '/dev/null: is not a regular file'],
    ];
    for (const [output, message] of cases) {
      const r = await run('--map', own, '--format', 'csv', '--output', output);
      expect(r.code, output).toBe(1);
      expect(r.err).toContain(message);
    }
    expect(readFileSync(own, 'utf8')).toBe(before);
  });

  it('refuses a PNG over 40 million pixels with the limit and a way out (exit 2)', async () => {
    const big = await run(
      '--map',
      MAP,
      '--format',
      'png',
      '--output',
      join(dir, 'big.png'),
      '--width',
      '20000',
      '--height',
      '20000',
    );
    expect(big.code).toBe(2);
    expect(big.err).toContain(
      '--width 20000 --height 20000 makes a PNG of 40000 x 40000 pixels (drawn at 2x); at most 40 million pixels',
    );
    expect(readdirSync(dir)).not.toContain('big.png');
    // The same size as SVG has no pixels to cap.
    const svg = await run(
      '--map',
      MAP,
      '--format',
      'svg',
      '--output',
      join(dir, 'big.svg'),
      '--width',
      '20000',
      '--height',
      '20000',
    );
    expect(svg.code, svg.err).toBe(0);
  });

  it('strips control characters from its messages', async () => {
    const evil = join(dir, 'evil\u001b]0;pwned\u0007.json');
    const r = await run('--map', evil, '--format', 'csv', '--output', join(dir, 'x.csv'));
    expect(r.code).toBe(1);
    expect(r.err).toContain('evil]0;pwned.json: no such file');
    // eslint-disable-next-line no-control-regex
    expect(r.err).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/);
  });

  it('rejects bad arguments with the usage text (exit 2)', async () => {
    const format = await run('--map', MAP, '--format', 'pdf', '--output', join(dir, 'x.pdf'));
    expect(format.code).toBe(2);
    expect(format.err).toContain('unknown format "pdf" (expected one of svg, png, gexf, graphml, vosviewer, csv)');
    expect(format.err).toContain('Usage: npm run export');
    expect((await run('--map', MAP, '--output', join(dir, 'x.json'))).err).toContain('missing --format');
    // A format the file's name contradicts: PNG bytes in a .svg file.
    const named = await run('--map', MAP, '--format', 'png', '--output', join(dir, 'e.svg'));
    expect(named.code).toBe(2);
    expect(named.err).toContain(`--format png, but ${join(dir, 'e.svg')} is named as svg: name the output to match`);
    expect(existsSync(join(dir, 'e.svg'))).toBe(false);
    // A name that says nothing, or the same thing, is fine.
    expect((await run('--map', MAP, '--format', 'vosviewer', '--output', join(dir, 'v.json'))).code).toBe(0);
    expect((await run('--output', join(dir, 'x.svg'))).code).toBe(2);
    expect((await run('--map', MAP, '--output', join(dir, 'x.svg'), '--mode', 'some')).code).toBe(2);
    expect((await run('--map', MAP, '--output', join(dir, 'x.svg'), '--bogus')).code).toBe(2);
  });

  it('runs as a command: exit codes and messages on stderr', async () => {
    const exec = (args: string[]): Promise<{ code: number; stderr: string }> =>
      new Promise((resolve) => {
        execFile(process.execPath, ['--import', 'tsx', 'scripts/export.ts', ...args], { cwd: ROOT }, (error, _out, stderr) => {
          resolve({ code: error ? (error.code as number) : 0, stderr });
        });
      });
    const ok = await exec(['--map', MAP, '--format', 'graphml', '--output', join(dir, 'cli.graphml')]);
    expect(ok.stderr).toContain('wrote');
    expect(ok.code).toBe(0);
    const bad = await exec(['--map', join(dir, 'missing.json'), '--format', 'svg', '--output', join(dir, 'cli.svg')]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('missing.json: no such file');
  });
});
