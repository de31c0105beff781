/**
 * The arXiv identifier in an abs/pdf link or a bare id, without its version: "2101.00001v2" and
 * "http://arxiv.org/abs/2101.00001v2" -> "2101.00001", "hep-th/9901001v1" -> "hep-th/9901001". The
 * versionless id is what arxiv.org/abs/ links to (the latest version) and what exports share.
 */
export function arxivId(text: string): string | undefined {
  const match = /(?:arxiv\.org\/(?:abs|pdf)\/|arxiv:|^)\s*((?:\d{4}\.\d{4,5})|(?:[a-z][a-z.-]*\/\d{7}))(?:v\d+)?/i.exec(
    text.trim(),
  );
  return match ? match[1] : undefined;
}
