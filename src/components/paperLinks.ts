import type { MapPaper } from '../core/map';
import { safeUrl } from '../core/util';

export interface PaperLinkTarget {
  /** Visible text: "Open paper", "DOI", "Open in PubMed", "arXiv", "OpenAlex", "Web of Science", "Scopus". */
  label: string;
  href: string;
  /** Longer description for assistive technology and the tooltip. */
  title: string;
}

/**
 * Where a paper can be opened: its own link, then the records it has in the databases it came
 * from (DOI, PubMed, arXiv, OpenAlex, Web of Science, Scopus). A url that repeats one of those (the DOI's resolver link,
 * the PubMed page) is shown once, by its database's name; ids are encoded, and only http(s) urls
 * from the map are used.
 */
export function paperLinks(paper: MapPaper): PaperLinkTarget[] {
  const links: PaperLinkTarget[] = [];
  const add = (label: string, href: string | null, title: string): void => {
    if (href) links.push({ label, href, title });
  };
  add(
    'DOI',
    paper.doi ? `https://doi.org/${paper.doi.split('/').map(encodeURIComponent).join('/')}` : null,
    `Open DOI ${paper.doi ?? ''}`,
  );
  const ids = paper.sourceIds ?? {};
  if (ids.pmid && /^\d+$/.test(ids.pmid))
    add('Open in PubMed', `https://pubmed.ncbi.nlm.nih.gov/${ids.pmid}/`, `PubMed record ${ids.pmid}`);
  if (ids.arxiv)
    add('arXiv', `https://arxiv.org/abs/${ids.arxiv.split('/').map(encodeURIComponent).join('/')}`, `arXiv ${ids.arxiv}`);
  if (ids.openalex && /^W\d+$/.test(ids.openalex))
    add('OpenAlex', `https://openalex.org/works/${ids.openalex}`, `OpenAlex work ${ids.openalex}`);
  const url = safeUrl(paper.url);
  // Web of Science and Scopus records open for subscribers only. A Scopus or Web of Science
  // export's own link to the record (the "Link" column) is that record: it is shown as such.
  const onSite = (site: RegExp): string | null => (url && site.test(new URL(url).hostname) ? url : null);
  if (ids.wos && /^WOS:\d{15}$/.test(ids.wos))
    add(
      'Web of Science',
      onSite(WOS_SITE) ?? `https://www.webofscience.com/wos/woscc/full-record/${ids.wos}`,
      `Web of Science record ${ids.wos} (for subscribers)`,
    );
  if (ids.scopus && /^2-s2\.0-\d+$/.test(ids.scopus))
    add(
      'Scopus',
      onSite(SCOPUS_SITE) ?? `https://www.scopus.com/record/display.uri?eid=${ids.scopus}&origin=resultslist`,
      `Scopus record ${ids.scopus} (for subscribers)`,
    );
  // The paper's own link comes first, unless it is one of the links above (PubMed and OpenAlex
  // records link to themselves): then that one, under its database's name, is enough.
  const same = (a: string, b: string): boolean => a.toLowerCase().replace(/\/$/, '') === b.toLowerCase().replace(/\/$/, '');
  if (url && !links.some((link) => same(link.href, url)))
    links.unshift({ label: 'Open paper', href: url, title: 'Open the paper’s page' });
  return links;
}

const WOS_SITE = /(^|\.)(webofscience|webofknowledge)\.com$/i;
const SCOPUS_SITE = /(^|\.)scopus\.com$/i;
