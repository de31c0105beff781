import type { CorpusReader, RawCorpus, RawPaperSink } from '../RawPaper';

/**
 * A reader for formats parsed from the whole text (JSON, BibTeX: a record's end is not a line's
 * end): it keeps the pieces and parses their join at the end.
 */
export class WholeTextReader implements CorpusReader {
  private pieces: string[] = [];

  constructor(
    private readonly parse: (text: string, file: string) => RawCorpus,
    private readonly file: string,
    private readonly sink: RawPaperSink,
  ) {}

  push(text: string): void {
    this.pieces.push(text);
  }

  end(): void {
    const text = this.pieces.join('');
    this.pieces = [];
    const { records, warnings } = this.parse(text, this.file);
    for (const warning of warnings) this.sink.warning(warning);
    for (const record of records) this.sink.paper(record);
  }
}
