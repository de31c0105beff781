import { useEffect, useRef, useState } from 'react';
import { AnalysisButtons, AnalysisPanel, type AnalysisView } from './components/AnalysisPanel';
import { BuildAnnouncer } from './components/BuildAnnouncer';
import { BuildNotice } from './components/BuildNotice';
import { BuildProgress } from './components/BuildProgress';
import { CompareButton, type CompareTarget, CompareView } from './components/CompareView';
import { ChangesControls } from './components/ChangesControls';
import { DetailsPanel } from './components/DetailsPanel';
import { ExportMenu } from './components/ExportMenu';
import { FilterBar } from './components/FilterBar';
import { LoadError } from './components/LoadError';
import { MapSourceDialog } from './components/MapSourceDialog';
import { MapView } from './components/MapView';
import { OpenCorpusButton } from './components/OpenCorpusButton';
import { OpenMapButton } from './components/OpenMapButton';
import { PasteCorpusDialog } from './components/PasteCorpusDialog';
import { PlacePaperDialog } from './components/PlacePaperDialog';
import { PlacedPaperPanel } from './components/PlacedPaperPanel';
import { SaveMapButton } from './components/SaveMapButton';
import { SearchBox } from './components/SearchBox';
import { SettingsPanel } from './components/SettingsPanel';
import { SettingsButton } from './components/SettingsButton';
import { UpdateMapButton } from './components/UpdateMapButton';
import { useBuildMap } from './hooks/useBuildMap';
import { useColorScheme } from './hooks/useColorScheme';
import { useFileDrop } from './hooks/useFileDrop';
import { useMapLoader } from './hooks/useMapLoader';
import { useMediaQuery } from './hooks/useMediaQuery';
import { useUnsavedMapWarning } from './hooks/useUnsavedMapWarning';
import { useUrlSync } from './hooks/useUrlSync';
import { useMapStore } from './store/useMapStore';
import type { BuildMapClient } from './workers/buildMapClient';
import { Icon } from './components/Icon';

