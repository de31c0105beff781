import { useMemo } from 'react';
import { relatedPapers } from '../core/relatedPapers';
import type { MapPaper } from '../core/types';
import { useMapStore } from '../store/useMapStore';
import { ClusterBadge } from './ClusterBadge';
import { HighlightedText } from './HighlightedText';
import { PaperLink } from './PaperLink';
import { safeUrl } from './safeUrl';

/** A paper: title, metadata and link, keywords with scores, abstract with keywords marked, related papers. */
export function PaperDetails({ paper }: { paper: MapPaper }) {
  const index = useMapStore((s) => s.index);
  const chosen = useMapStore((s) => s.filterKeywords);
  const related = useMemo(() => (index ? relatedPapers(index, paper.id, 8) : []), [index, paper.id]);
  // Chips: the paper's keywords on the map (its links, clickable to filter), strongest first,
  // then its other key phrases, too rare to be on the map.
  const chips = useMemo(() => {
    if (!index) return [];
    const onMap = (index.keywordsOfPaper.get(paper.id) ?? []).flatMap((link) => {
      const keyword = index.keywordById.get(link.keywordId);
      return keyword ? [{ term: keyword.term, score: link.weight, id: keyword.id as string | null }] : [];
    });
    const seen = new Set(onMap.map((c) => c.term.toLowerCase()));
    const others = paper.keywords
      .filter((k) => !seen.has(k.term.toLowerCase()) && !index.keywordByTerm.has(k.term.toLowerCase()))
      .map((k) => ({ term: k.term, score: k.score, id: null as string | null }));
    return [...onMap, ...others];
  }, [index, paper]);
  const terms = useMemo(() => chips.map((c) => c.term), [chips]);
  if (!index) return null;
  const url = safeUrl(paper.url);
  const arxiv = `https://arxiv.org/search/?query=${encodeURIComponent(paper.title)}&searchtype=title`;
  const byline = [paper.authors?.join(', '), paper.year?.toString()].filter(Boolean).join(' · ');

  return (
    <article className="details-body" aria-labelledby="details-title">
      <p className="eyebrow">Paper</p>
      <h2 id="details-title" className="details-title">
        {paper.title}
      </h2>
      {byline && <p className="byline">{byline}</p>}
      <div className="details-row">
        <ClusterBadge id={paper.cluster} />
        {url ? (
          <a className="external" href={url} target="_blank" rel="noopener noreferrer">
            Open paper
          </a>
        ) : (
          <a className="external" href={arxiv} target="_blank" rel="noopener noreferrer">
            Search on arXiv
          </a>
        )}
      </div>

      <section aria-labelledby="paper-keywords">
        <h3 id="paper-keywords">Keywords</h3>
        <ul className="chips">
          {chips.map((chip) => {
            const score = chip.score.toFixed(2);
            if (chip.id === null) {
              return (
                <li key={chip.term} className="chip chip-off" title="Not on the map: too few papers use it">
                  <span>{chip.term}</span>
                  <span className="chip-score">{score}</span>
                </li>
              );
            }
            const id = chip.id;
            const active = chosen.includes(id);
            return (
              <li key={id}>
                <button
                  type="button"
                  className={`chip chip-button${active ? ' active' : ''}`}
                  aria-label={`Filter by ${chip.term} (score ${score})`}
                  aria-pressed={active}
                  onClick={() => useMapStore.getState().addFilterKeyword(id)}
                >
                  <span>{chip.term}</span>
                  <span className="chip-score">{score}</span>
                </button>
              </li>
            );
          })}
        </ul>
      </section>

      <section aria-labelledby="paper-abstract">
        <h3 id="paper-abstract">Abstract</h3>
        <p className="abstract">
          <HighlightedText text={paper.abstract} terms={terms} />
        </p>
      </section>

      <section aria-labelledby="paper-related">
        <h3 id="paper-related">Related papers</h3>
        {related.length === 0 ? (
          <p className="muted">No other paper shares a keyword with this one.</p>
        ) : (
          <ol className="paper-list">
            {related.map((r) => (
              <PaperLink key={r.paperId} id={r.paperId}>
                Shares {r.shared.length === 1 ? '' : `${r.shared.length}: `}
                {r.shared.map((id) => index.keywordById.get(id)?.term ?? id).join(', ')}
              </PaperLink>
            ))}
          </ol>
        )}
      </section>
    </article>
  );
}
