/** A resolvable link for a DOI written bare ("10.1/x"), as "doi:10.1/x" or already as a doi.org URL. */
export function doiUrl(doi: string): string | undefined {
  const bare = doi.trim().replace(/^(?:https?:\/\/(?:dx\.)?doi\.org\/|doi:\s*)/i, '');
  return bare === '' ? undefined : `https://doi.org/${bare}`;
}
