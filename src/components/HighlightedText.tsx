import { useMemo } from 'react';
import { markKeywords } from '../core/query';

/** Text with the given terms in <mark>. Rendered as React text nodes: never parsed as HTML. */
export function HighlightedText({ text, terms }: { text: string; terms: readonly string[] }) {
  const parts = useMemo(() => markKeywords(text, terms), [text, terms]);
  return <>{parts.map((part, i) => (part.mark ? <mark key={i}>{part.text}</mark> : <span key={i}>{part.text}</span>))}</>;
}
