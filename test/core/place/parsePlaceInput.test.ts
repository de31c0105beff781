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
});
