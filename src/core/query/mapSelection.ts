/**
 * What the user has selected on the map: a paper, a keyword or a cluster. Shared by the store,
 * the scene (what to highlight) and the URL (`?select=p:ID`, `?select=k:...`, `?select=c:3`).
 */
export type MapSelection = { kind: 'paper'; id: string } | { kind: 'keyword'; id: string } | { kind: 'cluster'; id: number };
