import { useState } from 'react';
import type { ClusterChange, ClusterChangeKind, MapChanges } from '../core/map';
import type { MapIndex } from '../core/query';
import { countNoun } from '../core/util';
import { focusSelection } from '../store/focusSelection';
import { useMapStore } from '../store/useMapStore';
import { ChipButton } from './ChipButton';
import { ClusterBadge } from './ClusterBadge';
import { PaperList } from './PaperList';
import './changes.css';

/** Cluster events in the order the view lists them; stable clusters last. */
const KIND_ORDER: readonly ClusterChangeKind[] = ['new', 'split', 'merged', 'grown', 'shrunk', 'vanished', 'same'];

const KIND_TEXT: Readonly<Record<ClusterChangeKind, string>> = {
  new: 'New',
  split: 'Split',
  merged: 'Merged',
  grown: 'Grew',
  shrunk: 'Shrank',
  vanished: 'Gone',
  same: 'Stable',
};

/** New keywords shown at first (a big update brings hundreds); "Show all" lists the rest. */
const KEYWORDS_SHOWN = 60;

/** Papers on the map now and on the previous map (its count follows from the record), for shares. */
interface Totals {
  before: number;
  after: number;
}

/** "17.5%" (one decimal; "0%" of nothing). */
function percent(part: number, total: number): string {
  return total > 0 ? `${((100 * part) / total).toFixed(1).replace(/\.0$/, '')}%` : '0%';
}

/**
 * "Changes": what an update changed since the previous map (the map's `changes`, written by the
 * update builder): new papers and keywords, what went, and the clusters that appeared, split,
 * merged, grew, shrank, vanished or stayed stable, with their papers and their share of the map
 * before and after (grew and shrank are judged by share: an update that adds papers raises every
 * count). Every paper, keyword and cluster still on the map is a button that selects it and
 * brings it into view; removed keywords and moved papers are listed under their counts.
 */
export function ChangesView() {
  const map = useMapStore((s) => s.map);
  const index = useMapStore((s) => s.index);
  if (!map || !index) return <p className="muted">No map loaded.</p>;
  const { changes } = map;
  if (!changes)
    return (
      <p className="muted">
        This map was built from scratch, not as an update of a previous map: it records no changes. Use “Update map” to build a
        new version of the corpus against it.
      </p>
    );
  const newPapers = changes.newPapers.filter((id) => index.paperById.has(id));
  const newKeywords = changes.newKeywords.filter((id) => index.keywordById.has(id));
  const after = map.papers.length;
  const totals: Totals = { before: after - changes.newPapers.length + changes.removedPapers.length, after };
  return (
    <div className="changes">
      <p className="analysis-intro">
        Since <strong>{changes.previous.source}</strong>: {countNoun(newPapers.length, 'new paper')},{' '}
        {countNoun(newKeywords.length, 'new keyword')}.
      </p>
      <ul className="changes-summary" aria-label="Changes in numbers">
        <li>{countNoun(changes.removedPapers.length, 'paper')} removed</li>
        <li>
          <RemovedKeywords changes={changes} />
        </li>
        <li>
          <MovedPapers changes={changes} index={index} />
        </li>
      </ul>
      <ClusterChanges changes={changes} totals={totals} />
      <section aria-labelledby="changes-new-papers">
        <h3 id="changes-new-papers" className="settings-section-title">
          New papers ({newPapers.length})
        </h3>
        {newPapers.length === 0 ? <p className="muted">No new papers.</p> : <PaperList items={newPapers} idOf={(id) => id} />}
      </section>
      <NewKeywords ids={newKeywords} index={index} />
    </div>
  );
}

/** "152 keywords removed", opening to their terms (the ids' stemmed keys in maps that did not record the terms). */
function RemovedKeywords({ changes }: { changes: MapChanges }) {
  const ids = changes.removedKeywords;
  const text = `${countNoun(ids.length, 'keyword')} removed`;
  if (ids.length === 0) return <>{text}</>;
  const terms = ids.map((id, i) => changes.removedKeywordTerms?.[i] ?? id.replace(/^k:/, ''));
  return (
    <details className="changes-details">
      <summary>{text}</summary>
      <ul className="changes-terms" aria-label="Removed keywords">
        {terms.map((term, i) => (
          <li key={ids[i]}>{term}</li>
        ))}
      </ul>
    </details>
  );
}

/** The previous map's name of each old cluster the record names (its `fromLabels`). */
function oldLabels(changes: MapChanges): Map<number, string> {
  const labels = new Map<number, string>();
  for (const event of changes.clusters) event.fromLabels?.forEach((label, i) => labels.set(event.from[i], label));
  return labels;
}

