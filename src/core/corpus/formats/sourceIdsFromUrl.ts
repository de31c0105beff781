import type { PaperSourceIds } from '../../map';

/**
 * The database ids a record's link gives away: arxiv.org/abs/ID, pubmed.ncbi.nlm.nih.gov/PMID,
 * Scopus record links with "eid=", openalex.org/W..., Web of Science full-record links. RIS and
 * CSV exports often carry the id only there. Adds to `ids` without overwriting what it has.
 */
export function sourceIdsFromUrl(url: string, ids: PaperSourceIds = {}): PaperSourceIds {
  let match: RegExpExecArray | null;
  if (!ids.arxiv && (match = /arxiv\.org\/(?:abs|pdf)\/([^\s?#]+?)(?:\.pdf)?(?:[?#]|$)/i.exec(url))) ids.arxiv = match[1];
  if (!ids.pmid && (match = /(?:pubmed\.ncbi\.nlm\.nih\.gov\/|ncbi\.nlm\.nih\.gov\/pubmed\/)(\d+)/i.exec(url)))
    ids.pmid = match[1];
  if (!ids.scopus && (match = /[?&]eid=(2-s2\.0-\d+)/i.exec(url))) ids.scopus = match[1];
  // Scopus's newer record links: scopus.com/pages/publications/85078000000.
  if (!ids.scopus && (match = /scopus\.com\/pages\/publications\/(\d+)/i.exec(url))) ids.scopus = `2-s2.0-${match[1]}`;
  if (!ids.openalex && (match = /openalex\.org\/(?:works\/)?(W\d+)/i.exec(url))) ids.openalex = match[1];
  if (!ids.wos && (match = /(WOS:\d{15})/.exec(url))) ids.wos = match[1];
  return ids;
}
