/**
 * What the `?map=` of a link points at, and whether it may be opened without asking. A map's
 * titles and abstracts are shown under this app's own address, so a link to a map made by someone
 * else could show their words ("your session expired: log in at …") as if they were the app's.
 * Maps from this origin open at once; a map from another site, or one carried in the link itself
 * (a `data:` URL), waits for the user to see where it comes from and agree.
 */
export type MapUrlCheck =
  | { kind: 'same-origin'; url: string }
  | { kind: 'other-origin'; url: string; origin: string }
  | { kind: 'data'; url: string; text: string }
  | { kind: 'refused'; url: string; reason: string };

/** `value` as given in the link, resolved against `base` (the page's address). */
export function checkMapUrl(value: string, base: string): MapUrlCheck {
  let url: URL;
  try {
    url = new URL(value, base);
  } catch {
    return { kind: 'refused', url: value, reason: 'it is not a valid address' };
  }
  if (url.protocol === 'data:') return dataMap(value);
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    return {
      kind: 'refused',
      url: value,
      reason: `addresses starting with "${url.protocol}" are not opened; use http(s) or a data: URL`,
    };
  }
  // Same origin: keep the link's own (possibly relative) form, which the prefetch also requested.
  if (url.origin === new URL(base).origin) return { kind: 'same-origin', url: value };
  return { kind: 'other-origin', url: url.href, origin: url.origin };
}

/**
 * Decodes a `data:` URL here rather than fetching it, so the page's Content-Security-Policy need
 * not allow `connect-src data:`. RFC 2397: `data:[<media type>][;base64],<data>`.
 */
function dataMap(value: string): MapUrlCheck {
  // The URL parser said the scheme is data:, so the trimmed value starts with it (in any case).
  const link = value.trim();
  const comma = link.indexOf(',');
  if (comma < 0) return { kind: 'refused', url: value, reason: 'the data: URL has no comma before its data' };
  const header = link.slice('data:'.length, comma);
  const payload = link.slice(comma + 1);
  try {
    if (/;base64$/i.test(header)) {
      const binary = atob(decodeURIComponent(payload).replace(/\s+/g, ''));
      const bytes = Uint8Array.from(binary, (ch) => ch.charCodeAt(0));
      return { kind: 'data', url: value, text: new TextDecoder('utf-8').decode(bytes) };
    }
    // A '%' that starts no escape stands for itself (JSON text may say "50%").
    return { kind: 'data', url: value, text: decodeURIComponent(payload.replace(/%(?![0-9a-f]{2})/gi, '%25')) };
  } catch {
    return { kind: 'refused', url: value, reason: 'the data: URL cannot be decoded' };
  }
}
