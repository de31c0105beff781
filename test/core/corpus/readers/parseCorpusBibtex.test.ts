import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { cleanLatex } from '../../../../src/core/corpus/readers/cleanLatex';
import { parseCorpus } from '../../../../src/core/corpus/parseCorpus';
import { cpuTime } from '../../../helpers/cpuTime';

const fixture = (name: string) =>
  readFileSync(fileURLToPath(new URL(`../../../fixtures/corpus/${name}`, import.meta.url)), 'utf8');

describe('BibTeX', () => {
  it('reads a Zotero export: key as id, authors as "First Last", doi as a link, LaTeX cleaned, and the metadata', () => {
    const { papers, warnings } = parseCorpus(fixture('zotero.bib'), { fileName: 'zotero.bib' });
    expect(papers).toHaveLength(2);
    expect(papers[0]).toEqual({
      id: 'vaswani_attention_2017',
      title: 'Attention Is All You Need',
      abstract:
        'The dominant sequence transduction models are based on complex recurrent or convolutional neural networks in an encoder-decoder configuration. We propose a new simple network architecture, the Transformer.',
      authors: ['Ashish Vaswani', 'Noam Shazeer', 'Niki Parmar'],
      year: 2017,
      date: '2017-12',
      url: 'http://arxiv.org/abs/1706.03762',
      doi: '10.48550/arXiv.1706.03762',
      authorKeywords: ['Computer Science - Computation and Language'],
      sourceIds: { arxiv: '1706.03762' },
      line: 2,
    });
    expect(papers[1]).toEqual({
      id: 'muller_uber_2020',
      title: 'Über die Straße: Modelle für Çukurova und España',
      abstract:
        'We study road networks in 10–20 cities & report a 5% gain; see O(n log n) and α ≤ 2 bounds. “Quoted” text — and naïve café.',
      authors: ['Jörg Müller', 'Émile Zola', 'Barnes and Noble, Inc.'],
      year: 2020,
      url: 'https://doi.org/10.1000/xyz_1',
      doi: '10.1000/xyz_1',
      line: 16,
    });
    expect(warnings).toEqual([
      { file: 'zotero.bib', line: 24, message: 'paper "A Record Without an Abstract" has an empty abstract; skipped' },
    ]);
  });

  it("keeps the metadata of Scopus's, Web of Science's and BibLaTeX's BibTeX: date, venue, DOI, keywords, database ids", () => {
    // Hand-written in the layouts those tools write (field names, braces, case); no real export is copied.
    const bib = [
      '@ARTICLE{Smith2020,',
      'author={Smith, J. and Lee, K.},',
      'title={Graph learning for traffic},',
      'journal={Transportation Research Part C: Emerging Technologies},',
      'year={2020},',
      'doi={10.1016/j.trc.2020.01.001},',
      'url={https://www.scopus.com/inward/record.uri?eid=2-s2.0-85078000000&doi=10.1016%2fj.trc.2020.01.001&partnerID=40},',
      'abstract={Graph learning forecasts road traffic. © 2020 Elsevier Ltd. All rights reserved.},',
      'author_keywords={Graph learning; Traffic forecasting},',
      'keywords={Forecasting; Roads and streets},',
      'document_type={Article},',
      'source={Scopus},',
      '}',
      '',
      '@article{ WOS:000458123400001,',
      'Author = {Li, Xin and Chen, Yu},',
      'Title = {{Deep learning for traffic forecasting}},',
      'Journal = {{IEEE ACCESS}},',
      'Year = {{2019}},',
      'Month = {{FEB}},',
      'Abstract = {{Deep learning forecasts traffic \\& graph neural networks help.}},',
      'DOI = {{10.1109/ACCESS.2019.2890000}},',
      'Keywords = {{traffic forecasting; deep learning}},',
      'Keywords-Plus = {{NETWORKS}},',
      'Unique-ID = {{WOS:000458123400001}},',
      '}',
      '',
      '@online{wu_traffic_2022,',
      '\ttitle = {Traffic forecasting with attention},',
      '\tabstract = {<p>Attention models forecast road traffic &amp; more.</p>},',
      '\tjournaltitle = {{arXiv} preprint},',
      '\tauthor = {Wu, An},',
      '\tdate = {2022-01-03},',
      '\teprinttype = {arxiv},',
      '\teprint = {2201.00001},',
      '}',
    ].join('\n');
    const { papers, warnings } = parseCorpus(bib, { fileName: 'db.bib' });
    expect(warnings).toEqual([]);
    const { line: _1, ...scopus } = papers[0];
    expect(scopus).toEqual({
      id: 'Smith2020',
      title: 'Graph learning for traffic',
      abstract: 'Graph learning forecasts road traffic.',
      authors: ['J. Smith', 'K. Lee'],
      year: 2020,
      url: 'https://www.scopus.com/inward/record.uri?eid=2-s2.0-85078000000&doi=10.1016%2fj.trc.2020.01.001&partnerID=40',
      venue: 'Transportation Research Part C: Emerging Technologies',
      doi: '10.1016/j.trc.2020.01.001',
      authorKeywords: ['Graph learning', 'Traffic forecasting', 'Forecasting', 'Roads and streets'],
      sourceIds: { scopus: '2-s2.0-85078000000' },
    });
    expect(papers[1]).toMatchObject({
      title: 'Deep learning for traffic forecasting',
      abstract: 'Deep learning forecasts traffic & graph neural networks help.',
      year: 2019,
      date: '2019-02',
      venue: 'IEEE Access',
      doi: '10.1109/ACCESS.2019.2890000',
      authorKeywords: ['traffic forecasting', 'deep learning', 'NETWORKS'],
      sourceIds: { wos: 'WOS:000458123400001' },
    });
    expect(papers[2]).toMatchObject({
      title: 'Traffic forecasting with attention',
      abstract: 'Attention models forecast road traffic & more.',
      year: 2022,
      date: '2022-01-03',
      venue: 'arXiv preprint',
      sourceIds: { arxiv: '2201.00001' },
    });
  });

  it('reads a Google Scholar export: quoted values, @string macros, # concatenation, (...) entries, comments', () => {
    const { papers, warnings } = parseCorpus(fixture('scholar.bib'), { fileName: 'scholar.bib' });
    expect(warnings).toEqual([]);
    expect(papers.map((p) => p.id)).toEqual(['ho2020denoising', 'kingma2014adam']);
    expect(papers[0]).toMatchObject({
      title: 'Denoising diffusion probabilistic models',
      abstract:
        'We present high quality image synthesis results using diffusion probabilistic models, a class of latent variable models.',
      authors: ['Jonathan Ho', 'Ajay Jain', 'Pieter Abbeel'],
      year: 2020,
      line: 7,
    });
    expect(papers[1]).toMatchObject({
      title: 'Adam: A method for stochastic optimization',
      authors: ['Diederik P Kingma', 'Jimmy Ba'],
      line: 17,
    });
  });

  it('skips an entry with a syntax error, with a warning, and reads the rest', () => {
    const { papers, warnings } = parseCorpus(fixture('broken-entry.bib'), { fileName: 'broken.bib' });
    expect(papers.map((p) => p.id)).toEqual(['good_one', 'good_two']);
    expect(warnings).toEqual([
      {
        file: 'broken.bib',
        line: 8,
        message: 'skipped the @article entry starting on line 6: expected "=" after the field name "abstract"',
      },
    ]);
  });

  it('throws for an entry whose braces never close, naming the line where it starts', () => {
    expect(() => parseCorpus(fixture('unterminated.bib'), { fileName: 'open.bib' })).toThrow(
      'open.bib:6: @article entry never ends: the file ends inside it (a closing brace is probably missing)',
    );
  });

  it('reports duplicate keys with both lines', () => {
    const text = '@article{k, title={A}, abstract={B}}\n\n@article{k,\n title={C}, abstract={D}}\n';
    expect(() => parseCorpus(text, { fileName: 'dup.bib' })).toThrow('dup.bib:3: duplicate id "k" (also on line 1)');
  });

  it('keeps a long abstract intact and parses it in linear time', () => {
    const abstract = 'A long abstract with {braces} and text. '.repeat(25_000);
    const text = `@article{long, title={Long}, abstract={${abstract}}}`;
    const { papers } = parseCorpus(text, { fileName: 'long.bib' });
    // As fast as the same text as 1,000 ordinary entries (ratio 10; a quadratic scan would be ~1000x).
    const piece = 'A long abstract with {braces} and text. '.repeat(25);
    const ordinary = Array.from({ length: 1000 }, (_, i) => `@article{p${i}, title={T${i}}, abstract={${piece}}}`).join('\n');
    const baseline = cpuTime(() => parseCorpus(ordinary, { fileName: 'ordinary.bib' }));
    expect(cpuTime(() => parseCorpus(text, { fileName: 'long.bib' }))).toBeLessThan(10 * baseline);
    expect(papers[0].abstract).toBe(abstract.replace(/[{}]/g, '').trim());
  });
});

