// Types for the natural files we import one by one. natural's package root loads database
// clients, and its stemmers/index.js loads the Japanese tokenizer, which needs
// Node's 'util' and would break the browser bundle; these two files ship no declarations.
declare module 'natural/lib/natural/util/stopwords.js' {
  const stopwords: { words: string[] };
  export default stopwords;
}

declare module 'natural/lib/natural/stemmers/porter_stemmer.js' {
  const PorterStemmer: { stem(token: string): string };
  export default PorterStemmer;
}
