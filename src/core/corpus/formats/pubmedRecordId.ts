import { doiUrl } from '../doiUrl';
import type { RawPaper } from '../RawPaper';

/**
 * A PubMed record's PMID as the paper's id and source id, its PubMed page as the link; without a
 * PMID, a link through the paper's DOI. The MEDLINE, "Abstract (text)" and XML readers share it.
 */
export function identifyPubmedRecord(paper: RawPaper, pmid: string | undefined): void {
  if (pmid && /^\d+$/.test(pmid)) {
    paper.id = pmid;
    paper.sourceIds = { pmid };
    paper.url = `https://pubmed.ncbi.nlm.nih.gov/${pmid}/`;
  } else if (paper.doi) paper.url = doiUrl(paper.doi);
}
