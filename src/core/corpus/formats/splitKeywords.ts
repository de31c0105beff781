import { indexTermHeading } from './indexTermHeading';

/**
 * Keywords written in one field ("deep learning; graph neural networks", or CSL-JSON's "a, b"):
 * split on semicolons, or on commas when there is no semicolon, outside parentheses; trimmed, empty and repeated
 * (ignoring case) entries dropped, order kept.
 */
export function splitKeywords(text: string, into: string[] = []): string[] {
  const separator = text.includes(';') ? ';' : ',';
  // Not inside parentheses: Embase lists "cyst (diagnosis, surgery), colonoscopy". Unbalanced ones
  // say nothing about nesting, so the text is then split everywhere.
  if (!text.includes('(') || text.split('(').length !== text.split(')').length) {
    for (const part of text.split(separator)) addKeyword(into, part);
    return into;
  }
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (char === '(') depth++;
    else if (char === ')') depth = Math.max(0, depth - 1);
    else if (char === separator && depth === 0) {
      addKeyword(into, text.slice(start, i));
      start = i + 1;
    }
  }
  addKeyword(into, text.slice(start));
  return into;
}

/**
 * Adds one keyword to a list unless it is empty or already there (ignoring case); an index term's
 * qualifiers are dropped ("Crohn Disease/*drug therapy" is "Crohn Disease": indexTermHeading).
 */
export function addKeyword(list: string[], keyword: string): void {
  const clean = indexTermHeading(keyword.replace(/\s+/g, ' ').trim());
  if (clean === '') return;
  const lower = clean.toLowerCase();
  if (!list.some((k) => k.toLowerCase() === lower)) list.push(clean);
}