describe('cleanLatex', () => {
  it.each([
    ["Caf\\'e", 'Café'],
    ["Caf\\'{e}", 'Café'],
    ['{\\"o}', 'ö'],
    ['\\"{O}', 'Ö'],
    ['\\c{c}', 'ç'],
    ['\\c c', 'ç'],
    ['Espa\\~na', 'España'],
    ['Stra\\ss e', 'Straße'],
    ['{\\ss}', 'ß'],
    ['na\\"{\\i}ve', 'naïve'],
    ["\\'\\i", 'í'],
    ['\\v{s}', 'š'],
    ['\\H{o}', 'ő'],
    ['\\k{a}', 'ą'],
    ['\\r{a}', 'å'],
    ['{\\aa}', 'å'],
    ['{\\o}', 'ø'],
    ['\\AE', 'Æ'],
    ['\\l', 'ł'],
    ['\\^{}', '^'],
    ['\\~{}', '~'],
    ['A \\& B', 'A & B'],
    ['5\\%', '5%'],
    ['\\$5 and \\#1 and a\\_b', '$5 and #1 and a_b'],
    ['\\{x\\}', '{x}'],
    ['Figure~1', 'Figure 1'],
    ['pages 1--2', 'pages 1–2'],
    ['yes---no', 'yes—no'],
    ['\\textit{deep} \\textbf{learning}', 'deep learning'],
    ['{\\em emphasised} text', 'emphasised text'],
    ['$x^2 + y_i$', 'x^2 + y_i'],
    ['$\\mathcal{O}(n^{2})$', 'O(n^2)'],
    ['$\\alpha$-stable and $\\beta\\leq 1$', 'α-stable and β≤ 1'],
    ['a \\textendash{} b', 'a – b'],
    ['\\LaTeX{} is nice', 'LaTeX is nice'],
    ['see~\\cite{knuth84} and \\ref{fig}', 'see and'],
    ['as shown in~\\cite[p.~3]{knuth84}.', 'as shown in.'],
    ['\\url{http://x.org/~me_1}', 'http://x.org/~me_1'],
    ['\\href{http://x.org}{the site}', 'the site'],
    ["``quoted''", '“quoted”'],
    ["it's", "it's"],
    ['  lots \n of\t space  ', 'lots of space'],
    ['{{Nested {Braces}}}', 'Nested Braces'],
    ['Unknown \\foo{bar} command', 'Unknown bar command'],
    ['trailing backslash \\', 'trailing backslash'],
    ['日本語のタイトル', '日本語のタイトル'],
  ])('%s -> %s', (latex, plain) => {
    expect(cleanLatex(latex)).toBe(plain);
  });
});

