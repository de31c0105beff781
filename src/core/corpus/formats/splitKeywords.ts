import { indexTermHeading } from './indexTermHeading';

/**
 * Keywords written in one field ("deep learning; graph neural networks", or CSL-JSON's "a, b"):
 * split on semicolons, or on commas when there is no semicolon; trimmed, empty and repeated
 * (ignoring case) entries dropped, order kept.
 */
export function splitKeywords(text: string, into: string[] = []): string[] {
  const parts = text.includes(';') ? text.split(';') : text.split(',');
  for (const part of parts) addKeyword(into, part);
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
