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
