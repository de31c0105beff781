import { useMemo } from 'react';
import type { MapKeyword } from '../core/map';
import { countYears } from '../core/time';
import { focusSelection } from '../store/focusSelection';
import { useMapStore } from '../store/useMapStore';
import { BridgeScore } from './BridgeScore';
import { ChipButton } from './ChipButton';
import { ClusterBadge } from './ClusterBadge';
import { DetailsArticle } from './DetailsArticle';
import { KeywordCuration } from './KeywordCuration';
import { PaperList } from './PaperList';
import { PapersPerYear } from './YearTrend';
import { selectTimeIndex } from '../store/selectTimeIndex';
import { formatScore } from './formatScore';

/** One empty list, so a keyword without papers keeps its memo. */
const NO_PAPERS: readonly never[] = [];

/** A keyword: how many papers use it, those papers by score, and the keywords it appears with. */
export function KeywordDetails({ keyword }: { keyword: MapKeyword }) {
  const index = useMapStore((s) => s.index);
  const time = useMapStore((s) => selectTimeIndex(s.map));
  const filtered = useMapStore((s) => s.filterKeywords.includes(keyword.id));
  const papers = index?.papersOfKeyword.get(keyword.id) ?? NO_PAPERS;
  const map = useMapStore((s) => s.map);
  // This keyword's papers per year from its own links' papers, by place (no look-up by id), not
  // the whole map's table (countYears).
  const counts = useMemo(() => {
    const k = index?.slots.keywords.get(keyword.id);
    if (!time || !index || !map || k === undefined) return undefined;
    const ends = index.linkEnds;
    const { start, at } = ends.byKeyword;
    const years: (number | undefined)[] = [];
    for (let j = start[k]; j < start[k + 1]; j++) years.push(map.papers[ends.paper[at[j]]]?.year);
    return countYears(time, years);
  }, [time, index, map, keyword.id]);
  if (!index) return null;
  const neighbours = (index.cooccurring.get(keyword.id) ?? []).slice(0, 12);
  const { addFilterKeyword, removeFilterKeyword } = useMapStore.getState();

  return (
    <DetailsArticle kind="Keyword" title={keyword.term}>
      <p className="byline">
        Used by {keyword.papers} {keyword.papers === 1 ? 'paper' : 'papers'}
      </p>
      {keyword.variants && keyword.variants.length > 0 ? (
        <div className="details-row">
          <p className="byline">Also written: {keyword.variants.join(', ')} (merged into this keyword)</p>
          {keyword.variants.map((variant) => (
            <button
              key={variant}
              type="button"
              className="button button-small"
              onClick={() => useMapStore.getState().curate({ type: 'separate', term: variant })}
            >
              Keep “{variant}” apart
            </button>
          ))}
        </div>
      ) : null}
      <div className="details-row">
        <ClusterBadge id={keyword.cluster} />
        <button
          type="button"
          className="button"
          aria-pressed={filtered}
          onClick={() => (filtered ? removeFilterKeyword(keyword.id) : addFilterKeyword(keyword.id))}
        >
          {filtered ? 'Remove from filter' : 'Filter by this keyword'}
        </button>
      </div>
      <BridgeScore kind="keyword" id={keyword.id} />
      <KeywordCuration keyword={keyword} />

      {time ? (
        <PapersPerYear id="keyword-years" time={time} counts={counts} title={`Papers per year with ${keyword.term}`} />
      ) : null}

      <section aria-labelledby="keyword-papers">
        <h3 id="keyword-papers">Papers</h3>
        <PaperList items={papers} idOf={(p) => p.paperId} extraOf={(p) => `Score ${formatScore(p.weight)}`} />
      </section>

      <section aria-labelledby="keyword-cooccurring">
        <h3 id="keyword-cooccurring">Appears most with</h3>
        {neighbours.length === 0 ? (
          <p className="muted">No other keyword shares a paper with this one.</p>
        ) : (
          <ul className="chips">
            {neighbours.map((n) => {
              const other = index.keywordById.get(n.keywordId);
              if (!other) return null;
              return (
                <li key={n.keywordId}>
                  <ChipButton
                    term={other.term}
                    score={n.count}
                    label={`${other.term}: ${n.count} shared ${n.count === 1 ? 'paper' : 'papers'}`}
                    onClick={() => focusSelection({ kind: 'keyword', id: n.keywordId })}
                  />
                </li>
              );
            })}
          </ul>
        )}
      </section>
    </DetailsArticle>
  );
}
