import { useId, useRef, useState, type ReactNode } from 'react';
import { decodeCorpusBytes } from '../core/corpus/textEncoding';
import {
  type Curation,
  type ThesaurusRows,
  type UnusedRow,
  isEmptyCuration,
  mergeCuration,
  parseThesaurusRows,
  unusedThesaurusRows,
  writeThesaurus,
} from '../core/curation';
import { selectBuildBase } from '../store/selectBuildBase';
import { useMapStore } from '../store/useMapStore';
import { downloadFile } from '../render/downloadFile';
import { FileInput } from './FileInput';

/**
 * The keyword curation of the map: removed keywords, merges, automatic merges undone and cluster
 * names, each with undo
 * (each rebuilds the map); "Export thesaurus" writes the removals and merges as a VOSviewer
 * thesaurus file, "Import thesaurus" adds one's to the curation (and rebuilds).
 */
export function CurationList() {
  const id = useId();
  const curation = useMapStore((s) => selectBuildBase(s).curation);
  const hasMap = useMapStore((s) => s.map !== null);
  const [importError, setImportError] = useState<string | null>(null);
  // The last thesaurus imported and the curation built with it: its rows that matched nothing
  // are told once that build is on screen.
  const [imported, setImported] = useState<{ name: string; rows: ThesaurusRows; curation: Curation } | null>(null);
  const unused = useMapStore((s) => s.lastBuild?.unused);
  const file = useRef<HTMLInputElement>(null);
  const { curate } = useMapStore.getState();
  const stopwords = curation?.stopwords ?? [];
  const synonyms = curation?.synonyms ?? [];
  const names = curation?.clusterNames ?? [];
  const separate = curation?.separate ?? [];
  const thesaurusRows = stopwords.length + synonyms.length;

  const importFile = async (picked: File): Promise<void> => {
    setImportError(null);
    setImported(null);
    try {
      // As a corpus file is read: Excel saves a tab-separated sheet as UTF-16 or Windows-1252.
      const rows = parseThesaurusRows(decodeCorpusBytes(new Uint8Array(await picked.arrayBuffer())).text, picked.name);
      const state = useMapStore.getState();
      const next = mergeCuration(selectBuildBase(state).curation, rows.curation);
      setImported({ name: picked.name, rows, curation: next });
      state.rebuild({ curation: next });
    } catch (error) {
      setImportError(error instanceof Error ? error.message : String(error));
    }
  };

  const unusedRows =
    imported && unused?.curation === imported.curation ? unusedThesaurusRows(imported.rows, unused, unused.curation) : [];

  return (
    <section className="curation" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`} className="settings-section-title">
        Curation
      </h3>
      {isEmptyCuration(curation) ? (
        <p className="muted curation-empty">
          No changes yet. Remove or merge keywords from a keyword’s details, rename a cluster from its details.
        </p>
      ) : (
        <>
          {stopwords.length > 0 && (
            <CurationGroup title="Removed" count={stopwords.length}>
              {stopwords.map((term) => (
                <CurationItem
                  key={`s:${term}`}
                  term={term}
                  undo="Restore"
                  undoLabel={`Restore ${term}`}
                  onUndo={() => curate({ type: 'restore', term })}
                />
              ))}
            </CurationGroup>
          )}
          {synonyms.length > 0 && (
            <CurationGroup title="Merged" count={synonyms.length}>
              {synonyms.map(({ from, to }) => (
                <CurationItem
                  key={`m:${from}`}
                  term={
                    <>
                      {from}{' '}
                      <span className="curation-arrow" aria-hidden="true">
                        →
                      </span>
                      <span className="sr-only">into</span> {to}
                    </>
                  }
                  undo="Unmerge"
                  undoLabel={`Unmerge ${from}`}
                  onUndo={() => curate({ type: 'unmerge', from })}
                />
              ))}
            </CurationGroup>
          )}
          {separate.length > 0 && (
            <CurationGroup title="Kept apart (automatic merges undone)" count={separate.length}>
              {separate.map((term) => (
                <li key={`a:${term}`} className="curation-item">
                  <span className="curation-term">{term}</span>
                  <button
                    type="button"
                    className="button button-small"
                    aria-label={`Merge ${term} again`}
                    onClick={() => curate({ type: 'rejoin', term })}
                  >
                    Merge again
                  </button>
                </li>
              ))}
            </CurationGroup>
          )}
          {names.length > 0 && (
            <CurationGroup title="Renamed clusters" count={names.length}>
              {names.map(({ keyword, name }) => (
                <CurationItem
                  key={`c:${keyword}`}
                  term={
                    <>
                      {name} <span className="muted">(the cluster of {keyword})</span>
                    </>
                  }
                  undo="Undo"
                  undoLabel={`Undo the name ${name}`}
                  onUndo={() => curate({ type: 'renameCluster', keyword, name: '' })}
                />
              ))}
            </CurationGroup>
          )}
        </>
      )}
      <div className="curation-actions">
        <button
          type="button"
          className="button button-small"
          disabled={thesaurusRows === 0}
          title="Removed and merged keywords as a VOSviewer thesaurus file (cluster names are not part of it)"
          onClick={() => curation && downloadFile('thesaurus.txt', new Blob([writeThesaurus(curation)], { type: 'text/plain' }))}
        >
          Export thesaurus
        </button>
        <button type="button" className="button button-small" disabled={!hasMap} onClick={() => file.current?.click()}>
          Import thesaurus
        </button>
        <FileInput
          inputRef={file}
          accept=".txt,.tsv,.csv,text/plain"
          label="Thesaurus file"
          onPick={([picked]) => void importFile(picked)}
        />
      </div>
      {imported && unusedRows.length > 0 && (
        <p className="curation-note" role="status">
          {describeUnused(imported.name, unusedRows)}
        </p>
      )}
      {importError && (
        <p className="curation-error" role="alert">
          {importError}
        </p>
      )}
    </section>
  );
}

/** Rows shown by name in the note; the rest are counted. */
const ROWS_SHOWN = 5;

/** "2 rows of thesaurus.txt name no key phrase of this corpus, so they change nothing: …". */
function describeUnused(file: string, rows: readonly UnusedRow[]): string {
  const shown = rows.slice(0, ROWS_SHOWN).map(({ line, term }) => `“${term}” (line ${line})`);
  const more = rows.length - shown.length;
  const list = more > 0 ? `${shown.join(', ')} and ${more} more` : shown.join(', ');
  return rows.length === 1
    ? `A row of ${file} names no key phrase of this corpus, so it changes nothing: ${list}.`
    : `${rows.length} rows of ${file} name no key phrase of this corpus, so they change nothing: ${list}.`;
}

function CurationGroup({ title, count, children }: { title: string; count: number; children: ReactNode }) {
  const id = useId();
  return (
    <div className="curation-group">
      <h4 id={id} className="curation-group-title">
        {title} <span className="muted">{count}</span>
      </h4>
      <ul className="curation-items" aria-labelledby={id}>
        {children}
      </ul>
    </div>
  );
}

/** One change in the curation, with the button that undoes it. */
function CurationItem({
  term,
  undo,
  undoLabel,
  onUndo,
}: {
  term: ReactNode;
  undo: string;
  undoLabel: string;
  onUndo: () => void;
}) {
  return (
    <li className="curation-item">
      <span className="curation-term">{term}</span>
      <button type="button" className="button button-small" aria-label={undoLabel} onClick={onUndo}>
        {undo}
      </button>
    </li>
  );
}
