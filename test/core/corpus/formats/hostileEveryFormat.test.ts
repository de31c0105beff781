import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CorpusError, CorpusParser, parseCorpus } from '../../../../src/core/corpus';
import { decodeCorpusBytes } from '../../../../src/core/corpus/textEncoding';
import { westernOnly, windows1252 } from '../../../helpers/windows1252';

/*
 * The hostile variants of issue 13 (a BOM, another encoding, a truncated last record, a 10 MB
 * record), made from one file of every export format: the real excerpts in test/fixtures/real
 * (sources in SOURCES.md there; Lens is bibliometrix's GPL-3 excerpt) and the hand-written files in
 * test/fixtures/exports (the only ones for Dimensions and CSL-JSON with abstracts, beside the real ones for the other formats,
 * and for PubMed "Abstract (text)", EndNote tagged and XML, RefWorks tagged, Scopus plain text and Crossref). Abstract-less records, missing ER and stray lines are tested per format
 * in exportHostile.test.ts and realExports.test.ts.
 */
const FILES = [
  'real/wos-asreview.ris',
  'real/ieee.ris',
  'real/wos-plaintext.txt',
  'real/wos-tab.txt',
  'real/scopus-litstudy.csv',
  'real/scopus-v2-litstudy.csv',
  'real/lens-bibliometrix.csv',
  'real/pubmed-biopython.medline',
  'real/arxiv-api.atom',
  'real/arxiv-snapshot.jsonl',
  'real/openalex-works.json',
  'real/pubmed-asreview.xml',
  'exports/savedrecs-tab.txt',
  'exports/dimensions.csv',
  'exports/openalex.json',
  'exports/openalex.jsonl',
  'exports/arxiv-snapshot.jsonl',
  'exports/zotero-csl.json',
  'exports/pubmed-abstract.txt',
  'exports/endnote.enw',
  'exports/endnote.xml',
  'exports/scopus.txt',
  'exports/refworks.txt',
  'exports/crossref.json',
];
/**
 * Cut short, these are refused with an error naming the file and line, not half-read: JSON documents
 * (read whole: a syntax error), CSV (an unclosed quote: where the row ends is unknowable) and the
 * Atom file whose only entry is cut (nothing is left). The others keep every complete record.
 */
const REFUSED_WHEN_CUT = new Set([
  'exports/openalex.json',
  'real/openalex-works.json',
  'exports/zotero-csl.json',
  'real/scopus-litstudy.csv',
  'real/scopus-v2-litstudy.csv',
  'real/lens-bibliometrix.csv',
  'exports/dimensions.csv',
  'real/arxiv-api.atom',
  'exports/crossref.json',
]);

const read = (path: string): string => readFileSync(fileURLToPath(new URL(`../../../fixtures/${path}`, import.meta.url)), 'utf8');
const nameOf = (path: string): string => path.split('/')[1];

function parseInPieces(text: string, fileName: string, size: number) {
  const parser = new CorpusParser({ fileName });
  for (let i = 0; i < text.length; i += size) parser.push(text.slice(i, i + size));
  return parser.end();
}

describe.each(FILES)('%s, damaged', (path) => {
  const fileName = nameOf(path);
  const text = read(path);
  const plain = parseCorpus(text, { fileName });

  it('has papers to damage', () => {
    expect(plain.papers.length).toBeGreaterThan(0);
  });

  it('reads the same papers after a UTF-8 byte-order mark', () => {
    expect(parseInPieces(`\uFEFF${text}`, fileName, 4096).papers).toEqual(plain.papers);
  });

  it('reads a file with a byte that is not UTF-8 (a Latin-1 "é") in a title, with a warning naming its line', () => {
    const title = plain.papers[0].title.slice(0, 12);
    const at = text.indexOf(title);
    expect(at).toBeGreaterThanOrEqual(0);
    const bytes = Buffer.from(text, 'utf8');
    const cut = Buffer.byteLength(text.slice(0, at + title.length), 'utf8');
    const damaged = new TextDecoder('utf-8').decode(
      Buffer.concat([bytes.subarray(0, cut), Buffer.from([0xe9]), bytes.subarray(cut)]),
    );
    const { papers, warnings } = parseCorpus(damaged, { fileName });
    expect(papers).toHaveLength(plain.papers.length);
    expect(papers[0].title).toContain('\uFFFD');
    expect(warnings).toContainEqual(
      expect.objectContaining({
        file: fileName,
        message: '1 character(s) could not be decoded as UTF-8 and show as "\uFFFD"; save the file as UTF-8',
      }),
    );
  });

  it('reads the file saved as Windows-1252 (an accent added to a title) like the same text in UTF-8, with a warning', () => {
    const title = plain.papers[0].title.slice(0, 12);
    const at = text.indexOf(title) + title.length;
    // What Windows-1252 cannot write (Greek letters, CJK, math) is "?" in both.
    const western = westernOnly(`${text.slice(0, at)}\u00e9${text.slice(at)}`);
    const { text: decoded, encoding } = decodeCorpusBytes(windows1252(western));
    expect(encoding).toBe('windows-1252');
    expect(decoded).toBe(western);
    const { papers, warnings } = parseCorpus(decoded, { fileName, encoding });
    expect(papers).toEqual(parseCorpus(western, { fileName }).papers);
    expect(papers[0].title).toContain('\u00e9');
    expect(warnings).toContainEqual(
      expect.objectContaining({ file: fileName, message: expect.stringContaining('not UTF-8: read as Windows-1252') }),
    );
  });

  it('keeps the complete records of a file cut inside its last record, and says what was lost', () => {
    // 40 characters into the record the last paper comes from (its line is where the record starts).
    const last = plain.papers[plain.papers.length - 1];
    const lineStart =
      text
        .split('\n')
        .slice(0, (last.line ?? 1) - 1)
        .join('\n').length + 1;
    const truncated = text.slice(0, lineStart + 40);
    if (REFUSED_WHEN_CUT.has(path)) {
      expect(() => parseInPieces(truncated, fileName, 1000)).toThrow(CorpusError);
      expect(() => parseInPieces(truncated, fileName, 1000)).toThrow(new RegExp(`^${fileName.replace('.', '\\.')}:\\d+: `));
      return;
    }
    const result = parseInPieces(truncated, fileName, 1000);
    expect(result.papers).toEqual(plain.papers.slice(0, -1));
    expect(result.warnings.length).toBeGreaterThan(0);
  });

  it('reads a 10 MB abstract intact, fed in 1 MB pieces', () => {
    const first = plain.papers[0];
    const head = first.abstract.slice(0, 30);
    const at = text.indexOf(head);
    if (at < 0) {
      // OpenAlex stores the abstract as an inverted index: no run of its text to grow.
      expect(path).toMatch(/openalex/);
      return;
    }
    // No space at either end, so no whitespace is collapsed where it joins the abstract.
    const filler = 'graph neural networks learn molecular representations '.repeat(190_000).trim();
    expect(filler.length).toBeGreaterThan(10_000_000);
    const huge = text.slice(0, at + head.length) + filler + text.slice(at + head.length);
    const { papers } = parseInPieces(huge, fileName, 1 << 20);
    expect(papers.map((p) => p.id)).toEqual(plain.papers.map((p) => p.id));
    expect(papers[0].abstract.length).toBe(first.abstract.length + filler.length);
    expect(papers[0].abstract.startsWith(head + filler.slice(0, 100))).toBe(true);
  });
});