/** The whole page: toolbar, keyword filter, the map and the details panel (a drawer on narrow screens). */
export function App({ createBuildClient }: { createBuildClient?: () => BuildMapClient } = {}) {
  const mapPrompt = useMapLoader();
  useBuildMap(createBuildClient);
  useUrlSync();
  useUnsavedMapWarning();
  useColorScheme();
  const dropping = useFileDrop();
  const narrow = useMediaQuery('(max-width: 760px)');
  const status = useMapStore((s) => s.status);
  const error = useMapStore((s) => s.error);
  const source = useMapStore((s) => s.source);
  const title = useMapStore((s) => s.map?.meta.source ?? null);
  const [drawerOpen, setDrawerOpen] = useState(false);
  const detailsToggle = useRef<HTMLButtonElement>(null);
  // Closed, the drawer (now inert) gives the focus back to the header's "Details" button.
  const closeDrawer = (): void => {
    setDrawerOpen(false);
    detailsToggle.current?.focus();
  };
  const [settingsOpen, setSettingsOpen] = useState(false);
  const [pasting, setPasting] = useState(false);
  const [analysis, setAnalysis] = useState<AnalysisView | null>(null);
  const [placing, setPlacing] = useState(false);
  const [comparing, setComparing] = useState<CompareTarget | null>(null);

  // On a narrow screen, choosing something opens the drawer to show it. Watched outside React:
  // the whole page would re-render on every selection otherwise.
  useEffect(() => {
    if (useMapStore.getState().selection) setDrawerOpen(true);
    return useMapStore.subscribe((state, prev) => {
      if (state.selection && state.selection !== prev.selection) setDrawerOpen(true);
    });
  }, []);

  // "Update map" done: the new map's record of what changed opens beside it (not on a later rebuild).
  useEffect(
    () =>
      useMapStore.subscribe((state, prev) => {
        if (state.map !== prev.map && state.map?.changes && state.corpusMap === state.map && state.corpusPrevious === prev.map) {
          setAnalysis('changes');
        }
      }),
    [],
  );

  // Escape closes the drawer (when the map or the drawer has focus, not a text box).
  useEffect(() => {
    if (!narrow || !drawerOpen) return undefined;
    const onKey = (event: KeyboardEvent): void => {
      if (event.key === 'Escape' && !(event.target instanceof HTMLInputElement)) closeDrawer();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [narrow, drawerOpen]);

  useEffect(() => {
    document.title = title ? `${title} — Topic Map` : 'Topic Map';
  }, [title]);

  return (
    <div className={`app${narrow ? ' narrow' : ''}`}>
      <header className="topbar">
        {/* First in the tab order, shown when focused: past the toolbar and filter (some 30 stops). */}
        <button
          type="button"
          className="skip-link"
          onClick={() => {
            // On a phone the drawer opens first: closed, it is inert and takes no focus.
            setDrawerOpen(true);
            requestAnimationFrame(() => document.querySelector<HTMLElement>('.details .details-title')?.focus());
          }}
        >
          Skip to the details panel
        </button>
        <div className="brand">
          <svg className="brand-mark" viewBox="0 0 24 24" width="22" height="22" aria-hidden="true">
            <circle cx="7" cy="8" r="3.2" fill="#4e79a7" />
            <circle cx="17" cy="7" r="2.4" fill="#f28e2b" />
            <circle cx="14" cy="17" r="3.6" fill="#59a14f" />
            <path d="M7 8 17 7M7 8l7 9M17 7l-3 10" stroke="currentColor" strokeOpacity=".35" strokeWidth="1.2" fill="none" />
          </svg>
          <h1>Topic Map</h1>
          {title && (
            <span className="brand-source" title={source ?? undefined}>
              {title}
            </span>
          )}
        </div>
        <SearchBox />
        <div className="actions">
          <OpenCorpusButton />
          <button type="button" className="button button-collapsible" title="Paste a corpus" onClick={() => setPasting(true)}>
            <Icon name="paste" />
            <span>Paste</span>
          </button>
          <OpenMapButton />
          <UpdateMapButton />
          <SaveMapButton />
          <SettingsButton open={settingsOpen} onToggle={() => setSettingsOpen(!settingsOpen)} />
          <ExportMenu />
          {status === 'ready' && <AnalysisButtons open={analysis} onChange={setAnalysis} />}
          {status === 'ready' && (
            <>
              <button
                type="button"
                className="button button-collapsible"
                title="Place a paper on this map"
                onClick={() => setPlacing(true)}
              >
                <Icon name="plus" />
                <span>Place a paper</span>
              </button>
              <CompareButton onPick={setComparing} />
            </>
          )}
          {narrow && status === 'ready' && (
            <button
              ref={detailsToggle}
              type="button"
              className="button"
              aria-expanded={drawerOpen}
              onClick={() => setDrawerOpen(!drawerOpen)}
            >
              Details
            </button>
          )}
        </div>
      </header>
      <FilterBar>
        <ChangesControls open={analysis === 'changes'} onToggle={() => setAnalysis(analysis === 'changes' ? null : 'changes')} />
      </FilterBar>
      <main className="workspace">
        <div className="map-area">
          {status === 'error' && error ? <LoadError message={error} source={source} /> : <MapView />}
          <div className="build-layer">
            <BuildProgress />
            <BuildNotice />
            <BuildAnnouncer />
          </div>
        </div>
        {status !== 'error' && <DetailsPanel drawer={narrow} open={drawerOpen} onClose={closeDrawer} />}
        {settingsOpen && <SettingsPanel onClose={() => setSettingsOpen(false)} />}
        {analysis && status === 'ready' && <AnalysisPanel view={analysis} onClose={() => setAnalysis(null)} />}
        {status === 'ready' && <PlacedPaperPanel />}
        {comparing && status === 'ready' && <CompareView target={comparing} onClose={() => setComparing(null)} />}
      </main>
      {pasting && <PasteCorpusDialog onClose={() => setPasting(false)} />}
      {placing && status === 'ready' && <PlacePaperDialog onClose={() => setPlacing(false)} />}
      {mapPrompt && <MapSourceDialog check={mapPrompt.check} onOpen={mapPrompt.open} onDecline={mapPrompt.decline} />}
      {dropping && (
        <div className="drop-overlay" aria-hidden="true">
          <p>Drop a corpus or map file to open it</p>
        </div>
      )}
    </div>
  );
}
