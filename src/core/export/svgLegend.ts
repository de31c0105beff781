import { escapeXml } from './escapeXml';
import type { SvgElement, SvgStyleSheet } from './SvgStyleSheet';
import { amount, MIDDLE, num, paint, px, SVG_FONT_STACK } from './svgValues';
import type { Scene } from '../scene';

const LEGEND = { margin: 12, pad: 8, row: 18, fontSize: 12, swatch: 5, maxChars: 64 };
/** Width of an average character of the legend's font, in em (generous, so the box holds the text). */
const CHAR_EM = 0.58;

/**
 * The legend: one swatch and name per cluster, in the corner where it covers the least of the map
 * (bottom left, above the caption with `captionSpace` px kept free for it, unless another corner
 * covers fewer labels and nodes), cut to "+ N more clusters" when the view is too short.
 */
export function legendElements(scene: Scene, sheet: SvgStyleSheet, captionSpace: number): SvgElement[] {
  const { margin, pad, row, fontSize, swatch, maxChars } = LEGEND;
  // The text's offset from the box's left edge; the box's own place is chosen below.
  const textInset = pad + 2 * swatch + 6;
  const textX0 = margin + textInset;
  // Names are written in full (a figure's reader needs them): the legend widens up to maxChars or
  // the view's width, and a longer name wraps onto more lines.
  const roomChars = Math.floor((scene.view.width - textX0 - margin - pad) / (fontSize * CHAR_EM));
  const lineChars = Math.max(16, Math.min(maxChars, roomChars));
  const room = scene.view.height - 2 * margin - 2 * pad - captionSpace;
  const fits = Math.max(1, Math.floor(room / row));
  let entries = scene.legend.map((e) => ({
    color: e.color,
    lines: wrapEntry(e.label, e.size, lineChars),
  }));
  if (entries.reduce((sum, e) => sum + e.lines.length, 0) > fits) {
    // Keep whole entries that leave a line for "+ N more clusters".
    let lines = 0;
    let keep = 0;
    while (keep < entries.length && lines + entries[keep].lines.length <= fits - 1) lines += entries[keep++].lines.length;
    const more = entries.length - keep;
    entries = entries.slice(0, keep);
    entries.push({ color: '', lines: [`+ ${more} more clusters`] });
  }
  const lineCount = entries.reduce((sum, e) => sum + e.lines.length, 0);
  const longest = Math.max(...entries.flatMap((e) => e.lines.map((l) => [...l.trimEnd()].length)));
  const boxWidth = textInset + longest * fontSize * CHAR_EM + pad;
  const boxHeight = lineCount * row + 2 * pad - (row - fontSize);
  const { left, top } = legendCorner(scene, boxWidth, boxHeight, captionSpace);
  const textX = left + textInset;
  const box = paint(scene.background);
  const edge = paint(scene.foreground);
  const list: SvgElement[] = [
    {
      tag: 'rect',
      cls: 'legend-box',
      attrs: `x="${num(left)}" y="${num(top)}" width="${num(boxWidth)}" height="${num(boxHeight)}" rx="4"`,
      values: [],
    },
  ];
  sheet.register(
    'legend-box',
    [],
    [],
    [
      ['fill', box.color],
      ['fill-opacity', amount(0.9 * box.alpha)],
      ['stroke', edge.color],
      ['stroke-opacity', amount(0.2 * edge.alpha)],
      ['stroke-width', '1px'],
    ],
  );
  const swatches: SvgElement[] = [];
  let line = 0;
  for (const entry of entries) {
    const cy = top + pad + fontSize / 2 + line * row;
    line += entry.lines.length;
    if (entry.color !== '') {
      const fill = paint(entry.color);
      const element: SvgElement = {
        tag: 'circle',
        cls: 'legend-swatch',
        attrs: `cx="${num(left + pad + swatch)}" cy="${num(cy)}" r="${swatch}"`,
        values: [fill.color, amount(fill.alpha)],
      };
      swatches.push(element);
      list.push(element);
    }
    list.push({
      tag: 'text',
      cls: 'legend-text',
      attrs: `x="${num(textX)}" y="${num(cy + fontSize * MIDDLE)}"`,
      values: [],
      text: entry.lines[0],
      // One <text> per entry, its lines as <tspan>s: the name stays one string for readers and editors.
      more: entry.lines.slice(1).map((l) => `<tspan x="${num(textX)}" dy="${row}">${escapeXml(l)}</tspan>`),
    });
  }
  const ink = paint(scene.foreground);
  sheet.register('legend-swatch', ['fill', 'opacity'], swatches, []);
  sheet.register(
    'legend-text',
    [],
    [],
    [
      ['font-family', SVG_FONT_STACK],
      ['font-size', px(fontSize)],
      ['fill', ink.color],
      ...(ink.alpha < 1 ? ([['fill-opacity', amount(ink.alpha)]] as Array<[string, string]>) : []),
    ],
  );
  return list;
}

