import { useMapStore } from '../store/useMapStore';
import { Icon } from './Icon';
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
          <button
            type="button"
            className="icon-button"
            aria-label="Back to the map overview"
            title="Back to the overview"
            onClick={() => useMapStore.getState().select(null)}
          >
            <Icon name="back" />
          </button>
        )}
        {drawer && (
          <button type="button" className="icon-button" aria-label="Close panel" onClick={onClose}>
            <Icon name="close" />
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
