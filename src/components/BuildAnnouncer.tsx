import { useMapStore } from '../store/useMapStore';

/**
 * What a screen reader says of a build in the browser: that it started, then that it is done.
 * One live region, on the page from the start (a region that appears already filled, as the
 * notes do, is often not read out), whose text changes twice a build, not with every percent of
 * the progress bar. A failure is the notice's alert.
 */
export function BuildAnnouncer() {
  const text = useMapStore((s) => {
    if (s.buildStatus === 'building' && s.buildRequest) {
      return s.buildRequest.keepView ? 'Rebuilding the map…' : `Building a map from ${s.buildRequest.corpus.fileName}…`;
    }
    const report = s.lastBuild;
    if (!report) return '';
    const papers = `${report.papers.toLocaleString('en')} ${report.papers === 1 ? 'paper' : 'papers'}`;
    const warnings = report.warnings.length;
    return `Map built: ${papers} from ${report.fileName}${warnings > 0 ? `, ${warnings} ${warnings === 1 ? 'warning' : 'warnings'}` : ''}.`;
  });
  return (
    <p className="sr-only" aria-live="polite" aria-atomic="true">
      {text}
    </p>
  );
}
