import type { MapPaper } from '../core/map';
import { safeUrl } from './safeUrl';

export interface PaperLinkTarget {
  /** Visible text: "Open paper", "DOI", "Open in PubMed", "arXiv", "OpenAlex". */
  label: string;
  href: string;
  /** Longer description for assistive technology and the tooltip. */
  title: string;
}

/**
 * Where a paper can be opened: its own link, then the records it has in the databases it came
 * from (DOI, PubMed, arXiv, OpenAlex). A link that would repeat an earlier one (a url that is the
 * DOI's resolver link) is left out; ids are encoded, and only http(s) urls from the map are used.
 */
export function paperLinks(paper: MapPaper): PaperLinkTarget[] {
  const links: PaperLinkTarget[] = [];
  const add = (label: string, href: string | null, title: string): void => {
    if (href && !links.some((link) => link.href === href)) links.push({ label, href, title });
  };
  const doi = paper.doi ? `https://doi.org/${paper.doi.split('/').map(encodeURIComponent).join('/')}` : null;
  const url = safeUrl(paper.url);
  // A url that is only the DOI's resolver link is shown once, as "DOI".
  if (url && !(doi && url.toLowerCase() === doi.toLowerCase())) add('Open paper', url, 'Open the paper’s page');
  add('DOI', doi, `Open DOI ${paper.doi ?? ''}`);
  const ids = paper.sourceIds ?? {};
  if (ids.pmid && /^\d+$/.test(ids.pmid)) add('Open in PubMed', `https://pubmed.ncbi.nlm.nih.gov/${ids.pmid}/`, `PubMed record ${ids.pmid}`);
  if (ids.arxiv) add('arXiv', `https://arxiv.org/abs/${ids.arxiv.split('/').map(encodeURIComponent).join('/')}`, `arXiv ${ids.arxiv}`);
  if (ids.openalex && /^W\d+$/.test(ids.openalex)) add('OpenAlex', `https://openalex.org/works/${ids.openalex}`, `OpenAlex work ${ids.openalex}`);
  return links;
}
