import { useMapStore } from '../store/useMapStore';
import { CloseIcon } from './CloseIcon';
import { ClusterDetails } from './ClusterDetails';
import { KeywordDetails } from './KeywordDetails';
import { MapOverview } from './MapOverview';
import { PaperDetails } from './PaperDetails';

interface DetailsPanelProps {
  /** On a narrow screen the panel is a drawer: closed, it is moved off screen and inert. */
  drawer?: boolean;
  open?: boolean;
  onClose?: () => void;
}

/** The details landmark: the selected paper, keyword or cluster, or an overview of the map. */
export function DetailsPanel({ drawer = false, open = true, onClose }: DetailsPanelProps) {
  const selection = useMapStore((s) => s.selection);
  const index = useMapStore((s) => s.index);

  let body = <MapOverview />;
  if (index && selection) {
    if (selection.kind === 'paper') {
      const paper = index.paperById.get(selection.id);
      if (paper) body = <PaperDetails paper={paper} />;
    } else if (selection.kind === 'keyword') {
      const keyword = index.keywordById.get(selection.id);
      if (keyword) body = <KeywordDetails keyword={keyword} />;
    } else {
      const cluster = index.clusterById.get(selection.id);
      if (cluster) body = <ClusterDetails cluster={cluster} />;
    }
  }

  return (
    <aside
      className={`details${drawer ? ' drawer' : ''}${drawer && open ? ' open' : ''}`}
      aria-label="Details"
      inert={drawer && !open ? true : undefined}
    >
      <div className="details-header">
        <span className="details-heading">Details</span>
        {selection && (
          <button type="button" className="icon-button" aria-label="Back to the map overview" title="Back to the overview" onClick={() => useMapStore.getState().select(null)}>
            <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true">
              <path fill="currentColor" d="M7.78 12.53a.75.75 0 0 1-1.06 0L2.47 8.28a.75.75 0 0 1 0-1.06l4.25-4.25a.75.75 0 0 1 1.06 1.06L4.81 7h7.44a.75.75 0 0 1 0 1.5H4.81l2.97 2.97a.75.75 0 0 1 0 1.06Z" />
            </svg>
          </button>
        )}
        {drawer && (
          <button type="button" className="icon-button" aria-label="Close panel" onClick={onClose}>
            <CloseIcon />
          </button>
        )}
      </div>
      {/* A new scroller for each selection starts at the top. Scrolling the old one back (scrollTo
          in an effect) made the browser lay the new content out inside the click's task. */}
      <div className="details-scroll" key={selection ? `${selection.kind}:${selection.id}` : ''}>
        {body}
      </div>
    </aside>
  );
}
