import { DOMParser } from '@xmldom/xmldom';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../scripts/export';
import { THEMES, yearColor } from '../../src/core/style';

// The fixture's papers: 2022 ×1, 2023 ×1, 2024 ×3, 2025 ×2 and five without a year.
const MAP = fileURLToPath(new URL('../fixtures/small.map.json', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'topic-map-year-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function exportSvg(...args: string[]): Promise<{ code: number; doc: Document; err: string }> {
  const output = join(dir, `${args.join('_') || 'plain'}.svg`);
  const err: string[] = [];
  const code = await main(['--map', MAP, '--format', 'svg', '--output', output, ...args], {
    log: () => {},
    error: (l) => err.push(l),
  });
  const text = code === 0 ? readFileSync(output, 'utf8') : '<svg/>';
  return { code, err: err.join('\n'), doc: new DOMParser().parseFromString(text, 'image/svg+xml') as unknown as Document };
}

const layer = (doc: Document, id: string): Element => {
  const g = Array.from(doc.getElementsByTagName('g')).find((e) => e.getAttribute('id') === id);
  if (!g) throw new Error(`no layer ${id}`);
  return g;
};

describe('export --color-by year', () => {
  it('colours papers by year on the sequential scale, undated grey, with a year colour bar as legend', async () => {
    const { code, doc } = await exportSvg('--color-by', 'year');
    expect(code).toBe(0);
    const legend = layer(doc, 'legend');
    const texts = Array.from(legend.getElementsByTagName('text')).map((t) => t.textContent);
    expect(texts).toEqual(['2022 (1)', '2023 (1)', '2024 (3)', '2025 (2)']);
    const swatches = Array.from(legend.getElementsByTagName('circle')).map((c) => c.getAttribute('fill'));
    expect(swatches).toEqual([0, 1, 2, 3].map((i) => yearColor(i / 3, 'light')));
    // The light scale starts at viridis' dark purple.
    expect(swatches[0]).toBe('#440154');

    const papers = Array.from(layer(doc, 'nodes').getElementsByTagName('circle')).filter(
      (c) => c.getAttribute('class') === 'paper',
    );
    const strokes = papers.map((c) => c.getAttribute('stroke'));
    const count = (color: string) => strokes.filter((s) => s === color).length;
    expect(papers).toHaveLength(12);
    expect(count(THEMES.light.unclustered)).toBe(5);
    expect(count(yearColor(0, 'light'))).toBe(1);
    expect(count(yearColor(2 / 3, 'light'))).toBe(3);
    expect(count(yearColor(1, 'light'))).toBe(2);
  });

  it('uses the dark end of the scale that shows on a dark page', async () => {
    const { doc } = await exportSvg('--color-by', 'year', '--theme', 'dark');
    const swatches = Array.from(layer(doc, 'legend').getElementsByTagName('circle')).map((c) => c.getAttribute('fill'));
    expect(swatches).toEqual([0, 1, 2, 3].map((i) => yearColor(i / 3, 'dark')));
    expect(swatches[0]).not.toBe('#440154');
    expect(swatches[3]).toBe('#fde725');
  });

  it('keeps the cluster legend by default and refuses an unknown --color-by', async () => {
    const { doc } = await exportSvg();
    expect(layer(doc, 'legend').textContent).toContain('Language models');
    const bad = await exportSvg('--color-by', 'decade');
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('unknown --color-by "decade" (expected cluster or year)');
  });
});