describe('BibTeX: an unbalanced brace loses no other entry', () => {
  it('resumes at the next entry when a brace left open runs a value into it, and warns', () => {
    const text = [
      '@article{a,',
      '  title = {One {unclosed},',
      '  abstract = {First abstract.}',
      '}',
      '@article{b,',
      '  title = {Two},',
      '  abstract = {Second abstract.}',
      '}',
      '@article{c,',
      '  title = {Three},',
      '  abstract = {Third abstract.}',
      '}',
      '',
    ].join('\n');
    const { papers, warnings } = parseCorpus(text, { fileName: 'open.bib' });
    expect(papers.map((p) => p.id)).toEqual(['b', 'c']);
    expect(warnings).toHaveLength(1);
    expect(warnings[0].message).toMatch(/^skipped the @article entry starting on line 1: /);
  });

  it('skips an entry whose open brace swallows the next entries and still closes', () => {
    // The open brace of a's title is closed on the line after b, and a with it: read as it
    // stands, a parses, with b inside its title, and b vanishes.
    const text = [
      '@article{a, title = {One {unclosed, abstract = {First abstract.}}',
      '@article{b, title = {Two}, abstract = {Second abstract.}}',
      '}}',
      '@article{c, title = {Three}, abstract = {Third abstract.}}',
      '',
    ].join('\n');
    const { papers, warnings } = parseCorpus(text, { fileName: 'swallow.bib' });
    expect(papers.map((p) => p.id)).toEqual(['b', 'c']);
    expect(warnings.map((w) => [w.line, w.message])).toEqual([
      [
        2,
        'skipped the @article entry starting on line 1: it runs into the entry on line 2 (a closing brace is probably missing)',
      ],
    ]);
  });

  it('resumes at the next entry when the file ends inside a value, and still refuses a last entry that never ends', () => {
    const text =
      '@article{a,\n  title = {One {unclosed},\n  abstract = {First.}\n}\n@article{b,\n  title = {Two},\n  abstract = {Second.}\n}\n';
    const { papers, warnings } = parseCorpus(text, { fileName: 'end.bib' });
    expect(papers.map((p) => p.id)).toEqual(['b']);
    expect(warnings).toHaveLength(1);
    expect(warnings[0].message).toMatch(/^skipped the @article entry starting on line 1: /);
    expect(() => parseCorpus(fixture('unterminated.bib'), { fileName: 'open.bib' })).toThrow(
      'open.bib:6: @article entry never ends',
    );
  });

  it('keeps entries inside an @comment commented out', () => {
    const text = '@comment{\n@article{x, title = {X}, abstract = {Y}}\n}\n@article{b, title = {Two}, abstract = {Second.}}\n';
    const { papers, warnings } = parseCorpus(text, { fileName: 'comment.bib' });
    expect(papers.map((p) => p.id)).toEqual(['b']);
    expect(warnings).toEqual([]);
  });
});
