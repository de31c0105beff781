import type { ReactNode } from 'react';
import { clusterColor } from '../core/style';
import { focusSelection } from '../store/focusSelection';
import { useMapStore } from '../store/useMapStore';

/** A paper in a list: its title as a button that selects it and centres the map on it. */
export function PaperLink({ id, children }: { id: string; children?: ReactNode }) {
  const paper = useMapStore((s) => s.index?.paperById.get(id));
  const theme = useMapStore((s) => s.theme);
  if (!paper) return null;
  return (
    <li className="paper-link">
      <button type="button" onClick={() => focusSelection({ kind: 'paper', id })}>
        <span className="swatch" style={{ background: clusterColor(paper.cluster, theme) }} aria-hidden="true" />
        <span className="paper-link-title">{paper.title}</span>
      </button>
      {children && <div className="paper-link-extra">{children}</div>}
    </li>
  );
}
