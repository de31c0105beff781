import { type ClusterPair, formatProbability, type KeywordGap } from '../core/analysis';
import { clusterColor } from '../core/style';
import { useAfterPaint } from '../hooks/useAfterPaint';
import { analysisOf } from '../hooks/useMapAnalysis';
import { focusSelection } from '../store/focusSelection';
import { useMapStore } from '../store/useMapStore';
import { PaperLink } from './PaperLink';

/** "5%" for 0.05: the false discovery rate as people say it. */
export function formatRate(rate: number): string {
  return `${+(rate * 100).toFixed(2)}%`;
}

/** "p = 0.0012" or "q = 8.6 × 10⁻²⁷", kept on one line. */
function Probability({ name, log10 }: { name: 'p' | 'q'; log10: number }) {
  return <span className="gap-p">{`${name}\u00a0=\u00a0${formatProbability(log10)}`}</span>;
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
          <span className="gap-and">and</span>
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
        {gap.papersA} and {gap.papersB} papers; together in <strong>{gap.observed}</strong>, {gap.expected.toFixed(1)} expected ·{' '}
        <Probability name="p" log10={gap.log10P} /> · <Probability name="q" log10={gap.log10Q} />
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

function ClusterPairItem({ pair, fdr }: { pair: ClusterPair; fdr: number }) {
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
        <span className="gap-and">and</span>
        {cluster(pair.b, pair.labelB)}
      </div>
      <p className="gap-stats">
        {pair.observed === 1 ? '1 paper touches' : `${pair.observed} papers touch`} both, {pair.expected.toFixed(1)} expected
        {gap ? (
          <>
            {' · '}
            <Probability name="p" log10={pair.log10P} /> · <Probability name="q" log10={pair.log10Q} />
            {pair.significant ? <span className="gap-significant"> · a gap at FDR {formatRate(fdr)}</span> : ' · not significant'}
          </>
        ) : (
          ' · no gap'
        )}
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
 * "Gaps": keyword pairs that are each frequent but significantly rarely studied together
 * (Benjamini–Hochberg q at most the report's false discovery rate), most significant first, each
 * with the papers that do bridge it and a button that shows both on the map; or a sentence saying
 * that no pair is. Then the cluster pairs, gaps first, with their bridging papers.
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
  const rate = formatRate(report.fdr);
  const listed = report.keywords.length;
  const significant = report.keywordPairsSignificant;
  return (
    <div className="gaps">
      <p className="analysis-intro">
        Keyword pairs found together significantly less often than chance predicts (one-sided Fisher exact test,
        Benjamini–Hochberg false discovery rate {rate}). {report.keywordPairsTested.toLocaleString('en')} of{' '}
        {report.keywordPairs.toLocaleString('en')} pairs could reach significance and were tested (Tarone);{' '}
        {report.papers.toLocaleString('en')} papers.
      </p>
      <h3 className="settings-section-title">Keyword pairs</h3>
      {listed === 0 ? (
        <p className="gap-none" role="status">
          No keyword pair is significantly rarer together than chance predicts at a false discovery rate of {rate} (
          {report.keywordPairsTested.toLocaleString('en')} pairs tested).
          {report.keywordPairsTested === 0 &&
            ' On this many papers no two keywords are common enough for never meeting to be significant.'}
        </p>
      ) : (
        <>
          {listed < significant && (
            <p className="muted gap-note">
              {listed} of {significant} significant pairs shown: at most {report.top}, and {report.perKeyword} per keyword.
            </p>
          )}
          <ol className="gap-list" aria-label="Keyword gaps">
            {report.keywords.map((gap, i) => (
              <KeywordGapItem key={`${gap.a} ${gap.b}`} gap={gap} rank={i + 1} />
            ))}
          </ol>
        </>
      )}
      <h3 className="settings-section-title">Cluster pairs</h3>
      {report.clusters.length === 0 ? (
        <p className="muted">The map has a single cluster.</p>
      ) : (
        <ul className="gap-list" aria-label="Cluster pairs">
          {report.clusters.map((pair) => (
            <ClusterPairItem key={`${pair.a} ${pair.b}`} pair={pair} fdr={report.fdr} />
          ))}
        </ul>
      )}
    </div>
  );
}