/**
 * Where the legend box goes: the corner of the view where it covers the fewest labels (each counts
 * as LABEL_COST nodes) and nodes, in the order bottom left (where the app keeps its legend, above
 * the caption), bottom right, top left, top right. Always bottom left, a full legend of a figure
 * hid the labels and nodes of the cluster drawn there.
 */
function legendCorner(scene: Scene, width: number, height: number, captionSpace: number): { left: number; top: number } {
  const { margin } = LEGEND;
  const { view } = scene;
  const bottom = Math.max(margin, view.height - margin - height - captionSpace);
  const right = Math.max(margin, view.width - margin - width);
  const corners = [
    { left: margin, top: bottom },
    { left: right, top: bottom },
    { left: margin, top: margin },
    { left: right, top: margin },
  ];
  const cost = (c: { left: number; top: number }): number => {
    const x1 = c.left + width;
    const y1 = c.top + height;
    let covered = 0;
    for (const node of scene.nodes) {
      if (node.opacity <= 0) continue;
      const x = node.x * view.k + view.x;
      const y = node.y * view.k + view.y;
      const r = node.r * view.k;
      if (x + r > c.left && x - r < x1 && y + r > c.top && y - r < y1) covered++;
    }
    for (const label of scene.labels) {
      if (label.opacity <= 0) continue;
      const x = label.x * view.k + view.x;
      const y = label.y * view.k + view.y;
      const half = ([...label.text].length * label.fontSize * CHAR_EM) / 2;
      if (x + half > c.left && x - half < x1 && y + label.fontSize > c.top && y - label.fontSize < y1) covered += LABEL_COST;
    }
    return covered;
  };
  let best = corners[0];
  let least = cost(best);
  for (const corner of corners.slice(1)) {
    const c = cost(corner);
    if (c < least) {
      best = corner;
      least = c;
    }
  }
  return best;
}
/** A label hidden costs the reader more than a node: it is what names the map's parts. */
const LABEL_COST = 3;

/**
 * A legend entry ("a · b · c (12)") in lines of at most `max` characters: broken after a " · "
 * where it can, else at a space (a word longer than a line gets one of its own); the size stays
 * with the word before it. Every line but the last keeps its trailing space, so the lines joined
 * give the text back.
 */
function wrapEntry(label: string, size: number, max: number): string[] {
  const parts = label.replace(/\s+/g, ' ').trim().split(' · ');
  const pieces = parts.map((part, i) => (i < parts.length - 1 ? `${part} · ` : `${part} (${size})`));
  const width = (text: string) => [...text.trimEnd()].length;
  const lines: string[] = [];
  let current = '';
  for (const piece of pieces) {
    if (width(current + piece) <= max) {
      current += piece;
      continue;
    }
    if (current !== '') lines.push(current);
    current = '';
    // A name part too long for a line: at spaces, the size glued to the last word.
    const words = piece.split(/(?<= )/);
    if (words.length > 1 && /^\(\d+\)$/.test(words[words.length - 1])) words.splice(-2, 2, words.slice(-2).join(''));
    for (const word of words) {
      if (current !== '' && width(current + word) > max) {
        lines.push(current);
        current = '';
      }
      current += word;
    }
  }
  lines.push(current);
  return lines;
}
