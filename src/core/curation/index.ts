/**
 * @module core/curation
 * Stage 3, the user's curation. Takes a `Curation` (removed and merged keywords, renamed
 * clusters) or a VOSviewer thesaurus file; applies it to the keyword index before the graph is
 * built and to cluster names after; edits, merges, checks and writes it back as a thesaurus.
 */
export { ThesaurusError } from './ThesaurusError';
export { applyClusterNames } from './applyClusterNames';
export { applyCuration } from './applyCuration';
export { checkCuration } from './checkCuration';
export { isEmptyCuration, type Curation } from './curation';
export { editCuration, type CurationEdit } from './editCuration';
export { mergeCuration } from './mergeCuration';
export { parseThesaurus, parseThesaurusRows, type ThesaurusRows } from './parseThesaurus';
export { resolveCuration } from './resolveCuration';
export { type UnusedCuration, type UnusedRow, unusedCuration, unusedThesaurusRows } from './unusedCuration';
export { writeThesaurus } from './writeThesaurus';
