import { useState, type ReactNode } from 'react';
import { PaperLink } from './PaperLink';

/** Papers rendered at first, and added by each "Show more". */
export const PAPER_LIST_PAGE = 100;

interface PaperListProps<T> {
  items: readonly T[];
  idOf(item: T): string;
  /** A line under the title (a score, the shared keywords). */
  extraOf?(item: T): ReactNode;
}

/**
 * Papers as a list of PaperLinks, a page at a time: a keyword or cluster of a big map has
 * thousands of papers, and rendering them all made a click take a fraction of a second.
 */
export function PaperList<T>({ items, idOf, extraOf }: PaperListProps<T>) {
  const [shown, setShown] = useState(PAPER_LIST_PAGE);
  return (
    <>
      <ol className="paper-list">
        {items.slice(0, shown).map((item) => {
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
