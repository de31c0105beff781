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

/** Cluster events in the order the view lists them; unchanged clusters are only counted. */
const KIND_ORDER: readonly ClusterChangeKind[] = ['new', 'split', 'merged', 'grown', 'shrunk', 'vanished'];

const KIND_TEXT: Readonly<Record<ClusterChangeKind, string>> = {
  new: 'New',
  split: 'Split',
  merged: 'Merged',
  grown: 'Grew',
  shrunk: 'Shrank',
  vanished: 'Gone',
  same: 'Unchanged',
};

/** New keywords shown at first (a big update brings hundreds); "Show all" lists the rest. */
const KEYWORDS_SHOWN = 60;

/**
 * "Changes": what an update changed since the previous map (the map's `changes`, written by the
 * update builder): new papers and keywords, what went, and the clusters that appeared, split,
 * merged, grew, shrank or vanished, with their sizes before and after. Every paper, keyword and
 * cluster still on the map is a button that selects it and brings it into view.
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
  return (
    <div className="changes">
      <p className="analysis-intro">
        Since <strong>{changes.previous.source}</strong>: {countNoun(newPapers.length, 'new paper')},{' '}
        {countNoun(newKeywords.length, 'new keyword')}.
      </p>
      <ul className="changes-summary" aria-label="Changes in numbers">
        <li>{countNoun(changes.removedPapers.length, 'paper')} removed</li>
        <li>{countNoun(changes.removedKeywords.length, 'keyword')} removed</li>
        <li>{countNoun(changes.movedPapers.length, 'paper')} moved to another cluster</li>
      </ul>
      <ClusterChanges changes={changes} />
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

function ClusterChanges({ changes }: { changes: MapChanges }) {
  const listed = KIND_ORDER.flatMap((kind) => changes.clusters.filter((c) => c.kind === kind));
  const same = changes.clusters.filter((c) => c.kind === 'same').length;
  return (
    <section aria-labelledby="changes-clusters">
      <h3 id="changes-clusters" className="settings-section-title">
        Clusters
      </h3>
      {listed.length === 0 ? (
        <p className="muted">No cluster changed.</p>
      ) : (
        <ul className="changes-list" aria-label="Cluster changes">
          {listed.map((change) => (
            <ClusterChangeItem key={`${change.kind} ${change.from.join(',')} ${change.to.join(',')}`} change={change} />
          ))}
        </ul>
      )}
      {same > 0 && <p className="muted changes-same">{countNoun(same, 'cluster')} unchanged.</p>}
    </section>
  );
}

/** A cluster of the previous map, by its id there (a split's or merge's source, a vanished cluster). */
function OldCluster({ id }: { id: number }) {
  return <span className="changes-old">cluster {id}</span>;
}

function ClusterChangeItem({ change }: { change: ClusterChange }) {
  const { kind, from, to, sizeBefore, sizeAfter } = change;
  const delta = sizeAfter - sizeBefore;
  return (
    <li className={`changes-item changes-${kind}`}>
      <span className="changes-kind">{KIND_TEXT[kind]}</span>
      <span className="changes-clusters">
        {kind === 'vanished' ? (
          from.map((id) => <OldCluster key={id} id={id} />)
        ) : (
          <>
            {(kind === 'split' || kind === 'merged') && (
              <>
                {from.map((id) => (
                  <OldCluster key={id} id={id} />
                ))}
                <span aria-hidden="true">→</span>
                <span className="sr-only">became</span>
              </>
            )}
            {to.map((id) => (
              <ClusterBadge key={id} id={id} />
            ))}
          </>
        )}
      </span>
      <span className="changes-sizes">
        {kind === 'new' ? countNoun(sizeAfter, 'paper') : `${sizeBefore} → ${sizeAfter} papers`}
        {kind !== 'new' && delta !== 0 && <span className="changes-delta"> ({delta > 0 ? `+${delta}` : delta})</span>}
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
