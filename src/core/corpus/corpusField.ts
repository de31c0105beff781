/** A column of a CSV corpus or a key of a JSON record that the parsers read. */
export type CorpusField = 'id' | 'title' | 'abstract' | 'authors' | 'year' | 'date' | 'url' | 'doi';

/**
 * Accepted names, compared after lowercasing and dropping everything but letters and digits, so
 * "Abstract Note" (Zotero), "publication_year" and "Publication Year" all match. Earlier names in
 * a list win when a file has several, e.g. Zotero's "Key" over a generic "ID" is not needed but
 * "title" must win over "ti". Two-letter names are Web of Science and RIS field tags.
 */
const ALIASES: Record<CorpusField, string[]> = {
  id: ['id', 'key', 'paperid', 'citationkey', 'eid', 'ut', 'arxivid', 'pmid'],
  title: ['title', 'papertitle', 'articletitle', 'documenttitle', 'ti'],
  abstract: ['abstract', 'abstractnote', 'paperabstract', 'summary', 'ab'],
  authors: ['authors', 'author', 'authorfullnames', 'af', 'au', 'creators'],
  year: ['year', 'publicationyear', 'pubyear', 'py'],
  date: ['date', 'publicationdate', 'published', 'pubdate'],
  url: ['url', 'link', 'href'],
  doi: ['doi', 'di'],
};

const LOOKUP = new Map<string, { field: CorpusField; rank: number }>();
for (const [field, names] of Object.entries(ALIASES) as [CorpusField, string[]][]) {
  names.forEach((name, rank) => LOOKUP.set(name, { field, rank }));
}

/** The field a column or key name stands for, and its rank among that field's names (0 = best). */
export function corpusField(name: string): { field: CorpusField; rank: number } | undefined {
  return LOOKUP.get(name.toLowerCase().replace(/[^a-z0-9]/g, ''));
}
