import { type KeyboardEvent, useEffect, useRef } from 'react';
import { useReturnFocus } from '../hooks/useReturnFocus';
import { ChangesView } from './ChangesView';
import { Icon } from './Icon';
import { DensityButton } from './DensityButton';
import { GapsView } from './GapsView';
import { ThematicMapView } from './ThematicMapView';
import { selectFilterResult } from '../store/selectFilterResult';
import { useMapStore } from '../store/useMapStore';
import { countNoun } from '../core/util';
import './analysis.css';

export type AnalysisView = 'gaps' | 'thematic' | 'changes';

const TITLES: Readonly<Record<AnalysisView, string>> = {
  gaps: 'Research gaps',
  thematic: 'Thematic map',
  changes: 'What changed',
};

/**
 * The header's "Gaps" and "Themes" toggles (one view is open at a time) and the density view's.
 * "Changes" (a map built as an update) toggles its view from the filter bar (ChangesControls).
 */
export function AnalysisButtons({
  open,
  onChange,
}: {
  open: AnalysisView | null;
  onChange: (view: AnalysisView | null) => void;
}) {
  return (
    <>
      {(['gaps', 'thematic'] as const).map((view) => (
        <button
          key={view}
          type="button"
          className="button"
          aria-expanded={open === view}
          title={
            view === 'gaps'
              ? 'Research gaps: keyword and cluster pairs studied apart'
              : 'Thematic map: clusters by centrality and density'
          }
          onClick={() => onChange(open === view ? null : view)}
        >
          <span>{view === 'gaps' ? 'Gaps' : 'Themes'}</span>
        </button>
      ))}
      <DensityButton />
    </>
  );
}

/** The side panel holding the open analysis view, beside the map so a click shows its result there. */
export function AnalysisPanel({ view, onClose }: { view: AnalysisView; onClose: () => void }) {
  const ref = useRef<HTMLElement>(null);
  // Closed, the panel gives the focus back to the header's toggle of the view it shows.
  useReturnFocus(ref, view);
  useEffect(() => ref.current?.focus(), [view]);
  // Escape closes it, as it does the dialogs; a control inside that uses Escape itself stops it there.
  const onKeyDown = (event: KeyboardEvent): void => {
    if (event.key !== 'Escape' || event.defaultPrevented) return;
    event.preventDefault();
    onClose();
  };
  return (
    <aside ref={ref} className="analysis-panel" tabIndex={-1} aria-labelledby="analysis-title" onKeyDown={onKeyDown}>
      <div className="settings-header">
        <h2 id="analysis-title" className="settings-title">
          {TITLES[view]}
        </h2>
        <button type="button" className="icon-button" aria-label={`Close ${TITLES[view].toLowerCase()}`} onClick={onClose}>
          <Icon name="close" />
        </button>
      </div>
      <div className="settings-scroll">
        <FilterScopeNote />
        {view === 'gaps' ? <GapsView /> : view === 'thematic' ? <ThematicMapView /> : <ChangesView />}
      </div>
    </aside>
  );
}

/**
 * Under a keyword or year filter, says that the view's figures are the whole map's: the views
 * analyse the map as built, and a researcher who narrowed it to 1970–1979 would read them as that
 * decade's otherwise.
 */
function FilterScopeNote() {
  const total = useMapStore((s) => s.map?.papers.length ?? 0);
  const shown = useMapStore((s) => selectFilterResult(s));
  if (!shown.active) return null;
  return (
    <p className="analysis-scope muted">
      These figures are the whole map’s ({countNoun(total, 'paper')}), not only the {shown.papers.size} the filter shows.
    </p>
  );
}
