import { DOMParser, type Document, type Element } from '@xmldom/xmldom';
import { describe, expect, it } from 'vitest';
import { benchWriteSvg, syntheticScene } from '../../../scripts/benchExport';
import type { Scene } from '../../../src/core/scene';
import { writeSvg } from '../../../src/core/export/writeSvg';
import { cpuTime } from '../../helpers/cpuTime';

const NASTY = '<img src=x onerror=alert(1)> & "q"';

/** Parses with a real XML parser that fails on any error or warning. */
function parse(svg: string): Document {
  const parser = new DOMParser({
    onError: (level, message) => {
      throw new Error(`XML ${level}: ${message}`);
    },
  });
  return parser.parseFromString(svg, 'image/svg+xml');
}

function byTag(root: Document | Element, tag: string): Element[] {
  return Array.from(root.getElementsByTagName(tag));
}

/**
 * The value a renderer uses for `prop`: inline style, then the class rules of the <style> block,
 * then the presentation attribute (the precedence SVG readers apply).
 */
function effective(doc: Document, el: Element, prop: string): string | null {
  const inline = new Map(
    (el.getAttribute('style') ?? '')
      .split(';')
      .filter((d) => d !== '')
      .map((d) => d.split(':') as [string, string]),
  );
  if (inline.has(prop)) return inline.get(prop)!;
  const css = byTag(doc, 'style')[0]?.textContent ?? '';
  for (const cls of (el.getAttribute('class') ?? '').split(' ')) {
    const rule = new RegExp(`\\.${cls}\\{([^}]*)\\}`).exec(css);
    const decl = rule?.[1].split(';').find((d) => d.startsWith(`${prop}:`));
    if (decl) return decl.slice(prop.length + 1);
  }
  return el.getAttribute(prop);
}

function group(doc: Document, id: string): Element | undefined {
  return byTag(doc, 'g').find((g) => g.getAttribute('id') === id);
}

/** A small scene in world units: view k=2 moves (x, y) to (2x + 100, 2y + 50) on screen. */
function scene(): Scene {
  return {
    view: { width: 400, height: 300, k: 2, x: 100, y: 50 },
    background: '#ffffff',
    foreground: '#1f2328',
    edges: [
      { x1: 0, y1: 0, x2: 50, y2: 40, color: '#8c959f', width: 0.6, opacity: 0.2 },
      { x1: 10, y1: 10, x2: 60, y2: 20, color: '#8c959f', width: 0.6, opacity: 0.2 },
      // Highlighted: a different colour, width and opacity than the rest.
      { x1: 0, y1: 0, x2: 10, y2: 10, color: 'hsl(200, 55%, 46%)', width: 1.4, opacity: 0.85 },
      // Both ends off screen to the left: culled.
      { x1: -500, y1: 0, x2: -400, y2: 10, color: '#8c959f', width: 0.6, opacity: 0.2 },
      // Both ends off screen, but the segment crosses the view: kept.
      { x1: -500, y1: 20, x2: 500, y2: 20, color: '#8c959f', width: 0.6, opacity: 0.2 },
    ],
    nodes: [
      node('p1', 'paper', 0.0123, -0.0123, '#4e79a7'),
      node('p2', 'paper', 50, 40, '#f28e2c'),
      {
        ...node('k1', 'keyword', 10, 10, '#4e79a7'),
        r: 6,
        selected: true,
        highlighted: true,
        stroke: '#000000',
        strokeWidth: 2.5,
      },
      { ...node('k2', 'keyword', 60, 20, 'rgba(225, 87, 89, 0.5)'), r: 4 },
      // Off screen (x = 2 * 300 + 100 = 700 > 400): culled.
      node('p3', 'paper', 300, 10, '#4e79a7'),
      // Dimmed by a filter: drawn faint, not dropped.
      { ...node('p4', 'paper', 20, 30, '#59a14f'), opacity: 0.1 },
    ],
    labels: [
      label(NASTY, 10, 10, 'node'),
      label('control\u0001 and \u000cform feed', 60, 20, 'node'),
      { ...label('Cluster & <one>', 30, 30, 'cluster'), fontSize: 15, bold: true },
      // Off screen: culled.
      label('far away', 1000, 1000, 'node'),
    ],
    legend: [
      { color: '#4e79a7', label: 'Graph learning & <GNNs>', size: 12 },
      { color: 'hsl(20, 55%, 46%)', label: 'Proteins "structure"', size: 7 },
    ],
    caption: 'small & "nasty" <corpus>.jsonl · 4 papers · 2 keywords',
  };
}

