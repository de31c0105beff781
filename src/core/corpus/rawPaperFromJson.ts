import { corpusField, type CorpusField } from './corpusField';
import type { RawPaper } from './RawPaper';
import { rawPaperFromFields } from './rawPaperFromFields';
import { rawPaperFromExportJson } from './formats/rawPaperFromExportJson';

/**
 * A raw paper from one JSON object; keys are matched like CSV columns ("Title", "abstractNote"...).
 * `fromExport`: the record is one of a database's API response (Semantic Scholar, Europe PMC), so
 * its markup is cleaned as an export's is (see rawPaperFromFields).
 */
export function rawPaperFromJson(
  record: Record<string, unknown>,
  line: number,
  warn: (message: string) => void,
  fromExport = false,
): RawPaper {
  const exported = rawPaperFromExportJson(record, line, warn);
  if (exported) return exported;
  const fields: Partial<Record<CorpusField, unknown>> = {};
  const ranks: Partial<Record<CorpusField, number>> = {};
  for (const key in record) {
    if (!Object.hasOwn(record, key)) continue;
    const match = corpusField(key);
    if (!match) continue;
    const best = ranks[match.field];
    if (best === undefined || match.rank < best) {
      ranks[match.field] = match.rank;
      fields[match.field] = record[key];
    }
  }
  // Semantic Scholar keeps a paper's other ids apart: "externalIds": {"DOI", "ArXiv", "PubMed", ...}.
  const external = record.externalIds;
  if (external !== null && typeof external === 'object' && !Array.isArray(external)) {
    const ids = external as Record<string, unknown>;
    fields.doi ??= ids.DOI;
    fields.arxivId ??= ids.ArXiv;
    fields.pmid ??= ids.PubMed;
  }
  return rawPaperFromFields(fields, line, warn, fromExport);
}
