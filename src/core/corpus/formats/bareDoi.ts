/**
 * A DOI without the resolver or "doi:" prefix ("https://doi.org/10.1/X" -> "10.1/X"), or undefined
 * when the text holds none. Exports write it every way; the bare form is what deduplication
 * compares (lowercased) and what the app links through doi.org.
 */
export function bareDoi(text: unknown): string | undefined {
  if (typeof text !== 'string') return undefined;
  const match = /10\.\d{4,9}\/\S+/.exec(text.trim());
  return match ? match[0].replace(/[.,;]+$/, '') : undefined;
}
