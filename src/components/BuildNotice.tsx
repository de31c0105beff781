import { useEffect } from 'react';
import { describeTally } from '../core/corpus';
import { useMapStore } from '../store/useMapStore';
import { Icon } from './Icon';

/** How long the note after a clean build stays (one with warnings stays until dismissed). */
const NOTE_MS = 6000;

function seconds(ms: number): string {
  return ms < 1000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(1)} s`;
}

/**
 * After a build in the browser: why it failed (an alert, with the command line's words, while
 * the map on screen stays as it was), or a short note that it is done: the summary line of the
 * read (records read, skipped and why, duplicates merged) and any warnings.
 */
export function BuildNotice() {
  const error = useMapStore((s) => s.buildError);
  const title = useMapStore((s) => s.buildErrorTitle);
  const report = useMapStore((s) => s.lastBuild);
  const clean = report !== null && report.warnings.length === 0;

  useEffect(() => {
    if (!clean) return undefined;
    const timer = setTimeout(() => useMapStore.getState().dismissBuildReport(), NOTE_MS);
    return () => clearTimeout(timer);
  }, [clean, report]);

  if (error) {
    return (
      <div className="build-notice build-error" role="alert">
        <div className="build-notice-text">
          <strong>{title}</strong>
          <p className="build-error-message">{error}</p>
          <p className="muted">The map on screen has not changed.</p>
        </div>
        <button
          type="button"
          className="icon-button"
          aria-label="Dismiss"
          onClick={() => useMapStore.getState().dismissBuildError()}
        >
          <Icon name="close" />
        </button>
      </div>
    );
  }
  if (!report) return null;
  const n = report.warnings.length;
  return (
    // A group, not a live region: BuildAnnouncer says that the map is built.
    <div className="build-notice" role="group" aria-label="Map built">
      <div className="build-notice-text">
        <span
          title={
            report.timings
              ? `In the worker: ${Object.entries(report.timings)
                  .map(([stage, ms]) => `${stage} ${seconds(ms)}`)
                  .join(', ')}`
              : undefined
          }
        >
          Built a map of {report.papers.toLocaleString('en')} {report.papers === 1 ? 'paper' : 'papers'} from{' '}
          <strong>{report.fileName}</strong> in {seconds(report.ms)}, on this computer.
        </span>
        {report.tally && report.tally.records > 0 && (
          // What the readers left out and merged, in the command line's words.
          <p className="build-tally">{describeTally(report.tally)}.</p>
        )}
        {n > 0 && (
          <details className="build-warnings">
            <summary>
              {n} {n === 1 ? 'warning' : 'warnings'}
            </summary>
            <ul>
              {report.warnings.slice(0, 50).map((w, i) => (
                <li key={i}>
                  <code>
                    {w.file}
                    {w.line !== undefined ? `:${w.line}` : ''}
                  </code>{' '}
                  {w.message}
                </li>
              ))}
              {n > 50 && <li className="muted">and {n - 50} more</li>}
            </ul>
          </details>
        )}
      </div>
      <button
        type="button"
        className="icon-button"
        aria-label="Dismiss"
        onClick={() => useMapStore.getState().dismissBuildReport()}
      >
        <Icon name="close" />
      </button>
    </div>
  );
}
