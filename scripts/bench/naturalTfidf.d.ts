// natural's TfIdf file alone (the package root loads database clients); the file
// itself ships no declarations. Only what the keyword baseline calls.
declare module 'natural/lib/natural/tfidf/tfidf.js' {
  class TfIdf {
    addDocument(document: string | string[]): void;
    listTerms(d: number): { term: string; tfidf: number }[];
  }
  export default TfIdf;
}
