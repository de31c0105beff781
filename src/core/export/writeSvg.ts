import { escapeXml, stripInvalidXmlChars } from './escapeXml';
import { type SvgElement, SvgStyleSheet } from './SvgStyleSheet';
import { legendElements } from './svgLegend';
import { amount, MIDDLE, num, paint, px, SVG_FONT_STACK } from './svgValues';
import { type Scene, type SceneLabel, segmentTouchesBox } from '../scene';

export interface SvgExportOptions {
  /** Cluster colours and names in the top-left corner (default true). */
  legend?: boolean;
  /** One line at the bottom: corpus, counts, active filter (default true). */
  caption?: boolean;
  /** Reproducibility stamp (see exportStamp): written as a comment and as <metadata>. */
  stamp?: string;
  /**
   * Outline labels in the background colour, as the canvas does (default false). It relies on
   * CSS paint-order, which Chromium, Firefox, Inkscape and resvg honour; an editor that ignores
   * it paints the outline over the letters, so it is off unless asked for.
   */
  halo?: boolean;
  /** SVG markup put over the background, under the links (the app's density view, as an <image>). */
  underlay?: string;
}

const CAPTION = { margin: 12, fontSize: 12, opacity: 0.75 };

/**
 * Writes the scene as a standalone SVG 1.1 document: exactly what the canvas shows (same nodes,
 * colours, positions, visible labels, filter and highlight), plus an optional legend and caption.
 * Coordinates are screen pixels of the view (the view transform is applied here, so the file
 * needs no transform and width/height/viewBox equal the view's size), rounded to 0.1. Elements
 * entirely outside the view are left out. Styles shared by most elements of a kind go into CSS
 * classes; an element carries only what differs (its fill, an inline style for the exceptions).
 * Layers are groups (edges, nodes, labels, legend, caption) that Inkscape shows as layers.
 * Pure and deterministic: the same scene and options give the same bytes.
 */
export function writeSvg(scene: Scene, options: SvgExportOptions = {}): string {
  const { width, height, k, x, y } = scene.view;
  // A view that is not finite would put NaN into every coordinate; refuse it in words instead.
  if (![width, height, k, x, y].every(Number.isFinite) || !(k > 0) || !(width > 0) || !(height > 0)) {
    throw new Error(`writeSvg: the view is not usable (width ${width}, height ${height}, k ${k}, x ${x}, y ${y})`);
  }
  const withLegend = options.legend !== false && scene.legend.length > 0;
  const withCaption = options.caption !== false && scene.caption.trim() !== '';
  const sheet = new SvgStyleSheet();

  const edges = edgeElements(scene, sheet);
  const nodes = nodeElements(scene, sheet);
  const labels = labelElements(scene, sheet);
  const legend = withLegend ? legendElements(scene, sheet, withCaption ? CAPTION.fontSize + CAPTION.margin : 0) : [];
  const caption = withCaption ? captionElements(scene, sheet) : [];

  const out: string[] = ['<?xml version="1.0" encoding="UTF-8"?>'];
  if (options.stamp) out.push(`<!-- ${commentText(options.stamp)} -->`);
  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" xmlns:inkscape="http://www.inkscape.org/namespaces/inkscape" version="1.1" width="${num(width)}" height="${num(height)}" viewBox="0 0 ${num(width)} ${num(height)}">`,
  );
  if (withCaption) out.push(`<title>${escapeXml(scene.caption)}</title>`);
  if (options.stamp) out.push(`<metadata>${escapeXml(options.stamp)}</metadata>`);
  out.push('<style>');
  out.push(...sheet.css(options.halo === true ? paint(scene.background).color : null));
  out.push('</style>');
  const background = paint(scene.background);
  if (background.alpha > 0) {
    const opacity = background.alpha < 1 ? ` opacity="${amount(background.alpha)}"` : '';
    out.push(`<rect id="background" width="${num(width)}" height="${num(height)}" fill="${background.color}"${opacity}/>`);
  }
  if (options.underlay) out.push(options.underlay);
  layer(out, 'edges', 'Edges', sheet.render(edges));
  layer(out, 'nodes', 'Nodes', sheet.render(nodes));
  layer(out, 'labels', 'Labels', sheet.render(labels));
  if (withLegend) layer(out, 'legend', 'Legend', sheet.render(legend));
  if (withCaption) layer(out, 'caption', 'Caption', sheet.render(caption));
  out.push('</svg>');
  return `${out.join('\n')}\n`;
}

