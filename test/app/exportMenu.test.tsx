// @vitest-environment jsdom
import { act, cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import Graph from 'graphology';
import gexf from 'graphology-gexf';
import graphml from 'graphology-graphml';
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import Papa from 'papaparse';
import { afterAll, afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { ExportMenu } from '../../src/components/ExportMenu';
import { computeScene, createSceneCache } from '../../src/core/scene';
import { filterMapForExport } from '../../src/core/query';
import type { MapFile } from '../../src/core/map';
import { setCurrentScene } from '../../src/render/currentScene';
import { downloadFile } from '../../src/render/downloadFile';
import { renderPng } from '../../src/render/renderPng';
import { selectFilterResult } from '../../src/store/selectFilterResult';
import { resetMapStore, useMapStore } from '../../src/store/useMapStore';
import { loadFixture } from './fixtureMap';

vi.mock('../../src/render/downloadFile', () => ({ downloadFile: vi.fn() }));
vi.mock('../../src/render/renderPng', () => ({ renderPng: vi.fn() }));

const ROOT = join(import.meta.dirname, '../..');
const FIXTURE = join(ROOT, 'test/fixtures/small.map.json');
const run = promisify(execFile);
const cliDir = mkdtempSync(join(tmpdir(), 'topic-map-export-menu-'));
afterAll(() => rmSync(cliDir, { recursive: true, force: true }));

let map: MapFile;

/** The scene the canvas would draw for the store as it is (jsdom has no canvas to draw it on). */
function drawCurrentScene(): void {
  const state = useMapStore.getState();
  setCurrentScene(
    computeScene(
      {
        map: state.map!,
        index: state.index!,
        filter: selectFilterResult(state),
        hideFiltered: state.hideFiltered,
        selection: null,
        hoverId: null,
        theme: 'light',
        view: { width: 900, height: 600, k: 1.5, x: 450, y: 300 },
      },
      createSceneCache(state.map!),
    ),
  );
}

/** The file the last export handed to the browser, as text. */
async function lastDownload(): Promise<{ name: string; type: string; text: string }> {
  const calls = vi.mocked(downloadFile).mock.calls;
  expect(calls.length).toBeGreaterThan(0);
  const [name, blob] = calls[calls.length - 1];
  // jsdom's Blob has no text(); FileReader reads its bytes, decoded keeping a byte-order mark
  // (readAsText, like Blob.text(), drops it: the CSV's is part of the file).
  const bytes = await new Promise<ArrayBuffer>((done, fail) => {
    const reader = new FileReader();
    reader.onload = () => done(reader.result as ArrayBuffer);
    reader.onerror = () => fail(reader.error);
    reader.readAsArrayBuffer(blob);
  });
  const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
  return { name, type: blob.type, text };
}

/**
 * What `npm run export` writes for the same map and filter. Run as its own process: under jsdom
 * the command cannot read package.json (Node's fs refuses jsdom's URL objects).
 */
async function cliExport(format: string, keywords: string): Promise<string> {
  const output = join(cliDir, `out.${format}`);
  await run(
    process.execPath,
    ['--import', 'tsx', 'scripts/export.ts', '--map', FIXTURE, '--format', format, '--keywords', keywords, '--output', output],
    {
      cwd: ROOT,
    },
  );
  return readFileSync(output, 'utf8');
}

async function openMenu() {
  const user = userEvent.setup();
  render(<ExportMenu />);
  await user.click(screen.getByRole('button', { name: 'Export…' }));
  return user;
}

beforeEach(() => {
  map = loadFixture();
  vi.mocked(downloadFile).mockClear();
  vi.mocked(renderPng).mockReset();
});
afterEach(() => {
  cleanup();
  setCurrentScene(null);
  resetMapStore();
});

describe('ExportMenu', () => {
  test('"Export…" is a disclosure: aria-expanded, Escape closes it and gives focus back, so does a click outside', async () => {
    const user = userEvent.setup();
    render(
      <>
        <ExportMenu />
        <p>elsewhere</p>
      </>,
    );
    const toggle = screen.getByRole('button', { name: 'Export…' });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(screen.queryByRole('button', { name: 'GEXF (Gephi)' })).toBeNull();
    // Keyboard: Tab reaches the toggle after "Export SVG"; Enter opens, Tab goes into the panel.
    await user.tab();
    expect(document.activeElement?.textContent).toBe('Export SVG');
    await user.tab();
    expect(document.activeElement).toBe(toggle);
    await user.keyboard('{Enter}');
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    const panel = document.getElementById(toggle.getAttribute('aria-controls')!)!;
    expect(panel.hidden).toBe(false);
    await user.tab();
    expect(document.activeElement).toBe(screen.getByRole('checkbox', { name: 'Legend' }));
    await user.keyboard('{Escape}');
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(panel.hidden).toBe(true);
    expect(document.activeElement).toBe(toggle);

    await user.click(toggle);
    expect(screen.getByRole('button', { name: 'CSV (papers)' })).toBeTruthy();
    await user.click(screen.getByText('elsewhere'));
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
  });

  test('a filter that keeps no paper leaves nothing to export as a network or table', async () => {
    // Two keywords no paper has both of.
    const papersOf = (id: string): Set<string> => new Set(map.links.filter((l) => l.keyword === id).map((l) => l.paper));
    const pair = map.keywords
      .flatMap((a) => map.keywords.map((b) => [a.id, b.id]))
      .find(([a, b]) => {
        const of = papersOf(b);
        return a !== b && ![...papersOf(a)].some((p) => of.has(p));
      })!;
    useMapStore.getState().setFilter({ keywords: pair, mode: 'all', hide: false });
    expect(filterMapForExport(map, { keywords: pair, mode: 'all' }).papers).toHaveLength(0);
    await openMenu();
    expect(screen.getByText('Network and table: no paper passes the filter')).toBeTruthy();
    for (const name of ['GEXF (Gephi)', 'CSV (papers)'])
      expect((screen.getByRole('button', { name }) as HTMLButtonElement).disabled).toBe(true);
  });

  test('each data format downloads the filtered map, byte for byte what npm run export writes', async () => {
    useMapStore.getState().setFilter({ keywords: ['k:diffus model'], mode: 'all', hide: false });
    const part = filterMapForExport(map, { keywords: ['k:diffus model'], mode: 'all' });
    expect(part.papers.length).toBe(4);
    expect(part.papers.length).toBeLessThan(map.papers.length);
    const cli = Promise.all(['gexf', 'graphml', 'vosviewer', 'csv'].map((format) => cliExport(format, 'diffusion models')));
    const user = await openMenu();
    expect(screen.getByText('Network and table: 4 filtered papers (of 12)')).toBeTruthy();
    const [cliGexf, cliGraphml, cliVosviewer, cliCsv] = await cli;
    const stamp = 'filter all of "diffusion models"';

    await user.click(screen.getByRole('button', { name: 'GEXF (Gephi)' }));
    let file = await lastDownload();
    expect(file.name).toBe('topic-map.gexf');
    const g = gexf.parse(Graph, file.text);
    expect(g.order).toBe(part.papers.length + part.keywords.length);
    expect(g.filterNodes((_, a) => a.type === 'paper').sort()).toEqual(part.papers.map((p) => `p:${p.id}`).sort());
    expect(String(g.getAttribute('description'))).toContain(stamp);
    expect(file.text).toBe(cliGexf);
    expect(screen.getByRole('status').textContent).toBe(`Saved topic-map.gexf: 4 papers, ${part.keywords.length} keywords.`);

    await user.click(screen.getByRole('button', { name: 'GraphML' }));
    file = await lastDownload();
    expect(file.name).toBe('topic-map.graphml');
    const gm = graphml.parse(Graph, file.text);
    expect(gm.order).toBe(part.papers.length + part.keywords.length);
    expect(String(gm.getAttribute('stamp'))).toContain(stamp);
    expect(file.text).toBe(cliGraphml);

    await user.click(screen.getByRole('button', { name: 'VOSviewer JSON' }));
    file = await lastDownload();
    expect(file.name).toBe('topic-map.json');
    const vos = JSON.parse(file.text) as { network: { items: unknown[] }; info?: { description?: string } };
    expect(vos.network.items).toHaveLength(part.keywords.length);
    // VOSviewer Online shows descriptions as HTML, so the writer escapes the quotes.
    expect(vos.info?.description).toContain(stamp.replace(/"/g, '&#34;'));
    expect(file.text).toBe(cliVosviewer);

    await user.click(screen.getByRole('button', { name: 'CSV (papers)' }));
    file = await lastDownload();
    expect(file.name).toBe('topic-map.csv');
    const rows = Papa.parse<Record<string, string>>(file.text.replace(/^\uFEFF/, ''), {
      header: true,
      skipEmptyLines: true,
    }).data;
    expect(rows.map((r) => r.id).sort()).toEqual(part.papers.map((p) => p.id).sort());
    expect(rows[0].export_stamp).toContain(stamp);
    expect(file.text).toBe(cliCsv);
  });

  test('without a filter every paper is exported and the stamp says "filter none"', async () => {
    const user = await openMenu();
    expect(screen.getByText('Network and table: all 12 papers')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'CSV (papers)' }));
    const file = await lastDownload();
    const rows = Papa.parse<Record<string, string>>(file.text.replace(/^\uFEFF/, ''), {
      header: true,
      skipEmptyLines: true,
    }).data;
    expect(rows).toHaveLength(map.papers.length);
    expect(rows[0].export_stamp).toContain('filter none');
    expect(screen.getByRole('status').textContent).toBe(`Saved topic-map.csv: 12 papers, ${map.keywords.length} keywords.`);
    // Another map: the message about the last export goes.
    act(() => useMapStore.getState().setMap(structuredClone(map), 'other.map.json'));
    expect(screen.getByRole('status').textContent).toBe('');
  });

  test('Export SVG honours the legend and caption switches and carries the stamp', async () => {
    useMapStore.getState().setFilter({ keywords: ['k:video'], mode: 'any', hide: false });
    drawCurrentScene();
    const user = await openMenu();
    const svgButton = screen.getByRole('button', { name: 'Export SVG' });

    await user.click(svgButton);
    let file = await lastDownload();
    expect(file.name).toBe('topic-map.svg');
    expect(file.type).toBe('image/svg+xml');
    expect(file.text).toContain('<g id="legend"');
    expect(file.text).toContain('<g id="caption"');
    expect(file.text).toContain('<metadata>Topic Map ');
    expect(file.text).toContain('filter any of &quot;video&quot;');

    await user.click(screen.getByRole('checkbox', { name: 'Legend' }));
    await user.click(svgButton);
    file = await lastDownload();
    expect(file.text).not.toContain('id="legend"');
    expect(file.text).toContain('<g id="caption"');

    await user.click(screen.getByRole('checkbox', { name: 'Caption' }));
    await user.click(svgButton);
    file = await lastDownload();
    expect(file.text).not.toContain('id="legend"');
    expect(file.text).not.toContain('id="caption"');
    expect(vi.mocked(downloadFile)).toHaveBeenCalledTimes(3);
  });

  test('Export PNG draws the scene on screen with the switches and the stamp, and saves topic-map.png', async () => {
    drawCurrentScene();
    const blob = new Blob(['png'], { type: 'image/png' });
    vi.mocked(renderPng).mockResolvedValue({ blob, width: 1800, height: 1200, drawnFrom: 'svg' });
    const user = await openMenu();
    await user.click(screen.getByRole('checkbox', { name: 'Caption' }));
    await user.click(screen.getByRole('button', { name: 'Export PNG' }));
    await screen.findByText('Saved topic-map.png: 1800 × 1200 pixels.');
    expect(vi.mocked(renderPng)).toHaveBeenCalledTimes(1);
    const [scene, options] = vi.mocked(renderPng).mock.calls[0];
    expect(scene.view.width).toBe(900);
    expect(options).toMatchObject({ legend: true, caption: false });
    expect(options?.stamp).toMatch(/^Topic Map \d+\.\d+\.\d+ export; .*; filter none$/);
    expect(vi.mocked(downloadFile)).toHaveBeenCalledWith('topic-map.png', blob);
  });

  test('a PNG failure is reported in the menu, and nothing is downloaded', async () => {
    drawCurrentScene();
    vi.mocked(renderPng).mockRejectedValue(new Error('renderPng: the browser could not make a PNG of 1 × 1 pixels'));
    const user = await openMenu();
    await user.click(screen.getByRole('button', { name: 'Export PNG' }));
    await screen.findByText(/^Could not make the PNG: renderPng: the browser could not make a PNG/);
    expect(vi.mocked(downloadFile)).not.toHaveBeenCalled();
  });
});
