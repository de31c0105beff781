import { useMemo } from 'react';
import { abstractSections } from '../core/keywords/sectionHeadings';
import { relatedPapers } from '../core/query';
import type { MapPaper } from '../core/map';
import { useAfterPaint } from '../hooks/useAfterPaint';
import { usePaperTexts } from '../hooks/usePaperTexts';
import { useMapStore } from '../store/useMapStore';
import { BridgeScore } from './BridgeScore';
import { ChipButton } from './ChipButton';
import { ClusterBadge } from './ClusterBadge';
import { DetailsArticle } from './DetailsArticle';
import { HighlightedText } from './HighlightedText';
import { PaperLink } from './PaperLink';
import { paperLinks } from './paperLinks';
import { formatScore } from './formatScore';

/** A paper: title, metadata and link, keywords with scores, abstract with keywords marked, related papers. */
export function PaperDetails({ paper }: { paper: MapPaper }) {
  const index = useMapStore((s) => s.index);
  // A compact map's abstracts come when a panel asks for them (the title is here already).
  const texts = usePaperTexts(
    useMapStore((s) => s.map),
    index?.slots.papers.get(paper.id) ?? -1,
  );
  const chosen = useMapStore((s) => s.filterKeywords);
  // Counting shared keywords over a big map takes a few milliseconds: the list is added after the
  // paper itself is on screen.
  const related = useAfterPaint(() => (index ? relatedPapers(index, paper.id, 8) : []), [index, paper.id]);
  // Its keywords on the map (its links, clickable to filter), strongest first; then its other
  // key phrases, scored by the keyword stage, too rare to be map nodes.
  const onMap = useMemo(
    () =>
      (index?.keywordsOfPaper.get(paper.id) ?? []).flatMap((link) => {
        const keyword = index?.keywordById.get(link.keywordId);
        return keyword ? [{ id: keyword.id, term: keyword.term, score: link.weight }] : [];
      }),
    [index, paper.id],
  );
  const others = useMemo(() => {
    const seen = new Set(onMap.map((c) => c.term.toLowerCase()));
    return paper.keywords.filter((k) => !seen.has(k.term.toLowerCase()) && !index?.keywordByTerm.has(k.term.toLowerCase()));
  }, [index, onMap, paper.keywords]);
  const terms = useMemo(() => [...onMap.map((c) => c.term), ...others.map((k) => k.term)], [onMap, others]);
  if (!index) return null;
  const links = paperLinks(paper);
  const arxiv = `https://arxiv.org/search/?query=${encodeURIComponent(paper.title)}&searchtype=title`;
  // Any field's paper (a PubMed or CACM corpus has none on arXiv), by its exact title.
  const scholar = `https://scholar.google.com/scholar?q=${encodeURIComponent(`"${paper.title}"`)}`;
  const byline = [paper.authors?.join(', '), paper.date ?? paper.year?.toString(), paper.venue].filter(Boolean).join(' · ');

  return (
    <DetailsArticle kind="Paper" title={paper.title}>
      {byline && <p className="byline">{byline}</p>}
      <div className="details-row">
        <ClusterBadge id={paper.cluster} />
        {links.length > 0 ? (
          links.map((link) => (
            <a key={link.href} className="external" href={link.href} title={link.title} target="_blank" rel="noopener noreferrer">
              {link.label}
            </a>
          ))
        ) : (
          <>
            <a className="external" href={scholar} target="_blank" rel="noopener noreferrer">
              Search on Google Scholar
            </a>
            <a className="external" href={arxiv} target="_blank" rel="noopener noreferrer">
              Search on arXiv
            </a>
          </>
        )}
      </div>
      <BridgeScore kind="paper" id={paper.id} />

      <section aria-labelledby="paper-keywords">
        <h3 id="paper-keywords">Keywords</h3>
        {onMap.length === 0 && <p className="muted">None of this paper's keywords is on the map.</p>}
        <ul className="chips">
          {onMap.map((chip) => {
            const score = formatScore(chip.score);
            const active = chosen.includes(chip.id);
            return (
              <li key={chip.id}>
                <ChipButton
                  term={chip.term}
                  score={score}
                  label={`Filter by ${chip.term} (score ${score})`}
                  pressed={active}
                  title={`Filter the map by ${chip.term}`}
                  onClick={() => useMapStore.getState().addFilterKeyword(chip.id)}
                />
              </li>
            );
          })}
        </ul>
        {others.length > 0 && (
          <>
            <h4 className="subheading" id="paper-phrases">
              Other key phrases <span className="muted">(too rare to be on the map)</span>
            </h4>
            {/* Best first, without their raw TF-IDF scores: beside the map keywords' weights (0–1,
                of the paper's best map keyword) "28.23" read as 28 times as relevant. */}
            <ul className="chips chips-small" aria-labelledby="paper-phrases">
              {others.map((k) => (
                <li key={k.term} className="chip chip-off">
                  <span>{k.term}</span>
                </li>
              ))}
            </ul>
          </>
        )}
      </section>

      {paper.authorKeywords && paper.authorKeywords.length > 0 && (
        <section aria-labelledby="paper-author-keywords">
          <h3 id="paper-author-keywords">Author keywords</h3>
          <ul className="chips chips-small">
            {paper.authorKeywords.map((keyword, i) => (
              <li key={`${i}:${keyword}`} className="chip chip-off">
                <span>{keyword}</span>
              </li>
            ))}
          </ul>
        </section>
      )}

      <section aria-labelledby="paper-abstract">
        <h3 id="paper-abstract">Abstract</h3>
        {texts.kind === 'loading' ? (
          <p className="muted" aria-busy="true">
            Loading the abstract…
          </p>
        ) : texts.kind === 'error' ? (
          <p className="muted">{texts.message}</p>
        ) : (
          <Abstract text={paper.abstract} terms={terms} />
        )}
      </section>

      <section aria-labelledby="paper-related" aria-busy={related === null}>
        <h3 id="paper-related">Related papers</h3>
        {related === null ? null : related.length === 0 ? (
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
    </DetailsArticle>
  );
}

/**
 * The abstract, with the key phrases marked; a structured abstract as its sections, each heading
 * ("METHODS", or OpenAlex's colon-less "Methods") over its text, as PubMed shows one.
 */
function Abstract({ text, terms }: { text: string; terms: readonly string[] }) {
  const sections = useMemo(() => abstractSections(text), [text]);
  if (sections.length === 1 && sections[0].heading === '') {
    return (
      <p className="abstract">
        <HighlightedText text={text} terms={terms} />
      </p>
    );
  }
  return (
    <div className="abstract">
      {sections.map((section, i) => (
        <p key={`${i}:${section.heading}`}>
          {section.heading !== '' && <strong className="abstract-heading">{section.heading}</strong>}
          {section.heading !== '' && ' '}
          <HighlightedText text={section.body} terms={terms} />
        </p>
      ))}
    </div>
  );
}