// ---------------------------------------------------------------------------------------------
// Elements: a tag, a class, geometry, and values for the class's style properties (SvgStyleSheet).

const EDGE_PROPS = ['stroke', 'stroke-width', 'stroke-opacity'];
const NODE_PROPS = ['fill', 'opacity', 'stroke', 'stroke-width', 'stroke-opacity'];
const LABEL_PROPS = ['fill', 'fill-opacity', 'font-size', 'font-weight'];

function edgeElements(scene: Scene, sheet: SvgStyleSheet): SvgElement[] {
  const { view } = scene;
  const list: SvgElement[] = [];
  for (const e of scene.edges) {
    if (!(e.opacity > 0) || !(e.width > 0)) continue;
    let x1 = e.x1 * view.k + view.x;
    let y1 = e.y1 * view.k + view.y;
    let x2 = e.x2 * view.k + view.x;
    let y2 = e.y2 * view.k + view.y;
    // A node too far away for doubles (no validated map has one) cannot be drawn: left out.
    if (!(Number.isFinite(x1) && Number.isFinite(y1) && Number.isFinite(x2) && Number.isFinite(y2))) continue;
    if (!segmentTouchesBox(x1, y1, x2, y2, e.width / 2, view.width, view.height)) continue;
    if (Math.max(Math.abs(x1), Math.abs(y1), Math.abs(x2), Math.abs(y2)) > FAR) {
      // An end so far off screen that rounding would overflow: cut the line where it leaves a
      // box FAR wide, which draws the same picture.
      const dx = x2 - x1;
      const dy = y2 - y1;
      if (!(Number.isFinite(dx) && Number.isFinite(dy))) continue;
      const [t0, t1] = [x1, y1].reduce<[number, number]>(
        (range, start, axis) => clipRange(range, start, axis === 0 ? dx : dy),
        [0, 1],
      );
      if (!(t0 <= t1)) continue;
      [x1, y1, x2, y2] = [x1 + t0 * dx, y1 + t0 * dy, x1 + t1 * dx, y1 + t1 * dy];
    }
    const stroke = paint(e.color);
    const opacity = e.opacity * stroke.alpha;
    if (!(opacity > 0)) continue;
    list.push({
      tag: 'line',
      cls: 'edge',
      attrs: `x1="${num(x1)}" y1="${num(y1)}" x2="${num(x2)}" y2="${num(y2)}"`,
      values: [stroke.color, px(e.width), amount(opacity)],
    });
  }
  sheet.register('edge', EDGE_PROPS, list, [
    ['fill', 'none'],
    ['stroke-linecap', 'round'],
  ]);
  return list;
}

function nodeElements(scene: Scene, sheet: SvgStyleSheet): SvgElement[] {
  const { view } = scene;
  const byKind: Record<'paper' | 'keyword', SvgElement[]> = { paper: [], keyword: [] };
  const list: SvgElement[] = [];
  for (const n of scene.nodes) {
    if (!(n.opacity > 0)) continue;
    const cx = n.x * view.k + view.x;
    const cy = n.y * view.k + view.y;
    const r = n.r * view.k;
    const reach = r + Math.max(0, n.strokeWidth) / 2;
    // Written as "inside" so that NaN (a node no validated map has) counts as outside.
    if (!(cx + reach >= 0 && cx - reach <= view.width && cy + reach >= 0 && cy - reach <= view.height)) continue;
    const fill = paint(n.fill);
    const outline = n.strokeWidth > 0 ? paint(n.stroke) : null;
    const hasStroke = outline !== null && outline.alpha > 0;
    // The fill's own alpha folds into the element's opacity (what Illustrator understands).
    const element: SvgElement = {
      tag: 'circle',
      cls: n.kind,
      attrs: `cx="${num(cx)}" cy="${num(cy)}" r="${num(r)}"`,
      values: [
        fill.color,
        amount(n.opacity * fill.alpha),
        hasStroke ? outline.color : 'none',
        hasStroke ? px(n.strokeWidth) : undefined,
        hasStroke ? amount(outline.alpha) : undefined,
      ],
    };
    if (n.selected || n.highlighted) {
      element.flags = n.selected && n.highlighted ? 'selected highlighted' : n.selected ? 'selected' : 'highlighted';
    }
    byKind[n.kind].push(element);
    list.push(element);
  }
  sheet.register('paper', NODE_PROPS, byKind.paper, []);
  sheet.register('keyword', NODE_PROPS, byKind.keyword, []);
  return list;
}

