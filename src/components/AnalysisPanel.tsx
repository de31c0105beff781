import { useEffect, useRef } from 'react';
import { CloseIcon } from './CloseIcon';
import { DensityButton } from './DensityButton';
import { GapsView } from './GapsView';
import { ThematicMapView } from './ThematicMapView';
import './analysis.css';

export type AnalysisView = 'gaps' | 'thematic';

const TITLES: Readonly<Record<AnalysisView, string>> = { gaps: 'Research gaps', thematic: 'Thematic map' };

/** The header's "Gaps" and "Themes" toggles (one view is open at a time) and the density view's. */
export function AnalysisButtons({ open, onChange }: { open: AnalysisView | null; onChange: (view: AnalysisView | null) => void }) {
  return (
    <>
      {(['gaps', 'thematic'] as const).map((view) => (
        <button
          key={view}
          type="button"
          className="button"
          aria-expanded={open === view}
          title={view === 'gaps' ? 'Research gaps: keyword and cluster pairs studied apart' : 'Thematic map: clusters by centrality and density'}
          onClick={() => onChange(open === view ? null : view)}
        >
          <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true">
            {view === 'gaps' ? (
              <path fill="none" stroke="currentColor" strokeWidth="1.5" d="M4.5 5a2.5 2.5 0 1 0 0 .01M11.5 11a2.5 2.5 0 1 0 0 .01M6.5 6.5l1 1m1 1 1 1" />
            ) : (
              <path fill="none" stroke="currentColor" strokeWidth="1.5" d="M8 1.5v13M1.5 8h13M4.5 4.5h.01M11 5h.01M5 11h.01M11.5 11.5h.01" strokeLinecap="round" />
            )}
          </svg>
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
  useEffect(() => ref.current?.focus(), [view]);
  return (
    <aside ref={ref} className="analysis-panel" tabIndex={-1} aria-labelledby="analysis-title">
      <div className="settings-header">
        <h2 id="analysis-title" className="settings-title">
          {TITLES[view]}
        </h2>
        <button type="button" className="icon-button" aria-label={`Close ${TITLES[view].toLowerCase()}`} onClick={onClose}>
          <CloseIcon />
        </button>
      </div>
      <div className="settings-scroll">{view === 'gaps' ? <GapsView /> : <ThematicMapView />}</div>
    </aside>
  );
}
