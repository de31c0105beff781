import { clusterColor, parseColor } from '../style';
import type { MapFile } from '../map';
import { safeUrl } from '../util';
import { clusterNumber } from './clusterNumber';

export interface VosviewerExportOptions {
  /** Reproducibility stamp (see exportStamp), written as info.description. */
  stamp?: string;
  /**
   * Also write papers as items, linked to their keywords (default false: a term co-occurrence
   * map, what VOSviewer users know; thousands of paper titles would bury the terms).
   */
  papers?: boolean;
}

export interface VosviewerItem {
  id: number;
  label: string;
  description: string;
  url?: string;
  x: number;
  y: number;
  cluster: number;
  weights: Record<string, number>;
}

export interface VosviewerLink {
  source_id: number;
  target_id: number;
  strength: number;
}

export interface VosviewerJson {
  config: { terminology: Record<string, string> };
  info: { title: string; description: string };
  network: {
    items: VosviewerItem[];
    links: VosviewerLink[];
    clusters: Array<{ cluster: number; label: string; color: string }>;
  };
}

/**
 * Builds a VOSviewer JSON network (the format VOSviewer Online and VOSviewer 1.6.16+ open):
 * keywords as items, co-occurrence counts as link strengths, clusters numbered as in every
 * export (clusterNumber: the id + 1; VOSviewer wants integers 1–1000), with their names and our
 * colours. Item ids are integers from 1 (VOSviewer treats 0 as a missing id). Every item
 * has the same weight keys, as VOSviewer requires. Y is flipped: VOSviewer's axis points up.
 * VOSviewer Online draws item and cluster labels as plain text (on its canvas and in its info
 * panel), so they are written as they are; it reads descriptions and the info title as HTML
 * (DOMPurify), so those are escaped (a title "R&D <lab>" shows as such, and cannot inject
 * markup). It makes an item's url a link: only http(s) ones are written. Returns the JSON text.
 */
export function writeVosviewer(map: MapFile, options: VosviewerExportOptions = {}): string {
  return `${JSON.stringify(buildVosviewerJson(map, options), null, 2)}\n`;
}

/** The VOSviewer JSON document as an object (writeVosviewer serialises it). */
function buildVosviewerJson(map: MapFile, options: VosviewerExportOptions = {}): VosviewerJson {
  const clusterLabel = new Map(map.clusters.map((c) => [c.id, c.label]));
  const items: VosviewerItem[] = [];
  const keywordNumber = new Map<string, number>();
  for (const k of map.keywords) {
    const id = items.length + 1;
    keywordNumber.set(k.id, id);
    items.push({
      id,
      label: k.term,
      description: `<b>${html(k.term)}</b><br>${html(clusterLabel.get(k.cluster) ?? '')}<br>${k.papers} ${k.papers === 1 ? 'paper' : 'papers'}`,
      x: k.x,
      y: -k.y,
      cluster: clusterNumber(k.cluster),
      weights: { Papers: k.papers },
    });
  }
  const links: VosviewerLink[] = [];
  for (const co of map.cooccurrences) {
    const source = keywordNumber.get(co.source);
    const target = keywordNumber.get(co.target);
    if (source !== undefined && target !== undefined) links.push({ source_id: source, target_id: target, strength: co.count });
  }
  if (options.papers === true) {
    const paperNumber = new Map<string, number>();
    for (const p of map.papers) {
      const id = items.length + 1;
      paperNumber.set(p.id, id);
      const byline = [p.authors && p.authors.length > 0 ? p.authors.join(', ') : '', p.year === undefined ? '' : String(p.year)]
        .filter((s) => s !== '')
        .join(', ');
      const item: VosviewerItem = {
        id,
        label: p.title,
        description: `<b>${html(p.title)}</b>${byline ? `<br>${html(byline)}` : ''}<br>${html(p.keywords.map((k) => k.term).join('; '))}`,
        x: p.x,
        y: -p.y,
        cluster: clusterNumber(p.cluster),
        weights: { Papers: 1 },
      };
      const url = safeUrl(p.url);
      if (url) item.url = url;
      items.push(item);
    }
    for (const link of map.links) {
      const source = paperNumber.get(link.paper);
      const target = keywordNumber.get(link.keyword);
      if (source !== undefined && target !== undefined)
        links.push({ source_id: source, target_id: target, strength: link.weight });
    }
  }
  return {
    config: {
      terminology:
        options.papers === true
          ? {
              item: 'Node',
              items: 'Nodes',
              link: 'Link',
              links: 'Links',
              link_strength: 'Strength',
              total_link_strength: 'Total strength',
            }
          : {
              item: 'Keyword',
              items: 'Keywords',
              link: 'Co-occurrence link',
              links: 'Co-occurrence links',
              link_strength: 'Co-occurrences',
              total_link_strength: 'Total co-occurrences',
            },
    },
    info: { title: html(`Topic map of ${map.meta.source}`), description: html(options.stamp ?? '') },
    network: {
      items,
      links,
      clusters: map.clusters.map((c) => ({
        cluster: clusterNumber(c.id),
        label: c.label,
        color: hex(clusterColor(c.id, 'light')),
      })),
    },
  };
}

function html(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
}

function hex(color: string): string {
  const rgb = parseColor(color);
  return rgb === null ? color : `#${[rgb.r, rgb.g, rgb.b].map((c) => c.toString(16).padStart(2, '0')).join('')}`;
}
