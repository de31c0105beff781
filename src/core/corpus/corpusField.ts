/** A column of a CSV corpus or a key of a JSON record that the parsers read. */
export type CorpusField =
  | 'id'
  | 'title'
  | 'abstract'
  | 'authors'
  | 'authorFullNames'
  | 'year'
  | 'date'
  | 'url'
  | 'doi'
  | 'venue'
  | 'keywords'
  | 'indexKeywords'
  | 'eid'
  | 'ut'
  | 'arxivId'
  | 'pmid'
  | 'openalexId'
  | 'source'
  | 'openUrl';

/**
 * Accepted names, compared after lowercasing and dropping everything but letters and digits, so
 * "Abstract Note" (Zotero), "publication_year" and "Publication Year" all match. Earlier names in
 * a list win when a file has several, e.g. Zotero's "Key" over a generic "ID" is not needed but
 * "title" must win over "ti". Two-letter names are Web of Science and RIS field tags. Scopus,
 * Dimensions and Lens CSV column names are here too ("Source title", "Author Keywords", "Index
 * Keywords", "MeSH Terms", "EID", "PubYear", "Author/s", "External URL"), IEEE Xplore's ("Document
 * Title", "Publication Title", "IEEE Terms"), Embase's ("Author Names", "Source", "Open URL Link"), Publish or Perish's ("ArticleURL"), and the keys of Europe
 * PMC ("abstractText", "authorString", "journalTitle") and of JSTOR's Constellate datasets
 * ("creator", "isPartOf", "publicationYear").
 */
const ALIASES: Record<CorpusField, string[]> = {
  id: ['id', 'key', 'paperid', 'citationkey', 'publicationid', 'lensid'],
  title: ['title', 'papertitle', 'articletitle', 'documenttitle', 'ti'],
  abstract: ['abstract', 'abstractnote', 'paperabstract', 'abstracttext', 'summary', 'ab'],
  authors: ['authors', 'author', 'af', 'au', 'creators', 'creator', 'authorstring', 'authornames'],
  // Scopus's "Author full names" ("Curie, Marie (7004212771); ...") reads better than its "Authors" ("Curie M.").
  authorFullNames: ['authorfullnames'],
  year: ['year', 'publicationyear', 'pubyear', 'py'],
  date: ['date', 'publicationdate', 'published', 'pubdate', 'datepublished'],
  url: ['url', 'link', 'href', 'externalurl', 'dimensionsurl', 'articleurl'],
  doi: ['doi', 'di'],
  venue: ['venue', 'sourcetitle', 'journal', 'journaltitle', 'publicationtitle', 'containertitle', 'ispartof', 'so'],
  keywords: ['authorkeywords', 'keywords', 'de', 'kw'],
  indexKeywords: [
    'indexkeywords',
    'meshterms',
    'mesh',
    'ieeeterms',
    'inspeccontrolledterms',
    'emtreemedicalindextermsmajorfocus',
  ],
  // Ids of the source databases: also the paper's id when no "id" column is given, in this order.
  eid: ['eid'],
  ut: ['ut'],
  arxivId: ['arxivid'],
  pmid: ['pmid', 'pubmedid'],
  openalexId: ['openalexid'],
  // Embase CSV: "Source" holds journal, year and date (embaseSource.ts), "Open URL Link" the DOI.
  source: ['source'],
  openUrl: ['openurllink'],
};

const LOOKUP = new Map<string, { field: CorpusField; rank: number }>();
for (const [field, names] of Object.entries(ALIASES) as [CorpusField, string[]][]) {
  names.forEach((name, rank) => LOOKUP.set(name, { field, rank }));
}

/** The field a column or key name stands for, and its rank among that field's names (0 = best). */
export function corpusField(name: string): { field: CorpusField; rank: number } | undefined {
  return LOOKUP.get(name.toLowerCase().replace(/[^a-z0-9]/g, ''));
}