function labelElements(scene: Scene, sheet: SvgStyleSheet): SvgElement[] {
  const { view } = scene;
  const byKind: Record<SceneLabel['kind'], SvgElement[]> = { node: [], cluster: [] };
  const list: SvgElement[] = [];
  for (const l of scene.labels) {
    if (!(l.opacity > 0) || l.text.trim() === '') continue;
    const x = l.x * view.k + view.x;
    const y = l.y * view.k + view.y;
    // Generous width (0.65 em a character): a label is only dropped when surely off screen.
    const half = (l.fontSize * 0.65 * [...l.text].length) / 2;
    if (!(x + half >= 0 && x - half <= view.width && y + l.fontSize >= 0 && y - l.fontSize <= view.height)) continue;
    const fill = paint(l.color);
    const element: SvgElement = {
      tag: 'text',
      cls: l.kind === 'cluster' ? 'cluster-label' : 'label',
      attrs: `x="${num(x)}" y="${num(y + l.fontSize * MIDDLE)}"`,
      values: [fill.color, amount(l.opacity * fill.alpha), px(l.fontSize), l.bold ? 'bold' : 'normal'],
      text: l.text,
    };
    byKind[l.kind].push(element);
    list.push(element);
  }
  const fixed: Array<[string, string]> = [
    ['font-family', SVG_FONT_STACK],
    ['text-anchor', 'middle'],
  ];
  sheet.register('label', LABEL_PROPS, byKind.node, fixed);
  sheet.register('cluster-label', LABEL_PROPS, byKind.cluster, fixed);
  return list;
}

function captionElements(scene: Scene, sheet: SvgStyleSheet): SvgElement[] {
  const ink = paint(scene.foreground);
  sheet.register(
    'caption',
    [],
    [],
    [
      ['font-family', SVG_FONT_STACK],
      ['font-size', px(CAPTION.fontSize)],
      ['fill', ink.color],
      ['fill-opacity', amount(CAPTION.opacity * ink.alpha)],
    ],
  );
  return [
    {
      tag: 'text',
      cls: 'caption',
      attrs: `x="${num(CAPTION.margin)}" y="${num(scene.view.height - CAPTION.margin)}"`,
      values: [],
      text: scene.caption,
    },
  ];
}

// ---------------------------------------------------------------------------------------------

function layer(out: string[], id: string, label: string, body: string[]): void {
  if (body.length === 0) {
    out.push(`<g id="${id}" inkscape:groupmode="layer" inkscape:label="${label}"/>`);
    return;
  }
  out.push(`<g id="${id}" inkscape:groupmode="layer" inkscape:label="${label}">`);
  // A loop, not push(...body): spreading 100,000+ lines overflows the call stack.
  for (const line of body) out.push(line);
  out.push('</g>');
}

/** Comment text may hold neither "--" nor a final "-"; characters illegal in XML are dropped. */
function commentText(text: string): string {
  const clean = stripInvalidXmlChars(text).replace(/\s+/g, ' ');
  return clean.replace(/-(?=-)/g, '- ').replace(/-$/, '- ');
}

/** Screen coordinates beyond this are cut off (lines) or left out (everything else). */
const FAR = 1e7;

/** The part [t0, t1] of start + t * delta that stays within ±FAR, narrowed from `range`. */
function clipRange(range: [number, number], start: number, delta: number): [number, number] {
  if (delta === 0) return Math.abs(start) <= FAR ? range : [1, 0];
  const a = (-FAR - start) / delta;
  const b = (FAR - start) / delta;
  return [Math.max(range[0], Math.min(a, b)), Math.min(range[1], Math.max(a, b))];
}
