import { describe, expect, it } from 'vitest';
import { PlaceInputError, parsePlaceInput } from '../../../src/core/place';

describe('parsePlaceInput', () => {
  it('reads the title from the first line and the abstract from the lines below', () => {
    expect(parsePlaceInput('\n  A title  \nFirst line\n\n  second line\n', 'paper.txt')).toEqual({
      title: 'A title',
      abstract: 'First line second line',
    });
  });

  it('reads one BibTeX entry with the corpus reader (LaTeX cleaned)', () => {
    const bib = '@article{k,\n  title = {Muon is {Scalable}},\n  abstract = {The \\emph{Muon} optimizer.}\n}';
    expect(parsePlaceInput(bib, 'p.bib')).toEqual({ title: 'Muon is Scalable', abstract: 'The Muon optimizer.' });
  });

  it.each([
    ['', 'p.txt: nothing to place'],
    ['Only a title\n', 'p.txt:1: no abstract'],
    ['\n\nOnly a title', 'p.txt:3: no abstract'],
    ['@article{k,\n  title = {T},\n  year = 2020\n}', 'p.txt:'],
    ['@article{k,\n  title = {T', 'p.txt:1: @article entry never ends'],
    ['@article{a, title={A}, abstract={x}}\n@article{b, title={B}, abstract={y}}', 'p.txt:2: 2 BibTeX entries'],
    // What `npm run place` took before: a PDF's text, an RIS record, MEDLINE, a whole corpus.
    ['%PDF-1.4\n%\u00e2\u00e3\u00cf\u00d3\n1 0 obj\u0000<<>>', "p.txt: binary file, not a paper's text"],
    ['\uFFFDPNG\r\n\u001a\n\uFFFD\uFFFD\uFFFD\uFFFDIHDR\uFFFD\uFFFD', "p.txt: binary file, not a paper's text"],
    ['TY  - JOUR\nTI  - Attention\nAB  - Text.\nER  - \n', 'p.txt:1: reads as a tagged export ("TY  - JOUR")'],
    ['PMID- 123\nTI  - Attention\n', 'p.txt:1: reads as a tagged export ("PMID- 123")'],
  ])('names the file and line of what is wrong: %j', (text, message) => {
    let error: unknown;
    try {
      parsePlaceInput(text, 'p.txt');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(PlaceInputError);
    expect((error as Error).message.startsWith(message)).toBe(true);
  });

  it('refuses a whole corpus given as one paper: more text below the title than any abstract', () => {
    const corpus = `A corpus\n${'Title of a paper\nIts abstract, a few sentences on what the paper did.\n'.repeat(300)}`;
    expect(() => parsePlaceInput(corpus, 'p.txt')).toThrow(
      /^p\.txt:2: [\d,]+ characters below the title, more than any abstract: give one paper/,
    );
  });
});
