import { escapeXml } from '../export';
import { THEMES, type ThemeName, clusterColor, yearColor } from '../style';
import { QUADRANT_NAMES, type ThematicMap } from './computeThematicMap';

export interface ThematicSvgOptions {
  width: number;
  height: number;
  theme: ThemeName;
  /** A line in <metadata> saying what made the file (the export stamp); none when empty. */
  stamp?: string;
  /**
   * Colour the bubbles by their cluster's mean year, on the map's year overlay scale (yearColor)
   * stretched from the oldest cluster to the newest, with a colour bar under the chart naming
   * those years; clusters without dated papers are grey.
   */
  colorByYear?: boolean;
}

export const THEMATIC_SVG_DEFAULTS: Readonly<ThematicSvgOptions> = { width: 400, height: 400, theme: 'light' };

const MARGIN = { left: 30, right: 8, top: 8, bottom: 30 };
const MIN_RADIUS = 6;
const MAX_RADIUS = 26;
/** Longest label drawn, in characters; the full label is in the bubble's tooltip. */
const LABEL_CHARS = 30;
/** The mean-year colour bar, in a row of its own under the chart: height of the row, size of the bar. */
const YEAR_BAR = { row: 26, width: 140, height: 8, stops: 9 };

/**
 * The thematic map as standalone SVG: the app shows exactly this markup and "Export SVG" saves
 * it, so the file is what was on screen. Bubbles carry `data-cluster` (the app selects the
 * cluster on click) and are focusable buttons for the keyboard.
 */
