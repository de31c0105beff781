import type { ReactNode } from 'react';

export interface DetailsArticleProps {
  /** What is shown ("Paper", "Keyword", a cluster's swatch and "Cluster"), above its name. */
  kind: ReactNode;
  /** Its name: the panel's heading, which labels the article. */
  title: string;
  children: ReactNode;
}

/** The body of the details panel for one paper, keyword or cluster: kind, name, then the rest. */
export function DetailsArticle({ kind, title, children }: DetailsArticleProps) {
  return (
    <article className="details-body" aria-labelledby="details-title">
      <p className="eyebrow">{kind}</p>
      <h2 id="details-title" className="details-title" tabIndex={-1}>
        {title}
      </h2>
      {children}
    </article>
  );
}
