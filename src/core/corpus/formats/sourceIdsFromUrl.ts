import type { PaperSourceIds } from '../../map';

/**
 * The database ids a record's link gives away: arxiv.org/abs/ID, pubmed.ncbi.nlm.nih.gov/PMID,
 * Scopus record links with "eid=", openalex.org/W..., Web of Science full-record links and EndNote's
 * "<Go to ISI>" placeholders. RIS and
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
  // EndNote's placeholder for a record imported from Web of Science: "<Go to ISI>://000200148800007".
  if (!ids.wos && (match = /^<Go to ISI>:\/\/(?:ISI:)?(\d{15})$/.exec(url.trim()))) ids.wos = `WOS:${match[1]}`;
  return ids;
}

/**
 * A Web of Science accession number as the UT "WOS:000200148800007": EndNote writes records it
 * imported from Web of Science (ISI) before 2014 or so as "ISI:000200148800007". Else undefined.
 */
export function wosAccession(value: string | undefined): string | undefined {
  const match = /^(?:WOS|ISI):(\d{15})$/.exec(value?.trim() ?? '');
  return match ? `WOS:${match[1]}` : undefined;
}

/**
 * The first of a record's links that is a web address (http, https). Reference managers put
 * other things in their URL fields: EndNote's "<Go to ISI>://…" for a Web of Science record, local
 * "file://" and "internal-pdf://" attachments. None of those is a link to the paper.
 */
export function firstWebLink(values: Iterable<string>): string | undefined {
  for (const value of values) {
    const link = value.trim();
    if (/^https?:\/\/\S/i.test(link)) return link;
  }
  return undefined;
}
