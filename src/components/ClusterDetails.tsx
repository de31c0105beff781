import { useState } from 'react';
import { type KeywordRanking, rankClusterKeywords } from '../core/query';
import { clusterColor } from '../core/style';
import type { MapCluster } from '../core/map';
import { focusSelection } from '../store/focusSelection';
import { useMapStore } from '../store/useMapStore';
import { ClusterRename } from './ClusterRename';
import { PaperList } from './PaperList';

/** A cluster: its size, share of the map and cohesion, top keywords and papers. */
export function ClusterDetails({ cluster }: { cluster: MapCluster }) {
  const index = useMapStore((s) => s.index);
  const paperCount = useMapStore((s) => s.map?.papers.length ?? 0);
  const theme = useMapStore((s) => s.theme);
  // Specific by default: the most frequent keywords of a cluster are often the map's most frequent.
  const [ranking, setRanking] = useState<KeywordRanking>('specific');
  if (!index) return null;
  const papers = index.papersOfCluster.get(cluster.id) ?? [];
  const top = rankClusterKeywords(index, cluster.id, ranking).slice(0, 12);

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
        {paperCount > 0 ? ` · ${Math.round((100 * cluster.size) / paperCount)}% of the map` : ''}
        {cluster.cohesion !== undefined ? (
          <>
            {' · '}
            <abbr title="Share of the links of its papers and keywords that stay inside the cluster">cohesion</abbr>{' '}
            {Math.round(100 * cluster.cohesion)}%
          </>
        ) : null}
      </p>
      <ClusterRename cluster={cluster} />

      <section aria-labelledby="cluster-keywords">
        <h3 id="cluster-keywords">Top keywords</h3>
        <ul className="chips" aria-describedby="cluster-keywords-ranking">
          {top.map(({ id, inCluster, total }) => {
            const k = index.keywordById.get(id);
            if (!k) return null;
            return (
              <li key={id}>
                <button
                  type="button"
                  className="chip chip-button"
                  title={`${inCluster} of the cluster's papers; ${total} on the map`}
                  onClick={() => focusSelection({ kind: 'keyword', id })}
                >
                  <span>{k.term}</span>
                  <span className="chip-score">{ranking === 'specific' ? `${inCluster}/${total}` : inCluster}</span>
                </button>
              </li>
            );
          })}
        </ul>
        <fieldset className="segmented ranking">
          <legend className="sr-only">Rank keywords by</legend>
          <label>
            <input type="radio" name="cluster-ranking" checked={ranking === 'specific'} onChange={() => setRanking('specific')} />
            <span>Specific</span>
          </label>
          <label>
            <input type="radio" name="cluster-ranking" checked={ranking === 'frequent'} onChange={() => setRanking('frequent')} />
            <span>Frequent</span>
          </label>
        </fieldset>
        <p id="cluster-keywords-ranking" className="hint">
          {ranking === 'specific'
            ? "Ranked by how specific they are: the share of a keyword's papers that are in this cluster (papers here / on the map)."
            : "Ranked by frequency: the number of this cluster's papers that have the keyword."}
        </p>
      </section>

      <section aria-labelledby="cluster-papers">
        <h3 id="cluster-papers">Papers</h3>
        <PaperList items={papers} idOf={(id) => id} />
      </section>
    </article>
  );
}
