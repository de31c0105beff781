import { OpenAlexDocumentScan } from '../formats/OpenAlexDocumentScan';
import type { CorpusReader, RawCorpus, RawPaperSink } from '../RawPaper';
import { type OpenAlexRecord, openAlexCorpus, openAlexRecord, parseJsonCorpus } from './parseJsonCorpus';

/**
 * A JSON document (an array of papers, an object with `papers`, an OpenAlex API response). The
 * pieces are read as OpenAlex works while they arrive (OpenAlexDocumentScan), so an API response
 * of 200 MB is never one string; anything else, or anything the scan does not read, is joined at
 * the end and parsed by parseJsonCorpus, as the whole text would be.
 */
export class JsonDocumentReader implements CorpusReader {
  private pieces: string[] = [];
  /** Undefined once the text is known not to be OpenAlex works. */
  private scan?: OpenAlexDocumentScan<OpenAlexRecord>;

  constructor(
    private readonly file: string,
    private readonly sink: RawPaperSink,
  ) {
    const lineAt = linesAt(this.pieces);
    this.scan = new OpenAlexDocumentScan((work, offset) => openAlexRecord(work, lineAt(offset), file));
  }

  push(text: string): void {
    this.pieces.push(text);
    if (this.scan && !this.scan.push(text)) this.scan = undefined;
  }

  end(): void {
    const papers = this.scan?.end();
    let corpus: RawCorpus;
    // No works (`{"results": []}`): the full path, which gives none either. Not read as works:
    // the full path, without scanning the whole text again for works.
    if (papers && papers.length > 0) corpus = openAlexCorpus(papers);
    else corpus = parseJsonCorpus(this.pieces.join(''), this.file, { openAlex: false });
    this.pieces = [];
    this.scan = undefined;
    for (const warning of corpus.warnings) this.sink.warning(warning);
    for (const record of corpus.records) this.sink.paper(record);
  }
}

/** The 1-based line of each offset in the joined pieces (which may grow), asked in increasing order. */
function linesAt(pieces: string[]): (offset: number) => number {
  let piece = 0;
  let pieceStart = 0;
  /** The current piece's next line break not counted yet (its length: none), or -1: not looked for. */
  let next = -1;
  let breaks = 0;
  const breakFrom = (text: string, from: number): number => {
    const at = text.indexOf('\n', from);
    return at === -1 ? text.length : at;
  };
  return (offset) => {
    while (piece < pieces.length) {
      const text = pieces[piece];
      if (next === -1) next = breakFrom(text, 0);
      while (next < text.length && pieceStart + next < offset) {
        breaks++;
        next = breakFrom(text, next + 1);
      }
      if (pieceStart + text.length > offset) break;
      pieceStart += text.length;
      piece++;
      next = -1;
    }
    return breaks + 1;
  };
}
