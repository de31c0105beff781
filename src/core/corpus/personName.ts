/**
 * One author's display name from the parts of a name written with commas, as BibTeX, Zotero and
 * many exports write it: ["Curie", "Marie"] -> "Marie Curie", ["King", "Jr.", "Martin Luther"] ->
 * "Martin Luther King Jr.". A name without commas is already in display order.
 */
export function personName(commaParts: string[]): string {
  const parts = commaParts.map((part) => part.trim());
  if (parts.length === 2 && parts[1] !== '') return `${parts[1]} ${parts[0]}`;
  if (parts.length === 3 && parts[2] !== '') return `${parts[2]} ${parts[0]} ${parts[1]}`.trim();
  return parts.filter((part) => part !== '').join(', ');
}
