import { OpenAlexDocumentScan } from '../formats/OpenAlexDocumentScan';
import type { CorpusReader, RawPaperSink } from '../RawPaper';
import { openAlexRecord, parseJsonCorpus } from './parseJsonCorpus';

/**
 * A JSON document (an array of papers, an object with `papers`, an OpenAlex API response). The
 * pieces are read as OpenAlex works while they arrive (OpenAlexDocumentScan), and each work's paper
 * goes to the sink at once, so an API response of 200 MB is never one string and its papers are
 * not all kept until its end. Anything else, or anything the scan does not read, is joined at the
 * end and parsed by parseJsonCorpus, as the whole text would be; when works went to the sink before
 * the scan stopped, parseJsonCorpus goes on after them (or refuses a document in which JSON.parse
 * would keep another list than the one they came from).
 */
export class JsonDocumentReader implements CorpusReader {
  private pieces: string[] = [];
  private readonly scan: OpenAlexDocumentScan;
  /** False once the text is known not to be read through as OpenAlex works. */
  private scanning = true;

  constructor(
    private readonly file: string,
    private readonly sink: RawPaperSink,
  ) {
    const lineAt = linesAt(this.pieces);
    this.scan = new OpenAlexDocumentScan((work, offset) => {
      // The paper's warnings go on only with the paper: a work whose paper throws is read again
      // by the full path, which then gives them.
      const { record, warnings } = openAlexRecord(work, lineAt(offset), file);
      if (warnings) for (const warning of warnings) sink.warning(warning);
      sink.paper(record);
    });
  }

  push(text: string): void {
    this.pieces.push(text);
    if (this.scanning && !this.scan.push(text)) this.scanning = false;
  }

  end(): void {
    const { scan } = this;
    // Read through, works handed on: done. No works (`{"results": []}`): the full path, which
    // gives none either. Else the full path, after the works handed on already (if any).
    const whole = this.scanning && scan.end() && scan.works > 0;
    const text = whole ? '' : this.pieces.join('');
    this.pieces = [];
    if (whole) return;
    const corpus = parseJsonCorpus(text, this.file, {
      openAlex: false,
      handedOn: scan.works > 0 ? { records: scan.works, firstAt: scan.firstWorkAt } : undefined,
    });
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
