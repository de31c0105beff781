import { useEffect, useId, useRef, useState } from 'react';
import { termKey } from '../core/keywords';
import type { MapCluster } from '../core/map';
import { selectBuildBase } from '../store/selectBuildBase';
import { useMapStore } from '../store/useMapStore';
import { Icon } from './Icon';

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
          <Icon name="pencil" size={14} />
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
