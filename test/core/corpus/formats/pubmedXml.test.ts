import { describe, expect, it } from 'vitest';
import { CorpusParser, parseCorpus } from '../../../../src/core/corpus';

/*
 * PubMed XML written by hand after the shapes of the DTD (pubmed_250101.dtd) that the real
 * excerpt in test/fixtures/real/pubmed-asreview.xml does not show: a translated title, a group
 * author, a MedlineDate, an abstract in another language (OtherAbstract), the articles a
 * correction cites, inline markup and entities.
 */
const article = (inner: string): string =>
  `<PubmedArticle>\n<MedlineCitation Status="MEDLINE" Owner="NLM">\n${inner}\n</MedlineCitation>\n</PubmedArticle>\n`;
const file = (...articles: string[]): string =>
  `<?xml version="1.0" ?>\n<!DOCTYPE PubmedArticleSet PUBLIC "-//NLM//DTD PubMedArticle, 1st January 2025//EN" "https://dtd.nlm.nih.gov/ncbi/pubmed/out/pubmed_250101.dtd">\n<PubmedArticleSet>\n${articles.join('')}</PubmedArticleSet>\n`;

const TRANSLATED = article(`<PMID Version="1">11111111</PMID>
<Article PubModel="Print">
<Journal><JournalIssue CitedMedium="Print"><PubDate><MedlineDate>1998 Dec-1999 Jan</MedlineDate></PubDate></JournalIssue><Title>Revue m&#xe9;dicale</Title></Journal>
<ArticleTitle>[Treatment of <i>Helicobacter pylori</i> infection in children].</ArticleTitle>
<Abstract><AbstractText>Eradication of H. pylori &lt;50% in 2 weeks &amp; more.</AbstractText></Abstract>
<AuthorList><Author><CollectiveName>European Paediatric H. pylori Group</CollectiveName></Author><Author><LastName>Dupont</LastName><ForeName>Marie</ForeName></Author></AuthorList>
</Article>
<OtherAbstract Type="Publisher" Language="fre"><AbstractText>L'&#xe9;radication est lente.</AbstractText></OtherAbstract>
<CommentsCorrectionsList><CommentsCorrections RefType="ErratumIn"><RefSource>Rev Med. 1999</RefSource><PMID Version="1">22222222</PMID></CommentsCorrections></CommentsCorrectionsList>`);

const PLAIN = article(`<PMID Version="1">33333333</PMID>
<Article PubModel="Print"><Journal><JournalIssue><PubDate><Year>2020</Year><Month>05</Month><Day>3</Day></PubDate></JournalIssue><Title>Gut</Title></Journal>
<ArticleTitle>A second paper on gastric mucosa</ArticleTitle>
<Abstract><AbstractText>Gastric mucosa heals after eradication.</AbstractText></Abstract></Article>`);

describe('PubMed XML', () => {
  const { papers, warnings } = parseCorpus(file(TRANSLATED, PLAIN), { fileName: 'efetch.xml' });

  it('reads a translated title without its brackets, a group author, a MedlineDate, entities and inline markup', () => {
    expect(warnings).toEqual([]);
    expect(papers[0]).toMatchObject({
      id: '11111111',
      title: 'Treatment of Helicobacter pylori infection in children.',
      abstract: 'Eradication of H. pylori <50% in 2 weeks & more.',
      authors: ['European Paediatric H. pylori Group', 'Marie Dupont'],
      year: 1998,
      date: '1998-12',
      venue: 'Revue médicale',
      sourceIds: { pmid: '11111111' },
    });
  });

  it("reads neither the abstract in another language nor a cited article's PMID", () => {
    expect(papers[0].abstract).not.toContain('radication est');
    expect(papers.map((p) => p.id)).toEqual(['11111111', '33333333']);
    expect(papers[1]).toMatchObject({ date: '2020-05-03', venue: 'Gut' });
  });

  it('gives the same papers read in pieces, and keeps the articles before one the file ends inside', () => {
    const text = file(PLAIN, TRANSLATED);
    const parser = new CorpusParser({ fileName: 'efetch.xml' });
    for (let i = 0; i < text.length; i += 7) parser.push(text.slice(i, i + 7));
    expect(parser.end().papers.map((p) => p.id)).toEqual(['33333333', '11111111']);
    const cut = parseCorpus(text.slice(0, text.indexOf('Revue')), { fileName: 'efetch.xml' });
    expect(cut.papers.map((p) => p.id)).toEqual(['33333333']);
    expect(cut.warnings).toEqual([
      expect.objectContaining({
        message:
          'the file ends inside this <PubmedArticle> (no </PubmedArticle>): the file looks cut short; PubmedArticle skipped',
      }),
    ]);
  });
});

/*
 * NCBI Bookshelf records, as efetch writes them among articles (pubmed_250101.dtd): a chapter of
 * StatPearls (its authors after the Book element, the book's editors inside it) and a whole
 * guideline book (the shape of a record in JabRef's MedlineImporterTestPubmedBook.xml).
 */
