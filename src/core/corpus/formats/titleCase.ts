/**
 * Publishers' and societies' initials that open many journal and proceedings titles: kept in
 * capitals when a title written all in capitals is set in title case ("IEEE ACCESS" is "IEEE
 * Access", not "Ieee Access"). Initials cannot be told from words by their letters ("IEEE" and
 * "ACTA" are both capitals with vowels), so these are listed.
 */
const INITIALS = new Set([
  'AAAI',
  'ACM',
  'ACS',
  'AIAA',
  'AIP',
  'AMA',
  'APL',
  'ASCE',
  'ASME',
  'BMC',
  'BMJ',
  'EMBO',
  'EPJ',
  'FEBS',
  'IEEE',
  'IET',
  'IFAC',
  'IOP',
  'ISPRS',
  'JAMA',
  'NPJ',
  'PLOS',
  'PNAS',
  'RSC',
  'SIAM',
  'SPIE',
  'USA',
  'UK',
  'II',
  'III',
  'IV',
]);

/**
 * Web of Science writes source titles in capitals ("NATURE COMMUNICATIONS"), in its plain-text SO,
 * the T2 of its RIS export and the journal of its BibTeX; shown as "Nature Communications" (and
 * "IEEE Access": see INITIALS). Text with a lower-case letter is left as it is.
 */
export function titleCase(text: string): string {
  if (/[a-z]/.test(text)) return text;
  return text
    .toLowerCase()
    .replace(/(^|[\s\-/(])(\p{L})/gu, (_, before: string, letter: string) => before + letter.toUpperCase())
    .replace(/(?<=\s)(Of|And|The|In|On|For|To|A|An|At|By|With|From)(?=\s)/g, (word) => word.toLowerCase())
    .replace(/\p{L}+/gu, (word) => (INITIALS.has(word.toUpperCase()) ? word.toUpperCase() : word));
}
