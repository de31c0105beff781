/**
 * Author keywords as extra key-phrase evidence (issue 13). When the keyword weight
 * `authorKeywords` is above 0, each keyword a paper's export gives (Paper.authorKeywords: the
 * authors' own and the source's index terms, as the readers keep them) is read by
 * computeKeywords as one more piece of title text, that many times: its noun phrases become
 * candidate occurrences of the paper with the title's boost, in the same vocabulary as the
 * abstract's phrases. On by default (weight 1): on CACM it made the map's vocabulary match held-out
 * author keywords better (README, "Author keywords as evidence").
 */

/** Longer "keywords" are sentences or lists run together (some exports), not key phrases. */
const MAX_WORDS = 6;

/**
 * A keyword as a phrase. Thesauri index terms (MeSH, Emtree, library subject headings) put the
 * head first: "Colitis, Ulcerative" is read "Ulcerative Colitis", "Administration, Oral" "Oral
 * Administration" (split at the comma they were "colitis" and a lone adjective). MeSH's "as Topic"
 * marks a heading as the subject ("Meta-Analysis as Topic"): the heading alone is the phrase.
 */
export function keywordPhrase(keyword: string): string {
  const text = keyword.trim().replace(/\s+as Topic$/, '');
  const comma = text.indexOf(', ');
  if (comma <= 0 || text.indexOf(',', comma + 1) !== -1) return text;
  const modifier = text.slice(comma + 2);
  // An inverted heading's modifier is a few words: "Inbred BALB C", "Chinese Traditional".
  if (modifier === '' || modifier.split(' ').length > 3) return text;
  return `${modifier} ${text.slice(0, comma)}`;
}

/** The keywords of a paper to read as evidence: trimmed, at most MAX_WORDS words, each once. */
export function authorKeywordTexts(doc: { authorKeywords?: readonly string[] }): string[] {
  const texts: string[] = [];
  const seen = new Set<string>();
  for (const keyword of doc.authorKeywords ?? []) {
    const text = keywordPhrase(keyword);
    if (text === '' || text.split(/\s+/).length > MAX_WORDS) continue;
    const key = text.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    texts.push(text);
  }
  return texts;
}
