import { useState, type ReactNode } from 'react';
import { useAfterPaint } from '../hooks/useAfterPaint';
import { PaperLink } from './PaperLink';

/** Papers rendered at first, and added by each "Show more". */
export const PAPER_LIST_PAGE = 100;
/** Papers of the first page rendered with the list's first paint (more than a panel shows); the rest come after it. */
export const PAPER_LIST_FIRST_PAINT = 20;

interface PaperListProps<T> {
  items: readonly T[];
  idOf(item: T): string;
  /** A line under the title (a score, the shared keywords). */
  extraOf?(item: T): ReactNode;
}

/**
 * Papers as a list of PaperLinks, a page at a time: a keyword or cluster of a big map has
 * thousands of papers, and rendering them all made a click take a fraction of a second. Of the
 * first page, a screenful is rendered with the panel and the rest after it has painted: the
 * other 80 (their elements, then their layout) held up a keyword's click at 100,000 papers.
 */
export function PaperList<T>({ items, idOf, extraOf }: PaperListProps<T>) {
  const [shown, setShown] = useState(PAPER_LIST_PAGE);
  const painted = useAfterPaint(() => true, []);
  return (
    <>
      <ol className="paper-list">
        {items.slice(0, painted ? shown : Math.min(shown, PAPER_LIST_FIRST_PAINT)).map((item) => {
          const id = idOf(item);
          return (
            <PaperLink key={id} id={id}>
              {extraOf?.(item)}
            </PaperLink>
          );
        })}
      </ol>
      {items.length > shown && (
        <button type="button" className="button button-quiet" onClick={() => setShown(shown + PAPER_LIST_PAGE)}>
          Show more ({items.length - shown} left)
        </button>
      )}
    </>
  );
}
