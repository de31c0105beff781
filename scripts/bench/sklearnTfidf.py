"""The same-run baseline for the keyword stage: what a user would otherwise write.

scikit-learn's TfidfVectorizer over 1-3-grams of title + abstract, English stopwords, terms in at
least --min-df papers (default 2: trigrams seen once would make most of the vocabulary), then each
paper's --top highest-scoring terms. Reads JSON Lines with "title" and "abstract" (the bench hands
it a generated corpus, or a --corpus file converted by our parser so both see the same papers), and
prints one JSON object: times in ms (wall: perf_counter, CPU: process_time) and peak RSS in MB.

    /usr/bin/python3 scripts/bench/sklearnTfidf.py CORPUS.jsonl [--min-df 2] [--top 10]

Python's start and the imports are timed apart (importMs), as the builder's figures leave out
Node's start. Exit status 3 with {"missing": ...} when scikit-learn cannot be imported.
"""
import argparse
import json
import platform
import resource
import sys
import time


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("corpus")
    parser.add_argument("--min-df", type=int, default=2)
    parser.add_argument("--top", type=int, default=10)
    args = parser.parse_args()

    started = time.perf_counter()
    try:
        import numpy as np
        import sklearn
        from sklearn.feature_extraction.text import TfidfVectorizer
    except ImportError as error:
        print(json.dumps({"missing": str(error)}))
        sys.exit(3)
    import_ms = (time.perf_counter() - started) * 1000

    wall0 = time.perf_counter()
    cpu0 = time.process_time()
    texts = []
    with open(args.corpus, encoding="utf-8") as f:
        for line in f:
            if not line.strip():
                continue
            paper = json.loads(line)
            texts.append(f"{paper.get('title') or ''}. {paper.get('abstract') or ''}")
    wall1 = time.perf_counter()

    vectorizer = TfidfVectorizer(ngram_range=(1, 3), stop_words="english", min_df=args.min_df)
    matrix = vectorizer.fit_transform(texts)  # CSR: one row per paper
    terms = vectorizer.get_feature_names_out()
    wall2 = time.perf_counter()

    # Each paper's best terms from its own row's non-zeros (not a dense row over the whole
    # vocabulary): the fast way to write it, so the baseline is not slowed by a naive loop.
    top = []
    for i in range(matrix.shape[0]):
        lo, hi = matrix.indptr[i], matrix.indptr[i + 1]
        scores = matrix.data[lo:hi]
        best = np.argsort(-scores, kind="stable")[: args.top]
        top.append([terms[j] for j in matrix.indices[lo:hi][best]])
    wall3 = time.perf_counter()
    cpu3 = time.process_time()

    print(
        json.dumps(
            {
                "task": "sklearn",
                "papers": len(texts),
                "vocabulary": len(terms),
                "keywordsPerPaper": sum(len(t) for t in top) / max(1, len(top)),
                "minDf": args.min_df,
                "top": args.top,
                "importMs": import_ms,
                "readMs": (wall1 - wall0) * 1000,
                "fitMs": (wall2 - wall1) * 1000,
                "topMs": (wall3 - wall2) * 1000,
                "totalMs": (wall3 - wall0) * 1000,
                "cpuMs": (cpu3 - cpu0) * 1000,
                # ru_maxrss is in KB on Linux: the whole process, interpreter included.
                "peakRssMb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
                "python": platform.python_version(),
                "sklearn": sklearn.__version__,
            }
        )
    )


main()
