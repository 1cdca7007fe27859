"""Experiment: can a classifier trained on the gold sets add the events the rules miss?

For every sentence, every ordered pair of state-level actors mentioned in it is a candidate. Its
features are the words on the dependency path between the two mentions and their trigger-lexicon
types, how each mention hangs in the parse, the sentence's content words, and the events the rules
read from that sentence. One logistic regression per PLOVER type learns, from the gold sets, which
candidates the gold codes with that type (the gold event's evidence span names the sentence). The
rules' triples are kept and the classifier's confident ones are added.

Prints, for each split: the rules alone, the rules plus the classifier, and the oracle that adds
every gold-coded candidate (the ceiling of sentence-level pair classification). Needs scikit-learn
(`pip install -e '.[experiments]'`); it is not part of the product.

    .venv/bin/python benchmarks/pair_classifier.py                      # leave one dev set out, in turn
    .venv/bin/python benchmarks/pair_classifier.py --test dev7 dev8     # train on the others, test these

Held-out is never trained on; pass `--test heldout` only to read its total.
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from kg.config import Settings  # noqa: E402
from kg.evaluate import event_triples, load_gold  # noqa: E402
from kg.extract.pipeline import _collect, _prepare, load_pipeline  # noqa: E402
from kg.model import Article  # noqa: E402
from kg.ontology import EVENT_TYPES, SYMMETRIC_TYPES  # noqa: E402

DEV_SETS = ["dev", "dev2", "dev3", "dev4", "dev5", "dev6", "dev7", "dev8", "dev9", "dev10", "dev11", "dev12", "dev13",
            "dev14"]


def _path(a, b):
    """Tokens from a up to the lowest common ancestor, the ancestor, tokens from b up to it."""
    up, down = [a, *a.ancestors], [b, *b.ancestors]
    where = {t.i: k for k, t in enumerate(down)}
    for k, t in enumerate(up):
        if t.i in where:
            return up[:k], t, down[:where[t.i]]
    return up, None, down


def _distance(doc, ma, mb) -> int:
    """Arcs between two mentions in the parse: of several mentions of a pair, the closest are read."""
    up, _, down = _path(doc[ma.start:ma.end].root, doc[mb.start:mb.end].root)
    return len(up) + len(down)


def _lexicon() -> dict[str, set[str]]:
    types: dict[str, set[str]] = {}
    for line in (ROOT / "kg" / "extract" / "patterns" / "triggers.jsonl").read_text("utf-8").splitlines():
        row = json.loads(line)
        types.setdefault(row["lemma"], set()).add(row["type"])
    return types


def _features(doc, sent, ma, mb, rules, lexicon) -> dict[str, float]:
    a, b = doc[ma.start:ma.end].root, doc[mb.start:mb.end].root
    up, top, down = _path(a, b)
    f: dict[str, float] = {}
    between = up[1:] + down[1:] + ([top] if top is not None and top not in (a, b) else [])
    if len(between) <= 7:
        for t in between:
            f["path:" + t.lemma_.lower()] = 1.0
            for type_ in lexicon.get(t.lemma_.lower(), ()):
                f["path_type:" + type_] = 1.0
    else:
        f["long_path"] = 1.0
    if top is not None:
        f["top:" + top.lemma_.lower()] = f["top_pos:" + top.pos_] = 1.0
    for side, tok, m in (("a", a, ma), ("b", b, mb)):
        f[f"{side}_dep:{tok.dep_}"] = f[f"{side}_head:{tok.head.lemma_.lower()}"] = 1.0
        f[f"{side}_kind:{m.actor.kind}"] = f[f"{side}_how:{m.how}"] = 1.0
        if tok.head.pos_ == "ADP":
            f[f"{side}_prep:{tok.head.head.lemma_.lower()}_{tok.head.lemma_.lower()}"] = 1.0
    f["a_first" if ma.start < mb.start else "b_first"] = 1.0
    for t in sent:
        if t.pos_ in ("VERB", "NOUN") and not t.is_stop:
            f["word:" + t.lemma_.lower()] = 0.5
            for type_ in lexicon.get(t.lemma_.lower(), ()):
                f["word_type:" + type_] = 0.5
    ruled = False
    for source, target, type_ in rules:
        if (source, target) == (ma.code, mb.code):
            f["rule:" + type_], ruled = 1.0, True
        elif (source, target) == (mb.code, ma.code):
            f["rule_reversed:" + type_] = 1.0
        else:
            f["rule_other:" + type_] = 1.0
    if not ruled:
        f["no_rule"] = 1.0
    return f


def candidates(nlp, items: list[dict], lexicon) -> list[dict]:
    """Per article: its candidates (features, gold types) and the rules' and the gold's triples."""
    out = []
    for item in items:
        published = item.get("published")
        article = Article(id=str(item["id"]), text=item.get("text") or "", title=item.get("title") or "",
                          published=date.fromisoformat(published) if published else None)
        docs, offsets, warnings = _prepare(nlp, article)
        docs = list(nlp.pipe(docs))
        full = article.full_text
        spans = []
        for e in item["events"]:
            at = full.find(e["evidence"]) if e.get("evidence") and not e.get("negated") else -1
            if at >= 0:
                spans.append((e["source"], e["target"], e["type"], at, at + len(e["evidence"])))
        cands = []
        for doc, offset in zip(docs, offsets):
            mentions = [m for m in doc._.mentions or [] if m.state_level and m.code]
            for sent in doc.sents:
                rules = [(e.source, e.target, e.type) for e in doc._.events or []
                         if sent.start_char <= e.start < sent.end_char and not e.negated]
                by_code: dict[str, list] = {}
                for m in mentions:
                    if sent.start <= m.start < sent.end:
                        by_code.setdefault(m.code, []).append(m)
                lo, hi = sent.start_char + offset, sent.end_char + offset
                for ca, la in by_code.items():
                    for cb, lb in by_code.items():
                        if ca == cb:
                            continue
                        ma, mb = min(((x, y) for x in la for y in lb), key=lambda pair: _distance(doc, *pair))
                        gold = {t for s, g, t, i, j in spans if i < hi and j > lo and (
                            (s, g) == (ca, cb) or (t in SYMMETRIC_TYPES and (g, s) == (ca, cb)))}
                        cands.append({"a": ca, "b": cb, "x": _features(doc, sent, ma, mb, rules, lexicon),
                                      "y": gold})
        rules_out = _collect(article, docs, offsets, warnings)
        out.append({"cands": cands, "pred": event_triples([e.to_dict() for e in rules_out.events]),
                    "gold": event_triples(item["events"])})
    return out


def _triple(a: str, b: str, type_: str) -> tuple[str, str, str]:
    return (min(a, b), max(a, b), type_) if type_ in SYMMETRIC_TYPES else (a, b, type_)


def train(articles: list[dict], c: float = 1.0):
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    rows = [cand for art in articles for cand in art["cands"]]
    vectorizer = DictVectorizer()
    x = vectorizer.fit_transform([r["x"] for r in rows])
    models = {}
    for type_ in sorted(EVENT_TYPES):
        y = [type_ in r["y"] for r in rows]
        if sum(y) >= 3:
            models[type_] = LogisticRegression(C=c, max_iter=2000).fit(x, y)
    return vectorizer, models


def scores(articles: list[dict], added) -> tuple[float, float, float]:
    tp = fp = fn = 0
    for art in articles:
        pred = art["pred"] | added(art)
        tp += len(pred & art["gold"])
        fp += len(pred - art["gold"])
        fn += len(art["gold"] - pred)
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, 2 * p * r / (p + r) if p + r else 0.0


def report(name: str, articles: list[dict], vectorizer, models, threshold: float) -> None:
    def classified(art):
        if not art["cands"]:
            return set()
        x = vectorizer.transform([c["x"] for c in art["cands"]])
        found = set()
        for type_, model in models.items():
            for cand, p in zip(art["cands"], model.predict_proba(x)[:, 1]):
                if p > threshold:
                    found.add(_triple(cand["a"], cand["b"], type_))
        return found

    def oracle(art):
        return {_triple(c["a"], c["b"], t) for c in art["cands"] for t in c["y"]}

    rows = [("rules", scores(articles, lambda art: set())), ("rules + classifier", scores(articles, classified)),
            ("rules + oracle", scores(articles, oracle))]
    print(f"{name:8} " + "   ".join(f"{label} P {p:.3f} R {r:.3f} F1 {f:.3f}" for label, (p, r, f) in rows), flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--train", nargs="*", default=None, help="gold sets to train on (default: the dev sets not tested)")
    parser.add_argument("--test", nargs="*", default=None, help="gold sets to test on (default: each dev set in turn)")
    parser.add_argument("--threshold", type=float, default=0.5)
    args = parser.parse_args()
    nlp = load_pipeline(Settings().spacy_model)
    lexicon = _lexicon()
    sets = {n: candidates(nlp, load_gold(ROOT / "eval" / f"{n}.jsonl"), lexicon) for n in DEV_SETS}
    if args.test:
        for name in args.test:
            if name not in sets:
                sets[name] = candidates(nlp, load_gold(ROOT / "eval" / f"{name}.jsonl"), lexicon)
        train_on = args.train or [n for n in DEV_SETS if n not in args.test]
        assert "heldout" not in train_on, "never train on the held-out set"
        vectorizer, models = train([a for n in train_on for a in sets[n]])
        for name in args.test:
            report(name, sets[name], vectorizer, models, args.threshold)
        return
    for name in DEV_SETS:
        vectorizer, models = train([a for n in DEV_SETS if n != name for a in sets[n]])
        report(name, sets[name], vectorizer, models, args.threshold)


if __name__ == "__main__":
    main()
