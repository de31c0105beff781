import { clusterColor } from '../core/style';
import type { MapCluster } from '../core/map';
import { focusSelection } from '../store/focusSelection';
import { useMapStore } from '../store/useMapStore';
import { ClusterRename } from './ClusterRename';
import { PaperList } from './PaperList';
import { YearTrend } from './YearTrend';
import { selectTimeIndex } from '../store/selectTimeIndex';

/** A cluster: its size, top keywords and papers. */
export function ClusterDetails({ cluster }: { cluster: MapCluster }) {
  const index = useMapStore((s) => s.index);
  const theme = useMapStore((s) => s.theme);
  const time = useMapStore((s) => selectTimeIndex(s.map));
  if (!index) return null;
  const papers = index.papersOfCluster.get(cluster.id) ?? [];
  const keywordIds = index.keywordsOfCluster.get(cluster.id) ?? [];
  // The builder's characteristic keywords first, then the cluster's most used ones.
  const top = [
    ...cluster.topKeywords.map((t) => index.keywordByTerm.get(t.toLowerCase())?.id).filter((id): id is string => !!id),
    ...keywordIds,
  ].filter((id, i, all) => all.indexOf(id) === i).slice(0, 12);

  return (
    <article className="details-body" aria-labelledby="details-title">
      <p className="eyebrow">
        <span className="swatch" style={{ background: clusterColor(cluster.id, theme) }} aria-hidden="true" /> Cluster
      </p>
      <h2 id="details-title" className="details-title">
        {cluster.label}
      </h2>
      <p className="byline">
        {cluster.size} {cluster.size === 1 ? 'paper' : 'papers'} · {cluster.keywordCount}{' '}
        {cluster.keywordCount === 1 ? 'keyword' : 'keywords'}
      </p>
      <ClusterRename cluster={cluster} />

      {time ? (
        <section aria-labelledby="cluster-years">
          <h3 id="cluster-years">Papers per year</h3>
          <YearTrend
            counts={time.clusters.get(cluster.id) ?? new Int32Array(time.papers.length)}
            firstYear={time.firstYear}
            title={`Papers per year in ${cluster.label}`}
          />
        </section>
      ) : null}

      <section aria-labelledby="cluster-keywords">
        <h3 id="cluster-keywords">Top keywords</h3>
        <ul className="chips">
          {top.map((id) => {
            const k = index.keywordById.get(id);
            if (!k) return null;
            return (
              <li key={id}>
                <button type="button" className="chip chip-button" onClick={() => focusSelection({ kind: 'keyword', id })}>
                  <span>{k.term}</span>
                  <span className="chip-score">{k.papers}</span>
                </button>
              </li>
            );
          })}
        </ul>
      </section>

      <section aria-labelledby="cluster-papers">
        <h3 id="cluster-papers">Papers</h3>
        <PaperList items={papers} idOf={(id) => id} />
      </section>
    </article>
  );
}