function node(id: string, kind: 'paper' | 'keyword', x: number, y: number, fill: string): Scene['nodes'][number] {
  return {
    id,
    kind,
    x,
    y,
    r: 2.5,
    fill,
    opacity: 1,
    strokeWidth: kind === 'paper' ? 1.25 : 1,
    stroke: '#ffffff',
    highlighted: false,
    selected: false,
  };
}

function label(text: string, x: number, y: number, kind: 'node' | 'cluster'): Scene['labels'][number] {
  return { text, x, y, fontSize: 11, bold: false, color: '#1f2328', opacity: 1, kind };
}

describe('writeSvg', () => {
  it('writes a standalone SVG document with the view size', () => {
    const svg = writeSvg(scene());
    expect(svg.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n')).toBe(true);
    const doc = parse(svg);
    const root = doc.documentElement!;
    expect(root.tagName).toBe('svg');
    expect(root.namespaceURI).toBe('http://www.w3.org/2000/svg');
    expect(root.getAttribute('width')).toBe('400');
    expect(root.getAttribute('height')).toBe('300');
    expect(root.getAttribute('viewBox')).toBe('0 0 400 300');
    expect(byTag(doc, 'style')).toHaveLength(1);
    expect(['edges', 'nodes', 'labels', 'legend', 'caption'].map((id) => group(doc, id) !== undefined)).toEqual([
      true,
      true,
      true,
      true,
      true,
    ]);
  });

  it('draws every visible node at its screen position and culls the ones outside', () => {
    const doc = parse(writeSvg(scene()));
    const circles = byTag(group(doc, 'nodes')!, 'circle');
    expect(circles.map((c) => [c.getAttribute('cx'), c.getAttribute('cy'), c.getAttribute('r')])).toEqual([
      ['100', '50', '5'], // 0.0123 * 2 + 100 = 100.02 rounds to 100; -0.0246 + 50 to 50
      ['200', '130', '5'],
      ['120', '70', '12'],
      ['220', '90', '8'],
      ['140', '110', '5'],
    ]);
    const fill = (c: Element): string | null => effective(doc, c, 'fill');
    expect(circles.map(fill)).toEqual(['#4e79a7', '#f28e2c', '#4e79a7', '#e15759', '#59a14f']);
    expect(circles[2].getAttribute('class')).toBe('keyword selected highlighted');
    expect(effective(doc, circles[2], 'stroke')).toBe('#000000');
    expect(effective(doc, circles[2], 'stroke-width')).toBe('2.5px');
    // rgba alpha goes into the opacity; the fill itself is plain hex for editors without rgba().
    expect(effective(doc, circles[3], 'opacity')).toBe('0.5');
    expect(effective(doc, circles[4], 'opacity')).toBe('0.1');
    expect(effective(doc, circles[0], 'opacity')).toBeNull();
    // Papers have three colours among three: no shared fill, each circle carries its own.
    expect(circles[0].getAttribute('fill')).toBe('#4e79a7');
    expect(circles[1].getAttribute('fill')).toBe('#f28e2c');
  });

  it('keeps edges that cross the view and culls those entirely outside', () => {
    const doc = parse(writeSvg(scene()));
    const lines = byTag(group(doc, 'edges')!, 'line');
    expect(lines).toHaveLength(4);
    expect(lines.map((l) => l.getAttribute('x1'))).toEqual(['100', '120', '100', '-900']);
    // The odd one out states its own stroke inline; the others take the .edge rule.
    expect(lines[0].getAttribute('style')).toBeNull();
    expect(lines[2].getAttribute('style')).toBe('stroke:#358bb6;stroke-width:1.4px;stroke-opacity:0.85');
    const css = byTag(doc, 'style')[0].textContent ?? '';
    expect(css).toContain('.edge{fill:none;stroke-linecap:round;stroke:#8c959f;stroke-width:0.6px;stroke-opacity:0.2}');
  });

  it('keeps labels as escaped, selectable text and drops characters illegal in XML', () => {
    const svg = writeSvg(scene());
    const doc = parse(svg);
    const texts = byTag(group(doc, 'labels')!, 'text');
    expect(texts.map((t) => t.textContent)).toEqual([NASTY, 'control and form feed', 'Cluster & <one>']);
    expect(texts.map((t) => t.getAttribute('class'))).toEqual(['label', 'label', 'cluster-label']);
    expect(byTag(doc, 'img')).toHaveLength(0);
    expect(svg).not.toContain('<img');
    expect(svg).not.toMatch(/[\u0001\u000c]/);
    // Centred on the anchor: x is the anchor, the baseline sits 0.35 em below it.
    expect(texts[0].getAttribute('x')).toBe('120');
    expect(texts[0].getAttribute('y')).toBe(String(Math.round((70 + 11 * 0.35) * 10) / 10));
    const css = byTag(doc, 'style')[0].textContent ?? '';
    expect(css).toMatch(/\.label\{font-family:Inter, Helvetica, Arial, sans-serif;text-anchor:middle;/);
    expect(css).toMatch(/\.cluster-label\{[^}]*font-weight:bold/);
  });

  it('drops lone surrogates and non-characters, keeps astral characters', () => {
    const s = scene();
    s.labels = [label('lone \ud800 surrogate \ufffe and 🧬 kept', 10, 10, 'node')];
    const doc = parse(writeSvg(s));
    expect(byTag(group(doc, 'labels')!, 'text')[0].textContent).toBe('lone  surrogate  and 🧬 kept');
  });

  it('rounds every coordinate to 0.1 with no "-0" and no trailing ".0"', () => {
    const big = syntheticScene(300, 600, 7);
    const svg = writeSvg(big);
    const numbers = [...svg.matchAll(/ (?:x|y|x1|y1|x2|y2|cx|cy|r|width|height)="([^"]*)"/g)].map((m) => m[1]);
    expect(numbers.length).toBeGreaterThan(500);
    for (const value of numbers) {
      expect(value).toMatch(/^-?\d+(\.\d)?$/);
      expect(value).not.toBe('-0');
    }
    expect(svg).not.toMatch(/="-0"/);
  });

  it('is deterministic: the same scene gives the same bytes', () => {
    const a = writeSvg(scene(), { stamp: 'stamp' });
    const b = writeSvg(structuredClone(scene()), { stamp: 'stamp' });
    expect(b).toBe(a);
    const big = syntheticScene(500, 2000, 3);
    expect(writeSvg(big)).toBe(writeSvg(syntheticScene(500, 2000, 3)));
  });

  it('switches the legend and the caption off', () => {
    const full = parse(writeSvg(scene()));
    const legendTexts = byTag(group(full, 'legend')!, 'text').map((t) => t.textContent);
    expect(legendTexts).toEqual(['Graph learning & <GNNs> (12)', 'Proteins "structure" (7)']);
    const swatches = byTag(group(full, 'legend')!, 'circle');
    expect(swatches.map((c) => effective(full, c, 'fill'))).toEqual(['#4e79a7', '#b66035']);
    expect(byTag(group(full, 'caption')!, 'text')[0].textContent).toBe(scene().caption);

    const bare = parse(writeSvg(scene(), { legend: false, caption: false }));
    expect(group(bare, 'legend')).toBeUndefined();
    expect(group(bare, 'caption')).toBeUndefined();
    expect(byTag(bare, 'title')).toHaveLength(0);
    expect(byTag(group(bare, 'nodes')!, 'circle')).toHaveLength(5);
  });

  it('puts the legend in the corner where it hides the fewest labels and nodes, bottom left when that is free', () => {
    const box = (doc: Document) => {
      const rect = byTag(group(doc, 'legend')!, 'rect')[0];
      return { x: Number(rect.getAttribute('x')), y: Number(rect.getAttribute('y')) };
    };
    // The small scene draws its nodes in the middle of the view: bottom left is free.
    const free = scene();
    free.view = { ...free.view, width: 800, height: 600 };
    expect(box(parse(writeSvg(free)))).toEqual({ x: 12, y: expect.any(Number) });
    expect(box(parse(writeSvg(free))).y).toBeGreaterThan(300);
    // A cluster and its name drawn in the bottom left corner (screen 20–140, 500–580): the legend
    // goes to the next free corner, bottom right, and the swatches and names go with it.
    const crowded = scene();
    crowded.view = { width: 800, height: 600, k: 1, x: 0, y: 0 };
    for (let i = 0; i < 12; i++) crowded.nodes.push(node(`q${i}`, 'paper', 20 + 10 * i, 500 + 7 * (i % 4), '#4e79a7'));
    crowded.labels.push({ ...label('bottom-left cluster', 80, 560, 'cluster'), fontSize: 15, bold: true });
    const doc = parse(writeSvg(crowded));
    const moved = box(doc);
    expect(moved.x).toBeGreaterThan(400);
    expect(moved.y).toBeGreaterThan(300);
    const swatch = byTag(group(doc, 'legend')!, 'circle')[0];
    expect(Number(swatch.getAttribute('cx'))).toBeGreaterThan(moved.x);
    expect(Number(byTag(group(doc, 'legend')!, 'text')[0].getAttribute('x'))).toBeGreaterThan(moved.x);
  });

  it('shortens a legend that does not fit the view', () => {
    const s = scene();
    s.view = { ...s.view, height: 120 };
    s.legend = Array.from({ length: 20 }, (_, i) => ({ color: '#4e79a7', label: `cluster ${i}`, size: 20 - i }));
    const texts = byTag(group(parse(writeSvg(s)), 'legend')!, 'text').map((t) => t.textContent);
    expect(texts.length).toBeLessThan(20);
    expect(texts.at(-1)).toBe(`+ ${20 - texts.length + 1} more clusters`);
  });

  it('writes long cluster names in full, wrapping them, with the caption below the legend', () => {
    const names = [
      'quantization · memory footprint · large language models for edge devices',
      'transported masses · mini-batches · network architectures',
      'instruction following · decision-making · design of agents',
    ];
    for (const width of [1600, 400, 260]) {
      const s = scene();
      s.view = { ...s.view, width, height: 400 };
      s.legend = names.map((label, i) => ({ color: '#4e79a7', label, size: 10 - i }));
      const doc = parse(writeSvg(s));
      const texts = byTag(group(doc, 'legend')!, 'text');
      expect(texts.map((t) => t.textContent)).toEqual(names.map((n, i) => `${n} (${10 - i})`));
      // No line is a lone size.
      for (const t of texts) for (const line of byTag(t, 'tspan')) expect(line.textContent).not.toMatch(/^\(\d+\)$/);
      const lines = texts.reduce((sum, t) => sum + 1 + byTag(t, 'tspan').length, 0);
      // A wide view wraps only the name longer than a legend line (64 characters); narrower views
      // wrap more names; the box holds every line.
      if (width === 1600) {
        expect(lines).toBe(4);
        // Broken after a " · ", the size kept with the words before it.
        expect(byTag(texts[0], 'tspan').map((t) => t.textContent)).toEqual(['large language models for edge devices (10)']);
      } else expect(lines).toBeGreaterThan(4);
      const box = byTag(group(doc, 'legend')!, 'rect')[0];
      const boxBottom = Number(box.getAttribute('y')) + Number(box.getAttribute('height'));
      const lastBaseline = Number(texts.at(-1)!.getAttribute('y')) + 18 * byTag(texts.at(-1)!, 'tspan').length;
      expect(lastBaseline).toBeLessThan(boxBottom);
      const caption = byTag(group(doc, 'caption')!, 'text')[0];
      // The caption's text rises about one font size above its baseline: it starts below the box.
      expect(Number(caption.getAttribute('y')) - 12).toBeGreaterThanOrEqual(boxBottom);
      expect(Number(box.getAttribute('width'))).toBeLessThanOrEqual(Math.max(width, 260));
    }
  });

  it('carries the stamp as a comment and as metadata, even with "--" in it', () => {
    const stamp = 'Topic Map 0.1.0 export; corpus a--b.jsonl -';
    const svg = writeSvg(scene(), { stamp });
    const doc = parse(svg);
    expect(byTag(doc, 'metadata')[0].textContent).toBe(stamp);
    const comment = /<!--(.*?)-->/s.exec(svg)?.[1] ?? '';
    expect(comment).toContain('Topic Map 0.1.0 export');
    expect(comment).not.toContain('--');
  });

  it('writes 5,000 nodes and 40,000 edges in time linear in the scene', () => {
    const result = benchWriteSvg(5000, 40000, 1);
    expect(result.bytes).toBeGreaterThan(1_000_000);
    // CPU time, as a ratio to a scene a tenth the size (measured about 20x, GC included; a
    // quadratic writer would be 100x): no wall-clock budget a busy machine could miss.
    const big = syntheticScene(5000, 40000);
    const small = syntheticScene(500, 4000);
    const baseline = cpuTime(() => writeSvg(small));
    expect(cpuTime(() => writeSvg(big))).toBeLessThan(50 * baseline);
  });
});