/** "107 papers moved to another cluster", opening to the papers, each with where it came from and went. */
function MovedPapers({ changes, index }: { changes: MapChanges; index: MapIndex }) {
  const moved = changes.movedPapers.filter((m) => index.paperById.has(m.paper));
  const text = `${countNoun(changes.movedPapers.length, 'paper')} moved to another cluster`;
  if (moved.length === 0) return <>{text}</>;
  const labels = oldLabels(changes);
  return (
    <details className="changes-details changes-moved">
      <summary>{text}</summary>
      <PaperList
        items={moved}
        idOf={(m) => m.paper}
        extraOf={(m) => (
          <span className="changes-move">
            <OldCluster id={m.from} label={labels.get(m.from)} />
            <span aria-hidden="true"> → </span>
            <span className="sr-only">moved to</span>
            {index.clusterById.get(m.to)?.label ?? `cluster ${m.to}`}
          </span>
        )}
      />
    </details>
  );
}

function ClusterChanges({ changes, totals }: { changes: MapChanges; totals: Totals }) {
  const listed = KIND_ORDER.flatMap((kind) => changes.clusters.filter((c) => c.kind === kind));
  return (
    <section aria-labelledby="changes-clusters">
      <h3 id="changes-clusters" className="settings-section-title">
        Clusters
      </h3>
      <p className="muted changes-note">Grew and shrank by share of the map’s papers; stable: about the same share.</p>
      {listed.length === 0 ? (
        <p className="muted">No cluster changed.</p>
      ) : (
        <ul className="changes-list" aria-label="Cluster changes">
          {listed.map((change) => (
            <ClusterChangeItem
              key={`${change.kind} ${change.from.join(',')} ${change.to.join(',')}`}
              change={change}
              totals={totals}
            />
          ))}
        </ul>
      )}
    </section>
  );
}

/** A cluster of the previous map, by its name there (a split's or merge's source, a vanished cluster), else its id. */
function OldCluster({ id, label }: { id: number; label?: string }) {
  return (
    <span className="changes-old" title={`Cluster ${id} of the previous map`}>
      {label ?? `cluster ${id}`}
    </span>
  );
}

function ClusterChangeItem({ change, totals }: { change: ClusterChange; totals: Totals }) {
  const { kind, from, to, sizeBefore, sizeAfter, fromLabels } = change;
  const delta = sizeAfter - sizeBefore;
  const label = (i: number): string | undefined => fromLabels?.[i];
  // A continuing cluster whose name changed (an automatic name refreshed): the old name too.
  const current = useMapStore((s) => (to.length === 1 ? s.index?.clusterById.get(to[0])?.label : undefined));
  const renamed = from.length === 1 && to.length === 1 && kind !== 'merged' && label(0) !== undefined && label(0) !== current;
  return (
    <li className={`changes-item changes-${kind}`}>
      <span className="changes-kind">{KIND_TEXT[kind]}</span>
      <span className="changes-clusters">
        {kind === 'vanished' ? (
          from.map((id, i) => <OldCluster key={id} id={id} label={label(i)} />)
        ) : (
          <>
            {(kind === 'split' || kind === 'merged') && (
              <>
                {from.map((id, i) => (
                  <OldCluster key={id} id={id} label={label(i)} />
                ))}
                <span aria-hidden="true">→</span>
                <span className="sr-only">became</span>
              </>
            )}
            {to.map((id) => (
              <ClusterBadge key={id} id={id} />
            ))}
            {renamed && <span className="changes-old">(was {label(0)})</span>}
          </>
        )}
      </span>
      <span className="changes-sizes">
        {kind === 'new' ? countNoun(sizeAfter, 'paper') : `${sizeBefore} → ${sizeAfter} papers`}
        {kind !== 'new' && delta !== 0 && <span className="changes-delta"> ({delta > 0 ? `+${delta}` : delta})</span>}
        {', '}
        {kind === 'new'
          ? `${percent(sizeAfter, totals.after)} of the map`
          : `${percent(sizeBefore, totals.before)} → ${percent(sizeAfter, totals.after)} of the map`}
      </span>
    </li>
  );
}

function NewKeywords({ ids, index }: { ids: readonly string[]; index: MapIndex }) {
  const [all, setAll] = useState(false);
  const shown = all ? ids : ids.slice(0, KEYWORDS_SHOWN);
  return (
    <section aria-labelledby="changes-new-keywords">
      <h3 id="changes-new-keywords" className="settings-section-title">
        New keywords ({ids.length})
      </h3>
      {ids.length === 0 ? (
        <p className="muted">No new keywords.</p>
      ) : (
        <ul className="chips changes-keywords">
          {shown.map((id) => {
            const keyword = index.keywordById.get(id);
            return (
              <li key={id}>
                <ChipButton
                  term={keyword?.term ?? id}
                  score={keyword?.papers ?? 0}
                  label={keyword?.term ?? id}
                  title={`${keyword?.term ?? id}: ${countNoun(keyword?.papers ?? 0, 'paper')}`}
                  onClick={() => focusSelection({ kind: 'keyword', id })}
                />
              </li>
            );
          })}
        </ul>
      )}
      {shown.length < ids.length && (
        <button type="button" className="button button-quiet" onClick={() => setAll(true)}>
          Show all ({ids.length - shown.length} more)
        </button>
      )}
    </section>
  );
}
