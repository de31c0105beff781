import { Fragment, useEffect, useRef } from 'react';
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
  const scroller = useRef<HTMLDivElement>(null);
  /** Whether the panel is scrolled down, as its scroll events said (reading scrollTop may lay the page out). */
  const scrolled = useRef(false);

  // A new selection starts the panel at the top. Scrolled back in the store's update, before React
  // renders the new content, and only when it is scrolled: a panel at the top is not touched, so
  // nothing is laid out there; scrolling in an effect made the browser lay the new content out
  // inside the click's task.
  useEffect(
    () =>
      useMapStore.subscribe((state, prev) => {
        const box = scroller.current;
        if (state.selection === prev.selection || !box || !scrolled.current) return;
        scrolled.current = false;
        box.scrollTop = 0;
      }),
    [],
  );

  // On a phone the drawer covers the bottom of the map: once it is open on a selection (laid out,
  // so its height is known), the map pans what was chosen into the part left uncovered, if it is
  // not there already. A node tapped low on the map was otherwise hidden under its own details.
  useEffect(() => {
    if (drawer && open && selection) useMapStore.getState().requestView({ type: 'reveal', selection });
  }, [drawer, open, selection]);

  // The panel's content changed under the focus (a related paper, a chip, "Back to the overview",
  // a keyword removed or merged: the control used went with the old content): the focus goes to
  // the new content's heading, not to the page. Focus elsewhere (the map, the search box) stays.
  const shown = useRef(selection);
  useEffect(() => {
    if (shown.current === selection) return;
    shown.current = selection;
    if (document.activeElement !== null && document.activeElement !== document.body) return;
    scroller.current?.querySelector<HTMLElement>('h2')?.focus({ preventScroll: true });
  }, [selection]);

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
      // Escape goes back to the overview, as "Back to the map overview" does (a text box, the
      // merge picker and the rename box keep their own Escape). Handled here, a phone's drawer
      // closes on the next Escape.
      onKeyDown={(event) => {
        if (event.key !== 'Escape' || event.defaultPrevented || !useMapStore.getState().selection) return;
        const target = event.target as HTMLElement;
        if (target.closest('input, textarea, select')) return;
        event.preventDefault();
        event.stopPropagation();
        useMapStore.getState().select(null);
      }}
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
      <div
        className="details-scroll"
        ref={scroller}
        onScroll={(event) => {
          scrolled.current = event.currentTarget.scrollTop > 0;
        }}
      >
        {/* One paper's details replace another's in place (the same elements, new text): remade
            from scratch, the panel's elements were styled and laid out anew on every click. A
            keyword's or cluster's details keep state of their own (pages shown, a rename or merge
            open), so each of those starts afresh. */}
        <Fragment key={selection ? (selection.kind === 'paper' ? 'paper' : `${selection.kind}:${selection.id}`) : ''}>
          {body}
        </Fragment>
      </div>
    </aside>
  );
}
