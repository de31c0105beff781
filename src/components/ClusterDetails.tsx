import { clusterColor } from '../core/style';
import type { MapCluster } from '../core/map';
import { focusSelection } from '../store/focusSelection';
import { useMapStore } from '../store/useMapStore';
import { ChipButton } from './ChipButton';
import { ClusterRename } from './ClusterRename';
import { DetailsArticle } from './DetailsArticle';
import { PaperList } from './PaperList';

/** A cluster: its size, share of the map and cohesion, top keywords and papers. */
export function ClusterDetails({ cluster }: { cluster: MapCluster }) {
  const index = useMapStore((s) => s.index);
  const paperCount = useMapStore((s) => s.map?.papers.length ?? 0);
  const theme = useMapStore((s) => s.theme);
  if (!index) return null;
  const papers = index.papersOfCluster.get(cluster.id) ?? [];
  const keywordIds = index.keywordsOfCluster.get(cluster.id) ?? [];
  // The builder's characteristic keywords first, then the cluster's most used ones.
  const top = [
    ...cluster.topKeywords.map((t) => index.keywordByTerm.get(t.toLowerCase())?.id).filter((id): id is string => !!id),
    ...keywordIds,
  ].filter((id, i, all) => all.indexOf(id) === i).slice(0, 12);

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

      <section aria-labelledby="cluster-keywords">
        <h3 id="cluster-keywords">Top keywords</h3>
        <ul className="chips">
          {top.map((id) => {
            const k = index.keywordById.get(id);
            if (!k) return null;
            return (
              <li key={id}>
                <ChipButton term={k.term} score={k.papers} onClick={() => focusSelection({ kind: 'keyword', id })} />
              </li>
            );
          })}
        </ul>
      </section>

      <section aria-labelledby="cluster-papers">
        <h3 id="cluster-papers">Papers</h3>
        <PaperList items={papers} idOf={(id) => id} />
      </section>
    </DetailsArticle>
  );
}
