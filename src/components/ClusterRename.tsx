import { useEffect, useId, useRef, useState } from 'react';
import { termKey } from '../core/keywords';
import type { MapCluster } from '../core/map';
import { selectBuildBase } from '../store/selectBuildBase';
import { useMapStore } from '../store/useMapStore';

/**
 * "Rename" for a cluster: a name of the user's own, kept in the curation under the cluster's top
 * keyword (cluster ids change between builds), applied by rebuilding the map. An empty name, or
 * "Automatic name", gives the cluster its computed label back.
 */
export function ClusterRename({ cluster }: { cluster: MapCluster }) {
  const id = useId();
  const head = cluster.topKeywords[0];
  const renamed = useMapStore((s) => {
    const key = head === undefined ? '' : termKey(head);
    return selectBuildBase(s).curation?.clusterNames.some((n) => termKey(n.keyword) === key) ?? false;
  });
  const [editing, setEditing] = useState(false);
  const [name, setName] = useState(cluster.label);
  const input = useRef<HTMLInputElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const wasEditing = useRef(false);

  useEffect(() => {
    setEditing(false);
    setName(cluster.label);
  }, [cluster.id, cluster.label]);
  useEffect(() => {
    if (editing) {
      input.current?.focus();
      input.current?.select();
    } else if (wasEditing.current) {
      // Back to the button the form replaced, so the keyboard user is not lost.
      button.current?.focus();
    }
    wasEditing.current = editing;
  }, [editing]);

  if (head === undefined) return null;
  const rename = (next: string): void => {
    setEditing(false);
    if (next.trim() !== cluster.label) useMapStore.getState().curate({ type: 'renameCluster', keyword: head, name: next });
  };

  if (!editing) {
    return (
      <div className="curate-buttons">
        <button ref={button} type="button" className="button button-small" onClick={() => setEditing(true)}>
          <svg viewBox="0 0 16 16" width="14" height="14" aria-hidden="true">
            <path
              fill="currentColor"
              d="M11.013 1.427a1.75 1.75 0 0 1 2.474 0l1.086 1.086a1.75 1.75 0 0 1 0 2.474l-8.61 8.61c-.21.21-.47.364-.756.445l-3.251.93a.75.75 0 0 1-.927-.928l.929-3.25c.081-.286.235-.547.445-.758l8.61-8.61Zm.176 4.823L9.75 4.81l-6.286 6.287a.253.253 0 0 0-.064.108l-.558 1.953 1.953-.558a.253.253 0 0 0 .108-.064Zm1.238-3.763a.25.25 0 0 0-.354 0L10.811 3.75l1.439 1.44 1.263-1.263a.25.25 0 0 0 0-.354Z"
            />
          </svg>
          <span>Rename</span>
        </button>
        {renamed && (
          <button type="button" className="button button-small button-quiet" onClick={() => rename('')}>
            Automatic name
          </button>
        )}
      </div>
    );
  }
  return (
    <form
      className="rename-form"
      onSubmit={(e) => {
        e.preventDefault();
        rename(name);
      }}
    >
      <label className="field-label" htmlFor={`${id}-name`}>
        Cluster name
      </label>
      <div className="rename-row">
        <input
          id={`${id}-name`}
          ref={input}
          className="text-input"
          value={name}
          maxLength={120}
          onChange={(e) => setName(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Escape') {
              e.stopPropagation();
              setEditing(false);
              setName(cluster.label);
            }
          }}
        />
        <button type="submit" className="button button-small button-primary">
          Save
        </button>
        <button
          type="button"
          className="button button-small"
          onClick={() => {
            setEditing(false);
            setName(cluster.label);
          }}
        >
          Cancel
        </button>
      </div>
    </form>
  );
}
