import type { BuildStage } from '../core/buildMap';
import { useMapStore } from '../store/useMapStore';
import { buildPercent } from './buildPercent';

const STAGE_TEXT: Record<BuildStage, string> = {
  parse: 'Reading the corpus',
  keywords: 'Finding keywords',
  graph: 'Linking papers and keywords',
  clusters: 'Finding clusters',
  layout: 'Laying out the map',
  assemble: 'Putting the map together',
};

/**
 * A map being built in the worker: the stage in words, a progress bar, and Cancel. It floats over
 * the map, which stays usable (and as it was) until the new one arrives.
 */
export function BuildProgress() {
  const building = useMapStore((s) => s.buildStatus === 'building');
  const progress = useMapStore((s) => s.buildProgress);
  const fileName = useMapStore((s) => s.buildRequest?.corpus.fileName ?? '');
  const rebuild = useMapStore((s) => s.buildRequest?.keepView ?? false);
  if (!building) return null;
  const percent = buildPercent(progress);
  const stage = progress ? STAGE_TEXT[progress.stage] : 'Starting the builder';
  const detail =
    progress?.stage === 'keywords' && progress.total > 1
      ? ` (${progress.done.toLocaleString('en')} of ${progress.total.toLocaleString('en')} papers)`
      : '';
  return (
    // A group, not a live region (it would be read again at every percent): BuildAnnouncer says it started.
    <div className="build-progress" role="group" aria-label="Building the map">
      <div className="build-progress-text">
        <span className="build-progress-title">
          {rebuild ? 'Rebuilding the map' : 'Building a map from'} {!rebuild && <strong>{fileName}</strong>}
        </span>
        <span className="build-progress-stage">
          {stage}
          {detail}… <span className="build-progress-percent">{percent}%</span>
        </span>
      </div>
      <div
        className="progress"
        role="progressbar"
        aria-label="Build progress"
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
        aria-valuetext={`${stage}: ${percent}%`}
      >
        <div className="progress-bar" style={{ width: `${percent}%` }} />
      </div>
      <button type="button" className="button" onClick={() => useMapStore.getState().cancelBuild()}>
        Cancel
      </button>
    </div>
  );
}
