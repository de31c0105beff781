import { clusterColor } from '../core/style';
import { focusSelection } from '../store/focusSelection';
import { useMapStore } from '../store/useMapStore';

/** A cluster's colour and name; choosing it focuses the map on the cluster. */
export function ClusterBadge({ id }: { id: number }) {
  const cluster = useMapStore((s) => s.index?.clusterById.get(id));
  const theme = useMapStore((s) => s.theme);
  if (!cluster) return null;
  return (
    <button type="button" className="cluster-badge" onClick={() => focusSelection({ kind: 'cluster', id })}>
      <span className="swatch" style={{ background: clusterColor(id, theme) }} aria-hidden="true" />
      <span>{cluster.label}</span>
    </button>
  );
}
