import { useId, useMemo, useRef } from 'react';
import { type ClusterComparison, type ClusterTrend, type MapComparison, compareMaps } from '../core/compare';
import { type MapFile, parseMapFile } from '../core/map';
import { clusterColor } from '../core/style';
import { countNoun } from '../core/util';
import { focusSelection } from '../store/focusSelection';
import { useMapStore } from '../store/useMapStore';
import { FileInput } from './FileInput';
import { Icon } from './Icon';

/** The second map of a comparison, or why it could not be read. */
export type CompareTarget = { map: MapFile; source: string } | { error: string; source: string };

/**
 * "Compare with…": picks a second map file (read and validated as "Open map" does) for the
 * comparison panel; the map on screen stays as it is.
 */
export function CompareButton({ onPick }: { onPick: (target: CompareTarget) => void }) {
  const input = useRef<HTMLInputElement>(null);
  const id = useId();
  const read = async (file: File): Promise<void> => {
    try {
      onPick({ map: parseMapFile(await file.text(), file.name), source: file.name });
    } catch (error) {
      onPick({
        error: `The map file is not valid: ${error instanceof Error ? error.message : String(error)}`,
        source: file.name,
      });
    }
  };
  return (
    <>
      <button
        type="button"
        className="button button-collapsible"
        title="Compare with another map of the same field"
        aria-describedby={`${id}-hint`}
        onClick={() => input.current?.click()}
      >
        <Icon name="merge" />
        <span>Compare with…</span>
      </button>
      <span id={`${id}-hint`} className="sr-only">
        Opens a second map file and shows which clusters of this map grew, shrank, appeared or disappeared there.
      </span>
      <FileInput
        inputRef={input}
        accept=".json,application/json"
        label="Map to compare with"
        onPick={([file]) => void read(file)}
      />
    </>
  );
}

const TREND_TEXT: Readonly<Record<ClusterTrend, string>> = {
  grown: 'grew',
  shrunk: 'shrank',
  same: 'same size',
  gone: 'disappeared',
  new: 'appeared',
};

function signed(n: number): string {
  return n > 0 ? `+${n}` : String(n);
}

/** A share of a map's papers, as a percentage with one decimal. */
const percent = (part: number, whole: number): string => `${((100 * part) / Math.max(1, whole)).toFixed(1)}%`;

function ClusterRow({ row, papers }: { row: ClusterComparison; papers: MapComparison['papers'] }) {
  const theme = useMapStore((s) => s.theme);
  const { before, after } = row;
  const change = (after?.size ?? 0) - (before?.size ?? 0);
  return (
    <li className={`compare-row compare-${row.trend}`}>
      <div className="compare-head">
        <span className="compare-trend">{TREND_TEXT[row.trend]}</span>
        {before ? (
          <button type="button" className="gap-term" onClick={() => focusSelection({ kind: 'cluster', id: before.id })}>
            <span className="swatch" style={{ background: clusterColor(before.id, theme) }} aria-hidden="true" />
            {before.label}
          </button>
        ) : (
          <span className="compare-label">{after?.label}</span>
        )}
        <span className="compare-sizes">
          {before ? before.size : 0} → {after ? after.size : 0} ({signed(change)})
        </span>
        {before && after && (
          // What grew and shrank is judged by: each map's share (compareMaps).
          <span className="compare-sizes">
            {percent(before.size, papers.before)} → {percent(after.size, papers.after)} of the map
          </span>
        )}
      </div>
      {before && after && (
        <p className="compare-detail muted">
          {after.label !== before.label ? <>there “{after.label}” · </> : null}
          {countNoun(row.sharedPapers, 'paper')} in both, {row.papersIn} joined, {row.papersOut} left
          {row.keywordsGained.length > 0 ? <> · new keywords: {row.keywordsGained.join(', ')}</> : null}
          {row.keywordsLost.length > 0 ? <> · keywords gone: {row.keywordsLost.join(', ')}</> : null}
        </p>
      )}
      {!before && row.keywordsGained.length > 0 && (
        <p className="compare-detail muted">keywords: {row.keywordsGained.join(', ')}</p>
      )}
      {!after && row.keywordsLost.length > 0 && <p className="compare-detail muted">keywords: {row.keywordsLost.join(', ')}</p>}
    </li>
  );
}

/** What changed between the map on screen and a second map, cluster by cluster, without rebuilding either. */
export function CompareView({ target, onClose }: { target: CompareTarget; onClose: () => void }) {
  const map = useMapStore((s) => s.map);
  const comparison = useMemo(() => (map && 'map' in target ? compareMaps(map, target.map) : null), [map, target]);
  const { counts } = comparison ?? {};
  return (
    <aside className="analysis-panel compare-panel" tabIndex={-1} aria-labelledby="compare-title">
      <div className="settings-header">
        <h2 id="compare-title" className="settings-title">
          Compared with {target.source}
        </h2>
        <button type="button" className="icon-button" aria-label="Close the comparison" onClick={onClose}>
          <Icon name="close" />
        </button>
      </div>
      <div className="settings-scroll">
        {'error' in target ? (
          <p className="place-error" role="alert">
            {target.error}
          </p>
        ) : comparison && counts ? (
          <>
            <p className="analysis-intro">
              Clusters matched by shared papers and keywords (Jaccard): {counts.grown} grew, {counts.shrunk} shrank, {counts.same}{' '}
              kept their size (by share of the map), {counts.gone} disappeared, {counts.new} appeared.{' '}
              {countNoun(comparison.papers.before, 'paper')} here, {comparison.papers.after} there, {comparison.papers.shared} in
              both.
            </p>
            <ul className="gap-list compare-list">
              {comparison.clusters.map((row) => (
                <ClusterRow key={`${row.before?.id ?? ''}:${row.after?.id ?? ''}`} row={row} papers={comparison.papers} />
              ))}
            </ul>
          </>
        ) : null}
      </div>
    </aside>
  );
}
