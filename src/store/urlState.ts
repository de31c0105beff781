import type { DensityMode } from '../core/analysis';
import type { FilterMode, MapIndex, MapSelection, YearRange } from '../core/query';
import { type ColorBy, isValidView } from '../core/scene';
import type { ViewTransform } from './mapStoreState';

/**
 * What the address bar holds, so a link reopens the same view:
 * `?map=URL&select=p:ID&kw=a,b&mode=any&hide=1&years=1960-1969&view=x,y,k&color=year&density=heat`.
 * Keyword ids are written without their "k:" prefix to keep links short and readable.
 */
export interface UrlState {
  map: string | null;
  /** `p:<paper id>`, `k:<keyword key>` or `c:<cluster id>`, resolved against a map later. */
  select: string | null;
  kw: string[];
  mode: FilterMode;
  hide: boolean;
  view: ViewTransform | null;
  /** The time filter's years (inclusive); absent for all years. */
  years?: YearRange;
  /** Node colours: by year, or (absent, the default) by cluster. */
  color?: ColorBy;
  /** The density view: `density=heat` or `cluster`, `,keywords` for keyword weight; absent when off. */
  density?: DensityMode;
}

const KNOWN = new Set(['map', 'select', 'kw', 'mode', 'hide', 'view', 'color', 'years', 'density']);

function decode(value: string): string {
  try {
    return decodeURIComponent(value.replace(/\+/g, ' '));
  } catch {
    return value;
  }
}

function encode(value: string): string {
  // Keep ':' and '/' readable; they are safe in a query value.
  return encodeURIComponent(value).replace(/%3A/gi, ':').replace(/%2F/gi, '/').replace(/%20/g, '+');
}

export function parseUrlState(search: string): UrlState {
  const raw = new Map<string, string>();
  for (const part of search.replace(/^\?/, '').split('&')) {
    if (!part) continue;
    const eq = part.indexOf('=');
    const key = decode(eq < 0 ? part : part.slice(0, eq));
    if (!raw.has(key)) raw.set(key, eq < 0 ? '' : part.slice(eq + 1));
  }
  const get = (key: string): string | null => (raw.has(key) ? decode(raw.get(key) ?? '') : null);
  const kwRaw = raw.get('kw') ?? '';
  // Number('') is 0, so empty parts are refused before converting; a view out of VIEW_LIMITS
  // (`view=1e308,0,1`) is dropped like a malformed one and the map opens fitted.
  const viewText = (get('view') ?? '').split(',');
  const viewParts = viewText.map((part) => (part.trim() === '' ? NaN : Number(part)));
  const candidate = viewParts.length === 3 ? { x: viewParts[0], y: viewParts[1], k: viewParts[2] } : null;
  const view = candidate && isValidView(candidate) ? candidate : null;
  return {
    map: get('map') || null,
    select: get('select') || null,
    // Split before decoding: a comma inside a key arrives as %2C.
    kw: kwRaw ? kwRaw.split(',').map(decode).filter(Boolean) : [],
    mode: get('mode') === 'any' ? 'any' : 'all',
    hide: get('hide') === '1',
    view,
    ...yearsOf(get('years')),
    ...(get('color') === 'year' ? { color: 'year' as const } : {}),
    ...densityOf(get('density')),
  };
}

/** The query string for `state`, keeping parameters this app does not own from `previous`. */
export function formatUrlState(state: UrlState, previous = ''): string {
  const parts: string[] = [];
  for (const part of previous.replace(/^\?/, '').split('&')) {
    if (!part) continue;
    const eq = part.indexOf('=');
    const key = decode(eq < 0 ? part : part.slice(0, eq));
    if (!KNOWN.has(key)) parts.push(part);
  }
  if (state.map) parts.push(`map=${encode(state.map)}`);
  if (state.select) parts.push(`select=${encode(state.select)}`);
  if (state.kw.length > 0)
    parts.push(
      `kw=${state.kw
        .map(encode)
        .map((k) => k.replace(/,/g, '%2C'))
        .join(',')}`,
    );
  if (state.kw.length > 0 && state.mode === 'any') parts.push('mode=any');
  if (state.years) parts.push(`years=${state.years.from}-${state.years.to}`);
  if ((state.kw.length > 0 || state.years) && state.hide) parts.push('hide=1');
  if (state.view) {
    const { x, y, k } = state.view;
    // k by significant digits: a map spread over millions of units fits at k = 0.00006, which a
    // fixed 4 decimals would write as 0.0001 (or 0, which the reader refuses).
    parts.push(`view=${round(x, 1)},${round(y, 1)},${Number(k.toPrecision(5))}`);
  }
  if (state.color === 'year') parts.push('color=year');
  if (state.density) {
    const { coloring, weight } = state.density;
    parts.push(`density=${coloring}${weight === 'keywords' ? ',keywords' : ''}`);
  }
  return parts.length > 0 ? `?${parts.join('&')}` : '';
}

/** `years=1960-1969` (or one year, `1965-1965`); anything else is dropped like a stale link. */
function yearsOf(text: string | null): { years?: YearRange } {
  const match = /^(\d{1,4})-(\d{1,4})$/.exec(text ?? '');
  if (!match) return {};
  const from = Number(match[1]);
  const to = Number(match[2]);
  return from <= to ? { years: { from, to } } : {};
}

/** `density=heat`, `cluster`, either with `,keywords`; anything else is dropped like a stale link. */
function densityOf(text: string | null): { density?: DensityMode } {
  const match = /^(heat|cluster)(,keywords)?$/.exec(text ?? '');
  if (!match) return {};
  return { density: { coloring: match[1] === 'cluster' ? 'cluster' : 'heat', weight: match[2] ? 'keywords' : 'papers' } };
}

function round(value: number, digits: number): string {
  return String(Number(value.toFixed(digits)));
}

/** The URL token of a selection. */
export function selectionToken(selection: MapSelection | null): string | null {
  if (selection === null) return null;
  if (selection.kind === 'paper') return `p:${selection.id}`;
  if (selection.kind === 'cluster') return `c:${selection.id}`;
  return selection.id.startsWith('k:') ? selection.id : `k:${selection.id}`;
}

/** The selection a URL token names on this map, or null when the map has no such thing. */
export function resolveSelection(token: string | null, index: MapIndex): MapSelection | null {
  if (!token) return null;
  if (token.startsWith('p:')) {
    const id = token.slice(2);
    return index.paperById.has(id) ? { kind: 'paper', id } : null;
  }
  if (token.startsWith('c:')) {
    const id = Number(token.slice(2));
    return Number.isInteger(id) && index.clusterById.has(id) ? { kind: 'cluster', id } : null;
  }
  const id = resolveKeyword(token, index);
  return id === null ? null : { kind: 'keyword', id };
}

/** A keyword id from its URL form (with or without the "k:" prefix). */
export function resolveKeyword(token: string, index: MapIndex): string | null {
  if (index.keywordById.has(token)) return token;
  if (index.keywordById.has(`k:${token}`)) return `k:${token}`;
  if (token.startsWith('k:') && index.keywordById.has(token.slice(2))) return token.slice(2);
  return null;
}

/** The URL form of a keyword id. */
export function keywordToken(id: string): string {
  return id.startsWith('k:') ? id.slice(2) : id;
}
