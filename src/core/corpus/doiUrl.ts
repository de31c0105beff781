/** A resolvable link for a DOI written bare ("10.1/x"), as "doi:10.1/x" or already as a doi.org URL. */
export function doiUrl(doi: string): string | undefined {
  const bare = doi.trim().replace(/^(?:https?:\/\/(?:dx\.)?doi\.org\/|doi:\s*)/i, '');
  return bare === '' ? undefined : `https://doi.org/${bare}`;
}

/**
 * The DOI a doi.org link resolves ("https://doi.org/10.1/x", "http://dx.doi.org/10.1/x", its "/"
 * written "%2F" or not), or undefined for any other link.
 */
export function doiOfUrl(url: string): string | undefined {
  const match = /^https?:\/\/(?:dx\.)?doi\.org\/(10\.\d{4,9}(?:\/|%2F)\S+)$/i.exec(url.trim());
  if (!match) return undefined;
  try {
    return decodeURIComponent(match[1]);
  } catch {
    return match[1];
  }
}
