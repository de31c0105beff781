// natural ships no type declarations for this file; we import it directly because the package
// root loads database clients (see NOTES.md).
declare module 'natural/lib/natural/util/stopwords.js' {
  const stopwords: { words: string[] };
  export default stopwords;
}
