/**
 * Web of Science writes source titles in capitals ("NATURE COMMUNICATIONS"), in its plain-text SO
 * and in the T2 of its RIS export; shown as "Nature Communications". Text with a lower-case letter
 * is left as it is.
 */
export function titleCase(text: string): string {
  if (/[a-z]/.test(text)) return text;
  return text
    .toLowerCase()
    .replace(/(^|[\s\-/(])(\p{L})/gu, (_, before: string, letter: string) => before + letter.toUpperCase())
    .replace(/(?<=\s)(Of|And|The|In|On|For|To|A|An|At|By|With|From)(?=\s)/g, (word) => word.toLowerCase());
}
