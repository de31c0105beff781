import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { exportStamp } from '../../../src/core/export/exportStamp';
import { parseMapFile } from '../../../src/core/map';
import { writeVosviewer, type VosviewerJson } from '../../../src/core/export/writeVosviewer';

const FIXTURE = new URL('../../fixtures/export-small.map.json', import.meta.url);
const map = parseMapFile(readFileSync(FIXTURE, 'utf8'), 'export-small.map.json');
const stamp = exportStamp(map.meta, '9.9.9');

/**
 * The checks VOSviewer Online runs on a JSON file before it opens it (its getJsonFileError):
 * at least 3 items, non-empty unique ids (0 counts as empty), numeric x/y, weights non-negative
 * numbers present on every item, clusters integers 1–1000, links between known items with a
 * non-negative strength, not all items at one point.
 */
function vosviewerProblems(doc: VosviewerJson): string[] {
  const problems: string[] = [];
  const { items, links } = doc.network;
  if (items.length < 3) problems.push('fewer than 3 items');
  const ids = new Set<number>();
  const weightKeys = new Set(items.flatMap((i) => Object.keys(i.weights)));
  for (const item of items) {
    if (!item.id) problems.push(`empty id ${item.id}`);
    if (ids.has(item.id)) problems.push(`duplicate id ${item.id}`);
    ids.add(item.id);
    if (typeof item.x !== 'number' || typeof item.y !== 'number') problems.push(`x/y of ${item.id}`);
    for (const key of weightKeys) {
      const w = item.weights[key];
      if (typeof w !== 'number' || !(w >= 0)) problems.push(`weight ${key} of ${item.id}`);
    }
    if (!Number.isInteger(item.cluster) || item.cluster < 1 || item.cluster > 1000) problems.push(`cluster of ${item.id}`);
  }
  for (const link of links) {
    if (!ids.has(link.source_id) || !ids.has(link.target_id)) problems.push(`link ${link.source_id}-${link.target_id}`);
    if (!(link.strength >= 0)) problems.push(`strength ${link.strength}`);
  }
  if (items.every((i) => i.x === items[0].x && i.y === items[0].y)) problems.push('all items at one point');
  return problems;
}

describe('writeVosviewer', () => {
  it('writes a keyword co-occurrence network VOSviewer accepts', () => {
    const doc = JSON.parse(writeVosviewer(map, { stamp })) as VosviewerJson;
    expect(vosviewerProblems(doc)).toEqual([]);
    expect(Object.keys(doc)).toEqual(['config', 'info', 'network']);
    expect(doc.network.items).toHaveLength(map.keywords.length);
    expect(doc.network.items.map((i) => i.id)).toEqual(map.keywords.map((_, i) => i + 1));
    expect(doc.network.links).toHaveLength(map.cooccurrences.length);
    expect(doc.info.description).toContain('Topic Map 9.9.9 export');
    expect(doc.config.terminology.item).toBe('Keyword');
  });

  it('keeps positions (y up), clusters numbered from 1, weights and co-occurrence counts', () => {
    const doc = JSON.parse(writeVosviewer(map)) as VosviewerJson;
    const byLabel = new Map(doc.network.items.map((i) => [i.label, i]));
    const alphafold = byLabel.get('AlphaFold, v2')!;
    expect(alphafold).toMatchObject({ x: 130, y: 90, cluster: 2, weights: { Papers: 2 } });
    expect(byLabel.get('graph neural network')!.cluster).toBe(1);
    expect(doc.network.clusters).toEqual([
      // As they are: VOSviewer Online draws cluster labels as text, on its legend's canvas.
      { cluster: 1, label: 'Graph learning & <GNNs>', color: '#4e79a7' },
      { cluster: 2, label: 'Protein "structure"', color: '#f28e2c' },
    ]);
    const ids = new Map(map.keywords.map((k, i) => [k.id, i + 1]));
    for (const [n, co] of map.cooccurrences.entries()) {
      expect(doc.network.links[n]).toEqual({ source_id: ids.get(co.source), target_id: ids.get(co.target), strength: co.count });
    }
  });

  it('writes labels as text (VOSviewer Online draws them so) and escapes descriptions, which it reads as HTML', () => {
    const doc = JSON.parse(writeVosviewer(map, { papers: true })) as VosviewerJson;
    const labels = doc.network.items.map((i) => i.label);
    expect(labels).toContain('R&D <lab> "quoted"');
    expect(labels).toContain('<img src=x onerror=alert(1)> & "q"');
    const described = doc.network.items.find((i) => i.label === 'R&D <lab> "quoted"')!;
    expect(described.description).toContain('<b>R&#38;D &#60;lab&#62; &#34;quoted&#34;</b>');
    for (const item of doc.network.items) {
      // Only our own tags remain in descriptions.
      expect(item.description.replace(/<\/?b>|<br>/g, '')).not.toMatch(/[<>]/);
    }
  });

  it('escapes the info title (the corpus file name, read as HTML) but not cluster labels', () => {
    const hostile = { ...map, clusters: map.clusters.map((c) => ({ ...c, label: `<img src=x onerror=alert(${c.id})> & "c"` })) };
    const doc = JSON.parse(writeVosviewer(hostile)) as VosviewerJson;
    expect(map.meta.source).toBe('small & "nasty" <corpus>.jsonl');
    expect(doc.info.title).toBe('Topic map of small &#38; &#34;nasty&#34; &#60;corpus&#62;.jsonl');
    expect(doc.network.clusters.length).toBeGreaterThan(0);
    for (const c of doc.network.clusters) expect(c.label).toBe(`<img src=x onerror=alert(${c.cluster - 1})> & "c"`);
  });

  it('adds papers linked to their keywords when asked', () => {
    const doc = JSON.parse(writeVosviewer(map, { papers: true })) as VosviewerJson;
    expect(vosviewerProblems(doc)).toEqual([]);
    expect(doc.network.items).toHaveLength(map.keywords.length + map.papers.length);
    expect(doc.network.links).toHaveLength(map.cooccurrences.length + map.links.length);
    const p1 = doc.network.items[map.keywords.length];
    expect(p1).toMatchObject({ id: map.keywords.length + 1, url: 'https://example.org/p1?a=1&b=2', x: -110, y: 20 });
    expect(Object.keys(p1.weights)).toEqual(['Papers']);
  });

  it('writes only http(s) links as an item url: VOSviewer Online makes it a link', () => {
    const urls = ['javascript:alert(document.cookie)', 'data:text/html,<b>x</b>', 'not a url', 'http://example.org/a b'];
    const hostile = { ...map, papers: map.papers.map((p, i) => ({ ...p, url: urls[i % urls.length] })) };
    const doc = JSON.parse(writeVosviewer(hostile, { papers: true })) as VosviewerJson;
    const written = doc.network.items.slice(map.keywords.length).map((i) => i.url);
    expect(written).toEqual(map.papers.map((_, i) => (i % urls.length === 3 ? 'http://example.org/a%20b' : undefined)));
  });

  it('is deterministic', () => {
    expect(writeVosviewer(structuredClone(map), { stamp })).toBe(writeVosviewer(map, { stamp }));
  });
});
