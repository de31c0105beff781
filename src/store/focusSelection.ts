import type { MapSelection } from '../core/query';
import { useMapStore } from './useMapStore';

/** Selects something and brings it into view (search results, lists in the panel, the legend). */
export function focusSelection(selection: MapSelection): void {
  const state = useMapStore.getState();
  state.select(selection);
  state.requestView(
    selection.kind === 'cluster' ? { type: 'focusCluster', id: selection.id } : { type: 'focusNode', id: selection.id },
  );
}
