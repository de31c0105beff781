import type { ClusterPair, KeywordGap } from '../core/analysis';
import { clusterColor } from '../core/style';
import { useAfterPaint } from '../hooks/useAfterPaint';
import { analysisOf } from '../hooks/useMapAnalysis';
import { focusSelection } from '../store/focusSelection';
import { useMapStore } from '../store/useMapStore';
import { PaperLink } from './PaperLink';

/** A p-value from its log10, readable down to 1e-4000 (what `npm run gaps` prints too). */
export function formatP(log10P: number): string {
  if (log10P === -Infinity) return '0';
  if (log10P > -3) return (10 ** log10P).toFixed(3);
  const exponent = Math.floor(log10P);
  return `${(10 ** (log10P - exponent)).toFixed(1)}e${exponent}`;
}

/** Shows both keywords of a gap on the map (Any mode, the rest dimmed) and fits the map to them. */
function showPair(a: string, b: string): void {
  const state = useMapStore.getState();
  state.setFilter({ keywords: [a, b], mode: 'any', hide: false });
  state.select(null);
  state.requestView({ type: 'fit' });
}

function KeywordGapItem({ gap, rank }: { gap: KeywordGap; rank: number }) {
  const theme = useMapStore((s) => s.theme);
  const active = useMapStore(
    (s) =>
      s.filterMode === 'any' &&
      s.filterKeywords.length === 2 &&
      s.filterKeywords.includes(gap.a) &&
      s.filterKeywords.includes(gap.b),
  );
  const term = (id: string, text: string, cluster: number) => (
    <button type="button" className="gap-term" onClick={() => focusSelection({ kind: 'keyword', id })}>
      <span className="swatch" style={{ background: clusterColor(cluster, theme) }} aria-hidden="true" />
      {text}
    </button>
  );
  return (
    <li className="gap">
      <div className="gap-head">
        <span className="gap-rank">{rank}</span>
        <span className="gap-pair">
          {term(gap.a, gap.termA, gap.clusterA)}
          <span className="gap-times" aria-hidden="true">
            ×
          </span>
          {term(gap.b, gap.termB, gap.clusterB)}
        </span>
        <button
          type="button"
          className={`button button-small${active ? ' active' : ''}`}
          aria-pressed={active}
          aria-label={`Show ${gap.termA} and ${gap.termB} on the map`}
          onClick={() => showPair(gap.a, gap.b)}
        >
          Show on map
        </button>
      </div>
      <p className="gap-stats">
        {gap.papersA} and {gap.papersB} papers; together in <strong>{gap.observed}</strong>, {gap.expected.toFixed(1)} expected ·
        p = {formatP(gap.log10P)}
        {gap.pAdjusted < 0.05 && <span className="gap-significant"> (significant after Bonferroni)</span>}
      </p>
      {gap.bridges.length > 0 && (
        <ol className="paper-list gap-bridges" aria-label={`Papers bridging ${gap.termA} and ${gap.termB}`}>
          {gap.bridges.slice(0, 3).map((id) => (
            <PaperLink key={id} id={id} />
          ))}
        </ol>
      )}
    </li>
  );
}

function ClusterPairItem({ pair }: { pair: ClusterPair }) {
  const theme = useMapStore((s) => s.theme);
  const cluster = (id: number, label: string) => (
    <button type="button" className="gap-term" onClick={() => focusSelection({ kind: 'cluster', id })}>
      <span className="swatch" style={{ background: clusterColor(id, theme) }} aria-hidden="true" />
      {label}
    </button>
  );
  const gap = pair.observed < pair.expected;
  return (
    <li className="gap">
      <div className="gap-pair gap-pair-block">
        {cluster(pair.a, pair.labelA)}
        <span className="gap-times" aria-hidden="true">
          ×
        </span>
        {cluster(pair.b, pair.labelB)}
      </div>
      <p className="gap-stats">
        {pair.observed} papers touch both, {pair.expected.toFixed(1)} expected
        {gap ? ` · p = ${formatP(pair.log10P)}` : ' · no gap'}
      </p>
      {pair.bridges.length > 0 ? (
        <details className="gap-details">
          <summary>Bridging papers ({Math.min(pair.bridges.length, pair.observed)})</summary>
          <ol className="paper-list gap-bridges">
            {pair.bridges.map((id) => (
              <PaperLink key={id} id={id} />
            ))}
          </ol>
        </details>
      ) : (
        <p className="muted gap-stats">No paper bridges them.</p>
      )}
    </li>
  );
}

/**
 * "Gaps": keyword pairs that are each frequent but rarely studied together, most significant
 * first, each with the papers that do bridge it and a button that shows both on the map; then the
 * cluster pairs, gaps first, with their bridging papers.
 */
export function GapsView() {
  const map = useMapStore((s) => s.map);
  // Tens of thousands of pairs on a big map: computed after the panel has painted.
  const report = useAfterPaint(() => (map ? analysisOf(map).gaps : null), [map]);
  if (!map) return <p className="muted">No map loaded.</p>;
  if (!report)
    return (
      <p className="muted" aria-busy="true">
        Counting co-occurrences…
      </p>
    );
  return (
    <div className="gaps">
      <p className="analysis-intro">
        Keyword pairs each used by many papers but found together far less often than chance predicts (one-sided Fisher exact test
        over {report.keywordPairsTested.toLocaleString('en')} pairs, {report.papers.toLocaleString('en')} papers).
      </p>
      <h3 className="settings-section-title">Keyword pairs</h3>
      {report.keywords.length === 0 ? (
        <p className="muted">No keyword pair co-occurs less than expected.</p>
      ) : (
        <ol className="gap-list" aria-label="Keyword gaps">
          {report.keywords.map((gap, i) => (
            <KeywordGapItem key={`${gap.a} ${gap.b}`} gap={gap} rank={i + 1} />
          ))}
        </ol>
      )}
      <h3 className="settings-section-title">Cluster pairs</h3>
      {report.clusters.length === 0 ? (
        <p className="muted">The map has a single cluster.</p>
      ) : (
        <ul className="gap-list" aria-label="Cluster pairs">
          {report.clusters.map((pair) => (
            <ClusterPairItem key={`${pair.a} ${pair.b}`} pair={pair} />
          ))}
        </ul>
      )}
    </div>
  );
}
