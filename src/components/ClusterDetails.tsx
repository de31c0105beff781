import { useState } from 'react';
import { type KeywordRanking, rankClusterKeywords, rankClusterPapers } from '../core/query';
import { clusterColor } from '../core/style';
import type { MapCluster } from '../core/map';
import { focusSelection } from '../store/focusSelection';
import { useMapStore } from '../store/useMapStore';
import { ChipButton } from './ChipButton';
import { ClusterRename } from './ClusterRename';
import { DetailsArticle } from './DetailsArticle';
import { PaperList } from './PaperList';
import { PapersPerYear } from './YearTrend';
import { selectTimeIndex } from '../store/selectTimeIndex';

/** A cluster: its size, share of the map and cohesion, top keywords and papers. */
export function ClusterDetails({ cluster }: { cluster: MapCluster }) {
  const index = useMapStore((s) => s.index);
  const paperCount = useMapStore((s) => s.map?.papers.length ?? 0);
  const theme = useMapStore((s) => s.theme);
  const time = useMapStore((s) => selectTimeIndex(s.map));
  // Specific by default: the most frequent keywords of a cluster are often the map's most frequent.
  const [ranking, setRanking] = useState<KeywordRanking>('specific');
  if (!index) return null;
  const papers = rankClusterPapers(index, cluster.id);
  const top = rankClusterKeywords(index, cluster.id, ranking).slice(0, 12);

  return (
    <DetailsArticle
      kind={
        <>
          <span className="swatch" style={{ background: clusterColor(cluster.id, theme) }} aria-hidden="true" /> Cluster
        </>
      }
      title={cluster.label}
    >
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

      {time ? (
        <PapersPerYear
          id="cluster-years"
          time={time}
          counts={time.clusters.get(cluster.id)}
          title={`Papers per year in ${cluster.label}`}
        />
      ) : null}

      <section aria-labelledby="cluster-keywords">
        <h3 id="cluster-keywords">Top keywords</h3>
        <ul className="chips" aria-describedby="cluster-keywords-ranking">
          {top.map(({ id, inCluster, total }) => {
            const k = index.keywordById.get(id);
            if (!k) return null;
            return (
              <li key={id}>
                <ChipButton
                  term={k.term}
                  score={ranking === 'specific' ? `${inCluster}/${total}` : inCluster}
                  title={`${inCluster} of the cluster's papers; ${total} on the map`}
                  // Read aloud as words, not "ordinary differential equations20/22".
                  label={`${k.term}: ${inCluster} of the cluster's papers, ${total} on the map`}
                  onClick={() => focusSelection({ kind: 'keyword', id })}
                />
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
        <p className="muted cluster-papers-note">Ranked by how central they are: their links to this cluster’s keywords.</p>
        <PaperList items={papers} idOf={(id) => id} />
      </section>
    </DetailsArticle>
  );
}