const CHAPTER = `<PubmedBookArticle>
<BookDocument>
<PMID Version="1">28722863</PMID>
<ArticleIdList><ArticleId IdType="bookaccession">NBK441867</ArticleId></ArticleIdList>
<Book>
<Publisher><PublisherName>StatPearls Publishing</PublisherName><PublisherLocation>Treasure Island (FL)</PublisherLocation></Publisher>
<BookTitle book="statpearls">StatPearls</BookTitle>
<PubDate><Year>2025</Year><Month>01</Month></PubDate>
<AuthorList Type="editors"><Author><LastName>Ackley</LastName><ForeName>William</ForeName></Author></AuthorList>
</Book>
<LocationLabel Type="chapter">Anatomy</LocationLabel>
<ArticleTitle book="statpearls" part="article-17398">Anatomy, Head and Neck, Larynx</ArticleTitle>
<Language>eng</Language>
<AuthorList Type="authors"><Author><LastName>Suárez-Quintanilla</LastName><ForeName>Juan</ForeName></Author><Author><LastName>Fernández Cabrera</LastName><ForeName>Alba</ForeName></Author></AuthorList>
<Abstract><AbstractText>The larynx is a hollow tube that connects the pharynx to the trachea.</AbstractText><CopyrightInformation>Copyright © 2025, StatPearls Publishing LLC.</CopyrightInformation></Abstract>
</BookDocument>
<PubmedBookData><ArticleIdList><ArticleId IdType="pubmed">28722863</ArticleId></ArticleIdList></PubmedBookData>
</PubmedBookArticle>
`;
const WHOLE_BOOK = `<PubmedBookArticle>
<BookDocument>
<PMID Version="1">21413195</PMID>
<ArticleIdList><ArticleId IdType="bookaccession">NBK51812</ArticleId></ArticleIdList>
<Book>
<Publisher><PublisherName>Royal College of Physicians (UK)</PublisherName><PublisherLocation>London</PublisherLocation></Publisher>
<BookTitle book="nicecg79">Rheumatoid Arthritis: National Clinical
Guideline for Management and Treatment in Adults</BookTitle>
<PubDate><Year>2009</Year><Month>02</Month></PubDate>
<AuthorList Type="authors"><Author><CollectiveName>National Collaborating Centre for Chronic Conditions (UK)</CollectiveName></Author></AuthorList>
</Book>
<Abstract><AbstractText>Rheumatoid arthritis is a chronic inflammatory disease of the joints.</AbstractText></Abstract>
<Sections><Section><SectionTitle book="nicecg79" part="ch1">Introduction</SectionTitle></Section></Sections>
</BookDocument>
</PubmedBookArticle>
`;

describe('PubMed XML: NCBI Bookshelf records among the articles', () => {
  const text = file(PLAIN, CHAPTER, WHOLE_BOOK);
  const { papers, warnings } = parseCorpus(text, { fileName: 'efetch.xml' });

  it("reads a chapter: its title and authors, the book as its venue, the book's date, not its editors", () => {
    expect(warnings).toEqual([]);
    expect(papers.map((p) => p.id)).toEqual(['33333333', '28722863', '21413195']);
    expect(papers[1]).toMatchObject({
      title: 'Anatomy, Head and Neck, Larynx',
      abstract: 'The larynx is a hollow tube that connects the pharynx to the trachea.',
      authors: ['Juan Suárez-Quintanilla', 'Alba Fernández Cabrera'],
      venue: 'StatPearls',
      year: 2025,
      date: '2025-01',
      url: 'https://pubmed.ncbi.nlm.nih.gov/28722863/',
    });
  });

  it('reads a whole book: its title, its authors, its publisher as the venue', () => {
    expect(papers[2]).toMatchObject({
      title: 'Rheumatoid Arthritis: National Clinical Guideline for Management and Treatment in Adults',
      authors: ['National Collaborating Centre for Chronic Conditions (UK)'],
      venue: 'Royal College of Physicians (UK)',
      date: '2009-02',
    });
  });

  it('gives the same papers read in pieces, and warns about a book record the file ends inside', () => {
    const parser = new CorpusParser({ fileName: 'efetch.xml' });
    for (let i = 0; i < text.length; i += 11) parser.push(text.slice(i, i + 11));
    expect(parser.end().papers).toEqual(papers);
    const cut = parseCorpus(text.slice(0, text.indexOf('The larynx')), { fileName: 'efetch.xml' });
    expect(cut.papers.map((p) => p.id)).toEqual(['33333333']);
    expect(cut.warnings).toEqual([
      expect.objectContaining({
        message:
          'the file ends inside this <PubmedBookArticle> (no </PubmedBookArticle>): the file looks cut short; PubmedBookArticle skipped',
      }),
    ]);
  });
});