export function writeThematicMapSvg(thematic: ThematicMap, options: Partial<ThematicSvgOptions> = {}): string {
  const { width, height, theme, stamp, colorByYear } = { ...THEMATIC_SVG_DEFAULTS, ...options };
  const colors = THEMES[theme];
  const n = thematic.themes.length;
  const plotW = width - MARGIN.left - MARGIN.right;
  const plotH = height - MARGIN.top - MARGIN.bottom;
  // Ranks 1..n fill the frame inset by the largest radius, so no bubble crosses the frame.
  const span = Math.max(1, n - 1);
  const inset = MAX_RADIUS + 4;
  const sx = (r: number): number => MARGIN.left + inset + ((r - 1) / span) * (plotW - 2 * inset);
  const sy = (r: number): number => MARGIN.top + plotH - inset - ((r - 1) / span) * (plotH - 2 * inset);
  const maxPapers = Math.max(1, ...thematic.themes.map((t) => t.papers));
  const radius = (papers: number): number => MIN_RADIUS + (MAX_RADIUS - MIN_RADIUS) * Math.sqrt(papers / maxPapers);
  const years = thematic.themes.flatMap((t) => (t.meanYear === null ? [] : [t.meanYear]));
  const y0 = Math.min(...years);
  const y1 = Math.max(...years);
  const byYear = colorByYear === true && years.length > 0;
  const at = (meanYear: number): number => (y1 > y0 ? (meanYear - y0) / (y1 - y0) : 0.5);
  const fill = (cluster: number, meanYear: number | null): string => {
    if (!byYear) return clusterColor(cluster, theme);
    if (meanYear === null) return colors.unclustered;
    return yearColor(at(meanYear), theme);
  };
  const f = (v: number): string => String(Math.round(v * 10) / 10);
  const mx = sx(thematic.centralityMid);
  const my = sy(thematic.densityMid);
  const total = byYear ? height + YEAR_BAR.row : height;
  const out: string[] = [];
  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${total}" viewBox="0 0 ${width} ${total}" font-family="system-ui, sans-serif" role="img" aria-label="Thematic map">`,
  );
  if (stamp) out.push(`<metadata>${escapeXml(stamp)}</metadata>`);
  // Styles as attributes, not a <style> element: the app shows this markup in a page whose
  // Content-Security-Policy (style-src 'self') drops inline style sheets, and the text then lost
  // its size and colours (black on the dark theme). The app's hover and focus rings are in its CSS.
  const q = `font-size="11" fill="${colors.muted}" font-style="italic"`;
  const axis = `class="axis" font-size="11" fill="${colors.muted}"`;
  const labelStyle = `font-size="11" fill="${colors.foreground}" paint-order="stroke" stroke="${colors.halo}" stroke-width="3" stroke-linejoin="round"`;
  out.push(`<rect width="${width}" height="${total}" fill="${colors.background}"/>`);
  out.push(`<g id="frame" fill="none" stroke="${colors.edge}">`);
  out.push(`<rect x="${MARGIN.left}" y="${MARGIN.top}" width="${plotW}" height="${plotH}" stroke-opacity=".6"/>`);
  out.push(`<line x1="${f(mx)}" y1="${MARGIN.top}" x2="${f(mx)}" y2="${MARGIN.top + plotH}" stroke-dasharray="4 4"/>`);
  out.push(`<line x1="${MARGIN.left}" y1="${f(my)}" x2="${MARGIN.left + plotW}" y2="${f(my)}" stroke-dasharray="4 4"/>`);
  out.push('</g>');
  const l = MARGIN.left + 8;
  const r = MARGIN.left + plotW - 8;
  const t = MARGIN.top + 18;
  const b = MARGIN.top + plotH - 8;
  out.push('<g id="quadrants">');
  out.push(`<text class="q" ${q} x="${r}" y="${t}" text-anchor="end">${QUADRANT_NAMES.motor}</text>`);
  out.push(`<text class="q" ${q} x="${l}" y="${t}">${QUADRANT_NAMES.niche}</text>`);
  out.push(`<text class="q" ${q} x="${r}" y="${b}" text-anchor="end">${QUADRANT_NAMES.basic}</text>`);
  out.push(`<text class="q" ${q} x="${l}" y="${b}">${QUADRANT_NAMES.emerging}</text>`);
  out.push('</g>');
  out.push('<g id="axes">');
  out.push(
    `<text ${axis} x="${MARGIN.left + plotW / 2}" y="${height - 10}" text-anchor="middle">Relevance degree (centrality rank) →</text>`,
  );
  const ay = MARGIN.top + plotH / 2;
  out.push(
    `<text ${axis} x="18" y="${ay}" text-anchor="middle" transform="rotate(-90 18 ${ay})">Development degree (density rank) →</text>`,
  );
  out.push('</g>');
  // Largest first, so small bubbles stay on top and clickable.
  const drawn = [...thematic.themes].sort((a, c) => c.papers - a.papers || a.cluster - c.cluster);
  out.push('<g id="themes">');
  for (const theme_ of drawn) {
    const cx = sx(theme_.centralityRank);
    const cy = sy(theme_.densityRank);
    const rad = radius(theme_.papers);
    const name = `${theme_.label}: ${QUADRANT_NAMES[theme_.quadrant].replace(/themes$/, 'theme').toLowerCase()}, ${theme_.papers} papers`;
    out.push(
      `<g class="bubble" data-cluster="${theme_.cluster}" tabindex="0" role="button" aria-label="${escapeXml(name)}">` +
        `<title>${escapeXml(`${theme_.label}\ncentrality ${theme_.centrality.toPrecision(3)}, density ${theme_.density.toPrecision(3)}, ${theme_.papers} papers${theme_.meanYear === null ? '' : `, mean year ${theme_.meanYear.toFixed(1)}`}`)}</title>` +
        `<circle cx="${f(cx)}" cy="${f(cy)}" r="${f(rad)}" fill="${fill(theme_.cluster, theme_.meanYear)}" fill-opacity=".55" stroke="${fill(theme_.cluster, theme_.meanYear)}"/>` +
        '</g>',
    );
  }
  out.push('</g>');
  // Labels after every bubble so no bubble covers a label; pointer events pass to the bubble.
  out.push('<g id="labels" pointer-events="none">');
  for (const theme_ of drawn) {
    const cx = sx(theme_.centralityRank);
    const cy = sy(theme_.densityRank);
    const label = theme_.label.length > LABEL_CHARS ? `${theme_.label.slice(0, LABEL_CHARS - 1)}…` : theme_.label;
    const anchor = cx > MARGIN.left + plotW * 0.75 ? 'end' : cx < MARGIN.left + plotW * 0.25 ? 'start' : 'middle';
    out.push(
      `<text class="label" ${labelStyle} x="${f(cx)}" y="${f(cy + 4)}" text-anchor="${anchor}">${escapeXml(label)}</text>`,
    );
  }
  out.push('</g>');
  if (byYear) {
    // Under the chart: "mean year", the first year, the bar, the last year.
    const { width: barW, height: barH, stops } = YEAR_BAR;
    const barX = (width - barW) / 2;
    const barY = height + 2;
    const ramp = Array.from(
      { length: stops },
      (_, i) => `<stop offset="${f((100 * i) / (stops - 1))}%" stop-color="${yearColor(i / (stops - 1), theme)}"/>`,
    ).join('');
    out.push(`<g id="year-legend" aria-label="Colour: mean year, ${f(y0)} to ${f(y1)}">`);
    out.push(`<defs><linearGradient id="thematic-years">${ramp}</linearGradient></defs>`);
    out.push(`<text ${axis} x="${f(barX - 4)}" y="${f(barY + barH)}" text-anchor="end">mean year ${f(y0)}</text>`);
    out.push(`<rect x="${f(barX)}" y="${f(barY)}" width="${barW}" height="${barH}" rx="2" fill="url(#thematic-years)"/>`);
    out.push(`<text ${axis} x="${f(barX + barW + 4)}" y="${f(barY + barH)}">${f(y1)}</text>`);
    out.push('</g>');
  }
  out.push('</svg>');
  return `${out.join('\n')}\n`;
}
